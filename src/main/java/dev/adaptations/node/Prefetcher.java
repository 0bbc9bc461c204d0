package dev.adaptations.node;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.dataloader.DataLoader;

import dev.adaptations.support.BatchQuery;

/**
 * A relation that a root field looking a node up by id can read in its own statement: {@code work(id:)} with its
 * {@code adaptations}, {@code person(id:)} with its {@code credits}. Without it the relation's batch loader would
 * run one more statement once the root answered; with it, the root primes that loader and the field reads nothing.
 */
public interface Prefetcher {

	/** The type of node whose field this reads. */
	Class<? extends Node> parentType();

	/** The field, as named in the schema. */
	String field();

	/**
	 * The read of this field for the node with this id, as the request selects it; empty when it should be left to
	 * the field itself (say, its arguments are invalid, which the field reports).
	 */
	Optional<Prefetch<?>> prepare(String parentId, SelectedField field, DataFetchingEnvironment environment);

	/**
	 * A relation that a named batch loader reads as a list per parent id ({@code support.BatchLoaders}), by a query
	 * that may hand the nodes it reads on the way to the request's node cache.
	 */
	static <T> Prefetcher list(Class<? extends Node> parentType, String field, String loader,
			Function<Consumer<Node>, BatchQuery<T>> query) {
		return new Prefetcher() {

			@Override
			public Class<? extends Node> parentType() {
				return parentType;
			}

			@Override
			public String field() {
				return field;
			}

			@Override
			public Optional<Prefetch<?>> prepare(String parentId, SelectedField selected,
					DataFetchingEnvironment environment) {
				DataLoader<String, List<T>> target = Objects.requireNonNull(environment.getDataLoader(loader), loader);
				return Optional.of(new Prefetch<>(query.apply(NodeLoader.primer(environment)), loader,
						items -> target.prime(parentId, items)));
			}

		};
	}

	/**
	 * A prepared read: the query, the loader key it answers (equal prefetches are read once), and what hands the
	 * parent's list (empty when the query found none) to the field's loader.
	 */
	record Prefetch<T>(BatchQuery<T> query, Object key, Consumer<List<T>> prime) {
	}

}
