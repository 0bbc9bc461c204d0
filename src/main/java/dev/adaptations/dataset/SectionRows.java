package dev.adaptations.dataset;

import java.util.function.BiConsumer;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a file's rows with their section: rows of sections that are not wanted, or not known, are skipped
 * without being built as trees.
 */
final class SectionRows implements DatasetStream.Visitor {

	private final Predicate<Section> wanted;

	private final BiConsumer<Section, JsonNode> rows;

	private @Nullable Section section;

	SectionRows(Predicate<Section> wanted, BiConsumer<Section, JsonNode> rows) {
		this.wanted = wanted;
		this.rows = rows;
	}

	@Override
	public boolean sectionStarted(String key, int line) {
		this.section = Section.byKey(key);
		return this.section != null && this.wanted.test(this.section);
	}

	@Override
	public void row(String key, int index, int line, JsonNode row) {
		this.rows.accept(this.section, row);
	}

}
