package dev.adaptations.support;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * Named batch loaders for relations of the {@code Work} interface. {@code @BatchMapping} on an interface
 * batches per concrete type (one statement for the novels' parts, another for the films' ...); one loader
 * per relation, shared by all seven work types, batches a whole request level into one statement.
 */
public final class BatchLoaders {

	private BatchLoaders() {
	}

	/** Registers {@code name} to load, for a batch of parent ids, each parent's list in one query. */
	public static <T> void register(BatchLoaderRegistry registry, String name,
			Function<Collection<String>, Map<String, List<T>>> query) {
		register(registry, name, (ids, environment) -> query.apply(ids));
	}

	/**
	 * Registers {@code name} like {@link #register(BatchLoaderRegistry, String, Function)}, for a query that also
	 * needs the batch's environment (to hand nodes it read on the way to the request's node cache).
	 */
	public static <T> void register(BatchLoaderRegistry registry, String name,
			BiFunction<Collection<String>, BatchLoaderEnvironment, Map<String, List<T>>> query) {
		registry.<String, List<T>>forName(name).registerMappedBatchLoader((ids, environment) -> Mono.fromSupplier(() -> {
			Map<String, List<T>> found = query.apply(ids, environment);
			Map<String, List<T>> result = new LinkedHashMap<>();
			ids.forEach(id -> result.put(id, found.getOrDefault(id, List.of())));
			return result;
		}));
	}

	/** The list of the parent with this id, through the loader registered as {@code name}. */
	public static <T> CompletableFuture<List<T>> load(DataFetchingEnvironment environment, String name, String id) {
		DataLoader<String, List<T>> loader = environment.getDataLoader(name);
		return Objects.requireNonNull(loader, name).load(id);
	}

}
