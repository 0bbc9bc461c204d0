package dev.adaptations.curation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Values in the form the database returns them (whole numbers as {@code Long}), so that a value from an
 * input and the same value read back compare equal and an unchanged field is not reported as changed.
 */
final class Normalized {

	private Normalized() {
	}

	static @Nullable Object value(@Nullable Object value) {
		if (value instanceof Integer number) {
			return number.longValue();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(Normalized::value).toList();
		}
		return value;
	}

	static Map<String, Object> map(Map<String, Object> map) {
		Map<String, Object> copy = new LinkedHashMap<>();
		map.forEach((key, value) -> copy.put(key, value(value)));
		return copy;
	}

}
