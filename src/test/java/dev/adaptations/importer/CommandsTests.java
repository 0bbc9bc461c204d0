package dev.adaptations.importer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.adaptations.AdaptationGraphApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line's answers that need no database: usage, unknown commands, missing files. */
class CommandsTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void noCommandOrOnlySpringPropertiesMeansTheService() {
		assertThat(Commands.isCommand(new String[0])).isFalse();
		assertThat(Commands.isCommand(new String[] { "--server.port=9090" })).isFalse();
		assertThat(Commands.isCommand(new String[] { "import", "a.yaml" })).isTrue();
	}

	@Test
	void helpPrintsTheUsageAndSucceeds() {
		assertThat(run("help")).isZero();
		assertThat(out()).contains("import FILE...").contains("export [--family WORK_ID] [--output FILE]");
	}

	@Test
	void anUnknownCommandPrintsTheUsageAndExitsWithTwo() {
		assertThat(run("frobnicate")).isEqualTo(2);
		assertThat(err()).startsWith("Unknown command 'frobnicate'.").contains("Usage:");
	}

	@Test
	void wrongUsageExitsWithTwoBeforeStartingAnything() {
		assertThat(run("import")).isEqualTo(2);
		assertThat(err()).startsWith("import: name at least one file.");
		assertThat(run("export", "--famly", "x")).isEqualTo(2);
		assertThat(err()).contains("export: unknown option '--famly'.");
		assertThat(run("import", "a.yaml", "--batch-size", "none")).isEqualTo(2);
		assertThat(err()).contains("--batch-size must be a number, got 'none'.");
	}

	@Test
	void aMissingFileIsNamedAndNothingStarts() {
		assertThat(run("import", "no-such-file.yaml")).isEqualTo(1);
		assertThat(err()).isEqualTo("import: no-such-file.yaml: no such file" + System.lineSeparator());
	}

	private int run(String... args) {
		this.out.reset();
		this.err.reset();
		return Commands.run(AdaptationGraphApplication.class, args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
