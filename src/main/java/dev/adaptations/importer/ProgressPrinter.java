package dev.adaptations.importer;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

import dev.adaptations.dataset.ImportProgress;

/**
 * Shows an import's progress: on a terminal one line redrawn in place (a bar, records, records per second,
 * percentage of the file, time left); elsewhere, such as a CI log, a plain line every few seconds and one
 * at the end of each pass. The clock is injected so tests can check the lines.
 */
final class ProgressPrinter implements ImportProgress {

	private static final int BAR_WIDTH = 20;

	private final PrintStream out;

	private final boolean terminal;

	private final LongSupplier nanoTime;

	private final long intervalNanos;

	private String file = "";

	private Phase phase = Phase.VALIDATING;

	private long totalBytes;

	private long start;

	private long lastShown;

	private long records;

	private long bytes;

	private int lastWidth;

	ProgressPrinter(PrintStream out, boolean terminal, LongSupplier nanoTime, Duration interval) {
		this.out = out;
		this.terminal = terminal;
		this.nanoTime = nanoTime;
		this.intervalNanos = interval.toNanos();
	}

	/** Redrawn ten times a second on a terminal, a line every two seconds elsewhere. */
	static ProgressPrinter forConsole(PrintStream out) {
		boolean terminal = System.console() != null;
		return new ProgressPrinter(out, terminal, System::nanoTime,
				terminal ? Duration.ofMillis(100) : Duration.ofSeconds(2));
	}

	@Override
	public void started(String file, Phase phase, long totalBytes) {
		this.file = file;
		this.phase = phase;
		this.totalBytes = totalBytes;
		this.start = this.nanoTime.getAsLong();
		this.lastShown = this.start;
		this.records = 0;
		this.bytes = 0;
		this.lastWidth = 0;
	}

	@Override
	public void advanced(long records, long bytes) {
		this.records = records;
		this.bytes = bytes;
		long now = this.nanoTime.getAsLong();
		if (now - this.lastShown >= this.intervalNanos) {
			this.lastShown = now;
			show(now, false);
		}
	}

	@Override
	public void finished() {
		show(this.nanoTime.getAsLong(), true);
	}

	@Override
	public void note(String message) {
		if (this.terminal && this.lastWidth > 0) {
			this.out.println();
			this.lastWidth = 0;
		}
		this.out.println(message);
	}

	private void show(long now, boolean done) {
		double seconds = Math.max(now - this.start, 1) / 1e9;
		long rate = Math.round(this.records / seconds);
		int percent = done ? 100 : (this.totalBytes > 0) ? (int) Math.min(99, this.bytes * 100 / this.totalBytes) : -1;
		String eta = (done || percent < 0 || this.bytes == 0) ? ""
				: duration(seconds * (this.totalBytes - this.bytes) / this.bytes);
		if (!this.terminal) {
			this.out.println(done ? String.format(Locale.ROOT, "%s: %s: done, %,d records in %s, %,d records/s",
					this.file, this.phase.label(), this.records, duration(seconds), rate)
					: String.format(Locale.ROOT, "%s: %s: %,d records, %,d records/s%s%s", this.file,
							this.phase.label(), this.records, rate,
							(percent >= 0) ? String.format(Locale.ROOT, ", %d%% of %s", percent, size(this.totalBytes))
									: "",
							eta.isEmpty() ? "" : ", ETA " + eta));
			return;
		}
		int filled = (percent < 0) ? 0 : percent * BAR_WIDTH / 100;
		String line = String.format(Locale.ROOT, "%s %-21s [%s%s] %s %,d records %,d/s%s", this.file,
				this.phase.label(), "#".repeat(filled), "-".repeat(BAR_WIDTH - filled),
				(percent >= 0) ? percent + "%" : "", this.records, rate,
				done ? " in " + duration(seconds) : eta.isEmpty() ? "" : " ETA " + eta);
		// Pad over the end of a longer previous line; \r goes back to the line's start.
		this.out.print("\r" + line + " ".repeat(Math.max(0, this.lastWidth - line.length())));
		this.lastWidth = line.length();
		if (done) {
			this.out.println();
		}
		this.out.flush();
	}

	static String duration(double seconds) {
		long whole = Math.round(seconds);
		if (seconds < 10) {
			return String.format(Locale.ROOT, "%.1f s", seconds);
		}
		return (whole < 3600) ? String.format(Locale.ROOT, "%d:%02d", whole / 60, whole % 60)
				: String.format(Locale.ROOT, "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60);
	}

	static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
		}
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
	}

}
