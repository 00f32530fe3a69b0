package org.yangguang.files;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yangguang.audit.AuditLog;
import org.yangguang.security.Role;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;

/** Stores uploads with size and type limits; serves public files to anyone, others to staff. */
@Stateless
public class FileStore {
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** Accepted types by extension; the content type is ours, never the browser's claim. */
    public static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "doc", "application/msword",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xls", "application/vnd.ms-excel",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "png", "image/png",
            "txt", "text/plain; charset=UTF-8");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext context;

    @RolesAllowed({Role.OFFICE_ADMIN_NAME, Role.DEPT_CLERK_NAME})
    public StoredFile storePublic(String fileName, byte[] content) {
        return store(fileName, content, context.getCallerPrincipal().getName(), true);
    }

    /** Case material (applications carry personal data): never public, served only through its case. */
    @RolesAllowed({Role.DEPT_CLERK_NAME, Role.DEPT_APPROVER_NAME})
    public StoredFile storePrivate(String fileName, byte[] content) {
        return store(fileName, content, context.getCallerPrincipal().getName(), false);
    }

    /** An attachment of a disclosure item: private until the item is published, served through the item. */
    @RolesAllowed(Role.DISCLOSURE_EDITOR_NAME)
    public StoredFile storeForDisclosure(String fileName, byte[] content) {
        return store(fileName, content, context.getCallerPrincipal().getName(), false);
    }

    /**
     * A file a disclosure reply delivers: never public, served through its request (to staff, and
     * to the applicant with the query code when the reply is delivered online).
     */
    @RolesAllowed(Role.DISCLOSURE_EDITOR_NAME)
    public StoredFile storeForRequest(String fileName, byte[] content) {
        return store(fileName, content, context.getCallerPrincipal().getName(), false);
    }

    /** For demo data: a private file, served only through what it belongs to. */
    @PermitAll
    public StoredFile storePrivateAsSystem(String fileName, byte[] content) {
        return store(fileName, content, AuditLog.SYSTEM, false);
    }

    /**
     * An online applicant's material: the same limits as staff uploads, never public, served only
     * to the staff of its case.
     */
    @PermitAll
    public StoredFile storeFromApplicant(String fileName, byte[] content) {
        return store(fileName, content, "online", false);
    }

    /** For demo data and system imports. */
    @PermitAll
    public StoredFile storeAsSystem(String fileName, byte[] content) {
        return store(fileName, content, AuditLog.SYSTEM, true);
    }

    private StoredFile store(String fileName, byte[] content, String by, boolean publicFile) {
        String name = validate(fileName, content);
        StoredFile file = new StoredFile(name, TYPES.get(extension(name)), content, sha256(content), by, clock.instant(), publicFile);
        em.persist(file);
        audit.recordAs(by, "FILE_UPLOAD", "StoredFile", name, null, content.length + " bytes");
        return file;
    }

    /**
     * The limits of every upload (type by extension, size), checked again on storing; a page
     * checks them at once for its field message. Returns the file name made safe.
     */
    public static String validate(String fileName, byte[] content) {
        if (fileName == null || fileName.isBlank() || fileName.length() > 200) {
            throw new InvalidInputException(SystemText.of("file.badName"));
        }
        String name = fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        String ext = extension(name);
        if (!TYPES.containsKey(ext)) {
            throw new InvalidInputException(SystemText.of("file.badType", ext, SystemText.literals(List.copyOf(TYPES.keySet()))));
        }
        if (content == null || content.length == 0) {
            throw new InvalidInputException(SystemText.of("file.empty"));
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException(SystemText.of("file.tooLarge"));
        }
        return name;
    }

    private static String extension(String name) {
        return name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase() : "";
    }

    /** Any file by id; callers check the right to see it (e.g. through its case). */
    @PermitAll
    public Optional<StoredFile> file(long id) {
        return Optional.ofNullable(em.find(StoredFile.class, id));
    }

    /** A file anyone may download (blank forms and samples of published matters). */
    @PermitAll
    public Optional<StoredFile> publicFile(long id) {
        return Optional.ofNullable(em.find(StoredFile.class, id)).filter(StoredFile::isPublicFile);
    }

    private static String sha256(byte[] content) {
        return org.yangguang.shared.Sha256.hex(content);
    }
}
