package cn.shuangsuiji.drawprotocol;

import java.util.List;

/**
 * 核验报告 — what the verifier found: errors (mismatches: the draw is not proven), warnings (the draw
 * is reproducible but weaker than it should be, e.g. the DEMO beacon) and notes (what was checked).
 */
public record VerificationReport(List<String> errors, List<String> warnings, List<String> notes) {
    public VerificationReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }

    /** True when nothing mismatched (warnings allowed). */
    public boolean ok() {
        return errors.isEmpty();
    }
}
