package dev.adaptations.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU time a process's JIT compiler threads have used ({@code /proc/<pid>/task/<tid>/stat}, threads named
 * {@code C1 CompilerThre...} or {@code C2 CompilerThre...}). A service whose compilers are still busy is not in
 * its steady state, and on two cores their work is taken from the requests being measured: the runner warms up
 * until they are quiet and reports what they used during each measurement.
 * <p>
 * The JVM starts and stops compiler threads as their queue grows and shrinks, so a snapshot is kept per thread: a
 * thread that ended between two snapshots loses only what it used after the first.
 */
final class CompilerThreads {

	private final Path tasks;

	CompilerThreads(long pid) {
		this.tasks = Path.of("/proc/" + pid + "/task");
	}

	/** CPU ticks used so far by each compiler thread alive now. */
	Map<String, Long> snapshot() {
		Map<String, Long> ticks = new HashMap<>();
		try (Stream<Path> threads = Files.list(this.tasks)) {
			threads.forEach(thread -> {
				String stat;
				try {
					stat = Files.readString(thread.resolve("stat"));
				}
				catch (NoSuchFileException ex) {
					return; // ended since the listing
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				String name = ProcStat.name(stat);
				if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
					ticks.put(thread.getFileName().toString(), ProcStat.cpuTicks(stat));
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ticks;
	}

	/** Milliseconds of compiler CPU between {@code before} and now (threads started since count whole). */
	double millisSince(Map<String, Long> before) {
		long ticks = 0;
		for (Map.Entry<String, Long> now : snapshot().entrySet()) {
			ticks += now.getValue() - before.getOrDefault(now.getKey(), 0L);
		}
		return ticks * ProcStat.MS_PER_TICK;
	}

}
