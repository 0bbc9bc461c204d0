package dev.adaptations.compiled;

import java.lang.reflect.Field;

import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionStrategy;
import graphql.schema.GraphQLSchema;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.adaptations.neo4j.ReadStatements;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.util.function.SingletonSupplier;

/**
 * Makes the {@link CompilingStrategy} the query strategy of the {@code GraphQL} Spring for GraphQL built, with that
 * strategy's exception handler (Spring's, which applies the application's exception resolvers), by wrapping the
 * {@link GraphQlSource}. On unless {@code graph.read.compiled-queries=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "graph.read.compiled-queries", havingValue = "true", matchIfMissing = true)
class CompiledQueriesConfiguration {

	private static final Logger log = LoggerFactory.getLogger(CompiledQueriesConfiguration.class);

	@Bean
	static BeanPostProcessor compiledQueries(ObjectProvider<ReadStatements> reads) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof GraphQlSource source) ? new Compiled(source, reads) : bean;
			}
		};
	}

	/** The application's {@link GraphQlSource}, its {@code GraphQL} given the compiling query strategy once. */
	private static final class Compiled implements GraphQlSource {

		private final GraphQlSource source;

		private final SingletonSupplier<GraphQL> graphQl;

		Compiled(GraphQlSource source, ObjectProvider<ReadStatements> reads) {
			this.source = source;
			this.graphQl = SingletonSupplier.of(() -> compiling(source.graphQl(), reads.getObject()));
		}

		private static GraphQL compiling(GraphQL original, ReadStatements reads) {
			ExecutionStrategy strategy = original.getQueryStrategy();
			if (strategy.getClass() != AsyncExecutionStrategy.class) {
				log.warn("Compiled reads are off: the query strategy is a {}, not graphql-java's asynchronous one",
						strategy.getClass().getName());
				return original;
			}
			DataFetcherExceptionHandler handler = exceptionHandler(strategy);
			if (handler == null) {
				return original;
			}
			return original.transform(builder -> builder.queryExecutionStrategy(new CompilingStrategy(handler, reads)));
		}

		/**
		 * The exception handler of graphql-java's own query strategy, which Spring for GraphQL builds with its handler
		 * of the application's exception resolvers. graphql-java keeps it in a protected field without an accessor,
		 * hence the reflection; anything unexpected leaves the compiled reads off rather than lose that handling.
		 */
		private static @Nullable DataFetcherExceptionHandler exceptionHandler(ExecutionStrategy strategy) {
			try {
				Field field = ExecutionStrategy.class.getDeclaredField("dataFetcherExceptionHandler");
				field.setAccessible(true);
				return (DataFetcherExceptionHandler) field.get(strategy);
			}
			catch (ReflectiveOperationException | RuntimeException ex) {
				log.warn("Compiled reads are off: the query strategy's exception handler is out of reach ({})",
						ex.toString());
				return null;
			}
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
