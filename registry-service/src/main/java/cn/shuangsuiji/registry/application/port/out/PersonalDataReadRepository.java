package cn.shuangsuiji.registry.application.port.out;

import cn.shuangsuiji.registry.domain.privacy.PersonalDataRead;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Stores the personal-data read log ({@code personal_data_reads}); entries are only appended. */
public interface PersonalDataReadRepository {

    void append(PersonalDataRead read);

    /** Entries of records owned by these departments, newest first, older than {@code before} if given. */
    List<PersonalDataRead> of(Collection<String> departments, Instant before, int limit);
}
