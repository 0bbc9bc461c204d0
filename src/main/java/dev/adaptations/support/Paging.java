package dev.adaptations.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * Checks page sizes and encodes keyset cursors. A cursor is the opaque form of the sort key of the last
 * item seen, so it stays valid when other items are added or removed.
 */
public final class Paging {

	/** The largest page a connection serves. */
	public static final int MAX_PAGE_SIZE = 100;

	private static final String PREFIX = "k1:";

	private Paging() {
	}

	/** {@code first} checked to lie in 0..max. */
	public static int first(@Nullable Integer first, int defaultValue, int min, int max) {
		int value = (first != null) ? first : defaultValue;
		if (value < min || value > max) {
			throw new InvalidArgumentException("first", "must be between " + min + " and " + max + ", got " + value);
		}
		return value;
	}

	/** {@code first} of a connection, checked to lie in 0..{@value #MAX_PAGE_SIZE}. */
	public static int first(@Nullable Integer first) {
		return first(first, 20, 0, MAX_PAGE_SIZE);
	}

	public static String cursor(String sortKey) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + sortKey).getBytes(StandardCharsets.UTF_8));
	}

	/** The sort key inside an {@code after} cursor, or null when there is none. */
	public static @Nullable String after(@Nullable String after) {
		if (after == null) {
			return null;
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
			if (decoded.startsWith(PREFIX) && decoded.length() > PREFIX.length()) {
				return decoded.substring(PREFIX.length());
			}
		}
		catch (IllegalArgumentException ex) {
			// not base64: reported below like any other malformed cursor
		}
		throw new InvalidArgumentException("after", "is not a cursor returned by this API");
	}

}
