package org.yangguang.approval;

import java.util.Arrays;
import org.yangguang.shared.Labelled;

/** The actions on a case; their names are the REST action path segments. */
public enum CaseAction implements Labelled {
    CHECK_MATERIALS("check-materials", "核对材料"),
    ACCEPT("accept", "受理"),
    REQUEST_CORRECTION("request-correction", "一次性告知补正"),
    SUPPLEMENT("supplement", "补正材料"),
    REFUSE("refuse", "不予受理"),
    COMPLETE_STEP("complete-step", "完成环节"),
    START_SPECIAL_PROCEDURE("start-special-procedure", "启动特别程序"),
    END_SPECIAL_PROCEDURE("end-special-procedure", "结束特别程序"),
    REQUEST_EXTENSION("request-extension", "申请延期"),
    EXTEND("extend", "批准延期"),
    REPORT("report", "上报"),
    RECORD_REPLY("record-reply", "登记上级答复"),
    CHARGE("charge", "收费"),
    ASSIGN_JOINT("assign-joint", "分派联办部门"),
    COMPLETE_JOINT_PART("complete-joint-part", "完成联办"),
    DECIDE("decide", "决定"),
    DELIVER("deliver", "送达");

    private final String path;
    private final String label;

    CaseAction(String path, String label) {
        this.path = path;
        this.label = label;
    }

    public String path() {
        return path;
    }

    @Override
    public String label() {
        return label;
    }

    public static CaseAction fromPath(String path) {
        return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst()
                .orElseThrow(() -> new org.yangguang.shared.NotFoundException(org.yangguang.shared.SystemText.of("case.noSuchAction", path)));
    }
}
