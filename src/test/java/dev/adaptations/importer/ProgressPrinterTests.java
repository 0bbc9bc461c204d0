package dev.adaptations.importer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.adaptations.dataset.ImportProgress;

import static org.assertj.core.api.Assertions.assertThat;

/** What an import prints while it runs, on a terminal and in a log, with a clock the test moves. */
class ProgressPrinterTests {

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final PrintStream out = new PrintStream(this.bytes, true, StandardCharsets.UTF_8);

	private long now;

	@Test
	void outsideATerminalAPlainLineEveryIntervalAndOneWhenThePassEnds() {
		var progress = new ProgressPrinter(this.out, false, () -> this.now, Duration.ofSeconds(2));
		progress.started("big.yaml", ImportProgress.Phase.VALIDATING, 10_000_000);
		this.now = Duration.ofMillis(1_000).toNanos();
		progress.advanced(1_000, 1_000_000);
		this.now = Duration.ofMillis(2_000).toNanos();
		progress.advanced(2_000, 2_500_000);
		this.now = Duration.ofMillis(2_500).toNanos();
		progress.advanced(2_500, 3_000_000);
		this.now = Duration.ofMillis(8_000).toNanos();
		progress.advanced(8_000, 10_000_000);
		progress.finished();
		assertThat(this.bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
				"big.yaml: validating: 2,000 records, 1,000 records/s, 25% of 9.5 MB, ETA 6.0 s",
				"big.yaml: validating: 8,000 records, 1,000 records/s, 99% of 9.5 MB, ETA 0.0 s",
				"big.yaml: validating: done, 8,000 records in 8.0 s, 1,000 records/s");
	}

	@Test
	void onATerminalOneLineRedrawnInPlaceWithABar() {
		var progress = new ProgressPrinter(this.out, true, () -> this.now, Duration.ofMillis(100));
		progress.started("big.yaml", ImportProgress.Phase.WRITING_NODES, 1_000);
		this.now = Duration.ofSeconds(1).toNanos();
		progress.advanced(500, 500);
		this.now = Duration.ofSeconds(2).toNanos();
		progress.finished();
		String printed = this.bytes.toString(StandardCharsets.UTF_8);
		assertThat(printed).startsWith("\rbig.yaml writing nodes         [##########----------] 50% 500 records 500/s ETA 1.0 s")
			.contains("\rbig.yaml writing nodes         [####################] 100% 500 records 250/s in 2.0 s")
			.endsWith(System.lineSeparator())
			.doesNotContain("\n\r");
	}

}
