package org.yangguang.supervision;

/**
 * The counts of one department in one period, and the measures of the domain notes made of them:
 * <ul>
 *   <li>on-time rate (按时办结率): concluded cases decided by their promised deadline;</li>
 *   <li>speed-up rates (提速率): 1 − promised/statutory, and 1 − working days used/statutory;</li>
 *   <li>on-the-spot rate (现场办结率): concluded the day they were received;</li>
 *   <li>online acceptance rate (网上受理率): received online;</li>
 *   <li>score (default): 100 − points per yellow and per red card, times the on-time rate, never
 *       below 0; a quarter gets the grade 优秀/良好/合格/不合格 of the settings. A period without
 *       cases (none received, concluded or found overdue) has neither: 无办件.</li>
 *   <li>好差评: the share satisfied of the ratings given in the period (unfounded ones left out);
 *       with a rating weight w (a setting, percent) the score is also multiplied by
 *       (1 − w + w × share satisfied).</li>
 * </ul>
 */
final class Tally {
    long received;
    long online;
    long concluded;
    long onTime;
    long onTheSpot;
    long withStatutory;
    double promisedShare;
    long withDaysUsed;
    double daysUsed;
    long withBoth;
    double usedShare;
    long warnings;
    long yellow;
    long red;
    long complaints;
    long substantiated;
    long rated;
    long satisfied;

    void add(Tally o) {
        received += o.received;
        online += o.online;
        concluded += o.concluded;
        onTime += o.onTime;
        onTheSpot += o.onTheSpot;
        withStatutory += o.withStatutory;
        promisedShare += o.promisedShare;
        withDaysUsed += o.withDaysUsed;
        daysUsed += o.daysUsed;
        withBoth += o.withBoth;
        usedShare += o.usedShare;
        warnings += o.warnings;
        yellow += o.yellow;
        red += o.red;
        complaints += o.complaints;
        substantiated += o.substantiated;
        rated += o.rated;
        satisfied += o.satisfied;
    }

    static double score(long yellowCards, long redCards, Double onTimeRate, int yellowPoints, int redPoints) {
        return score(yellowCards, redCards, onTimeRate, yellowPoints, redPoints, null, 0);
    }

    /** The score with the share satisfied weighed in ({@code weightPercent} 0: as without ratings). */
    static double score(long yellowCards, long redCards, Double onTimeRate, int yellowPoints, int redPoints,
            Double satisfiedRate, int weightPercent) {
        double base = Math.max(0, 100.0 - yellowCards * yellowPoints - redCards * redPoints);
        double w = satisfiedRate == null ? 0 : weightPercent / 100.0;
        double rating = satisfiedRate == null ? 1.0 : 1 - w + w * satisfiedRate;
        return Math.round(base * (onTimeRate == null ? 1.0 : onTimeRate) * rating * 10) / 10.0;
    }

    /** Whether there was anything to judge: a case received or concluded, or a finding on one. */
    boolean hasCases() {
        return received + concluded + warnings + yellow + red > 0;
    }

    DepartmentScore score(String code, String name, SupervisionSettings s, Period period) {
        Double onTimeRate = rate(onTime, concluded);
        Double satisfiedRate = rate(satisfied, rated);
        Double score = hasCases() ? score(yellow, red, onTimeRate, s.getYellowPoints(), s.getRedPoints(), satisfiedRate,
                s.getRatingWeight() == null ? 0 : s.getRatingWeight()) : null;
        return new DepartmentScore(code, name, received, concluded, onTime, onTimeRate,
                withStatutory == 0 ? null : 1 - promisedShare / withStatutory,
                withBoth == 0 ? null : 1 - usedShare / withBoth,
                onTheSpot, rate(onTheSpot, concluded), online, rate(online, received),
                withDaysUsed == 0 ? null : daysUsed / withDaysUsed, warnings, yellow, red, complaints, substantiated,
                rated, satisfiedRate, score, score != null && period.quarter() ? s.grade(score) : null);
    }

    static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
