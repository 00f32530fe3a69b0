package org.yangguang.interaction.attention;

import java.io.Serializable;
import java.util.List;
import org.yangguang.interaction.letter.LetterCategory;

/**
 * 关注度分析 of one period (a month or a quarter), of all letters or of one department's: the
 * letters received in the period by month, category, handler and topic; how long the answers took;
 * the share answered on time; the ratings (好差评) given in the period by department and matter.
 */
public record AttentionStatistics(String period, String periodLabel, String previousPeriod, String department,
        String departmentName, long letters, List<MonthRow> months, List<CategoryCount> categories,
        List<HandlerRow> handlers, List<HandlerMonth> handlerMonths, List<TopicRow> topics, List<TopicRow> risingTopics,
        List<BucketCount> answerTimes, OnTime onTime, List<RatingRow> ratingsByDepartment, List<RatingRow> ratingsByMatter)
        implements Serializable {

    /** Letters received in a month ({@code 2026-11}), by category. */
    public record MonthRow(String month, long letters, List<CategoryCount> categories) implements Serializable {}

    public record CategoryCount(LetterCategory category, String label, long letters) implements Serializable {}

    /**
     * Letters by who handles them: a department ({@code department} its code), the office itself, or
     * nobody yet; how many were answered, on time and late.
     */
    public record HandlerRow(HandlerKind handler, String department, String name, long letters, long answered,
            long onTime, long late, Double onTimeShare) implements Serializable {}

    /** The same per month: the public summary. */
    public record HandlerMonth(String month, HandlerKind handler, String department, String name, long letters,
            long answered, long onTime, long late, Double onTimeShare) implements Serializable {}

    /** A topic (keyword) with its letters in the period, per month, and in the previous period. */
    public record TopicRow(String keyword, long letters, List<Long> perMonth, long previous, long increase,
            Double growthPercent) implements Serializable {}

    public record BucketCount(AnswerTime bucket, String label, long letters) implements Serializable {}

    /** Answered by the deadline, late (answered after it or not answered past it), share on time in percent. */
    public record OnTime(long onTime, long late, Double share) implements Serializable {}

    /** Ratings of a department or matter ({@code code}): count, satisfied, share satisfied (unfounded left out). */
    public record RatingRow(String code, String name, long count, long satisfied, Double share) implements Serializable {}
}
