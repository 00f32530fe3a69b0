package org.yangguang.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yangguang.organization.Department;
import org.yangguang.shared.ConflictException;

class MatterVersionTest {
    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private final Department scjgj = new Department("SCJGJ", "阳光县市场监督管理局");
    private final Matter matter = new Matter(Drafts.valid(), null, scjgj);

    private MatterVersion draft() {
        return new MatterVersion(matter, Drafts.valid(), "clerk", NOW);
    }

    @Test
    void reviewGoesDraftSubmittedPublished() {
        MatterVersion v = draft();
        assertEquals(VersionStatus.DRAFT, v.getStatus());
        assertNull(v.getNumber());
        v.submit("clerk", NOW);
        assertEquals(VersionStatus.SUBMITTED, v.getStatus());
        v.publish(1, LocalDate.of(2026, 12, 1), "office", NOW);
        assertEquals(VersionStatus.PUBLISHED, v.getStatus());
        assertEquals(1, v.getNumber());
        assertEquals(LocalDate.of(2026, 12, 1), v.getEffectiveDate());
        assertEquals("office", v.getReviewedBy());
        assertEquals("第1版", v.label());
    }

    @Test
    void returnedDraftCanBeEditedAndSubmittedAgain() {
        MatterVersion v = draft();
        v.submit("clerk", NOW);
        v.returnToDepartment("设定依据引用了已废止的条款", "office", NOW);
        assertEquals(VersionStatus.RETURNED, v.getStatus());
        assertEquals("设定依据引用了已废止的条款", v.getReturnReason());
        MatterDraft changed = Drafts.valid();
        changed.setLegalBasis("《食品经营许可和备案管理办法》第四条");
        v.edit(changed);
        v.submit("clerk", NOW);
        assertEquals(VersionStatus.SUBMITTED, v.getStatus());
        assertNull(v.getReturnReason());
    }

    @Test
    void returnNeedsAReason() {
        MatterVersion v = draft();
        v.submit("clerk", NOW);
        assertThrows(ConflictException.class, () -> v.returnToDepartment(" ", "office", NOW));
        assertEquals(VersionStatus.SUBMITTED, v.getStatus());
    }

    @Test
    void publishedVersionIsImmutable() {
        MatterVersion v = draft();
        v.submit("clerk", NOW);
        v.publish(1, LocalDate.of(2026, 11, 23), "office", NOW);
        assertThrows(ConflictException.class, () -> v.edit(Drafts.valid()));
        assertThrows(ConflictException.class, () -> v.submit("clerk", NOW));
        assertThrows(ConflictException.class, () -> v.publish(2, LocalDate.of(2026, 11, 23), "office", NOW));
        assertThrows(ConflictException.class, () -> v.returnToDepartment("x", "office", NOW));
        assertThrows(ConflictException.class, v::withdraw);
    }

    @Test
    void onlySubmittedVersionsArePublishedOrReturned() {
        MatterVersion v = draft();
        assertThrows(ConflictException.class, () -> v.publish(1, LocalDate.of(2026, 11, 23), "office", NOW));
        assertThrows(ConflictException.class, () -> v.returnToDepartment("x", "office", NOW));
        assertEquals(VersionStatus.DRAFT, v.getStatus());
    }

    @Test
    void submittedVersionIsNotEditable() {
        MatterVersion v = draft();
        v.submit("clerk", NOW);
        ConflictException e = assertThrows(ConflictException.class, () -> v.edit(Drafts.valid()));
        assertTrue(e.getMessage().contains("待审核"), e.getMessage());
    }

    @Test
    void matterShowsOnlyItsOwnPublishedVersion() {
        MatterVersion v = draft();
        assertThrows(ConflictException.class, () -> matter.makeCurrent(v));
        v.submit("clerk", NOW);
        v.publish(1, LocalDate.of(2026, 11, 23), "office", NOW);
        matter.makeCurrent(v);
        assertEquals(v, matter.getCurrentVersion());
        assertTrue(matter.isPublished());
    }

    @Test
    void draftRoundTripsThroughToDraft() {
        MatterVersion v = draft();
        MatterDraft back = v.toDraft();
        assertEquals(v.describe(), new MatterVersion(matter, back, "clerk", NOW).describe());
        assertEquals("SCJGJ", back.getDepartmentCode());
        assertEquals(1, back.getMaterials().size());
    }

    @Test
    void comparisonListsExactlyTheChangedFields() {
        MatterVersion before = draft();
        MatterDraft d = Drafts.valid();
        d.setPromisedValue(3);
        d.getSteps().get(2).setLimitDays(0);
        d.getFees().clear();
        MatterVersion after = new MatterVersion(matter, d, "clerk", NOW);
        List<FieldChange> changes = FieldChange.between(before.describe(), after.describe());
        assertEquals(List.of("承诺时限", "收费项目", "办理环节"), changes.stream().map(FieldChange::field).toList());
        assertEquals("5个工作日", changes.get(0).before());
        assertEquals("3个工作日", changes.get(0).after());
        assertEquals("不收费", changes.get(1).after());
    }

    @Test
    void comparisonOfANewMatterShowsEveryFilledFieldAsAdded() {
        List<FieldChange> changes = FieldChange.between(Map.of(), draft().describe());
        long filled = draft().describe().values().stream().filter(v -> !v.isEmpty()).count();
        assertEquals(filled, changes.size());
        assertEquals(14, filled); // the four contact fields of the test draft are empty
        assertTrue(changes.stream().allMatch(c -> c.before().isEmpty()));
    }

    @Test
    void handlingItemNeedsAMainOrSubParent() {
        MatterDraft child = Drafts.valid();
        child.setLevel(MatterLevel.HANDLING);
        assertThrows(ConflictException.class, () -> new Matter(child, null, scjgj));
        Matter handling = new Matter(child, matter, scjgj);
        assertEquals(matter, handling.getParent());
    }
}
