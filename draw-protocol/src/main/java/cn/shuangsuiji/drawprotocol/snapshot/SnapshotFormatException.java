package cn.shuangsuiji.drawprotocol.snapshot;

/** Registry snapshot content that does not follow {@link RegistrySnapshot} or whose trailer does not match. */
public final class SnapshotFormatException extends IllegalArgumentException {

    public SnapshotFormatException(String message) {
        super(message);
    }
}
