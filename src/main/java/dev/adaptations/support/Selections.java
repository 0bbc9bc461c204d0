package dev.adaptations.support;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;

/**
 * Whether a request selects a field below the current one, by its qualified name ({@code steps/from},
 * {@code edges/node/person}). {@link DataFetchingFieldSelectionSet#contains} reads its argument as a glob and
 * compiles a regular expression on every call: per credits field and per walk, on every request.
 */
public final class Selections {

	private Selections() {
	}

	/** Whether {@code qualifiedName} (field names joined by {@code /}, no wildcards) is selected. */
	public static boolean selects(DataFetchingFieldSelectionSet selection, String qualifiedName) {
		for (SelectedField field : selection.getFields()) {
			if (field.getQualifiedName().equals(qualifiedName)) {
				return true;
			}
		}
		return false;
	}

}
