package dev.adaptations.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns what a person types into a Lucene query for the full-text index: the words as a phrase (boosted
 * most), every word as typed, as a prefix, and, when long enough to tell apart, with one or two typos
 * allowed; plus the words with
 * hyphens dropped and the whole text run together, which meet the variants the loader indexes. The words
 * are split on anything but letters and digits, so no Lucene syntax from the input survives.
 */
final class LuceneQuery {

	private LuceneQuery() {
	}

	static String of(String text) {
		Set<String> clauses = new LinkedHashSet<>();
		Set<String> words = new LinkedHashSet<>();
		words.addAll(words(NameVariants.fold(text)));
		words.addAll(words(NameVariants.joined(text)));
		for (String word : words) {
			clauses.add(word + "^3");
			// Prefixes of one- and two-letter words ("in", "of") match half the index.
			if (word.codePointCount(0, word.length()) >= 3 || isHangul(word)) {
				clauses.add(word + "*^1.5");
			}
			if (word.codePointCount(0, word.length()) >= 4) {
				clauses.add(word + "~" + ((word.length() >= 7) ? 2 : 1));
			}
		}
		List<String> folded = List.copyOf(words(NameVariants.fold(text)));
		if (folded.size() > 1) {
			// The words in order weigh most: "love in the big city" before anything with "city" in it.
			clauses.add("\"" + String.join(" ", folded) + "\"^8");
		}
		String compact = NameVariants.compact(text);
		if (compact.length() >= 4 && !words.contains(compact)) {
			clauses.add(compact + "^4");
			clauses.add(compact + "~" + ((compact.length() >= 7) ? 2 : 1));
		}
		return String.join(" ", clauses);
	}

	private static boolean isHangul(String word) {
		return word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
	}

	private static Set<String> words(String text) {
		Set<String> words = new LinkedHashSet<>();
		for (String word : text.split("[^\\p{L}\\p{N}]+")) {
			// Lucene's operators are upper case; folded input is lower case, so words cannot become operators.
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

}
