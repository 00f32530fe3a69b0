package org.yangguang.disclosure;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yangguang.audit.AuditLog;
import org.yangguang.calendar.CalendarService;
import org.yangguang.files.FileStore;
import org.yangguang.files.StoredFile;
import org.yangguang.organization.Department;
import org.yangguang.security.CurrentUser;
import org.yangguang.security.Role;
import org.yangguang.shared.ConflictException;
import org.yangguang.shared.EnteredDate;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.Like;
import org.yangguang.shared.NotFoundException;
import org.yangguang.shared.Page;
import org.yangguang.shared.PageRequest;
import org.yangguang.shared.SystemText;

/**
 * Proactive disclosure (主动公开): editors draft items under the disclosure catalog and submit them;
 * a reviewer other than the editor approves them for the public or returns them with a reason
 * (保密审查); a published item can be withdrawn with a reason (the record stays) or repealed. The
 * public reads published items by category, by keyword and as Atom feeds.
 */
@Stateless
public class ProactiveItems {
    static final String AUDIT_TYPE = "DisclosureItem";
    /** A feed carries the newest items only, as feed readers expect. */
    public static final int FEED_SIZE = 50;
    private static final String STAFF = "select i from DisclosureItem i join i.category c where 1 = 1";

    @PersistenceContext
    EntityManager em;

    @Inject
    CalendarService calendars;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    FileStore files;

    @Inject
    Clock clock;

    // ------------------------------------------------------------------ the editor

    @RolesAllowed(Role.DISCLOSURE_EDITOR_NAME)
    public DisclosureItem create(@NotNull @Valid ItemForm form) {
        ItemContent content = content(form);
        DisclosureItem item = new DisclosureItem(category(form.getCategoryCode()), department(form).getId(), content,
                currentUser.username(), clock.instant(), calendars.current());
        em.persist(item);
        audit.record("ITEM_CREATE", AUDIT_TYPE, key(item), null, summary(item));
        return item;
    }

    @RolesAllowed(Role.DISCLOSURE_EDITOR_NAME)
    public DisclosureItem update(long id, int version, @NotNull @Valid ItemForm form) {
        return perform(id, version, ItemAction.EDIT, item -> {
            String before = summary(item);
            ItemContent content = content(form);
            item.change(category(form.getCategoryCode()), department(form).getId(), content, calendars.current());
            return new Logged(before, summary(item));
        });
    }

    @RolesAllowed(Role.DISCLOSURE_EDITOR_NAME)
    public DisclosureItem submit(long id, int version) {
        return perform(id, version, ItemAction.SUBMIT, item -> {
            ItemStatus before = item.getStatus();
            item.submit(currentUser.username(), clock.instant());
            return new Logged(before.label(), ItemStatus.SUBMITTED.label());
        });
    }

    @RolesAllowed(Role.DISCLOSURE_EDITOR_NAME)
    public DisclosureItem attach(long id, int version, String fileName, byte[] content) {
        return perform(id, version, ItemAction.ATTACH, item -> {
            StoredFile file = files.storeForDisclosure(fileName, content);
            item.attach(file.getId());
            return new Logged(null, "附件：" + file.getFileName());
        });
    }

    @RolesAllowed(Role.DISCLOSURE_EDITOR_NAME)
    public DisclosureItem detach(long id, int version, long fileId) {
        return perform(id, version, ItemAction.DETACH, item -> {
            item.detach(fileId);
            return new Logged("附件 " + fileId, null);
        });
    }

    /** Taken off the public pages with a reason; the record stays. The editors' or the office's, not the reviewer's. */
    @RolesAllowed({Role.DISCLOSURE_EDITOR_NAME, Role.OFFICE_ADMIN_NAME})
    public DisclosureItem withdraw(long id, int version, String reason) {
        return perform(id, version, ItemAction.WITHDRAW, item -> {
            item.withdraw(currentUser.username(), reason, clock.instant());
            return new Logged(ItemStatus.PUBLISHED.label(), "撤回：" + item.getWithdrawReason());
        });
    }

