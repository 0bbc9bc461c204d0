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
		if (isAscii(text)) {
			// Neither decomposition nor composition changes ASCII, and it has no marks: the same answer, cheaper.
			return text.toLowerCase(Locale.ROOT).strip();
		}
		String decomposed = withoutMarks(Normalizer.normalize(text, Normalizer.Form.NFKD));
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

	// The three below are loops rather than regular expressions: an import derives these variants for every
	// named node, and the expressions were a quarter of the work of reading its nodes. NameVariantsTests holds
	// them to the expressions they replace.

	/** Without Unicode marks ({@code \p{M}}). */
	private static String withoutMarks(String text) {
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints().filter(point -> !isMark(point)).forEach(kept::appendCodePoint);
		return kept.toString();
	}

	/** Without {@code -'’.·}, each run of whitespace ({@code \s+}) one space. */
	private static String joinedFolded(String folded) {
		StringBuilder joined = new StringBuilder(folded.length());
		boolean inSpace = false;
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (c == '-' || c == '\'' || c == '’' || c == '.' || c == '·') {
				continue;
			}
			boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
			if (!(space && inSpace)) {
				joined.append(space ? ' ' : c);
			}
			inSpace = space;
		}
		return joined.toString();
	}

	/** Only letters ({@code \p{L}}) and digits ({@code \p{N}}). */
	private static String compactFolded(String folded) {
		StringBuilder compact = new StringBuilder(folded.length());
		folded.codePoints().filter(NameVariants::isLetterOrNumber).forEach(compact::appendCodePoint);
		return compact.toString();
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	private static boolean isMark(int point) {
		int type = Character.getType(point);
		return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| type == Character.COMBINING_SPACING_MARK;
	}

	private static boolean isLetterOrNumber(int point) {
		return switch (Character.getType(point)) {
			case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
					Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
					Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
			default -> false;
		};
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
