package org.yangguang.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yangguang.calendar.DayUnit;
import org.yangguang.shared.InvalidValue;
import org.yangguang.shared.Labelled;
import org.yangguang.shared.Refusal;
import org.yangguang.shared.SystemText;

/**
 * The documented Excel template of the catalog: one matter per row, columns in {@link #HEADERS}
 * order. Multi-valued cells: lists separated by "、"; materials, fees and steps one per line,
 * their parts separated by "|". Export writes exactly what import reads.
 */
public final class CatalogSheet {
    public static final List<String> HEADERS = List.of(
            "实施编码", "基本编码", "事项名称", "事项类型", "事项层级", "上级实施编码", "实施部门编码",
            "设定依据", "受理条件", "法定时限", "法定时限单位", "承诺时限", "承诺时限单位", "办件类型",
            "特别程序", "到现场次数", "办理渠道", "申请材料", "收费项目", "办理环节",
            "咨询电话", "投诉电话", "行政复议机关", "行政诉讼机关", "变更说明", "延期上限");

    static final String LIST_SEPARATOR = "、";
    static final String PART_SEPARATOR = "|";

    private CatalogSheet() {}

    /** The cells of one row for a draft, in header order. */
    public static List<String> toCells(MatterDraft d) {
        return List.of(
                d.getImplementationCode(), d.getBaseCode(), d.getName(), d.getType().label(), d.getLevel().label(),
                nz(d.getParentCode()), d.getDepartmentCode(), d.getLegalBasis(), d.getConditions(),
                String.valueOf(d.getStatutoryValue()), d.getStatutoryUnit().label(),
                String.valueOf(d.getPromisedValue()), d.getPromisedUnit().label(), d.getHandlingKind().label(),
                labels(d.getSpecialProcedures()), String.valueOf(d.getOnSiteVisits()), labels(d.getChannels()),
                d.getMaterials().stream().map(m -> String.join(PART_SEPARATOR, m.getName(), m.getForm().label(),
                        m.isMandatory() ? "必需" : "非必需", String.valueOf(m.getOriginals()),
                        String.valueOf(m.getCopies()), nz(m.getNote()))).collect(Collectors.joining("\n")),
                d.getFees().stream().map(f -> String.join(PART_SEPARATOR, f.getName(), f.getAmount().toPlainString(),
                        nz(f.getLegalBasis()), f.isReducible() ? "可减免" : "不可减免")).collect(Collectors.joining("\n")),
                d.getSteps().stream().map(s -> String.join(PART_SEPARATOR, s.getName(), nz(s.getOffice()),
                        String.valueOf(s.getLimitDays()), s.getKind().label())).collect(Collectors.joining("\n")),
                nz(d.getConsultationPhone()), nz(d.getComplaintPhone()), nz(d.getReconsiderationBody()),
                nz(d.getLitigationBody()), nz(d.getChangeNote()),
                d.getExtensionLimit() == null ? "" : String.valueOf(d.getExtensionLimit()));
    }

    /**
     * Reads one row. Every cell problem is added to {@code errors} (with the column name); the
     * returned draft is only meaningful when no error was added.
     */
    public static MatterDraft fromCells(List<String> cells, List<SystemText> errors) {
        Cells c = new Cells(cells, errors);
        MatterDraft d = new MatterDraft();
        d.setImplementationCode(c.text(0));
        d.setBaseCode(c.text(1));
        d.setName(c.text(2));
        d.setType(c.parse(3, MatterType::fromLabel));
        d.setLevel(c.parse(4, MatterLevel::fromLabel));
        d.setParentCode(c.text(5));
        d.setDepartmentCode(c.text(6));
        d.setLegalBasis(c.text(7));
        d.setConditions(c.text(8));
        d.setStatutoryValue(c.integer(9));
        d.setStatutoryUnit(c.parse(10, DayUnit::fromLabel));
        d.setPromisedValue(c.integer(11));
        d.setPromisedUnit(c.parse(12, DayUnit::fromLabel));
        d.setHandlingKind(c.parse(13, HandlingKind::fromLabel));
        d.setSpecialProcedures(c.list(14, SpecialProcedureType::fromLabel));
        d.setOnSiteVisits(c.integer(15));
        d.setChannels(c.list(16, Channel::fromLabel));
        d.setMaterials(c.lines(17, 6, p -> {
            var m = new MatterDraft.MaterialLine();
            m.setName(p[0]);
            m.setForm(MaterialForm.fromLabel(p[1]));
            m.setMandatory(yesNo(p[2], "必需", "非必需"));
            m.setOriginals(Integer.parseInt(p[3].trim()));
            m.setCopies(Integer.parseInt(p[4].trim()));
            m.setNote(p.length > 5 ? p[5] : null);
            return m;
        }));
        d.setFees(c.lines(18, 4, p -> {
            var f = new MatterDraft.FeeLine();
            f.setName(p[0]);
            f.setAmount(new BigDecimal(p[1].trim()));
            f.setLegalBasis(p[2]);
            f.setReducible(yesNo(p[3], "可减免", "不可减免"));
            return f;
        }));
        d.setSteps(c.lines(19, 4, p -> {
            var s = new MatterDraft.StepLine();
            s.setName(p[0]);
            s.setOffice(p[1]);
            s.setLimitDays(Integer.parseInt(p[2].trim()));
            // optional fourth part: 受理环节 / 办理环节 (blank: a handling step)
            s.setKind(p[3] == null || p[3].isBlank() ? StepKind.HANDLING : Labelled.parse(StepKind.class, p[3], "环节类型"));
            return s;
        }));
        d.setConsultationPhone(c.text(20));
        d.setComplaintPhone(c.text(21));
        d.setReconsiderationBody(c.text(22));
        d.setLitigationBody(c.text(23));
        d.setChangeNote(c.text(24));
        d.setExtensionLimit(c.text(25) == null ? null : c.integer(25)); // optional: blank = the law's default
        return d;
    }

