package dev.adaptations.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.Driver;

import dev.adaptations.AdaptationGraphApplication;
import dev.adaptations.GraphTest;
import dev.adaptations.dataset.DatasetReader;
import dev.adaptations.dataset.DatasetSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export and import through the application's commands: the graph of both test franchises, exported from the
 * shared test database over Bolt (as from a running service) and imported into an empty embedded database in a
 * temporary directory, is the same graph; an invalid file in the same import writes nothing. Also: a family
 * export stands on its own, and exporting twice gives the same bytes.
 */
@GraphTest
class ExportRoundTripTests {

	@Autowired
	Driver driver;

	@Autowired
	GraphExporter exporter;

	@Autowired
	DatasetReader reader;

	@Autowired
	Neo4jConnectionDetails connection;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void importingAnExportIntoAnEmptyDatabaseReproducesTheGraph(@TempDir Path dir) throws IOException {
		Path export = dir.resolve("export.yaml");
		assertThat(run("export", "--output", export.toString(), "--spring.neo4j.uri=" + this.connection.getUri()))
			.as(err())
			.isZero();
		assertThat(err()).startsWith("Exported ").contains(" records to " + export);

		Path data = dir.resolve("data");
		String invalid = new ClassPathResource("invalid-datasets/unknown-reference.yaml").getFile().toString();
		String[] embedded = { "--graph.embedded.ephemeral=false", "--graph.embedded.data-directory=" + data };
		assertThat(run(concat(new String[] { "import", export.toString(), invalid }, embedded))).isEqualTo(1);
		assertThat(err()).startsWith("import: nothing was written. Dataset unknown-reference.yaml is invalid (1 problem):")
			.contains("unknown-reference.yaml: line 8: $.credits[0].person: 'nobody-at-all' is not defined");

		assertThat(run(concat(new String[] { "import", export.toString(), "--batch-size", "50" }, embedded))).as(err())
			.isZero();
		// Everything created: the failed import before it had written nothing.
		assertThat(out()).contains("Imported export.yaml (dataset graph-export) in ")
			.containsPattern("nodes: [0-9,]+ created, 0 updated, 0 unchanged; relationships: [0-9,]+ created")
			.contains("export.yaml: writing relationships: done");

		var source = GraphSnapshot.of(this.driver).facts();
		var service = new DatabaseManagementServiceBuilder(data).setConfig(BoltConnector.enabled, false)
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			.setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
			.build();
		try {
			var copy = GraphSnapshot.of(service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)).facts();
			assertThat(copy.nodes()).hasSizeGreaterThan(200).containsExactlyElementsOf(source.nodes());
			assertThat(copy.relationships()).containsExactlyElementsOf(source.relationships());
		}
		finally {
			service.shutdown();
		}
	}

	@Test
	void aFamilyExportStandsOnItsOwnAndHoldsOnlyThatFamily() {
		var family = new ByteArrayOutputStream();
		var report = this.exporter.export("the-lantern-keeper-novel", family);
		var files = this.reader.validateStandalone(List.of(DatasetSource.of("family.yaml", family.toByteArray())));
		assertThat(files.get(0).id()).isEqualTo("the-lantern-keeper-novel-family");
		assertThat(files.get(0).records()).isEqualTo(report.records())
			.containsEntry("sources", 6L)
			.containsEntry("works", 12L)
			.containsEntry("credits", 8L)
			.containsEntry("releases", 4L);
		assertThat(family.toString(StandardCharsets.UTF_8)).doesNotContain("love-in-the-big-city");

		var again = new ByteArrayOutputStream();
		this.exporter.export("the-lantern-keeper-novel", again);
		assertThat(again.toByteArray()).isEqualTo(family.toByteArray());
	}

	private int run(String... args) {
		this.out.reset();
		this.err.reset();
		return Commands.run(AdaptationGraphApplication.class, args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private static String[] concat(String[] first, String[] second) {
		String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
