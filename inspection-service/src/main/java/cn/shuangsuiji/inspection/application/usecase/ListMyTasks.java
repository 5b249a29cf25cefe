package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.inspection.application.port.out.InspectionRecords;
import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import java.util.List;
import org.springframework.stereotype.Service;

/** 我的检查任务 — the active records on whose team the calling inspector is. */
@Service
public class ListMyTasks {

    private final InspectionRecords records;
    private final AnnounceRecordEvents identities;

    ListMyTasks(InspectionRecords records, AnnounceRecordEvents identities) {
        this.records = records;
        this.identities = identities;
    }

    public List<InspectionRecord> execute(Actor actor, int limit) {
        actor.require(Role.INSPECTOR);
        if (actor.inspectorId() == null) {
            throw Actor.forbidden("令牌中没有执法检查人员编号（inspector_id）");
        }
        List<InspectionRecord> tasks = records.tasksOf(actor.inspectorId(), Math.max(1, Math.min(limit, 500)));
        tasks.forEach(identities::identify);
        return tasks;
    }
}
