package org.yangguang.approval.command;

import java.util.EnumMap;
import java.util.Map;
import org.yangguang.approval.CaseAction;

/** The command of every action. */
public final class CaseCommands {
    private static final Map<CaseAction, CaseCommand> COMMANDS = new EnumMap<>(CaseAction.class);

    static {
        COMMANDS.put(CaseAction.CHECK_MATERIALS, new CheckMaterials());
        COMMANDS.put(CaseAction.ACCEPT, new Accept());
        COMMANDS.put(CaseAction.REQUEST_CORRECTION, new RequestCorrection());
        COMMANDS.put(CaseAction.SUPPLEMENT, new Supplement());
        COMMANDS.put(CaseAction.REFUSE, new Refuse());
        COMMANDS.put(CaseAction.COMPLETE_STEP, new CompleteStep());
        COMMANDS.put(CaseAction.START_SPECIAL_PROCEDURE, new StartSpecialProcedure());
        COMMANDS.put(CaseAction.END_SPECIAL_PROCEDURE, new EndSpecialProcedure());
        COMMANDS.put(CaseAction.REQUEST_EXTENSION, new RequestExtension());
        COMMANDS.put(CaseAction.EXTEND, new Extend());
        COMMANDS.put(CaseAction.REPORT, new Report());
        COMMANDS.put(CaseAction.RECORD_REPLY, new RecordReply());
        COMMANDS.put(CaseAction.CHARGE, new Charge());
        COMMANDS.put(CaseAction.ASSIGN_JOINT, new AssignJoint());
        COMMANDS.put(CaseAction.COMPLETE_JOINT_PART, new CompleteJointPart());
        COMMANDS.put(CaseAction.DECIDE, new Decide());
        COMMANDS.put(CaseAction.DELIVER, new Deliver());
        if (COMMANDS.size() != CaseAction.values().length) throw new IllegalStateException("every action needs a command");
    }

    private CaseCommands() {}

    public static CaseCommand of(CaseAction action) {
        return COMMANDS.get(action);
    }
}
