package cn.shuangsuiji.draw.domain.draw;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 下派 — a drawn list dispatched to a lower-level department, to be confirmed by the deadline (S0 17; S1 13).
 *
 * @param departmentId the receiving department
 * @param dispatchedOn dispatch date
 * @param deadline     last working day to confirm
 * @param confirmedBy  who confirmed, or null
 * @param confirmedAt  when confirmed, or null
 */
public record Dispatch(String departmentId, LocalDate dispatchedOn, LocalDate deadline, String confirmedBy,
                       Instant confirmedAt) {

    public Dispatch {
        Objects.requireNonNull(departmentId, "departmentId");
        Objects.requireNonNull(dispatchedOn, "dispatchedOn");
        Objects.requireNonNull(deadline, "deadline");
    }

    public boolean confirmed() {
        return confirmedAt != null;
    }

    public boolean overdueOn(LocalDate today) {
        return !confirmed() && today.isAfter(deadline);
    }
}
