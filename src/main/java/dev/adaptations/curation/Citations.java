package dev.adaptations.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.adaptations.history.ChangeAction;
import dev.adaptations.history.ChangeDraft;
import dev.adaptations.support.InvalidInputException.Problem;

import org.springframework.stereotype.Component;

/**
 * The sources a mutation cites: ids of existing sources in {@code input.sources}, and new sources in
 * {@code input.newSources}, created in the same transaction. A fact with neither is refused.
 */
@Component
final class Citations {

	private final InputSchemas schemas;

	private final Ids ids;

	Citations(InputSchemas schemas, Ids ids) {
		this.schemas = schemas;
		this.ids = ids;
	}

	/** The cited source ids (existing first, then new), after checking them; problems go to the list. */
	List<String> check(Write write, Map<String, Object> input, List<Problem> problems) {
		List<String> cited = Inputs.strings(input, "sources");
		List<Map<String, Object>> created = newSources(input);
		if (cited.isEmpty() && created.isEmpty()) {
			problems.add(new Problem("input.sources",
					"at least one source is required: cite existing sources in 'sources' or add new ones in 'newSources'"));
			return List.of();
		}
		Set<String> found = this.ids.existing(write, "Source", cited);
		for (int i = 0; i < cited.size(); i++) {
			if (!found.contains(cited.get(i))) {
				problems.add(new Problem("input.sources[" + i + "]", "no source has the id '" + cited.get(i) + "'"));
			}
		}
		Set<String> ids = new LinkedHashSet<>(cited);
		for (int i = 0; i < created.size(); i++) {
			String prefix = "input.newSources[" + i + "]";
			Map<String, Object> source = created.get(i);
			problems.addAll(this.schemas.problems("source", source, prefix));
			String id = (String) source.get("id");
			if (id != null) {
				if (!ids.add(id)) {
					problems.add(new Problem(prefix + ".id", "'" + id + "' is cited twice"));
				}
				this.ids.checkFree(write, id, prefix + ".id", problems);
			}
		}
		return List.copyOf(ids);
	}

	/** Creates the new sources of a checked input, each recorded as a change of its own. */
	void createNew(Write write, Map<String, Object> input) {
		for (Map<String, Object> source : newSources(input)) {
			Map<String, Object> props = new LinkedHashMap<>(Inputs.withoutNulls(source));
			props.put("version", 1);
			write.run("CREATE (s:Source) SET s = $props", Map.of("props", props));
			String id = (String) source.get("id");
			write.change(new ChangeDraft(ChangeAction.CREATE, "Source", id, "created source '" + id + "'")
				.diff(Map.of(), Inputs.withoutNulls(source))
				.version(1));
		}
	}

	/** The new sources of an input; a {@code comment} there is {@code createSource}'s, not a property. */
	private static List<Map<String, Object>> newSources(Map<String, Object> input) {
		return Inputs.maps(input, "newSources").stream().map(source -> Inputs.without(source, "comment")).toList();
	}

	/** The union of two source lists, in order. */
	static List<String> union(List<String> first, List<String> second) {
		Set<String> all = new LinkedHashSet<>(first);
		all.addAll(second);
		return new ArrayList<>(all);
	}

}
