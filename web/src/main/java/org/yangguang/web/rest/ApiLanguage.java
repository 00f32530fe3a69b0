package org.yangguang.web.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import org.yangguang.shared.InvalidInputException;
import org.yangguang.shared.SystemText;
import org.yangguang.web.support.LocaleBean;

/**
 * The language of the API's problem texts ({@code title}, {@code detail}, {@code errors}):
 * Chinese, as the API has always answered, unless the caller's {@code Accept-Language} prefers
 * English to Chinese. An {@code errors} entry keeps its field name ({@code version: …}) in both.
 */
final class ApiLanguage {
    private ApiLanguage() {}

    static Locale of(HttpHeaders headers) {
        try {
            List<Locale> wanted = headers == null ? List.of() : headers.getAcceptableLanguages();
            for (Locale l : wanted) {
                if (l.getLanguage().equals("zh")) return Locale.SIMPLIFIED_CHINESE;
                if (l.getLanguage().equals("en")) return Locale.ENGLISH;
            }
        } catch (RuntimeException malformed) {
            // an Accept-Language that does not parse asks for nothing
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    static String words(SystemText text, Locale locale) {
        return LocaleBean.words(text, locale);
    }

    /** A problem of the input as an {@code errors} entry: "field: text". */
    static String words(InvalidInputException.Problem p, Locale locale) {
        return p.with(LocaleBean.words(p.text(), locale));
    }

    static List<String> words(List<InvalidInputException.Problem> problems, Locale locale) {
        return problems.stream().map(p -> words(p, locale)).toList();
    }

    /** A title of the API's own, by its key. */
    static String title(String key, Locale locale) {
        return LocaleBean.words(SystemText.of(key), locale);
    }
}
