package dev.adaptations.limits;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.adaptations.limits.QueryMeasure.Measurement;

import static org.assertj.core.api.Assertions.assertThat;

/** A cached document is measured once per operation and per value of the variables its measure depends on. */
class MeasurementsTests {

	private final Measurements measurements = new Measurements();

	private final AtomicInteger taken = new AtomicInteger();

	@Test
	void aMeasureIsTakenOncePerValueOfTheSizeVariables() {
		assertThat(cost(null, Map.of("n", 3, "id", "a"))).isEqualTo(3);
		assertThat(cost(null, Map.of("n", 3, "id", "b"))).as("another id, same page size").isEqualTo(3);
		assertThat(this.taken).hasValue(1);
		assertThat(cost(null, Map.of("n", 500, "id", "a"))).isEqualTo(500);
		assertThat(cost("", Map.of("n", 3))).as("no name is the only operation's").isEqualTo(3);
		assertThat(this.taken).hasValue(2);
		// Not sent (the default applies) and sent as null are values of their own.
		cost(null, Map.of());
		Map<String, Object> nullSize = new HashMap<>();
		nullSize.put("n", null);
		cost(null, nullSize);
		assertThat(this.taken).hasValue(4);
	}

	@Test
	void operationsAreMeasuredApart() {
		assertThat(cost("A", Map.of("n", 3))).isEqualTo(3);
		assertThat(cost("B", Map.of("n", 3))).isEqualTo(3);
		assertThat(this.taken).hasValue(2);
	}

	@Test
	void onlyAFewValuesAreKept() {
		cost(null, Map.of("n", 0));
		for (int n = 1; n <= Measurements.MAX_KEPT; n++) {
			cost(null, Map.of("n", n));
		}
		int before = this.taken.get();
		cost(null, Map.of("n", 0));
		assertThat(this.taken.get()).as("the least recently used value was dropped").isEqualTo(before + 1);
	}

	/** The measure's cost, as a stand-in measure taken with {@code n} as its cost would report it. */
	private long cost(String operation, Map<String, Object> variables) {
		return this.measurements.of(operation, variables, () -> {
			this.taken.incrementAndGet();
			long size = (variables.get("n") instanceof Integer n) ? n : -1;
			return new Measurement(size, 1, 0, List.of(), Set.of("n"));
		}).cost();
	}

}
