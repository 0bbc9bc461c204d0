package dev.adaptations.curation;

import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import dev.adaptations.curation.Payloads.EntityPayload;
import dev.adaptations.curation.Payloads.LinkPayload;
import dev.adaptations.node.Node;
import dev.adaptations.node.NodeLoader;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Resolves what a payload names through the batched node loader, after the write committed, so a
 * payload shows the entity exactly as any later query would.
 */
@Controller
class PayloadController {

	@SchemaMapping(typeName = "WorkPayload", field = "work")
	CompletableFuture<@Nullable Node> work(EntityPayload payload, DataFetchingEnvironment environment) {
		return NodeLoader.load(environment, payload.id());
	}

	@SchemaMapping(typeName = "PersonPayload", field = "person")
	CompletableFuture<@Nullable Node> person(EntityPayload payload, DataFetchingEnvironment environment) {
		return NodeLoader.load(environment, payload.id());
	}

	@SchemaMapping(typeName = "CharacterPayload", field = "character")
	CompletableFuture<@Nullable Node> character(EntityPayload payload, DataFetchingEnvironment environment) {
		return NodeLoader.load(environment, payload.id());
	}

	@SchemaMapping(typeName = "OrganizationPayload", field = "organization")
	CompletableFuture<@Nullable Node> organization(EntityPayload payload, DataFetchingEnvironment environment) {
		return NodeLoader.load(environment, payload.id());
	}

	@SchemaMapping(typeName = "AwardPayload", field = "award")
	CompletableFuture<@Nullable Node> award(EntityPayload payload, DataFetchingEnvironment environment) {
		return NodeLoader.load(environment, payload.id());
	}

	@SchemaMapping(typeName = "SourcePayload", field = "source")
	CompletableFuture<@Nullable Node> source(EntityPayload payload, DataFetchingEnvironment environment) {
		return NodeLoader.load(environment, payload.id());
	}

	@SchemaMapping(typeName = "RolePayload", field = "role")
	CompletableFuture<@Nullable Node> role(EntityPayload payload, DataFetchingEnvironment environment) {
		return NodeLoader.load(environment, payload.id());
	}

	@SchemaMapping(typeName = "ReleasePayload", field = "release")
	CompletableFuture<@Nullable Node> release(EntityPayload payload, DataFetchingEnvironment environment) {
		return NodeLoader.load(environment, payload.id());
	}

	@SchemaMapping(typeName = "LinkPayload", field = "from")
	CompletableFuture<@Nullable Node> from(LinkPayload payload, DataFetchingEnvironment environment) {
		return NodeLoader.load(environment, payload.fromId());
	}

	@SchemaMapping(typeName = "LinkPayload", field = "to")
	CompletableFuture<@Nullable Node> to(LinkPayload payload, DataFetchingEnvironment environment) {
		return NodeLoader.load(environment, payload.toId());
	}

}
