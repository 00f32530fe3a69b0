package org.yangguang.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yangguang.disclosure.DisclosureItemTest.T2;
import static org.yangguang.disclosure.DisclosureItemTest.d;
import static org.yangguang.disclosure.DisclosureItemTest.draft;
import static org.yangguang.disclosure.DisclosureItemTest.published;
import static org.yangguang.disclosure.DisclosureItemTest.submitted;
import static org.yangguang.disclosure.ItemAction.*;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.TransitionTable.Verdict;

/**
 * The transition table of proactive items, status by action: for an item in each status, every
 * action is either allowed or refused with its reason. The one who may take the action asks (an
 * editor of the government's office; a reviewer who did not draft or submit it), so only the
 * item's own rules decide; who may act is tested below.
 */
class ItemTransitionsTest {
    static final ItemTransitions.Caller EDITOR = new ItemTransitions.Caller("editor2", true, false, false, null);
    static final ItemTransitions.Caller REVIEWER = new ItemTransitions.Caller("reviewer", false, true, false, null);
    static final ItemTransitions.Caller OFFICE = new ItemTransitions.Caller("office", false, false, true, null);

    record Fixture(String name, Supplier<DisclosureItem> make, Map<ItemAction, String> conditionRefusals, List<ItemAction> allowed) {}

    static Map<ItemAction, String> refusals(Object... pairs) {
        Map<ItemAction, String> m = new EnumMap<>(ItemAction.class);
        for (int i = 0; i < pairs.length; i += 2) m.put((ItemAction) pairs[i], (String) pairs[i + 1]);
        return m;
    }

    static final List<Fixture> FIXTURES = List.of(
            new Fixture("draft", () -> draft("2026-03-02"), refusals(DETACH, "没有附件"), List.of(EDIT, ATTACH, SUBMIT)),
            new Fixture("draft with an attachment", () -> {
                DisclosureItem i = draft("2026-03-02");
                i.attach(9L);
                return i;
            }, refusals(), List.of(EDIT, ATTACH, DETACH, SUBMIT)),
            new Fixture("submitted", () -> submitted("2026-03-02"), refusals(), List.of(APPROVE, RETURN)),
            new Fixture("returned", () -> {
                DisclosureItem i = submitted("2026-03-02");
                i.returnForChanges("reviewer", "含有个人信息", T2);
                return i;
            }, refusals(DETACH, "没有附件"), List.of(EDIT, ATTACH, SUBMIT)),
            new Fixture("published", () -> published("2026-03-02", "2026-03-04"), refusals(), List.of(WITHDRAW, REPEAL)),
            new Fixture("published, repealed", () -> {
                DisclosureItem i = published("2026-03-02", "2026-03-04");
                i.repeal(d("2026-06-01"));
                return i;
            }, refusals(REPEAL, "只有现行有效的文件才能废止（该文件已废止或已修订）"), List.of(WITHDRAW)),
            new Fixture("withdrawn", () -> {
                DisclosureItem i = published("2026-03-02", "2026-03-04");
                i.withdraw("editor", "有误", T2);
                return i;
            }, refusals(), List.of()));

    static ItemTransitions.Caller asker(ItemAction a) {
        return switch (ItemTransitions.who(a)) {
            case EDITOR, EDITOR_OR_OFFICE -> EDITOR;
            case REVIEWER -> REVIEWER;
        };
    }

    @Test
    void theFixturesCoverEveryStatus() {
        EnumSet<ItemStatus> seen = EnumSet.noneOf(ItemStatus.class);
        FIXTURES.forEach(f -> seen.add(f.make().get().getStatus()));
        assertEquals(EnumSet.allOf(ItemStatus.class), seen);
    }

    @TestFactory
    List<DynamicTest> everyStatusTimesEveryAction() {
        return FIXTURES.stream().flatMap(f -> Arrays.stream(ItemAction.values())
                .map(a -> DynamicTest.dynamicTest(f.name() + " × " + a, () -> {
                    DisclosureItem item = f.make().get();
                    Verdict<ItemAction> v = ItemTransitions.check(item, a, asker(a));
                    if (f.allowed().contains(a)) {
                        assertTrue(v.allowed(), () -> a + " should be allowed, refused: " + v.reason());
                    } else if (!ItemTransitions.from(a).contains(item.getStatus())) {
                        assertFalse(v.allowed());
                        assertEquals("信息当前状态为“" + item.getStatus().label() + "”，不能" + a.label(), v.reason());
                    } else {
                        String expected = f.conditionRefusals().get(a);
                        assertNotNull(expected, () -> a + " is refused (" + v.reason() + ") but the fixture lists no reason");
                        assertFalse(v.allowed());
                        assertEquals(expected, v.reason());
                    }
                }))).toList();
    }

    @Test
    void theReviewerIsNotOfferedAWithdrawal() {
        DisclosureItem item = published("2026-03-02", "2026-03-04");
        assertEquals(List.of(), ItemTransitions.allowed(item, REVIEWER));
        Verdict<ItemAction> v = ItemTransitions.check(item, WITHDRAW, REVIEWER);
        assertTrue(v.byWho());
        assertEquals("“撤回”须由信息公开工作人员或政务公开办办理", v.reason());
        assertEquals(List.of(WITHDRAW), ItemTransitions.allowed(item, OFFICE));
        assertEquals(List.of(WITHDRAW, REPEAL), ItemTransitions.allowed(item, EDITOR));
    }

    @Test
    void nobodyReviewsWhatTheyDraftedOrSubmitted() {
        DisclosureItem item = submitted("2026-03-02"); // drafted by editor, submitted by clerk
        assertEquals(List.of(APPROVE, RETURN), ItemTransitions.allowed(item, REVIEWER));
        for (String self : List.of("editor", "clerk")) {
            Verdict<ItemAction> v = ItemTransitions.check(item, APPROVE, new ItemTransitions.Caller(self, true, true, false, null));
            assertTrue(v.byWho());
            assertEquals("不能审查自己起草或提交的信息", v.reason());
        }
        assertEquals(List.of(), ItemTransitions.allowed(item, EDITOR), "an editor does not review");
    }

    @Test
    void anEditorOfAnotherAgencyDoesNotTouchTheItem() {
        DisclosureItem item = draft("2026-03-02"); // agency 7
        Verdict<ItemAction> v = ItemTransitions.check(item, EDIT, new ItemTransitions.Caller("editor9", true, false, false, 9L));
        assertEquals("只能办理本机关的公开信息", v.reason());
        assertEquals(List.of(EDIT, ATTACH, SUBMIT), ItemTransitions.allowed(item, new ItemTransitions.Caller("editor7", true, false, false, 7L)));
    }

    @Test
    void theReviewerRecordsAnOpinionWhenApproving() {
        DisclosureItem item = submitted("2026-03-02");
        item.approve("reviewer", "  已删除附件中的个人信息，同意公开  ", T2, d("2026-03-04"));
        assertEquals("已删除附件中的个人信息，同意公开", item.getReviewNote());
        assertEquals(ItemStatus.PUBLISHED, item.getStatus());
    }

    @Test
    void theEntityRefusesWhatTheTableRefuses() {
        DisclosureItem item = published("2026-03-02", "2026-03-04");
        ConflictException e = assertThrows(ConflictException.class, () -> item.submit("editor", T2));
        assertEquals("信息当前状态为“已公开”，不能提交保密审查", e.getMessage());
        assertEquals(ItemStatus.PUBLISHED, item.getStatus());
    }
}
