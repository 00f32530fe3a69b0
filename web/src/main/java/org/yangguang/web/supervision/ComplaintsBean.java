package org.yangguang.web.supervision;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.yangguang.organization.Department;
import org.yangguang.organization.DepartmentService;
import org.yangguang.shared.PageRequest;
import org.yangguang.supervision.Complaint;
import org.yangguang.supervision.ComplaintChannel;
import org.yangguang.supervision.ComplaintOutcome;
import org.yangguang.supervision.ComplaintRow;
import org.yangguang.supervision.ComplaintService;
import org.yangguang.supervision.ComplaintStatus;
import org.yangguang.supervision.NewComplaint;
import org.yangguang.supervision.RuleTrigger;
import org.yangguang.web.support.Exports;
import org.yangguang.web.support.Faces;
import org.yangguang.web.support.PagedModel;

/**
 * The supervision office's complaints: the list (overdue ones marked), entry of a phone, visit or
 * letter complaint, and each step: accept or not, reply with the outcome, raise a card.
 */
@Named
@ViewScoped
public class ComplaintsBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ComplaintService complaints;

    @Inject
    DepartmentService departments;

    private ComplaintStatus status;
    private String text;
    /** Preset by a drill-down from the scores: one department, one period. */
    private String department = Faces.param("department");
    private org.yangguang.supervision.Period period = periodParam();
    private final PagedModel<ComplaintRow> model = new PagedModel<>(p -> complaints.list(status, text, department,
            period, p), r -> String.valueOf(r.id()));

    private static org.yangguang.supervision.Period periodParam() {
        try {
            String raw = Faces.param("period");
            return raw == null ? null : org.yangguang.supervision.Period.parse(raw);
        } catch (RuntimeException e) {
            return null;
        }
    }

    public String getFilterLabel() {
        return (department == null ? "" : department) + (period == null ? "" : " " + period.label());
    }

    private NewComplaint entry = new NewComplaint();
    private ComplaintRow current;
    private String reason;
    private ComplaintOutcome outcome;
    private String reply;
    private RuleTrigger trigger = RuleTrigger.COMPLAINT_SUBSTANTIATED;

    public void enter() {
        Complaint c = Faces.attempt(() -> complaints.enter(entry));
        if (c != null) {
            Faces.info(Faces.text("complaint.entered", c.getNumber(), c.getQueryCode()));
            entry = new NewComplaint();
        }
    }

    public void choose(ComplaintRow row) {
        current = row;
        reason = null;
        outcome = null;
        reply = null;
        trigger = RuleTrigger.COMPLAINT_SUBSTANTIATED;
    }

    public void accept() {
        done(Faces.attempt(() -> complaints.accept(current.id(), current.version())));
    }

    public void refuse() {
        done(Faces.attempt(() -> complaints.refuse(current.id(), current.version(), reason)));
    }

    public void answer() {
        done(Faces.attempt(() -> complaints.answer(current.id(), current.version(), outcome, reply)));
    }

    public void raiseCard() {
        done(Faces.attempt(() -> complaints.raiseCard(current.id(), current.version(), trigger)));
    }

    private void done(Complaint c) {
        if (c != null) Faces.info(Faces.text("complaint.updated", c.getNumber(), c.getStatus().label()));
    }

    public StreamedContent getExport() {
        return Exports.xlsx("投诉.xlsx", "投诉", List.of("投诉编号", "渠道", "投诉人", "电话", "被投诉部门", "受理编号", "内容", "状态",
                "收到日期", "受理期限", "答复期限", "调查结论", "答复", "是否超期"), () -> {
                    List<List<Object>> rows = new ArrayList<>();
                    int first = 0;
                    while (true) {
                        var page = complaints.list(status, text, department, period,
                                new PageRequest(first, PageRequest.MAX_SIZE, null, true));
                        for (ComplaintRow r : page.items()) {
                            rows.add(Arrays.asList(r.number(), r.channel().label(), r.complainantName(),
                                    r.complainantPhone(), r.departmentName(), r.receiptNumber(), r.content(),
                                    r.status().label(), r.receivedOn(), r.acceptDue(), r.replyDue(),
                                    r.outcome() == null ? null : r.outcome().label(), r.reply(), r.overdue()));
                        }
                        first += PageRequest.MAX_SIZE;
                        if (first >= page.total() || rows.size() >= 20_000) break;
                    }
                    return rows;
                });
    }

    public ComplaintStatus[] getStatuses() { return ComplaintStatus.values(); }
    public ComplaintOutcome[] getOutcomes() { return ComplaintOutcome.values(); }
    public List<ComplaintChannel> getStaffChannels() {
        return List.of(ComplaintChannel.PHONE, ComplaintChannel.VISIT, ComplaintChannel.LETTER);
    }
    public List<RuleTrigger> getCardTriggers() {
        return List.of(RuleTrigger.COMPLAINT_SUBSTANTIATED, RuleTrigger.WRONGFUL_REFUSAL);
    }
    public List<Department> getDepartments() { return departments.all(); }

    public PagedModel<ComplaintRow> getModel() { return model; }
    public ComplaintStatus getStatus() { return status; }
    public void setStatus(ComplaintStatus status) { this.status = status; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public NewComplaint getEntry() { return entry; }
    public ComplaintRow getCurrent() { return current; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public ComplaintOutcome getOutcome() { return outcome; }
    public void setOutcome(ComplaintOutcome outcome) { this.outcome = outcome; }
    public String getReply() { return reply; }
    public void setReply(String reply) { this.reply = reply; }
    public RuleTrigger getTrigger() { return trigger; }
    public void setTrigger(RuleTrigger trigger) { this.trigger = trigger; }
}
