package cn.shuangsuiji.drawprotocol;

import java.util.List;

/**
 * 随机种子输入 — the values revealed after the commitment: the beacon round's signature, each named
 * public source's value and each witness's secret, in the order the commitment lists them.
 */
public record SeedInputs(BeaconReading beacon, List<String> sourceValues, List<String> witnessReveals) {
    public SeedInputs {
        if (beacon == null) {
            throw new IllegalArgumentException("the beacon reading is required");
        }
        sourceValues = List.copyOf(sourceValues == null ? List.of() : sourceValues);
        witnessReveals = List.copyOf(witnessReveals == null ? List.of() : witnessReveals);
        for (String v : sourceValues) {
            Text.text(v, "source value", 1, Text.MAX_TEXT_BYTES);
        }
        for (String r : witnessReveals) {
            Text.text(r, "witness reveal", 1, Text.MAX_TEXT_BYTES);
        }
    }
}
