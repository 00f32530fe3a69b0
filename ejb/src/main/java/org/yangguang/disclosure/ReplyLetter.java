package org.yangguang.disclosure;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The reply letter (政府信息公开申请答复告知书) of a replied request, from a template per outcome: what
 * was asked and when it was received, the decision with its legal basis in the 条例 (2019), for a
 * 部分公开 the part withheld with the grounds and articles it rests on (第三十七条 with 第十四条 to
 * 第十六条), the editor's own explanation, the files it delivers, and the remedies (行政复议法
 * 第二十条: 60 days; 行政诉讼法 第四十六条: six months). Printed from the editor's page and read by
 * the applicant with the query code. The applicant's and the editor's words are set into the
 * template's sentences without doubling their punctuation.
 */
public record ReplyLetter(String title, String number, String addressee, List<String> paragraphs, String agency,
        LocalDate date, List<String> attachments) implements Serializable {

    public static final String TITLE = "政府信息公开申请答复告知书";
    private static final String REGULATION = "《中华人民共和国政府信息公开条例》";
    /** Punctuation that ends a clause or sentence, and what may trail it. */
    private static final String CLOSING = "。．.！!？?；;，,、：:…";

    public ReplyLetter {
        paragraphs = List.copyOf(paragraphs);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public static ReplyLetter of(DisclosureRequest r, String agency, List<String> attachments) {
        if (r.getOutcome() == null) throw new IllegalStateException("申请尚未答复，没有答复告知书");
        List<String> p = new ArrayList<>();
        p.add("本机关于" + chinese(r.getReceivedOn()) + "收到您（单位）提出的政府信息公开申请（申请编号 " + r.getNumber()
                + "），申请获取“" + quoted(r.getDescription()) + "”。"
                + (r.getCorrectedOn() == null ? "" : "本机关告知补正后，于" + chinese(r.getCorrectedOn()) + "收到补正。")
                + "经审查，现答复如下：");
        p.add(decision(r.getOutcome()));
        if (r.getOutcome() == DisclosureOutcome.PARTLY_DISCLOSED && r.getWithheld() != null) {
            p.add(withheld(r.getWithheld(), r.getWithheldGrounds()));
        }
        if (r.getReply() != null && !r.getReply().isBlank()) p.add("具体说明：" + sentence(r.getReply()));
        if (!attachments.isEmpty()) {
            StringBuilder files = new StringBuilder("附件：");
            for (int i = 0; i < attachments.size(); i++) files.append(i == 0 ? "" : "；").append(i + 1).append(". ").append(attachments.get(i));
            files.append("。");
            if (r.getReplyDelivery() == DeliveryWay.ONLINE) files.append("附件可凭申请编号和查询码在网上查询申请时下载。");
            p.add(files.toString());
        }
        if (!r.getOutcome().discloses() || r.getOutcome() == DisclosureOutcome.PARTLY_DISCLOSED) {
            p.add("如对本答复不服，可以自收到本告知书之日起60日内依法申请行政复议，或者自收到本告知书之日起6个月内依法向人民法院提起行政诉讼。");
        }
        return new ReplyLetter(TITLE, r.getNumber(), r.getApplicantName(), p, agency, r.getRepliedOn(), attachments);
    }

    /**
     * 区分处理 (第三十七条): the part withheld, what the grounds describe, and their articles, e.g.
     * 其中“第3页当事人的身份证号码”属于涉及商业秘密、个人隐私等…的政府信息，根据…第十五条的规定，不予公开。
     */
    static String withheld(String part, List<WithholdingGround> grounds) {
        String what = grounds.stream().map(WithholdingGround::description).distinct().collect(java.util.stream.Collectors.joining("或"));
        String articles = grounds.stream().map(WithholdingGround::article).distinct().collect(java.util.stream.Collectors.joining("、"));
        return "其中，“" + quoted(part) + "”属于" + what + "。根据" + REGULATION + articles + "、第三十七条的规定，本机关对该部分不予公开。";
    }

    /** Text set inside “…” in a sentence: without the punctuation the sentence adds after the quote. */
    static String quoted(String text) {
        String t = text == null ? "" : text.strip();
        while (!t.isEmpty() && (CLOSING.indexOf(t.charAt(t.length() - 1)) >= 0 || Character.isWhitespace(t.charAt(t.length() - 1)))) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    /** Text that ends a paragraph: one full stop at the end, whatever punctuation it came with. */
    static String sentence(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) return t;
        char last = t.charAt(t.length() - 1);
        if (last == '。' || last == '！' || last == '？' || last == '…') return t;
        if (last == '”' || last == '）' || last == '》') return t + "。";
        return quoted(t) + "。";
    }

    public static final String FEE_TITLE = "政府信息公开信息处理费缴费通知书";

    /**
     * The fee notice (收费通知, 条例 第四十二条 and 信息处理费管理办法): the method and the units
     * counted, the amount, the last day to pay, that the reply limit stands still until payment and
     * that the request lapses if it is not paid.
     */
    public static ReplyLetter feeNotice(DisclosureRequest r, String agency, LocalDate payBy) {
        if (r.getFeeIssuedOn() == null) throw new IllegalStateException("该申请没有收费通知");
        List<String> p = new ArrayList<>();
        p.add("本机关于" + chinese(r.getReceivedOn()) + "收到您（单位）提出的政府信息公开申请（申请编号 " + r.getNumber()
                + "），申请获取“" + quoted(r.getDescription()) + "”。");
        p.add("您的申请数量（或所需信息的数量）超过合理范围。根据《中华人民共和国政府信息公开条例》第四十二条和《政府信息公开信息处理费管理办法》的规定，"
                + "本机关" + r.getFeeMethod().label() + "，本次计入" + r.getFeeQuantity() + r.getFeeMethod().unit() + "，应缴纳信息处理费人民币"
                + r.getFeeAmount() + "元。");
        p.add("请于" + chinese(payBy) + "前缴纳。自本通知发出之日至您缴纳费用之日，不计算在答复期限内；逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。");
        return new ReplyLetter(FEE_TITLE, r.getNumber(), r.getApplicantName(), p, agency, r.getFeeIssuedOn(), List.of());
    }

    /** The decision and its basis, per outcome (the article numbers of the 2019 条例). */
    static String decision(DisclosureOutcome o) {
        return switch (o) {
            case DISCLOSED -> "您申请获取的政府信息属于公开范围。根据《中华人民共和国政府信息公开条例》第三十六条第（二）项的规定，本机关予以公开，向您提供该政府信息。";
            case PARTLY_DISCLOSED -> "您申请获取的政府信息中含有不应当公开的内容，但能够作区分处理。根据《中华人民共和国政府信息公开条例》第三十六条第（二）项、第三十七条的规定，本机关向您提供可以公开的内容。";
            case STATE_SECRET -> "您申请获取的政府信息属于依法确定为国家秘密的政府信息。根据《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项的规定，本机关不予公开。";
            case FORBIDDEN_BY_LAW -> "您申请获取的政府信息属于法律、行政法规禁止公开的政府信息。根据《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项的规定，本机关不予公开。";
            case ENDANGERS_SECURITY -> "您申请获取的政府信息公开后可能危及国家安全、公共安全、经济安全、社会稳定。根据《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项的规定，本机关不予公开。";
            case THIRD_PARTY_RIGHTS -> "您申请获取的政府信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害。根据《中华人民共和国政府信息公开条例》第十五条、第三十六条第（三）项的规定，本机关不予公开。";
            case INTERNAL_AFFAIRS -> "您申请获取的政府信息属于行政机关的内部事务信息。根据《中华人民共和国政府信息公开条例》第十六条第一款的规定，本机关不予公开。";
            case PROCESS_INFORMATION -> "您申请获取的政府信息属于行政机关在履行行政管理职能过程中形成的过程性信息。根据《中华人民共和国政府信息公开条例》第十六条第二款的规定，本机关不予公开。";
            case ENFORCEMENT_FILE -> "您申请获取的政府信息属于行政执法案卷信息。根据《中华人民共和国政府信息公开条例》第十六条第二款的规定，本机关不予公开。";
            case ADMINISTRATIVE_INQUIRY -> "您申请获取的信息属于有关法律、行政法规对信息的获取有特别规定的行政查询事项。根据《中华人民共和国政府信息公开条例》第三十六条第（七）项的规定，请依照有关法律、行政法规的规定办理。";
            case NOT_HELD -> "经检索，本机关没有您所申请公开的政府信息。根据《中华人民共和国政府信息公开条例》第三十六条第（四）项的规定，告知您该政府信息不存在。";
            case WOULD_HAVE_TO_BE_MADE -> "您申请获取的信息需要本机关对现有政府信息进行加工、分析。根据《中华人民共和国政府信息公开条例》第三十八条的规定，本机关不予提供。";
            case STILL_UNCLEAR -> "经补正，您的申请内容仍不明确，本机关无法确定您所需的政府信息。根据《中华人民共和国政府信息公开条例》第三十条的规定，本机关无法提供。";
            case PETITION_OR_COMPLAINT -> "您以政府信息公开申请的形式进行信访、投诉、举报等活动。根据《中华人民共和国政府信息公开条例》第三十九条第一款的规定，本机关不作为政府信息公开申请处理，您可以通过相应渠道提出。";
            case REPEATED -> "本机关已就您提出的相同政府信息公开申请作出答复。根据《中华人民共和国政府信息公开条例》第三十六条第（六）项的规定，本机关不予重复处理。";
            case PUBLIC_PUBLICATION -> "您申请获取的是政府公报、报刊、书籍等公开出版物。根据《中华人民共和国政府信息公开条例》第三十九条第二款的规定，请通过公开出版物获取。";
            case MASS_REPETITION -> "您申请公开政府信息的数量、频次明显超过合理范围，且申请理由不合理。根据《中华人民共和国政府信息公开条例》第三十五条的规定，本机关不予处理。";
            case CONFIRM_OR_REISSUE -> "您的申请是要求本机关确认或者重新出具您已获取的信息，不属于政府信息公开申请的范围，本机关不予处理。";
            case NO_CORRECTION_IN_TIME -> "本机关已告知您补正申请，您无正当理由逾期未补正。根据《中华人民共和国政府信息公开条例》第三十条的规定，视为您放弃申请，本机关不再处理该政府信息公开申请。";
            case FEE_NOT_PAID -> "本机关已向您发出收费通知，您逾期未按收费通知要求缴纳费用，视为放弃申请，本机关不再处理该政府信息公开申请。";
            case OTHER -> "本机关对您的申请作如下处理。";
        };
    }

    private static String chinese(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    public String dateText() {
        return date == null ? "" : chinese(date);
    }
}
