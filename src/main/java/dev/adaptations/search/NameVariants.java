package dev.adaptations.search;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Spelling variants of names that a full-text analyzer would otherwise keep apart: romanizations are
 * hyphenated and spaced inconsistently ("Nam Yoon-su", "Nam Yoonsu", "namyoonsu"; "Park Sang-young",
 * "Park Sangyoung"), and accents come and go. Indexed beside the names, and applied to search text, so
 * both sides meet.
 */
public final class NameVariants {

	private NameVariants() {
	}

	/** Folds case and accents, for comparing names. */
	public static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		// Decomposition splits Hangul syllables into jamo; recompose so Hangul stays as written.
		return Normalizer.normalize(decomposed, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
	}

	/** The name without hyphens and apostrophes inside words ("nam yoonsu"). */
	public static String joined(String text) {
		return fold(text).replaceAll("[-'’.·]", "").replaceAll("\\s+", " ");
	}

	/** The name without anything but letters and digits ("namyoonsu"). */
	public static String compact(String text) {
		return fold(text).replaceAll("[^\\p{L}\\p{N}]", "");
	}

	/** Every variant of the given names that differs from the names themselves, once each. */
	public static Set<String> of(Collection<String> names) {
		Set<String> variants = new LinkedHashSet<>();
		for (String name : names) {
			variants.add(fold(name));
			variants.add(joined(name));
			variants.add(compact(name));
		}
		for (String name : names) {
			variants.remove(name.toLowerCase(Locale.ROOT));
		}
		variants.remove("");
		return variants;
	}

}
