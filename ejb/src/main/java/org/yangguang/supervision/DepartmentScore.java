package org.yangguang.supervision;

import java.io.Serializable;

/**
 * One department's (or the county's) performance in a period (绩效考核): cases received and
 * concluded, the rates the domain notes define, cards and complaints, the score and grade.
 * Rates are fractions (0..1), null where nothing was there to count. A period without cases (none
 * received, concluded or found overdue) has no score and no grade: there was nothing to judge.
 */
public record DepartmentScore(String departmentCode, String departmentName, long received, long concluded,
        long concludedOnTime, Double onTimeRate, Double promisedSpeedUp, Double actualSpeedUp, long onTheSpot,
        Double onTheSpotRate, long online, Double onlineRate, Double averageWorkingDays, long warnings, long yellowCards,
        long redCards, long complaints, long complaintsSubstantiated, long ratings, Double satisfiedRate, Double score,
        String grade)
        implements Serializable {

    DepartmentScore withScore(Double newScore, String newGrade) {
        return new DepartmentScore(departmentCode, departmentName, received, concluded, concludedOnTime, onTimeRate,
                promisedSpeedUp, actualSpeedUp, onTheSpot, onTheSpotRate, online, onlineRate, averageWorkingDays, warnings,
                yellowCards, redCards, complaints, complaintsSubstantiated, ratings, satisfiedRate, newScore, newGrade);
    }

    /** Whether the period had cases to judge (otherwise: no score, 无办件). */
    public boolean isScored() {
        return score != null;
    }

    /** The county's row: totals of the departments. */
    public boolean isCounty() {
        return departmentCode == null;
    }
}
