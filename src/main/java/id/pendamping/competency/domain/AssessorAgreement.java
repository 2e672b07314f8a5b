package id.pendamping.competency.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The coordinator's view of reliability: for every pair of assessors who rated the same candidate's
 * unit, how far they agree.
 *
 * <p>Ratings are grouped by (candidate, unit). Every two assessors in a group make one
 * {@link VerdictPair} for their {@link AssessorPair}, so a unit rated by three assessors counts once
 * for each of the three pairs. A unit rated by one assessor only says nothing about agreement and is
 * left out. Pairs that never rated a unit in common do not appear.
 */
public final class AssessorAgreement {

    private AssessorAgreement() {
    }

    /**
     * Agreement per pair of assessors, in pair order.
     *
     * @throws IllegalArgumentException when one assessor has two ratings for the same candidate's unit:
     *                                  which one counts is for the caller to decide (for example the
     *                                  latest, after a re-assessment), not for a statistic to guess
     */
    public static SortedMap<AssessorPair, RaterAgreement> byPair(Collection<AssessorRating> ratings) {
        Map<List<String>, Map<String, Verdict>> verdictsByUnit = new LinkedHashMap<>();
        for (AssessorRating rating : ratings) {
            Map<String, Verdict> byAssessor = verdictsByUnit.computeIfAbsent(
                    List.of(rating.candidate(), rating.unitCode()), unit -> new TreeMap<>());
            if (byAssessor.putIfAbsent(rating.assessor(), rating.verdict()) != null) {
                throw new IllegalArgumentException("Assessor '" + rating.assessor() + "' rated unit '"
                        + rating.unitCode() + "' of candidate '" + rating.candidate()
                        + "' twice; pass the rating that counts");
            }
        }
        SortedMap<AssessorPair, List<VerdictPair>> pairsByAssessors = new TreeMap<>();
        for (Map<String, Verdict> byAssessor : verdictsByUnit.values()) {
            // The TreeMap orders assessors by registration number, so i < j gives the pair's first and second.
            List<Map.Entry<String, Verdict>> assessors = new ArrayList<>(byAssessor.entrySet());
            for (int i = 0; i < assessors.size(); i++) {
                for (int j = i + 1; j < assessors.size(); j++) {
                    pairsByAssessors
                            .computeIfAbsent(new AssessorPair(assessors.get(i).getKey(), assessors.get(j).getKey()),
                                    pair -> new ArrayList<>())
                            .add(new VerdictPair(assessors.get(i).getValue(), assessors.get(j).getValue()));
                }
            }
        }
        SortedMap<AssessorPair, RaterAgreement> agreement = new TreeMap<>();
        pairsByAssessors.forEach((pair, verdicts) -> agreement.put(pair, RaterAgreement.of(verdicts)));
        return Collections.unmodifiableSortedMap(agreement);
    }
}
