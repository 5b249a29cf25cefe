package cn.shuangsuiji.draw.domain.draw;

import java.time.Instant;
import java.util.Objects;

/**
 * 见证人 — a person witnessing the draw (media, invited supervisor, entity representative; S2 20).
 *
 * @param name         the witness's name
 * @param role         a {@link WitnessRole}: MEDIA, SUPERVISOR, ENTITY_REPRESENTATIVE, WITNESS
 * @param organisation their organisation
 * @param recordedAt   when recorded
 * @param addedLater   registered after the commitment (logged WITNESS_ADDED); null in older records
 */
public record Witness(String name, String role, String organisation, Instant recordedAt, Boolean addedLater) {

    public Witness(String name, String role, String organisation, Instant recordedAt) {
        this(name, role, organisation, recordedAt, null);
    }

    public Witness {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
