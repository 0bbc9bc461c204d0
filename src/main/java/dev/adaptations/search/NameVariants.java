package dev.adaptations.search;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Spelling variants of names that a full-text analyzer would otherwise keep apart: romanizations are
 * hyphenated and spaced inconsistently ("Nam Yoon-su", "Nam Yoonsu", "namyoonsu"; "Park Sang-young",
 * "Park Sangyoung"), and accents come and go. Indexed beside the names, and applied to search text, so
 * both sides meet.
 */
public final class NameVariants {

	/** Compiled once: names are folded for every node an import or a write indexes. */
	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern INNER_PUNCTUATION = Pattern.compile("[-'’.·]");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern NEITHER_LETTER_NOR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

	private NameVariants() {
	}

	/** Folds case and accents, for comparing names. */
	public static String fold(String text) {
		String decomposed = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
		// Decomposition splits Hangul syllables into jamo; recompose so Hangul stays as written.
		return Normalizer.normalize(decomposed, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
	}

	/** The name without hyphens and apostrophes inside words ("nam yoonsu"). */
	public static String joined(String text) {
		return joinedFolded(fold(text));
	}

	/** The name without anything but letters and digits ("namyoonsu"). */
	public static String compact(String text) {
		return compactFolded(fold(text));
	}

	private static String joinedFolded(String folded) {
		return SPACES.matcher(INNER_PUNCTUATION.matcher(folded).replaceAll("")).replaceAll(" ");
	}

	private static String compactFolded(String folded) {
		return NEITHER_LETTER_NOR_DIGIT.matcher(folded).replaceAll("");
	}

	/** Every variant of the given names that differs from the names themselves, once each. */
	public static Set<String> of(Collection<String> names) {
		Set<String> variants = new LinkedHashSet<>();
		for (String name : names) {
			String folded = fold(name);
			variants.add(folded);
			variants.add(joinedFolded(folded));
			variants.add(compactFolded(folded));
		}
		for (String name : names) {
			variants.remove(name.toLowerCase(Locale.ROOT));
		}
		variants.remove("");
		return variants;
	}

}
