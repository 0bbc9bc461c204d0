package dev.adaptations.limits;

import java.util.List;
import java.util.Map;

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
 * Every limit at, below and over its default, over HTTP against the whole application. A request over a limit gets a
 * {@code BAD_REQUEST} naming the limit, its value and its setting, and runs no Cypher at all; every response carries
 * its cost and the budget in {@code extensions.cost}.
 */
@GraphTest
class LimitsTests {

	private static final LimitsProperties DEFAULTS = LimitsProperties.defaults();

	/**
	 * Costs 2 + works x (3 + credits x (4 + theirCredits x 3)), plus one per {@code __typename} in {@code %s}: with
	 * 23, 76 and 94, exactly 499,999 plus the {@code __typename}s (see {@link QueryMeasureTests#nestedListsMultiply()}).
	 */
	private static final String WORKS_CREDITS_AND_THEIR_PEOPLES_CREDITS = """
			query ($works: Int, $credits: Int, $theirCredits: Int) { %s
			  works(first: $works) { edges { node { credits(first: $credits) { edges { node {
			    person { credits(first: $theirCredits) { edges { node { id kind } } } }
			  } } } } } }
			}""";

	private static final Map<String, Object> PAGES = Map.of("works", 23, "credits", 76, "theirCredits", 94);

	@LocalServerPort
	int port;

	@Autowired
	StatementCounter statements;

	GraphQlHttp http;

	@BeforeEach
	void client() {
		this.http = new GraphQlHttp(this.port);
		this.statements.reset();
	}

	@Test
	void theDefaultsAreTheDocumentedOnes() {
		assertThat(DEFAULTS).isEqualTo(new LimitsProperties(10_000, 12, 30, 100, 10, 500_000, java.time.Duration.ofSeconds(30)));
	}

	@Test
	void aDocumentUpToTheMaximumSizeRuns() {
		for (int size : List.of(DEFAULTS.maxDocumentSize() - 1, DEFAULTS.maxDocumentSize())) {
			Exchange response = this.http.post(padded("{ works { totalCount } }", size));
			assertThat(response.errors()).as("%d characters", size).isEmpty();
			assertThat(response.json()).containsKey("data");
		}
	}

	@Test
	void aDocumentOverTheMaximumSizeIsRefusedBeforeItIsRead() {
		Exchange response = this.http.post(padded("{ works { totalCount } }", DEFAULTS.maxDocumentSize() + 1));
		assertRefused(response, "max-document-size", DEFAULTS.maxDocumentSize(), DEFAULTS.maxDocumentSize() + 1);
		assertThat(response.errors().get(0).get("message"))
			.isEqualTo("The document has 10001 characters, more than the limit of 10000 (graph.limits.max-document-size)");
		assertThat(response.cost()).as("never measured").doesNotContainKey("requested")
			.containsEntry("limit", DEFAULTS.maxCost());
	}

	@Test
	void fieldsNestedUpToTheMaximumDepthRun() {
		for (int depth : List.of(DEFAULTS.maxDepth() - 1, DEFAULTS.maxDepth())) {
			Exchange response = this.http.post(nested(depth));
			assertThat(response.errors()).as("depth %d", depth).isEmpty();
			assertThat(response.json()).containsKey("data");
		}
	}

	@Test
	void fieldsNestedDeeperThanTheMaximumAreRefused() {
		Exchange response = this.http.post(nested(DEFAULTS.maxDepth() + 1));
		assertRefused(response, "max-depth", DEFAULTS.maxDepth(), DEFAULTS.maxDepth() + 1);
		assertThat(response.errors().get(0).get("message"))
			.isEqualTo("The operation nests fields 13 deep, more than the limit of 12 (graph.limits.max-depth)");
	}

	@Test
	void upToTheMaximumNumberOfAliasesRun() {
		for (int aliases : List.of(DEFAULTS.maxAliases() - 1, DEFAULTS.maxAliases())) {
			Exchange response = this.http.post(aliased(aliases));
			assertThat(response.errors()).as("%d aliases", aliases).isEmpty();
			assertThat(response.json()).containsKey("data");
		}
	}

	@Test
	void moreAliasesThanTheMaximumAreRefused() {
		Exchange response = this.http.post(aliased(DEFAULTS.maxAliases() + 1));
		assertRefused(response, "max-aliases", DEFAULTS.maxAliases(), DEFAULTS.maxAliases() + 1);
		assertThat(response.errors().get(0).get("message"))
			.isEqualTo("The operation has 31 aliases, more than the limit of 30 (graph.limits.max-aliases)");
	}

