package dev.adaptations.dataset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The ids the batch importer's nodes get are the order in which {@link SeenKeys} first met them. */
class SeenKeysTests {

	@Test
	void numbersKeysInTheOrderTheyWereFirstAddedAcrossGrowth() {
		SeenKeys keys = new SeenKeys();
		int count = 200_000;
		for (int i = 0; i < count; i++) {
			assertThat(keys.size()).isEqualTo(i);
			assertThat(keys.add("key-" + i)).isTrue();
		}
		for (int i = 0; i < count; i += 997) {
			assertThat(keys.add("key-" + i)).as("added again").isFalse();
		}
		assertThat(keys.size()).isEqualTo(count);
		for (int i = 0; i < count; i++) {
			assertThat(keys.number("key-" + i)).isEqualTo(i);
		}
		assertThat(keys.number("never-added")).isEqualTo(-1);
	}

	@Test
	void theEmptyKeyIsNumberedLikeAnyOther() {
		SeenKeys keys = new SeenKeys();
		keys.add("a");
		assertThat(keys.number("")).isEqualTo(-1);
		assertThat(keys.add("")).isTrue();
		assertThat(keys.add("b")).isTrue();
		assertThat(keys.number("")).isEqualTo(1);
		assertThat(keys.number("b")).isEqualTo(2);
	}

}
