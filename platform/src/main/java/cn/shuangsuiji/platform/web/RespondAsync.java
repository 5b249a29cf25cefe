package cn.shuangsuiji.platform.web;

import java.time.Duration;
import java.util.Locale;

/**
 * The client's RFC 7240 preferences for a long operation: {@code Prefer: respond-async} asks for 202 and a job at
 * once; {@code wait=N} shortens the time (patience) the server waits for the result before it answers with the job.
 */
public record RespondAsync(boolean asked, Duration patience) {

    public static RespondAsync of(String prefer, Duration bound) {
        boolean async = false;
        Duration wait = bound;
        if (prefer != null) {
            for (String token : prefer.split(",")) {
                String t = token.trim().toLowerCase(Locale.ROOT);
                if (t.equals("respond-async")) {
                    async = true;
                } else if (t.startsWith("wait=")) {
                    try {
                        long seconds = Long.parseLong(t.substring(5).trim());
                        if (seconds >= 0 && Duration.ofSeconds(seconds).compareTo(wait) < 0) {
                            wait = Duration.ofSeconds(seconds);
                        }
                    } catch (NumberFormatException ignored) {
                        // an unparsable preference is ignored (RFC 7240 §2)
                    }
                }
            }
        }
        return new RespondAsync(async, async ? Duration.ZERO : wait);
    }
}
