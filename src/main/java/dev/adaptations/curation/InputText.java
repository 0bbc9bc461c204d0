package dev.adaptations.curation;

import java.util.List;
import java.util.Map;

import dev.adaptations.support.InvalidInputException.Problem;

/**
 * Text that cannot be stored as it was sent: a string with an unpaired UTF-16 surrogate is not Unicode,
 * and the database would silently replace the character. Such input is refused, naming its path.
 */
final class InputText {

	private InputText() {
	}

	static void check(Object value, String path, List<Problem> problems) {
		if (value instanceof String text && hasUnpairedSurrogate(text)) {
			problems.add(new Problem(path, "contains an unpaired surrogate: not a valid Unicode string"));
		}
		else if (value instanceof Map<?, ?> map) {
			map.forEach((key, item) -> check(item, path + "." + key, problems));
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				check(list.get(i), path + "[" + i + "]", problems);
			}
		}
	}

	private static boolean hasUnpairedSurrogate(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return true;
			}
		}
		return false;
	}

}
