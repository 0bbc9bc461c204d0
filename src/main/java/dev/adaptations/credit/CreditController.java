package dev.adaptations.credit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import dev.adaptations.node.Node;
import dev.adaptations.node.NodeLoader;
import dev.adaptations.node.NodeRepository;
import dev.adaptations.node.Reference;
import dev.adaptations.person.Person;
import dev.adaptations.support.Connection;
import dev.adaptations.work.Work;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

@Controller
class CreditController {

	static final String CREDITS = "credits";

	private final NodeRepository nodes;

	CreditController(BatchLoaderRegistry registry, CreditRepository credits, NodeRepository nodes) {
		this.nodes = nodes;
		// Credits take arguments, which @BatchMapping cannot: the arguments go into the key instead, and
		// keys of the same shape (all works' credits of one request level, say) load in one statement.
		registry.<CreditsKey, Connection<Role>>forName(CREDITS)
			.registerMappedBatchLoader((keys, environment) -> Mono
				.fromSupplier(() -> load(credits, keys, NodeLoader.primer(environment))));
	}

	private static Map<CreditsKey, Connection<Role>> load(CreditRepository credits, Set<CreditsKey> keys,
			Consumer<Node> related) {
		Map<CreditsKey, Connection<Role>> result = new HashMap<>();
		keys.stream()
			.collect(Collectors.groupingBy(CreditsKey::shape, Collectors.toSet()))
			.values()
			.forEach(group -> result.putAll(credits.load(group, related)));
		return result;
	}

	@QueryMapping
	@Nullable Role role(@Argument String id) {
		return this.nodes.findById(id, Role.class);
	}

	@SchemaMapping(typeName = "Work", field = CREDITS)
	CompletableFuture<Connection<Role>> workCredits(Work work, @Argument @Nullable List<String> kind,
			@Argument @Nullable Integer first, @Argument @Nullable String after, DataFetchingEnvironment environment) {
		return credits(environment, work.id(), CreditsKey.OwnerType.WORK, kind, first, after);
	}

	@SchemaMapping(typeName = "Person", field = CREDITS)
	CompletableFuture<Connection<Role>> personCredits(Person person, @Argument @Nullable List<String> kind,
			@Argument @Nullable Integer first, @Argument @Nullable String after, DataFetchingEnvironment environment) {
		return credits(environment, person.id(), CreditsKey.OwnerType.PERSON, kind, first, after);
	}

	private static CompletableFuture<Connection<Role>> credits(DataFetchingEnvironment environment, String owner,
			CreditsKey.OwnerType type, @Nullable List<String> kinds, @Nullable Integer first, @Nullable String after) {
		var key = CreditsKey.of(owner, type, kinds, first, after, environment.getSelectionSet());
		DataLoader<CreditsKey, Connection<Role>> loader = environment.getDataLoader(CREDITS);
		return Objects.requireNonNull(loader).load(key);
	}

	/** A credit's person, work and character: plain fetchers over the node cache (see {@link Reference}). */
	@Bean
	static RuntimeWiringConfigurer creditReferences() {
		return wiring -> wiring.type("Role", type -> type.dataFetcher("person", Reference.to(Role::personId))
			.dataFetcher("work", Reference.to(Role::workId))
			.dataFetcher("character", Reference.to(Role::characterId)));
	}

	@SchemaMapping
	CompletableFuture<List<Work>> episodes(Role role, DataFetchingEnvironment environment) {
		return NodeLoader.loadAll(environment, role.episodeIds());
	}

}
