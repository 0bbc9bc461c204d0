package dev.adaptations.explore;

import java.util.Set;

import graphql.schema.DataFetchingFieldSelectionSet;

import dev.adaptations.support.Selections;

/**
 * How much a walk reads of the nodes it reached, from what the request selects of them: nothing, their
 * identities (a request drawing a graph asks only their ids and types), or their whole records.
 */
enum NodeRead {

	NONE, IDENTITIES, RECORDS;

	/** The fields a node's identity answers. */
	private static final Set<String> IDENTITY = Set.of("id", "__typename");

	/** What the request selects of the nodes at these places (qualified names) of the selection. */
	static NodeRead of(DataFetchingFieldSelectionSet selection, String... places) {
		NodeRead read = NONE;
		for (String place : places) {
			if (Selections.selectsOnly(selection, place, IDENTITY)) {
				read = (read == NONE) ? IDENTITIES : read;
			}
			else if (Selections.selects(selection, place)) {
				return RECORDS;
			}
		}
		return read;
	}

}
