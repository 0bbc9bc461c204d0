package dev.adaptations.dataset;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Validation checks rows against their schema a batch at a time on a second thread: over files of many batches,
 * the problems are still those of the rows, reported in the file's order, and a file that breaks off still has the
 * rows before the break checked. Standalone (no graph), so no database is involved.
 */
class DatasetValidationTests {

	private static final int ROWS = 1_000;

	private final DatasetReader reader = new DatasetReader(null, new RowSchemas());

	@Test
	void aValidFileOfManyBatchesCountsEveryRow() {
		DatasetFile file = validate(file(ROWS, DatasetValidationTests::person, true)).get(0);
		assertThat(file.records()).containsEntry("people", (long) ROWS).containsEntry("sources", 1L);
	}

	@Test
	void problemsOfRowsInDifferentBatchesAreReportedInTheFilesOrder() {
		IntFunction<String> rows = i -> switch (i) {
			case 3 -> "{\"id\": \"p3\", \"name\": \"P 3\", \"birthYear\": \"not a year\", \"sources\": [\"s\"]}";
			case 300 -> "{\"id\": \"p300\", \"sources\": [\"s\"]}";
			case 700 -> "{\"id\": \"p700\", \"name\": \"P 700\", \"sources\": [\"nowhere\"]}";
			case 999 -> "{\"id\": \"p1\", \"name\": \"P 1 again\", \"sources\": [\"s\"]}";
			default -> person(i);
		};
		assertThatExceptionOfType(InvalidDatasetException.class).isThrownBy(() -> validate(file(ROWS, rows, true)))
			.satisfies(ex -> {
				List<String> problems = ex.problems();
				assertThat(problems).hasSize(4);
				assertThat(problems.get(0)).contains("$.people[3].birthYear");
				assertThat(problems.get(1)).contains("$.people[300]").contains("name");
				assertThat(problems.get(2)).contains("$.people[700].sources[0]").contains("'nowhere'");
				assertThat(problems.get(3)).contains("$.people[999].id").contains("duplicate id 'p1'");
			});
	}

	@Test
	void aFileThatBreaksOffHasTheRowsBeforeTheBreakChecked() {
		IntFunction<String> rows = i -> (i == 5) ? "{\"id\": \"p5\", \"sources\": [\"s\"]}" : person(i);
		String broken = file(600, rows, false);
		assertThatExceptionOfType(InvalidDatasetException.class).isThrownBy(() -> validate(broken))
			.satisfies(ex -> {
				assertThat(ex.problems()).anySatisfy(problem -> assertThat(problem).contains("$.people[5]"));
				assertThat(ex.problems()).hasSizeGreaterThanOrEqualTo(2);
			});
	}

	private List<DatasetFile> validate(String json) {
		return this.reader.validateStandalone(List.of(DatasetSource.of("many.json", json.getBytes(StandardCharsets.UTF_8))));
	}

	private static String person(int i) {
		return "{\"id\": \"p" + i + "\", \"name\": \"P " + i + "\", \"sources\": [\"s\"]}";
	}

	/** One row per line; without its end when {@code complete} is false. */
	private static String file(int rows, IntFunction<String> row, boolean complete) {
		StringBuilder json = new StringBuilder("""
				{"format": "adaptation-graph/v1",
				 "dataset": {"id": "many", "title": "Many rows"},
				 "sources": [{"id": "s", "title": "A source", "kind": "OTHER"}],
				 "people": [
				""");
		for (int i = 0; i < rows; i++) {
			json.append(row.apply(i)).append((i < rows - 1) ? ",\n" : "\n");
		}
		if (complete) {
			json.append("]}\n");
		}
		return json.toString();
	}

}
