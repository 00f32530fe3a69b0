package org.yangguang.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yangguang.security.LoginService;

/** The remembered logins: one PBKDF2 check per credential at a time, never one per concurrent request. */
class DatabaseIdentityStoreTest {

    /** A password check that takes a while (PBKDF2 does) and counts its calls. */
    static final class SlowLogins extends LoginService {
        final AtomicInteger checks = new AtomicInteger();
        volatile CountDownLatch release = new CountDownLatch(0);

        @Override
        public Optional<Login> authenticate(String username, char[] password, String address) {
            checks.incrementAndGet();
            try {
                release.await(10, TimeUnit.SECONDS);
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "demo".equals(new String(password)) ? Optional.of(new Login(username, Set.of("DEPT_CLERK"))) : Optional.empty();
        }
    }

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        volatile Instant now = Instant.parse("2026-12-01T02:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final SlowLogins logins = new SlowLogins();
    final MovingClock clock = new MovingClock();
    final DatabaseIdentityStore store = new DatabaseIdentityStore();
    final ExecutorService pool = Executors.newFixedThreadPool(16);

    @BeforeEach
    void setUp() {
        store.logins = logins;
        store.clock = clock;
        store.request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> "getRemoteAddr".equals(method.getName()) ? "10.0.0.7" : null);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    private List<CredentialValidationResult> sixteenAtOnce(String password) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CredentialValidationResult>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            calls.add(pool.submit(() -> {
                start.await();
                return store.validate(new UsernamePasswordCredential("clerk", password));
            }));
        }
        start.countDown();
        List<CredentialValidationResult> out = new ArrayList<>();
        for (Future<CredentialValidationResult> f : calls) out.add(f.get(20, TimeUnit.SECONDS));
        return out;
    }

    @Test
    void sixteenConcurrentRequestsOfOneScriptRunOneCheck() throws Exception {
        List<CredentialValidationResult> results = sixteenAtOnce("demo");
        assertTrue(results.stream().allMatch(r -> r.getStatus() == CredentialValidationResult.Status.VALID));
        assertTrue(results.stream().allMatch(r -> "clerk".equals(r.getCallerPrincipal().getName())));
        // the first request may race one more in before it registers; never one check per request
        assertTrue(logins.checks.get() <= 2, "checks: " + logins.checks.get());
    }

    @Test
    void rememberedForAMinuteThenCheckedAgainOnce() throws Exception {
        store.validate(new UsernamePasswordCredential("clerk", "demo"));
        assertEquals(1, logins.checks.get());

        clock.now = clock.now.plus(Duration.ofSeconds(44));
        sixteenAtOnce("demo");
        assertEquals(1, logins.checks.get(), "remembered: no check within the first 45 seconds");

        clock.now = clock.now.plus(Duration.ofSeconds(17)); // 61 s: forgotten
        List<CredentialValidationResult> results = sixteenAtOnce("demo");
        assertTrue(results.stream().allMatch(r -> r.getStatus() == CredentialValidationResult.Status.VALID));
        assertTrue(logins.checks.get() <= 3, "checks: " + logins.checks.get());
    }

    @Test
    void nearItsEndOneRequestRenewsWhileTheOthersGoOn() throws Exception {
        store.validate(new UsernamePasswordCredential("clerk", "demo"));
        clock.now = clock.now.plus(Duration.ofSeconds(50)); // within the last 15 seconds

        logins.release = new CountDownLatch(1); // the renewing check hangs until released
        Future<CredentialValidationResult> renewing = pool.submit(() -> store.validate(new UsernamePasswordCredential("clerk", "demo")));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (logins.checks.get() < 2 && System.nanoTime() < deadline) Thread.sleep(5);
        assertEquals(2, logins.checks.get(), "one request renews");

        for (int i = 0; i < 10; i++) {
            // the others answer at once from what is remembered, without waiting for the check
            assertEquals(CredentialValidationResult.Status.VALID, store.validate(new UsernamePasswordCredential("clerk", "demo")).getStatus());
        }
        assertEquals(2, logins.checks.get());
        logins.release.countDown();
        assertEquals(CredentialValidationResult.Status.VALID, renewing.get(10, TimeUnit.SECONDS).getStatus());

        clock.now = clock.now.plus(Duration.ofSeconds(40)); // 90 s after the first check, 40 s after the renewal
        store.validate(new UsernamePasswordCredential("clerk", "demo"));
        assertEquals(2, logins.checks.get(), "the renewal counts from its own check");
    }

    @Test
    void aWrongPasswordIsCheckedAndCountedForEveryRequest() throws Exception {
        List<CredentialValidationResult> results = sixteenAtOnce("wrong");
        assertTrue(results.stream().allMatch(r -> r.getStatus() == CredentialValidationResult.Status.INVALID));
        assertEquals(16, logins.checks.get());
    }

    @Test
    void aChangedAccountIsForgotten() {
        store.validate(new UsernamePasswordCredential("clerk", "demo"));
        store.forget(new org.yangguang.security.AccountChanged("clerk"));
        store.validate(new UsernamePasswordCredential("clerk", "demo"));
        assertEquals(2, logins.checks.get());
    }
}
