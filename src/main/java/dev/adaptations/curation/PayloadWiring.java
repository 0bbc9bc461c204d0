package dev.adaptations.curation;

import java.util.Map;

import graphql.schema.DataFetcher;

import dev.adaptations.curation.Payloads.EntityPayload;
import dev.adaptations.curation.Payloads.LinkPayload;
import dev.adaptations.node.NodeLoader;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Resolves what a payload names through the batched node loader, after the write committed, so a payload
 * shows the entity exactly as any later query would. One fetcher serves every payload's entity field
 * ({@code WorkPayload.work}, {@code RolePayload.role}, ...) and the two ends of a link.
 */
@Configuration(proxyBeanMethods = false)
class PayloadWiring {

	/** Each payload type with the field that holds its entity. */
	private static final Map<String, String> ENTITY_FIELDS = Map.of("WorkPayload", "work", "PersonPayload", "person",
			"CharacterPayload", "character", "OrganizationPayload", "organization", "AwardPayload", "award",
			"SourcePayload", "source", "RolePayload", "role", "ReleasePayload", "release");

	@Bean
	RuntimeWiringConfigurer payloadEntities() {
		DataFetcher<?> entity = environment -> NodeLoader.load(environment,
				environment.<EntityPayload>getSource().id());
		DataFetcher<?> from = environment -> NodeLoader.load(environment, environment.<LinkPayload>getSource().fromId());
		DataFetcher<?> to = environment -> NodeLoader.load(environment, environment.<LinkPayload>getSource().toId());
		return wiring -> {
			ENTITY_FIELDS.forEach((type, field) -> wiring.type(type, builder -> builder.dataFetcher(field, entity)));
			wiring.type("LinkPayload", builder -> builder.dataFetcher("from", from).dataFetcher("to", to));
		};
	}

}
