package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.inspection.domain.record.InspectionRecord;

/** A record after a change, with the version it was stored under (its ETag). */
public record SavedRecord(InspectionRecord record, long version) {
}
