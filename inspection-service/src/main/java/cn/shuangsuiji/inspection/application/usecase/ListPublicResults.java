package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.contracts.inspection.PublicInspectionResult;
import cn.shuangsuiji.inspection.application.port.out.InspectionRecords;
import cn.shuangsuiji.inspection.application.port.out.ReferenceData;
import cn.shuangsuiji.inspection.domain.record.DepartmentPart;
import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * 检查结果（公开） — an entity's submitted results in force, public part only (S1 20(四)), with the fact of each
 * correction. Anyone may read it.
 */
@Service
public class ListPublicResults {

    private final InspectionRecords records;
    private final ReferenceData reference;

    ListPublicResults(InspectionRecords records, ReferenceData reference) {
        this.records = records;
        this.reference = reference;
    }

    public List<EntityResult> execute(String entityId) {
        List<EntityResult> results = new ArrayList<>();
        for (InspectionRecord record : records.resultsOfEntity(entityId)) {
            for (DepartmentPart part : record.parts()) {
                if (part.current() != null) {
                    results.add(new EntityResult(record.id().value(), record.entityId(), record.entityName(),
                            record.uscc(), part.departmentId(), record.planId(), record.taskId(), record.drawId(),
                            ContractEvents.publicResult(record, part.departmentId(), part.current(), reference),
                            part.versions().size() > 1 ? part.current().reason() : null));
                }
            }
        }
        return results;
    }

    /** One department's public result for the entity, with the latest correction's reason if corrected. */
    public record EntityResult(String inspectionId, String entityId, String entityName, String uscc,
                               String departmentId, String planId, String taskId, String drawId,
                               PublicInspectionResult result, String correctionReason) {
    }
}
