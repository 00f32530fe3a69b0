package org.yangguang.interaction.letter;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.yangguang.approval.ReceiptNumbers;
import org.yangguang.audit.AuditEntry;
import org.yangguang.audit.AuditLog;
import org.yangguang.files.FileStore;
import org.yangguang.files.StoredFile;
import org.yangguang.calendar.CalendarService;
import org.yangguang.calendar.Deadline;
import org.yangguang.organization.Department;
import org.yangguang.security.CurrentUser;
import org.yangguang.security.Role;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.Like;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.Page;
import org.yangguang.shared.PageRequest;
import org.yangguang.shared.SystemText;
import org.yangguang.supervision.Complaint;
import org.yangguang.supervision.ComplaintService;
import org.yangguang.supervision.NewComplaint;
import org.yangguang.supervision.SupervisionSettingsService;

/**
 * The mailbox (政民互动): a letter written on the portal or through the API gets a number and a
 * query code (as complaints and disclosure requests do, on the same sequences), and its answer
 * deadline by its category's limit on the calendar; the writer tracks it with them. The office
 * routes each letter to a department or handles it itself; the handler answers, and may transfer
 * it once and extend its limit once ({@link LetterTransitions}). Who sees what: the office and the
 * supervision office every letter; a department the letters it handles (never a 举报, which stays
 * with the office). Every step is audited; the audit trail is the letter's history.
 */
@Stateless
public class LetterService {
    static final String AUDIT_TYPE = "Letter";
    /** Letters are numbered XX (信箱) + county code + day + sequence, e.g. XX330399-20261207-000001. */
    static final String NUMBER_KIND = "XX";

    @PersistenceContext
    EntityManager em;

    @Inject
    ReceiptNumbers numbers;

    @Inject
    AuditLog audit;

    @Inject
    CalendarService calendars;

    @Inject
    SupervisionSettingsService settings;

    @Inject
    CurrentUser currentUser;

    @Inject
    ComplaintService complaints;

    @Inject
    Clock clock;

    @Inject
    FileStore files;

    /** From the public portal or the API: received the day the system receives it. */
    @PermitAll
    public Letter write(@NotNull @Valid NewLetter form) {
        Department mailbox = mailboxOf(form.getMailbox());
        LocalDate today = LocalDate.now(clock);
        Deadline due = limits().answerDue(calendars.current(), today, form.getCategory());
        Letter letter = new Letter(numbers.next(NUMBER_KIND, today), ReceiptNumbers.queryCode(),
                mailbox == null ? null : mailbox.getId(), form, clock.instant(), today, due);
        em.persist(letter);
        // no personal data and no content in the trail: a 举报 stays with those who may read it
        audit.recordAs("online", "LETTER_RECEIVE", AUDIT_TYPE, letter.getNumber(), null,
                (mailbox == null ? "县长信箱" : mailbox.getName() + "信箱") + "，" + letter.getCategory().label()
                        + "，答复期限 " + letter.getAnswerDue());
        return letter;
    }

    /** The writer's view of the letter; the same answer for an unknown number and a wrong code. */
    @PermitAll
    public PublicLetterView track(@NotBlank String number, @NotBlank String queryCode) {
        Letter l = withCode(number, queryCode);
        Complaint complaint = l.getComplaintId() == null ? null : em.find(Complaint.class, l.getComplaintId());
        if (l.isToCountyHead()) return PublicLetterView.of(l, Letter.COUNTY_HEAD, null, complaint, attachments(l));
        Department d = em.find(Department.class, l.getMailboxDepartmentId());
        return PublicLetterView.of(l, d.getCode(), d.getName(), complaint, attachments(l));
    }

    // --- attachments (附件) ---

    /**
     * The portal's form: the letter with the files chosen on it, all or nothing (a file refused
     * for its type or size refuses the letter, with the reason, and nothing is saved).
     */
    @PermitAll
    public Letter write(@NotNull @Valid NewLetter form, @NotNull List<LetterUpload> uploads) {
        if (uploads.size() > Letter.MAX_ATTACHMENTS) {
            throw new InvalidInputException("attachments", SystemText.of("letter.tooManyAttachments", Letter.MAX_ATTACHMENTS));
        }
        // every file checked before anything is stored, so the message names the first bad one at once
        for (LetterUpload u : uploads) FileStore.validate(u.fileName(), u.content());
        Letter letter = write(form);
        for (LetterUpload u : uploads) attach(letter, u.fileName(), u.content());
        return letter;
    }

