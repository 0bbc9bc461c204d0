package dev.adaptations.compiled;

import graphql.GraphQL;
import graphql.schema.GraphQLSchema;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.util.function.SingletonSupplier;

/**
 * Puts the {@link CompilingStrategy} in front of the query strategy Spring for GraphQL built (with its exception
 * handling), by wrapping the {@link GraphQlSource}. On unless {@code graph.read.compiled-queries=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "graph.read.compiled-queries", havingValue = "true", matchIfMissing = true)
class CompiledQueriesConfiguration {

	@Bean
	static BeanPostProcessor compiledQueries(ObjectProvider<Neo4jClient> client) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof GraphQlSource source) ? new Compiled(source, client) : bean;
			}
		};
	}

	/** The application's {@link GraphQlSource}, its {@code GraphQL} given the compiling query strategy once. */
	private static final class Compiled implements GraphQlSource {

		private final GraphQlSource source;

		private final SingletonSupplier<GraphQL> graphQl;

		Compiled(GraphQlSource source, ObjectProvider<Neo4jClient> client) {
			this.source = source;
			this.graphQl = SingletonSupplier.of(() -> {
				GraphQL original = source.graphQl();
				return original.transform(builder -> builder
					.queryExecutionStrategy(new CompilingStrategy(original.getQueryStrategy(), client.getObject())));
			});
		}

		@Override
		public GraphQL graphQl() {
			return this.graphQl.obtain();
		}

		@Override
		public GraphQLSchema schema() {
			return this.source.schema();
		}

	}

}
