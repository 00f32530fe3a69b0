package org.yangguang.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.yangguang.audit.AuditLog;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.SystemText;

/**
 * API keys: the office issues and revokes them; machines authenticate with
 * {@code Authorization: Bearer ygk.<id>.<secret>}. The secret is 32 random bytes, so a SHA-256
 * of it is as good as a password hash and costs microseconds, not PBKDF2's hundreds of
 * milliseconds; a key is never subject to password lockout.
 */
@Stateless
@RolesAllowed(Role.OFFICE_ADMIN_NAME)
public class ApiKeys {
    static final String PREFIX = "ygk.";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A key just issued: {@code token} is shown this once and never again. */
    public record Issued(ApiKey key, String token) {}

    public Issued issue(@NotBlank(message = "{yangguang.apiKey.username.required}") String username, String name) {
        UserAccount account = em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", username.trim()).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("username", SystemText.of("apiKey.noSuchAccount", username)));
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiKey key = new ApiKey(name, account, sha256(encoded), clock.instant(), currentUser.username());
        em.persist(key);
        em.flush(); // the id is part of the token
        audit.record("API_KEY_ISSUE", "ApiKey", String.valueOf(key.getId()), null, account.getUsername() + "：" + key.getName());
        return new Issued(key, PREFIX + key.getId() + "." + encoded);
    }

    public ApiKey revoke(long id, String reason, int expectedVersion) {
        ApiKey key = Optional.ofNullable(em.find(ApiKey.class, id)).orElseThrow(() -> new NotFoundException(SystemText.of("apiKey.notFound", id)));
        if (key.getVersion() != expectedVersion) throw new ConflictException(SystemText.of("apiKey.changedByOthers"));
        key.revoke(reason, clock.instant(), currentUser.username());
        audit.record("API_KEY_REVOKE", "ApiKey", String.valueOf(id), "有效", "已吊销：" + key.getRevokeReason());
        org.hibernate.Hibernate.initialize(key.getAccount()); // the caller shows whose key it was
        return key;
    }

    public List<ApiKey> all() {
        return em.createQuery("select k from ApiKey k join fetch k.account order by k.issuedAt desc, k.id desc", ApiKey.class)
                .getResultList();
    }

    /** The enabled machine accounts, to issue keys to. */
    public List<String> clients() {
        return em.createQuery("select u.username from UserAccount u join u.roles r where r = :r and u.enabled = true"
                + " order by u.username", String.class).setParameter("r", Role.API_CLIENT).getResultList();
    }

    /** The machine account's login for a key in force, if the key is one. */
    @PermitAll
    public Optional<LoginService.Login> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) return Optional.empty();
        String[] parts = token.substring(PREFIX.length()).split("\\.", 2);
        if (parts.length != 2 || !parts[0].matches("\\d{1,18}")) return Optional.empty();
        ApiKey key = em.find(ApiKey.class, Long.parseLong(parts[0]));
        if (key == null || !key.isActive() || !key.getAccount().isEnabled()
                || !MessageDigest.isEqual(sha256(parts[1]).getBytes(StandardCharsets.US_ASCII),
                        key.getSecretSha256().getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (key.getLastUsedAt() == null || key.getLastUsedAt().isBefore(now.minusSeconds(60))) {
            // a machine logs in with every call: its use is noted (and audited as a login) once a minute
            em.createQuery("update ApiKey k set k.lastUsedAt = :now where k.id = :id").setParameter("now", now)
                    .setParameter("id", key.getId()).executeUpdate();
            audit.recordAs(key.getAccount().getUsername(), "LOGIN", "UserAccount", key.getAccount().getUsername(), null,
                    "登录（API密钥 #" + key.getId() + " " + key.getName() + "）");
        }
        return Optional.of(new LoginService.Login(key.getAccount().getUsername(), key.getAccount().roleNames()));
    }

    static String sha256(String s) {
        return org.yangguang.shared.Sha256.hex(s);
    }
}
