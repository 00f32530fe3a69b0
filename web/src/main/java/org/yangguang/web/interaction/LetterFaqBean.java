package org.yangguang.web.interaction;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yangguang.interaction.letter.LetterService;
import org.yangguang.interaction.letter.PublishedLetter;

/** The frequent questions (常见问题) the guide shows with a matter: from the mailbox's published answers. */
@Named
@RequestScoped
public class LetterFaqBean {
    private static final int SHOWN = 5;

    @Inject
    LetterService letters;

    private final Map<String, List<PublishedLetter>> read = new HashMap<>();

    public List<PublishedLetter> of(String departmentCode, String matterCode) {
        if (departmentCode == null) return List.of();
        return read.computeIfAbsent(departmentCode + "|" + matterCode, k -> letters.faq(departmentCode, matterCode, SHOWN));
    }
}
