package dev.adaptations.compiled;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

import dev.adaptations.support.StatementCounter;

import org.springframework.graphql.ExecutionGraphQlService;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs documents compiled and through the resolvers, to compare the two answers and count the statements. */
final class BothWays {

	private final ExecutionGraphQlService service;

	private final StatementCounter statements;

	private final Driver driver;

	BothWays(ExecutionGraphQlService service, StatementCounter statements, Driver driver) {
		this.service = service;
		this.statements = statements;
		this.driver = driver;
	}

	/** Asserts the document is answered by one compiled statement, without errors, as the resolvers answer it. */
	Map<String, Object> assertAlike(String document, Map<String, Object> variables) {
		Map<String, Object> compiled = execute(document, variables, false);
		assertThat(this.statements.texts()).as("compiled: %s %s", variables, compiled)
			.hasSize(1)
			.allMatch(BothWays::isCompiled);
		assertThat(compiled).as("no errors: %s", variables).doesNotContainKey("errors");
		assertThat(compiled).as("%s", variables).isEqualTo(execute(document, variables, true));
		return compiled;
	}

	/** The response, its statements left in the counter. */
	Map<String, Object> execute(String document, Map<String, Object> variables, boolean resolversOnly) {
		this.statements.reset();
		var response = this.service.execute(ResolversOnly.request(document, variables, resolversOnly)).block();
		assertThat(response).isNotNull();
		return response.toMap();
	}

	/** The ids of every node of this label, in order. */
	List<String> ids(String label) {
		List<String> ids = this.driver.executableQuery("MATCH (n:%s) RETURN n.id AS id ORDER BY id".formatted(label))
			.execute()
			.records()
			.stream()
			.map(record -> record.get("id").asString())
			.toList();
		assertThat(ids).isNotEmpty();
		return ids;
	}

	static boolean isCompiled(String cypher) {
		return cypher.startsWith("RETURN COLLECT {");
	}

}
