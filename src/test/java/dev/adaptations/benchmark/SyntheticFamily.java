package dev.adaptations.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One generated adaptation family, drawn from its own seeded {@link Random} so that any pass over the
 * dataset can rebuild it identically without keeping it: a novel with its stories and characters, and zero
 * to dozens of adaptations (films and series with casts of 5 to 300, series of 1 to 500 episodes in parts
 * with per-episode directors, translations), each screen character a counterpart of a novel character
 * where there is one. People are drawn from a shared pool with a strong skew, so a few are credited on
 * very many works.
 */
final class SyntheticFamily {

	enum Kind {

		FILM, SERIES, TRANSLATION

	}

	/** One adaptation: what it is, its cast (people by pool index) and, for a series, its episodes. */
	record Adaptation(int index, Kind kind, int year, int[] cast, int[] crew, int episodes, int partSize,
			List<int[]> directorBlocks, int[] directors) {

		int parts() {
			return (this.episodes + this.partSize - 1) / this.partSize;
		}

	}

	static final String[] ADJECTIVES = { "silent", "golden", "broken", "distant", "hidden", "burning", "quiet",
			"northern", "scarlet", "hollow", "winter", "crimson", "wandering", "forgotten", "bright", "velvet",
			"iron", "salt", "paper", "glass", "midnight", "southern", "wild", "little", "last", "secret", "empty",
			"long", "summer", "lantern" };

	static final String[] NOUNS = { "river", "garden", "harbour", "mountain", "city", "letter", "orchard",
			"station", "island", "house", "road", "season", "bridge", "forest", "market", "lighthouse", "valley",
			"window", "village", "tide", "kingdom", "archive", "theatre", "compass", "moon", "meadow", "signal",
			"voyage", "shore", "song" };

	static final String[] FAMILY_NAMES = { "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang",
			"Lim", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Ryu", "Hong", "Silva", "Moreau",
			"Rossi", "Novak", "Tanaka", "Okafor", "Larsen", "Haddad", "Costa", "Weber" };

	static final String[] SYLLABLES = { "min", "seo", "ji", "hye", "jun", "woo", "yeon", "ha", "eun", "sung",
			"hyun", "soo", "young", "jae", "na", "ri", "do", "tae", "bin", "kyung" };

	final int index;

	final int year;

	final int stories;

	final int characters;

	final int author;

	final List<Adaptation> adaptations = new ArrayList<>();

	SyntheticFamily(long seed, int index, int people) {
		this.index = index;
		Random random = new Random(seed * 1_000_003L + index);
		this.year = 1950 + random.nextInt(70);
		this.stories = random.nextInt(5);
		this.characters = 3 + random.nextInt(18);
		this.author = person(random, people);
		int count = Math.min(48, (int) Math.floor(Math.exp(random.nextGaussian() * 1.1 + 0.3)));
		for (int k = 0; k < count; k++) {
			double u = random.nextDouble();
			Kind kind = (u < 0.55) ? Kind.FILM : (u < 0.85) ? Kind.SERIES : Kind.TRANSLATION;
			int year = this.year + 1 + random.nextInt(40);
			if (kind == Kind.TRANSLATION) {
				this.adaptations.add(new Adaptation(k, kind, year, new int[0], new int[] { person(random, people) }, 0,
						1, List.of(), new int[0]));
				continue;
			}
			int[] cast = new int[Math.min(300, 5 + (int) Math.exp(random.nextGaussian() * 0.9 + 2.7))];
			for (int i = 0; i < cast.length; i++) {
				cast[i] = person(random, people);
			}
			// Film: director, screenwriter, producer. Series: creator and screenwriter; directors per episode block.
			int[] crew = { person(random, people), person(random, people), person(random, people) };
			int episodes = 0;
			int partSize = 1;
			List<int[]> blocks = new ArrayList<>();
			List<Integer> directors = new ArrayList<>();
			if (kind == Kind.SERIES) {
				episodes = Math.min(500, 1 + (int) Math.exp(random.nextGaussian() + 2.2));
				partSize = 4 + random.nextInt(13);
				for (int first = 1; first <= episodes;) {
					int last = Math.min(episodes, first + random.nextInt(4));
					blocks.add(new int[] { first, last });
					directors.add(person(random, people));
					first = last + 1;
				}
			}
			this.adaptations.add(new Adaptation(k, kind, year, cast, crew, episodes, partSize, blocks,
					directors.stream().mapToInt(Integer::intValue).toArray()));
		}
	}

	/** A pool index, heavily skewed towards the start: person 0 is credited most. */
	private static int person(Random random, int people) {
		double u = random.nextDouble();
		return Math.min(people - 1, (int) (people * u * u));
	}

	String novelId() {
		return "g" + this.index + "-novel";
	}

	String adaptationId(Adaptation adaptation) {
		return "g" + this.index + "-a" + adaptation.index();
	}

	String title() {
		return "The " + capitalized(ADJECTIVES[this.index % ADJECTIVES.length]) + " "
				+ capitalized(NOUNS[(this.index / ADJECTIVES.length) % NOUNS.length]) + " " + this.index;
	}

	static String personId(int person) {
		return "gp" + person;
	}

	static String personName(int person) {
		int given = person / FAMILY_NAMES.length;
		return capitalized(SYLLABLES[given % SYLLABLES.length]) + "-"
				+ SYLLABLES[(given / SYLLABLES.length) % SYLLABLES.length] + " " + FAMILY_NAMES[person % FAMILY_NAMES.length]
				+ ((person >= FAMILY_NAMES.length * SYLLABLES.length * SYLLABLES.length)
						? " " + (person / (FAMILY_NAMES.length * SYLLABLES.length * SYLLABLES.length) + 1) : "");
	}

	static String capitalized(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	/** Nodes this family adds: works, characters and roles (people are counted in the pool). */
	long nodes() {
		long nodes = 1 + this.stories + this.characters + 1;
		for (Adaptation a : this.adaptations) {
			nodes += 1;
			switch (a.kind()) {
				case TRANSLATION -> nodes += 1;
				case FILM -> nodes += 2L * a.cast().length + 3;
				case SERIES -> nodes += a.parts() + a.episodes() + 2L * a.cast().length + 2 + a.directors().length;
			}
		}
		return nodes;
	}

}
