package dev.adaptations.limits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import dev.adaptations.limits.QueryMeasure.Measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The cost model and the other measures, on the real schema but without the application: every field costs 1, a list
 * multiplies its items by its size ({@code first}, {@code limit}, or {@code default-list-size}), a connection passes
 * its {@code first} to its page.
 */
class QueryMeasureTests {

	private static final int DEFAULT_LIST_SIZE = LimitsProperties.defaults().defaultListSize();

	private static GraphQLSchema schema;

	@BeforeAll
	static void schema() throws IOException {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:graphql/*.graphqls")) {
			registry.merge(new SchemaParser().parse(file.getContentAsString(StandardCharsets.UTF_8)));
		}
		schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
	}

	@Test
	void everyFieldCostsOneAndEachLevelAddsDepth() {
		Measurement measurement = measure("{ work(id: \"x\") { id title partOf { id } } }");
		assertThat(measurement.cost()).isEqualTo(5);
		assertThat(measurement.depth()).isEqualTo(3);
		assertThat(measurement.aliases()).isZero();
	}

	@Test
	void aListWithoutASizeCountsItsItemsAtTheDefaultListSize() {
		// work 1 + characters (1 + 10 x name 1)
		assertThat(measure("{ work(id: \"x\") { characters { name } } }").cost()).isEqualTo(1 + 1 + DEFAULT_LIST_SIZE);
	}

	@Test
	void aListWithFirstCountsThatManyItems() {
		// search: 1 + 3 x (score 1 + node 1 + id 1)
		assertThat(measure("{ search(text: \"a\", first: 3) { score node { id } } }").cost()).isEqualTo(1 + 3 * 3);
	}

	@Test
	void aConnectionPassesFirstToItsEdgesOnly() {
		// works 1 + totalCount 1 + pageInfo (1 + 1) + edges (1 + 5 x (node 1 + id 1))
		assertThat(measure("{ works(first: 5) { totalCount pageInfo { hasNextPage } edges { node { id } } } }").cost())
			.isEqualTo(1 + 1 + 2 + (1 + 5 * 2));
	}

	@Test
	void anOmittedFirstCountsAsTheSchemasDefault() {
		// works(first: Int = 20)
		assertThat(measure("{ works { edges { node { id } } } }").cost()).isEqualTo(1 + (1 + 20 * 2));
	}

	@Test
	void aSubgraphPassesItsLimitToItsNodesAndEdges() {
		// neighborhood 1 + nodes (1 + 7 x 1) + edges (1 + 7 x 2) + truncated 1
		assertThat(measure("{ neighborhood(id: \"x\", limit: 7) { nodes { id } edges { from to } truncated } }").cost())
			.isEqualTo(1 + (1 + 7) + (1 + 7 * 2) + 1);
		// limit: Int = 100
		assertThat(measure("{ neighborhood(id: \"x\") { nodes { id } } }").cost()).isEqualTo(1 + 1 + 100);
	}

	@Test
	void nestedListsMultiply() {
		// people 1 + edges (1 + 4 x (node 1 + credits (1 + edges (1 + 3 x (node 1 + id 1)))))
		String document = "{ people(first: 4) { edges { node { credits(first: 3) { edges { node { id } } } } } } }";
		assertThat(measure(document).cost()).isEqualTo(1 + 1 + 4 * (1 + 1 + 1 + 3 * 2));
	}

	@Test
	void pageSizesComeFromVariablesOrTheirDefaults() {
		String document = "query ($n: Int = 4) { works(first: $n) { edges { node { id } } } }";
		assertThat(measure(document, Map.of("n", 7)).cost()).isEqualTo(1 + 1 + 7 * 2);
		assertThat(measure(document, Map.of()).cost()).isEqualTo(1 + 1 + 4 * 2);
		assertThat(measure(document, Map.of("n", 7)).pages()).singleElement()
			.satisfies(page -> assertThat(page.first()).isEqualTo(7));
	}

	/** What a kept measure is keyed by: every variable a size refers to, in fragments too, and no other. */
	@Test
	void theVariablesSizesReferToAreReported() {
		String document = """
				query ($id: ID!, $n: Int, $m: Int, $k: Int) {
				  neighborhood(id: $id, limit: $m) { nodes { id } }
				  works(first: $n) { edges { node { ...Credits } } }
				}
				fragment Credits on Work { credits(first: $k) { totalCount } }""";
		assertThat(measure(document, Map.of("id", "x", "n", 1)).sizeVariables()).containsExactlyInAnyOrder("n", "m",
				"k");
		assertThat(measure("{ works(first: 2) { totalCount } }").sizeVariables()).isEmpty();
	}

	@Test
	void fragmentsCountAsIfEveryOneApplied() {
		String document = """
				{ node(id: "x") { ...W ... on Person { name aliases } } }
				fragment W on Work { title characters { name } }""";
		// node 1 + title 1 + characters (1 + 10) + name 1 + aliases 1 (a list of scalars: a leaf)
		assertThat(measure(document).cost()).isEqualTo(1 + 1 + (1 + DEFAULT_LIST_SIZE) + 1 + 1);
	}

	@Test
	void aliasesAreCountedWhereverTheyAreSpread() {
		String document = """
				{ a: work(id: "a") { ...T } b: work(id: "b") { ...T } }
				fragment T on Work { t: title o: originalTitle }""";
		assertThat(measure(document).aliases()).isEqualTo(2 + 2 * 2);
	}

	@Test
	void introspectionCostsOneAndIsLeftToGraphQlJavasOwnChecks() {
		Measurement measurement = measure("{ __schema { types { name fields { name type { ofType { ofType { name } } } } } } }");
		assertThat(measurement.cost()).isEqualTo(1);
		assertThat(measurement.depth()).isEqualTo(1);
	}

	@Test
	void fragmentsSpreadIntoFragmentsAreMeasuredInLinearTimeAndSaturate() {
		StringBuilder document = new StringBuilder("{ work(id: \"x\") { ...F0 } }\n");
		for (int i = 0; i < 60; i++) {
			document.append("fragment F").append(i).append(" on Work { characters { ...F").append(i + 1)
				.append(" ...F").append(i + 1).append(" } }\n");
		}
		document.append("fragment F60 on Character { name }\n");
		Measurement measurement = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> measure(document.toString()));
		assertThat(measurement.cost()).isEqualTo(Long.MAX_VALUE);
	}

