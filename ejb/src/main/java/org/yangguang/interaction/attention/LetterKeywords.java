package org.yangguang.interaction.attention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keywords of letters by id, segmented once and kept: what a writer wrote never changes (the
 * subject and text are not updatable), so a letter's keywords never go stale. The first statistics
 * of a year segment its letters (a few thousand in well under a second); later ones only new letters.
 */
@ApplicationScoped
public class LetterKeywords {
    /** Enough for several years of a county's letters; past it the memo starts again. */
    static final int MAX_KEPT = 200_000;
    private static final int CHUNK = 500;

    private final Map<Long, List<String>> kept = new ConcurrentHashMap<>();

    /** The keywords of the letters with these ids; loads and segments those not kept yet, in {@code em}'s transaction. */
    public Map<Long, List<String>> of(Collection<Long> ids, EntityManager em) {
        Map<Long, List<String>> out = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : ids) {
            List<String> k = kept.get(id);
            if (k == null) missing.add(id);
            else out.put(id, k);
        }
        if (kept.size() + missing.size() > MAX_KEPT) kept.clear();
        for (int i = 0; i < missing.size(); i += CHUNK) {
            List<Object[]> rows = em.createQuery("select l.id, l.subject, l.text from Letter l where l.id in :ids", Object[].class)
                    .setParameter("ids", missing.subList(i, Math.min(missing.size(), i + CHUNK))).getResultList();
            for (Object[] r : rows) {
                List<String> k = Keywords.of((String) r[1], (String) r[2]);
                kept.put((Long) r[0], k);
                out.put((Long) r[0], k);
            }
        }
        return out;
    }
}
