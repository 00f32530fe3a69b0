package org.yangguang.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;

/**
 * Password hashing by the server's Jakarta Security {@link Pbkdf2PasswordHash}
 * (PBKDF2-HMAC-SHA256, random 32-byte salt); the stored string carries its own parameters, so the
 * iteration count can be raised later without invalidating existing hashes.
 */
@ApplicationScoped
public class Passwords {
    public static final int MIN_LENGTH = 8;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "600000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        return pbkdf2.verify(password, storedHash);
    }

    /** Policy for passwords chosen through the UI or API (the demo accounts predate it). */
    public static void checkStrength(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException(SystemText.of("password.tooShort", MIN_LENGTH));
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            throw new InvalidInputException(SystemText.of("password.lettersAndDigits"));
        }
    }
}