	@Test
	void cyclicOrUnknownFragmentsAndFieldsAreLeftToValidation() {
		assertThat(measure("{ work(id: \"x\") { ...A nope { deeper } } } fragment A on Work { ...A title }").cost())
			.isEqualTo(1 + 1 + 2);
	}

	@Test
	void everyShippedExampleAndTestDocumentFitsTheDefaultLimits() throws IOException {
		LimitsProperties limits = LimitsProperties.defaults();
		var resolver = new PathMatchingResourcePatternResolver();
		List<Resource> files = new ArrayList<>();
		files.addAll(List.of(resolver.getResources("classpath:playground/examples/*.graphql")));
		files.addAll(List.of(resolver.getResources("classpath:graphql-test/*.graphql")));
		assertThat(files).hasSizeGreaterThan(30);
		record Measured(String file, int size, Measurement measurement) {
		}
		List<Measured> measured = new ArrayList<>();
		for (Resource file : files) {
			String document = file.getContentAsString(StandardCharsets.UTF_8);
			Resource variablesFile = file.createRelative(file.getFilename().replace(".graphql", ".variables.json"));
			Map<String, Object> variables = variablesFile.exists()
					? JsonMapper.builder().build().readValue(variablesFile.getContentAsString(StandardCharsets.UTF_8), Map.class)
					: Map.of();
			measured.add(new Measured(file.getFilename(), document.length(), measure(document, variables)));
		}
		assertThat(measured).allSatisfy(m -> {
			assertThat(m.size()).as(m.file()).isLessThanOrEqualTo(limits.maxDocumentSize());
			assertThat(m.measurement().depth()).as(m.file()).isLessThanOrEqualTo(limits.maxDepth());
			assertThat(m.measurement().aliases()).as(m.file()).isLessThanOrEqualTo(limits.maxAliases());
			assertThat(m.measurement().cost()).as(m.file()).isLessThanOrEqualTo(limits.maxCost());
		});
		measured.sort(Comparator.comparingLong((Measured m) -> m.measurement().cost()).reversed());
		System.out.println("Costliest shipped documents: " + measured.subList(0, 3));
	}

	private static Measurement measure(String document) {
		return measure(document, Map.of());
	}

	private static Measurement measure(String document, Map<String, ?> variables) {
		return QueryMeasure.measure(schema, Parser.parse(document), null, variables, DEFAULT_LIST_SIZE);
	}

}
