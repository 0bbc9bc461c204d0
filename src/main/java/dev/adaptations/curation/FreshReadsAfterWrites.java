package dev.adaptations.curation;

import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
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
		DataFetchingEnvironment environment = parameters.getEnvironment();
		GraphQLObjectType mutation = environment.getGraphQLSchema().getMutationType();
		if (mutation != null && environment.getParentType() == mutation && environment.getDataLoaderRegistry() != null) {
			environment.getDataLoaderRegistry().getDataLoaders().forEach(DataLoader::clearAll);
		}
		return super.beginFieldFetching(parameters, state);
	}

}
