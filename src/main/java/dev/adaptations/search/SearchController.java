package dev.adaptations.search;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.adaptations.support.InvalidArgumentException;
import dev.adaptations.support.Paging;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SearchController {

	static final int MAX_TEXT_LENGTH = 200;

	static final int MAX_HITS = 50;

	private final SearchRepository search;

	SearchController(SearchRepository search) {
		this.search = search;
	}

	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument @Nullable Integer first) {
		int limit = Paging.first(first, 10, 1, MAX_HITS);
		String trimmed = text.strip();
		if (trimmed.isEmpty() || NameVariants.compact(trimmed).isEmpty()) {
			throw new InvalidArgumentException("text", "must contain at least one letter or digit");
		}
		if (trimmed.length() > MAX_TEXT_LENGTH) {
			throw new InvalidArgumentException("text", "must be at most " + MAX_TEXT_LENGTH + " characters, got "
					+ trimmed.length());
		}
		return this.search.search(trimmed, limit);
	}

}
