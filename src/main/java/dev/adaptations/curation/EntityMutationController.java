package dev.adaptations.curation;

import java.util.Map;

import dev.adaptations.curation.Payloads.DeletePayload;
import dev.adaptations.curation.Payloads.EntityPayload;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Create, update and delete for each kind of entity: CURATOR creates and updates, ADMIN deletes. */
@Controller
@PreAuthorize("hasRole('CURATOR')")
class EntityMutationController {

	private final EntityCuration curation;

	EntityMutationController(EntityCuration curation) {
		this.curation = curation;
	}

	@MutationMapping
	EntityPayload createWork(@Argument Map<String, Object> input) {
		return EntityPayload.of(this.curation.create(EntityKind.WORK, input));
	}

	@MutationMapping
	EntityPayload updateWork(@Argument Map<String, Object> input) {
		return EntityPayload.of(this.curation.update(EntityKind.WORK, input));
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	DeletePayload deleteWork(@Argument Map<String, Object> input) {
		return DeletePayload.of(this.curation.delete(EntityKind.WORK, input));
	}

	@MutationMapping
	EntityPayload createPerson(@Argument Map<String, Object> input) {
		return EntityPayload.of(this.curation.create(EntityKind.PERSON, input));
	}

	@MutationMapping
	EntityPayload updatePerson(@Argument Map<String, Object> input) {
		return EntityPayload.of(this.curation.update(EntityKind.PERSON, input));
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	DeletePayload deletePerson(@Argument Map<String, Object> input) {
		return DeletePayload.of(this.curation.delete(EntityKind.PERSON, input));
	}

	@MutationMapping
	EntityPayload createCharacter(@Argument Map<String, Object> input) {
		return EntityPayload.of(this.curation.create(EntityKind.CHARACTER, input));
	}

	@MutationMapping
	EntityPayload updateCharacter(@Argument Map<String, Object> input) {
		return EntityPayload.of(this.curation.update(EntityKind.CHARACTER, input));
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	DeletePayload deleteCharacter(@Argument Map<String, Object> input) {
		return DeletePayload.of(this.curation.delete(EntityKind.CHARACTER, input));
	}

	@MutationMapping
	EntityPayload createOrganization(@Argument Map<String, Object> input) {
		return EntityPayload.of(this.curation.create(EntityKind.ORGANIZATION, input));
	}

	@MutationMapping
	EntityPayload updateOrganization(@Argument Map<String, Object> input) {
		return EntityPayload.of(this.curation.update(EntityKind.ORGANIZATION, input));
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	DeletePayload deleteOrganization(@Argument Map<String, Object> input) {
		return DeletePayload.of(this.curation.delete(EntityKind.ORGANIZATION, input));
	}

	@MutationMapping
	EntityPayload createAward(@Argument Map<String, Object> input) {
		return EntityPayload.of(this.curation.create(EntityKind.AWARD, input));
	}

	@MutationMapping
	EntityPayload updateAward(@Argument Map<String, Object> input) {
		return EntityPayload.of(this.curation.update(EntityKind.AWARD, input));
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	DeletePayload deleteAward(@Argument Map<String, Object> input) {
		return DeletePayload.of(this.curation.delete(EntityKind.AWARD, input));
	}

	@MutationMapping
	EntityPayload createSource(@Argument Map<String, Object> input) {
		return EntityPayload.of(this.curation.create(EntityKind.SOURCE, input));
	}

	@MutationMapping
	EntityPayload updateSource(@Argument Map<String, Object> input) {
		return EntityPayload.of(this.curation.update(EntityKind.SOURCE, input));
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	DeletePayload deleteSource(@Argument Map<String, Object> input) {
		return DeletePayload.of(this.curation.delete(EntityKind.SOURCE, input));
	}

}
