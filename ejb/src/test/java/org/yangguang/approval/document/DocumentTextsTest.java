package org.yangguang.approval.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yangguang.approval.Applicant;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.approval.Decision;
import org.yangguang.approval.ReceiptChannel;
import org.yangguang.calendar.Calendars;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.catalog.CatalogFixtures;
import org.yangguang.catalog.MatterDraft;
import org.yangguang.catalog.MatterVersion;
import org.yangguang.organization.Department;

/** The wording of the documents: what the law requires each to say. */
class DocumentTextsTest {
    static final WorkingCalendar CAL = Calendars.official();
    static final Department SCJGJ = new Department("SCJGJ", "阳光县市场监督管理局");

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static ApprovalCase received(boolean complete, String reconsideration, String litigation) {
        MatterDraft draft = CatalogFixtures.draft();
        draft.setReconsiderationBody(reconsideration);
        draft.setLitigationBody(litigation);
        for (String name : List.of("营业执照", "食品安全管理制度")) {
            var m = new MatterDraft.MaterialLine();
            m.setName(name);
            m.setMandatory(false);
            draft.getMaterials().add(m);
        }
        MatterVersion v = CatalogFixtures.published(draft, SCJGJ);
        return new ApprovalCase("330399-20260901-000001", "AB12CD", v, ReceiptChannel.WINDOW,
                new Applicant("阳光县好味道餐饮店", "92330399MA2ABCDE1X", "13800000000", null), null,
                complete ? List.of("食品经营许可申请书") : List.of(), Instant.parse("2026-09-01T01:00:00Z"), d("2026-09-01"),
                "clerk", CAL);
    }

    @Test
    void theNumberFollowsTheAgencyKindAndYear() {
        assertEquals("阳市监许受字〔2026〕第12号", DocumentKind.ACCEPTANCE.number("阳市监", 2026, 12));
        assertEquals("阳市监许不准字〔2027〕第1号", DocumentKind.DENIAL.number("阳市监", 2027, 1));
    }

    @Test
    void aRefusalStatesItsReasonsAndTheRightsWithTheMattersBodies() {
        ApprovalCase c = received(false, "阳光县人民政府", "阳光县人民法院");
        c.refuse("不属于本机关职权范围，请向阳光县卫生健康局申请", d("2026-09-01"));
        String body = DocumentTexts.body(DocumentKind.REFUSAL, c, d("2026-09-01"), null);
        assertTrue(body.contains("不属于本机关职权范围，请向阳光县卫生健康局申请"), body);
        assertTrue(body.contains("六十日内向阳光县人民政府申请行政复议"), body);
        assertTrue(body.contains("六个月内向阳光县人民法院提起行政诉讼"), body);
    }

    @Test
    void withoutBodiesOnTheMatterTheRightsStillStand() {
        ApprovalCase c = received(false, null, " ");
        c.refuse("材料虚假", d("2026-09-01"));
        String body = DocumentTexts.body(DocumentKind.REFUSAL, c, d("2026-09-01"), null);
        assertTrue(body.contains("六十日内向依法有权的行政复议机关申请行政复议"), body);
        assertTrue(body.contains("六个月内向有管辖权的人民法院提起行政诉讼"), body);
    }

    @Test
    void aDenialAndAPartialGrantGiveReasonsAndRightsAGrantDoesNot() {
        ApprovalCase denied = accepted();
        denied.decide(Decision.DENIED, "经营场所不符合要求", d("2026-09-03"), "approver", CAL);
        String denial = DocumentTexts.body(DocumentKind.DENIAL, denied, d("2026-09-03"), null);
        assertTrue(denial.contains("不予行政许可") && denial.contains("经营场所不符合要求") && denial.contains("申请行政复议"));

        ApprovalCase partly = accepted();
        partly.decide(Decision.PARTIAL, "冷食类食品制售不予许可：无专间", d("2026-09-03"), "approver", CAL);
        String partial = DocumentTexts.body(DocumentKind.PARTIAL_GRANT, partly, d("2026-09-03"), null);
        assertTrue(partial.contains("部分准予") && partial.contains("无专间") && partial.contains("提起行政诉讼"), partial);

        ApprovalCase granted = accepted();
        granted.decide(Decision.APPROVED, null, d("2026-09-03"), "approver", CAL);
        String grant = DocumentTexts.body(DocumentKind.GRANT, granted, d("2026-09-03"), null);
        assertTrue(grant.contains("准予行政许可") && grant.contains("2026年9月17日前"), grant);
        assertFalse(grant.contains("行政复议"));
    }

    @Test
    void theAcceptanceNoticeStatesTheDeadlinesOfItsDay() {
        ApprovalCase c = accepted();
        String body = DocumentTexts.body(DocumentKind.ACCEPTANCE, c, d("2026-09-02"), null);
        assertTrue(body.contains("予以受理，受理日期为2026年9月2日"), body);
        assertTrue(body.contains("承诺于2026年9月9日前作出决定（承诺时限5个工作日）"), body);
        assertTrue(body.contains("法定期限为2026年9月30日（法定时限20个工作日）"), body);
    }

    @Test
    void aDeemedAcceptanceSaysTheLawAcceptedItOnReceipt() {
        ApprovalCase c = received(true, null, null);
        c.deemAcceptedByLaw(d("2026-09-09"), CAL);
        String body = DocumentTexts.body(DocumentKind.ACCEPTANCE, c, d("2026-09-09"), null);
        assertTrue(body.contains("自收到申请材料之日（2026年9月1日）起即为受理"), body);
    }

    @Test
    void theCorrectionNoticeListsEverythingAndCountsItself() {
        ApprovalCase c = received(false, null, null);
        c.requestCorrection(List.of("食品经营许可申请书", "营业执照"), null, false, d("2026-09-01"));
        String first = DocumentTexts.body(DocumentKind.CORRECTION, c, d("2026-09-01"), null);
        assertTrue(first.contains("1. 食品经营许可申请书\n2. 营业执照"), first);
        assertFalse(first.contains("第2次"));
        c.requestCorrection(List.of("食品安全管理制度"), "申请人补交的材料中发现新问题", true, d("2026-09-03"));
        assertTrue(DocumentTexts.body(DocumentKind.CORRECTION, c, d("2026-09-03"), null).contains("（本告知为第2次补正告知。）"));
    }

    @Test
    void theDigestCoversEverythingTheApplicantReads() {
        ApprovalCase c = accepted();
        CaseDocument a = new CaseDocument(c, DocumentKind.ACCEPTANCE, 2026, 1, "阳市监许受字〔2026〕第1号", d("2026-09-02"),
                Instant.EPOCH, "clerk", "阳光县好味道餐饮店", "正文");
        CaseDocument b = new CaseDocument(c, DocumentKind.ACCEPTANCE, 2026, 1, "阳市监许受字〔2026〕第1号", d("2026-09-02"),
                Instant.EPOCH, "clerk", "阳光县好味道餐饮店", "正文！");
        assertEquals(64, a.getSha256().length());
        assertTrue(a.isIntact());
        assertNotEquals(a.getSha256(), b.getSha256(), "one character of the text changes the digest");
        assertEquals(List.of("正文"), a.getParagraphs());
    }

    static ApprovalCase accepted() {
        ApprovalCase c = received(true, "阳光县人民政府", "阳光县人民法院");
        c.accept(d("2026-09-02"), "clerk", CAL);
        c.completeStep("同意", null, d("2026-09-03"), "clerk", CAL);
        return c;
    }
}