    @RolesAllowed(Role.DISCLOSURE_EDITOR_NAME)
    public DisclosureItem repeal(long id, int version, @EnteredDate LocalDate on) {
        return perform(id, version, ItemAction.REPEAL, item -> {
            LocalDate day = on == null ? LocalDate.now(clock) : on;
            item.repeal(day);
            return new Logged(Validity.IN_FORCE.label(), Validity.REPEALED.label() + "（" + day + "）");
        });
    }

    // ------------------------------------------------------------------ the reviewer (保密审查)

    /** 审查通过并公开, with the reviewer's opinion (审查意见) if given. */
    @RolesAllowed(Role.DISCLOSURE_REVIEWER_NAME)
    public DisclosureItem approve(long id, int version, String opinion) {
        return perform(id, version, ItemAction.APPROVE, item -> {
            LocalDate today = LocalDate.now(clock);
            item.approve(currentUser.username(), opinion, clock.instant(), today);
            if (item.getSupersedesId() != null) {
                DisclosureItem older = em.find(DisclosureItem.class, item.getSupersedesId());
                if (older != null) older.amendedBy(item.getId(), today);
            }
            return new Logged(ItemStatus.SUBMITTED.label(), "保密审查通过，公开"
                    + (item.getPublishedOn().isAfter(item.getPublishDue()) ? "（超过公开期限 " + item.getPublishDue() + "）" : "")
                    + (item.getReviewNote() == null ? "" : "；审查意见：" + item.getReviewNote()));
        });
    }

    @RolesAllowed(Role.DISCLOSURE_REVIEWER_NAME)
    public DisclosureItem returnForChanges(long id, int version, String reason) {
        return perform(id, version, ItemAction.RETURN, item -> {
            item.returnForChanges(currentUser.username(), reason, clock.instant());
            return new Logged(ItemStatus.SUBMITTED.label(), "退回：" + item.getReviewNote());
        });
    }

    /** The input of a posted action: {@code version} always; a reason (return, withdraw), an opinion (approve), a date (repeal). */
    public record Input(Integer version, String reason, String opinion, LocalDate on) {}

    /** A posted action, by its name in the transition table (the REST API's dispatch). */
    @RolesAllowed({Role.DISCLOSURE_EDITOR_NAME, Role.DISCLOSURE_REVIEWER_NAME, Role.OFFICE_ADMIN_NAME})
    public DisclosureItem act(long id, @NotNull ItemAction action, @NotNull Input in) {
        if (in.version() == null) throw new InvalidInputException("version", SystemText.of("input.versionMissing"));
        int v = in.version();
        return switch (action) {
            case SUBMIT -> submit(id, v);
            case APPROVE -> approve(id, v, in.opinion());
            case RETURN -> returnForChanges(id, v, in.reason());
            case WITHDRAW -> withdraw(id, v, in.reason());
            case REPEAL -> repeal(id, v, in.on());
            case EDIT, ATTACH, DETACH -> throw new NotFoundException(SystemText.of("item.noSuchAction", action.path()));
        };
    }

    /** What the caller may do with the item now (the page's buttons, the API's {@code allowedActions}). */
    @RolesAllowed({Role.DISCLOSURE_EDITOR_NAME, Role.DISCLOSURE_REVIEWER_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME})
    public List<ItemAction> allowedActions(long id) {
        return ItemTransitions.allowed(get(id), caller());
    }

    /** What a step leaves in the audit trail. */
    private record Logged(String before, String after) {}

    /**
     * The one sequence of every action on an item: load the version read, check the transition
     * table for this caller, act, audit.
     */
    private DisclosureItem perform(long id, int version, ItemAction action, java.util.function.Function<DisclosureItem, Logged> step) {
        DisclosureItem item = current(id, version);
        ItemTransitions.check(item, action, caller()).orThrow();
        Logged logged = step.apply(item);
        audit.record(action.auditCode(), AUDIT_TYPE, key(item), logged.before(), logged.after());
        return item;
    }

