package dev.adaptations.compiled;

import java.util.Map;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * Tests only: a request with the header {@value #HEADER} runs through the resolvers, as a document the compiler does
 * not cover would, so that tests of the resolvers' own reading (batching, prefetching, statement counts) can still
 * reach them with documents the compiler covers.
 */
public final class ResolversOnly {

	public static final String HEADER = "X-Test-Resolvers-Only";

	private ResolversOnly() {
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
