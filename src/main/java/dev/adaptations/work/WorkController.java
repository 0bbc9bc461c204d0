package dev.adaptations.work;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import dev.adaptations.node.NodeLoader;
import dev.adaptations.node.NodeRepository;
import dev.adaptations.node.Reference;
import dev.adaptations.support.BatchLoaders;
import dev.adaptations.support.Connection;
import dev.adaptations.support.Paging;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

@Controller
class WorkController {

	static final String PARTS = "Work.parts";

	static final String ADAPTED_FROM = "Work.adaptedFrom";

	static final String ADAPTATIONS = "Work.adaptations";

	private static final String EPISODES = "Work.episodes";

	private static final String SERIES = "Work.series";

	private final WorkRepository works;

	private final NodeRepository nodes;

	WorkController(WorkRepository works, NodeRepository nodes, BatchLoaderRegistry registry) {
		this.works = works;
		this.nodes = nodes;
		BatchLoaders.register(registry, PARTS, works::parts);
		BatchLoaders.register(registry, ADAPTED_FROM,
				(ids, environment) -> works.adaptedFrom(ids, NodeLoader.primer(environment)));
		BatchLoaders.register(registry, ADAPTATIONS,
				(ids, environment) -> works.adaptations(ids, NodeLoader.primer(environment)));
		BatchLoaders.register(registry, EPISODES, works::episodes);
		BatchLoaders.register(registry, SERIES, works::series);
	}

	@QueryMapping
	@Nullable Work work(@Argument String id, DataFetchingEnvironment environment) {
		return this.nodes.findById(id, Work.class, environment);
	}

	@QueryMapping
	Connection<Work> works(@Argument @Nullable List<String> kind, @Argument @Nullable Integer first,
			@Argument @Nullable String after) {
		int size = Paging.first(first);
		String afterKey = Paging.after(after);
		var page = this.works.page(kind, afterKey, size + 1);
		return Connection.of(page.items(), size, page.total(), afterKey != null);
	}

	@SchemaMapping(typeName = "Work")
	CompletableFuture<@Nullable Work> partOf(Work work, DataFetchingEnvironment environment) {
		return NodeLoader.load(environment, work.partOfId());
	}

	@SchemaMapping(typeName = "Work")
	CompletableFuture<List<Work>> parts(Work work, DataFetchingEnvironment environment) {
		return BatchLoaders.load(environment, PARTS, work.id());
	}

	@SchemaMapping(typeName = "Work")
	CompletableFuture<List<Adaptation>> adaptedFrom(Work work, DataFetchingEnvironment environment) {
		return BatchLoaders.load(environment, ADAPTED_FROM, work.id());
	}

	@SchemaMapping(typeName = "Work")
	CompletableFuture<List<Adaptation>> adaptations(Work work, DataFetchingEnvironment environment) {
		return BatchLoaders.load(environment, ADAPTATIONS, work.id());
	}

	@SchemaMapping(typeName = "Series", field = "episodes")
	CompletableFuture<List<Work>> seriesEpisodes(Work work, DataFetchingEnvironment environment) {
		return BatchLoaders.load(environment, EPISODES, work.id());
	}

	@SchemaMapping(typeName = "SeriesPart", field = "episodes")
	CompletableFuture<List<Work>> partEpisodes(Work work, DataFetchingEnvironment environment) {
		return BatchLoaders.load(environment, EPISODES, work.id());
	}

	@SchemaMapping(typeName = "SeriesPart", field = "series")
	CompletableFuture<@Nullable Work> partSeries(Work work, DataFetchingEnvironment environment) {
		return BatchLoaders.<Work>load(environment, SERIES, work.id()).thenApply(WorkController::first);
	}

	@SchemaMapping(typeName = "Episode", field = "series")
	CompletableFuture<@Nullable Work> episodeSeries(Work work, DataFetchingEnvironment environment) {
		return partSeries(work, environment);
	}

	/** Both works of an adaptation: plain fetchers over the node cache (see {@link Reference}). */
	@Bean
	static RuntimeWiringConfigurer adaptationReferences() {
		return wiring -> wiring.type("Adaptation",
				type -> type.dataFetcher("source", Reference.to(Adaptation::sourceId))
					.dataFetcher("adaptation", Reference.to(Adaptation::adaptationId)));
	}

	private static @Nullable Work first(List<Work> works) {
		return works.isEmpty() ? null : works.get(0);
	}

}
