package org.yangguang.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of the acceptance checklist: a material of the matter and whether it was received. */
@Embeddable
public class CaseMaterial {
    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "mandatory", nullable = false)
    private boolean mandatory;

    @Column(name = "received", nullable = false)
    private boolean received;

    /** Uploaded copy, a {@link org.yangguang.files.StoredFile} id (optional). */
    @Column(name = "file_id")
    private Long fileId;

    protected CaseMaterial() {}

    public CaseMaterial(String name, boolean mandatory) {
        this.name = name;
        this.mandatory = mandatory;
    }

    void markReceived(Long file) {
        this.received = true;
        if (file != null) this.fileId = file;
    }

    /** Uploaded by the applicant online: the file is here, the clerk has not checked it yet. */
    void attach(long file) {
        this.fileId = file;
    }

    /** A file the applicant uploaded that the clerk has not ticked yet. */
    public boolean isAwaitingCheck() {
        return fileId != null && !received;
    }

    public boolean isMissing() {
        return mandatory && !received;
    }

    public String getName() { return name; }
    public boolean isMandatory() { return mandatory; }
    public boolean isReceived() { return received; }
    public Long getFileId() { return fileId; }
}
