package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.inspection.application.port.out.InspectionRecords;
import cn.shuangsuiji.inspection.application.port.out.ReferenceData;
import cn.shuangsuiji.inspection.domain.record.DepartmentPart;
import cn.shuangsuiji.inspection.domain.record.InspectionId;
import cn.shuangsuiji.inspection.domain.record.InspectionProblems;
import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.inspection.domain.record.ItemDefinition;
import cn.shuangsuiji.inspection.domain.record.ItemRef;
import cn.shuangsuiji.platform.security.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/** 查看检查记录 — a record with the item versions of its parts, for the participants and oversight. */
@Service
public class ViewRecord {

    private final InspectionRecords records;
    private final ReferenceData reference;
    private final AnnounceRecordEvents identities;

    ViewRecord(InspectionRecords records, ReferenceData reference, AnnounceRecordEvents identities) {
        this.records = records;
        this.reference = reference;
        this.identities = identities;
    }

    /** The record, showing the entity's name and USCC even if they arrived after it was drawn and not yet stored. */
    public InspectionRecord execute(InspectionId id, Actor actor) {
        InspectionRecord record = records.find(id).orElseThrow(() -> InspectionProblems.unknownRecord(id.value()));
        RecordAccess.requireReader(record, actor);
        identities.identify(record);
        return record;
    }

    /** The item versions a record's parts refer to, by {@code itemId:version}; unknown ones are left out. */
    public Map<String, ItemDefinition> definitions(InspectionRecord record) {
        Map<String, ItemDefinition> definitions = new LinkedHashMap<>();
        for (DepartmentPart part : record.parts()) {
            for (ItemRef ref : part.items()) {
                reference.item(ref.itemId(), ref.version())
                        .ifPresent(d -> definitions.put(ref.itemId() + ":" + ref.version(), d));
            }
        }
        return definitions;
    }
}
