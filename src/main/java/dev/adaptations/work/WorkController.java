package dev.adaptations.work;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import dev.adaptations.node.NodeLoader;
import dev.adaptations.node.NodeRepository;
import dev.adaptations.support.BatchQueries;
import dev.adaptations.support.Connection;
import dev.adaptations.support.Paging;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class WorkController {

	private final WorkRepository works;

	private final NodeRepository nodes;

	WorkController(WorkRepository works, NodeRepository nodes) {
		this.works = works;
		this.nodes = nodes;
	}

	@QueryMapping
	@Nullable Work work(@Argument String id) {
		return this.nodes.findById(id, Work.class);
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

	@BatchMapping(typeName = "Work")
	Map<Work, List<Work>> parts(List<Work> works) {
		return BatchQueries.byParent(works, Work::id, this.works.parts(ids(works)));
	}

	@BatchMapping(typeName = "Work")
	Map<Work, List<Adaptation>> adaptedFrom(List<Work> works) {
		return BatchQueries.byParent(works, Work::id, this.works.adaptedFrom(ids(works)));
	}

	@BatchMapping(typeName = "Work")
	Map<Work, List<Adaptation>> adaptations(List<Work> works) {
		return BatchQueries.byParent(works, Work::id, this.works.adaptations(ids(works)));
	}

	@BatchMapping(typeName = "Series", field = "episodes")
	Map<Work, List<Work>> seriesEpisodes(List<Work> works) {
		return BatchQueries.byParent(works, Work::id, this.works.episodes(ids(works)));
	}

	@BatchMapping(typeName = "SeriesPart", field = "episodes")
	Map<Work, List<Work>> partEpisodes(List<Work> works) {
		return seriesEpisodes(works);
	}

	@BatchMapping(typeName = "SeriesPart", field = "series")
	Map<Work, @Nullable Work> partSeries(List<Work> works) {
		Map<String, List<Work>> series = this.works.series(ids(works));
		Map<Work, @Nullable Work> result = new java.util.LinkedHashMap<>();
		works.forEach(work -> result.put(work, series.getOrDefault(work.id(), List.of()).stream().findFirst().orElse(null)));
		return result;
	}

	@BatchMapping(typeName = "Episode", field = "series")
	Map<Work, @Nullable Work> episodeSeries(List<Work> works) {
		return partSeries(works);
	}

	@SchemaMapping(typeName = "Adaptation")
	CompletableFuture<@Nullable Work> source(Adaptation adaptation, DataFetchingEnvironment environment) {
		return NodeLoader.load(environment, adaptation.sourceId());
	}

	@SchemaMapping(typeName = "Adaptation")
	CompletableFuture<@Nullable Work> adaptation(Adaptation adaptation, DataFetchingEnvironment environment) {
		return NodeLoader.load(environment, adaptation.adaptationId());
	}

	private static List<String> ids(List<Work> works) {
		return works.stream().map(Work::id).toList();
	}

}