    /**
     * The writer attaches a file through the API, with the number and query code, while the
     * letter waits for routing; the same limits as every upload (type, size) and at most
     * {@value Letter#MAX_ATTACHMENTS} files. Answers the letter's attachments.
     */
    @PermitAll
    public List<LetterAttachment> attach(@NotBlank String number, @NotBlank String queryCode, String fileName, byte[] content) {
        Letter l = withCode(number, queryCode);
        l.requireAttachable(1); // before the file is stored: a refused attachment stores nothing
        attach(l, fileName, content);
        return attachments(l);
    }

    /** An attachment of a letter the caller may see (a department's staff: its own letters only). */
    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME, Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public StoredFile attachment(@NotBlank String number, long fileId) {
        Letter l = visible(number);
        if (!l.getAttachmentIds().contains(fileId)) throw new NotFoundException(SystemText.of("letter.attachmentNotFound"));
        return files.file(fileId).orElseThrow(() -> new NotFoundException(SystemText.of("letter.attachmentNotFound")));
    }

    private void attach(Letter l, String fileName, byte[] content) {
        StoredFile f = files.storeFromApplicant(fileName, content);
        l.attach(f.getId());
        audit.recordAs("online", "LETTER_ATTACH", AUDIT_TYPE, l.getNumber(), null, f.getFileName() + "，" + f.getSizeBytes() + " bytes");
    }

    /** The letter's attachments in the writer's order: names, types and sizes, no content loaded. */
    private List<LetterAttachment> attachments(Letter l) {
        List<Long> ids = l.getAttachmentIds();
        if (ids.isEmpty()) return List.of();
        Map<Long, LetterAttachment> byId = new HashMap<>();
        em.createQuery("select new org.yangguang.interaction.letter.LetterAttachment(f.id, f.fileName, f.contentType, f.sizeBytes)"
                + " from StoredFile f where f.id in :ids", LetterAttachment.class).setParameter("ids", ids).getResultList()
                .forEach(a -> byId.put(a.id(), a));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private Letter withCode(String number, String queryCode) {
        return em.createNamedQuery("Letter.findByNumber", Letter.class)
                .setParameter("number", number.trim()).getResultStream()
                .filter(x -> x.getQueryCode().equalsIgnoreCase(queryCode.trim())).findFirst()
                .orElseThrow(() -> new NotFoundException(SystemText.of("letter.wrongNumberOrCode")));
    }

    /** The county head's mailbox (null) or the department whose code is given. */
    private Department mailboxOf(String code) {
        String c = code.trim();
        if (Letter.COUNTY_HEAD.equals(c)) return null;
        return em.createNamedQuery("Department.findByCode", Department.class).setParameter("code", c)
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("mailbox", SystemText.of("letter.noSuchMailbox")));
    }

    // ------------------------------------------------------------------ staff: lists, the letter, its history

    /**
     * The letters the caller may see, newest first: the office and the supervision office all (the
     * office's inbox: {@code status} RECEIVED), a department those it handles.
     */
    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME, Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public Page<LetterRow> list(LetterStatus status, String text, @NotNull PageRequest page) {
        Map<String, Object> p = new HashMap<>();
        StringBuilder w = new StringBuilder(" where 1 = 1");
        Long own = ownDepartment();
        if (own != null) {
            // a department: the letters it handles; a 举报 never reaches a department
            w.append(" and l.handlerDepartmentId = :own and l.category <> :report");
            p.put("own", own);
            p.put("report", LetterCategory.REPORT);
        }
        if (status != null) {
            w.append(" and l.status = :status");
            p.put("status", status);
        }
        if (text != null && !text.isBlank()) {
            w.append(" and (l.number like :t escape '\\' or l.subject like :t escape '\\')");
            p.put("t", Like.contains(text));
        }
        TypedQuery<Letter> q = em.createQuery("select l from Letter l" + w + " order by l.id desc", Letter.class);
        TypedQuery<Long> n = em.createQuery("select count(l) from Letter l" + w, Long.class);
        p.forEach((k, v) -> {
            q.setParameter(k, v);
            n.setParameter(k, v);
        });
        List<Letter> letters = q.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        Map<Long, Department> departments = departments();
        LetterTransitions.Caller caller = caller();
        LocalDate today = LocalDate.now(clock);
        return new Page<>(letters.stream().map(l -> row(l, departments, caller, today)).toList(), n.getSingleResult());
    }

    /** One letter, if the caller may see it (otherwise as if there were none). */
    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME, Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public LetterRow get(@NotBlank String number) {
        return row(visible(number), departments(), caller(), LocalDate.now(clock));
    }

