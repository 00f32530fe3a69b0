package org.yangguang.approval.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.approval.CaseStop;
import org.yangguang.approval.Conclusion;
import org.yangguang.organization.Department;

/**
 * The wording of each document, rendered once from the case as it stands at the issuing action.
 * The text is then stored; nothing here is ever applied to an issued document again.
 */
final class DocumentTexts {
    private DocumentTexts() {}

    /** Chinese official date: 2026年12月1日. */
    static String date(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /**
     * The body, paragraph per line.
     *
     * @param delivered for a 送达回证: the decision document it proves was delivered (may be null)
     */
    static String body(DocumentKind kind, ApprovalCase c, LocalDate on, CaseDocument delivered) {
        List<String> p = new ArrayList<>();
        String application = "您于" + date(c.getReceivedOn()) + "提出的“" + c.getMatterName() + "”申请（受理编号 "
                + c.getReceiptNumber() + "）";
        switch (kind) {
            case RECEIPT -> receipt(p, c);
            case CORRECTION -> {
                p.add(application + "，申请材料不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》第三十二条第一款第（四）项，"
                        + "现一次性告知您需要补正的全部内容如下：");
                List<String> listed = c.getCheck().getNotifiedMaterials();
                for (int i = 0; i < listed.size(); i++) p.add((i + 1) + ". " + listed.get(i));
                if (c.getCheck().getCorrectionNotices() > 1) p.add("（本告知为第" + c.getCheck().getCorrectionNotices() + "次补正告知。）");
                p.add("请您补正后提交。本机关自收到全部补正材料之日起依法审查是否受理。");
            }
            case ACCEPTANCE -> {
                if (c.getAcceptedOn().equals(c.getReceivedOn()) && !c.getReceivedOn().equals(on)) {
                    p.add(application + "，本机关未在收到申请材料之日起五日内告知补正。根据《中华人民共和国行政许可法》第三十二条"
                            + "第一款第（四）项，自收到申请材料之日（" + date(c.getReceivedOn()) + "）起即为受理。");
                } else {
                    p.add(application + "，申请材料齐全、符合法定形式。根据《中华人民共和国行政许可法》第三十二条第一款第（五）项，"
                            + "本机关决定予以受理，受理日期为" + date(c.getAcceptedOn()) + "。");
                }
                p.add("本机关承诺于" + date(c.getPromisedDeadline()) + "前作出决定（承诺时限" + c.getClock().getPromisedLimit()
                        + "），法定期限为" + date(c.getStatutoryDeadline()) + "（法定时限" + c.getClock().getStatutoryLimit() + "）。");
                p.add("依法需要听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审的，所需时间不计算在上述期限内，本机关将书面告知。");
            }
            case REFUSAL -> {
                p.add(application + "，经审查，根据《中华人民共和国行政许可法》第三十二条，本机关决定不予受理。理由如下：");
                p.add(c.getRefusalReason());
            }
            case SPECIAL_PROCEDURE -> {
                CaseStop stop = c.getClock().openStop().orElseThrow();
                p.add("您申请的“" + c.getMatterName() + "”（受理编号 " + c.getReceiptNumber() + "）依法需要进行"
                        + stop.getType().label() + "。根据《中华人民共和国行政许可法》第四十五条，所需时间不计算在办理期限内，现书面告知如下：");
                p.add("事由：" + stop.getReason());
                p.add("自" + date(stop.getStartedOn()) + "起，预计需要" + stop.getExpectedDays() + "日，预计于"
                        + date(stop.getPlannedEnd()) + "结束。程序结束后恢复计算办理期限。");
            }
            case EXTENSION -> p.add("您申请的“" + c.getMatterName() + "”（受理编号 " + c.getReceiptNumber() + "），因"
                    + c.getExtension().getReason() + "，不能在原定期限内作出决定。经本机关负责人批准，根据《中华人民共和国行政许可法》"
                    + "第四十二条，办理期限延长" + c.getExtension().getDays() + "个工作日，延长后的法定期限为"
                    + date(c.getStatutoryDeadline()) + "，承诺办结日期为" + date(c.getPromisedDeadline()) + "。");
            case GRANT -> {
                p.add(application + "，经审查，符合法定条件、标准。根据《中华人民共和国行政许可法》第三十四条、第三十八条第一款，"
                        + "本机关决定准予行政许可。");
                p.add(certificate(c));
            }
            case PARTIAL_GRANT -> {
                p.add(application + "，经审查，根据《中华人民共和国行政许可法》第三十八条，本机关决定部分准予行政许可。");
                p.add("不予准予的部分及理由：" + c.getConclusion().getReason());
                p.add(certificate(c));
            }
            case DENIAL -> {
                p.add(application + "，经审查，根据《中华人民共和国行政许可法》第三十八条第二款，本机关决定不予行政许可。理由如下：");
                p.add(c.getConclusion().getReason());
            }
            case DELIVERY -> delivery(p, c, delivered);
        }
        if (kind.statesRights()) p.add(rights(c));
        Department d = c.getDepartment();
        if (d.getAddress() != null || d.getPhone() != null) {
            p.add("联系地址：" + nz(d.getAddress()) + (d.getPhone() == null ? "" : "　联系电话：" + d.getPhone()));
        }
        return String.join("\n", p);
    }

    private static void receipt(List<String> p, ApprovalCase c) {
        p.add("本机关于" + date(c.getReceivedOn()) + "收到您申请办理“" + c.getMatterName() + "”的材料。");
        p.add("受理编号：" + c.getReceiptNumber() + "　查询码：" + c.getQueryCode());
        // what was received: ticked at the window, and every file uploaded online (checked later)
        List<String> received = c.getMaterials().stream().filter(m -> m.isReceived() || m.getFileId() != null)
                .map(m -> m.isAwaitingCheck() ? m.getName() + "（网上提交电子文件，待审查）" : m.getName()).toList();
        p.add("已收材料：" + (received.isEmpty() ? "无" : String.join("、", received)));
        p.add("本机关将于" + date(c.getCorrectionDeadline()) + "前完成材料审查；材料不齐全或者不符合法定形式的，"
                + "将一次性告知您需要补正的全部内容，逾期不告知的，自收到申请材料之日起即为受理。");
        p.add("您可凭受理编号和查询码在阳光政务网站“办件查询”栏目查询办理进度。");
    }

    private static void delivery(List<String> p, ApprovalCase c, CaseDocument delivered) {
        Conclusion k = c.getConclusion();
        p.add("送达文书：" + (delivered == null ? c.getDecision().label() : delivered.getTitle() + "（" + delivered.getNumber() + "）"));
        p.add("受送达人：" + c.getApplicant().getName());
        p.add("送达方式：" + k.getDeliveryMethod().label() + (k.getTrackingNumber() == null ? "" : "（快递单号 " + k.getTrackingNumber() + "）"));
        p.add("送达日期：" + date(k.getDeliveredOn()));
    }

    private static String certificate(ApprovalCase c) {
        return "本机关将于" + date(c.getDeliveryDeadline()) + "前向您颁发、送达行政许可证件。";
    }

    /** 行政许可法 第三十八条; 行政复议法 第二十条 (60 days); 行政诉讼法 第四十六条 (6 months). */
    private static String rights(ApprovalCase c) {
        String reconsideration = c.getMatterVersion().getReconsiderationBody();
        String litigation = c.getMatterVersion().getLitigationBody();
        return "如不服本决定，您可以自收到本决定书之日起六十日内向"
                + (reconsideration == null || reconsideration.isBlank() ? "依法有权的行政复议机关" : reconsideration)
                + "申请行政复议，或者自收到本决定书之日起六个月内向"
                + (litigation == null || litigation.isBlank() ? "有管辖权的人民法院" : litigation) + "提起行政诉讼。";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
