package dev.adaptations.protocol;

import java.util.List;
import java.util.Map;

import graphql.introspection.Introspection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import dev.adaptations.protocol.GraphQlHttp.Exchange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.graphql.schema.introspection.enabled=false}, the schema cannot be read through GraphQL, and
 * validation errors name nothing the client did not send. (graphql-java's validation messages carry no "Did you
 * mean" suggestions at all, with introspection on or off: {@link GraphQlOverHttpTests} checks the same with it on.)
 * Its own context, on an empty graph; Boot switches introspection JVM-wide, so it is switched back on afterwards
 * for the contexts other tests share.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.graphql.schema.introspection.enabled=false", "graph.dataset.load-on-startup=false" })
@DirtiesContext
class IntrospectionSwitchTests {

	@LocalServerPort
	int port;

	GraphQlHttp http;

	@BeforeEach
	void client() {
		this.http = new GraphQlHttp(this.port);
	}

	@AfterAll
	static void introspectionBackOnForTheOtherContexts() {
		Introspection.enabledJvmWide(true);
	}

	@Test
	void theSchemaCannotBeIntrospected() {
		for (String document : List.of("{ __schema { types { name } } }", "{ __type(name: \"Work\") { fields { name } } }")) {
			Exchange response = this.http.post(document);
			assertThat(response.errors()).as(document).isNotEmpty();
			assertThat(response.body()).doesNotContain("originalTitle").doesNotContain("WorkConnection");
		}
	}

	@Test
	void typenameStillAnswers() {
		assertThat(this.http.post("{ __typename }").json()).containsEntry("data", Map.of("__typename", "Query"));
	}

	@Test
	void validationErrorsSuggestNoFieldNames() {
		for (String document : List.of("{ workz { id } }", "{ work(id: \"x\") { titel } }",
				"{ work(id: \"x\") { title(lang: \"en\") } }")) {
			Exchange response = this.http.post(document);
			assertThat(response.errors()).as(document).isNotEmpty();
			assertThat(response.body()).doesNotContainIgnoringCase("did you mean")
				.doesNotContain("\"works\"")
				.doesNotContain("'works'")
				.doesNotContain("originalTitle");
		}
	}

}
