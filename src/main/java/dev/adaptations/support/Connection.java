package dev.adaptations.support;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of a Relay connection ({@code WorkConnection}, {@code RoleConnection}, ...).
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {

	public record Edge<T>(String cursor, T node) {
	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
			@Nullable String endCursor) {
	}

	public static <T> Connection<T> empty() {
		return new Connection<>(List.of(), new PageInfo(false, false, null, null), 0);
	}

	/**
	 * A page from up to {@code first + 1} items in order (one more than asked tells whether a next page
	 * exists), each with its sort key.
	 */
	public static <T> Connection<T> of(List<Keyed<T>> items, int first, int totalCount, boolean after) {
		List<Edge<T>> edges = items.stream()
			.limit(first)
			.map(keyed -> new Edge<>(Paging.cursor(keyed.key()), keyed.item()))
			.toList();
		var pageInfo = new PageInfo(items.size() > first, after, edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
		return new Connection<>(edges, pageInfo, totalCount);
	}

}
