package dev.adaptations.limits;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import dev.adaptations.limits.QueryMeasure.Measurement;

/**
 * The measures of one cached document's operations. A measure depends on the document, the operation and the
 * values of the variables its size arguments refer to, nothing else; a client repeating a document usually changes
 * only ids. So each is kept by those values, and a request whose values were measured before is not measured again
 * (walking the document for every request was about 5% of a small query's request-thread CPU).
 */
final class Measurements {

	/** Measures kept per document: a few page sizes of each of its operations. */
	static final int MAX_KEPT = 32;

	/** Each operation's size variables (by name, empty for the only one), as its first measure found them. */
	private final Map<String, Set<String>> sizeVariables = new ConcurrentHashMap<>();

	private final Map<Key, Measurement> kept = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Measurement> eldest) {
			return size() > MAX_KEPT;
		}

	};

	private record Key(String operation, Map<String, @Nullable Object> values) {
	}

	/** The measure of the operation with these variables: kept, or taken now and kept. */
	Measurement of(@Nullable String operation, Map<String, @Nullable Object> variables,
			Supplier<Measurement> measure) {
		String name = (operation == null) ? "" : operation;
		Set<String> names = this.sizeVariables.get(name);
		if (names != null) {
			Measurement known;
			synchronized (this.kept) {
				known = this.kept.get(new Key(name, values(names, variables)));
			}
			if (known != null) {
				return known;
			}
		}
		Measurement measured = measure.get();
		this.sizeVariables.putIfAbsent(name, measured.sizeVariables());
		Key key = new Key(name, values(measured.sizeVariables(), variables));
		synchronized (this.kept) {
			this.kept.put(key, measured);
		}
		return measured;
	}

	/** The values sent for these variables; one not sent is left out (its default applies), a null kept. */
	private static Map<String, @Nullable Object> values(Set<String> names, Map<String, @Nullable Object> variables) {
		if (names.isEmpty()) {
			return Map.of();
		}
		Map<String, @Nullable Object> values = new HashMap<>();
		for (String name : names) {
			if (variables.containsKey(name)) {
				values.put(name, variables.get(name));
			}
		}
		return values;
	}

}
