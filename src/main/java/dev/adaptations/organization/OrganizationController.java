package dev.adaptations.organization;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

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
class OrganizationController {

	private static final String ORGANIZATIONS_OF_WORK = "Work.organizations";

	private static final String NOMINATIONS_OF_WORK = "Work.nominations";

	private final OrganizationRepository organizations;

	private final NodeRepository nodes;

	OrganizationController(OrganizationRepository organizations, NodeRepository nodes, BatchLoaderRegistry registry) {
		this.organizations = organizations;
		this.nodes = nodes;
		BatchLoaders.register(registry, ORGANIZATIONS_OF_WORK, organizations::linksOfWorks);
		BatchLoaders.register(registry, NOMINATIONS_OF_WORK, organizations::nominationsOfWorks);
	}

	@QueryMapping
	@Nullable Organization organization(@Argument String id) {
		return this.nodes.findById(id, Organization.class);
	}

	@QueryMapping
	@Nullable Award award(@Argument String id) {
		return this.nodes.findById(id, Award.class);
	}

	@SchemaMapping(typeName = "Work", field = "organizations")
	CompletableFuture<List<OrganizationLink>> organizationsOfWork(Work work, DataFetchingEnvironment environment) {
		return BatchLoaders.load(environment, ORGANIZATIONS_OF_WORK, work.id());
	}

	@SchemaMapping(typeName = "Work", field = "nominations")
	CompletableFuture<List<Nomination>> nominationsOfWork(Work work, DataFetchingEnvironment environment) {
		return BatchLoaders.load(environment, NOMINATIONS_OF_WORK, work.id());
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
