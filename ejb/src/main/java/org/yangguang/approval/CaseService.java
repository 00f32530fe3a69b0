package org.yangguang.approval;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hibernate.Hibernate;
import org.yangguang.approval.command.ActionContext;
import org.yangguang.approval.document.CaseDocument;
import org.yangguang.approval.document.CaseDocuments;
import org.yangguang.calendar.CalendarService;
import org.yangguang.calendar.WorkingCalendar;
import org.yangguang.catalog.Channel;
import org.yangguang.catalog.Matter;
import org.yangguang.catalog.MatterRepository;
import org.yangguang.catalog.MatterVersion;
import org.yangguang.organization.Department;
import org.yangguang.security.CurrentUser;
import org.yangguang.security.Role;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.ForbiddenException;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.SystemText;

/**
 * Cases (办件) from receipt to delivery. Department users act only on their own department's
 * cases; the office, supervision and upper-level platforms read all. Every action is checked
 * against the version the user saw and written to the case's timeline.
 */
@Stateless
public class CaseService {
    private static final int RECEIPT_RETRIES = 3;
    static final String AUDIT_TYPE = "ApprovalCase";

    @PersistenceContext
    EntityManager em;

    @Inject
    MatterRepository matters;

    @Inject
    org.yangguang.organization.DepartmentRepository departments;

    @Inject
    CalendarService calendars;

    @Inject
    ReceiptNumbers receiptNumbers;

    @Inject
    org.yangguang.files.FileStore files;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    org.yangguang.audit.AuditLog audit;

    /** Electronic supervision listens: the violations an action records become findings at once. */
    @Inject
    jakarta.enterprise.event.Event<CaseActed> acted;

    @Inject
    CaseActions actions;

    @Inject
    CaseDocuments documents;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext session;

    // ------------------------------------------------------------------ receipt

    /** At the window (or by an agent, or pushed by an upper-level platform). */
    @RolesAllowed({Role.DEPT_CLERK_NAME, Role.API_CLIENT_NAME})
    public ApprovalCase receive(@NotNull @Valid NewCase application) {
        MatterVersion version = matterInForce(application.getImplementationCode());
        if (!currentUser.isCallerIn(Role.API_CLIENT)) {
            currentUser.requireActsFor(version.getMatter().getDepartment());
        }
        ReceiptChannel channel = currentUser.isCallerIn(Role.API_CLIENT) ? ReceiptChannel.API
                : application.getAgentName() == null || application.getAgentName().isBlank() ? ReceiptChannel.WINDOW
                : ReceiptChannel.AGENT;
        return store(version, application, List.of(), channel, currentUser.username(),
                application.getComment() == null || application.getComment().isBlank() ? null
                        : SystemText.of("text.literal", application.getComment().trim()));
    }

    /** 网上申报 from the public portal, for matters that accept online applications. */
    @PermitAll
    public ApprovalCase receiveOnline(@NotNull @Valid NewCase application, @NotNull List<ApplicantUpload> uploads) {
        MatterVersion version = matterInForce(application.getImplementationCode());
        if (!version.getChannels().contains(Channel.ONLINE)) {
            throw new ConflictException(SystemText.of("case.notOnline"));
        }
        // nothing is ticked as received online: the uploads wait for the clerk's check
        NewCase declared = new NewCase();
        declared.setImplementationCode(application.getImplementationCode());
        declared.setApplicant(application.getApplicant());
        for (ApplicantUpload u : uploads) {
            var material = version.getMaterials().stream().filter(m -> m.getName().equals(u.material())).findFirst()
                    .orElseThrow(() -> new InvalidInputException(SystemText.of("case.noSuchMaterial", u.material())));
            if (!material.getForm().submittedByApplicant()) {
                throw new InvalidInputException(SystemText.of("case.materialShared", u.material()));
            }
        }
        SystemText uploaded = uploads.isEmpty() ? SystemText.of("case.comment.nothingUploaded")
                : SystemText.of("case.comment.uploaded", SystemText.literals(uploads.stream().map(ApplicantUpload::material).toList()));
        return store(version, declared, uploads, ReceiptChannel.ONLINE, "online", uploaded);
    }

