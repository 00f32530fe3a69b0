package org.yangguang.approval;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import org.yangguang.calendar.CalendarService;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.catalog.Matter;
import org.yangguang.catalog.MatterRepository;
import org.yangguang.catalog.MatterVersion;
import org.yangguang.catalog.SpecialProcedureType;
import org.yangguang.catalog.VersionStatus;
import org.yangguang.security.Role;
import org.yangguang.shared.ClockProducer;
import org.yangguang.shared.InvalidInputException;

/** One line of a legacy import, in its own transaction (see {@link LegacyImport}). */
@Stateless
@RolesAllowed(Role.OFFICE_ADMIN_NAME)
public class LegacyLineImporter {

    @PersistenceContext
    EntityManager em;

    @Inject
    MatterRepository matters;

    @Inject
    CalendarService calendars;

    @Inject
    jakarta.validation.Validator validator;

    /** @return false if the receipt number was imported before */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean importLine(String line, String importer) {
        try {
            return replayLine(line, importer);
        } catch (IllegalArgumentException | NullPointerException | ClassCastException | ArithmeticException e) {
            // unknown enum names, missing or mistyped fields: the line is wrong, not the server
            throw new InvalidInputException("内容无效：" + e.getMessage());
        }
    }

    private boolean replayLine(String line, String importer) {
        JsonObject o;
        try (JsonReader r = Json.createReader(new StringReader(line))) {
            o = r.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidInputException("不是有效的JSON对象");
        }
        String number = text(o, "receiptNumber");
        if (number.length() > 30) throw new InvalidInputException("受理编号过长：" + number);
        boolean exists = !em.createNamedQuery("ApprovalCase.findByReceiptNumber", ApprovalCase.class)
                .setParameter("receiptNumber", number).getResultList().isEmpty();
        if (exists) return false;
        Matter matter = matters.find(text(o, "implementationCode"))
                .orElseThrow(() -> new InvalidInputException("事项不存在：" + o.getString("implementationCode", "")));
        List<JsonObject> events = o.containsKey("events") ? o.getJsonArray("events").getValuesAs(JsonObject.class) : List.of();
        if (events.isEmpty() || !"RECEIVE".equals(events.get(0).getString("type", ""))) {
            throw new InvalidInputException("第一个事件必须是RECEIVE");
        }
        LocalDate received = date(events.get(0));
        MatterVersion version = versionInForce(matter, received);
        JsonObject a = o.getJsonObject("applicant");
        if (a == null) throw new InvalidInputException("缺少applicant");
        Applicant applicant = new Applicant(text(a, "name"), text(a, "idNumber"), text(a, "phone"), a.getString("address", null));
        var violations = validator.validate(applicant);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream().map(v -> v.getMessage()).sorted().toList());
        }
        WorkingCalendar cal = calendars.current();
        List<String> materials = version.getMaterials().stream().map(org.yangguang.catalog.Material::getName).toList();
        JsonValue given = events.get(0).get("materials");
        if (given != null && given.getValueType() == JsonValue.ValueType.ARRAY) {
            materials = given.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
        ReceiptChannel channel = ReceiptChannel.valueOf(o.getString("channel", "WINDOW"));
        ApprovalCase c = new ApprovalCase(number, ReceiptNumbers.queryCode(), version, channel, applicant, null, materials,
                received.atTime(9, 0).atZone(ClockProducer.ZONE).toInstant(), received, importer, cal);
        em.persist(c);
        event(c, received, "RECEIVE", "历史办件导入：收件", "已收件");
        LocalDate last = received;
        for (JsonObject e : events.subList(1, events.size())) {
            LocalDate day = date(e);
            if (day.isBefore(last)) throw new InvalidInputException("事件日期倒序：" + day + "早于" + last);
            last = day;
            String type = e.getString("type", "");
            String note = replay(c, type, e, day, cal, importer);
            event(c, day, type, "历史办件导入：" + type, note);
        }
        return true;
    }

    private static String replay(ApprovalCase c, String type, JsonObject e, LocalDate day, WorkingCalendar cal, String by) {
        switch (type) {
            case "REQUEST_CORRECTION" -> {
                c.requestCorrection(strings(e, "materials"), day, cal);
                return "请一次性补正：" + String.join("、", c.getMissingMaterialsNotified());
            }
            case "SUPPLEMENT" -> {
                c.supplement(strings(e, "materials"), day);
                return "已收到补正材料";
            }
            case "ACCEPT" -> {
                c.accept(day, by, cal);
                return "已受理";
            }
            case "REFUSE" -> {
                c.refuse(e.getString("reason", null), day);
                return "不予受理：" + c.getRefusalReason();
            }
            case "COMPLETE_STEP" -> {
                c.completeStep(e.getString("opinion", "同意"), day, by, cal);
                return "环节已完成";
            }
            case "START_SPECIAL_PROCEDURE" -> {
                c.startSpecialProcedure(SpecialProcedureType.valueOf(e.getString("procedureType", "")), e.getString("reason", null),
                        e.getInt("days", 0), day, cal);
                return "进入特别程序";
            }
            case "END_SPECIAL_PROCEDURE" -> {
                c.endSpecialProcedure(e.getString("result", null), day, cal);
                return "特别程序结束";
            }
            case "EXTEND" -> {
                c.extend(e.getInt("days", 0), e.getString("reason", null), e.getString("approver", by), day, cal);
                return "延期" + c.getExtensionDays() + "个工作日";
            }
            case "REPORT" -> {
                c.report(e.getString("opinion", null), day, by, cal);
                return "已上报";
            }
            case "RECORD_REPLY" -> {
                c.recordUpperReply(e.getString("reply", null), day, cal);
                return "已收到上级答复";
            }
            case "CHARGE" -> {
                c.charge(e.getJsonArray("amounts").getValuesAs(jakarta.json.JsonNumber.class).stream()
                        .map(n -> n.bigDecimalValue()).toList(), e.getString("reason", null), day);
                return "收费合计 " + c.totalFee() + " 元";
            }
            case "DECIDE" -> {
                c.decide(Decision.valueOf(e.getString("decision", "")), e.getString("reason", null), day,
                        e.getString("by", by), cal);
                return c.getDecision().label();
            }
            case "DELIVER" -> {
                c.deliver(DeliveryMethod.valueOf(e.getString("method", "")), e.getString("trackingNumber", null), day);
                return "已送达，办结";
            }
            default -> throw new InvalidInputException("未知的事件类型：" + type);
        }
    }

    /** The published version in force on that day, or the earliest one for cases older than the catalog. */
    private MatterVersion versionInForce(Matter matter, LocalDate day) {
        List<MatterVersion> published = matters.history(matter).stream()
                .filter(v -> v.getStatus() == VersionStatus.PUBLISHED)
                .sorted(Comparator.comparing(MatterVersion::getNumber)).toList();
        if (published.isEmpty()) throw new InvalidInputException("事项未发布：" + matter.getImplementationCode());
        return published.stream().filter(v -> !v.getEffectiveDate().isAfter(day)).reduce((a, b) -> b)
                .orElse(published.get(0));
    }

    private void event(ApprovalCase c, LocalDate day, String action, String comment, String note) {
        em.persist(new CaseEvent(c, day.atTime(12, 0).atZone(ClockProducer.ZONE).toInstant(), "legacy-import", action,
                comment, note, null));
    }

    private static LocalDate date(JsonObject e) {
        try {
            return LocalDate.parse(e.getString("date", ""));
        } catch (DateTimeParseException ex) {
            throw new InvalidInputException("日期无效：" + e.getString("date", ""));
        }
    }

    private static String text(JsonObject o, String key) {
        String v = o.getString(key, null);
        if (v == null || v.isBlank()) throw new InvalidInputException("缺少" + key);
        return v.trim();
    }

    private static List<String> strings(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.getValueType() != JsonValue.ValueType.ARRAY) return List.of();
        return v.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
