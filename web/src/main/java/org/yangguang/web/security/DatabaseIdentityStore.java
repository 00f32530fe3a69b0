package org.yangguang.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
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
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {
    static final Duration REMEMBERED = Duration.ofSeconds(60);
    private static final int MAX_REMEMBERED = 10_000;

    @Inject
    LoginService logins;

    @Inject
    HttpServletRequest request;

    private record Verified(CredentialValidationResult result, Instant until) {}

    private final ConcurrentMap<String, Verified> verified = new ConcurrentHashMap<>();

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String key = credential.getCaller() + "\u0000" + sha256(credential.getPasswordAsString());
        Instant now = Instant.now();
        Verified known = verified.get(key);
        if (known != null && now.isBefore(known.until())) return known.result();
        CredentialValidationResult result = logins.authenticate(credential.getCaller(), credential.getPassword().getValue(),
                        request.getRemoteAddr())
                .map(login -> new CredentialValidationResult(login.username(), login.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            if (verified.size() >= MAX_REMEMBERED) verified.clear();
            verified.put(key, new Verified(result, now.plus(REMEMBERED)));
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
