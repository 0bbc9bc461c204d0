package dev.adaptations.node;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

/**
 * A field that follows a reference its parent record holds by id (a credit's person, an adaptation's work)
 * through the request's node loader. Registered as a plain data fetcher rather than a controller method: such
 * fields are resolved once per item of long lists (a hundred credits, each with its person and character), and
 * most are answered from the node cache, primed by the statement that read the parents. It only enqueues a
 * load and does no I/O itself, which is why it may declare itself trivial: Spring then skips wrapping it in
 * context propagation, and observability in a per-field observation.
 *
 * @param <S> the parent record's type
 */
public final class Reference<S> implements TrivialDataFetcher<CompletableFuture<@Nullable Node>> {

	private final Function<S, @Nullable String> id;

	private Reference(Function<S, @Nullable String> id) {
		this.id = id;
	}

	/** The node whose id {@code id} reads from the parent record. */
	public static <S> Reference<S> to(Function<S, @Nullable String> id) {
		return new Reference<>(id);
	}

	@Override
	public CompletableFuture<@Nullable Node> get(DataFetchingEnvironment environment) {
		S source = environment.getSource();
		return NodeLoader.load(environment, (source != null) ? this.id.apply(source) : null);
	}

}
