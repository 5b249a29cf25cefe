package cn.shuangsuiji.contracts.draw;

/**
 * 见证人承诺 — the hash a witness committed to before the beacon round (S2 20; docs/draw-protocol.md §4): the
 * witness later reveals the secret that opens it, and the reveal enters the seed.
 *
 * @param witness    the witness as named in the commitment
 * @param commitment hex SHA-256 commitment of the witness's secret
 */
public record CommittedWitness(String witness, String commitment) {
}
