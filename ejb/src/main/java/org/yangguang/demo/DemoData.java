package org.yangguang.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import org.yangguang.audit.AuditLog;
import java.util.List;
import org.yangguang.approval.CaseSeeder;
import org.yangguang.calendar.CalendarService;
import org.yangguang.calendar.DayUnit;
import org.yangguang.catalog.MatterVersion;
import org.yangguang.catalog.CatalogSeeder;
import org.yangguang.catalog.Channel;
import org.yangguang.catalog.HandlingKind;
import org.yangguang.catalog.MaterialForm;
import org.yangguang.catalog.MatterDraft;
import org.yangguang.catalog.MatterLevel;
import org.yangguang.catalog.MatterType;
import org.yangguang.catalog.SpecialProcedureType;
import org.yangguang.files.FileStore;
import org.yangguang.files.StoredFile;
import org.yangguang.organization.Department;
import org.yangguang.security.Passwords;
import org.yangguang.security.Role;
import org.yangguang.security.UserAccount;

/**
 * Demo county "阳光县": departments, the catalog of {@code demo/catalog.json}, a few changes waiting
 * in the review queue, and one demo user per role (password {@value #DEMO_PASSWORD}). Loaded on
 * the first start only, into an empty database, never over existing data, and only with
 * {@code -Dyangguang.demo=true} (which the run command and the integration tests set).
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "OfficialSchedules"})
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    public static final String DEMO_PASSWORD = "demo";
    /** The demo accounts in the order the README lists them. */
    public static final List<String> DEMO_USERS = List.of("office", "clerk", "approver", "supervisor", "editor", "reviewer",
            "api", "clerk2");
    /** The department of the demo clerk and approver. */
    public static final String DEMO_DEPARTMENT = "SCJGJ";

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogSeeder seeder;

    @Inject
    Passwords passwords;

    @Inject
    FileStore files;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    CaseSeeder caseSeeder;

    @Inject
    CalendarService calendars;

    @Inject
    org.yangguang.disclosure.DisclosureSeeder disclosureSeeder;

    @Inject
    org.yangguang.disclosure.ProactiveSeeder proactiveSeeder;

    @Inject
    org.yangguang.interaction.rating.RatingSeeder ratingSeeder;
    // the mailbox (政民互动): a year of letters
    @Inject
    org.yangguang.interaction.letter.LetterSeeder letterSeeder;

    @PostConstruct
    void loadIfEmpty() {
        // Off unless asked for (the README's run command and the tests ask): a production server
        // never gets the demo accounts by accident.
        if (!Boolean.getBoolean("yangguang.demo")) {
            return;
        }
        long departments = em.createQuery("select count(d) from Department d", Long.class).getSingleResult();
        if (departments > 0) {
            addMissingDemoUsers();
            return;
        }
        Instant now = clock.instant();
        JsonObject root = read("demo/catalog.json");
        Map<String, Department> byCode = new HashMap<>();
        for (JsonValue v : root.getJsonArray("departments")) {
            JsonObject o = v.asJsonObject();
            Department d = new Department(o.getString("code"), o.getString("name"));
            d.describe(o.getString("name"), o.getString("address", null), o.getString("phone", null),
                    o.getString("officeHours", null));
            d.abbreviate(o.getString("shortName", null));
            em.persist(d);
            byCode.put(d.getCode(), d);
        }
        LocalDate effective = LocalDate.now(clock).withDayOfYear(1);
        int count = 0;
        for (JsonValue v : root.getJsonArray("matters")) {
            MatterDraft draft = draft(v.asJsonObject());
            seeder.published(draft, byCode.get(draft.getDepartmentCode()), effective, AuditLog.SYSTEM, now);
            count++;
        }
        Department demoDepartment = byCode.getOrDefault(DEMO_DEPARTMENT, byCode.values().iterator().next());
        users(demoDepartment, now);
        pendingChanges(root, demoDepartment, now);
        int cases = cases(demoDepartment);
        int requests = disclosureSeeder.seed(List.copyOf(byCode.values()), 160, 540, LocalDate.now(clock), calendars.current());
        int items = proactiveSeeder.seed(List.copyOf(byCode.values()), 90, 540, LocalDate.now(clock), calendars.current());
        int ratings = ratingSeeder.seedHistory(LocalDate.now(clock), calendars.current(), demoDepartment.getCode());
        int letters = letterSeeder.seed(List.copyOf(byCode.values()), 150, 365, LocalDate.now(clock), calendars.current(),
                em.find(org.yangguang.supervision.SupervisionSettings.class, org.yangguang.supervision.SupervisionSettings.ID).letterLimits());
        audit.recordAs(AuditLog.SYSTEM, "DEMO_DATA_LOAD", "Catalog", "demo", null,
                byCode.size() + "个部门，" + count + "个事项，" + cases + "个办件，" + requests + "件政府信息公开申请，" + items
                + "条主动公开信息，" + ratings + "条好差评，" + letters + "封来信，8个演示用户");
        LOG.info(() -> "Demo data loaded: " + byCode.size() + " departments, " + root.getJsonArray("matters").size()
                + " matters, demo users office/clerk/approver/supervisor/editor/reviewer/api/clerk2 (password demo)");
    }

    /**
     * A few hundred open and recent cases with histories: most in the demo department (the clerk's
     * workbench), the rest spread over the county; and a year of concluded cases behind them, so that
     * the monthly trend and every quarter's scores have something real to show.
     */
    private int cases(Department demoDepartment) {
        em.flush();
        List<MatterVersion> fileable = em.createQuery("select m.currentVersion from Matter m where m.currentVersion is not null"
                + " and not exists (select k from Matter k where k.parent = m)", MatterVersion.class).getResultList();
        List<MatterVersion> own = fileable.stream().filter(v -> v.getMatter().getDepartment().equals(demoDepartment)).toList();
        LocalDate today = LocalDate.now(clock);
        var calendar = calendars.current();
        return caseSeeder.seed(own, 160, today, calendar) + caseSeeder.seed(fileable, 160, today, calendar)
                + caseSeeder.seedHistory(own, 240, today, calendar) + caseSeeder.seedHistory(fileable, 480, today, calendar);
    }

    /**
     * A demo database from an older version lacks the demo accounts added since (the reviewer
     * came with disclosure): they are added, never changed. Only where the demo data was loaded.
     */
    private void addMissingDemoUsers() {
        boolean demoDatabase = !em.createQuery("select a.id from AuditEntry a where a.action = 'DEMO_DATA_LOAD'", Long.class)
                .setMaxResults(1).getResultList().isEmpty();
        Set<String> before = existingUsers();
        if (!demoDatabase || before.containsAll(DEMO_USERS)) return;
        Department dept = em.createQuery("select d from Department d where d.code = :c", Department.class)
                .setParameter("c", DEMO_DEPARTMENT).getResultStream().findFirst().orElse(null);
        if (dept == null) return;
        users(dept, clock.instant());
        Set<String> added = new LinkedHashSet<>(existingUsers());
        added.removeAll(before);
        if (added.isEmpty()) return;
        audit.recordAs(AuditLog.SYSTEM, "DEMO_USERS_ADD", "UserAccount", "demo", null, String.join("、", added));
        LOG.info(() -> "Demo users added to an older demo database: " + added + " (password demo)");
    }

    private Set<String> existingUsers() {
        return new LinkedHashSet<>(em.createQuery("select u.username from UserAccount u where u.username in :names", String.class)
                .setParameter("names", DEMO_USERS).getResultList());
    }

    private void users(Department dept, Instant now) {
        String hash = passwords.hash(DEMO_PASSWORD.toCharArray());
        user("office", "王主任（政务公开办）", hash, null, EnumSet.of(Role.OFFICE_ADMIN), now);
        user("clerk", "李窗口（" + dept.getName() + "）", hash, dept, EnumSet.of(Role.DEPT_CLERK), now);
        user("approver", "张科长（" + dept.getName() + "）", hash, dept, EnumSet.of(Role.DEPT_APPROVER), now);
        user("supervisor", "赵监察（效能办）", hash, null, EnumSet.of(Role.SUPERVISOR), now);
        user("editor", "陈编辑（信息公开）", hash, null, EnumSet.of(Role.DISCLOSURE_EDITOR), now);
        user("reviewer", "孙审查（保密审查）", hash, null, EnumSet.of(Role.DISCLOSURE_REVIEWER), now);
        user("api", "市级平台接口", hash, null, EnumSet.of(Role.API_CLIENT), now);
        // a clerk of another department, for joint cases (联办件) and to see department scoping
        em.createQuery("select d from Department d where d.code <> :c order by d.code", Department.class)
                .setParameter("c", dept.getCode()).setMaxResults(1).getResultStream().findFirst()
                .ifPresent(other -> user("clerk2", "周窗口（" + other.getName() + "）", hash, other, EnumSet.of(Role.DEPT_CLERK), now));
    }

    private void user(String name, String display, String hash, Department d, Set<Role> roles, Instant now) {
        boolean exists = !em.createNamedQuery("UserAccount.findByUsername", UserAccount.class).setParameter("username", name)
                .getResultList().isEmpty();
        if (!exists) em.persist(new UserAccount(name, display, hash, d, roles, now));
    }

    /** Two changes of the demo department's first matters: one waiting for review, one returned. */
    private void pendingChanges(JsonObject root, Department dept, Instant now) {
        var codes = root.getJsonArray("matters").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("department").equals(dept.getCode()) && o.isNull("parentCode"))
                .map(o -> o.getString("implementationCode")).limit(2).toList();
        if (codes.size() < 2) return;
        seeder.change(codes.get(0), DemoData::shortenPromise, "clerk", now, true);
    }

    /**
     * The demo change: one working day off the promised limit, and the steps shortened with it so
     * that they still fit (the office can return the change and the clerk resubmit it as it is).
     */
    static void shortenPromise(MatterDraft d) {
        d.setPromisedValue(Math.max(1, d.getPromisedValue() - 1));
        int over = d.getSteps().stream().mapToInt(MatterDraft.StepLine::getLimitDays).sum() - d.getPromisedValue();
        while (over > 0) {
            var longest = d.getSteps().stream().filter(s -> !s.isReception() && s.getLimitDays() > 0)
                    .max(java.util.Comparator.comparingInt(MatterDraft.StepLine::getLimitDays)).orElse(null);
            if (longest == null) break;
            longest.setLimitDays(longest.getLimitDays() - 1);
            over--;
        }
        d.setChangeNote("压缩承诺时限1个工作日，落实“最多跑一次”改革，相应缩短审查环节时限");
    }

    private MatterDraft draft(JsonObject o) {
        MatterDraft d = new MatterDraft();
        d.setImplementationCode(o.getString("implementationCode"));
        d.setBaseCode(o.getString("baseCode"));
        d.setName(o.getString("name"));
        d.setType(MatterType.valueOf(o.getString("type")));
        d.setLevel(MatterLevel.valueOf(o.getString("level")));
        d.setParentCode(o.isNull("parentCode") ? null : o.getString("parentCode"));
        d.setDepartmentCode(o.getString("department"));
        d.setLegalBasis(o.getString("legalBasis"));
        d.setConditions(o.getString("conditions"));
        JsonObject statutory = o.getJsonObject("statutoryLimit");
        d.setStatutoryValue(statutory.getInt("value"));
        d.setStatutoryUnit(DayUnit.valueOf(statutory.getString("unit")));
        JsonObject promised = o.getJsonObject("promisedLimit");
        d.setPromisedValue(promised.getInt("value"));
        d.setPromisedUnit(DayUnit.valueOf(promised.getString("unit")));
        d.setHandlingKind(HandlingKind.valueOf(o.getString("handlingKind")));
        d.setSpecialProcedures(enums(o.getJsonArray("specialProcedures"), SpecialProcedureType::valueOf));
        d.setOnSiteVisits(o.getInt("onSiteVisits"));
        d.setChannels(enums(o.getJsonArray("channels"), Channel::valueOf));
        boolean first = true;
        for (JsonValue v : o.getJsonArray("materials")) {
            JsonObject m = v.asJsonObject();
            var line = new MatterDraft.MaterialLine();
            line.setName(m.getString("name"));
            line.setForm(MaterialForm.valueOf(m.getString("form")));
            line.setMandatory(m.getBoolean("required"));
            line.setOriginals(m.getInt("originals"));
            line.setCopies(m.getInt("copies"));
            line.setNote(m.getString("note", ""));
            if (first && line.getName().contains("申请")) {
                line.setBlankFormFileId(blankForm(d.getName(), line.getName()).getId());
            }
            first = false;
            d.getMaterials().add(line);
        }
        for (JsonValue v : o.getJsonArray("fees")) {
            JsonObject f = v.asJsonObject();
            var line = new MatterDraft.FeeLine();
            line.setName(f.getString("name"));
            line.setAmount(new BigDecimal(f.getString("amount")));
            line.setLegalBasis(f.getString("legalBasis"));
            line.setReducible(f.getBoolean("reducible"));
            d.getFees().add(line);
        }
        for (JsonValue v : o.getJsonArray("steps")) {
            JsonObject s = v.asJsonObject();
            var line = new MatterDraft.StepLine();
            line.setName(s.getString("name"));
            line.setOffice(s.getString("office"));
            line.setLimitDays(s.getInt("limitDays"));
            line.setKind(org.yangguang.catalog.StepKind.valueOf(s.getString("kind", "HANDLING")));
            d.getSteps().add(line);
        }
        d.setConsultationPhone(o.getString("consultationPhone", null));
        d.setComplaintPhone(o.getString("complaintPhone", null));
        d.setReconsiderationBody(o.getString("reconsiderationBody", null));
        d.setLitigationBody(o.getString("litigationBody", null));
        return d;
    }

    /** A printable blank application form, generated as plain text for the demo. */
    private StoredFile blankForm(String matter, String material) {
        String text = material + "\r\n事项：" + matter + "\r\n\r\n申请人（单位）名称：________________\r\n"
                + "统一社会信用代码/身份证号码：________________\r\n联系人：__________  联系电话：__________\r\n"
                + "申请事项说明：\r\n\r\n\r\n\r\n申请人（签章）：__________    日期：____年__月__日\r\n";
        return files.storeAsSystem(material + ".txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static <E extends Enum<E>> Set<E> enums(JsonArray array, Function<String, E> parse) {
        Set<E> out = new LinkedHashSet<>();
        if (array != null) array.getValuesAs(JsonString.class).forEach(s -> out.add(parse.apply(s.getString())));
        return out;
    }

    private static JsonObject read(String resource) {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(resource);
                JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }
}
