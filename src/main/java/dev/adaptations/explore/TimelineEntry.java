package dev.adaptations.explore;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.adaptations.node.Sourced;

/** One dated entry of a family's timeline. */
record TimelineEntry(LocalDate date, String datePrecision, String kind, String label, @Nullable String workId,
		@Nullable String subjectId, boolean preferred, List<String> sourceIds) implements Sourced {
}
