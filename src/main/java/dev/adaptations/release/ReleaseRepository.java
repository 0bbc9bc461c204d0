package dev.adaptations.release;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.adaptations.support.BatchQueries;

import org.springframework.stereotype.Repository;

@Repository
class ReleaseRepository {

	private final BatchQueries batches;

	ReleaseRepository(BatchQueries batches) {
		this.batches = batches;
	}

	/** The releases of each work, by date, the preferred claim first among equal dates. */
	Map<String, List<Release>> ofWorks(Collection<String> workIds) {
		return this.batches.listsByKey("""
				UNWIND $ids AS id
				%s
				WITH id, e ORDER BY %s
				RETURN id AS key, collect({n: e, extra: %s}) AS items""".formatted(ReleaseOrder.ofWork(":Work {id: id}", "e"),
				ReleaseOrder.order("e"), Release.EXTRA), workIds,
				item -> Release.from(item.get("n"), item.get("extra")));
	}

}
