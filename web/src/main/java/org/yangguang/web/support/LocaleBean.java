package org.yangguang.web.support;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.yangguang.shared.ClockProducer;

/** The visitor's language (中文 by default, English as second) and Beijing-time formatting. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ClockProducer.ZONE);

    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public boolean isChinese() {
        return locale.getLanguage().equals("zh");
    }

    public String toggle() {
        locale = isChinese() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return view + "?faces-redirect=true&includeViewParams=true";
    }

    /**
     * The text of an enum constant in the visitor's language: bundle key
     * {@code enum.<Type>.<NAME>}. A missing key shows as {@code ???key???}, so that a test of the
     * English pages finds it.
     */
    public String label(Object value) {
        if (value == null) return "";
        if (!(value instanceof Enum<?> e)) return value.toString();
        String key = "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("org.yangguang.web.messages", locale);
        return bundle.containsKey(key) ? bundle.getString(key) : "???" + key + "???";
    }

    /**
     * A time limit in the visitor's language: 20个工作日 / 20 working days; a limit of nothing is an
     * immediate matter's (即办件: decided on the spot), shown as 即办 / on the spot.
     */
    public String limit(org.yangguang.calendar.TimeLimit limit) {
        if (limit == null) return "";
        if (limit.getValue() == 0) return message("unit.immediate");
        return message("unit." + limit.getUnit().name(), limit.getValue());
    }

    /** 第3版 / Version 3 (a draft not yet numbered shows its status). */
    public String version(org.yangguang.catalog.MatterVersion v) {
        if (v == null) return "";
        return v.getNumber() == null ? label(v.getStatus()) : message("matter.versionNo", String.valueOf(v.getNumber()));
    }

    /** 2026年11月 / November 2026; 2026年第四季度 / Q4 2026. */
    public String period(org.yangguang.supervision.Period p) {
        if (p == null) return "";
        return p.quarter() ? message("period.quarter", String.valueOf(p.from().getYear()), (p.from().getMonthValue() - 1) / 3 + 1)
                : message("period.month", String.valueOf(p.from().getYear()), p.from().getMonthValue());
    }

    /**
     * An audit action in words: 办件：延期 for CASE_EXTEND, 登录失败 for LOGIN_FAILED; an action
     * without a label shows as ???audit.action.CODE???, so that the page tests find it.
     */
    public String auditAction(String code) {
        if (code == null) return "";
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("org.yangguang.web.messages", locale);
        if (bundle.containsKey("audit.action." + code)) return bundle.getString("audit.action." + code);
        if (code.startsWith("CASE_")) {
            for (org.yangguang.approval.CaseAction a : org.yangguang.approval.CaseAction.values()) {
                if (code.equals("CASE_" + a.name())) return bundle.getString("audit.casePrefix") + label(a);
            }
        }
        return "???audit.action." + code + "???";
    }

    /** What an audit entry is about, in words: 用户账号 for UserAccount (bundle key audit.subject.TYPE). */
    public String auditSubject(String type) {
        return type == null ? "" : message("audit.subject." + type);
    }

    /**
     * The state of a batch job or of a run of one, in words: 已完成 for COMPLETED (Jakarta Batch's
     * BatchStatus names, bundle key job.status.NAME).
     */
    public String jobStatus(Object status) {
        return status == null ? "" : message("job.status." + status);
    }

    /**
     * How a job or step ended, in words. An exit status is a code and its values ("PUBLISHED
     * 20261207T… 17 …", "DEPARTMENT_FINDINGS 3"): bundle key job.exit.CODE with the values as
     * {0}, {1}…, or the batch status's words when the step kept it (COMPLETED).
     */
    public String exitStatus(String exit) {
        if (exit == null || exit.isBlank()) return "";
        String[] parts = exit.trim().split("\\s+");
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("org.yangguang.web.messages", locale);
        if (!bundle.containsKey("job.exit." + parts[0]) && parts.length == 1) return jobStatus(parts[0]);
        return message("job.exit." + parts[0], (Object[]) java.util.Arrays.copyOfRange(parts, 1, parts.length));
    }

    /** The audit action codes whose words (or code) contain this text: searching 延期 finds the extensions. */
    public java.util.List<String> auditActionsMatching(String text) {
        String t = text.trim().toLowerCase(locale);
        java.util.Set<String> codes = new java.util.TreeSet<>();
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("org.yangguang.web.messages", locale);
        for (String key : java.util.Collections.list(bundle.getKeys())) {
            if (key.startsWith("audit.action.")) codes.add(key.substring("audit.action.".length()));
        }
        for (org.yangguang.approval.CaseAction a : org.yangguang.approval.CaseAction.values()) codes.add("CASE_" + a.name());
        java.util.List<String> matching = codes.stream()
                .filter(c -> c.toLowerCase(locale).contains(t) || auditAction(c).toLowerCase(locale).contains(t)).toList();
        return matching.isEmpty() ? java.util.List.of(text.trim()) : matching;
    }

    /**
     * A system text (a case note, a finding's explanation) in the visitor's language, as HTML:
     * everything escaped, enum parameters by their labels, and a parameter somebody entered in
     * Chinese marked {@code lang="zh"} on an English page (it stays as entered). Shown with
     * {@code escape="false"}.
     */
    public String text(org.yangguang.shared.SystemText text) {
        return text == null ? "" : text.render(new PageText(true));
    }

    /**
     * What the services say (a refusal, a problem of the input) in plain words in a language: in
     * Chinese exactly as the services word it (the enums' own labels), in English with the pages'
     * labels. For page messages (escaped when shown) and the API's problem texts.
     */
    public static String words(org.yangguang.shared.SystemText text, Locale locale) {
        if (text == null) return "";
        if (locale.getLanguage().equals("zh")) return text.chinese();
        return text.render(new org.yangguang.shared.SystemText.Renderer() {
            @Override
            public Locale locale() {
                return locale;
            }

            @Override
            public String label(org.yangguang.shared.SystemText.EnumArg e) {
                return enumLabel(e, locale);
            }
        });
    }

    /**
     * A number or query code for a message shown with {@code escape="false"}: escaped, and marked
     * {@code translate="no"}, as it is a code to copy, not words (a query code may be all letters).
     */
    public String code(String value) {
        return value == null ? "" : "<span translate=\"no\">" + escape(value) + "</span>";
    }

    /** The same in plain text (an Excel cell, a page title, a menu's item label). */
    public String plainText(org.yangguang.shared.SystemText text) {
        return text == null ? "" : text.render(new PageText(false));
    }

    /** A system text's parts in the visitor's language; as HTML or as plain text. */
    private final class PageText implements org.yangguang.shared.SystemText.Renderer {
        private final boolean html;

        PageText(boolean html) {
            this.html = html;
        }

        @Override
        public Locale locale() {
            return locale;
        }

        @Override
        public String label(org.yangguang.shared.SystemText.EnumArg e) {
            return enumLabel(e, locale);
        }

        @Override
        public String literal(String value) {
            if (!html) return value;
            String escaped = escape(value);
            return !isChinese() && CJK.matcher(value).find() ? "<span lang=\"zh\">" + escaped + "</span>" : escaped;
        }

        @Override
        public String fixed(String value) {
            return html ? escape(value) : value;
        }
    }

    /** An enum's label from the pages' bundle in a language. */
    private static String enumLabel(org.yangguang.shared.SystemText.EnumArg e, Locale locale) {
        String key = "enum." + e.simpleType() + "." + e.name();
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("org.yangguang.web.messages", locale);
        return bundle.containsKey(key) ? bundle.getString(key) : "???" + key + "???";
    }

    private static final java.util.regex.Pattern CJK = java.util.regex.Pattern.compile("[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]");

    /** Text content (never an attribute): the three characters that open markup. Quotes stay, for MessageFormat. */
    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A bundle message with its {0}… arguments filled in. */
    public String message(String key, Object... args) {
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("org.yangguang.web.messages", locale);
        if (!bundle.containsKey(key)) return "???" + key + "???";
        return new java.text.MessageFormat(bundle.getString(key), locale).format(args);
    }

    public String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public ZoneId getZone() {
        return ClockProducer.ZONE;
    }
}
