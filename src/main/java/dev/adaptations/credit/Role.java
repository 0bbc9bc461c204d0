package dev.adaptations.credit;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import dev.adaptations.node.Node;
import dev.adaptations.node.Sourced;

import static dev.adaptations.node.Values.optionalInt;
import static dev.adaptations.node.Values.optionalString;
import static dev.adaptations.node.Values.string;
import static dev.adaptations.node.Values.strings;
import static dev.adaptations.node.Values.versionOf;

/** One person's credited part in one work, with the ids of what it links to. */
public record Role(String id, String kind, @Nullable String job, @Nullable Integer billing, @Nullable String note,
		@Nullable String confidence, String personId, String workId, @Nullable String characterId,
		List<String> episodeIds, List<String> sourceIds, int version) implements Node, Sourced {

	/** Cypher for the links read beside a role node {@code r}; pair with {@link #from(Value, Value)}. */
	public static final String EXTRA = """
			{person: COLLECT { MATCH (rolePerson:Person)-[:HAS_ROLE]->(r) RETURN rolePerson.id }[0],
			 work: COLLECT { MATCH (r)-[:IN]->(roleWork:Work) RETURN roleWork.id }[0],
			 character: COLLECT { MATCH (r)-[:AS]->(roleCharacter:Character) RETURN roleCharacter.id }[0],
			 episodes: COLLECT { MATCH (r)-[:IN_EPISODE]->(roleEpisode:Episode) RETURN roleEpisode.id ORDER BY %s }}"""
			.formatted(CreditOrder.episodesOrder("roleEpisode"));

	public static Role from(Value node, Value extra) {
		return new Role(string(node, "id"), string(node, "kind"), optionalString(node, "job"),
				optionalInt(node, "billing"), optionalString(node, "note"), optionalString(node, "confidence"),
				string(extra, "person"), string(extra, "work"), optionalString(extra, "character"),
				strings(extra, "episodes"), strings(node, "sources"), versionOf(node));
	}

}
