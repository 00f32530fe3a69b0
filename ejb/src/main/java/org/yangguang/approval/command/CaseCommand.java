package org.yangguang.approval.command;

import org.yangguang.approval.ActionRequest;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.approval.document.DocumentKind;
import org.yangguang.shared.SystemText;

/**
 * One action on a case as an object: it reads what it needs from the request, applies the
 * case's verb, and says what the applicant is told and which document the action issues.
 */
public interface CaseCommand {

    /** Changes the case; returns the note for the applicant's tracking page (null: internal only). */
    SystemText apply(ApprovalCase c, ActionRequest r, ActionContext ctx);

    /** The document the action issued to the applicant, judged on the case after {@link #apply}. */
    default DocumentKind issues(ApprovalCase c) {
        return null;
    }
}
