package org.yangguang.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.yangguang.shared.BaseEntity;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;

/**
 * An API key the office issued to a machine account (a city or province platform). Only the
 * SHA-256 of its high-entropy secret is stored; the key itself is shown once, when issued. A
 * revoked key stays, with who revoked it, when and why.
 */
@Entity
@Table(name = "api_key")
public class ApiKey extends BaseEntity {

    @Column(name = "name", nullable = false, length = 60)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private UserAccount account;

    @Column(name = "secret_sha256", nullable = false, length = 64, updatable = false)
    private String secretSha256;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 40, updatable = false)
    private String issuedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 40)
    private String revokedBy;

    @Column(name = "revoke_reason", length = 200)
    private String revokeReason;

    /** Noted at most once a minute by a bulk update, never counted as an edit. */
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiKey() {}

    ApiKey(String name, UserAccount account, String secretSha256, Instant at, String by) {
        if (name == null || name.isBlank()) throw new InvalidInputException("name", SystemText.of("apiKey.nameMissing"));
        if (name.trim().length() > 60) throw new InvalidInputException("name", SystemText.of("apiKey.nameTooLong"));
        if (!account.hasRole(Role.API_CLIENT)) throw new InvalidInputException("username", SystemText.of("apiKey.onlyApiClients"));
        this.name = name.trim();
        this.account = account;
        this.secretSha256 = secretSha256;
        this.issuedAt = at;
        this.issuedBy = by;
    }

    void revoke(String reason, Instant at, String by) {
        if (revokedAt != null) throw new ConflictException(SystemText.of("apiKey.revokedAlready", revokedAt));
        if (reason == null || reason.isBlank()) throw new InvalidInputException("reason", SystemText.of("apiKey.reasonMissing"));
        if (reason.trim().length() > 200) throw new InvalidInputException("reason", SystemText.of("apiKey.reasonTooLong"));
        revokedAt = at;
        revokedBy = by;
        revokeReason = reason.trim();
    }

    public boolean isActive() { return revokedAt == null; }
    public String getName() { return name; }
    public UserAccount getAccount() { return account; }
    String getSecretSha256() { return secretSha256; }
    public Instant getIssuedAt() { return issuedAt; }
    public String getIssuedBy() { return issuedBy; }
    public Instant getRevokedAt() { return revokedAt; }
    public String getRevokedBy() { return revokedBy; }
    public String getRevokeReason() { return revokeReason; }
    public Instant getLastUsedAt() { return lastUsedAt; }
}
