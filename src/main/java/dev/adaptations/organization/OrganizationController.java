package dev.adaptations.organization;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import dev.adaptations.node.NodeLoader;
import dev.adaptations.node.NodeRepository;
import dev.adaptations.support.BatchQueries;
import dev.adaptations.work.Work;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class OrganizationController {

	private final OrganizationRepository organizations;

	private final NodeRepository nodes;

	OrganizationController(OrganizationRepository organizations, NodeRepository nodes) {
		this.organizations = organizations;
		this.nodes = nodes;
	}

	@QueryMapping
	@Nullable Organization organization(@Argument String id) {
		return this.nodes.findById(id, Organization.class);
	}

	@QueryMapping
	@Nullable Award award(@Argument String id) {
		return this.nodes.findById(id, Award.class);
	}

	@BatchMapping(typeName = "Work", field = "organizations")
	Map<Work, List<OrganizationLink>> organizationsOfWorks(List<Work> works) {
		return BatchQueries.byParent(works, Work::id,
				this.organizations.linksOfWorks(works.stream().map(Work::id).toList()));
	}

	@BatchMapping(typeName = "Work", field = "nominations")
	Map<Work, List<Nomination>> nominationsOfWorks(List<Work> works) {
		return BatchQueries.byParent(works, Work::id,
				this.organizations.nominationsOfWorks(works.stream().map(Work::id).toList()));
	}

	@BatchMapping
	Map<Organization, List<OrganizationLink>> links(List<Organization> organizations) {
		return BatchQueries.byParent(organizations, Organization::id,
				this.organizations.linksOfOrganizations(organizations.stream().map(Organization::id).toList()));
	}

	@BatchMapping(typeName = "Organization", field = "works")
	Map<Organization, List<Work>> works(List<Organization> organizations) {
		return BatchQueries.byParent(organizations, Organization::id,
				this.organizations.worksOfOrganizations(organizations.stream().map(Organization::id).toList()));
	}

	@BatchMapping(typeName = "Award", field = "nominations")
	Map<Award, List<Nomination>> awardNominations(List<Award> awards) {
		return BatchQueries.byParent(awards, Award::id,
				this.organizations.nominationsOfAwards(awards.stream().map(Award::id).toList()));
	}

	@SchemaMapping(typeName = "Award")
	CompletableFuture<@Nullable Organization> presenter(Award award, DataFetchingEnvironment environment) {
		return NodeLoader.load(environment, award.presenterId());
	}

	@SchemaMapping(typeName = "OrganizationLink")
	CompletableFuture<@Nullable Organization> organization(OrganizationLink link, DataFetchingEnvironment environment) {
		return NodeLoader.load(environment, link.organizationId());
	}

	@SchemaMapping(typeName = "OrganizationLink")
	CompletableFuture<@Nullable Work> work(OrganizationLink link, DataFetchingEnvironment environment) {
		return NodeLoader.load(environment, link.workId());
	}

	@SchemaMapping(typeName = "Nomination")
	CompletableFuture<@Nullable Award> award(Nomination nomination, DataFetchingEnvironment environment) {
		return NodeLoader.load(environment, nomination.awardId());
	}

	@SchemaMapping(typeName = "Nomination")
	CompletableFuture<@Nullable Work> work(Nomination nomination, DataFetchingEnvironment environment) {
		return NodeLoader.load(environment, nomination.workId());
	}

}
