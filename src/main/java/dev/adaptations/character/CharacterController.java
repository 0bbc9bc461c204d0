package dev.adaptations.character;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import dev.adaptations.credit.Role;
import dev.adaptations.node.NodeLoader;
import dev.adaptations.node.NodeRepository;
import dev.adaptations.support.BatchLoaders;
import dev.adaptations.support.BatchQueries;
import dev.adaptations.work.Work;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

@Controller
class CharacterController {

	private static final String CHARACTERS_OF_WORK = "Work.characters";

	private final CharacterRepository characters;

	private final NodeRepository nodes;

	CharacterController(CharacterRepository characters, NodeRepository nodes, BatchLoaderRegistry registry) {
		this.characters = characters;
		this.nodes = nodes;
		BatchLoaders.register(registry, CHARACTERS_OF_WORK, characters::inWorks);
	}

	@QueryMapping
	@Nullable Character character(@Argument String id) {
		return this.nodes.findById(id, Character.class);
	}

	@SchemaMapping(typeName = "Work", field = "characters")
	CompletableFuture<List<Character>> characters(Work work, DataFetchingEnvironment environment) {
		return BatchLoaders.load(environment, CHARACTERS_OF_WORK, work.id());
	}

	@BatchMapping
	Map<Character, List<Work>> appearsIn(List<Character> characters) {
		return BatchQueries.byParent(characters, Character::id, this.characters.appearsIn(ids(characters)));
	}

	@BatchMapping
	Map<Character, List<Role>> portrayals(List<Character> characters) {
		return BatchQueries.byParent(characters, Character::id, this.characters.portrayals(ids(characters)));
	}

	@BatchMapping
	Map<Character, List<CharacterLink>> counterparts(List<Character> characters) {
		return BatchQueries.byParent(characters, Character::id, this.characters.counterparts(ids(characters)));
	}

	@BatchMapping
	Map<Character, List<CharacterRelation>> relations(List<Character> characters) {
		return BatchQueries.byParent(characters, Character::id, this.characters.relations(ids(characters)));
	}

	@SchemaMapping(typeName = "CharacterLink")
	CompletableFuture<@Nullable Character> character(CharacterLink link, DataFetchingEnvironment environment) {
		return NodeLoader.load(environment, link.characterId());
	}

	@SchemaMapping(typeName = "CharacterLink")
	CompletableFuture<List<Character>> via(CharacterLink link, DataFetchingEnvironment environment) {
		return NodeLoader.loadAll(environment, link.viaIds());
	}

	@SchemaMapping(typeName = "CharacterRelation")
	CompletableFuture<@Nullable Character> character(CharacterRelation relation, DataFetchingEnvironment environment) {
		return NodeLoader.load(environment, relation.characterId());
	}

	private static List<String> ids(List<Character> characters) {
		return characters.stream().map(Character::id).toList();
	}

}
