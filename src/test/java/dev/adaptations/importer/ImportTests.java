package dev.adaptations.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;

import dev.adaptations.dataset.DatasetSource;
import dev.adaptations.dataset.ImportProgress;
import dev.adaptations.dataset.InvalidDatasetException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The importer on a database of its own, shared with {@code DatasetLoaderTests} (the same configuration, so the
 * same cached context): bad files are refused whole with file, line, path and reason, and leave the graph
 * exactly as it was; good ones are written in batches, idempotently, version-aware. Tests that write remove
 * what they wrote.
 */
@SpringBootTest(properties = "graph.dataset.locations=classpath:datasets/the-lantern-keeper.yaml")
class ImportTests {

	@Autowired
	Importer importer;

	@Autowired
	Driver driver;

	@Autowired
	ConfigurableApplicationContext context;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = {
			"import/malformed.json | line 5: $.sources[0] | not well-formed JSON at column",
			"invalid-datasets/malformed.yaml | line 2: $.dataset | not well-formed YAML or JSON",
			"invalid-datasets/unknown-reference.yaml | line 8: $.credits[0].person | 'nobody-at-all' is not defined in this file or in the graph (expected a person)",
			"import/wrong-type-reference.yaml | line 7: $.credits[0].person | 'the-lantern-keeper-novel' is a work in the graph, not a person",
			"invalid-datasets/duplicate-id.yaml | line 8: $.people[0].id | duplicate id 'same-id' (already used by a work at line 6)",
			"invalid-datasets/wrong-type.yaml | line 6: $.works[0].year | string found, integer expected",
			"import/missing-sources.yaml | $: required property 'sources' not found | ",
			"import/missing-sources.yaml | line 4: $.works[0].sources[0] | 'nowhere-src' is not defined in this file or in the graph (expected a source)",
			"invalid-datasets/unsourced-credit.yaml | line 10: $.credits[0] | required property 'sources' not found",
			"invalid-datasets/empty.yaml | line 1: $ | the file is empty",
			"invalid-datasets/truncated.yaml | line 51: $.sources[4] | not well-formed YAML or JSON",
			"import/truncated.json | line 9: $.works[1] | not well-formed JSON",
			"import/flow-truncated.yaml | line 3: $.works[0] | not well-formed YAML or JSON" })
	void aBadFileIsRefusedWithItsFileLinePathAndReasonAndLeavesTheGraphExactlyAsItWas(String file, String where,
			String what) {
		var before = GraphSnapshot.of(this.driver);
		String name = file.substring(file.indexOf('/') + 1);
		assertThatExceptionOfType(InvalidDatasetException.class)
			.isThrownBy(() -> this.importer.importFiles(List.of(DatasetSource.of(new ClassPathResource(file))),
					ImportProgress.NONE))
			.satisfies(ex -> assertThat(ex.problems()).anySatisfy(problem -> {
				assertThat(problem).startsWith(name + ": " + where);
				if (what != null) {
					assertThat(problem).contains(what);
				}
			}));
		assertThat(GraphSnapshot.of(this.driver)).isEqualTo(before);
	}

	@Test
	void oneBadFileAmongSeveralMeansNothingOfAnyIsWritten() {
		var before = GraphSnapshot.of(this.driver);
		assertThatExceptionOfType(InvalidDatasetException.class)
			.isThrownBy(() -> this.importer.importFiles(List.of(DatasetSource.of(new ClassPathResource("import/graph-reference.yaml")),
					DatasetSource.of(new ClassPathResource("invalid-datasets/unknown-reference.yaml"))), ImportProgress.NONE))
			.satisfies(ex -> assertThat(ex.problems()).singleElement().asString().startsWith("unknown-reference.yaml: "));
		assertThat(GraphSnapshot.of(this.driver)).isEqualTo(before);
	}

	@Test
	void aReferenceToAnEntityOnlyInTheGraphIsAcceptedAndTheImportIsAnnounced() {
		List<DatasetImported> announced = new ArrayList<>();
		this.context.addApplicationListener(ApplicationListener.<DatasetImported>forPayload(announced::add));
		try {
			var report = this.importer.importFiles(List.of(DatasetSource.of(new ClassPathResource("import/graph-reference.yaml"))),
					ImportProgress.NONE);
			assertThat(report.written().nodesCreated()).isEqualTo(3);
			assertThat(this.driver.executableQuery("""
					MATCH (:Person {id: 'ines-alcantara'})-[:HAS_ROLE]->(r:Role)-[:IN]->(w:Work:Story)
					RETURN r.id AS role, r.version AS version, w.dataset AS dataset""").execute().records())
				.anySatisfy(record -> {
					assertThat(record.get("role").asString()).isEqualTo("graph-reference-essay-author");
					assertThat(record.get("version").asLong()).isEqualTo(1);
					assertThat(record.get("dataset").asString()).isEqualTo("graph-reference");
				});
			assertThat(announced).singleElement().satisfies(event -> {
				assertThat(event.datasetIds()).containsExactly("graph-reference");
				assertThat(event.files()).containsExactly("graph-reference.yaml");
				assertThat(event.recordsBySection()).containsEntry("works", 1L).containsEntry("credits", 1L);
			});
			// and recorded in the change history
			assertThat(this.driver.executableQuery(
					"MATCH (c:Change {action: 'IMPORT', entityId: 'graph-reference'}) RETURN c.summary AS summary, c.actor AS actor")
				.execute()
				.records()).singleElement().satisfies(record -> {
					assertThat(record.get("summary").asString()).startsWith("imported graph-reference.yaml: ")
						.contains("3 nodes created");
					assertThat(record.get("actor").asString()).startsWith("import command (");
				});
		}
		finally {
			remove("graph-reference");
		}
	}

	@Test
	void importingTheSameFileAgainChangesNothing() {
		var before = GraphSnapshot.of(this.driver);
		var report = this.importer.importFiles(List.of(DatasetSource.of(new ClassPathResource("datasets/the-lantern-keeper.yaml"))),
				ImportProgress.NONE);
		assertThat(report.written().nodesCreated()).isZero();
		assertThat(report.written().nodesUpdated()).isZero();
		assertThat(report.written().nodesUnchanged()).isGreaterThan(40);
		assertThat(report.written().relationshipsCreated()).isZero();
		assertThat(GraphSnapshot.of(this.driver)).isEqualTo(before);
	}

	@Test
	void aChangedRowReplacesTheNodesPropertiesAndRaisesItsVersionOnce(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("versions.yaml");
		try {
			Files.writeString(file, versions("year: 2001, description: First words", "[Old Title]"));
			this.importer.importFiles(List.of(DatasetSource.of(file)), ImportProgress.NONE);
			assertThat(book()).containsEntry("version", 1L).containsEntry("year", 2001L).containsEntry("aliasText", "Old Title");

			Files.writeString(file, versions("year: 2002", "[New Title]"));
			var changed = this.importer.importFiles(List.of(DatasetSource.of(file)), ImportProgress.NONE);
			assertThat(changed.written().nodesUpdated()).isEqualTo(1);
			assertThat(book()).containsEntry("version", 2L)
				.containsEntry("year", 2002L)
				.containsEntry("aliasText", "New Title")
				.containsEntry("dataset", "versions")
				.doesNotContainKey("description");

			var again = this.importer.importFiles(List.of(DatasetSource.of(file)), ImportProgress.NONE);
			assertThat(again.written().nodesUpdated()).isZero();
			assertThat(book()).containsEntry("version", 2L);
		}
		finally {
			remove("versions");
		}
	}

	@Test
	void aBatchOfNewAndExistingNodesCreatesTheNewOnesAndUpdatesOnlyTheChangedOnes(@TempDir Path dir)
			throws IOException {
		Path file = dir.resolve("versions.yaml");
		try {
			Files.writeString(file, versions("year: 2001", "[Old Title]"));
			this.importer.importFiles(List.of(DatasetSource.of(file)), ImportProgress.NONE);

			// The changed book, its unchanged source and a new book share each batch.
			Files.writeString(file, versions("year: 2002", "[Old Title]")
					+ "  - {id: versions-sequel, kind: NOVEL, title: A Sequel, sources: [versions-src]}\n");
			var mixed = this.importer.importFiles(List.of(DatasetSource.of(file)), ImportProgress.NONE);
			assertThat(mixed.written().nodesCreated()).isEqualTo(1);
			assertThat(mixed.written().nodesUpdated()).isEqualTo(1);
			assertThat(mixed.written().nodesUnchanged()).isEqualTo(1);
			assertThat(book()).containsEntry("version", 2L).containsEntry("year", 2002L);
			assertThat(this.driver.executableQuery("MATCH (w:Work:Novel {id: 'versions-sequel'}) RETURN w.version AS v")
				.execute()
				.records()).extracting(record -> record.get("v").asLong()).containsExactly(1L);
		}
		finally {
			remove("versions");
		}
	}

	@Test
	void aYamlFileThatOnlyOpensLikeJsonIsStillReadAsYaml(@TempDir Path dir) throws IOException {
		// JSON up to the works, then YAML's own plain scalars and a comment: the JSON parser gives up half way.
		Path file = dir.resolve("flow.yaml");
		Files.writeString(file, """
				{"format": "adaptation-graph/v1", "dataset": {"id": "flow", "title": "Flow"},
				 "sources": [{"id": "flow-src", "title": "A source", "kind": "OTHER"}],
				 "works": [{id: flow-work, kind: NOVEL, title: 'It''s YAML', sources: [flow-src]}]}
				# a comment
				""");
		try {
			var report = this.importer.importFiles(List.of(DatasetSource.of(file)), ImportProgress.NONE);
			assertThat(report.written().nodesCreated()).isEqualTo(2);
			assertThat(this.driver.executableQuery("MATCH (w:Work {id: 'flow-work'}) RETURN w.title AS title")
				.execute()
				.records()).extracting(record -> record.get("title").asString()).containsExactly("It's YAML");
		}
		finally {
			remove("flow");
		}
	}

	@Test
	void relationshipsReachNodesWrittenInOtherBatches(@TempDir Path dir) throws IOException {
		// 30 works in batches of 7, each part of the one before it and adapting the first: most relationship
		// rows join nodes of two different batches.
		StringBuilder yaml = new StringBuilder("""
				format: adaptation-graph/v1
				dataset: {id: batches, title: Batch boundaries}
				sources:
				  - {id: batches-src, title: A source, kind: OTHER}
				""");
		yaml.append("works:\n");
		for (int i = 0; i < 30; i++) {
			yaml.append("  - {id: batches-work-%d, kind: NOVEL, title: Work %d, sources: [batches-src]}\n".formatted(i, i));
		}
		yaml.append("partOf:\n");
		for (int i = 1; i < 30; i++) {
			yaml.append("  - {part: batches-work-%d, whole: batches-work-%d, position: %d, sources: [batches-src]}\n"
				.formatted(i, i - 1, i));
		}
		yaml.append("adaptations:\n");
		for (int i = 1; i < 30; i++) {
			yaml.append("  - {adaptation: batches-work-%d, source: batches-work-0, kind: ADAPTATION, sources: [batches-src]}\n"
				.formatted(i));
		}
		Path file = dir.resolve("batches.yaml");
		Files.writeString(file, yaml);
		List<Integer> batches = new ArrayList<>();
		try {
			var report = this.importer.importFiles(List.of(DatasetSource.of(file)), 7, new ImportProgress() {
				@Override
				public void batchWritten(String section, int rows) {
					batches.add(rows);
				}
			});
			assertThat(batches).allSatisfy(rows -> assertThat(rows).isLessThanOrEqualTo(7)).hasSize(1 + 5 + 5 + 5);
			assertThat(report.written().relationshipsCreated()).isEqualTo(58);
			assertThat(this.driver.executableQuery("""
					MATCH (w:Work) WHERE w.dataset = 'batches'
					RETURN count { (w)-[:PART_OF]->() } + count { (w)-[:ADAPTS]->() } AS links""").execute().records())
				.extracting(record -> record.get("links").asLong())
				.containsOnly(0L, 2L)
				.filteredOn(links -> links == 2L)
				.hasSize(29);
		}
		finally {
			remove("batches");
		}
	}

	@Test
	void aLargeFileStreamsThroughInBatchesNeverHeldWhole(@TempDir Path dir) throws IOException {
		int n = 5_000;
		// Long enough rows to pass SnakeYAML's default limit of 3 MB per document, which streaming lifts.
		String about = "About " + "x".repeat(150);
		Path file = dir.resolve("generated.yaml");
		try (var out = Files.newBufferedWriter(file)) {
			out.write("format: adaptation-graph/v1\ndataset: {id: generated, title: Generated}\n");
			out.write("sources:\n  - {id: generated-src, title: A source, kind: OTHER}\n");
			out.write("works:\n");
			for (int i = 0; i < n; i++) {
				out.write("  - {id: generated-work-%d, kind: NOVEL, title: Generated Work %d, year: 1990, description: %s, sources: [generated-src]}\n".formatted(i, i, about));
			}
			out.write("people:\n");
			for (int i = 0; i < n; i++) {
				out.write("  - {id: generated-person-%d, name: Person %d, description: %s, sources: [generated-src]}\n".formatted(i, i, about));
			}
			out.write("characters:\n");
			for (int i = 0; i < n; i++) {
				out.write("  - {id: generated-character-%d, name: Character %d, description: %s, sources: [generated-src]}\n".formatted(i, i, about));
			}
			out.write("credits:\n");
			for (int i = 0; i < n; i++) {
				out.write("  - {id: generated-credit-%d, person: generated-person-%d, work: generated-work-%d, kind: AUTHOR, sources: [generated-src]}\n"
					.formatted(i, i, (i * 7) % n));
			}
		}
		assertThat(Files.size(file)).isGreaterThan(3_500_000);
		List<Integer> batches = new ArrayList<>();
		long[] rowsSeen = { 0 };
		try {
			var report = this.importer.importFiles(List.of(DatasetSource.of(file)), 1_000, new ImportProgress() {
				@Override
				public void advanced(long records, long bytes) {
					rowsSeen[0]++;
				}

				@Override
				public void batchWritten(String section, int rows) {
					batches.add(rows);
				}
			});
			// Rows are handed over one at a time (three passes) and written 1,000 at most at once.
			assertThat(rowsSeen[0]).isEqualTo(3L * (4 * n + 1));
			assertThat(batches).allSatisfy(rows -> assertThat(rows).isLessThanOrEqualTo(1_000));
			assertThat(batches).hasSize(1 + 4 * 5 + 5);
			assertThat(report.written().totalRecords()).isEqualTo(4L * n + 1);
			assertThat(report.written().nodesCreated()).isEqualTo(4L * n + 1);
			assertThat(report.written().relationshipsCreated()).isEqualTo(2L * n);
		}
		finally {
			remove("generated");
		}
	}

	private Map<String, Object> book() {
		return this.driver.executableQuery("MATCH (w:Work {id: 'versions-book'}) RETURN properties(w) AS p")
			.execute()
			.records()
			.get(0)
			.get("p")
			.asMap();
	}

	private static String versions(String properties, String aliases) {
		return """
				format: adaptation-graph/v1
				dataset: {id: versions, title: Versions}
				sources:
				  - {id: versions-src, title: A source, kind: OTHER}
				works:
				  - {id: versions-book, kind: NOVEL, title: A Book, aliases: %s, %s, sources: [versions-src]}
				""".formatted(aliases, properties);
	}

	/** Removes what an import of {@code dataset} wrote, in batches. */
	private void remove(String dataset) {
		try (var session = this.driver.session()) {
			session.run("""
					MATCH (n) WHERE n.dataset = $dataset OR (n:Dataset AND n.id = $dataset)
					CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS""", Map.of("dataset", dataset)).consume();
		}
	}

}
