package org.yangguang.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The applicant columns of table 三 of the annual report. */
class ApplicantTypeTest {

    @Test
    void theColumnsOfTheAnnualReportInOrderWithTheirExactLabels() {
        assertEquals(List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"),
                Arrays.stream(ApplicantType.values()).map(ApplicantType::label).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), Arrays.stream(ApplicantType.values()).map(ApplicantType::column).toList());
        assertEquals("法人或其他组织", ApplicantType.ORGANISATION_HEADING);
        assertEquals("总计", ApplicantType.TOTAL_HEADING);
    }

    @ParameterizedTest
    @EnumSource(value = ApplicantType.class, names = "NATURAL_PERSON", mode = EnumSource.Mode.EXCLUDE)
    void everyOtherColumnIsALegalPersonOrOrganisation(ApplicantType type) {
        assertTrue(type.isOrganisation());
    }

    @Test
    void aNaturalPersonIsNotAnOrganisation() {
        assertFalse(ApplicantType.NATURAL_PERSON.isOrganisation());
    }

    @ParameterizedTest
    @EnumSource(ApplicantType.class)
    void parsesItsLabelAndItsCodeName(ApplicantType type) {
        assertEquals(type, ApplicantType.fromLabel(type.label()));
        assertEquals(type, ApplicantType.fromLabel(type.name().toLowerCase()));
    }

    @Test
    void anUnknownLabelIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ApplicantType.fromLabel("个体户"));
        assertEquals("未知的申请人类型：个体户", e.getMessage());
    }
}
