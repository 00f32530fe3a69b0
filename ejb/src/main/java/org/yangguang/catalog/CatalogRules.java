package org.yangguang.catalog;

import java.util.ArrayList;
import java.util.List;

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
    public static List<String> check(MatterDraft d, MatterLevel parentLevel) {
        List<String> errors = new ArrayList<>();
        if (d.getStatutoryUnit() != null && d.getPromisedUnit() != null) {
            if (d.getStatutoryUnit() != d.getPromisedUnit()) {
                errors.add("承诺时限单位须与法定时限单位一致");
            } else if (d.getPromisedValue() > d.getStatutoryValue()) {
                // 承诺时限 ≤ 法定时限: the county may only promise to be faster than the law.
                errors.add("承诺时限（" + d.getPromisedValue() + "）不得超过法定时限（" + d.getStatutoryValue() + "）");
            }
        }
        if (d.getHandlingKind() == HandlingKind.IMMEDIATE) {
            if (d.getPromisedValue() != 0) {
                errors.add("即办件须当场办结，承诺时限应为0");
            }
        } else if (d.getHandlingKind() != null && d.getPromisedValue() < 1) {
            errors.add("非即办件的承诺时限至少为1");
        }
        if (d.getHandlingKind() != HandlingKind.IMMEDIATE && d.getStatutoryValue() < 1) {
            errors.add("非即办件的法定时限至少为1");
        }
        if (d.getLevel() != null) {
            if (d.getLevel() == MatterLevel.MAIN && d.getParentCode() != null) {
                errors.add("主项不能有上级事项");
            } else if (d.getLevel() != MatterLevel.MAIN && d.getParentCode() == null) {
                errors.add(d.getLevel().label() + "必须指定上级事项");
            } else if (d.getParentCode() != null && parentLevel != null && !d.getLevel().acceptsParent(parentLevel)) {
                errors.add(d.getLevel().label() + "的上级不能是" + parentLevel.label());
            }
            if (d.getParentCode() != null && d.getParentCode().equals(d.getImplementationCode())) {
                errors.add("事项不能以自身为上级");
            }
        }
        if (d.getPromisedUnit() == d.getStatutoryUnit() && d.getPromisedValue() > 0) {
            int stepDays = d.getSteps().stream().mapToInt(MatterDraft.StepLine::getLimitDays).sum();
            if (stepDays > d.getPromisedValue() && d.getPromisedUnit() == org.yangguang.calendar.DayUnit.WORKING_DAYS) {
                errors.add("各环节时限之和（" + stepDays + "）超过承诺时限（" + d.getPromisedValue() + "）");
            }
        }
        long receptions = d.getSteps().stream().filter(MatterDraft.StepLine::isReception).count();
        if (receptions > 1 || receptions == 1 && !d.getSteps().get(0).isReception()) {
            errors.add("受理环节只能有一个，且必须是第一个环节");
        }
        long distinctMaterials = d.getMaterials().stream().map(m -> m.getName() == null ? "" : m.getName().trim()).distinct().count();
        if (distinctMaterials < d.getMaterials().size()) {
            errors.add("申请材料名称重复");
        }
        return errors;
    }
}
