package cn.shuangsuiji.draw.domain.draw;

import java.time.Instant;
import java.util.Objects;

/**
 * 见证人 — a person witnessing the draw (media, invited supervisor, entity representative; S2 20).
 *
 * @param name         the witness's name
 * @param role         e.g. MEDIA, SUPERVISOR, ENTITY_REPRESENTATIVE
 * @param organisation their organisation
 * @param recordedAt   when recorded
 */
public record Witness(String name, String role, String organisation, Instant recordedAt) {

    public Witness {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
