package dev.adaptations.support;

import java.util.Set;

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

	/**
	 * Whether {@code qualifiedName} is selected with nothing below it but fields named in {@code names} (in any
	 * fragment): {@code steps/from} with only {@code id} and {@code __typename}, say.
	 */
	public static boolean selectsOnly(DataFetchingFieldSelectionSet selection, String qualifiedName,
			Set<String> names) {
		String below = qualifiedName + "/";
		boolean selected = false;
		for (SelectedField field : selection.getFields()) {
			String name = field.getQualifiedName();
			if (name.equals(qualifiedName)) {
				selected = true;
			}
			else if (name.startsWith(below)
					&& (name.indexOf('/', below.length()) >= 0 || !names.contains(field.getName()))) {
				return false;
			}
		}
		return selected;
	}

}
