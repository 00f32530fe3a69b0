package org.yangguang.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.yangguang.security.AccountChanged;
import org.yangguang.security.LoginService;

/**
 * Jakarta Security identity store over the application's users table: PBKDF2 password check,
 * disabled accounts refused, failures counted per account and address (see {@link LoginService}).
 * A script calling the API with HTTP Basic would pay the PBKDF2 cost on every request; a verified
 * username and password is therefore remembered for a minute (as a SHA-256, never in clear), and
 * forgotten at once when the account changes ({@link AccountChanged}).
 * <p>
 * One check per credential at a time: when a remembered login nears its end, the next request
 * checks it again while the others still use it; when none is remembered, concurrent requests with
 * the same credential wait for the one check under way. Sixteen clients of one script account used
 * to run sixteen PBKDF2 checks (600,000 iterations each) at the same moment every minute.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {
    static final Duration REMEMBERED = Duration.ofSeconds(60);
    /** How long before its end a remembered login is checked again (by one request; the others go on). */
    static final Duration RENEW_BEFORE = Duration.ofSeconds(15);
    private static final int MAX_REMEMBERED = 10_000;

    @Inject
    LoginService logins;

    @Inject
    HttpServletRequest request;

    @Inject
    Clock clock;

    private record Verified(CredentialValidationResult result, Instant until) {
        boolean validAt(Instant now) {
            return now.isBefore(until);
        }

        boolean dueForRenewalAt(Instant now) {
            return !now.isBefore(until.minus(RENEW_BEFORE));
        }
    }

    private final ConcurrentMap<String, Verified> verified = new ConcurrentHashMap<>();

    /** The checks under way, by credential key: a valid answer is shared with whoever waits for it. */
    private final ConcurrentMap<String, CompletableFuture<CredentialValidationResult>> checking = new ConcurrentHashMap<>();

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String key = credential.getCaller() + "\u0000" + sha256(credential.getPasswordAsString());
        Instant now = clock.instant();
        Verified known = verified.get(key);
        boolean remembered = known != null && known.validAt(now);
        if (remembered && !known.dueForRenewalAt(now)) return known.result();
        CompletableFuture<CredentialValidationResult> mine = new CompletableFuture<>();
        CompletableFuture<CredentialValidationResult> underWay = checking.putIfAbsent(key, mine);
        if (underWay != null) {
            // near its end, another request is checking it again: go on with what is remembered
            if (remembered) return known.result();
            CredentialValidationResult shared = underWay.exceptionally(e -> null).join();
            if (shared != null && shared.getStatus() == CredentialValidationResult.Status.VALID) return shared;
            return check(credential, key); // only a success is shared: a failure is checked (and counted) for each caller
        }
        try {
            CredentialValidationResult result = check(credential, key);
            mine.complete(result);
            return result;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            checking.remove(key, mine);
        }
    }

    private CredentialValidationResult check(UsernamePasswordCredential credential, String key) {
        CredentialValidationResult result = logins.authenticate(credential.getCaller(), credential.getPassword().getValue(),
                        request.getRemoteAddr())
                .map(login -> new CredentialValidationResult(login.username(), login.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            if (verified.size() >= MAX_REMEMBERED) verified.clear();
            verified.put(key, new Verified(result, clock.instant().plus(REMEMBERED)));
        } else {
            verified.remove(key);
        }
        return result;
    }

    /** After the change is committed: a login verified meanwhile against the old state is dropped too. */
    void forget(@Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_COMPLETION) AccountChanged changed) {
        verified.keySet().removeIf(k -> k.startsWith(changed.username() + "\u0000"));
    }

    private static String sha256(String s) {
        return org.yangguang.shared.Sha256.hex(s);
    }
}
