package io.semanticrouter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a question into the clauses that may each ask for a different tool ("find the invoice and email it to
 * Ana": "find the invoice", "email it to Ana"), for {@link ToolSelection.Clauses}. A clause ends before a joining
 * or sequencing word: "and", "then", "after that", "afterwards", "also", "plus", and a few of their German,
 * French, Spanish, Italian, Portuguese and Dutch counterparts. Punctuation does not split: on the tune requests,
 * splitting at commas and full stops as well cut long and indirect requests into vague pieces ("find that
 * message") that pulled in wrong tools (docs/gateway.md). A piece of fewer than {@link #MIN_WORDS} words
 * ("email Marc and Julie") is joined to the one before it (or, at the start, to the one after it), so names
 * joined by "and" make no clause of their own. Stateless and thread-safe.
 */
final class ToolClauses {

    /** The fewest words a clause has; shorter pieces are joined to a neighbour. */
    static final int MIN_WORDS = 3;

    private static final Pattern JOINERS = Pattern.compile("(?iu)(?:^|\\s+)(?:and then|and also|and|then|after that|"
            + "afterwards|also|plus|und dann|und|dann|danach|et puis|et ensuite|et|puis|ensuite|y luego|y después|y|"
            + "luego|e poi|poi|e depois|depois|e|en dan|dan|daarna)\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private ToolClauses() {
    }

    /**
     * The question's clauses in order, trimmed; a question that does not split is one clause (itself, trimmed).
     *
     * @throws NullPointerException if question is null
     */
    static List<String> of(String question) {
        List<String> out = new ArrayList<>();
        String pending = null; // short pieces at the start, waiting for a clause to join
        for (String piece : JOINERS.split(question.strip())) {
            if (piece.isBlank()) {
                continue;
            }
            piece = pending == null ? piece.strip() : pending + " " + piece.strip();
            pending = null;
            if (words(piece) >= MIN_WORDS) {
                out.add(piece);
            } else if (!out.isEmpty()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + piece);
            } else {
                pending = piece;
            }
        }
        if (pending != null) {
            out.add(pending);
        }
        return out.isEmpty() ? List.of(question.strip()) : List.copyOf(out);
    }

    private static int words(String text) {
        return (int) WORD.matcher(text).results().count();
    }
}
