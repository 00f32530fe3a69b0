package org.yangguang.interaction.attention;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The topics of a period ranked two ways: by how many letters mention them, and by how many more
 * letters mention them than in the previous period (growth). A topic is a keyword; a letter counts
 * once per keyword however often it repeats it.
 */
public final class TopicRanking {
    /** A topic mentioned by fewer letters is noise, not a trend. */
    static final int MIN_LETTERS = 2;

    private TopicRanking() {}

    /**
     * A topic with its count in the period and in the previous one; the increase is the difference,
     * the growth in percent is null when the previous period had none (a new topic).
     */
    public record Topic(String keyword, long count, long previous, long increase, Double growthPercent) {
        static Topic of(String keyword, long count, long previous) {
            return new Topic(keyword, count, previous, count - previous,
                    previous == 0 ? null : Math.round((count - previous) * 1000.0 / previous) / 10.0);
        }
    }

    /** How many letters of each keyword lists mention it. */
    public static Map<String, Long> count(Iterable<List<String>> keywordsOfLetters) {
        Map<String, Long> counts = new HashMap<>();
        for (List<String> words : keywordsOfLetters) {
            for (String w : words) counts.merge(w, 1L, Long::sum);
        }
        return counts;
    }

    /** The {@code limit} topics mentioned most (at least {@link #MIN_LETTERS} letters); ties by keyword. */
    public static List<Topic> byCount(Map<String, Long> now, Map<String, Long> before, int limit) {
        return now.entrySet().stream().filter(e -> e.getValue() >= MIN_LETTERS)
                .map(e -> Topic.of(e.getKey(), e.getValue(), before.getOrDefault(e.getKey(), 0L)))
                .sorted(Comparator.comparingLong(Topic::count).reversed().thenComparing(Topic::keyword))
                .limit(limit).toList();
    }

    /**
     * The {@code limit} topics that grew most over the previous period (by how many more letters,
     * then by count), only those mentioned by at least {@link #MIN_LETTERS} letters and more than before.
     */
    public static List<Topic> byGrowth(Map<String, Long> now, Map<String, Long> before, int limit) {
        return now.entrySet().stream().filter(e -> e.getValue() >= MIN_LETTERS)
                .map(e -> Topic.of(e.getKey(), e.getValue(), before.getOrDefault(e.getKey(), 0L)))
                .filter(t -> t.increase() > 0)
                .sorted(Comparator.comparingLong(Topic::increase).reversed()
                        .thenComparing(Comparator.comparingLong(Topic::count).reversed()).thenComparing(Topic::keyword))
                .limit(limit).toList();
    }
}
