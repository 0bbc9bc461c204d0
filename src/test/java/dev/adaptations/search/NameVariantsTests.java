package dev.adaptations.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link NameVariants} folds names with loops; these are held to the regular expressions they replaced, over names
 * from several scripts and random mixtures of the characters that matter (marks, punctuation, whitespace, letters
 * and numbers outside the Basic Multilingual Plane).
 */
class NameVariantsTests {

	private static final List<String> NAMES = List.of("Nam Yoon-su", "Park Sang-young", "Park  Sang\tyoung",
			"O’Brien", "d'Artagnan", "Jean-Luc Godard", "J. R. R. Tolkien", "Hwang·Dong-hyuk", "Pedro Almodóvar",
			"Zoë Kravitz", "Ñandú", "Çağan Irmak", "İstanbul", "Straße", "Ελληνικά", "남윤수", "대도시의 사랑법",
			"김고은", "ﾊﾟｸ", "ＡＢＣ１２３", "Henry Ⅷ", "½ price", "x²", "𝐁𝐨𝐥𝐝 𝟏", "emoji 😀 name", "  spaced  ",
			"", "-", "a\u0301e\u0308", "Love in the Big City: Part 2", "사랑 – 이야기");

	private static final String ALPHABET = "aZé\u0301\u20DD\u0903-'’.·  \t\n\u000B\f\r_:;!?남ㄱ가ﾊ１Ⅻ½²😀𝐁𝟏İß";

	@Test
	void foldJoinedAndCompactAnswerWhatTheRegularExpressionsDid() {
		List<String> names = new ArrayList<>(NAMES);
		Random random = new Random(42);
		int[] points = ALPHABET.codePoints().toArray();
		for (int i = 0; i < 2_000; i++) {
			StringBuilder name = new StringBuilder();
			for (int length = random.nextInt(12); length > 0; length--) {
				name.appendCodePoint(points[random.nextInt(points.length)]);
			}
			names.add(name.toString());
		}
		for (String name : names) {
			assertThat(NameVariants.fold(name)).as("fold of '%s'", name).isEqualTo(fold(name));
			assertThat(NameVariants.joined(name)).as("joined of '%s'", name).isEqualTo(joined(name));
			assertThat(NameVariants.compact(name)).as("compact of '%s'", name).isEqualTo(compact(name));
		}
	}

	@Test
	void variantsMeetTheWaysANameIsSpelled() {
		assertThat(NameVariants.of(List.of("Nam Yoon-su"))).containsExactly("nam yoonsu", "namyoonsu");
		assertThat(NameVariants.of(List.of("Pedro Almodóvar"))).containsExactly("pedro almodovar", "pedroalmodovar");
		assertThat(NameVariants.of(List.of("남윤수"))).isEmpty();
	}

	private static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		return Normalizer.normalize(decomposed, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
	}

	private static String joined(String text) {
		return fold(text).replaceAll("[-'’.·]", "").replaceAll("\\s+", " ");
	}

	private static String compact(String text) {
		return fold(text).replaceAll("[^\\p{L}\\p{N}]", "");
	}

}
