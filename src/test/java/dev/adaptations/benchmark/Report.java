package dev.adaptations.benchmark;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import dev.adaptations.benchmark.BenchmarkRunner.Result;
import dev.adaptations.benchmark.BenchmarkRunner.SizeResult;

/** The benchmark's Markdown report and its SVG chart, written by hand (no charting library). */
final class Report {

	private Report() {
	}

	static String markdown(BenchmarkRunner runner, String loadBefore, String loadAfter) {
		StringBuilder md = new StringBuilder();
		md.append("# Performance\n\n");
		md.append("Measured by `scripts/benchmark.sh");
		runner.options().forEach((key, value) -> {
			if (!key.equals("jar") && !key.equals("out")) {
				md.append(" --").append(key).append(' ').append(value);
			}
		});
		md.append("` on ").append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(ZonedDateTime.now()))
			.append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
			.append(System.getProperty("java.version")).append(". Load average (1, 5, 15 min) before: `")
			.append(loadBefore).append("`, after: `").append(loadAfter)
			.append("` (the machine is shared: the figures are noisy; latencies are the median of ")
			.append(runner.options().getOrDefault("runs", "3")).append(" runs a side, each of at least ")
			.append(runner.options().getOrDefault("iterations", "100")).append(" requests and ")
			.append(runner.options().getOrDefault("run-seconds", "1"))
			.append(" s, after a warm-up that lasts until the service's JIT compilers are quiet).\n\n");
		md.append("GraphQL: end-to-end `POST /graphql` over HTTP/1.1 on 127.0.0.1, response read whole, ")
			.append(runner.options().getOrDefault("http-client", "socket").equals("jdk")
					? "through the JDK's `HttpClient` (`--http-client jdk`, whose own cost is in the figures). "
					: "each client on a keep-alive connection of its own that sends a request in one write and "
							+ "reads the response blocking, as wrk does (`HttpConnection`). ")
			.append("Raw: the hand-tuned ")
			.append("Cypher of the same answer (`src/test/resources/benchmark/`) through the Neo4j Java driver on the ")
			.append("service's own embedded Bolt port, records read whole. Ratio: GraphQL p50 / raw p50.\n\n");

		md.append("## Import, startup and memory\n\n");
		md.append("| size | nodes (generated) | records | import (whole command) | importer's records/s | first start to ready | restart to ready | max RSS under load | RSS after load |\n");
		md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (SizeResult s : runner.sizes()) {
			md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %.1f s | %.1f s | %d MB | %d MB |%n",
					s.size(), (s.nodes() > 0) ? String.format(Locale.ROOT, "%,d", s.nodes()) : "shipped",
					(s.records() > 0) ? String.format(Locale.ROOT, "%,d", s.records()) : "-",
					(s.importSeconds() > 0) ? String.format(Locale.ROOT, "%.1f s", s.importSeconds()) : "-",
					(s.importRate() > 0) ? String.format(Locale.ROOT, "%,d", s.importRate()) : "-", s.firstStart(),
					s.restart(), s.maxRssKb() / 1024, s.rssAfterLoadKb() / 1024));
		}
		md.append("\nStartup: the median of ").append(runner.options().getOrDefault("starts", "3"))
			.append(" first starts (each on the data directory as the import left it, or an empty one) and of as many ")
			.append("restarts, to the first `/actuator/health` answering UP. ");
		md.append("The shipped dataset is loaded at startup (first start: migrations and the dataset's load; restart: ")
			.append("nothing to load). Generated sizes are imported first; the shipped dataset then loads beside them at ")
			.append("the first start, so its entities (variant `shipped`) can be measured on the large graph too.\n\n");

		md.append("## Latency at concurrency 1 (ms)\n\n");
		md.append("| size | query | entity | GraphQL p50 | p95 | p99 | raw p50 | p95 | p99 | ratio p50 | service CPU/request GraphQL | raw | JIT during the runs | errors |\n");
		md.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (Result r : runner.results()) {
			md.append(String.format(Locale.ROOT, "| %s | %s | %s `%s` | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | **%.2f** | %.2f | %.2f | %.0f ms | %d |%n",
					r.size(), r.query(), r.variant(), r.entity(), r.graphQl()[0], r.graphQl()[1], r.graphQl()[2],
					r.raw()[0], r.raw()[1], r.raw()[2], r.ratio(), r.graphQlCpu(), r.rawCpu(), r.jitMs(), r.errors()));
		}
		md.append("\nQ0 is the floor: `{ __typename }` over HTTP against `RETURN 1` over Bolt, what any request costs ")
			.append("before it reads the graph. Service CPU/request: the service process's CPU time (ms) per request ")
			.append("during the sequential runs (GraphQL includes the embedded database's share; raw is the database alone). ")
			.append("JIT during the runs: the CPU time the service's JIT compilers used while both sides were measured, ")
			.append("taken from the cores the requests run on (a service still compiling is not yet in its steady state).\n");
		md.append("\n![p50 latency, GraphQL and raw Cypher](latency.svg)\n\n");

		md.append("## Throughput (requests/s, typical entities)\n\n");
		md.append("| size | query | GraphQL @8 | raw @8 | ratio | GraphQL @32 | raw @32 | ratio |\n");
		md.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
		for (Result r : runner.results()) {
			if (!Double.isNaN(r.graphQl8())) {
				md.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %.0f | %.2f | %.0f | %.0f | %.2f |%n", r.size(),
						r.query(), r.graphQl8(), r.raw8(), r.graphQl8() / r.raw8(), r.graphQl32(), r.raw32(),
						r.graphQl32() / r.raw32()));
			}
		}
		md.append('\n');
		return md.toString();
	}

	static String svg(List<Result> results) {
		int rowHeight = 30;
		int left = 330;
		int width = 980;
		int top = 40;
		int height = top + results.size() * rowHeight + 40;
		double max = results.stream().mapToDouble(r -> Math.max(r.graphQl()[0], r.raw()[0])).max().orElse(1);
		double scale = (width - left - 90) / max;
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
				width, height));
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
		svg.append("<text x=\"10\" y=\"20\" font-size=\"15\" font-weight=\"bold\">p50 latency at concurrency 1 (ms): GraphQL over HTTP vs raw Cypher over Bolt</text>\n");
		svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"8\" width=\"12\" height=\"12\" fill=\"#3366cc\"/><text x=\"%d\" y=\"19\">GraphQL</text>%n",
				width - 200, width - 184));
		svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"8\" width=\"12\" height=\"12\" fill=\"#ff9933\"/><text x=\"%d\" y=\"19\">raw Cypher</text>%n",
				width - 120, width - 104));
		int y = top;
		for (Result r : results) {
			String label = r.size() + " " + r.query() + " " + r.variant() + " (x" + String.format(Locale.ROOT, "%.2f", r.ratio()) + ")";
			svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", left - 8,
					y + 17, escape(label)));
			bar(svg, left, y + 3, r.graphQl()[0], scale, "#3366cc");
			bar(svg, left, y + 15, r.raw()[0], scale, "#ff9933");
			y += rowHeight;
		}
		svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>%n", left,
				top, left, y));
		svg.append("</svg>\n");
		return svg.toString();
	}

	private static void bar(StringBuilder svg, int x, int y, double value, double scale, String colour) {
		double w = Math.max(1, value * scale);
		svg.append(String.format(Locale.ROOT,
				"<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"11\" fill=\"%s\"/><text x=\"%.1f\" y=\"%d\" font-size=\"10\">%.2f</text>%n",
				x, y, w, colour, x + w + 4, y + 10, value));
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
