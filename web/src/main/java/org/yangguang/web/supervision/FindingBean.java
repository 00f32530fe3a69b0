package org.yangguang.web.supervision;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import jakarta.servlet.http.Part;
import org.yangguang.supervision.FindingService;
import org.yangguang.supervision.FindingService.FindingDetail;
import org.yangguang.web.support.Faces;

/**
 * One finding: its explanation, inputs and history; the department answers or appeals it, the
 * supervision office confirms, revokes or rules on the appeal. Each action is checked against the
 * version the user saw.
 */
@Named
@ViewScoped
public class FindingBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    FindingService findings;

    private Long id;
    private FindingDetail detail;

    private String answer;
    private String rectification;
    private String appeal;
    private transient Part evidence;
    private String note;
    private String reason;
    private Boolean upheld;
    private String ruling;

    public void load() {
        if (id == null) {
            Faces.error(Faces.text("finding.none"));
            return;
        }
        detail = Faces.attempt(() -> findings.detail(id));
    }

    public void answer() {
        act(() -> findings.answer(id, version(), answer, rectification), "finding.answered");
    }

    public void appeal() {
        byte[] bytes;
        String name = null;
        try {
            bytes = evidence == null || evidence.getSize() == 0 ? null : evidence.getInputStream().readAllBytes();
            if (bytes != null) name = evidence.getSubmittedFileName();
        } catch (IOException e) {
            Faces.error(Faces.text("error.500"));
            return;
        }
        String fileName = name;
        act(() -> findings.appeal(id, version(), appeal, fileName, bytes), "finding.appealed");
    }

    public void confirm() {
        act(() -> findings.confirm(id, version(), note), "finding.confirmed");
    }

    public void revoke() {
        act(() -> findings.revoke(id, version(), reason), "finding.revoked");
    }

    public void ruleOnAppeal() {
        if (upheld == null) {
            Faces.error(Faces.text("finding.chooseRuling"));
            return;
        }
        act(() -> findings.ruleOnAppeal(id, version(), upheld, ruling), "finding.ruled");
    }

    private void act(Runnable action, String doneKey) {
        if (Faces.attempt(action)) {
            Faces.info(Faces.text(doneKey));
            load();
        }
    }

    private int version() {
        return detail.row().version();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public FindingDetail getDetail() { return detail; }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
    public String getRectification() { return rectification; }
    public void setRectification(String rectification) { this.rectification = rectification; }
    public String getAppeal() { return appeal; }
    public void setAppeal(String appeal) { this.appeal = appeal; }
    public Part getEvidence() { return evidence; }
    public void setEvidence(Part evidence) { this.evidence = evidence; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Boolean getUpheld() { return upheld; }
    public void setUpheld(Boolean upheld) { this.upheld = upheld; }
    public String getRuling() { return ruling; }
    public void setRuling(String ruling) { this.ruling = ruling; }
}
