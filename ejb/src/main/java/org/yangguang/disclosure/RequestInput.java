package org.yangguang.disclosure;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yangguang.shared.EnteredDate;

/**
 * The input of an action on a disclosure request (the REST body and the page's dialogs alike);
 * each action reads the fields it needs (see {@link DisclosureService#act}). {@code version} is the
 * request version the editor saw (for remedy-decided, the remedy record's): a stale one is a
 * conflict, a missing one bad input. Enum values are their code names.
 */
public class RequestInput implements Serializable {
    private static final long serialVersionUID = 1L;

    private Integer version;
    /** correction-notice: everything to correct. */
    private String content;
    /** correction-notice: the last day for the correction (default 15 working days). */
    @EnteredDate(future = true)
    private LocalDate dueOn;
    /** correction: what came; reply: the explanation; remedy-decided: a note. */
    private String text;
    /** correction, fee-paid, remedy, remedy-decided: the day it happened (default today). */
    @EnteredDate
    private LocalDate on;
    /** consult, consulted: the third party. */
    private String party;
    /** extend: working days, 1 to 20. */
    private Integer days;
    private String approver;
    private String reason;
    /** reply: a DisclosureOutcome; remedy-decided: a RemedyOutcome. */
    private String outcome;
    /** reply: a DeliveryWay. */
    private String delivery;
    /** fee-notice: BY_COUNT or BY_PAGE. */
    private String method;
    private Integer pages;
    /** remedy: a RemedyKind. */
    private String kind;
    private String authority;
    private Long remedyId;
    /** reply, 部分公开: what is withheld. */
    private String withheld;
    /** reply, 部分公开: WithholdingGround names. */
    private List<String> grounds = new ArrayList<>();
    /** remove-file: the file. */
    private Long fileId;

    public RequestInput() {}

    public static RequestInput version(Integer version) {
        RequestInput in = new RequestInput();
        in.version = version;
        return in;
    }

    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public LocalDate getOn() { return on; }
    public void setOn(LocalDate on) { this.on = on; }
    public String getParty() { return party; }
    public void setParty(String party) { this.party = party; }
    public Integer getDays() { return days; }
    public void setDays(Integer days) { this.days = days; }
    public String getApprover() { return approver; }
    public void setApprover(String approver) { this.approver = approver; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getDelivery() { return delivery; }
    public void setDelivery(String delivery) { this.delivery = delivery; }
    public String getMethod() { return method; }
    public void setMethod(String method) { this.method = method; }
    public Integer getPages() { return pages; }
    public void setPages(Integer pages) { this.pages = pages; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getAuthority() { return authority; }
    public void setAuthority(String authority) { this.authority = authority; }
    public Long getRemedyId() { return remedyId; }
    public void setRemedyId(Long remedyId) { this.remedyId = remedyId; }
    public String getWithheld() { return withheld; }
    public void setWithheld(String withheld) { this.withheld = withheld; }
    public List<String> getGrounds() { return grounds; }
    public void setGrounds(List<String> grounds) { this.grounds = grounds == null ? new ArrayList<>() : new ArrayList<>(grounds); }
    public Long getFileId() { return fileId; }
    public void setFileId(Long fileId) { this.fileId = fileId; }
}