    /** The letter's history: its audit trail, oldest first. */
    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME, Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public List<LetterEvent> history(@NotBlank String number) {
        Letter l = visible(number);
        return em.createQuery("select e from AuditEntry e where e.subjectType = :type and e.subjectKey = :key"
                + " order by e.occurredAt, e.id", AuditEntry.class)
                .setParameter("type", AUDIT_TYPE).setParameter("key", l.getNumber()).getResultStream()
                .map(e -> new LetterEvent(e.getOccurredAt(), e.getActor(), e.getAction(), e.getBefore(), e.getAfter()))
                .toList();
    }

    // ------------------------------------------------------------------ staff: the steps

    /** The input of an action: {@code version} always; the rest as the action needs. */
    public record Input(Integer version, String department, String reason, String answer, String receiptNumber, String text,
            String matter) {}

    /** Any action, by its name in the table (the REST API's dispatch). */
    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public LetterRow act(@NotBlank String number, @NotNull LetterAction action, @NotNull Input in) {
        if (in.version() == null) throw new InvalidInputException("version", SystemText.of("input.versionMissing"));
        int v = in.version();
        return switch (action) {
            case ROUTE -> route(number, v, in.department());
            case COMPLAINT -> complain(number, v, in.department(), in.receiptNumber());
            case TRANSFER -> transfer(number, v, in.department(), in.reason());
            case EXTEND -> extend(number, v, in.reason());
            case ANSWER -> answer(number, v, in.answer());
            case PUBLISH -> publish(number, v, in.text(), in.answer());
            case FAQ -> promoteToFaq(number, v, in.matter());
        };
    }

    /** The office gives the letter to a department (its code), or keeps it to handle itself (no code). */
    @RolesAllowed(Role.OFFICE_ADMIN_NAME)
    public LetterRow route(@NotBlank String number, int version, String departmentCode) {
        return perform(number, version, LetterAction.ROUTE, l -> {
            Department to = departmentCode == null || departmentCode.isBlank() ? null : department(departmentCode, "department");
            l.route(to == null ? null : to.getId(), LocalDate.now(clock), currentUser.username());
            return to == null ? "政务公开领导小组办公室直接办理" : "分办至 " + to.getName();
        });
    }

    /**
     * A 投诉 about a case (its receipt number) or a department (its code) becomes a complaint of the
     * supervision workflow, received the day the letter was; the letter follows the complaint.
     */
    @RolesAllowed(Role.OFFICE_ADMIN_NAME)
    public LetterRow complain(@NotBlank String number, int version, String departmentCode, String receiptNumber) {
        return perform(number, version, LetterAction.COMPLAINT, l -> {
            boolean aboutCase = receiptNumber != null && !receiptNumber.isBlank();
            if (!aboutCase && (departmentCode == null || departmentCode.isBlank())) {
                throw new InvalidInputException("department", SystemText.of("complaint.departmentMissing"));
            }
            NewComplaint about = new NewComplaint();
            about.setName(l.getWriterName());
            about.setPhone(l.getWriterPhone());
            // the letter keeps what was written; the complaint names it
            about.setContent(abbreviate("来信 " + l.getNumber() + "：" + l.getSubject(), 2000));
            if (aboutCase) about.setReceiptNumber(receiptNumber.trim());
            else about.setDepartmentCode(departmentCode.trim());
            Complaint c = complaints.fromLetter(l.getNumber(), l.getReceivedOn(), about);
            l.becameComplaint(c.getId(), LocalDate.now(clock), currentUser.username());
            return "转为投诉 " + c.getNumber();
        });
    }

    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public LetterRow transfer(@NotBlank String number, int version, String departmentCode, String reason) {
        return perform(number, version, LetterAction.TRANSFER, l -> {
            if (departmentCode == null || departmentCode.isBlank()) {
                throw new InvalidInputException("department", SystemText.of("letter.departmentMissing"));
            }
            Department to = department(departmentCode, "department");
            l.transfer(to.getId(), reason, LocalDate.now(clock), currentUser.username());
            return "转办至 " + to.getName() + "：" + l.getTransferReason();
        });
    }

    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public LetterRow extend(@NotBlank String number, int version, String reason) {
        return perform(number, version, LetterAction.EXTEND, l -> {
            LetterLimits limits = limits();
            l.extend(limits.extension(), limits.extendedDue(calendars.current(), l.getAnswerDue()), reason,
                    LocalDate.now(clock), currentUser.username());
            return "延期" + l.getExtensionDays() + "个工作日，答复期限 " + l.getAnswerDue() + "：" + l.getExtensionReason();
        });
    }

    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public LetterRow answer(@NotBlank String number, int version, String text) {
        return perform(number, version, LetterAction.ANSWER, l -> {
            l.answer(text, LocalDate.now(clock), currentUser.username());
            return "已答复" + (l.isAnsweredLate() ? "（逾期，答复期限 " + l.getAnswerDue() + "）" : "");
        });
    }

