package cn.shuangsuiji.draw.application.port.out;

import cn.shuangsuiji.draw.domain.snapshot.ConfirmedSnapshot;

/** Fetches a confirmed snapshot's binary content (from registry-service over HTTP in production). */
public interface SnapshotSource {

    /** The content bytes as served; the caller checks them against the confirmation. */
    byte[] content(ConfirmedSnapshot snapshot);
}
