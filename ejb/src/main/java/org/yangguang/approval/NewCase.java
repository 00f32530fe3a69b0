package org.yangguang.approval;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** An application as the window, the portal or an upper-level platform hands it in. */
public class NewCase implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{yangguang.case.implementationCode.required}")
    private String implementationCode;

    @NotNull(message = "{yangguang.case.applicant.required}")
    @Valid
    private Applicant applicant = new Applicant();

    @Size(max = 60, message = "{yangguang.case.agentName.size}")
    private String agentName;

    /** Names of the checklist materials received with the application. */
    private List<String> receivedMaterials = new ArrayList<>();

    @Size(max = 2000, message = "{yangguang.case.comment.size}")
    private String comment;

    public String getImplementationCode() { return implementationCode; }
    public void setImplementationCode(String v) { this.implementationCode = v; }
    public Applicant getApplicant() { return applicant; }
    public void setApplicant(Applicant applicant) { this.applicant = applicant; }
    public String getAgentName() { return agentName; }
    public void setAgentName(String agentName) { this.agentName = agentName; }
    public List<String> getReceivedMaterials() { return receivedMaterials; }
    public void setReceivedMaterials(List<String> v) { this.receivedMaterials = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