    /** The office publishes an answered letter whose writer consented, as it reviewed it (no personal data). */
    @RolesAllowed(Role.OFFICE_ADMIN_NAME)
    public LetterRow publish(@NotBlank String number, int version, String question, String answerText) {
        return perform(number, version, LetterAction.PUBLISH, l -> {
            l.publish(question, answerText, LocalDate.now(clock), currentUser.username());
            return "已公开";
        });
    }

    /**
     * A published letter becomes a frequent question (常见问题) on the guide: of the matter whose
     * implementation code is given, or of the department that answered (no code).
     */
    @RolesAllowed(Role.OFFICE_ADMIN_NAME)
    public LetterRow promoteToFaq(@NotBlank String number, int version, String matterCode) {
        return perform(number, version, LetterAction.FAQ, l -> {
            String code = matterCode == null || matterCode.isBlank() ? null : matterCode.trim();
            if (code != null && em.createQuery("select count(m) from Matter m where m.implementationCode = :c", Long.class)
                    .setParameter("c", code).getSingleResult() == 0) {
                throw new InvalidInputException("matter", SystemText.of("letter.noSuchMatter"));
            }
            l.promoteToFaq(code);
            return code == null ? "列入部门常见问题" : "列入事项常见问题 " + code;
        });
    }

    // ------------------------------------------------------------------ the public: published answers

    /**
     * The frequent questions the guide shows with a matter: the matter's own, then its department's
     * (answered by it), newest first, at most {@code max}.
     */
    @PermitAll
    public List<PublishedLetter> faq(@NotBlank String departmentCode, String matterCode, int max) {
        Department d = em.createNamedQuery("Department.findByCode", Department.class).setParameter("code", departmentCode)
                .getResultStream().findFirst().orElse(null);
        List<Letter> found = em.createQuery("select l from Letter l where l.faq = true and l.publishedOn is not null"
                + " and l.category <> :report and (l.faqMatterCode = :matter or (l.faqMatterCode is null and l.handlerDepartmentId = :dept))"
                + " order by l.publishedOn desc, l.id desc", Letter.class)
                .setParameter("report", LetterCategory.REPORT).setParameter("matter", matterCode == null ? "" : matterCode)
                .setParameter("dept", d == null ? -1L : d.getId()).setMaxResults(Math.max(1, Math.min(max, 50))).getResultList();
        return found.stream().map(l -> new PublishedLetter(l.getId(), l.getCategory(), l.getSubject(), l.getPublishedQuestion(),
                l.getPublishedAnswer(), d != null && d.getId().equals(l.getHandlerDepartmentId()) ? d.getName() : null,
                l.getReceivedOn(), l.getAnsweredOn(), l.getPublishedOn())).toList();
    }

    /** The published answers, newest first; {@code q}: words that must all occur in the subject, letter or answer. */
    @PermitAll
    public Page<PublishedLetter> published(String q, @NotNull PageRequest page) {
        Map<String, Object> p = new HashMap<>();
        StringBuilder w = new StringBuilder(" where l.publishedOn is not null and l.category <> :report");
        p.put("report", LetterCategory.REPORT);
        if (q != null && !q.isBlank()) {
            String[] words = q.trim().split("\\s+");
            for (int i = 0; i < words.length && i < 5; i++) {
                w.append(" and (l.subject like :w").append(i).append(" escape '\\' or l.publishedQuestion like :w").append(i)
                        .append(" escape '\\' or l.publishedAnswer like :w").append(i).append(" escape '\\')");
                p.put("w" + i, Like.contains(words[i]));
            }
        }
        TypedQuery<Letter> rows = em.createQuery("select l from Letter l" + w + " order by l.publishedOn desc, l.id desc", Letter.class);
        TypedQuery<Long> n = em.createQuery("select count(l) from Letter l" + w, Long.class);
        p.forEach((k, v) -> {
            rows.setParameter(k, v);
            n.setParameter(k, v);
        });
        Map<Long, Department> departments = departments();
        List<PublishedLetter> found = rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultStream()
                .map(l -> {
                    Department d = l.getHandlerDepartmentId() == null ? null : departments.get(l.getHandlerDepartmentId());
                    return new PublishedLetter(l.getId(), l.getCategory(), l.getSubject(), l.getPublishedQuestion(),
                            l.getPublishedAnswer(), d == null ? null : d.getName(), l.getReceivedOn(), l.getAnsweredOn(),
                            l.getPublishedOn());
                }).toList();
        return new Page<>(found, n.getSingleResult());
    }

