package org.yangguang.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.yangguang.audit.AuditLog;
import org.yangguang.organization.Department;
import org.yangguang.organization.DepartmentRepository;
import org.yangguang.security.CurrentUser;
import org.yangguang.security.Role;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.EnteredDate;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.Page;
import org.yangguang.shared.PageRequest;
import org.yangguang.shared.SystemText;

/**
 * The catalog of matters (事项目录): departments draft new matters and changes, the office reviews
 * and publishes them; the public reads only the published version in force.
 */
@Stateless
public class CatalogService {
    static final String AUDIT_TYPE = "Matter";

    @Inject
    MatterRepository matters;

    @Inject
    DepartmentRepository departments;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    // ---- reading: the public guide and the API ------------------------------------------------

    @PermitAll
    public Page<MatterSummary> searchPublished(@NotNull MatterQuery query, @NotNull PageRequest page) {
        return matters.search(query.onlyPublished(), page);
    }

    /** The version in force of a published matter, with its department. */
    @PermitAll
    public MatterVersion published(@NotBlank String implementationCode) {
        Matter matter = matters.find(implementationCode)
                .filter(Matter::isPublished)
                .orElseThrow(() -> new NotFoundException(SystemText.of("catalog.notPublished", implementationCode)));
        return initialized(matter.getCurrentVersion());
    }

    /** Published sub-items and handling items of a matter, for the guide. */
    @PermitAll
    public List<MatterSummary> publishedChildren(@NotBlank String implementationCode) {
        Matter parent = matters.find(implementationCode).orElseThrow(() -> notFound(implementationCode));
        return matters.publishedChildren(parent).stream()
                .map(m -> new MatterSummary(m.getImplementationCode(), m.getBaseCode(), m.getName(), m.getType(),
                        m.getLevel(), m.getDepartment().getCode(), m.getDepartment().getName(),
                        m.getCurrentVersion().getNumber(), m.getCurrentVersion().getStatutoryLimit(),
                        m.getCurrentVersion().getPromisedLimit(), m.getCurrentVersion().getHandlingKind(), null, null))
                .toList();
    }

