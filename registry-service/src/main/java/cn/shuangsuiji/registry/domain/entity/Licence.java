package cn.shuangsuiji.registry.domain.entity;

import java.time.LocalDate;

/**
 * 许可证 — a licence held by an entity, with its validity (S2 13).
 *
 * @param number     licence number
 * @param name       licence name, e.g. 食品经营许可证
 * @param validFrom  first valid day, may be null
 * @param validUntil last valid day, may be null (no end)
 */
public record Licence(String number, String name, LocalDate validFrom, LocalDate validUntil) {

    /** Whether the licence is valid on the day. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || !day.isAfter(validUntil));
    }
}