    /** @param remark what the receipt's timeline entry adds to 收件（channel）, or null */
    private ApprovalCase store(MatterVersion version, NewCase application, List<ApplicantUpload> uploads,
            ReceiptChannel channel, String by, SystemText remark) {
        if (version.getMatter().getLevel() != org.yangguang.catalog.MatterLevel.HANDLING
                && !matters.publishedChildren(version.getMatter()).isEmpty()) {
            throw new InvalidInputException(SystemText.of("case.chooseHandlingItem"));
        }
        LocalDate today = LocalDate.now(clock);
        String number = nextReceiptNumber(today);
        ApprovalCase c = new ApprovalCase(number, ReceiptNumbers.queryCode(), version, channel,
                application.getApplicant(), blankToNull(application.getAgentName()), application.getReceivedMaterials(),
                clock.instant(), today, by, calendars.current());
        em.persist(c);
        for (ApplicantUpload upload : uploads) {
            // an online applicant's files: kept with the material, ticked only when the clerk checks them
            org.yangguang.files.StoredFile file = files.storeFromApplicant(upload.fileName(), upload.content());
            c.getCheck().attachUpload(upload.material(), file.getId()); // waits for the clerk's check
        }
        SystemText received = SystemText.of("case.comment.received", channel);
        actions.received(c, context(by, null), remark == null ? received : SystemText.of("text.with", received, remark));
        audit.recordAs(by, "CASE_RECEIVE", AUDIT_TYPE, number, null, c.getMatterName() + "，" + channel.label());
        return initialized(c);
    }

    private String nextReceiptNumber(LocalDate today) {
        for (int attempt = 1; ; attempt++) {
            try {
                return receiptNumbers.next(today);
            } catch (ReceiptNumbers.SequenceRaceException e) {
                if (attempt >= RECEIPT_RETRIES) throw new ConflictException(SystemText.of("case.receiptBusy"));
            }
        }
    }

    private MatterVersion matterInForce(String implementationCode) {
        Matter matter = matters.find(implementationCode == null ? "" : implementationCode)
                .filter(Matter::isPublished)
                .orElseThrow(() -> new InvalidInputException(SystemText.of("case.matterNotPublished", implementationCode)));
        return matter.getCurrentVersion();
    }

    // ------------------------------------------------------------------ actions

