package cn.shuangsuiji.inspection.domain.record;

import java.time.Instant;

/**
 * 告知 — the notice given to the inspected party before the check (time, channel), or the decision not to announce
 * it, with the reason (S1 20(二)).
 */
public record Notice(boolean announced, Instant noticeTime, String channel, String notAnnouncedReason) {

    public Notice {
        channel = channel == null ? "" : channel.strip();
        notAnnouncedReason = notAnnouncedReason == null ? "" : notAnnouncedReason.strip();
        if (announced && (noticeTime == null || channel.isEmpty())) {
            throw InspectionProblems.invalid("NOTICE_INCOMPLETE", "channel", "告知须写明时间和方式");
        }
        if (!announced && notAnnouncedReason.isEmpty()) {
            throw InspectionProblems.invalid("NOT_ANNOUNCED_REASON_REQUIRED", "notAnnouncedReason",
                    "不予告知的，须写明理由");
        }
    }

    public static Notice announced(Instant time, String channel) {
        return new Notice(true, time, channel, null);
    }

    public static Notice notAnnounced(String reason) {
        return new Notice(false, null, null, reason);
    }
}
