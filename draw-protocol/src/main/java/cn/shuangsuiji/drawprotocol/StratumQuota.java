package cn.shuangsuiji.drawprotocol;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * 分层抽取比例 — the quota of one stratum (e.g. credit-risk class A..D), as committed.
 *
 * @param stratum stratum code, matching the targets' stratum field
 * @param kind    ratio or count
 * @param value   canonical decimal: for RATIO {@code 0 < r ≤ 1} such as "0.03" (no exponent, no trailing
 *                zeros, no '+'); for COUNT a non-negative integer without leading zeros
 */
public record StratumQuota(String stratum, QuotaKind kind, String value) implements Comparable<StratumQuota> {
    private static final Pattern DECIMAL = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]*[1-9])?");
    private static final Pattern INTEGER = Pattern.compile("0|[1-9][0-9]{0,9}");

    public StratumQuota {
        Text.id(stratum, "stratum");
        if (kind == null || value == null) {
            throw new IllegalArgumentException("stratum quota needs kind and value");
        }
        if (kind == QuotaKind.RATIO) {
            if (!DECIMAL.matcher(value).matches()) {
                throw new IllegalArgumentException("ratio is not a canonical decimal: " + value);
            }
            BigDecimal r = new BigDecimal(value);
            if (r.signum() <= 0 || r.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("ratio must be in (0, 1]: " + value);
            }
        } else {
            if (!INTEGER.matcher(value).matches() || Long.parseLong(value) > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("count is not a canonical integer: " + value);
            }
        }
    }

    /** A ratio quota, e.g. {@code ratio("D", "0.3")}; the value is canonicalised (0.30 → 0.3). */
    public static StratumQuota ratio(String stratum, String ratio) {
        BigDecimal r = new BigDecimal(ratio).stripTrailingZeros();
        return new StratumQuota(stratum, QuotaKind.RATIO, r.toPlainString());
    }

    public static StratumQuota count(String stratum, int count) {
        return new StratumQuota(stratum, QuotaKind.COUNT, Integer.toString(count));
    }

    /** Requested number before capping: ceil(ratio × eligible) exactly, or the count. */
    public long requested(long eligible) {
        if (kind == QuotaKind.COUNT) {
            return Long.parseLong(value);
        }
        return new BigDecimal(value).multiply(BigDecimal.valueOf(eligible)).setScale(0, RoundingMode.CEILING)
                .longValueExact();
    }

    @Override
    public int compareTo(StratumQuota o) {
        return Text.compareUtf8(stratum, o.stratum);
    }
}
