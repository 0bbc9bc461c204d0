package dev.adaptations.credit;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.dataloader.DataLoader;

import dev.adaptations.node.Node;
import dev.adaptations.node.NodeLoader;
import dev.adaptations.node.Prefetcher;
import dev.adaptations.support.Connection;
import dev.adaptations.support.InvalidArgumentException;

/**
 * A person's or a work's {@code credits}, read by {@code person(id:)} or {@code work(id:)} in its own statement
 * when selected there: the same key and query as the field's batch loader ({@link CreditController}).
 */
record CreditsPrefetcher(Class<? extends Node> parentType, CreditsKey.OwnerType ownerType) implements Prefetcher {

	@Override
	public String field() {
		return CreditController.CREDITS;
	}

	@Override
	@SuppressWarnings("unchecked")
	public Optional<Prefetch<?>> prepare(String parentId, SelectedField field, DataFetchingEnvironment environment) {
		Map<String, Object> arguments = field.getArguments();
		CreditsKey key;
		try {
			key = CreditsKey.of(parentId, this.ownerType, (List<String>) arguments.get("kind"),
					(Integer) arguments.get("first"), (String) arguments.get("after"), field.getSelectionSet());
		}
		catch (InvalidArgumentException invalid) {
			// Left to the field, which reports it with its path.
			return Optional.empty();
		}
		DataLoader<CreditsKey, Connection<Role>> loader = Objects
			.requireNonNull(environment.getDataLoader(CreditController.CREDITS));
		return Optional.of(new Prefetch<>(CreditRepository.query(key, NodeLoader.primer(environment)), key,
				pages -> loader.prime(key, pages.isEmpty() ? Connection.empty() : pages.get(0))));
	}

}
