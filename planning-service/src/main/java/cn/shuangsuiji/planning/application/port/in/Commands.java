package cn.shuangsuiji.planning.application.port.in;

/** Shared checks of command records. */
final class Commands {

    private Commands() {
    }

    static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("须说明理由");
        }
        return reason.trim();
    }
}
