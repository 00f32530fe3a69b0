package org.yangguang.interaction.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Real sentences from letters give real words: the segmenter's, not character n-grams. */
class KeywordsTest {

    @Test
    void aRealSentenceGivesRealWords() {
        List<String> words = Keywords.of("老年人办理社保卡需要哪些材料",
                "我父亲今年七十岁，想办理第三代社保卡，请问需要带哪些材料？子女可以代办吗？");
        assertEquals(List.of("老年人", "社保", "材料", "父亲", "子女", "代办"), words);
    }

    @Test
    void stopWordsSingleCharactersAndNumbersAreDropped() {
        List<String> words = Keywords.of("建议增开城南至高铁站的公交线路", "城南新区居民越来越多，去高铁站只能打车，建议增开一条直达公交。2026年");
        assertTrue(words.contains("公交"), words.toString());
        assertTrue(words.contains("居民"), words.toString());
        assertFalse(words.contains("建议"), "a stop word: " + words);
        assertFalse(words.contains("越来越"), "a stop word: " + words);
        assertTrue(words.stream().allMatch(w -> w.length() >= 2), "no single characters: " + words);
        assertTrue(words.stream().noneMatch(w -> w.chars().anyMatch(Character::isDigit)), "no numbers: " + words);
    }

    @Test
    void notCharacterNgrams() {
        // an n-gram cutter would also give 社保卡's overlapping pairs such as 保卡 and 办社
        List<String> words = Keywords.of("办社保卡", null);
        assertFalse(words.contains("保卡"), words.toString());
        assertFalse(words.contains("办社"), words.toString());
    }

    @Test
    void eachWordOnceInTheOrderItFirstOccurs() {
        assertEquals(List.of("噪音", "施工"), Keywords.of("噪音", "施工噪音，施工噪音"));
        assertEquals(List.of(), Keywords.of("  ", null));
    }
}
