package org.yangguang.web.cases;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.yangguang.approval.CaseQuery;
import org.yangguang.approval.CaseRow;
import org.yangguang.approval.CaseLists;
import org.yangguang.approval.CaseStatus;
import org.yangguang.approval.Urgency;
import org.yangguang.web.support.PagedModel;

/** The intranet workbench: the department's cases, most urgent first, coloured by urgency. */
@Named
@ViewScoped
public class CaseQueueBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CaseLists lists;

    private String text;
    private CaseStatus status;
    private boolean openOnly = true;

    private final PagedModel<CaseRow> model = new PagedModel<>(
            page -> lists.queue(new CaseQuery(text, status, openOnly), page), CaseRow::receiptNumber);

    public String rowClass(CaseRow row) {
        return row.urgency() == Urgency.OVERDUE ? "row-overdue" : row.urgency() == Urgency.DUE_SOON ? "row-due" : "";
    }

    public CaseStatus[] getStatuses() { return CaseStatus.values(); }
    public PagedModel<CaseRow> getModel() { return model; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public CaseStatus getStatus() { return status; }
    public void setStatus(CaseStatus status) { this.status = status; }
    public boolean isOpenOnly() { return openOnly; }
    public void setOpenOnly(boolean openOnly) { this.openOnly = openOnly; }
}
