package dev.adaptations.search;

import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Picks which of a hit's names (title, original-script name, aliases) best explains the match, so a client
 * can show "matched Nam Yun-su" when the text was a variant spelling.
 */
final class BestMatch {

	private BestMatch() {
	}

	static @Nullable String of(String text, List<String> names) {
		if (names.isEmpty()) {
			return null;
		}
		for (String name : names) {
			// Exactly as typed (accents included) beats any folded comparison.
			if (name.strip().equalsIgnoreCase(text.strip())) {
				return name;
			}
		}
		String query = NameVariants.compact(text);
		String best = names.stream()
			.min(Comparator.comparingInt(name -> distance(query, NameVariants.compact(name))))
			.orElseThrow();
		// A hit found through some other word than its names (a fuzzy match on one word, say) shows its
		// display name rather than whichever unrelated alias happens to be closest.
		int tolerance = Math.max(2, query.length() / 3);
		return (distance(query, NameVariants.compact(best)) <= tolerance) ? best : names.get(0);
	}

	private static int distance(String query, String name) {
		if (name.equals(query)) {
			return -2;
		}
		if (name.contains(query) || query.contains(name)) {
			return -1 + Math.abs(name.length() - query.length()) / 100;
		}
		return levenshtein(query, name);
	}

	private static int levenshtein(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
