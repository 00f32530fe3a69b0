package org.yangguang.supervision;

import java.io.Serializable;

/** A rule revision as the evaluation uses it: immutable, detached from the persistence context. */
public record RuleRef(long id, String code, int revision, String name, RuleTrigger trigger, SupervisionLevel level,
        int threshold, boolean enabled) implements Serializable {

    public static RuleRef of(SupervisionRule r) {
        return new RuleRef(r.getId(), r.getCode(), r.getRevision(), r.getName(), r.getTrigger(), r.getLevel(),
                r.getThreshold(), r.isEnabled());
    }

    /** A default rule of a trigger, as first installed (for tests and the defaults). */
    public static RuleRef defaultOf(RuleTrigger t) {
        return new RuleRef(0, t.name(), 1, t.label(), t, t.defaultLevel(), t.defaultThreshold(), true);
    }
}
