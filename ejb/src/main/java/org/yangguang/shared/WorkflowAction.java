package org.yangguang.shared;

/**
 * An action of a workflow (a disclosure item or request, a complaint, a letter, a rectification):
 * its REST action path segment, which is also the name {@code allowedActions} lists, its label,
 * and its code in the audit trail. The enums keep one {@link Names} each instead of repeating the
 * three fields and their accessors.
 */
public interface WorkflowAction extends Labelled {

    /** The three names of an action. */
    record Names(String path, String label, String auditCode) {
    }

    Names names();

    default String path() {
        return names().path();
    }

    @Override
    default String label() {
        return names().label();
    }

    default String auditCode() {
        return names().auditCode();
    }

    /** Whether it is posted as JSON to the action endpoint (edits and uploads have their own ways). */
    default boolean isPosted() {
        return true;
    }

    /** The posted action with this path; an unknown path is a 404 with the workflow's own text. */
    static <A extends Enum<A> & WorkflowAction> A fromPath(Class<A> type, String path, String noSuchActionKey) {
        for (A a : type.getEnumConstants()) {
            if (a.path().equals(path) && a.isPosted()) return a;
        }
        throw new NotFoundException(SystemText.of(noSuchActionKey, path));
    }
}
