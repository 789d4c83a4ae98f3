package org.w3id.veta.qca.truthtable;

/**
 * R's {@code inf.test = c("binom", alpha)} in truthTable.R: for each observed row,
 * {@code binom.test(round(n * incl), n, p = incl.cut, alternative = "greater")$p.value}, that is
 * {@code P(X >= successes)} for {@code X ~ Binomial(n, p)}.
 */
final class BinomialTest {

    private BinomialTest() {
    }

    /** The upper tail {@code P(X >= successes)}, summing the binomial probabilities from {@code successes} up. */
    static double upperTail(int successes, int trials, double p) {
        if (successes <= 0) {
            return 1;
        }
        if (successes > trials || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return 1;
        }
        double logTerm = successes * Math.log(p) + (trials - successes) * Math.log1p(-p);
        for (int i = 1; i <= successes; i++) {
            logTerm += Math.log((double) (trials - successes + i) / i);
        }
        double term = Math.exp(logTerm);
        double sum = 0;
        for (int k = successes; k <= trials; k++) {
            sum += term;
            term *= (double) (trials - k) / (k + 1) * p / (1 - p);
        }
        return Math.min(1, sum);
    }
}
