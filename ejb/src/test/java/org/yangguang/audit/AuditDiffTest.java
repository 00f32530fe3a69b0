package org.yangguang.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuditDiffTest {

    @Test
    void onlyTheFieldsThatChangedAreListed() {
        String before = "事项名称：食品经营许可\n承诺时限：10个工作日\n申请材料：1. 申请书\n2. 营业执照";
        String after = "事项名称：食品经营许可\n承诺时限：5个工作日\n申请材料：1. 申请书\n2. 营业执照\n3. 平面图";
        assertEquals(List.of(new AuditDiff.Change("承诺时限", "10个工作日", "5个工作日"),
                new AuditDiff.Change("申请材料", "1. 申请书\n2. 营业执照", "1. 申请书\n2. 营业执照\n3. 平面图")),
                AuditDiff.of(before, after));
    }

    @Test
    void aNewObjectListsEveryFieldAndARemovedFieldShowsAsEmpty() {
        assertEquals(List.of(new AuditDiff.Change("角色", null, "监察"), new AuditDiff.Change("状态", null, "启用")),
                AuditDiff.of(null, "角色：监察\n状态：启用"));
        assertEquals(List.of(new AuditDiff.Change("部门", "SCJGJ", null)), AuditDiff.of("状态：启用\n部门：SCJGJ", "状态：启用"));
    }

    @Test
    void aNoteWithoutFieldsIsOneUnnamedChange() {
        assertEquals(List.of(new AuditDiff.Change("", "待审核", "已退回：材料清单不全")), AuditDiff.of("待审核", "已退回：材料清单不全"));
        assertEquals(List.of(), AuditDiff.of("办理中", "办理中"));
        assertEquals(List.of(new AuditDiff.Change("", null, "登录（127.0.0.1）")), AuditDiff.of(null, "登录（127.0.0.1）"));
    }
}
