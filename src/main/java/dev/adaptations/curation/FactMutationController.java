package dev.adaptations.curation;

import java.util.Map;

import dev.adaptations.curation.Payloads.DeletePayload;
import dev.adaptations.curation.Payloads.EntityPayload;
import dev.adaptations.curation.Payloads.LinkPayload;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Adding and removing facts: roles, releases and links. A CURATOR may do all of it. */
@Controller
@PreAuthorize("hasRole('CURATOR')")
class FactMutationController {

	private final FactCuration links;

	private final RoleCuration roles;

	private final ReleaseCuration releases;

	FactMutationController(FactCuration links, RoleCuration roles, ReleaseCuration releases) {
		this.links = links;
		this.roles = roles;
		this.releases = releases;
	}

	@MutationMapping
	EntityPayload addRole(@Argument Map<String, Object> input) {
		return EntityPayload.of(this.roles.add(input));
	}

	@MutationMapping
	DeletePayload removeRole(@Argument Map<String, Object> input) {
		return DeletePayload.of(this.roles.remove(input));
	}

	@MutationMapping
	EntityPayload addRelease(@Argument Map<String, Object> input) {
		return EntityPayload.of(this.releases.add(input));
	}

	@MutationMapping
	DeletePayload removeRelease(@Argument Map<String, Object> input) {
		return DeletePayload.of(this.releases.remove(input));
	}

	@MutationMapping
	LinkPayload addAdaptation(@Argument Map<String, Object> input) {
		return LinkPayload.of(this.links.add(LinkKind.ADAPTATION, input));
	}

	@MutationMapping
	LinkPayload removeAdaptation(@Argument Map<String, Object> input) {
		return LinkPayload.of(this.links.remove(LinkKind.ADAPTATION, input));
	}

	@MutationMapping
	LinkPayload addPartOf(@Argument Map<String, Object> input) {
		return LinkPayload.of(this.links.add(LinkKind.PART_OF, input));
	}

	@MutationMapping
	LinkPayload removePartOf(@Argument Map<String, Object> input) {
		return LinkPayload.of(this.links.remove(LinkKind.PART_OF, input));
	}

	@MutationMapping
	LinkPayload addCounterpart(@Argument Map<String, Object> input) {
		return LinkPayload.of(this.links.add(LinkKind.COUNTERPART, input));
	}

	@MutationMapping
	LinkPayload removeCounterpart(@Argument Map<String, Object> input) {
		return LinkPayload.of(this.links.remove(LinkKind.COUNTERPART, input));
	}

	@MutationMapping
	LinkPayload addAppearance(@Argument Map<String, Object> input) {
		return LinkPayload.of(this.links.add(LinkKind.APPEARANCE, input));
	}

	@MutationMapping
	LinkPayload removeAppearance(@Argument Map<String, Object> input) {
		return LinkPayload.of(this.links.remove(LinkKind.APPEARANCE, input));
	}

	@MutationMapping
	LinkPayload addNomination(@Argument Map<String, Object> input) {
		return LinkPayload.of(this.links.add(LinkKind.NOMINATION, input));
	}

	@MutationMapping
	LinkPayload removeNomination(@Argument Map<String, Object> input) {
		return LinkPayload.of(this.links.remove(LinkKind.NOMINATION, input));
	}

	@MutationMapping
	LinkPayload addOrganizationLink(@Argument Map<String, Object> input) {
		return LinkPayload.of(this.links.add(LinkKind.ORGANIZATION_LINK, input));
	}

	@MutationMapping
	LinkPayload removeOrganizationLink(@Argument Map<String, Object> input) {
		return LinkPayload.of(this.links.remove(LinkKind.ORGANIZATION_LINK, input));
	}

}
