package dev.adaptations.organization;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.adaptations.support.BatchQueries;
import dev.adaptations.work.Work;

import org.springframework.stereotype.Repository;

@Repository
class OrganizationRepository {

	private final BatchQueries batches;

	OrganizationRepository(BatchQueries batches) {
		this.batches = batches;
	}

	Map<String, List<OrganizationLink>> linksOfWorks(Collection<String> workIds) {
		return this.batches.listsByKey("""
				UNWIND $ids AS id
				MATCH (w:Work {id: id})
				%s
				WITH id, w, l, o ORDER BY %s
				RETURN id AS key, collect(%s) AS items""".formatted(OrganizationOrder.linksOfWork("w", "l", "o"),
				OrganizationOrder.linksOfWorkOrder("l", "o"), OrganizationLink.PROJECTION), workIds, OrganizationLink::from);
	}

	Map<String, List<OrganizationLink>> linksOfOrganizations(Collection<String> organizationIds) {
		return this.batches.listsByKey("""
				UNWIND $ids AS id
				MATCH (w:Work)-[l:%s]->(o:Organization {id: id})
				WITH id, w, l, o ORDER BY w.year, w.id, type(l)
				RETURN id AS key, collect(%s) AS items""".formatted(OrganizationLink.TYPES, OrganizationLink.PROJECTION),
				organizationIds, OrganizationLink::from);
	}

	Map<String, List<Work>> worksOfOrganizations(Collection<String> organizationIds) {
		return this.batches.listsByKey("""
				UNWIND $ids AS id
				MATCH (o:Organization {id: id})
				CALL (o) {
				  MATCH (w:Work)-[:%s]->(o) RETURN w
				  UNION
				  MATCH (w:Work)<-[:OF]-(:Release)-[:ON]->(o) RETURN w
				}
				WITH DISTINCT id, w ORDER BY w.year, w.id
				RETURN id AS key, collect({n: w, extra: %s}) AS items""".formatted(OrganizationLink.TYPES, Work.EXTRA),
				organizationIds, item -> Work.from(item.get("n"), item.get("extra")));
	}

	Map<String, List<Nomination>> nominationsOfWorks(Collection<String> workIds) {
		return this.batches.listsByKey("""
				UNWIND $ids AS id
				MATCH (w:Work {id: id})-[n:NOMINATED_FOR]->(a:Award)
				WITH id, w, n, a ORDER BY n.year, n.date, a.name
				RETURN id AS key, collect(%s) AS items""".formatted(Nomination.PROJECTION), workIds,
				Nomination::from);
	}

	Map<String, List<Nomination>> nominationsOfAwards(Collection<String> awardIds) {
		return this.batches.listsByKey("""
				UNWIND $ids AS id
				MATCH (w:Work)-[n:NOMINATED_FOR]->(a:Award {id: id})
				WITH id, w, n, a ORDER BY n.year, n.date, w.title
				RETURN id AS key, collect(%s) AS items""".formatted(Nomination.PROJECTION), awardIds,
				Nomination::from);
	}

}
