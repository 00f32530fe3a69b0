package org.yangguang.disclosure;

import java.util.Arrays;
import java.util.List;
import org.yangguang.shared.Labelled;

/**
 * The six groups of reply outcomes under 本年度办理结果 in table 三 of the annual report, in the
 * table's order (（一） to （六）). Each reply counts in exactly one {@link DisclosureOutcome}.
 */
public enum OutcomeGroup implements Labelled {
    DISCLOSED("予以公开", "（一）"),
    /** The table adds: 区分处理的，只计这一情形，不计其他情形 — a reply disclosing part counts only here. */
    PARTLY_DISCLOSED("部分公开", "（二）"),
    NOT_DISCLOSED("不予公开", "（三）"),
    CANNOT_PROVIDE("无法提供", "（四）"),
    NOT_PROCESSED("不予处理", "（五）"),
    OTHER("其他处理", "（六）");

    private final String label;
    private final String number;

    OutcomeGroup(String label, String number) {
        this.label = label;
        this.number = number;
    }

    @Override
    public String label() {
        return label;
    }

    /** The group's number in the table, e.g. （三）. */
    public String number() {
        return number;
    }

    /**
     * The group's heading in table 三 as the national form prints it: （三）不予公开, and for 部分公开
     * the form's own note, （二）部分公开（区分处理的，只计这一情形，不计其他情形）.
     */
    public String reportLabel() {
        return number + label + (this == PARTLY_DISCLOSED ? "（区分处理的，只计这一情形，不计其他情形）" : "");
    }

    /** The outcomes of this group, in the table's order. */
    public List<DisclosureOutcome> outcomes() {
        return Arrays.stream(DisclosureOutcome.values()).filter(o -> o.group() == this).toList();
    }

    /**
     * Whether a reply in this group answers what was asked (the information is given, refused on a
     * stated ground, or found not to exist), rather than closing the request without looking at it:
     * not processed (不予处理) or dropped (其他处理, e.g. deemed withdrawn).
     */
    public boolean isSubstantive() {
        return this != NOT_PROCESSED && this != OTHER;
    }

    public static OutcomeGroup fromLabel(String text) {
        return Labelled.parse(OutcomeGroup.class, text, "办理结果类别");
    }
}
