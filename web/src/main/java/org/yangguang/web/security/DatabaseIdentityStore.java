package org.yangguang.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.yangguang.security.LoginService;

/**
 * Jakarta Security identity store over the application's users table: PBKDF2 password check,
 * disabled and locked accounts refused, failures counted (see {@link LoginService}).
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @Inject
    LoginService logins;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return logins.authenticate(credential.getCaller(), credential.getPassword().getValue())
                .map(login -> new CredentialValidationResult(login.username(), login.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
