package cn.shuangsuiji.inspection.application.port.out;

import cn.shuangsuiji.inspection.domain.record.InspectionId;
import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** 检查记录库 — where joint inspection records are kept. */
public interface InspectionRecords {

    Optional<InspectionRecord> find(InspectionId id);

    List<InspectionRecord> findByDraw(String drawId);

    /** Stores a new record; false when a record with its id exists already. */
    boolean insert(InspectionRecord record);

    /**
     * Stores new records as {@link #insert} does each (those whose id exists already are left as they are), in one
     * query and one bulk insert where the store can.
     *
     * @return how many were stored
     */
    default int insertAll(List<InspectionRecord> records) {
        int stored = 0;
        for (InspectionRecord record : records) {
            stored += insert(record) ? 1 : 0;
        }
        return stored;
    }

    /**
     * Stores a changed record if nobody changed it since it was read (optimistic concurrency).
     *
     * @return the stored version after the update
     */
    long update(InspectionRecord record);

    /** Active records on which the inspector is a team member, newest first. */
    List<InspectionRecord> tasksOf(String inspectorId, int limit);

    /** Active records with a part of one of the departments that is overdue by {@code today} or has an overdue fact. */
    List<InspectionRecord> overdue(Collection<String> departmentIds, String jointOfficeId, LocalDate today, int limit);

    /** Active records with a due date before {@code today} (candidates for the overdue scan). */
    List<InspectionRecord> withDueDateBefore(LocalDate today, int limit, String afterId);

    /** Records of an entity with a submitted part. */
    List<InspectionRecord> resultsOfEntity(String entityId);

    /**
     * Gives the records of an entity that have no entity name yet (drawn before the entity's facts arrived) the
     * entity's public name and USCC; records that have a name are left alone.
     *
     * @return the number of records changed
     */
    long nameEntity(String entityId, String entityName, String uscc);

    /** Of the given entities, those with records that have no entity name yet (one query for a bulk import). */
    Set<String> unnamedEntities(Collection<String> entityIds);
}