	@Test
	void aliasesInsideAFragmentCountEveryTimeItIsSpread() {
		StringBuilder fields = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			fields.append(" t").append(i).append(": __typename");
		}
		// 16 aliases written once, spread twice: 32 aliased fields.
		Exchange response = this.http
			.post("{ works { totalCount } ...A ... on Query { ...A } } fragment A on Query {" + fields + " }");
		assertRefused(response, "max-aliases", DEFAULTS.maxAliases(), 32);
	}

	@Test
	void pagesUpToTheMaximumPageSizeRun() {
		for (int first : List.of(DEFAULTS.maxPageSize() - 1, DEFAULTS.maxPageSize())) {
			Exchange response = this.http.post("{ works(first: " + first + ") { totalCount } }");
			assertThat(response.errors()).as("first: %d", first).isEmpty();
		}
	}

	@Test
	void aPageOverTheMaximumPageSizeIsRefusedNamingFirstAndTheSetting() {
		Exchange literal = this.http.post("{ works(first: 101) { totalCount } }");
		Exchange variable = this.http.post("query ($n: Int) { people(first: $n) { totalCount } }", Map.of("n", 101));
		for (Exchange response : List.of(literal, variable)) {
			assertRefused(response, "max-page-size", DEFAULTS.maxPageSize(), 101);
			assertThat(response.errors().get(0))
				.containsEntry("message", "Argument 'first' must be at most 100 (graph.limits.max-page-size), got 101");
			assertThat((Map<String, Object>) extensionsOf(response.errors().get(0))).containsEntry("argument", "first");
		}
	}

	@Test
	void operationsUpToTheMaximumCostRunAndReportTheirCost() {
		Exchange below = this.http.post(WORKS_CREDITS_AND_THEIR_PEOPLES_CREDITS.formatted(""), PAGES);
		Exchange at = this.http.post(WORKS_CREDITS_AND_THEIR_PEOPLES_CREDITS.formatted("__typename"), PAGES);
		assertThat(below.errors()).isEmpty();
		assertThat(at.errors()).isEmpty();
		assertThat(below.cost()).containsEntry("requested", 499_999).containsEntry("limit", 500_000);
		assertThat(at.cost()).containsEntry("requested", 500_000).containsEntry("limit", 500_000);
	}

	@Test
	void anOperationOverTheMaximumCostIsRefusedWithItsCost() {
		Exchange response = this.http
			.post(WORKS_CREDITS_AND_THEIR_PEOPLES_CREDITS.formatted("__typename t: __typename"), PAGES);
		assertRefused(response, "max-cost", DEFAULTS.maxCost(), 500_001);
		assertThat(response.errors().get(0).get("message")).asString()
			.startsWith("The operation costs 500001, more than the limit of 500000 (graph.limits.max-cost)");
		assertThat(response.cost()).containsEntry("requested", 500_001).containsEntry("limit", 500_000);
	}

	@Test
	void everyViolatedLimitIsReportedAtOnce() {
		String tooDeep = nested(DEFAULTS.maxDepth() + 1);
		String tooDeepAndTooManyAliases = aliased(DEFAULTS.maxAliases() + 1).replaceFirst("^\\{",
				"{ " + tooDeep.substring(1, tooDeep.length() - 1));
		Exchange response = this.http.post(tooDeepAndTooManyAliases);
		assertThat(response.errors()).extracting(error -> extensionsOf(error).get("setting"))
			.containsExactly("graph.limits.max-depth", "graph.limits.max-aliases");
		assertThat(this.statements.count()).isZero();
	}

	@Test
	void everyResponseCarriesItsCostAndTheBudget() {
		assertThat(this.http.post("{ works(first: 2) { edges { node { id } } } }").cost())
			.isEqualTo(Map.of("requested", 1 + 1 + 2 * 2, "limit", 500_000));
		assertThat(this.http.post("{ nope }").cost()).as("invalid, but measured before validation")
			.isEqualTo(Map.of("requested", 1, "limit", 500_000));
		assertThat(this.http.post("{ work(").cost()).as("unparseable: nothing to measure")
			.isEqualTo(Map.of("limit", 500_000));
	}

	private void assertRefused(Exchange response, String setting, int limit, long actual) {
		assertThat(response.status()).as("application/json: 200 whatever the GraphQL errors").isEqualTo(200);
		assertThat(response.json()).as("nothing executed").doesNotContainKey("data");
		assertThat(response.errors()).hasSize(1);
		Map<String, Object> error = response.errors().get(0);
		assertThat((String) error.get("message")).contains(String.valueOf(limit)).contains("graph.limits." + setting);
		assertThat(extensionsOf(error)).containsEntry("classification", "BAD_REQUEST")
			.containsEntry("setting", "graph.limits." + setting)
			.containsEntry("limit", limit)
			.containsEntry("actual", (int) actual);
		assertThat(this.statements.count()).as("no Cypher ran").isZero();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> extensionsOf(Map<String, Object> error) {
		return (Map<String, Object>) error.get("extensions");
	}

	/** The document, padded with trailing spaces to exactly {@code size} characters. */
	private static String padded(String document, int size) {
		return document + " ".repeat(size - document.length());
	}

	/** {@code work { partOf { ... { id } } } }}: {@code depth} fields deep, all of them single objects. */
	private static String nested(int depth) {
		return "{ work(id: \"love-in-the-big-city-novel\") { " + "partOf { ".repeat(depth - 2) + "id"
				+ " }".repeat(depth - 1) + " }";
	}

	/** {@code count} aliased {@code __typename}s beside one field that would run Cypher. */
	private static String aliased(int count) {
		StringBuilder document = new StringBuilder("{ works { totalCount }");
		for (int i = 0; i < count; i++) {
			document.append(" t").append(i).append(": __typename");
		}
		return document.append(" }").toString();
	}

}
