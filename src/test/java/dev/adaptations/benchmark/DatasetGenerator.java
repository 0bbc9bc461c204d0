package dev.adaptations.benchmark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import dev.adaptations.benchmark.SyntheticFamily.Adaptation;
import dev.adaptations.benchmark.SyntheticFamily.Kind;

/**
 * Writes a deterministic synthetic dataset ({@code adaptation-graph/v1}, JSON) of about a given number of
 * nodes: the same node count and seed always give the same bytes. Every row cites one of ten synthetic
 * sources. It streams: each section is one pass over the families, rebuilt from the seed, so memory does
 * not grow with the size. Besides the file it names the entities the benchmark asks about: for each
 * canonical query a typical one (the median of its kind) and the heaviest one.
 *
 * <p>{@code java ... DatasetGenerator --nodes 100000 [--seed 42] --output target/benchmark/100k.json}
 */
public final class DatasetGenerator {

	static final int SOURCES = 10;

	private final long seed;

	private final int people;

	private final int families;

	private final int[] credits;

	private final int[] firstFamily;

	private long rows;

	private DatasetGenerator(long targetNodes, long seed) {
		this.seed = seed;
		this.people = (int) Math.max(50, targetNodes / 10);
		long nodes = this.people + SOURCES;
		int count = 0;
		while (nodes < targetNodes) {
			nodes += new SyntheticFamily(seed, count++, this.people).nodes();
		}
		this.families = Math.max(1, count);
		this.credits = new int[this.people];
		this.firstFamily = new int[this.people];
		Arrays.fill(this.firstFamily, -1);
	}

	/** What was written: counts and the chosen entities (query name + ".typical"/".heavy" to ids or text). */
	public record Generated(long nodes, long records, int families, Map<String, String> entities) {
	}

	public static Generated generate(long targetNodes, long seed, OutputStream out) {
		return new DatasetGenerator(targetNodes, seed).write(out);
	}

