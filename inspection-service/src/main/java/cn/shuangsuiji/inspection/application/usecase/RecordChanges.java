package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.inspection.application.port.out.InspectionRecords;
import cn.shuangsuiji.inspection.application.port.out.ReferenceData;
import cn.shuangsuiji.inspection.domain.record.InspectionId;
import cn.shuangsuiji.inspection.domain.record.InspectionProblems;
import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.inspection.domain.record.ItemDefinition;
import cn.shuangsuiji.inspection.domain.record.ItemRef;
import cn.shuangsuiji.inspection.domain.record.RecordEvent;
import cn.shuangsuiji.inspection.domain.record.Who;
import cn.shuangsuiji.platform.audit.AuditTrail;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.security.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The shared steps of every change to a record: load it (404), check the caller's If-Match (412), store it with
 * optimistic concurrency, publish its events through the outbox and write the audit trail — all inside the
 * caller's transaction, so a change, its events and its audit entry are stored together or not at all.
 */
@Component
public class RecordChanges {

    private final InspectionRecords records;
    private final ReferenceData reference;
    private final AnnounceRecordEvents announcer;
    private final AuditTrail audit;
    private final Clock clock;

    RecordChanges(InspectionRecords records, ReferenceData reference, AnnounceRecordEvents announcer,
                  AuditTrail audit, Clock clock) {
        this.records = records;
        this.reference = reference;
        this.announcer = announcer;
        this.audit = audit;
        this.clock = clock;
    }

    /** The record, or 404; with its version checked against the caller's If-Match. */
    public InspectionRecord load(InspectionId id, Long expectedVersion) {
        InspectionRecord record = records.find(id).orElseThrow(() -> InspectionProblems.unknownRecord(id.value()));
        if (expectedVersion != null && expectedVersion != record.version()) {
            throw new DomainProblem(ProblemKind.PRECONDITION_FAILED, "RECORD_VERSION_MISMATCH", "记录已被修改",
                    "记录当前版本为 " + record.version() + "，与 If-Match 不符，请刷新后重试");
        }
        return record;
    }

    /** The item versions of a department's part, keyed by item id; an unknown version is refused. */
    public Map<String, ItemDefinition> definitions(InspectionRecord record, String departmentId) {
        Map<String, ItemDefinition> definitions = new HashMap<>();
        record.partOf(departmentId).ifPresent(part -> {
            for (ItemRef ref : part.items()) {
                ItemDefinition definition = reference.item(ref.itemId(), ref.version()).orElseThrow(() ->
                        InspectionProblems.conflict("ITEM_VERSION_UNKNOWN", "检查事项版本未知",
                                "尚未收到检查事项 " + ref.itemId() + " 第 " + ref.version() + " 版，请稍后再试"));
                definitions.put(ref.itemId(), definition);
            }
        });
        return definitions;
    }

    /**
     * Stores a caller's edit like {@link #save}, once the domain accepted it (so a caller without the right to
     * edit hears 403, not this): on a joint record (联合检查, more than one department's part) the caller must name
     * the version it read (If-Match with the record's ETag), so that one department never overwrites what another
     * entered meanwhile — 428 {@code PRECONDITION_REQUIRED} without it (a stale one was refused with 412 by
     * {@link #load}); nothing is stored then.
     */
    public long saveEdit(InspectionRecord record, Long expectedVersion, List<RecordEvent> events, Actor actor,
                         String action, String departmentId, Object before) {
        if (expectedVersion == null && record.parts().size() > 1) {
            throw new DomainProblem(ProblemKind.PRECONDITION_REQUIRED, "PRECONDITION_REQUIRED", "须带 If-Match",
                    "联合检查记录由 " + record.parts().size() + " 个部门共同填写，修改时须在 If-Match 中带上读取记录时"
                            + "得到的 ETag（当前为 \"" + record.version() + "\"），以免覆盖其他部门的修改");
        }
        return save(record, events, actor, action, departmentId, before);
    }

    /** Stores the changed record, publishes its events, audits the action; returns the stored version. */
    public long save(InspectionRecord record, List<RecordEvent> events, Actor actor, String action,
                     String departmentId, Object before) {
        Object was = before != null ? before : java.util.Map.of("version", record.version());
        boolean named = announcer.identify(record);
        long version = records.update(record);
        Instant now = clock.instant();
        announcer.announce(record, named, events.stream()
                .map(event -> ContractEvents.of(record, event, reference, now)).toList());
        audit.record(actor, action, "InspectionRecord", record.id().value(), departmentId, was,
                java.util.Map.of("status", record.status().name(), "version", version));
        return version;
    }

    public Instant now() {
        return clock.instant();
    }

    public java.time.LocalDate today() {
        return java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Shanghai"));
    }

    /** The domain's view of the caller. */
    public static Who who(Actor actor) {
        return new Who(actor.subject(), actor.name(), actor.departmentId(), actor.inspectorId());
    }
}
