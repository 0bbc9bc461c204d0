package dev.adaptations.compiled;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.ExecutionGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;

/**
 * Tests only: a request with the header {@value #HEADER} runs through the resolvers, as a document the compiler does
 * not cover would, so that tests of the resolvers' own reading (batching, prefetching, statement counts) can still
 * reach them with documents the compiler covers.
 */
public final class ResolversOnly {

	public static final String HEADER = "X-Test-Resolvers-Only";

	private ResolversOnly() {
	}

	/** A request of this document, run through the resolvers only, or compiled where the compiler covers it. */
	static ExecutionGraphQlRequest request(String document, Map<String, Object> variables, boolean resolversOnly) {
		var request = new DefaultExecutionGraphQlRequest(document, null, variables, null, "test", Locale.ENGLISH);
		request.configureExecutionInput((input, builder) -> builder
			.graphQLContext(Map.of(CompilingStrategy.RESOLVERS_ONLY, resolversOnly))
			.build());
		return request;
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		WebGraphQlInterceptor resolversOnlyHeader() {
			return (request, chain) -> {
				if ("true".equals(request.getHeaders().getFirst(HEADER))) {
					request.configureExecutionInput((input, builder) -> builder
						.graphQLContext(Map.of(CompilingStrategy.RESOLVERS_ONLY, true))
						.build());
				}
				return chain.next(request);
			};
		}

	}

}
