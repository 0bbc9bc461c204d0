package dev.adaptations.limits;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.adaptations.GraphTest;
import dev.adaptations.protocol.GraphQlHttp;
import dev.adaptations.protocol.GraphQlHttp.Exchange;
import dev.adaptations.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A repeated document skips parsing and validation, yet every limit that depends on the request (page sizes and
 * cost taken from variables) still holds for it, and invalid documents are never kept.
 */
@GraphTest
class DocumentCacheTests {

	private static final LimitsProperties DEFAULTS = LimitsProperties.defaults();

	@LocalServerPort
	int port;

	@Autowired
	DocumentCache cache;

	@Autowired
	StatementCounter statements;

	GraphQlHttp http;

	@BeforeEach
	void client() {
		this.http = new GraphQlHttp(this.port);
	}

	@Test
	void aRepeatedDocumentIsParsedOnceAndAnswersAlike() {
		String document = unique("query ($n: Int) { works(first: $n) { totalCount edges { node { id } } } }");
		int before = this.cache.size();
		Exchange first = this.http.post(document, Map.of("n", 2));
		Exchange again = this.http.post(document, Map.of("n", 2));
		assertThat(first.errors()).isEmpty();
		assertThat(again.json().get("data")).isEqualTo(first.json().get("data"));
		assertThat(this.cache.size()).isEqualTo(before + 1);
	}

	@Test
	void aCachedDocumentIsMeasuredAgainWithEachRequestsVariables() {
		String document = unique("query ($n: Int) { people(first: $n) { totalCount edges { node { id } } } }");
		assertThat(this.http.post(document, Map.of("n", 3)).errors()).isEmpty();
		this.statements.reset();
		Exchange tooLarge = this.http.post(document, Map.of("n", DEFAULTS.maxPageSize() + 1));
		assertThat(tooLarge.errors()).singleElement()
			.satisfies(error -> assertThat(error.get("message")).asString()
				.contains("graph.limits.max-page-size"));
		assertThat(tooLarge.json()).doesNotContainKey("data");
		assertThat(this.statements.count()).as("refused before any Cypher").isZero();
		assertThat(this.http.post(document, Map.of("n", 50)).cost().get("requested")).as("cost follows the variables")
			.isNotEqualTo(this.http.post(document, Map.of("n", 3)).cost().get("requested"));
		// Each value's measure is kept with the document: the refused one is refused again, the others still pass.
		assertThat(this.http.post(document, Map.of("n", DEFAULTS.maxPageSize() + 1)).errors()).singleElement()
			.satisfies(error -> assertThat(error.get("message")).asString().contains("graph.limits.max-page-size"));
		assertThat(this.http.post(document, Map.of("n", 3)).errors()).isEmpty();
	}

	@Test
	void aDocumentWithErrorsIsNotKept() {
		int before = this.cache.size();
		String invalid = unique("{ nope }");
		assertThat(this.http.post(invalid).errors()).isNotEmpty();
		assertThat(this.http.post(invalid).errors()).as("validated again, same answer").isNotEmpty();
		assertThat(this.cache.size()).isEqualTo(before);
	}

	/** The document with a comment that makes its text new to the cache, whatever ran before. */
	private static String unique(String document) {
		return "# " + UUID.randomUUID() + "\n" + document;
	}

}
