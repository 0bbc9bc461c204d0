package dev.adaptations.credit;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.jspecify.annotations.Nullable;

import dev.adaptations.support.Paging;
import dev.adaptations.support.Selections;

/**
 * What one {@code credits} field asks for: whose credits, of which kinds, which page. Keys that differ
 * only by owner are loaded together in one statement.
 *
 * @param owner a work's or a person's id
 * @param ownerType whether the owner is a work or a person
 * @param kinds the role kinds asked for, or null for all
 * @param first the page size
 * @param afterKey the sort key of the last role already seen, or null
 * @param prefetch what the request asks of each credit that is read in the same statement
 */
record CreditsKey(String owner, OwnerType ownerType, @Nullable List<String> kinds, int first,
		@Nullable String afterKey, Set<Prefetch> prefetch) {

	enum OwnerType {

		WORK, PERSON

	}

	/** The nodes a credit links to, read beside it when the request selects them. */
	enum Prefetch {

		PERSON, WORK, CHARACTER

	}

	/** The key of a {@code credits} field with these arguments (validated here) and this selection. */
	static CreditsKey of(String owner, OwnerType type, @Nullable List<String> kinds, @Nullable Integer first,
			@Nullable String after, DataFetchingFieldSelectionSet selection) {
		return new CreditsKey(owner, type, (kinds != null) ? List.copyOf(kinds) : null, Paging.first(first),
				Paging.after(after), prefetch(selection));
	}

	/** The linked nodes this request selects on its credits, read with them rather than one level later. */
	private static Set<CreditsKey.Prefetch> prefetch(DataFetchingFieldSelectionSet selection) {
		Set<CreditsKey.Prefetch> prefetch = EnumSet.noneOf(CreditsKey.Prefetch.class);
		for (CreditsKey.Prefetch link : CreditsKey.Prefetch.values()) {
			if (Selections.selects(selection, "edges/node/" + link.name().toLowerCase(Locale.ROOT))) {
				prefetch.add(link);
			}
		}
		return prefetch;
	}

	/** The same query for another owner: keys with equal shapes batch together. */
	CreditsKey shape() {
		return new CreditsKey("", this.ownerType, this.kinds, this.first, this.afterKey, this.prefetch);
	}

}
