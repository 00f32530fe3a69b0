package org.yangguang.supervision;

import java.io.Serializable;

/**
 * One department's (or the county's) performance in a period (绩效考核): cases received and
 * concluded, the rates the domain notes define, cards and complaints, the score and grade.
 * Rates are fractions (0..1), null where nothing was there to count.
 */
public record DepartmentScore(String departmentCode, String departmentName, long received, long concluded,
        long concludedOnTime, Double onTimeRate, Double promisedSpeedUp, Double actualSpeedUp, long onTheSpot,
        Double onTheSpotRate, long online, Double onlineRate, Double averageWorkingDays, long warnings, long yellowCards,
        long redCards, long complaints, long complaintsSubstantiated, double score, String grade)
        implements Serializable {

    DepartmentScore withScore(double newScore, String newGrade) {
        return new DepartmentScore(departmentCode, departmentName, received, concluded, concludedOnTime, onTimeRate,
                promisedSpeedUp, actualSpeedUp, onTheSpot, onTheSpotRate, online, onlineRate, averageWorkingDays, warnings,
                yellowCards, redCards, complaints, complaintsSubstantiated, newScore, newGrade);
    }

    /** The county's row: totals of the departments. */
    public boolean isCounty() {
        return departmentCode == null;
    }
}
