package cn.shuangsuiji.registry.domain.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * 个人信息查阅记录 — one disclosure of personal data in clear (who read whose phone or ID numbers, when; S0 25,
 * rules.md §6). Kept in the {@code personal_data_reads} collection, never in the application log, and shown to
 * the owning department's head.
 *
 * @param at              when
 * @param subject         the reader (token subject)
 * @param readerName      the reader's display name
 * @param roles           the reader's roles
 * @param readerDepartment the reader's department
 * @param clientId        the OAuth client of the call
 * @param traceId         the request's trace id
 * @param recordKind      ENTITY, INSPECTOR, EXPERT, ENTITY_EXPORT or INSPECTOR_EXPORT
 * @param recordId        whose record (for an export: the filter, e.g. {@code department=qy-amr})
 * @param department      the department owning the record(s)
 * @param fields          which personal fields were shown
 * @param records         how many records were disclosed (1 for a detail read)
 */
public record PersonalDataRead(Instant at, String subject, String readerName, List<String> roles,
                               String readerDepartment, String clientId, String traceId, String recordKind,
                               String recordId, String department, List<String> fields, long records) {

    public PersonalDataRead {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(recordKind, "recordKind");
        roles = roles == null ? List.of() : List.copyOf(roles);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
