package org.yangguang.files;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.yangguang.shared.BaseEntity;

/**
 * An uploaded file (blank forms, samples; later case material), kept in the database rather than
 * under the web root, so it is backed up with everything else and never served without a check.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile extends BaseEntity {

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 40)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    /** Public files (blank forms and samples of the service guide) are downloadable without login. */
    @Column(name = "public_file", nullable = false)
    private boolean publicFile;

    protected StoredFile() {}

    StoredFile(String fileName, String contentType, byte[] content, String sha256, String uploadedBy,
            Instant uploadedAt, boolean publicFile) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.publicFile = publicFile;
    }

    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
    public boolean isPublicFile() { return publicFile; }
}
