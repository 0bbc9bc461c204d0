package dev.adaptations.compiled;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.execution.ExecutionContext;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.ResultPath;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.adaptations.neo4j.ReadStatements;
import dev.adaptations.support.DatabaseUnavailable;

/**
 * The strategy of queries: a query the {@link SelectionCompiler} covers is answered by its one statement, compiled
 * once for an operation a client repeats ({@link Plans}); any other, and any the compiled answer cannot serve exactly
 * ({@link Unsupported}), field by field as graphql-java's {@link AsyncExecutionStrategy} does, with the
 * application's exception handler. It runs after parsing, validation and the query limits, like any strategy.
 * graphql-java also completes every nested object, of queries and mutations alike, with the query strategy: so this
 * one must be the resolvers' strategy in everything else, exception handling included (a first version delegated only
 * {@code execute}, and errors below the root lost the application's handling).
 */
final class CompilingStrategy extends AsyncExecutionStrategy {

	/** A {@code GraphQLContext} key: {@code true} sends the request through the resolvers (tests compare both). */
	static final String RESOLVERS_ONLY = CompilingStrategy.class.getName() + ".resolversOnly";

	private static final Logger log = LoggerFactory.getLogger(CompilingStrategy.class);

	private final ReadStatements reads;

	private final Plans plans = new Plans(Plans.MAX_CHARACTERS);

	CompilingStrategy(DataFetcherExceptionHandler exceptionHandler, ReadStatements reads) {
		super(exceptionHandler);
		this.reads = reads;
	}

	/** The statements kept for the operations clients repeat. */
	Plans plans() {
		return this.plans;
	}

	/** The exception handler fields are resolved with (the one the resolvers' strategy had). */
	DataFetcherExceptionHandler exceptionHandler() {
		return this.dataFetcherExceptionHandler;
	}

	@Override
	public CompletableFuture<ExecutionResult> execute(ExecutionContext context,
			ExecutionStrategyParameters parameters) {
		if (context.isQueryOperation() && SelectionCompiler.mayCover(context.getOperationDefinition())
				&& !Boolean.TRUE.equals(context.getGraphQLContext().get(RESOLVERS_ONLY))) {
			ExecutionResult compiled = compiled(context);
			if (compiled != null) {
				return CompletableFuture.completedFuture(compiled);
			}
		}
		return super.execute(context, parameters);
	}

	private @Nullable ExecutionResult compiled(ExecutionContext context) {
		Plans.Plan plan = this.plans.plan(context);
		SelectionCompiler.Statement statement = plan.statement();
		Map<String, @Nullable Object> parameters = plan.parameters(context.getCoercedVariables());
		if (statement == null || parameters == null) {
			return null;
		}
		List<ExecutableNormalizedField> roots = plan.roots();
		try {
			Map<String, @Nullable Object> row = this.reads.one(statement.cypher(), parameters)
				.orElseThrow(Unsupported::new);
			return ExecutionResultImpl.newExecutionResult()
				.data(ResponseBuilder.data(context.getGraphQLSchema(), context.getGraphQLContext(), context.getLocale(),
						roots, row))
				.build();
		}
		catch (Unsupported ex) {
			return null;
		}
		catch (RuntimeException ex) {
			if (DatabaseUnavailable.is(ex)) {
				// Answered at once as the resolvers would: asking them too would double the wait for a lost database.
				log.warn("Database unavailable for {}: {}", context.getExecutionId(), ex.getMessage());
				return unavailable(context);
			}
			// Not expected (the statement refused, say): the resolvers answer, and report whatever they meet.
			log.warn("Compiled read failed, answered by the resolvers: {}", ex.toString());
			return null;
		}
	}

	/**
	 * Every root field null, each with its {@code UNAVAILABLE} error, located in this request's own normalized
	 * operation (a kept plan's fields belong to the request it was compiled for).
	 */
	private static ExecutionResult unavailable(ExecutionContext context) {
		ExecutableNormalizedOperation operation = context.getNormalizedQueryTree().get();
		Map<String, @Nullable Object> data = new LinkedHashMap<>();
		List<GraphQLError> errors = new ArrayList<>();
		for (ExecutableNormalizedField root : operation.getTopLevelFields()) {
			if (root.getFieldName().equals("__typename")) {
				data.put(root.getResultKey(), context.getGraphQLSchema().getQueryType().getName());
				continue;
			}
			data.put(root.getResultKey(), null);
			errors.add(DatabaseUnavailable.error(ResultPath.rootPath().segment(root.getResultKey()),
					operation.getMergedField(root).getSingleField().getSourceLocation()));
		}
		return ExecutionResultImpl.newExecutionResult().data(data).errors(errors).build();
	}

}
