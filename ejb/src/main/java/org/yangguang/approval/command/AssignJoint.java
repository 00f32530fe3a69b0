package org.yangguang.approval.command;

import org.yangguang.approval.ActionRequest;
import org.yangguang.approval.ApprovalCase;
import org.yangguang.organization.Department;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;

/** 分派联办部门: a co-handling department works its part in parallel, with its own limit. */
final class AssignJoint implements CaseCommand {
    @Override
    public SystemText apply(ApprovalCase c, ActionRequest r, ActionContext ctx) {
        String code = r.getDepartmentCode() == null ? "" : r.getDepartmentCode().trim();
        Department co = ctx.directory().department(code)
                .orElseThrow(() -> new InvalidInputException(SystemText.of("case.joint.noSuchDepartment", code)));
        c.assignJointPart(co, r.getDays() == null ? c.getClock().getPromisedLimit().getValue() : r.getDays(), ctx.today(),
                ctx.calendar());
        return SystemText.of("case.note.jointAssigned", co.getName());
    }
}