    private ItemTransitions.Caller caller() {
        boolean editor = currentUser.isCallerIn(Role.DISCLOSURE_EDITOR);
        Department own = editor ? currentUser.department() : null;
        return new ItemTransitions.Caller(currentUser.username(), editor, currentUser.isCallerIn(Role.DISCLOSURE_REVIEWER),
                currentUser.isCallerIn(Role.OFFICE_ADMIN), own == null ? null : own.getId());
    }

    // ------------------------------------------------------------------ lists

    /** The staff list: awaiting publication first, by deadline; then the rest, newest first. */
    @RolesAllowed({Role.DISCLOSURE_EDITOR_NAME, Role.DISCLOSURE_REVIEWER_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME})
    public Page<ItemRow> list(ItemStatus status, String categoryCode, String text, @NotNull PageRequest page) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> p = new HashMap<>();
        if (status != null) {
            where.append(" and i.status = :status");
            p.put("status", status);
        }
        filter(where, p, categoryCode, text);
        TypedQuery<DisclosureItem> q = em.createQuery(STAFF + where + " order by case when i.status in :waiting then 0"
                + " else 1 end, case when i.status in :waiting then i.publishDue end, i.createdAt desc, i.id desc",
                DisclosureItem.class);
        q.setParameter("waiting", List.of(ItemStatus.DRAFT, ItemStatus.SUBMITTED, ItemStatus.RETURNED));
        return page(q, "select count(i) from DisclosureItem i join i.category c where 1 = 1" + where, p, page);
    }

    @RolesAllowed({Role.DISCLOSURE_EDITOR_NAME, Role.DISCLOSURE_REVIEWER_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME})
    public DisclosureItem get(long id) {
        return Optional.ofNullable(em.find(DisclosureItem.class, id)).map(ProactiveItems::loaded)
                .orElseThrow(() -> new NotFoundException(SystemText.of("item.notFound")));
    }

    /** Pages and the API read the item after the transaction: its category and attachments are loaded now. */
    private static DisclosureItem loaded(DisclosureItem item) {
        item.getCategory().getName();
        item.getAttachmentIds();
        return item;
    }

    /** Published items of a category (or all), matching the words of {@code text}, newest first. */
    @PermitAll
    public Page<ItemRow> published(String categoryCode, String text, @NotNull PageRequest page) {
        StringBuilder where = new StringBuilder(" and i.status = :status");
        Map<String, Object> p = new HashMap<>(Map.of("status", ItemStatus.PUBLISHED));
        filter(where, p, categoryCode, text);
        TypedQuery<DisclosureItem> q = em.createQuery(STAFF + where + " order by i.publishedOn desc, i.id desc", DisclosureItem.class);
        return page(q, "select count(i) from DisclosureItem i join i.category c where 1 = 1" + where, p, page);
    }

    /**
     * The Atom feed of the newest published items of a category (or all), for the public.
     * {@code base} is the portal's address as the reader sees it (the request's, or the configured
     * public address in the publication bundle).
     */
    @PermitAll
    public String feed(String categoryCode, String base) {
        DisclosureCategory category = categoryCode == null || categoryCode.isBlank() ? null : category(categoryCode);
        StringBuilder where = new StringBuilder(" and i.status = :status");
        Map<String, Object> p = new HashMap<>(Map.of("status", ItemStatus.PUBLISHED));
        filter(where, p, categoryCode, null);
        TypedQuery<DisclosureItem> q = em.createQuery(STAFF + where + " order by i.publishedAt desc, i.id desc", DisclosureItem.class)
                .setMaxResults(FEED_SIZE);
        p.forEach(q::setParameter);
        Map<Long, String> names = new HashMap<>();
        List<AtomFeed.Entry> entries = q.getResultList().stream().map(i -> new AtomFeed.Entry(i.getId(), i.getTitle(),
                i.getDocumentNumber(), i.getCategory().getName(), names.computeIfAbsent(i.getDepartmentId(), this::departmentName),
                i.getPublishedAt(), i.getBodyText(), base + "/open-item.xhtml?id=" + i.getId())).toList();
        String code = category == null ? "ALL" : category.getCode();
        String self = base + "/api/v1/public/disclosure-items/feed.atom" + (category == null ? "" : "?category=" + code);
        return AtomFeed.of("urn:yangguang:disclosure:" + code, AnnualReports.COUNTY_NAME + " 政府信息公开"
                + (category == null ? "" : " · " + category.getName()), self,
                base + "/open.xhtml" + (category == null ? "" : "?category=" + code),
                entries.isEmpty() ? clock.instant() : entries.get(0).published(), entries);
    }

    /** A published item; anything else is not found for the public. */
    @PermitAll
    public DisclosureItem publishedItem(long id) {
        return Optional.ofNullable(em.find(DisclosureItem.class, id)).filter(DisclosureItem::isPublic).map(ProactiveItems::loaded)
                .orElseThrow(() -> new NotFoundException(SystemText.of("item.notFound")));
    }

    /** An attachment of a published item, for anyone. */
    @PermitAll
    public StoredFile publishedAttachment(long itemId, long fileId) {
        DisclosureItem item = publishedItem(itemId);
        if (!item.getAttachmentIds().contains(fileId)) throw new NotFoundException(SystemText.of("item.noSuchAttachment"));
        return files.file(fileId).orElseThrow(() -> new NotFoundException(SystemText.of("item.noSuchAttachment")));
    }

    /** An attachment of any item, for the staff who review it. */
    @RolesAllowed({Role.DISCLOSURE_EDITOR_NAME, Role.DISCLOSURE_REVIEWER_NAME, Role.OFFICE_ADMIN_NAME, Role.SUPERVISOR_NAME})
    public StoredFile attachment(long itemId, long fileId) {
        DisclosureItem item = get(itemId);
        if (!item.getAttachmentIds().contains(fileId)) throw new NotFoundException(SystemText.of("item.noSuchAttachment"));
        return files.file(fileId).orElseThrow(() -> new NotFoundException(SystemText.of("item.noSuchAttachment")));
    }

    @PermitAll
    public List<StoredFile> attachments(DisclosureItem item) {
        return item.getAttachmentIds().stream().map(files::file).flatMap(Optional::stream).toList();
    }

    /** The catalog in order; {@code activeOnly} for the public. */
    @PermitAll
    public List<DisclosureCategory> categories(boolean activeOnly) {
        return em.createQuery("select c from DisclosureCategory c" + (activeOnly ? " where c.active = true" : "")
                + " order by c.position, c.code", DisclosureCategory.class).getResultList();
    }

    /** Published items per category code, for the public catalog. */
    @PermitAll
    public Map<String, Long> publishedCounts() {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("select c.code, count(i) from DisclosureItem i join i.category c where i.status = :s group by c.code",
                Object[].class).setParameter("s", ItemStatus.PUBLISHED).getResultList()
                .forEach(r -> counts.put((String) r[0], (Long) r[1]));
        return counts;
    }

    @PermitAll
    public String departmentName(long departmentId) {
        return em.find(Department.class, departmentId).getName();
    }

    /** The catalog is the office's: rename, reorder, hide, or add a heading. */
    @RolesAllowed(Role.OFFICE_ADMIN_NAME)
    public DisclosureCategory saveCategory(String code, String name, String description, int position, boolean active) {
        if (code == null || code.isBlank()) throw new InvalidInputException("code", SystemText.of("category.codeMissing"));
        Optional<DisclosureCategory> existing = em.createNamedQuery("DisclosureCategory.byCode", DisclosureCategory.class)
                .setParameter("code", code.trim()).getResultStream().findFirst();
        DisclosureCategory c = existing.orElseGet(() -> new DisclosureCategory(code.trim(), name, description, position));
        String before = existing.map(x -> x.getName() + "（" + x.getPosition() + (x.isActive() ? "" : "，停用") + "）").orElse(null);
        c.change(name, description, position, active);
        if (existing.isEmpty()) em.persist(c);
        audit.record("CATEGORY_SAVE", "DisclosureCategory", c.getCode(), before,
                c.getName() + "（" + c.getPosition() + (c.isActive() ? "" : "，停用") + "）");
        return c;
    }

    // ------------------------------------------------------------------ helpers

    private void filter(StringBuilder where, Map<String, Object> p, String categoryCode, String text) {
        if (categoryCode != null && !categoryCode.isBlank()) {
            where.append(" and c.code = :code");
            p.put("code", categoryCode.trim());
        }
        if (text != null && !text.isBlank()) {
            // every word must occur in the title, the document number or the body (Chinese has no
            // spaces: a phrase is one word, and users separate words with spaces as in any search box)
            String[] words = text.trim().split("\\s+");
            for (int n = 0; n < Math.min(words.length, 5); n++) {
                where.append(" and (i.title like :w").append(n).append(" escape '\\' or i.documentNumber like :w").append(n)
                        .append(" escape '\\' or i.bodyText like :w").append(n).append(" escape '\\')");
                p.put("w" + n, Like.contains(words[n]));
            }
        }
    }

    private Page<ItemRow> page(TypedQuery<DisclosureItem> q, String countJpql, Map<String, Object> p, PageRequest page) {
        TypedQuery<Long> count = em.createQuery(countJpql, Long.class);
        p.forEach((k, v) -> {
            q.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<DisclosureItem> items = q.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        Map<Long, String> names = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        List<ItemRow> rows = items.stream().map(i -> row(i, names.computeIfAbsent(i.getDepartmentId(), this::departmentName), today)).toList();
        return new Page<>(rows, count.getSingleResult());
    }

    static ItemRow row(DisclosureItem i, String departmentName, LocalDate today) {
        return new ItemRow(i.getId(), i.getVersion(), i.getTitle(), i.getDocumentNumber(), i.getCategory().getCode(),
                i.getCategory().getName(), departmentName, i.getFormedOn(), i.getPublishDue(), i.getPublishedOn(),
                i.getStatus(), i.getValidity(), i.getCreatedBy(), i.isLate(today));
    }

    private ItemContent content(ItemForm form) {
        ItemContent content = ItemContent.of(form);
        if (content.formedOn().isAfter(LocalDate.now(clock))) throw new InvalidInputException("formedOn", SystemText.of("item.formedAfterToday"));
        if (content.supersedesId() != null) {
            DisclosureItem older = em.find(DisclosureItem.class, content.supersedesId());
            if (older == null || !older.isPublic()) throw new InvalidInputException("supersedesId", SystemText.of("item.supersedesUnpublished"));
            if (older.getSupersededById() != null) throw new ConflictException(SystemText.of("item.supersededAlready"));
        }
        return content;
    }

    private DisclosureCategory category(String code) {
        return em.createNamedQuery("DisclosureCategory.byCode", DisclosureCategory.class).setParameter("code", code.trim())
                .getResultStream().filter(DisclosureCategory::isActive).findFirst()
                .orElseThrow(() -> new InvalidInputException("categoryCode", SystemText.of("category.notFound")));
    }

    /** The issuing department: the editor's own if they belong to one, else the one chosen. */
    private Department department(ItemForm form) {
        Department own = currentUser.department();
        if (own != null) return own;
        if (form.getDepartmentCode() == null || form.getDepartmentCode().isBlank()) {
            throw new InvalidInputException("departmentCode", SystemText.of("item.issuerMissing"));
        }
        return em.createNamedQuery("Department.findByCode", Department.class).setParameter("code", form.getDepartmentCode().trim())
                .getResultStream().findFirst().orElseThrow(() -> new InvalidInputException("departmentCode", SystemText.of("disclosure.noSuchAgency")));
    }

    private DisclosureItem current(long id, int version) {
        DisclosureItem item = get(id);
        if (item.getVersion() != version) throw new ConflictException(SystemText.of("item.changedByOthers"));
        return item;
    }

    private static String key(DisclosureItem item) {
        return String.valueOf(item.getId());
    }

    private static String summary(DisclosureItem i) {
        return i.getCategory().getName() + "：" + i.getTitle() + (i.getDocumentNumber() == null ? "" : "（" + i.getDocumentNumber() + "）")
                + "，成文日期 " + i.getFormedOn() + "，公开期限 " + i.getPublishDue();
    }
}
