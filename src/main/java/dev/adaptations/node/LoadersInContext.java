package dev.adaptations.node;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Puts the request's data loaders into its {@code GraphQLContext}, which is all a batch loader sees of the
 * request, so a batch that reads nodes beside its answer can hand them to the node cache ({@link NodeLoader#primer}).
 */
@Component
final class LoadersInContext extends SimplePerformantInstrumentation {

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecution(
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		var input = parameters.getExecutionInput();
		input.getGraphQLContext().put(NodeLoader.REGISTRY, input.getDataLoaderRegistry());
		return super.beginExecution(parameters, state);
	}

}
