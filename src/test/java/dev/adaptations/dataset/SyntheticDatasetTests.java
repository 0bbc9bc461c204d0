package dev.adaptations.dataset;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.adaptations.benchmark.DatasetGenerator;
import dev.adaptations.benchmark.DatasetGenerator.Generated;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's generator is deterministic (same size and seed, same bytes) and writes files the
 * importer accepts: valid against the dataset schema, every reference resolved within the file.
 */
class SyntheticDatasetTests {

	@Test
	void sameSizeAndSeedGiveTheSameBytesAndAnotherSeedAnotherFile() {
		byte[] first = generate(3_000, 7).toByteArray();
		assertThat(generate(3_000, 7).toByteArray()).isEqualTo(first);
		assertThat(generate(3_000, 8).toByteArray()).isNotEqualTo(first);
	}

	@Test
	void aGeneratedFileValidatesStandaloneAndNamesItsEntities() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Generated generated = DatasetGenerator.generate(3_000, 7, out);
		// No driver: a standalone validation never asks the graph.
		DatasetReader reader = new DatasetReader(null, new RowSchemas());
		DatasetFile file = reader.validateStandalone(List.of(DatasetSource.of("synthetic.json", out.toByteArray())))
			.get(0);
		assertThat(file.records().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(generated.records());
		assertThat(generated.nodes()).isBetween(3_000L, 6_000L);
		assertThat(generated.entities()).containsKeys("Q1.typical", "Q1.heavy", "Q2.typical", "Q2.heavy", "Q3.typical",
				"Q3.heavy", "Q4.typical", "Q4.heavy", "Q5.typical", "Q5.heavy", "Q6.typical", "Q6.heavy");
	}

	private static ByteArrayOutputStream generate(long nodes, long seed) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DatasetGenerator.generate(nodes, seed, out);
		return out;
	}

}
