package cn.shuangsuiji.drawprotocol;

/**
 * 抽取异常 — inputs that do not match their commitment, or a post-draw action that cannot be done.
 * Codes: SNAPSHOT_MISMATCH, BEACON_INVALID, WITNESS_MISMATCH, SOURCE_MISMATCH, NOT_ACTIVE,
 * NO_SUBSTITUTE, NO_TEAM, NOT_IN_TEAM, NO_REPLACEMENT, DRAW_FAILED; for an approver's choice
 * CHOICE_NOT_ALLOWED and the ineligibility codes of {@link DrawEngine#replaceInspectorByChoice}.
 */
public class DrawException extends RuntimeException {
    private final String code;

    public DrawException(String code, String message) {
        super(code + ": " + message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
