package dev.adaptations.node;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.dataloader.DataLoader;

/**
 * Wires every {@code sources} field of every object type to the batched node loader: whatever type a
 * client asks sources of, all the sources of one request level are read in one statement. Done once here
 * rather than as twenty identical controller methods.
 */
final class SourcesFieldVisitor extends GraphQLTypeVisitorStub {

	private static final DataFetcher<CompletableFuture<List<Node>>> SOURCES = environment -> {
		if (!(environment.getSource() instanceof Sourced sourced) || sourced.sourceIds().isEmpty()) {
			return CompletableFuture.completedFuture(List.of());
		}
		DataLoader<String, Node> nodes = environment.getDataLoader(NodeLoader.NAME);
		return Objects.requireNonNull(nodes)
			.loadMany(sourced.sourceIds())
			.thenApply(found -> found.stream().filter(Objects::nonNull).toList());
	};

	@Override
	public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
			TraverserContext<GraphQLSchemaElement> context) {
		if (field.getName().equals("sources") && context.getParentNode() instanceof GraphQLObjectType type) {
			GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
			registry.dataFetcher(FieldCoordinates.coordinates(type, field), SOURCES);
		}
		return TraversalControl.CONTINUE;
	}

}
