package dev.adaptations.person;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import dev.adaptations.node.NodeLoader;
import dev.adaptations.node.NodeRepository;
import dev.adaptations.support.Connection;
import dev.adaptations.support.Paging;
import dev.adaptations.work.Work;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

@Controller
class PersonController {

	private static final String COLLABORATORS = "collaborators";

	private final PersonRepository people;

	private final NodeRepository nodes;

	PersonController(BatchLoaderRegistry registry, PersonRepository people, NodeRepository nodes) {
		this.people = people;
		this.nodes = nodes;
		registry.<CollaboratorsKey, List<Collaboration>>forName(COLLABORATORS)
			.registerMappedBatchLoader((keys, environment) -> Mono.fromSupplier(() -> {
				Map<CollaboratorsKey, List<Collaboration>> result = new HashMap<>();
				keys.stream().collect(Collectors.groupingBy(CollaboratorsKey::first)).forEach((first, group) -> {
					var lists = people.collaborators(group.stream().map(CollaboratorsKey::personId).toList(), first);
					group.forEach(key -> result.put(key, lists.getOrDefault(key.personId(), List.of())));
				});
				return result;
			}));
	}

	@QueryMapping
	@Nullable Person person(@Argument String id, DataFetchingEnvironment environment) {
		return this.nodes.findById(id, Person.class, environment);
	}

	@QueryMapping
	Connection<Person> people(@Argument @Nullable Integer first, @Argument @Nullable String after) {
		int size = Paging.first(first);
		String afterKey = Paging.after(after);
		var page = this.people.page(afterKey, size + 1);
		return Connection.of(page.items(), size, page.total(), afterKey != null);
	}

	@SchemaMapping
	CompletableFuture<List<Collaboration>> collaborators(Person person, @Argument @Nullable Integer first,
			DataFetchingEnvironment environment) {
		DataLoader<CollaboratorsKey, List<Collaboration>> loader = environment.getDataLoader(COLLABORATORS);
		return Objects.requireNonNull(loader).load(new CollaboratorsKey(person.id(), Paging.first(first)));
	}

	@SchemaMapping(typeName = "Collaboration")
	CompletableFuture<@Nullable Person> person(Collaboration collaboration, DataFetchingEnvironment environment) {
		return NodeLoader.load(environment, collaboration.personId());
	}

	@SchemaMapping(typeName = "Collaboration")
	CompletableFuture<List<Work>> works(Collaboration collaboration, DataFetchingEnvironment environment) {
		return NodeLoader.loadAll(environment, collaboration.workIds());
	}

}
