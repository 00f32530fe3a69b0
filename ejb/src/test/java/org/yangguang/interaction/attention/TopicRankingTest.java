package org.yangguang.interaction.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yangguang.interaction.attention.TopicRanking.Topic;

/** Topics ranked by count and by growth over the previous period. */
class TopicRankingTest {

    @Test
    void aLetterCountsOncePerKeyword() {
        Map<String, Long> counts = TopicRanking.count(List.of(List.of("公交", "线路"), List.of("公交"), List.of("电梯")));
        assertEquals(Map.of("公交", 2L, "线路", 1L, "电梯", 1L), counts);
    }

    @Test
    void byCountMostMentionedFirstTiesByKeywordAndRareOnesLeftOut() {
        Map<String, Long> now = Map.of("公交", 5L, "电梯", 7L, "噪音", 5L, "图书馆", 1L);
        List<Topic> ranked = TopicRanking.byCount(now, Map.of("公交", 2L), 10);
        assertEquals(List.of("电梯", "公交", "噪音"), ranked.stream().map(Topic::keyword).toList());
        assertEquals(new Topic("公交", 5, 2, 3, 150.0), ranked.get(1));
        assertEquals(2, TopicRanking.byCount(now, Map.of(), 2).size());
    }

    @Test
    void byGrowthTheLargestIncreaseFirstOnlyThoseThatGrew() {
        Map<String, Long> now = Map.of("公交", 5L, "电梯", 7L, "噪音", 4L, "食品", 3L);
        Map<String, Long> before = Map.of("公交", 1L, "电梯", 8L, "噪音", 0L, "食品", 3L);
        List<Topic> rising = TopicRanking.byGrowth(now, before, 10);
        // 公交 +4 (400 %), 噪音 +4 (new: no percent), 电梯 fell, 食品 stayed
        assertEquals(List.of("公交", "噪音"), rising.stream().map(Topic::keyword).toList());
        assertEquals(400.0, rising.get(0).growthPercent());
        assertNull(rising.get(1).growthPercent());
        assertEquals(4, rising.get(1).increase());
    }
}
