package org.yangguang.shared;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * A workflow's state machine as one table: for each action, the statuses it may start from, who
 * may take it, and the conditions that must hold, each with the sentence that explains a refusal.
 * The workflows of disclosure requests, proactive items and complaints each declare theirs with
 * it (as {@code CaseTransitions} does for cases): the entity checks it in every verb, the page
 * shows a button for each allowed action and the REST API lists them as {@code allowedActions}.
 *
 * @param <T> the subject (a request, an item, a complaint)
 * @param <S> its status
 * @param <A> its actions
 * @param <W> who may act
 * @param <X> what else a condition reads (e.g. today)
 */
public final class TransitionTable<T, S extends Enum<S> & Labelled, A extends Enum<A> & Labelled, W extends Enum<W>, X> {

    /** A condition with the sentence that explains a refusal. */
    public record Condition<T, X>(SystemText refusal, BiPredicate<T, X> holds) {}

    private record Rule<S, W, T, X>(Set<S> from, W who, List<Condition<T, X>> conditions) {}

    /** The answer for one action: allowed, or refused with the reason shown to the user. */
    public record Verdict<A>(A action, boolean allowed, SystemText refusal, boolean byWho) {
        public static <A> Verdict<A> yes(A action) {
            return new Verdict<>(action, true, null, false);
        }

        /** The refusal in Chinese; null when allowed. */
        public String reason() {
            return refusal == null ? null : refusal.chinese();
        }

        /** Throws the refusal: forbidden if it is about who acts, a conflict with the subject's state otherwise. */
        public void orThrow() {
            if (allowed) return;
            if (byWho) throw new ForbiddenException(refusal);
            throw new ConflictException(refusal);
        }
    }

    private final Class<A> actions;
    private final Function<T, S> status;
    private final SystemText noun;
    private final Map<A, Rule<S, W, T, X>> rules;

    private TransitionTable(Class<A> actions, Function<T, S> status, SystemText noun, Map<A, Rule<S, W, T, X>> rules) {
        this.actions = actions;
        this.status = status;
        this.noun = noun;
        this.rules = rules;
    }

    /** Starts a table; {@code noun} names the subject in refusals (申请, 信息, 投诉). */
    public static <T, S extends Enum<S> & Labelled, A extends Enum<A> & Labelled, W extends Enum<W>, X> Builder<T, S, A, W, X> of(
            Class<A> actions, Function<T, S> status, SystemText noun) {
        return new Builder<>(actions, status, noun);
    }

    public static <T, X> Condition<T, X> when(SystemText refusal, BiPredicate<T, X> holds) {
        return new Condition<>(refusal, holds);
    }

    /** The subject's own rules (status and conditions), whoever acts: what the entity checks. */
    public Verdict<A> check(T subject, A action, X situation) {
        Rule<S, W, T, X> rule = rules.get(action);
        S current = status.apply(subject);
        if (!rule.from().contains(current)) {
            return new Verdict<>(action, false, SystemText.of("transition.notInStatus", noun, current, action), false);
        }
        for (Condition<T, X> c : rule.conditions()) {
            if (!c.holds().test(subject, situation)) return new Verdict<>(action, false, c.refusal(), false);
        }
        return Verdict.yes(action);
    }

    /** The full answer: a refusal about who acts (null when they may) first, then the subject's rules. */
    public Verdict<A> check(T subject, A action, X situation, SystemText whoRefusal) {
        return whoRefusal != null ? new Verdict<>(action, false, whoRefusal, true) : check(subject, action, situation);
    }

    public W who(A action) {
        return rules.get(action).who();
    }

    public Set<S> from(A action) {
        return rules.get(action).from();
    }

    /** The actions in declaration order. */
    public List<A> actions() {
        return Arrays.asList(actions.getEnumConstants());
    }

    public static final class Builder<T, S extends Enum<S> & Labelled, A extends Enum<A> & Labelled, W extends Enum<W>, X> {
        private final Class<A> actions;
        private final Function<T, S> status;
        private final SystemText noun;
        private final Map<A, Rule<S, W, T, X>> rules;

        private Builder(Class<A> actions, Function<T, S> status, SystemText noun) {
            this.actions = actions;
            this.status = status;
            this.noun = noun;
            this.rules = new EnumMap<>(actions);
        }

        @SafeVarargs
        public final Builder<T, S, A, W, X> rule(A action, W who, Set<S> from, Condition<T, X>... conditions) {
            if (rules.containsKey(action)) throw new IllegalStateException("two rules for " + action);
            rules.put(action, new Rule<>(Set.copyOf(from), who, List.of(conditions)));
            return this;
        }

        /** The table; every action must have its rule. */
        public TransitionTable<T, S, A, W, X> build() {
            Set<A> missing = EnumSet.allOf(actions);
            missing.removeAll(rules.keySet());
            if (!missing.isEmpty()) throw new IllegalStateException("every action needs a rule: " + missing);
            return new TransitionTable<>(actions, status, noun, Map.copyOf(rules));
        }
    }
}
