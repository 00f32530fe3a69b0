package org.yangguang.interaction.attention;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The keywords of a letter: its subject and text cut into words by Lucene's SmartChineseAnalyzer
 * (a hidden-Markov-model segmenter with its own dictionary), keeping words of two characters or
 * more that are not stop words — function words and the phrases every letter uses (请问, 希望,
 * 问题 …), which say nothing about what the public cares about. Thread-safe: the analyzer keeps
 * its state per thread.
 */
public final class Keywords {
    /** Words that occur in letters of any topic. */
    static final Set<String> STOP_WORDS = Set.of(
            "请问", "需要", "哪些", "可以", "是否", "能否", "如何", "怎么", "怎样", "什么", "为什么", "多久",
            "我们", "你们", "他们", "自己", "这个", "那个", "一个", "这些", "那些", "没有", "已经", "因为",
            "所以", "但是", "还是", "或者", "以及", "而且", "如果", "问题", "情况", "希望", "建议", "反映",
            "谢谢", "感谢", "您好", "你好", "领导", "今年", "明年", "去年", "本月", "现在", "目前", "非常",
            "严重", "连续", "越来越", "不能", "不会", "应该", "有关", "相关", "进行", "要求", "办理", "咨询",
            "投诉", "举报", "其他", "一下", "能不能", "可不可以", "时候", "时间", "为了", "关于", "对于");

    private static final Analyzer ANALYZER = new SmartChineseAnalyzer();

    private Keywords() {}

    /** The distinct keywords of a subject and text, in the order they first occur. */
    public static List<String> of(String subject, String text) {
        Set<String> words = new LinkedHashSet<>();
        add(words, subject);
        add(words, text);
        return List.copyOf(words);
    }

    private static void add(Set<String> words, String text) {
        if (text == null || text.isBlank()) return;
        try (TokenStream ts = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String w = term.toString();
                if (isKeyword(w)) words.add(w);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }

    /** Two characters or more, a letter among them (not a number), not a stop word. */
    static boolean isKeyword(String word) {
        return word.codePointCount(0, word.length()) >= 2 && word.codePoints().anyMatch(Character::isLetter)
                && word.codePoints().noneMatch(Character::isDigit) && !STOP_WORDS.contains(word);
    }
}
