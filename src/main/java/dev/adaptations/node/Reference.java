package dev.adaptations.node;

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
public final class Reference<S> implements TrivialDataFetcher<@Nullable Object> {

	private final Function<S, @Nullable String> id;

	private final Function<S, @Nullable Node> read;

	private Reference(Function<S, @Nullable String> id, Function<S, @Nullable Node> read) {
		this.id = id;
		this.read = read;
	}

	/** The node whose id {@code id} reads from the parent record. */
	public static <S> Reference<S> to(Function<S, @Nullable String> id) {
		return new Reference<>(id, source -> null);
	}

	/**
	 * The node {@code read} gives from the parent record where the parent's statement read it itself (as a
	 * {@link NodeIdentity}, kept out of the node cache), else the node whose id {@code id} reads.
	 */
	public static <S> Reference<S> to(Function<S, @Nullable String> id, Function<S, @Nullable Node> read) {
		return new Reference<>(id, read);
	}

	/** The node already read, or a future of it through the node loader. */
	@Override
	public @Nullable Object get(DataFetchingEnvironment environment) {
		S source = environment.getSource();
		if (source == null) {
			return null;
		}
		Node node = this.read.apply(source);
		return (node != null) ? node : NodeLoader.load(environment, this.id.apply(source));
	}

}
