package dev.adaptations.node;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/**
 * The request-scoped loader of nodes by id: every reference the API follows is collected per request
 * level and read in one statement by {@link NodeRepository}.
 */
@Component
public final class NodeLoader {

	static final String NAME = "nodes";

	/** Where {@link LoadersInContext} keeps the request's {@code DataLoaderRegistry}. */
	static final String REGISTRY = NodeLoader.class.getName() + ".registry";

	NodeLoader(BatchLoaderRegistry registry, NodeRepository repository) {
		registry.forTypePair(String.class, Node.class)
			.withName(NAME)
			.registerMappedBatchLoader((ids, environment) -> Mono.fromSupplier(() -> repository.findByIds(ids)));
	}

	/** The node with this id, or null (as a completed future) when the id is null or unknown. */
	@SuppressWarnings("unchecked")
	public static <T extends Node> CompletableFuture<@Nullable T> load(DataFetchingEnvironment environment,
			@Nullable String id) {
		if (id == null) {
			return CompletableFuture.completedFuture(null);
		}
		return (CompletableFuture<T>) loader(environment).load(id);
	}

	/** The nodes with these ids, in order, unknown ids left out. */
	@SuppressWarnings("unchecked")
	public static <T extends Node> CompletableFuture<List<T>> loadAll(DataFetchingEnvironment environment,
			Collection<String> ids) {
		if (ids.isEmpty()) {
			return CompletableFuture.completedFuture(List.of());
		}
		return loader(environment).loadMany(List.copyOf(ids))
			.thenApply(nodes -> nodes.stream().filter(Objects::nonNull).map(node -> (T) node).toList());
	}

	/**
	 * Hands nodes that a batch read beside its answer (a credit's person, an adaptation's work) to the request's
	 * node cache, so that following those references reads nothing more: one statement per level instead of two.
	 */
	public static Consumer<Node> primer(BatchLoaderEnvironment environment) {
		GraphQLContext context = environment.getContext();
		DataLoaderRegistry registry = (context != null) ? context.get(REGISTRY) : null;
		DataLoader<String, Node> loader = (registry != null) ? registry.getDataLoader(NAME) : null;
		if (loader == null) {
			return node -> {
			};
		}
		return node -> loader.prime(node.id(), node);
	}

	/** Hands nodes that a root field read with its answer (a path's nodes) to the request's node cache. */
	public static Consumer<Node> primer(DataFetchingEnvironment environment) {
		DataLoader<String, Node> loader = loader(environment);
		return node -> loader.prime(node.id(), node);
	}

	private static DataLoader<String, Node> loader(DataFetchingEnvironment environment) {
		return Objects.requireNonNull(environment.getDataLoader(NAME));
	}

}