    @RolesAllowed({Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public ApprovalCase act(@NotBlank String receiptNumber, @NotNull CaseAction action, @NotNull @Valid ActionRequest r) {
        ApprovalCase c = wholeCase(receiptNumber);
        LocalDate today = LocalDate.now(clock);
        // who may act first (a stranger learns nothing of the case's state), then the version seen
        CaseTransitions.Verdict verdict = CaseTransitions.check(c, action, caller(), today);
        if (!verdict.allowed() && verdict.byWho()) verdict.orThrow();
        if (r.getVersion() == null) {
            throw new InvalidInputException("version", SystemText.of("case.versionMissing"));
        }
        if (r.getVersion() != c.getVersion()) {
            throw new ConflictException(SystemText.of("case.changedByOthers", c.getStatus()));
        }
        verdict.orThrow();
        String me = currentUser.username();
        String before = c.getStatus().label();
        int violationsBefore = c.getViolations().size();
        CaseActions.Performed done = actions.perform(c, action, r, context(me, currentUser.department()));
        acted.fire(new CaseActed(c, action, violationsBefore, me, today));
        // the reason the actor gave goes into the audit trail too (a second correction notice must say why)
        audit.record("CASE_" + action.name(), AUDIT_TYPE, c.getReceiptNumber(), before, c.getStatus().label()
                + (done.publicNote() == null ? "" : "：" + done.publicNote().chinese())
                + (r.getReason() == null || r.getReason().isBlank() ? "" : "；理由：" + r.getReason().trim()));
        return initialized(c);
    }

    /**
     * The document an action would issue if taken now with this request, for the approver to read
     * before 确认: its title, full text and the next 文号 of its sequence. Checked like the action
     * itself; the case is changed only in memory and the transaction is rolled back, so nothing is
     * stored and no number is taken. Null if the action issues no document.
     */
    @RolesAllowed({Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public CaseDocument preview(@NotBlank String receiptNumber, @NotNull CaseAction action, @NotNull @Valid ActionRequest r) {
        ApprovalCase c = wholeCase(receiptNumber);
        LocalDate today = LocalDate.now(clock);
        CaseTransitions.check(c, action, caller(), today).orThrow();
        if (r.getVersion() != null && r.getVersion() != c.getVersion()) {
            throw new ConflictException(SystemText.of("case.changedByOthers", c.getStatus()));
        }
        try {
            return actions.preview(c, action, r, context(currentUser.username(), currentUser.department()));
        } finally {
            // whatever the preview changed is never stored (marked only now: a transaction marked for
            // rollback refuses any further statement, and the preview still reads the calendar)
            session.setRollbackOnly();
        }
    }

    /** The actions the caller may take on the case now (the page's buttons, the API's {@code allowedActions}). */
    @RolesAllowed({Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME,
            Role.API_CLIENT_NAME})
    public List<CaseAction> allowedActions(@NotNull ApprovalCase c) {
        return CaseTransitions.allowed(c, caller(), LocalDate.now(clock));
    }

    /**
     * A case with what the API answers with it: the caller's actions, the documents, today's
     * calendar. Read (or changed) and shown in one transaction, not one for the change and one for
     * the answer.
     */
    public record Shown(ApprovalCase approvalCase, List<CaseAction> allowed, List<CaseDocument> documents,
            WorkingCalendar calendar) implements java.io.Serializable {}

    /** {@link #receive(NewCase)}, answered as {@link Shown}. */
    @RolesAllowed({Role.DEPT_CLERK_NAME, Role.API_CLIENT_NAME})
    public Shown receiveAndShow(@NotNull @Valid NewCase application) {
        return shown(receive(application));
    }

    /** {@link #act(String, CaseAction, ActionRequest)}, answered as {@link Shown}. */
    @RolesAllowed({Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public Shown actAndShow(@NotBlank String receiptNumber, @NotNull CaseAction action, @NotNull @Valid ActionRequest r) {
        return shown(act(receiptNumber, action, r));
    }

    /** {@link #find(String)}, answered as {@link Shown}. */
    @RolesAllowed({Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME,
            Role.API_CLIENT_NAME})
    public Shown findAndShow(@NotBlank String receiptNumber) {
        return shown(find(receiptNumber));
    }

    /** The case a page shows, with {@link Shown}. */
    @RolesAllowed({Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME,
            Role.API_CLIENT_NAME})
    public Shown shown(@NotNull ApprovalCase c) {
        requireVisible(c);
        return new Shown(c, CaseTransitions.allowed(c, caller(), LocalDate.now(clock)), documents.of(c), calendars.current());
    }

    /** The documents issued on a case the caller may see, oldest first. */
    @RolesAllowed({Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME,
            Role.API_CLIENT_NAME})
    public List<CaseDocument> documents(@NotBlank String receiptNumber) {
        ApprovalCase c = byReceiptNumber(receiptNumber);
        requireVisible(c);
        return documents.of(c);
    }

    @RolesAllowed({Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME,
            Role.API_CLIENT_NAME})
    public CaseDocument document(@NotBlank String receiptNumber, long id) {
        ApprovalCase c = byReceiptNumber(receiptNumber);
        requireVisible(c);
        return documents.find(c, id).orElseThrow(() -> new NotFoundException(SystemText.of("case.noSuchDocument")));
    }

    /** The documents issued to the applicant, opened with the receipt number and the query code. */
    @PermitAll
    public List<CaseDocument> documentsForApplicant(@NotBlank String receiptNumber, @NotBlank String queryCode) {
        return documents.of(forApplicant(receiptNumber, queryCode));
    }

    /** A document as the applicant opens it, with the receipt number and the query code. */
    @PermitAll
    public CaseDocument documentForApplicant(@NotBlank String receiptNumber, @NotBlank String queryCode, long id) {
        ApprovalCase c = forApplicant(receiptNumber, queryCode);
        return documents.find(c, id).orElseThrow(() -> new NotFoundException(SystemText.of("case.noSuchDocument")));
    }

    private Caller caller() {
        Department d = currentUser.department();
        boolean approver = currentUser.isCallerIn(Role.DEPT_APPROVER);
        return new Caller(currentUser.username(), d == null ? null : d.getCode(),
                approver || currentUser.isCallerIn(Role.DEPT_CLERK), approver);
    }

    private ActionContext context(String actor, Department actorDepartment) {
        return new ActionContext(LocalDate.now(clock), clock.instant(), calendars.current(), actor, actorDepartment,
                directory, null);
    }

    /** Departments and colleagues for the commands. */
    private final ActionContext.Directory directory = new ActionContext.Directory() {
        @Override
        public java.util.Optional<Department> department(String code) {
            return departments.find(code);
        }

        @Override
        public boolean isColleague(String username, Department d) {
            return em.createQuery("select count(u) from UserAccount u where u.username = :u and u.department = :d"
                    + " and u.enabled = true", Long.class).setParameter("u", username)
                    .setParameter("d", d).getSingleResult() > 0;
        }
    };

    /**
     * A material handed in as a file: stored (type and size checked, not public), ticked on the
     * checklist, and recorded on the timeline with the file.
     */
    @RolesAllowed({Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public ApprovalCase attachMaterial(@NotBlank String receiptNumber, @NotBlank String material, @NotBlank String fileName,
            @NotNull byte[] content, int expectedVersion) {
        ApprovalCase c = ownCase(receiptNumber);
        if (c.getVersion() != expectedVersion) {
            throw new ConflictException(SystemText.of("case.changedByOthersPlain"));
        }
        if (!c.getStatus().isOpen()) {
            throw new ConflictException(SystemText.of("case.closedForUploads", c.getStatus()));
        }
        org.yangguang.files.StoredFile file = files.storePrivate(fileName, content);
        c.getCheck().markReceived(material, file.getId()); // checked by the clerk who uploads it
        em.persist(new CaseEvent(c, clock.instant(), currentUser.username(), "ATTACH_MATERIAL",
                SystemText.of("case.comment.materialUploaded", material, file.getFileName()), null, file.getId()));
        audit.record("CASE_ATTACH_MATERIAL", AUDIT_TYPE, receiptNumber, null, material + "：" + file.getFileName());
        return initialized(c);
    }

    /** A file of a case the caller may see: a material or a timeline attachment. */
    @RolesAllowed({Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME})
    public org.yangguang.files.StoredFile caseFile(@NotBlank String receiptNumber, long fileId) {
        ApprovalCase c = byReceiptNumber(receiptNumber);
        requireVisible(c);
        boolean belongs = c.getMaterials().stream().anyMatch(m -> Long.valueOf(fileId).equals(m.getFileId()))
                || events(c).stream().anyMatch(e -> Long.valueOf(fileId).equals(e.getFileId()));
        if (!belongs) throw new NotFoundException(SystemText.of("case.fileNotOfCase"));
        return files.file(fileId).orElseThrow(() -> new NotFoundException(SystemText.of("file.notFound")));
    }

    // ------------------------------------------------------------------ reading

    @RolesAllowed({Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME,
            Role.API_CLIENT_NAME})
    public ApprovalCase find(@NotBlank String receiptNumber) {
        ApprovalCase c = wholeCase(receiptNumber);
        requireVisible(c);
        return initialized(c);
    }

    @RolesAllowed({Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME,
            Role.API_CLIENT_NAME})
    public List<CaseEvent> timeline(@NotBlank String receiptNumber) {
        ApprovalCase c = byReceiptNumber(receiptNumber);
        requireVisible(c);
        return events(c);
    }

    /** Public tracking: the receipt number and the query code from the receipt slip. */
    @PermitAll
    public PublicCaseView track(@NotBlank String receiptNumber, @NotBlank String queryCode) {
        ApprovalCase c = whole(receiptNumber.trim())
                .filter(x -> x.getQueryCode().equalsIgnoreCase(queryCode.trim()))
                // the same answer for an unknown number and a wrong code: nothing to probe
                .orElseThrow(() -> new NotFoundException(SystemText.of("case.wrongNumberOrCode")));
        return PublicCaseView.of(initialized(c), events(c), documents.of(c), calendars.current(), LocalDate.now(clock));
    }

    /** The case for documents addressed to the applicant, opened with the query code. */
    @PermitAll
    public ApprovalCase forApplicant(@NotBlank String receiptNumber, @NotBlank String queryCode) {
        return whole(receiptNumber.trim())
                .filter(x -> x.getQueryCode().equalsIgnoreCase(queryCode.trim()))
                .map(CaseService::initialized)
                .orElseThrow(() -> new NotFoundException(SystemText.of("case.wrongNumberOrCode")));
    }

    @PermitAll
    public WorkingCalendar calendar() {
        return calendars.current();
    }

    // ------------------------------------------------------------------ helpers

    private ApprovalCase ownCase(String receiptNumber) {
        ApprovalCase c = byReceiptNumber(receiptNumber);
        Department own = currentUser.department();
        if (own == null || !c.isOfDepartment(own)) {
            throw new ForbiddenException(SystemText.of("case.ownDepartmentOnly"));
        }
        return c;
    }

    /** The enabled users of the case's department, to assign the next step to. */
    @RolesAllowed({Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public List<org.yangguang.security.UserAccount> colleagues(@NotBlank String receiptNumber) {
        ApprovalCase c = ownCase(receiptNumber);
        return em.createQuery("select u from UserAccount u where u.department = :d and u.enabled = true order by u.username",
                org.yangguang.security.UserAccount.class).setParameter("d", c.getDepartment()).getResultList();
    }

    private void requireVisible(ApprovalCase c) {
        if (currentUser.seesOwnCasesOnly()) {
            Department own = currentUser.department();
            if (own == null || !(c.isOfDepartment(own) || c.isJointPartner(own))) {
                throw new ForbiddenException(SystemText.of("case.ownDepartmentReadOnly"));
            }
        }
    }

    /**
     * The case with all its collections, for what changes or shows it whole: three statements
     * (see {@code ApprovalCase.wholeByReceiptNumber}) where loading each lazy collection took eight.
     */
    private ApprovalCase wholeCase(String receiptNumber) {
        return whole(receiptNumber).orElseThrow(() -> new NotFoundException(SystemText.of("case.notFound", receiptNumber)));
    }

    private Optional<ApprovalCase> whole(String receiptNumber) {
        Optional<ApprovalCase> found = em.createNamedQuery("ApprovalCase.wholeByReceiptNumber", ApprovalCase.class)
                .setParameter("receiptNumber", receiptNumber).getResultStream().findFirst();
        found.ifPresent(c -> {
            em.createNamedQuery("ApprovalCase.fetchMaterials", ApprovalCase.class).setParameter("c", c).getResultList();
            em.createNamedQuery("ApprovalCase.fetchTheRest", ApprovalCase.class).setParameter("c", c).getResultList();
        });
        return found;
    }

    private ApprovalCase byReceiptNumber(String receiptNumber) {
        return em.createNamedQuery("ApprovalCase.findByReceiptNumber", ApprovalCase.class)
                .setParameter("receiptNumber", receiptNumber).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(SystemText.of("case.notFound", receiptNumber)));
    }

    private List<CaseEvent> events(ApprovalCase c) {
        return em.createQuery("select e from CaseEvent e where e.approvalCase = :c order by e.occurredAt, e.id",
                CaseEvent.class).setParameter("c", c).getResultList();
    }

    /**
     * The case leaves the transaction whole for the page or the API that shows it: its collections
     * are lazy (batch-fetched) so that lists and bulk work never load them.
     */
    private static ApprovalCase initialized(ApprovalCase c) {
        Hibernate.initialize(c.getDepartment());
        Hibernate.initialize(c.getMatterVersion());
        Hibernate.initialize(c.getMatter());
        c.getViolations();
        c.getSteps();
        c.getMaterials();
        c.getStops();
        c.getFeeBill().getFees();
        c.getJoint().getParts();
        return c;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