    private static boolean yesNo(String text, String yes, String no) {
        String t = text.trim();
        if (t.equals(yes) || t.equals("是")) return true;
        if (t.equals(no) || t.equals("否")) return false;
        throw new InvalidValue(SystemText.of("catalog.sheet.yesNo", yes, no, text));
    }

    /**
     * Why a part was refused: the domain's words, or (a number Java could not read, a number
     * out of range) the value that was refused.
     */
    private static SystemText reason(RuntimeException e) {
        if (e instanceof Refusal r) return r.text();
        if (e instanceof NumberFormatException) return SystemText.of("catalog.sheet.number");
        return SystemText.of("catalog.sheet.invalid");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static <E extends Enum<E> & Labelled> String labels(Set<E> values) {
        return values.stream().sorted().map(Labelled::label).collect(Collectors.joining(LIST_SEPARATOR));
    }

    /** Cell access that records, instead of throwing, what is wrong with a cell. */
    private record Cells(List<String> cells, List<SystemText> errors) {
        String text(int i) {
            String v = i < cells.size() ? cells.get(i) : null;
            return v == null || v.isBlank() ? null : v.trim();
        }

        <T> T parse(int i, Function<String, T> parser) {
            String v = text(i);
            if (v == null) return null; // Bean Validation reports the missing value
            try {
                return parser.apply(v);
            } catch (IllegalArgumentException e) {
                errors.add(SystemText.of("catalog.sheet.cell", HEADERS.get(i), reason(e)));
                return null;
            }
        }

        int integer(int i) {
            Integer v = parse(i, s -> {
                try {
                    return new BigDecimal(s).intValueExact();
                } catch (ArithmeticException | NumberFormatException e) {
                    throw new InvalidValue(SystemText.of("catalog.sheet.integer", s));
                }
            });
            return v == null ? 0 : v;
        }

        <E> Set<E> list(int i, Function<String, E> parser) {
            String v = text(i);
            Set<E> out = new LinkedHashSet<>();
            if (v == null) return out;
            for (String part : v.split("[、,，;；]")) {
                if (part.isBlank()) continue;
                try {
                    out.add(parser.apply(part.trim()));
                } catch (IllegalArgumentException e) {
                    errors.add(SystemText.of("catalog.sheet.cell", HEADERS.get(i), reason(e)));
                }
            }
            return out;
        }

        <T> List<T> lines(int i, int parts, Function<String[], T> parser) {
            String v = text(i);
            List<T> out = new ArrayList<>();
            if (v == null) return out;
            String[] lines = v.split("\\r?\\n");
            for (int n = 0; n < lines.length; n++) {
                if (lines[n].isBlank()) continue;
                String[] p = lines[n].split("\\|", -1);
                if (p.length < parts - 1 || p.length > parts) {
                    errors.add(SystemText.of("catalog.sheet.line", HEADERS.get(i), n + 1,
                            SystemText.of("catalog.sheet.parts", parts, PART_SEPARATOR)));
                    continue;
                }
                try {
                    out.add(parser.apply(Arrays.copyOf(p, parts)));
                } catch (RuntimeException e) {
                    errors.add(SystemText.of("catalog.sheet.line", HEADERS.get(i), n + 1, reason(e)));
                }
            }
            return out;
        }
    }
}
