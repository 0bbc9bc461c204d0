package dev.adaptations.curation;

import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Empties the request's data-loader caches before each mutation field runs. Loaders cache by id for the
 * whole request, which is right for queries (a node asked for twice is read once) but would let a
 * document with several mutations ({@code createWork} then {@code updateWork}) answer the second with the
 * entity as the first left it. Mutation fields run one after the other, each with its selection, so
 * clearing at the start of each one is enough.
 */
@Component
final class FreshReadsAfterWrites extends SimplePerformantInstrumentation {

	@Override
	public @Nullable FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		// Cheap for queries: only the operation's kind is looked at, no field environment is built.
		ExecutionContext execution = parameters.getExecutionContext();
		if (execution.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION
				&& parameters.getExecutionStepInfo().getPath().getLevel() == 1) {
			execution.getDataLoaderRegistry().getDataLoaders().forEach(DataLoader::clearAll);
		}
		return super.beginFieldFetching(parameters, state);
	}

}