	public static void main(String[] args) throws IOException {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		long nodes = Long.parseLong(options.getOrDefault("nodes", "100000"));
		long seed = Long.parseLong(options.getOrDefault("seed", "42"));
		Path output = Path.of(options.getOrDefault("output", "target/benchmark/synthetic-" + nodes + ".json"));
		Files.createDirectories(output.toAbsolutePath().getParent());
		Generated generated;
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
			generated = generate(nodes, seed, out);
		}
		StringBuilder properties = new StringBuilder();
		properties.append("nodes=").append(generated.nodes()).append('\n');
		properties.append("records=").append(generated.records()).append('\n');
		properties.append("families=").append(generated.families()).append('\n');
		generated.entities().forEach((key, value) -> properties.append(key).append('=').append(value).append('\n'));
		Files.writeString(Path.of(output + ".properties"), properties);
		System.out.printf("%s: %,d nodes, %,d records, %,d families (seed %d)%n", output, generated.nodes(),
				generated.records(), generated.families(), seed);
		generated.entities().forEach((key, value) -> System.out.println("  " + key + " = " + value));
	}

	private Generated write(OutputStream out) {
		long nodes = this.people + SOURCES;
		for (int f = 0; f < this.families; f++) {
			SyntheticFamily family = family(f);
			nodes += family.nodes();
			count(family.author, f);
			for (Adaptation a : family.adaptations) {
				Arrays.stream(a.cast()).forEach(p -> count(p, family.index));
				int crew = switch (a.kind()) {
					case TRANSLATION -> 1;
					case FILM -> 3;
					case SERIES -> 2;
				};
				for (int i = 0; i < crew; i++) {
					count(a.crew()[i], family.index);
				}
				Arrays.stream(a.directors()).forEach(p -> count(p, family.index));
			}
		}
		try (JsonGenerator json = JsonMapper.builder().build().createGenerator(out)) {
			json.writeStartObject();
			json.writeStringProperty("format", "adaptation-graph/v1");
			json.writeName("dataset");
			json.writeStartObject();
			json.writeStringProperty("id", "synthetic-" + this.families + "-families");
			json.writeStringProperty("title", "Synthetic adaptation families for the benchmark (seed " + this.seed + ")");
			json.writeEndObject();
			section(json, "sources", () -> {
				for (int i = 0; i < SOURCES; i++) {
					row(json, "id", "gen-source-" + i, "title", "Synthetic source " + i, "kind", "OTHER");
					json.writeEndObject();
				}
			});
			section(json, "works", () -> eachFamily(family -> works(json, family)));
			section(json, "people", () -> {
				for (int p = 0; p < this.people; p++) {
					row(json, "id", SyntheticFamily.personId(p), "name", SyntheticFamily.personName(p));
					sources(json, p);
				}
			});
			section(json, "characters", () -> eachFamily(family -> characters(json, family)));
			section(json, "partOf", () -> eachFamily(family -> partOf(json, family)));
			section(json, "adaptations", () -> eachFamily(family -> {
				for (Adaptation a : family.adaptations) {
					row(json, "adaptation", family.adaptationId(a), "source", family.novelId(), "kind",
							(a.kind() == Kind.TRANSLATION) ? "TRANSLATION" : "ADAPTATION");
					sources(json, family.index + a.index());
				}
			}));
			section(json, "credits", () -> eachFamily(family -> credits(json, family)));
			section(json, "appearances", () -> eachFamily(family -> appearances(json, family)));
			section(json, "counterparts", () -> eachFamily(family -> {
				for (Adaptation a : family.adaptations) {
					for (int i = 0; i < Math.min(a.cast().length, family.characters); i++) {
						row(json, "character", family.adaptationId(a) + "-c" + i, "counterpart",
								"g" + family.index + "-c" + i, "kind", (i % 3 == 0) ? "RENAMED" : "SAME");
						sources(json, i);
					}
				}
			}));
			json.writeEndObject();
		}
		return new Generated(nodes, this.rows, this.families, entities());
	}

	private void works(JsonGenerator json, SyntheticFamily family) {
		String title = family.title();
		row(json, "id", family.novelId(), "kind", "NOVEL", "title", title);
		json.writeNumberProperty("year", family.year);
		json.writeStringProperty("language", "ko");
		sources(json, family.index);
		for (int s = 0; s < family.stories; s++) {
			row(json, "id", "g" + family.index + "-s" + s, "kind", "STORY", "title", title + ": story " + (s + 1));
			sources(json, s);
		}
		for (Adaptation a : family.adaptations) {
			String id = family.adaptationId(a);
			switch (a.kind()) {
				case TRANSLATION -> {
					row(json, "id", id, "kind", "TRANSLATION", "title", title + " (translation)");
					json.writeNumberProperty("year", a.year());
					json.writeStringProperty("language", "en");
				}
				case FILM -> {
					row(json, "id", id, "kind", "FILM", "title", title + " (" + a.year() + " film)");
					json.writeNumberProperty("year", a.year());
					json.writeNumberProperty("runtimeMinutes", 80 + a.cast().length % 60);
				}
				case SERIES -> {
					row(json, "id", id, "kind", "SERIES", "title", title + " (" + a.year() + " series)");
					json.writeNumberProperty("year", a.year());
					json.writeNumberProperty("episodeCount", a.episodes());
				}
			}
			sources(json, a.index());
			for (int part = 1; part <= a.parts() && a.kind() == Kind.SERIES; part++) {
				row(json, "id", id + "-p" + part, "kind", "SERIES_PART", "title", title + " part " + part);
				json.writeNumberProperty("number", part);
				json.writeNumberProperty("episodeCount", Math.min(a.partSize(), a.episodes() - (part - 1) * a.partSize()));
				sources(json, part);
			}
			for (int e = 1; e <= a.episodes(); e++) {
				row(json, "id", id + "-e" + e, "kind", "EPISODE", "title", title + " episode " + e);
				json.writeNumberProperty("number", e);
				json.writeNumberProperty("runtimeMinutes", 45 + e % 20);
				sources(json, e);
			}
		}
	}

	private void characters(JsonGenerator json, SyntheticFamily family) {
		for (int i = 0; i < family.characters; i++) {
			row(json, "id", "g" + family.index + "-c" + i, "name", characterName(family.index, i));
			sources(json, i);
		}
		for (Adaptation a : family.adaptations) {
			for (int i = 0; i < a.cast().length; i++) {
				row(json, "id", family.adaptationId(a) + "-c" + i, "name",
						characterName((i < family.characters) ? family.index : family.index + a.index() + 1, i));
				sources(json, i);
			}
		}
	}

	private static String characterName(int family, int i) {
		String[] s = SyntheticFamily.SYLLABLES;
		return SyntheticFamily.capitalized(s[(family + i) % s.length]) + s[(family * 7 + i * 3) % s.length] + " "
				+ SyntheticFamily.FAMILY_NAMES[(family + i * 11) % SyntheticFamily.FAMILY_NAMES.length];
	}

	private void partOf(JsonGenerator json, SyntheticFamily family) {
		for (int s = 0; s < family.stories; s++) {
			row(json, "part", "g" + family.index + "-s" + s, "whole", family.novelId());
			json.writeNumberProperty("position", s + 1);
			sources(json, s);
		}
		for (Adaptation a : family.adaptations) {
			String id = family.adaptationId(a);
			for (int part = 1; part <= a.parts() && a.kind() == Kind.SERIES; part++) {
				row(json, "part", id + "-p" + part, "whole", id);
				json.writeNumberProperty("position", part);
				sources(json, part);
			}
			for (int e = 1; e <= a.episodes(); e++) {
				row(json, "part", id + "-e" + e, "whole", id + "-p" + ((e - 1) / a.partSize() + 1));
				json.writeNumberProperty("position", e);
				sources(json, e);
			}
		}
	}

	private void credits(JsonGenerator json, SyntheticFamily family) {
		credit(json, "g" + family.index + "-author", family.author, family.novelId(), "AUTHOR");
		sources(json, family.index);
		for (Adaptation a : family.adaptations) {
			String id = family.adaptationId(a);
			String[] crew = switch (a.kind()) {
				case TRANSLATION -> new String[] { "TRANSLATOR" };
				case FILM -> new String[] { "DIRECTOR", "SCREENWRITER", "PRODUCER" };
				case SERIES -> new String[] { "CREATOR", "SCREENWRITER" };
			};
			for (int i = 0; i < crew.length; i++) {
				credit(json, id + "-" + crew[i].toLowerCase(java.util.Locale.ROOT), a.crew()[i], id, crew[i]);
				sources(json, i);
			}
			for (int b = 0; b < a.directors().length; b++) {
				credit(json, id + "-d" + b, a.directors()[b], id, "DIRECTOR");
				json.writeName("episodes");
				json.writeStartArray();
				for (int e = a.directorBlocks().get(b)[0]; e <= a.directorBlocks().get(b)[1]; e++) {
					json.writeString(id + "-e" + e);
				}
				json.writeEndArray();
				sources(json, b);
			}
			for (int i = 0; i < a.cast().length; i++) {
				credit(json, id + "-cast" + i, a.cast()[i], id, "ACTOR");
				json.writeStringProperty("character", id + "-c" + i);
				json.writeNumberProperty("billing", i + 1);
				sources(json, i);
			}
		}
	}

	private void credit(JsonGenerator json, String id, int person, String work, String kind) {
		row(json, "id", id, "person", SyntheticFamily.personId(person), "work", work, "kind", kind);
	}

	private void appearances(JsonGenerator json, SyntheticFamily family) {
		for (int i = 0; i < family.characters; i++) {
			row(json, "character", "g" + family.index + "-c" + i, "work", family.novelId());
			sources(json, i);
		}
		for (Adaptation a : family.adaptations) {
			for (int i = 0; i < a.cast().length; i++) {
				row(json, "character", family.adaptationId(a) + "-c" + i, "work", family.adaptationId(a));
				sources(json, i);
			}
		}
	}

	/** Starts a row with string properties; the caller adds more and ends it with {@link #sources}. */
	private void row(JsonGenerator json, String... keysAndValues) {
		this.rows++;
		json.writeStartObject();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			json.writeStringProperty(keysAndValues[i], keysAndValues[i + 1]);
		}
	}

	private static void sources(JsonGenerator json, int hint) {
		json.writeName("sources");
		json.writeStartArray();
		json.writeString("gen-source-" + Math.floorMod(hint, SOURCES));
		json.writeEndArray();
		json.writeEndObject();
	}

	private static void section(JsonGenerator json, String name, Runnable rows) {
		json.writeName(name);
		json.writeStartArray();
		rows.run();
		json.writeEndArray();
	}

	private void eachFamily(Consumer<SyntheticFamily> action) {
		for (int f = 0; f < this.families; f++) {
			action.accept(family(f));
		}
	}

	private SyntheticFamily family(int index) {
		return new SyntheticFamily(this.seed, index, this.people);
	}

	private void count(int person, int family) {
		this.credits[person]++;
		if (this.firstFamily[person] < 0) {
			this.firstFamily[person] = family;
		}
	}

	/** The typical (median) and heaviest entity for each canonical query. */
	private Map<String, String> entities() {
		List<int[]> adapted = new ArrayList<>();
		List<int[]> series = new ArrayList<>();
		eachFamily(family -> {
			if (!family.adaptations.isEmpty()) {
				adapted.add(new int[] { family.index, family.adaptations.size() });
			}
			family.adaptations.stream()
				.filter(a -> a.kind() == Kind.SERIES)
				.forEach(a -> series.add(new int[] { family.index, a.index(), a.episodes() }));
		});
		Map<String, String> entities = new LinkedHashMap<>();
		int[] typicalFamily = median(adapted, 1);
		int[] heavyFamily = max(adapted, 1);
		entities.put("Q1.typical", family(typicalFamily[0]).novelId());
		entities.put("Q1.heavy", family(heavyFamily[0]).novelId());
		List<int[]> credited = new ArrayList<>();
		for (int p = 0; p < this.people; p++) {
			if (this.credits[p] > 0) {
				credited.add(new int[] { p, this.credits[p] });
			}
		}
		int typicalPerson = median(credited, 1)[0];
		int heavyPerson = max(credited, 1)[0];
		int rarePerson = credited.get(credited.size() - 1)[0];
		entities.put("Q2.typical", SyntheticFamily.personId(typicalPerson));
		entities.put("Q2.heavy", SyntheticFamily.personId(heavyPerson));
		if (!series.isEmpty()) {
			int[] typicalSeries = median(series, 2);
			int[] heavySeries = max(series, 2);
			entities.put("Q3.typical", "g" + typicalSeries[0] + "-a" + typicalSeries[1]);
			entities.put("Q3.heavy", "g" + heavySeries[0] + "-a" + heavySeries[1]);
		}
		entities.put("Q4.typical", SyntheticFamily.personName(typicalPerson));
		String heavyTitle = family(heavyFamily[0]).title();
		entities.put("Q4.heavy", heavyTitle.substring(heavyTitle.lastIndexOf(' ', heavyTitle.lastIndexOf(' ') - 1) + 1,
				heavyTitle.lastIndexOf(' ')).toLowerCase(java.util.Locale.ROOT));
		int author = family(this.firstFamily[typicalPerson]).author;
		entities.put("Q5.typical", SyntheticFamily.personId(typicalPerson) + ","
				+ SyntheticFamily.personId((author != typicalPerson) ? author : heavyPerson));
		entities.put("Q5.heavy", SyntheticFamily.personId(rarePerson) + "," + SyntheticFamily.personId(family(0).author));
		entities.put("Q6.typical", SyntheticFamily.personId(typicalPerson));
		entities.put("Q6.heavy", SyntheticFamily.personId(heavyPerson));
		return entities;
	}

	/** The first row whose column equals the median of that column. */
	private static int[] median(List<int[]> rows, int column) {
		int[] values = rows.stream().mapToInt(row -> row[column]).sorted().toArray();
		int median = values[values.length / 2];
		return rows.stream().filter(row -> row[column] == median).findFirst().orElseThrow();
	}

	private static int[] max(List<int[]> rows, int column) {
		int[] best = rows.get(0);
		for (int[] row : rows) {
			if (row[column] > best[column]) {
				best = row;
			}
		}
		return best;
	}

}
