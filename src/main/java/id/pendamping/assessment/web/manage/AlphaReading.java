package id.pendamping.assessment.web.manage;

import id.pendamping.assessment.statistics.Reliability;

/**
 * How a coordinator may read Cronbach's alpha, in the usual bands of George and Mallery (0.9
 * excellent, 0.8 good, 0.7 acceptable, 0.6 questionable, 0.5 poor, below that unacceptable). A rule
 * of thumb, not a test: a short quiz or a topic of three items has a low alpha even when its items
 * are sound, which is why the page shows how many items and attempts each alpha rests on. The
 * bundle key is "itemStats.alpha.reading." plus the name.
 */
public enum AlphaReading {
    EXCELLENT, GOOD, ACCEPTABLE, QUESTIONABLE, POOR, UNACCEPTABLE, NOT_COMPUTABLE;

    public static AlphaReading of(Reliability reliability) {
        if (!reliability.computable()) {
            return NOT_COMPUTABLE;
        }
        // Banded as shown, to two decimals, so a page never calls "0.90" merely good.
        double alpha = Math.round(reliability.alpha().getAsDouble() * 100) / 100.0;
        if (alpha >= 0.9) {
            return EXCELLENT;
        } else if (alpha >= 0.8) {
            return GOOD;
        } else if (alpha >= 0.7) {
            return ACCEPTABLE;
        } else if (alpha >= 0.6) {
            return QUESTIONABLE;
        } else if (alpha >= 0.5) {
            return POOR;
        }
        return UNACCEPTABLE;
    }
}
