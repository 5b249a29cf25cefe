package cn.shuangsuiji.draw.application.port.out;

import cn.shuangsuiji.draw.domain.snapshot.ExpertRecord;
import java.util.Collection;
import java.util.List;

/** 专家库 — the experts of departments' expert libraries (registry-service over HTTP in production). */
public interface ExpertLibrary {

    /** The experts kept by these departments, with keyed relation keys; refuses (a problem) when unreachable. */
    List<ExpertRecord> pool(Collection<String> departmentIds);
}
