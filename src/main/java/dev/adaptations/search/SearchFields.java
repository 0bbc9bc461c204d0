package dev.adaptations.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The derived properties the full-text index {@code entity_search} reads besides names and titles: the
 * aliases as one text, and romanization variants of every name. Whatever writes a named entity (the
 * dataset loader, curation) sets them, so search finds curated entities exactly like loaded ones.
 */
public final class SearchFields {

	/** The derived properties; they are not facts and never shown. */
	public static final List<String> NAMES = List.of("aliasText", "searchVariants");

	private SearchFields() {
	}

	/** Adds {@code aliasText} and {@code searchVariants} to a named entity's properties. */
	public static void add(Map<String, Object> props) {
		List<String> names = new ArrayList<>();
		for (String field : List.of("title", "name", "originalTitle", "originalName")) {
			if (props.get(field) instanceof String name) {
				names.add(name);
			}
		}
		List<String> aliases = new ArrayList<>();
		if (props.get("aliases") instanceof List<?> list) {
			list.forEach(alias -> aliases.add(String.valueOf(alias)));
		}
		names.addAll(aliases);
		props.put("aliasText", String.join(" | ", aliases));
		props.put("searchVariants", String.join(" | ", NameVariants.of(names)));
	}

}
