package org.yangguang.batch.disclosure;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import org.yangguang.audit.AuditLog;
import org.yangguang.disclosure.publication.BundleVerifier;
import org.yangguang.disclosure.publication.PublicationBundle;
import org.yangguang.disclosure.publication.PublicationSettings;
import org.yangguang.security.Role;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.SystemText;

/**
 * Starts, restarts and reports the {@code disclosure-publication} job, and reads the bundle it
 * wrote: the versions, the published one, and its verification against the manifest.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PublicationJobs {
    private static final Logger LOG = Logger.getLogger(PublicationJobs.class.getName());
    public static final String JOB = "disclosure-publication";
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A start on demand; {@code failAfterParts} is the tests' switch (needs -Dyangguang.faultInjection=true). */
    public record StartRequest(Integer failAfterParts) implements Serializable {}

    /** How far an execution got: parts written of all parts, and the version it writes. */
    public record Progress(String version, long partsDone, long partsTotal, int percent) implements Serializable {}

    /**
     * The bundle directory: its versions (oldest first), the published one, and its check; and for
     * the page each version described ({@code history}, newest first).
     */
    public record BundleStatus(String root, String current, List<String> versions, Verification verification,
            List<VersionInfo> history) implements Serializable {}

    /**
     * The check of the published version against its manifest; {@code problems} as the command line
     * prints them, {@code findings} as the page lists them (what is wrong, and the file).
     */
    public record Verification(boolean ok, String version, int filesChecked, String manifestSha256, List<String> problems,
            List<Finding> findings) implements Serializable {}

    /** One difference the check found: CHANGED, MISSING, UNEXPECTED or MANIFEST, and the file in the bundle. */
    public record Finding(String kind, String path) implements Serializable {}

    /**
     * A complete version as the page shows it: when it was made, how many files of each part of the
     * site (guide, disclosure, feeds, tracking, stats, reports, the home page) and its size.
     */
    public record VersionInfo(String version, Instant generatedAt, int files, long bytes, List<Area> areas, boolean current)
            implements Serializable {}

    /** The files of one part of the site in a version (its top-level directory; "home" for the files at the root). */
    public record Area(String key, int files) implements Serializable {}

    /** The parts of the site in the order the page lists them. */
    static final List<String> AREAS = List.of("home", "guide", "disclosure", "feeds", "tracking", "stats", "reports");

    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.DISCLOSURE_EDITOR_NAME})
    public long start(StartRequest request) {
        Integer fail = request == null ? null : request.failAfterParts();
        if (fail != null && fail < 1) throw new InvalidInputException("failAfterParts", SystemText.of("input.positive"));
        long id = launch(fail);
        audit.record("PUBLICATION_START", "Job", JOB, null, "立即生成发布包，执行 " + id);
        return id;
    }

    /** The scheduler's nightly start (02:00, after the evaluation). */
    @PermitAll
    public long startScheduled() {
        return launch(null);
    }

    private long launch(Integer failAfterParts) {
        if (running()) throw new ConflictException(SystemText.of("publication.running"));
        Properties p = new Properties();
        p.setProperty("version", VERSION.format(clock.instant()) + "-" + ThreadLocalRandom.current().nextInt(1000, 10000));
        if (failAfterParts != null) p.setProperty("failAfterParts", String.valueOf(failAfterParts));
        long id = BatchRuntime.getJobOperator().start(JOB, p);
        LOG.info(() -> "Started " + JOB + " as execution " + id + ", version " + p.getProperty("version"));
        return id;
    }

    /** Continues a failed or stopped execution with the same version, from its last part. */
    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.DISCLOSURE_EDITOR_NAME})
    public long restart(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution e = execution(operator, executionId);
        if (!JOB.equals(e.getJobName())) throw new NotFoundException(SystemText.of("publication.notItsExecution", executionId));
        if (e.getBatchStatus() != BatchStatus.FAILED && e.getBatchStatus() != BatchStatus.STOPPED) {
            throw new ConflictException(SystemText.of("publication.restartFailedOnly", String.valueOf(e.getBatchStatus())));
        }
        Properties p = new Properties();
        p.setProperty("version", e.getJobParameters().getProperty("version"));
        p.setProperty("failAfterParts", "0"); // a restart's parameters add to the first start's: no fault injection
        long id = operator.restart(executionId, p);
        audit.record("PUBLICATION_RESTART", "Job", JOB, String.valueOf(executionId), "重启，执行 " + id);
        return id;
    }

    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.DISCLOSURE_EDITOR_NAME, Role.SUPERVISOR_NAME})
    public Optional<Progress> progress(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution e = execution(operator, executionId);
        if (!JOB.equals(e.getJobName())) return Optional.empty();
        long done = 0;
        long total = 0;
        boolean committed = false;
        for (StepExecution s : operator.getStepExecutions(executionId)) {
            if (s.getStepName().equals("parts")) {
                for (Metric m : s.getMetrics()) if (m.getType() == Metric.MetricType.WRITE_COUNT) done += m.getValue();
                if (s.getPersistentUserData() instanceof String counts && counts.contains("/")) {
                    done += Long.parseLong(counts.substring(0, counts.indexOf('/')));
                    total = Long.parseLong(counts.substring(counts.indexOf('/') + 1));
                }
            }
            if (s.getStepName().equals("commit") && s.getBatchStatus() == BatchStatus.COMPLETED) committed = true;
        }
        // a restart after the parts step completed runs only the commit
        if (total > 0 && committed) done = total;
        int percent = committed ? 100 : total == 0 ? 0 : (int) Math.min(99, done * 100 / total);
        return Optional.of(new Progress(e.getJobParameters().getProperty("version"), done, total, percent));
    }

    /** An execution as the publication page lists it: when it started and ended, and how far it got. */
    public record Run(long executionId, String status, String exitStatus, Progress progress, Instant started, Instant ended)
            implements Serializable {}

    /** The latest runs, newest first, with their progress. */
    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.DISCLOSURE_EDITOR_NAME, Role.SUPERVISOR_NAME})
    public List<Run> runs(int max) {
        JobOperator operator = BatchRuntime.getJobOperator();
        return recent(max).stream().map(id -> {
            JobExecution e = operator.getJobExecution(id);
            return new Run(id, e.getBatchStatus().name(), e.getExitStatus(), progress(id).orElse(null),
                    e.getStartTime() == null ? null : e.getStartTime().toInstant(), e.getEndTime() == null ? null : e.getEndTime().toInstant());
        }).toList();
    }

    /** The latest executions of the job, newest first. */
    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.DISCLOSURE_EDITOR_NAME, Role.SUPERVISOR_NAME})
    public List<Long> recent(int max) {
        JobOperator operator = BatchRuntime.getJobOperator();
        try {
            return operator.getJobInstances(JOB, 0, max).stream()
                    .flatMap(i -> operator.getJobExecutions(i).stream()).map(JobExecution::getExecutionId)
                    .sorted(java.util.Comparator.reverseOrder()).limit(max).toList();
        } catch (jakarta.batch.operations.NoSuchJobException e) {
            return List.of();
        }
    }

    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.DISCLOSURE_EDITOR_NAME, Role.SUPERVISOR_NAME})
    public BundleStatus bundle() {
        PublicationSettings s = PublicationSettings.current();
        try {
            if (!Files.isDirectory(s.root())) return new BundleStatus(s.root().toString(), null, List.of(), null, List.of());
            Optional<String> current = PublicationBundle.current(s.root());
            Verification v = null;
            if (current.isPresent()) {
                BundleVerifier.Report r = BundleVerifier.verify(s.root());
                v = new Verification(r.ok(), r.version(), r.filesChecked(), r.manifestSha256(),
                        r.problems().stream().map(p -> p.kind() + " " + p.path() + ": " + p.detail()).limit(100).toList(),
                        r.problems().stream().map(p -> new Finding(p.kind().name(), p.path())).limit(100).toList());
            }
            List<String> versions = PublicationBundle.versions(s.root());
            List<VersionInfo> history = new java.util.ArrayList<>();
            for (int i = versions.size() - 1; i >= 0; i--) {
                String version = versions.get(i);
                history.add(describe(s.root(), version, version.equals(current.orElse(null))));
            }
            return new BundleStatus(s.root().toString(), current.orElse(null), versions, v, history);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A version from its manifest.json (written by the job; a version whose manifest cannot be read
     * is shown with what its name and files say).
     */
    static VersionInfo describe(java.nio.file.Path root, String version, boolean current) throws IOException {
        java.nio.file.Path json = root.resolve("versions").resolve(version).resolve("manifest.json");
        Instant generated = null;
        java.util.Map<String, Integer> areas = new java.util.LinkedHashMap<>();
        AREAS.forEach(a -> areas.put(a, 0));
        int files = 0;
        long bytes = 0;
        if (Files.isRegularFile(json)) {
            try (var reader = jakarta.json.Json.createReader(Files.newBufferedReader(json))) {
                jakarta.json.JsonObject m = reader.readObject();
                if (m.containsKey("generatedAt") && !m.isNull("generatedAt")) generated = Instant.parse(m.getString("generatedAt"));
                for (jakarta.json.JsonValue f : m.getJsonArray("files")) {
                    String path = f.asJsonObject().getString("path");
                    String area = path.contains("/") ? path.substring(0, path.indexOf('/')) : "home";
                    areas.merge(areas.containsKey(area) ? area : "home", 1, Integer::sum);
                    files++;
                    bytes += f.asJsonObject().getJsonNumber("bytes").longValue();
                }
            } catch (RuntimeException e) {
                LOG.warning(() -> "manifest.json of " + version + " unreadable: " + e);
            }
        }
        if (generated == null) {
            // the job names a version after the time it started (yyyyMMddTHHmmssZ-n)
            try {
                generated = VERSION.parse(version.contains("-") ? version.substring(0, version.indexOf('-')) : version, Instant::from);
            } catch (java.time.format.DateTimeParseException e) {
                generated = Files.getLastModifiedTime(root.resolve("versions").resolve(version)).toInstant();
            }
        }
        List<Area> list = areas.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> new Area(e.getKey(), e.getValue())).toList();
        return new VersionInfo(version, generated, files, bytes, list, current);
    }

    private boolean running() {
        JobOperator operator = BatchRuntime.getJobOperator();
        try {
            return !operator.getRunningExecutions(JOB).isEmpty();
        } catch (jakarta.batch.operations.NoSuchJobException e) {
            return false;
        }
    }

    private static JobExecution execution(JobOperator operator, long id) {
        try {
            return operator.getJobExecution(id);
        } catch (NoSuchJobExecutionException e) {
            throw new NotFoundException(SystemText.of("job.noSuchExecution", id));
        }
    }
}