    /** One step of a letter: the version read, the table for this caller, the step, the audit. */
    private LetterRow perform(String number, int version, LetterAction action, Function<Letter, String> step) {
        Letter l = visible(number);
        if (l.getVersion() != version) throw new ConflictException(SystemText.of("letter.changedByOthers"));
        LetterStatus before = l.getStatus();
        LetterTransitions.check(l, action, caller()).orThrow();
        String after = step.apply(l);
        audit.record(action.auditCode(), AUDIT_TYPE, l.getNumber(), before == l.getStatus() ? null : before.label(), after);
        em.flush(); // the new version for the answer
        return row(l, departments(), caller(), LocalDate.now(clock));
    }

    /** The letter, if the caller may see it; a department's staff get "no such letter" for another's. */
    private Letter visible(String number) {
        Letter l = em.createNamedQuery("Letter.findByNumber", Letter.class).setParameter("number", number.trim())
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException(SystemText.of("letter.notFound", number)));
        Long own = ownDepartment();
        if (own != null && (l.getCategory() == LetterCategory.REPORT || !own.equals(l.getHandlerDepartmentId()))) {
            throw new NotFoundException(SystemText.of("letter.notFound", number));
        }
        return l;
    }

    /** The caller's department when they see only its letters; null for the office and the supervision office. */
    private Long ownDepartment() {
        if (currentUser.isOffice() || currentUser.isCallerIn(Role.SUPERVISOR)) return null;
        Department d = currentUser.department();
        return d == null ? -1L : d.getId();
    }

    private LetterTransitions.Caller caller() {
        Department d = currentUser.isOffice() ? null : currentUser.department();
        return new LetterTransitions.Caller(currentUser.username(), currentUser.isOffice(), d == null ? null : d.getId());
    }

    private Department department(String code, String field) {
        return em.createNamedQuery("Department.findByCode", Department.class).setParameter("code", code.trim())
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException(field, SystemText.of("department.notFoundPlain")));
    }

    private Map<Long, Department> departments() {
        Map<Long, Department> all = new HashMap<>();
        em.createQuery("select d from Department d", Department.class).getResultList().forEach(d -> all.put(d.getId(), d));
        return all;
    }

    private LetterLimits limits() {
        return settings.current().letterLimits();
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private LetterRow row(Letter l, Map<Long, Department> departments, LetterTransitions.Caller caller, LocalDate today) {
        Complaint complaint = l.getComplaintId() == null ? null : em.find(Complaint.class, l.getComplaintId());
        Department mailbox = l.getMailboxDepartmentId() == null ? null : departments.get(l.getMailboxDepartmentId());
        Department handler = l.getHandlerDepartmentId() == null ? null : departments.get(l.getHandlerDepartmentId());
        Department from = l.getTransferredFromDepartmentId() == null ? null : departments.get(l.getTransferredFromDepartmentId());
        return new LetterRow(l.getId(), l.getVersion(), l.getNumber(), mailbox == null ? null : mailbox.getName(),
                l.getCategory(), l.getSubject(), l.getText(), l.getWriterName(), l.getWriterPhone(), l.getWriterEmail(),
                l.isConsentToPublish(), l.getStatus(), l.getReceivedOn(), l.getAnswerDue(), l.isHandledByOffice(),
                handler == null ? null : handler.getCode(), handler == null ? null : handler.getName(),
                from == null ? null : from.getName(), l.getTransferReason(), l.getTransferredOn(), l.getExtensionDays(),
                l.getExtensionReason(), l.getExtendedOn(), l.getAnswer(), l.getAnsweredOn(), l.getAnsweredBy(),
                l.isOverdue(today), l.isAnsweredLate(), LetterTransitions.allowed(l, caller),
                complaint == null ? null : complaint.getNumber(), complaint == null ? null : complaint.getStatus(),
                l.getPublishedQuestion(), l.getPublishedAnswer(), l.getPublishedOn(), l.withoutPersonalData(l.getText()),
                l.withoutPersonalData(l.getAnswer()), attachments(l));
    }
}
