package cn.shuangsuiji.planning.domain.plan;

import cn.shuangsuiji.planning.domain.policy.CreditClass;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * 抽取数量 — how many entities one round draws, for one credit-risk class or (class empty) for the whole
 * scope: a ratio of the population or a fixed count, exactly one of them.
 */
public record SampleSize(Optional<CreditClass> creditClass, BigDecimal ratio, Integer count) {

    public SampleSize {
        creditClass = creditClass == null ? Optional.empty() : creditClass;
        if ((ratio == null) == (count == null)) {
            throw new IllegalArgumentException("抽取数量须且只须给出比例或数量之一");
        }
        if (ratio != null && (ratio.signum() <= 0 || ratio.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException("抽取比例应大于 0 且不超过 1");
        }
        if (count != null && count < 1) {
            throw new IllegalArgumentException("抽取数量至少为 1");
        }
    }

    public static SampleSize ofRatio(CreditClass creditClass, String ratio) {
        return new SampleSize(Optional.ofNullable(creditClass), new BigDecimal(ratio), null);
    }

    public static SampleSize ofCount(CreditClass creditClass, int count) {
        return new SampleSize(Optional.ofNullable(creditClass), null, count);
    }
}
