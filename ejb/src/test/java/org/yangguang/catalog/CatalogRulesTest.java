package org.yangguang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yangguang.calendar.DayUnit;
import org.yangguang.shared.SystemText;

class CatalogRulesTest {
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void validDraftBreaksNoRule() {
        assertEquals(List.of(), check(Drafts.valid(), null));
        assertTrue(VALIDATOR.validate(Drafts.valid()).isEmpty());
    }

    @ParameterizedTest(name = "promised {0} vs statutory {1} -> ok={2}")
    @CsvSource({"20,20,true", "19,20,true", "1,20,true", "21,20,false", "366,20,false"})
    void promisedLimitMayNotExceedStatutory(int promised, int statutory, boolean ok) {
        MatterDraft d = Drafts.valid();
        d.getSteps().clear();
        d.getSteps().add(Drafts.step("办结", 1));
        d.setPromisedValue(promised);
        d.setStatutoryValue(statutory);
        List<String> errors = check(d, null);
        assertEquals(ok, errors.isEmpty(), errors.toString());
        if (!ok) assertTrue(errors.get(0).contains("不得超过法定时限"), errors.toString());
    }

    @Test
    void limitsMustShareTheirUnit() {
        MatterDraft d = Drafts.valid();
        d.setStatutoryUnit(DayUnit.NATURAL_DAYS);
        assertEquals(List.of("承诺时限单位须与法定时限单位一致"), check(d, null));
    }

    @Test
    void naturalDayLimitsCompareAsWell() {
        MatterDraft d = Drafts.valid();
        d.setStatutoryUnit(DayUnit.NATURAL_DAYS);
        d.setPromisedUnit(DayUnit.NATURAL_DAYS);
        d.setStatutoryValue(60);
        d.setPromisedValue(30);
        assertEquals(List.of(), check(d, null));
        d.setPromisedValue(61);
        assertEquals(1, check(d, null).size());
    }

    @Test
    void immediateCasesPromiseZeroDays() {
        MatterDraft d = Drafts.valid();
        d.setHandlingKind(HandlingKind.IMMEDIATE);
        assertEquals(List.of("即办件须当场办结，承诺时限应为0"), check(d, null));
        d.setPromisedValue(0);
        d.getSteps().forEach(s -> s.setLimitDays(0));
        assertEquals(List.of(), check(d, null));
    }

    @Test
    void promisedCasesNeedAtLeastOneDay() {
        MatterDraft d = Drafts.valid();
        d.setPromisedValue(0);
        assertEquals(List.of("非即办件的承诺时限至少为1"), check(d, null));
    }

    @Test
    void stepLimitsMustFitThePromisedLimit() {
        MatterDraft d = Drafts.valid();
        d.getSteps().get(0).setLimitDays(3); // 3 + 2 + 2 > 5
        assertEquals(List.of("各环节时限之和（7）超过承诺时限（5）"), check(d, null));
    }

    @Test
    void hierarchyLevelsFollowMainSubHandling() {
        MatterDraft d = Drafts.valid();
        d.setLevel(MatterLevel.HANDLING);
        assertEquals(List.of("办理项必须指定上级事项"), check(d, null));
        d.setParentCode("11330399001000010101000999");
        assertEquals(List.of(), check(d, MatterLevel.MAIN));
        assertEquals(List.of(), check(d, MatterLevel.SUB));
        assertEquals(List.of("办理项的上级不能是办理项"), check(d, MatterLevel.HANDLING));
        d.setLevel(MatterLevel.SUB);
        assertEquals(List.of("子项的上级不能是子项"), check(d, MatterLevel.SUB));
        d.setLevel(MatterLevel.MAIN);
        assertEquals(List.of("主项不能有上级事项"), check(d, MatterLevel.MAIN));
    }

    @Test
    void duplicateMaterialsAreReported() {
        MatterDraft d = Drafts.valid();
        var again = new MatterDraft.MaterialLine();
        again.setName("食品经营许可申请书");
        d.getMaterials().add(again);
        assertEquals(List.of("申请材料名称重复"), check(d, null));
    }

    @Test
    void beanValidationNamesEveryMissingField() {
        MatterDraft d = new MatterDraft();
        Set<String> fields = VALIDATOR.validate(d).stream().map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet());
        assertEquals(Set.of("implementationCode", "baseCode", "name", "type", "departmentCode", "legalBasis",
                "conditions", "channels", "steps"), fields);
    }

    @ParameterizedTest
    @CsvSource({"1133039900100001010100000,true", "abc,false", "11330399001000010101000000x,false",
            "113303990010000101010000001133039900100001,false"})
    void implementationCodeFormat(String code, boolean ok) {
        MatterDraft d = Drafts.valid();
        d.setImplementationCode(code);
        assertEquals(ok, VALIDATOR.validateProperty(d, "implementationCode").isEmpty());
    }

    @Test
    void negativeFeesAndTooManyDecimalsAreRejected() {
        MatterDraft d = Drafts.valid();
        d.getFees().get(0).setAmount(new java.math.BigDecimal("-1"));
        assertEquals(1, VALIDATOR.validate(d).size());
        d.getFees().get(0).setAmount(new java.math.BigDecimal("1.234"));
        assertEquals(1, VALIDATOR.validate(d).size());
    }

    /** The broken rules in Chinese, as the catalog's pages and API word them. */
    private static List<String> check(MatterDraft d, MatterLevel parentLevel) {
        return CatalogRules.check(d, parentLevel).stream().map(SystemText::chinese).toList();
    }
}
