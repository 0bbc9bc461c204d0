package dev.adaptations.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import dev.adaptations.AdaptationGraphApplication;
import dev.adaptations.support.LoopbackNeo4j;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import into a new data directory writes the store offline with Neo4j's batch importer; into an existing
 * store it writes transactions. Both must build the same graph from the same files: every node with its labels
 * and properties (the bookkeeping {@code version} and {@code dataset} included), every relationship with its
 * properties, the same constraints and indexes, all online. Files that state something twice, which transactions
 * merge, are left to transactions.
 */
class BulkImportTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void aNewStoreWrittenOfflineHoldsWhatTransactionsWrite(@TempDir Path dir) throws IOException {
		String[] files = { file("datasets/love-in-the-big-city.yaml"), file("datasets/the-lantern-keeper.yaml") };

		Path offline = dir.resolve("offline");
		assertThat(importInto(offline, files)).as(err()).isZero();
		assertThat(out()).contains("written into the new store by Neo4j's batch importer")
			.containsPattern("nodes: [0-9,]+ created, 0 updated, 0 unchanged; relationships: [0-9,]+ created");
		String offlineCounts = counts(out());

		Path transactional = dir.resolve("transactional");
		createEmptyStore(transactional);
		assertThat(importInto(transactional, files)).as(err()).isZero();
		assertThat(out()).doesNotContain("batch importer");
		assertThat(counts(out())).isEqualTo(offlineCounts);

		StoreGraph written = StoreGraph.of(offline);
		StoreGraph expected = StoreGraph.of(transactional);
		assertThat(written.nodes()).hasSizeGreaterThan(200).containsExactlyElementsOf(expected.nodes());
		assertThat(written.relationships()).hasSizeGreaterThan(200).containsExactlyElementsOf(expected.relationships());
		assertThat(written.schema()).hasSizeGreaterThan(20)
			.allSatisfy(index -> assertThat(index).endsWith(" ONLINE"))
			.containsExactlyElementsOf(expected.schema());
		assertThat(written.schema()).anySatisfy(index -> assertThat(index).startsWith("LOOKUP NODE"))
			.anySatisfy(index -> assertThat(index).startsWith("LOOKUP RELATIONSHIP"))
			.anySatisfy(index -> assertThat(index).startsWith("FULLTEXT NODE"));
	}

	@Test
	void aRelationshipStatedTwiceIsLeftToTransactionsWhichMergeIt(@TempDir Path dir) throws IOException {
		ObjectNode dataset = (ObjectNode) new YAMLMapper().readTree(new ClassPathResource("datasets/the-lantern-keeper.yaml").getInputStream());
		ArrayNode appearances = (ArrayNode) dataset.get("appearances");
		appearances.add(appearances.get(0).deepCopy());
		Path repeated = dir.resolve("repeated.json");
		Files.writeString(repeated, JsonMapper.builder().build().writeValueAsString(dataset));

		assertThat(importInto(dir.resolve("merged"), repeated.toString())).as(err()).isZero();
		assertThat(out()).doesNotContain("batch importer")
			.containsPattern("A APPEARS_IN relationship from '[^']+' to '[^']+' is stated twice: the offline write stopped"
					+ " and left nothing; writing with transactions instead, which merge it");
		assertThat(importInto(dir.resolve("original"), file("datasets/the-lantern-keeper.yaml"))).as(err()).isZero();
		assertThat(out()).contains("batch importer");

		StoreGraph merged = StoreGraph.of(dir.resolve("merged"));
		StoreGraph original = StoreGraph.of(dir.resolve("original"));
		assertThat(merged.nodes()).containsExactlyElementsOf(original.nodes());
		assertThat(merged.relationships()).containsExactlyElementsOf(original.relationships());
	}

	@Test
	void anIdDefinedByTwoFilesIsLeftToTransactionsWhichUpdateIt(@TempDir Path dir) throws IOException {
		JsonNode dataset = new YAMLMapper().readTree(new ClassPathResource("datasets/the-lantern-keeper.yaml").getInputStream());
		((ObjectNode) dataset.get("dataset")).put("id", "the-lantern-keeper-again");
		Path again = dir.resolve("again.json");
		Files.writeString(again, JsonMapper.builder().build().writeValueAsString(dataset));

		assertThat(importInto(dir.resolve("data"), file("datasets/the-lantern-keeper.yaml"), again.toString()))
			.as(err())
			.isZero();
		assertThat(out()).doesNotContain("batch importer").containsPattern("nodes: ([0-9,]+) created, 0 updated, \\1 unchanged");
	}

	@Test
	void anInvalidFileWritesNothingIntoANewStoreEither(@TempDir Path dir) throws IOException {
		Path data = dir.resolve("data");
		assertThat(importInto(data, file("datasets/the-lantern-keeper.yaml"), file("invalid-datasets/duplicate-id.yaml")))
			.isEqualTo(1);
		assertThat(err()).startsWith("import: nothing was written. Dataset duplicate-id.yaml is invalid");
		StoreGraph graph = StoreGraph.of(data);
		assertThat(graph.nodes()).isEmpty();
	}

	@Test
	void filesBelowTheThresholdGoThroughTransactionsEvenIntoANewStore(@TempDir Path dir) throws IOException {
		assertThat(run("import", file("datasets/the-lantern-keeper.yaml"), "--graph.embedded.ephemeral=false",
				"--graph.embedded.data-directory=" + dir.resolve("data")))
			.as(err())
			.isZero();
		assertThat(out()).contains("Imported the-lantern-keeper.yaml").doesNotContain("batch importer");
	}

	/** Imports into {@code data} with the batch importer allowed whatever the files' size. */
	private int importInto(Path data, String... files) {
		List<String> args = new ArrayList<>(List.of("import"));
		args.addAll(List.of(files));
		args.add("--graph.embedded.ephemeral=false");
		args.add("--graph.embedded.data-directory=" + data);
		args.add("--graph.import.offline-from=0B");
		return run(args.toArray(String[]::new));
	}

	private int run(String... args) {
		this.out.reset();
		this.err.reset();
		return Commands.run(AdaptationGraphApplication.class, args,
				new PrintStream(this.out, true, StandardCharsets.UTF_8), new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	/** A store that exists, empty: an import into it is transactional. */
	static void createEmptyStore(Path data) {
		LoopbackNeo4j.builder(data, 0).build().shutdown();
	}

	private static String file(String resource) throws IOException {
		return new ClassPathResource(resource).getFile().toString();
	}

	private static String counts(String output) {
		return output.lines().filter(line -> line.startsWith("  records:") || line.startsWith("  nodes:")).toList().toString();
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
