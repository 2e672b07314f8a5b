package id.pendamping.assessment.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Draws an attempt's items from the bank by the quiz's blueprint, puts them in an order and fixes
 * the order of each item's options. Done once, on the server, when the attempt starts. Pure: the
 * same bank, blueprint and random seed give the same draw, which tests and audits rely on.
 */
public final class ItemDraw {

    /** The bank has too few items for a rule of the blueprint. */
    public static class NotEnoughItems extends RuntimeException {

        private final transient Blueprint.Rule rule;
        private final int available;

        NotEnoughItems(Blueprint.Rule rule, int available) {
            super("the rule " + rule + " needs " + rule.count() + " items, the bank has " + available);
            this.rule = rule;
            this.available = available;
        }

        public Blueprint.Rule rule() {
            return rule;
        }

        public int available() {
            return available;
        }
    }

    private ItemDraw() {
    }

    public static List<DrawnItem> draw(Blueprint blueprint, List<Item> bank, Random random) {
        Set<String> taken = new HashSet<>();
        List<Item> drawn = new ArrayList<>();
        for (Blueprint.Rule rule : blueprint.rules()) {
            List<Item> candidates = new ArrayList<>(bank.stream()
                    .filter(rule::matches).filter(i -> !taken.contains(i.key())).toList());
            if (candidates.size() < rule.count()) {
                throw new NotEnoughItems(rule, candidates.size());
            }
            Collections.shuffle(candidates, random);
            for (Item item : candidates.subList(0, rule.count())) {
                taken.add(item.key());
                drawn.add(item);
            }
        }
        Collections.shuffle(drawn, random);
        List<DrawnItem> attempt = new ArrayList<>();
        for (int position = 0; position < drawn.size(); position++) {
            Item item = drawn.get(position);
            attempt.add(new DrawnItem(position, item, shownOrder(item, random)));
        }
        return attempt;
    }

    /**
     * Options are shuffled when the item says so; matching rights and ordering steps always are,
     * since shown in their right order they would give the answer away.
     */
    static List<Integer> shownOrder(Item item, Random random) {
        ItemBody body = item.body();
        int size;
        boolean alwaysShuffle = false;
        if (body instanceof ItemBody.SingleChoice single) {
            size = single.options().size();
        } else if (body instanceof ItemBody.MultipleResponse multiple) {
            size = multiple.options().size();
        } else if (body instanceof ItemBody.Matching matching) {
            size = matching.pairs().size();
            alwaysShuffle = true;
        } else if (body instanceof ItemBody.Ordering ordering) {
            size = ordering.sequence().size();
            alwaysShuffle = true;
        } else {
            return List.of();
        }
        List<Integer> order = new ArrayList<>(IntStream.range(0, size).boxed().toList());
        if (item.shuffle() || alwaysShuffle) {
            do {
                Collections.shuffle(order, random);
            } while (alwaysShuffle && size > 1 && isIdentity(order));
        }
        return order;
    }

    private static boolean isIdentity(List<Integer> order) {
        return IntStream.range(0, order.size()).allMatch(i -> order.get(i) == i);
    }
}
