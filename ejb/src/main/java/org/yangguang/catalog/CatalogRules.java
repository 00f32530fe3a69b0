package org.yangguang.catalog;

import java.util.ArrayList;
import java.util.List;
import org.yangguang.shared.SystemText;

/**
 * The catalog's rules across fields, checked on every save, submit and import. Each broken rule
 * is one plain-language message; an empty list means the draft is consistent.
 */
public final class CatalogRules {
    private CatalogRules() {}

    /**
     * @param parentLevel level of the draft's parent matter, or null if it names none (or an
     *     unknown one, reported by the caller)
     */
    public static List<SystemText> check(MatterDraft d, MatterLevel parentLevel) {
        List<SystemText> errors = new ArrayList<>();
        if (d.getStatutoryUnit() != null && d.getPromisedUnit() != null) {
            if (d.getStatutoryUnit() != d.getPromisedUnit()) {
                errors.add(SystemText.of("catalog.rule.sameUnit"));
            } else if (d.getPromisedValue() > d.getStatutoryValue()) {
                // 承诺时限 ≤ 法定时限: the county may only promise to be faster than the law.
                errors.add(SystemText.of("catalog.rule.promisedAboveStatutory", d.getPromisedValue(), d.getStatutoryValue()));
            }
        }
        if (d.getHandlingKind() == HandlingKind.IMMEDIATE) {
            if (d.getPromisedValue() != 0) {
                errors.add(SystemText.of("catalog.rule.immediateZero"));
            }
        } else if (d.getHandlingKind() != null && d.getPromisedValue() < 1) {
            errors.add(SystemText.of("catalog.rule.promisedAtLeastOne"));
        }
        if (d.getHandlingKind() != HandlingKind.IMMEDIATE && d.getStatutoryValue() < 1) {
            errors.add(SystemText.of("catalog.rule.statutoryAtLeastOne"));
        }
        if (d.getLevel() != null) {
            if (d.getLevel() == MatterLevel.MAIN && d.getParentCode() != null) {
                errors.add(SystemText.of("catalog.rule.mainWithoutParent"));
            } else if (d.getLevel() != MatterLevel.MAIN && d.getParentCode() == null) {
                errors.add(SystemText.of("catalog.rule.parentRequired", d.getLevel()));
            } else if (d.getParentCode() != null && parentLevel != null && !d.getLevel().acceptsParent(parentLevel)) {
                errors.add(SystemText.of("catalog.rule.wrongParentLevel", d.getLevel(), parentLevel));
            }
            if (d.getParentCode() != null && d.getParentCode().equals(d.getImplementationCode())) {
                errors.add(SystemText.of("catalog.rule.ownParent"));
            }
        }
        if (d.getPromisedUnit() == d.getStatutoryUnit() && d.getPromisedValue() > 0) {
            int stepDays = d.getSteps().stream().mapToInt(MatterDraft.StepLine::getLimitDays).sum();
            if (stepDays > d.getPromisedValue() && d.getPromisedUnit() == org.yangguang.calendar.DayUnit.WORKING_DAYS) {
                errors.add(SystemText.of("catalog.rule.stepsAbovePromised", stepDays, d.getPromisedValue()));
            }
        }
        long receptions = d.getSteps().stream().filter(MatterDraft.StepLine::isReception).count();
        if (receptions > 1 || receptions == 1 && !d.getSteps().get(0).isReception()) {
            errors.add(SystemText.of("catalog.rule.oneReceptionFirst"));
        }
        long distinctMaterials = d.getMaterials().stream().map(m -> m.getName() == null ? "" : m.getName().trim()).distinct().count();
        if (distinctMaterials < d.getMaterials().size()) {
            errors.add(SystemText.of("catalog.rule.materialTwice"));
        }
        return errors;
    }
}
