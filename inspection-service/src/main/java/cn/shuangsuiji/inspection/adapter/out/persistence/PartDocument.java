package cn.shuangsuiji.inspection.adapter.out.persistence;

import cn.shuangsuiji.inspection.domain.record.CorrectionProposal;
import cn.shuangsuiji.inspection.domain.record.DueDates;
import cn.shuangsuiji.inspection.domain.record.FollowUp;
import cn.shuangsuiji.inspection.domain.record.ItemRef;
import cn.shuangsuiji.inspection.domain.record.Notice;
import cn.shuangsuiji.inspection.domain.record.OnSiteCheck;
import cn.shuangsuiji.inspection.domain.record.OverdueFact;
import cn.shuangsuiji.inspection.domain.record.ResultForm;
import cn.shuangsuiji.inspection.domain.record.ResultVersion;
import java.util.List;

/** One department's part as stored inside its record. */
record PartDocument(String departmentId, List<ItemRef> items, String status, String preCheckNotes, Notice notice,
                    OnSiteCheck onSiteCheck, ResultForm draft, List<ResultVersion> versions,
                    CorrectionProposal pendingCorrection, List<FollowUp> followUps, List<OverdueFact> overdue,
                    DueDates dueDates, boolean hasOverdue) {
}
