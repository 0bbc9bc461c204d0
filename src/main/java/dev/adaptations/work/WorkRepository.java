package dev.adaptations.work;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import dev.adaptations.node.Node;
import dev.adaptations.support.BatchQueries;
import dev.adaptations.support.BatchQuery;
import dev.adaptations.support.Keyed;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Reads works and what hangs off them, always for a batch of works at once.
 */
@Repository
class WorkRepository {

	private final Neo4jClient client;

	private final BatchQueries batches;

	WorkRepository(Neo4jClient client, BatchQueries batches) {
		this.client = client;
		this.batches = batches;
	}

	record WorkPage(int total, List<Keyed<Work>> items) {
	}

	/** Works ordered by year, title and id, after the given sort key, at most {@code limit}. */
	WorkPage page(@Nullable List<String> kinds, @Nullable String afterKey, int limit) {
		return this.client.query("""
				MATCH (w:Work) WHERE $kinds IS NULL OR w.kind IN $kinds
				WITH w, right('0000' + toString(coalesce(w.year, 9999)), 4) + '|' + toLower(w.title) + '|' + w.id AS key
				ORDER BY key
				WITH collect({w: w, key: key}) AS everything
				WITH size(everything) AS total, [x IN everything WHERE $after IS NULL OR x.key > $after][0..$limit] AS page
				CALL (page) {
				  UNWIND page AS x
				  WITH x.w AS w, x.key AS key
				  RETURN collect({n: w, key: key, extra: %s}) AS items
				}
				RETURN total, items""".formatted(Work.EXTRA))
			.bindAll(BatchQueries.parameters("kinds", kinds, "after", afterKey, "limit", limit))
			.fetchAs(WorkPage.class)
			.mappedBy((types, record) -> new WorkPage(record.get("total").asInt(),
					record.get("items").asList(item -> new Keyed<>(Work.from(item.get("n"), item.get("extra")),
							item.get("key").asString()))))
			.one()
			.orElse(new WorkPage(0, List.of()));
	}

	/** The parts of each work, in order. */
	Map<String, List<Work>> parts(Collection<String> workIds) {
		return this.batches.listsByKey(PARTS, workIds);
	}

	static final BatchQuery<Work> PARTS = new BatchQuery<>("""
			UNWIND $ids AS id
			%s
			WITH id, w ORDER BY %s
			RETURN id AS key, collect({n: w, extra: %s}) AS items""".formatted(WorkOrder.parts(":Work {id: id}", "w", "p"),
			WorkOrder.partsOrder("w", "p"), Work.EXTRA),
			item -> Work.from(item.get("n"), item.get("extra")));

	/** Every episode of each series or series part, directly in it or inside its parts, in order. */
	Map<String, List<Work>> episodes(Collection<String> workIds) {
		return this.batches.listsByKey("""
				UNWIND $ids AS id
				%s
				WITH DISTINCT id, w ORDER BY %s
				RETURN id AS key, collect({n: w, extra: %s}) AS items""".formatted(WorkOrder.episodes(":Work {id: id}", "w"),
				WorkOrder.episodesOrder("w"), Work.EXTRA), workIds,
				item -> Work.from(item.get("n"), item.get("extra")));
	}

	/** The series each part or episode belongs to. */
	Map<String, List<Work>> series(Collection<String> workIds) {
		return this.batches.listsByKey("""
				UNWIND $ids AS id
				%s
				WITH DISTINCT id, w
				RETURN id AS key, collect({n: w, extra: %s}) AS items""".formatted(WorkOrder.series(":Work {id: id}", "w"),
				Work.EXTRA), workIds,
				item -> Work.from(item.get("n"), item.get("extra")));
	}

	/** What each work adapts; the adapted works go to {@code related}, read in the same statement. */
	Map<String, List<Adaptation>> adaptedFrom(Collection<String> workIds, Consumer<Node> related) {
		return this.batches.listsByKey(adaptedFrom(related), workIds);
	}

	static BatchQuery<Adaptation> adaptedFrom(Consumer<Node> related) {
		return new BatchQuery<>("""
				UNWIND $ids AS id
				MATCH (adaptation:Work {id: id})-[a:ADAPTS]->(original:Work)
				WITH id, a, adaptation, original, original AS w ORDER BY %s
				RETURN id AS key, collect({adaptation: %s, work: {n: w, extra: %s}}) AS items"""
			.formatted(WorkOrder.adaptationsOrder("original"), Adaptation.PROJECTION, Work.EXTRA),
				item -> adaptation(item, related));
	}

	/** The works adapted directly from each work, which go to {@code related}, read in the same statement. */
	Map<String, List<Adaptation>> adaptations(Collection<String> workIds, Consumer<Node> related) {
		return this.batches.listsByKey(adaptations(related), workIds);
	}

	static BatchQuery<Adaptation> adaptations(Consumer<Node> related) {
		return new BatchQuery<>("""
				UNWIND $ids AS id
				MATCH (adaptation:Work)-[a:ADAPTS]->(original:Work {id: id})
				WITH id, a, adaptation, original, adaptation AS w ORDER BY %s
				RETURN id AS key, collect({adaptation: %s, work: {n: w, extra: %s}}) AS items"""
			.formatted(WorkOrder.adaptationsOrder("adaptation"), Adaptation.PROJECTION, Work.EXTRA),
				item -> adaptation(item, related));
	}

	private static Adaptation adaptation(Value item, Consumer<Node> related) {
		Value work = item.get("work");
		related.accept(Work.from(work.get("n"), work.get("extra")));
		return Adaptation.from(item.get("adaptation"));
	}

}
