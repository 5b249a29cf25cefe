package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.domain.privacy.PersonalDataRead;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** 个人信息查阅 — decides who sees personal data in clear and keeps the log of every such read. */
public interface PersonalDataUseCases {

    /**
     * Whether the caller sees a record's personal data in clear ({@link RegistryRights#mayReadPersonalData});
     * when it does, the read is logged (who, whose record, which fields, when, trace id).
     */
    boolean disclose(Actor actor, String recordKind, String recordId, Collection<String> owningDepartments,
                     List<String> fields);

    /** Like {@link #disclose} for an export of many records of one department. */
    boolean discloseExport(Actor actor, String recordKind, String filter, String department, List<String> fields);

    /**
     * The read log of the head's department and its lower levels (S1 13), newest first. Only a department head
     * (负责人) may read it.
     */
    List<PersonalDataRead> reads(Actor actor, String department, Instant before, int limit);
}
