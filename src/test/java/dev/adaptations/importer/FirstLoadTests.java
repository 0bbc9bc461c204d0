package dev.adaptations.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.adaptations.AdaptationGraphApplication;
import dev.adaptations.dataset.DatasetLoader;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first start writes its dataset at once ({@code FirstLoad}): through the embedded database's own API into a store
 * it created, in two Cypher statements into any other graph without entities; an import into a graph that exists
 * writes it in batches per section and label. All build the same graph from the same file: every node, its labels
 * and properties (version and dataset included), every relationship and its properties.
 */
class FirstLoadTests {

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "datasets/love-in-the-big-city.yaml, embedded", "datasets/the-lantern-keeper.yaml, embedded",
			"datasets/love-in-the-big-city.yaml, Cypher", "datasets/the-lantern-keeper.yaml, Cypher" })
	void aFirstStartWritesTheGraphAnImportWrites(String dataset, String way, @TempDir Path dir) throws IOException {
		Path started = dir.resolve("started");
		if (way.equals("embedded")) {
			new SpringApplicationBuilder(AdaptationGraphApplication.class)
				.run("--server.port=-1", "--graph.embedded.ephemeral=false",
						"--graph.embedded.data-directory=" + started, "--graph.embedded.bolt-port=0",
						"--graph.dataset.locations=classpath:" + dataset)
				.close();
		}
		else {
			// The loader as on a graph it did not create (a server's): Cypher, once it finds the graph empty.
			try (var context = new SpringApplicationBuilder(AdaptationGraphApplication.class).run("--server.port=-1",
					"--graph.embedded.ephemeral=false", "--graph.embedded.data-directory=" + started,
					"--graph.embedded.bolt-port=0", "--graph.dataset.load-on-startup=false")) {
				assertThat(context.getBean(DatasetLoader.class).load(new ClassPathResource(dataset)))
					.isEqualTo(DatasetLoader.Outcome.LOADED);
			}
		}

		Path imported = dir.resolve("imported");
		BulkImportTests.createEmptyStore(imported);
		var out = new ByteArrayOutputStream();
		int exit = Commands.run(AdaptationGraphApplication.class,
				new String[] { "import", new ClassPathResource(dataset).getFile().toString(),
						"--graph.embedded.ephemeral=false", "--graph.embedded.data-directory=" + imported },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
		assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("batch importer");

		StoreGraph first = StoreGraph.of(started);
		StoreGraph batched = StoreGraph.of(imported);
		// The Dataset node differs by design: a startup load records the file's checksum and when it loaded it.
		assertThat(first.nodes().stream().filter(line -> !line.startsWith("[Dataset]")))
			.hasSizeGreaterThan(40)
			.containsExactlyElementsOf(batched.nodes().stream().filter(line -> !line.startsWith("[Dataset]")).toList());
		assertThat(first.relationships()).hasSizeGreaterThan(40).containsExactlyElementsOf(batched.relationships());
		assertThat(first.schema()).containsExactlyElementsOf(batched.schema());
	}

}
