package cn.shuangsuiji.contracts.registry;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * 检查对象批量导入完成 — a bulk import of entities finished (S0 13; S1 11). One event per import job instead of one per row; consumers that need the records
 * read the next confirmed snapshot.
 *
 * @param jobId     the import job's id, also the aggregate id
 * @param fileName  the uploaded file's name
 * @param totalRows data rows in the file
 * @param created   records created
 * @param updated   records changed
 * @param unchanged rows equal to the stored record (re-import)
 * @param rejected  rows refused with errors (see the job's error report)
 * @param importedBy who started the import
 */
@EventType(name = "ssj.registry.EntitiesImported", version = 1, topic = Topics.REGISTRY_ENTITIES)
public record EntitiesImported(UUID eventId, Instant occurredAt, String jobId, String fileName, long totalRows,
                 long created, long updated, long unchanged, long rejected, String importedBy)
        implements IntegrationEvent {

    public EntitiesImported {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(jobId, "jobId");
    }

    @Override
    public String aggregateId() {
        return jobId;
    }
}
