package org.yangguang.approval;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.yangguang.approval.command.ActionContext;
import org.yangguang.calendar.CalendarService;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.catalog.Matter;
import org.yangguang.catalog.MatterRepository;
import org.yangguang.catalog.MatterVersion;
import org.yangguang.catalog.VersionStatus;
import org.yangguang.shared.ClockProducer;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.StrictJson;
import org.yangguang.shared.SystemText;
import org.yangguang.shared.Violations;

/**
 * One line of a legacy import, in its own transaction (see {@link LegacyImport}). Run by the
 * {@code legacy-import} job's thread, which carries no caller: only an upload the office staged
 * reaches it (the importer named in each line's records is that office user).
 */
@Stateless
@PermitAll
public class LegacyLineImporter {

    @PersistenceContext
    EntityManager em;

    @Inject
    MatterRepository matters;

    @Inject
    CalendarService calendars;

    @Inject
    jakarta.validation.Validator validator;

    @Inject
    CaseActions actions;

    @Inject
    org.yangguang.organization.DepartmentRepository departments;

    /** @return false if the receipt number was imported before */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean importLine(String line, String importer) {
        try {
            return replayLine(line, importer);
        } catch (InvalidInputException | org.yangguang.shared.ConflictException | org.yangguang.shared.ForbiddenException e) {
            throw e;
        } catch (RuntimeException e) {
            // whatever else went wrong, office staff get a sentence, not a Java class name
            throw new InvalidInputException(SystemText.of("legacy.unreadable"));
        }
    }

    private boolean replayLine(String line, String importer) {
        // read as strictly as an API body: a key given twice is malformed, not "the last one wins"
        JsonValue value = StrictJson.read(line, SystemText.of("json.line"));
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException(SystemText.of("legacy.notAnObject"));
        }
        JsonObject o = value.asJsonObject();
        String number = LegacyEvent.text(o, "receiptNumber");
        if (number.length() > 30) throw new InvalidInputException(SystemText.of("legacy.numberTooLong", number));
        boolean exists = !em.createNamedQuery("ApprovalCase.findByReceiptNumber", ApprovalCase.class)
                .setParameter("receiptNumber", number).getResultList().isEmpty();
        if (exists) return false;
        String code = LegacyEvent.text(o, "implementationCode");
        Matter matter = matters.find(code).orElseThrow(() -> new InvalidInputException(SystemText.of("legacy.noSuchMatter", code)));
        List<LegacyEvent> events = LegacyEvent.all(o);
        if (events.isEmpty() || !"RECEIVE".equals(events.get(0).type())) {
            throw new InvalidInputException(SystemText.of("legacy.firstReceive"));
        }
        LocalDate received = events.get(0).date();
        MatterVersion version = versionInForce(matter, received);
        JsonObject a = LegacyEvent.object(o, "applicant");
        Applicant applicant = new Applicant(LegacyEvent.text(a, "name"), LegacyEvent.text(a, "idNumber"),
                LegacyEvent.text(a, "phone"), LegacyEvent.optionalText(a, "address"));
        var violations = validator.validate(applicant);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream().map(v -> new InvalidInputException.Problem(Violations.text(v)))
                    .sorted(java.util.Comparator.comparing(InvalidInputException.Problem::chinese)).toList());
        }
        WorkingCalendar cal = calendars.current();
        List<String> materials = events.get(0).strings("materials");
        if (!events.get(0).has("materials")) {
            materials = version.getMaterials().stream().map(org.yangguang.catalog.Material::getName).toList();
        }
        ReceiptChannel channel = LegacyEvent.enumValue(ReceiptChannel.class, o, "channel", ReceiptChannel.WINDOW);
        ApprovalCase c = new ApprovalCase(number, ReceiptNumbers.queryCode(), version, channel, applicant, null, materials,
                received.atTime(9, 0).atZone(ClockProducer.ZONE).toInstant(), received, importer, cal);
        em.persist(c);
        actions.received(c, context(received, importer, cal), org.yangguang.shared.SystemText.of("case.comment.receivedPlain"));
        LocalDate last = received;
        for (LegacyEvent e : events.subList(1, events.size())) {
            LocalDate day = e.date();
            if (day.isBefore(last)) throw new InvalidInputException(SystemText.of("legacy.datesBackwards", day, last));
            last = day;
            // the same commands, rules and documents as a live action, at the event's own date
            actions.perform(c, e.action(), e.request(), context(day, e.actor(importer), cal));
        }
        return true;
    }

    private ActionContext context(LocalDate day, String actor, WorkingCalendar cal) {
        return new ActionContext(day, day.atTime(12, 0).atZone(ClockProducer.ZONE).toInstant(), cal, actor, null,
                directory, org.yangguang.shared.SystemText.of("case.origin.legacyImport"));
    }

    /** Departments from the catalog; an assignee in an old history is taken as it was. */
    private final ActionContext.Directory directory = new ActionContext.Directory() {
        @Override
        public java.util.Optional<org.yangguang.organization.Department> department(String code) {
            return departments.find(code);
        }

        @Override
        public boolean isColleague(String username, org.yangguang.organization.Department d) {
            return true;
        }
    };

    /** The published version in force on that day, or the earliest one for cases older than the catalog. */
    private MatterVersion versionInForce(Matter matter, LocalDate day) {
        List<MatterVersion> published = matters.history(matter).stream()
                .filter(v -> v.getStatus() == VersionStatus.PUBLISHED)
                .sorted(Comparator.comparing(MatterVersion::getNumber)).toList();
        if (published.isEmpty()) throw new InvalidInputException(SystemText.of("legacy.matterNotPublished", matter.getImplementationCode()));
        return published.stream().filter(v -> !v.getEffectiveDate().isAfter(day)).reduce((a, b) -> b)
                .orElse(published.get(0));
    }

}
