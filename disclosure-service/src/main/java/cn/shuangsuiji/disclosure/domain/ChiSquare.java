package cn.shuangsuiji.disclosure.domain;

/** The chi-square distribution's upper tail, via the regularized incomplete gamma function (Numerical Recipes). */
final class ChiSquare {

    private ChiSquare() {
    }

    /** P(X ≥ x) for X ~ χ²(df). */
    static double upperTail(double x, int df) {
        if (x <= 0) {
            return 1.0;
        }
        return regularizedGammaQ(df / 2.0, x / 2.0);
    }

    static double regularizedGammaQ(double a, double x) {
        if (x < a + 1) {
            return 1.0 - series(a, x);
        }
        return continuedFraction(a, x);
    }

    private static double series(double a, double x) {
        double sum = 1.0 / a;
        double term = sum;
        for (int n = 1; n < 1000; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * 1e-15) {
                break;
            }
        }
        return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
    }

    private static double continuedFraction(double a, double x) {
        double b = x + 1 - a;
        double c = 1 / 1e-300;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 1000; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < 1e-300) {
                d = 1e-300;
            }
            c = b + an / c;
            if (Math.abs(c) < 1e-300) {
                c = 1e-300;
            }
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < 1e-15) {
                break;
            }
        }
        return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
    }

    private static double logGamma(double x) {
        double[] g = {76.18009172947146, -86.50532032941677, 24.01409824083091, -1.231739572450155,
                0.1208650973866179e-2, -0.5395239384953e-5};
        double y = x;
        double tmp = x + 5.5;
        tmp -= (x + 0.5) * Math.log(tmp);
        double ser = 1.000000000190015;
        for (double v : g) {
            ser += v / ++y;
        }
        return -tmp + Math.log(2.5066282746310005 * ser / x);
    }
}
