package dev.adaptations.dataset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The loader on a database of its own (it writes): invalid files are refused whole with every problem
 * named, a second load changes nothing, and a failed write leaves the graph exactly as it was.
 */
@SpringBootTest(properties = "graph.dataset.locations=classpath:datasets/the-lantern-keeper.yaml")
class DatasetLoaderTests {

	@Autowired
	DatasetLoader loader;

	@Autowired
	DatasetReader reader;

	@Autowired
	DatasetWriter writer;

	@Autowired
	Driver driver;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = {
			"unsourced-credit.yaml | $.credits[0] | required property 'sources' not found",
			"empty-sources.yaml | $.works[0].sources | ",
			"unknown-reference.yaml | $.credits[0].person | 'nobody-at-all' is not defined in this file or in the graph (expected a person)",
			"unknown-source.yaml | $.works[0].sources[1] | 'made-up-src' is not defined in this file or in the graph (expected a source)",
			"duplicate-id.yaml | $.people[0].id | duplicate id 'same-id'",
			"wrong-type.yaml | $.works[0].year | integer",
			"unknown-enum.yaml | $.works[0].kind | ",
			"two-preferred.yaml | $.releases[0] | need exactly one preferred claim, found 2",
			"malformed.yaml | line | not well-formed YAML or JSON",
			"empty.yaml | empty.yaml | the file is empty",
			"truncated.yaml | line | not well-formed YAML or JSON" })
	void invalidFilesAreRefusedWithTheirProblemsAndNothingIsWritten(String file, String where, String what) {
		var before = GraphCounts.of(this.driver);
		assertThatExceptionOfType(InvalidDatasetException.class)
			.isThrownBy(() -> this.loader.load(new ClassPathResource("invalid-datasets/" + file)))
			.satisfies(ex -> {
				assertThat(ex.problems()).isNotEmpty();
				assertThat(ex.problems()).anySatisfy(problem -> {
					assertThat(problem).startsWith(file + ": ").contains(where);
					if (what != null) {
						assertThat(problem).contains(what);
					}
				});
			});
		assertThat(GraphCounts.of(this.driver)).isEqualTo(before);
	}

	/** The startup's load validates while the migrations run and waits for them only before it writes. */
	@Test
	void whatRunsBeforeWritingRunsOnlyForAWriteAndBeforeAnythingIsWritten() {
		var calls = new java.util.concurrent.atomic.AtomicInteger();
		assertThat(this.loader.load(new ClassPathResource("datasets/the-lantern-keeper.yaml"), calls::incrementAndGet))
			.isEqualTo(DatasetLoader.Outcome.UNCHANGED);
		assertThatExceptionOfType(InvalidDatasetException.class).isThrownBy(() -> this.loader
			.load(new ClassPathResource("invalid-datasets/duplicate-id.yaml"), calls::incrementAndGet));
		assertThat(calls).hasValue(0);

		var before = GraphCounts.of(this.driver);
		assertThat(this.loader.load(new ClassPathResource("datasets/love-in-the-big-city.yaml"), () -> {
			calls.incrementAndGet();
			assertThat(GraphCounts.of(this.driver)).isEqualTo(before);
		})).isEqualTo(DatasetLoader.Outcome.LOADED);
		assertThat(calls).hasValue(1);
		assertThat(GraphCounts.of(this.driver).nodes()).isGreaterThan(before.nodes());
	}

	@Test
	void loadingTheSameDatasetAgainChangesNothing() {
		var resource = new ClassPathResource("datasets/the-lantern-keeper.yaml");
		var before = GraphCounts.of(this.driver);
		assertThat(before.nodes()).isGreaterThan(50);
		assertThat(this.loader.load(resource)).isEqualTo(DatasetLoader.Outcome.UNCHANGED);
		assertThat(GraphCounts.of(this.driver)).isEqualTo(before);
		// Even written again, statement by statement, MERGE creates nothing new.
		this.writer.write(this.reader.read(resource));
		assertThat(GraphCounts.of(this.driver)).isEqualTo(before);
	}

	@Test
	void aWriteThatFailsHalfwayLeavesTheGraphExactlyAsItWas() {
		var before = GraphCounts.of(this.driver);
		// A constraint the second dataset breaks only when its characters are written, after its sources,
		// works and people: the whole load must roll back.
		this.driver
			.executableQuery("CREATE CONSTRAINT test_character_name IF NOT EXISTS FOR (c:Character) REQUIRE c.name IS UNIQUE")
			.execute();
		try {
			assertThatExceptionOfType(RuntimeException.class).isThrownBy(
					() -> this.loader.load(new ClassPathResource("invalid-datasets/clashing-character-name.yaml")));
			assertThat(GraphCounts.of(this.driver)).isEqualTo(before);
		}
		finally {
			this.driver.executableQuery("DROP CONSTRAINT test_character_name IF EXISTS").execute();
		}
	}

}
