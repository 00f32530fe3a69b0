package org.yangguang.catalog;

import java.math.BigDecimal;
import org.yangguang.calendar.DayUnit;

/** A valid draft to start tests from; each test changes what it is about. */
final class Drafts {
    private Drafts() {}

    static MatterDraft valid() {
        MatterDraft d = new MatterDraft();
        d.setImplementationCode("11330399001000010101000000");
        d.setBaseCode("000010101000");
        d.setName("食品经营许可");
        d.setType(MatterType.ADMINISTRATIVE_LICENSING);
        d.setLevel(MatterLevel.MAIN);
        d.setDepartmentCode("SCJGJ");
        d.setLegalBasis("《中华人民共和国食品安全法》第三十五条");
        d.setConditions("有与经营的食品品种、数量相适应的经营场所。");
        d.setStatutoryValue(20);
        d.setStatutoryUnit(DayUnit.WORKING_DAYS);
        d.setPromisedValue(5);
        d.setPromisedUnit(DayUnit.WORKING_DAYS);
        d.setHandlingKind(HandlingKind.PROMISED);
        d.getChannels().add(Channel.WINDOW);
        d.getChannels().add(Channel.ONLINE);
        d.getSpecialProcedures().add(SpecialProcedureType.INSPECTION);
        var m = new MatterDraft.MaterialLine();
        m.setName("食品经营许可申请书");
        d.getMaterials().add(m);
        var f = new MatterDraft.FeeLine();
        f.setName("工本费");
        f.setAmount(new BigDecimal("10.00"));
        f.setLegalBasis("发改价格〔2017〕1186号");
        d.getFees().add(f);
        d.getSteps().add(step("受理", 1));
        d.getSteps().get(0).setKind(org.yangguang.catalog.StepKind.RECEPTION);
        d.getSteps().add(step("审查", 2));
        d.getSteps().add(step("决定", 2));
        return d;
    }

    static MatterDraft.StepLine step(String name, int days) {
        var s = new MatterDraft.StepLine();
        s.setName(name);
        s.setOffice("食品科");
        s.setLimitDays(days);
        return s;
    }
}
