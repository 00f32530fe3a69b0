package org.yangguang.security;

/** The roles of the platform. Department roles are always scoped to the user's own department. */
public enum Role {
    /** 政务公开领导小组办公室: catalog review and publication, calendar, users, departments. */
    OFFICE_ADMIN,
    /** 部门窗口/承办人: drafts matters, handles cases of the own department. */
    DEPT_CLERK,
    /** 部门审批人: decides cases of the own department. */
    DEPT_APPROVER,
    /** 监察机关/效能办. */
    SUPERVISOR,
    /** 信息公开工作机构. */
    DISCLOSURE_EDITOR,
    /** 保密审查: reviews proactive-disclosure items before they are published (never their own). */
    DISCLOSURE_REVIEWER,
    /** 市/省平台: upper-level platforms on the REST API. */
    API_CLIENT;

    public static final String OFFICE_ADMIN_NAME = "OFFICE_ADMIN";
    public static final String DEPT_CLERK_NAME = "DEPT_CLERK";
    public static final String DEPT_APPROVER_NAME = "DEPT_APPROVER";
    public static final String SUPERVISOR_NAME = "SUPERVISOR";
    public static final String DISCLOSURE_EDITOR_NAME = "DISCLOSURE_EDITOR";
    public static final String DISCLOSURE_REVIEWER_NAME = "DISCLOSURE_REVIEWER";
    public static final String API_CLIENT_NAME = "API_CLIENT";

    /** Roles bound to a department: a user holding one must belong to a department. */
    public boolean isDepartmental() {
        return this == DEPT_CLERK || this == DEPT_APPROVER;
    }
}