    // ---- reading: staff ------------------------------------------------------------------------

    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME, Role.SUPERVISOR_NAME,
            Role.DISCLOSURE_EDITOR_NAME})
    public Page<MatterSummary> searchAll(@NotNull MatterQuery query, @NotNull PageRequest page) {
        String draftsOf = currentUser.draftsOf();
        Page<MatterSummary> found = matters.search(query.withUnpublishedOnlyOf(draftsOf), page);
        return new Page<>(matters.withOpenDrafts(found.items()).stream()
                .map(r -> draftsOf == null || draftsOf.equals(r.departmentCode()) ? r : r.withOpenDraft(null, null))
                .toList(), found.total());
    }

    /** Whether the caller may read this matter's unpublished versions: the office and the own department. */
    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME, Role.SUPERVISOR_NAME,
            Role.DISCLOSURE_EDITOR_NAME, Role.API_CLIENT_NAME})
    public boolean mayReadDrafts(Matter matter) {
        String draftsOf = currentUser.draftsOf();
        return draftsOf == null || draftsOf.equals(matter.getDepartment().getCode());
    }

    /** Every version of a matter, newest first (published ones and the open draft). */
    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME, Role.SUPERVISOR_NAME,
            Role.DISCLOSURE_EDITOR_NAME, Role.API_CLIENT_NAME})
    public List<MatterVersion> history(@NotBlank String implementationCode) {
        Matter matter = matters.find(implementationCode).orElseThrow(() -> notFound(implementationCode));
        boolean drafts = mayReadDrafts(matter);
        return matters.history(matter).stream().filter(v -> v.getStatus() != VersionStatus.WITHDRAWN)
                .filter(v -> drafts || v.getStatus() == VersionStatus.PUBLISHED).toList();
    }

    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME, Role.SUPERVISOR_NAME,
            Role.DISCLOSURE_EDITOR_NAME, Role.API_CLIENT_NAME})
    public MatterVersion version(long versionId) {
        // another department's draft does not exist for the caller
        return initialized(matters.version(versionId)
                .filter(v -> v.getStatus() == VersionStatus.PUBLISHED || mayReadDrafts(v.getMatter()))
                .orElseThrow(() -> new NotFoundException(SystemText.of("catalog.noSuchVersion", versionId))));
    }

    /** What changed from one version to another, field by field. */
    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME, Role.SUPERVISOR_NAME,
            Role.DISCLOSURE_EDITOR_NAME, Role.API_CLIENT_NAME})
    public List<FieldChange> compare(long olderVersionId, long newerVersionId) {
        return FieldChange.between(version(olderVersionId).describe(), version(newerVersionId).describe());
    }

    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public Page<MatterVersion> reviewQueue(@NotNull PageRequest page) {
        Department scope = currentUser.isOffice() ? null : currentUser.department();
        return matters.versionsInStatus(VersionStatus.SUBMITTED, scope, page);
    }

    // ---- drafting: departments (and the office) -----------------------------------------------

    /** A department drafts a new matter. The implementation code must be new. */
    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME})
    public MatterVersion draftNew(@NotNull @Valid MatterDraft draft) {
        if (matters.find(draft.getImplementationCode()).isPresent()) {
            throw new ConflictException(SystemText.of("catalog.codeExists", draft.getImplementationCode()));
        }
        Department department = departments.find(draft.getDepartmentCode())
                .orElseThrow(() -> new InvalidInputException(SystemText.of("catalog.noSuchDepartment", draft.getDepartmentCode())));
        currentUser.requireActsFor(department);
        Matter parent = parentOf(draft, department);
        Matter matter = new Matter(draft, parent, department);
        matters.add(matter);
        MatterVersion version = new MatterVersion(matter, draft, currentUser.username(), clock.instant());
        matters.add(version);
        audit.record("MATTER_DRAFT", AUDIT_TYPE, matter.getImplementationCode(), null, version.summary());
        return initialized(version);
    }

    /** Starts a change of a published matter: a new draft holding a copy of the version in force. */
    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME})
    public MatterVersion startChange(@NotBlank String implementationCode) {
        Matter matter = matters.find(implementationCode).orElseThrow(() -> notFound(implementationCode));
        currentUser.requireActsFor(matter.getDepartment());
        Optional<MatterVersion> open = matters.openDraftOf(matter);
        if (open.isPresent()) {
            return open.get();
        }
        if (!matter.isPublished()) {
            throw new ConflictException(SystemText.of("catalog.editDraftInstead"));
        }
        MatterDraft copy = matter.getCurrentVersion().toDraft();
        MatterVersion version = new MatterVersion(matter, copy, currentUser.username(), clock.instant());
        matters.add(version);
        audit.record("MATTER_CHANGE_START", AUDIT_TYPE, implementationCode, null, "基于" + matter.getCurrentVersion().label());
        return initialized(version);
    }

    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME})
    public MatterVersion saveDraft(long versionId, @NotNull @Valid MatterDraft draft, int expectedVersion) {
        MatterVersion version = editable(versionId, expectedVersion);
        Matter matter = version.getMatter();
        if (!matter.getImplementationCode().equals(draft.getImplementationCode())
                || !matter.getDepartment().getCode().equals(draft.getDepartmentCode())) {
            throw new InvalidInputException(SystemText.of("catalog.codeAndDepartmentFixed"));
        }
        checkRules(draft, matter.getParent() == null ? null : matter.getParent().getLevel());
        String before = version.summary();
        version.edit(draft);
        audit.record("MATTER_DRAFT_SAVE", AUDIT_TYPE, matter.getImplementationCode(), before, version.summary());
        return initialized(version);
    }

    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME})
    public MatterVersion submit(long versionId, int expectedVersion) {
        MatterVersion version = editable(versionId, expectedVersion);
        checkRules(version.toDraft(), levelOfParent(version.getMatter()));
        version.submit(currentUser.username(), clock.instant());
        audit.record("MATTER_SUBMIT", AUDIT_TYPE, version.getMatter().getImplementationCode(), "草稿", "待审核");
        return initialized(version);
    }

    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME})
    public MatterVersion withdraw(long versionId, int expectedVersion) {
        MatterVersion version = loadChecked(versionId, expectedVersion);
        currentUser.requireActsFor(version.getMatter().getDepartment());
        String before = version.getStatus().label();
        version.withdraw();
        audit.record("MATTER_WITHDRAW", AUDIT_TYPE, version.getMatter().getImplementationCode(), before, "已撤回");
        return initialized(version);
    }

    // ---- review: the office -------------------------------------------------------------------

    /**
     * Publishes a submitted version as the next numbered version. It takes effect at once if the
     * effective date is today, otherwise on that date (the nightly activation job).
     */
    @RolesAllowed(Role.OFFICE_ADMIN_NAME)
    public MatterVersion publish(long versionId, @NotNull @EnteredDate(future = true) LocalDate effectiveDate, int expectedVersion) {
        LocalDate today = LocalDate.now(clock);
        if (effectiveDate.isBefore(today)) {
            throw new InvalidInputException(SystemText.of("catalog.effectiveBeforeToday", today));
        }
        MatterVersion version = loadChecked(versionId, expectedVersion);
        Matter matter = version.getMatter();
        String before = matter.isPublished() ? matter.getCurrentVersion().summary() : null;
        version.publish(matters.nextVersionNumber(matter), effectiveDate, currentUser.username(), clock.instant());
        if (!effectiveDate.isAfter(today)) {
            matter.makeCurrent(version);
        }
        audit.record("MATTER_PUBLISH", AUDIT_TYPE, matter.getImplementationCode(), before,
                version.label() + "，生效日期 " + effectiveDate + "\n" + version.summary());
        return initialized(version);
    }

    @RolesAllowed(Role.OFFICE_ADMIN_NAME)
    public MatterVersion returnDraft(long versionId,
            @NotBlank(message = "{yangguang.catalog.reason.required}") @jakarta.validation.constraints.Size(max = 500, message = "{yangguang.catalog.reason.size}") String reason,
            int expectedVersion) {
        MatterVersion version = loadChecked(versionId, expectedVersion);
        version.returnToDepartment(reason, currentUser.username(), clock.instant());
        audit.record("MATTER_RETURN", AUDIT_TYPE, version.getMatter().getImplementationCode(), "待审核",
                "已退回：" + reason);
        return initialized(version);
    }

    /** Makes published versions whose effective date has come the version in force. */
    @PermitAll
    public int activateDueVersions() {
        List<MatterVersion> due = new ArrayList<>(matters.dueForActivation(LocalDate.now(clock)));
        due.sort(Comparator.comparing(MatterVersion::getNumber));
        for (MatterVersion v : due) {
            v.getMatter().makeCurrent(v);
            audit.recordAs(AuditLog.SYSTEM, "MATTER_ACTIVATE", AUDIT_TYPE, v.getMatter().getImplementationCode(), null,
                    v.label() + " 生效");
        }
        return due.size();
    }

    // ---- helpers -------------------------------------------------------------------------------

    private MatterVersion editable(long versionId, int expectedVersion) {
        MatterVersion version = loadChecked(versionId, expectedVersion);
        currentUser.requireActsFor(version.getMatter().getDepartment());
        if (!version.getStatus().isEditable()) {
            throw new ConflictException(SystemText.of("catalog.notEditable", version.getStatus()));
        }
        return initialized(version);
    }

    private MatterVersion loadChecked(long versionId, int expectedVersion) {
        MatterVersion version = matters.version(versionId)
                .orElseThrow(() -> new NotFoundException(SystemText.of("catalog.noSuchVersion", versionId)));
        if (version.getVersion() != expectedVersion) {
            throw new ConflictException(SystemText.of("catalog.changedByOthers", version.getStatus()));
        }
        return initialized(version);
    }

    private Matter parentOf(MatterDraft draft, Department department) {
        Matter parent = null;
        if (draft.getParentCode() != null) {
            parent = matters.find(draft.getParentCode())
                    .orElseThrow(() -> new InvalidInputException(SystemText.of("catalog.noSuchParent", draft.getParentCode())));
            if (!parent.getDepartment().equals(department)) {
                throw new InvalidInputException(SystemText.of("catalog.parentOfOtherDepartment"));
            }
        }
        checkRules(draft, parent == null ? null : parent.getLevel());
        return parent;
    }

    /** Loads what pages and API views read after the transaction: department, parent, content. */
    private static MatterVersion initialized(MatterVersion v) {
        org.hibernate.Hibernate.initialize(v);
        Matter m = v.getMatter();
        org.hibernate.Hibernate.initialize(m.getDepartment());
        if (m.getParent() != null) org.hibernate.Hibernate.initialize(m.getParent());
        return v;
    }

    private static MatterLevel levelOfParent(Matter matter) {
        return matter.getParent() == null ? null : matter.getParent().getLevel();
    }

    static void checkRules(MatterDraft draft, MatterLevel parentLevel) {
        List<SystemText> errors = CatalogRules.check(draft, parentLevel);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.stream().map(InvalidInputException.Problem::new).toList());
        }
    }

    private static NotFoundException notFound(String code) {
        return new NotFoundException(SystemText.of("catalog.noSuchMatter", code));
    }
}
