package cn.shuangsuiji.inspection.domain.record;

/** 检查记录事件 — what a record's methods report happened, for the application to publish. */
public sealed interface RecordEvent {

    /** The department whose part it concerns. */
    String departmentId();

    /** 检查结果已录入. */
    record ResultSubmitted(String departmentId, ResultVersion result) implements RecordEvent {
    }

    /** 检查结果已更正. */
    record ResultCorrected(String departmentId, ResultVersion corrected, ResultVersion earlier)
            implements RecordEvent {
    }

    /** 后续处置已记录. */
    record FollowUpAdded(String departmentId, FollowUp followUp) implements RecordEvent {
    }

    /** 期限已逾期. */
    record DeadlineMissed(String departmentId, OverdueFact fact) implements RecordEvent {
    }
}
