package org.w3id.veta.qca.calibration;

import java.util.Arrays;
import org.w3id.veta.qca.QcaException;

/**
 * Ragin's indirect calibration as R's QCA does it: cases get the target score of the threshold
 * interval they fall in, then {@code glm(y ~ log(x) + sqrt(x) + x + x^2, quasibinomial(logit))} is fitted
 * and its fitted values, rounded to 6 decimals, are the memberships. Quasi-binomial only changes the
 * dispersion, so an ordinary logit IRLS (as in R's {@code glm.fit}) gives the same fitted values.
 */
final class IndirectCalibration {

    private static final int MAX_ITERATIONS = 25;
    private static final double CONVERGENCE = 1e-8;

    private IndirectCalibration() {
    }

    static double[] calibrate(double[] raw, double[] thresholds) {
        double[] sorted = thresholds.clone();
        Arrays.sort(sorted);
        double[] targets = new double[sorted.length + 1];
        for (int j = 0; j < targets.length; j++) {
            targets[j] = Math.round(1000.0 * j / sorted.length) / 1000.0;
        }
        int n = raw.length;
        double[] y = new double[n];
        double[][] design = new double[n][];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < sorted.length; j++) {
                if (raw[i] > sorted[j]) {
                    y[i] = targets[j + 1];
                }
            }
            double x = raw[i] == 0 ? 0.00001 : raw[i];
            if (x < 0) {
                throw new QcaException("indirect calibration needs non-negative values (log is taken), found " + raw[i]);
            }
            design[i] = new double[] {1, Math.log(x), Math.sqrt(x), x, x * x};
        }
        double[] fitted = logitFit(design, y);
        double[] fs = new double[n];
        for (int i = 0; i < n; i++) {
            double rounded = Math.round(fitted[i] * 1e6) / 1e6;
            fs[i] = rounded < 0.0001 ? 0 : rounded > 0.9999 ? 1 : rounded;
        }
        return fs;
    }

    /** Iteratively reweighted least squares for a logit link with fractional responses. */
    private static double[] logitFit(double[][] design, double[] y) {
        int n = y.length;
        double[] eta = new double[n];
        double[] mu = new double[n];
        for (int i = 0; i < n; i++) {
            mu[i] = (y[i] + 0.5) / 2; // glm's starting values for the binomial family
            eta[i] = Math.log(mu[i] / (1 - mu[i]));
        }
        double deviance = deviance(y, mu);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[][] weighted = new double[n][];
            double[] response = new double[n];
            for (int i = 0; i < n; i++) {
                double derivative = mu[i] * (1 - mu[i]);
                double w = Math.sqrt(derivative);
                double z = eta[i] + (y[i] - mu[i]) / derivative;
                weighted[i] = new double[design[i].length];
                for (int j = 0; j < design[i].length; j++) {
                    weighted[i][j] = design[i][j] * w;
                }
                response[i] = z * w;
            }
            double[] beta = leastSquares(weighted, response);
            for (int i = 0; i < n; i++) {
                double linear = 0;
                for (int j = 0; j < beta.length; j++) {
                    linear += design[i][j] * beta[j];
                }
                eta[i] = linear;
                mu[i] = 1 / (1 + Math.exp(-linear));
            }
            double newDeviance = deviance(y, mu);
            boolean converged = Math.abs(newDeviance - deviance) / (Math.abs(newDeviance) + 0.1) < CONVERGENCE;
            deviance = newDeviance;
            if (converged) {
                break;
            }
        }
        return mu;
    }

    private static double deviance(double[] y, double[] mu) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += 2 * (term(y[i], mu[i]) + term(1 - y[i], 1 - mu[i]));
        }
        return sum;
    }

    private static double term(double y, double mu) {
        return y == 0 ? 0 : y * Math.log(y / mu);
    }

    /** Least squares by Householder QR (numerically safer than normal equations with x^2 columns). */
    static double[] leastSquares(double[][] a, double[] b) {
        int n = a.length;
        int p = a[0].length;
        double[][] r = new double[n][];
        for (int i = 0; i < n; i++) {
            r[i] = a[i].clone();
        }
        double[] qtb = b.clone();
        for (int k = 0; k < p; k++) {
            double norm = 0;
            for (int i = k; i < n; i++) {
                norm = Math.hypot(norm, r[i][k]);
            }
            if (norm == 0) {
                throw new QcaException("indirect calibration: the model matrix is rank deficient");
            }
            double alpha = r[k][k] > 0 ? -norm : norm;
            double[] v = new double[n];
            v[k] = r[k][k] - alpha;
            for (int i = k + 1; i < n; i++) {
                v[i] = r[i][k];
            }
            double vv = 0;
            for (int i = k; i < n; i++) {
                vv += v[i] * v[i];
            }
            if (vv == 0) {
                continue;
            }
            for (int j = k; j < p; j++) {
                double dot = 0;
                for (int i = k; i < n; i++) {
                    dot += v[i] * r[i][j];
                }
                double factor = 2 * dot / vv;
                for (int i = k; i < n; i++) {
                    r[i][j] -= factor * v[i];
                }
            }
            double dot = 0;
            for (int i = k; i < n; i++) {
                dot += v[i] * qtb[i];
            }
            double factor = 2 * dot / vv;
            for (int i = k; i < n; i++) {
                qtb[i] -= factor * v[i];
            }
        }
        double[] beta = new double[p];
        for (int k = p - 1; k >= 0; k--) {
            double sum = qtb[k];
            for (int j = k + 1; j < p; j++) {
                sum -= r[k][j] * beta[j];
            }
            beta[k] = sum / r[k][k];
        }
        return beta;
    }
}
