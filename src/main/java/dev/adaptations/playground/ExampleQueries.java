package dev.adaptations.playground;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The example documents under {@code classpath:playground/examples/}, in file-name order: each
 * {@code NN-name.graphql} opens as one playground tab, with its variables from an optional
 * {@code NN-name.variables.json} beside it. Read once at startup; the files are plain GraphQL so that
 * tests can execute exactly what the playground shows.
 */
final class ExampleQueries {

	static final String LOCATION = "classpath:playground/examples/";

	private final List<Example> all;

	private ExampleQueries(List<Example> all) {
		this.all = List.copyOf(all);
	}

	static ExampleQueries load(ResourcePatternResolver resources) throws IOException {
		var documents = Arrays.stream(resources.getResources(LOCATION + "*.graphql"))
			.sorted(Comparator.comparing(r -> Objects.requireNonNullElse(r.getFilename(), "")))
			.toList();
		var examples = new ArrayList<Example>(documents.size());
		for (Resource document : documents) {
			String file = Objects.requireNonNull(document.getFilename());
			var variables = document.createRelative(file.replaceFirst("\\.graphql$", ".variables.json"));
			examples.add(new Example(file, read(document), variables.exists() ? read(variables) : null));
		}
		return new ExampleQueries(examples);
	}

	List<Example> all() {
		return this.all;
	}

	private static String read(Resource resource) throws IOException {
		return resource.getContentAsString(StandardCharsets.UTF_8);
	}

	/**
	 * One tab: the file it came from, the document, and the variables as JSON text.
	 */
	record Example(String file, String query, @Nullable String variables) {
	}

}
