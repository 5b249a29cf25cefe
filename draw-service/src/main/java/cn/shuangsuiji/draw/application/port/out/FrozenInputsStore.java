package cn.shuangsuiji.draw.application.port.out;

import java.util.Optional;

/** Stores each draw's frozen inputs (written once at commitment, outside the transaction, never changed). */
public interface FrozenInputsStore {

    void store(String drawId, byte[] data);

    Optional<byte[]> load(String drawId);
}
