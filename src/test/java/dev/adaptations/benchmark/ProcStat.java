package dev.adaptations.benchmark;

/**
 * A line of Linux's {@code /proc/<pid>/stat} or {@code /proc/<pid>/task/<tid>/stat}: the process's (or thread's) name
 * and the CPU time it has used, as the runner reads them for the service.
 */
final class ProcStat {

	/** Linux reports CPU time in clock ticks of 10 ms (USER_HZ = 100 on every Linux build we run on). */
	static final double MS_PER_TICK = 10.0;

	private ProcStat() {
	}

	/** The command or thread name: the field in parentheses, which may itself contain spaces and parentheses. */
	static String name(String stat) {
		return stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
	}

	/** User plus system CPU time, in clock ticks: the 14th and 15th fields (12th and 13th after the name). */
	static long cpuTicks(String stat) {
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

}
