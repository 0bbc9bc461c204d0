package dev.adaptations.work;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The kinds of work; each is also a Neo4j label beside {@code Work} and a GraphQL type implementing
 * {@code Work}, both named by {@link #typeName()}.
 */
public enum WorkKind {

	NOVEL("Novel"), STORY("Story"), TRANSLATION("Translation"), FILM("Film"), SERIES("Series"),
	SERIES_PART("SeriesPart"), EPISODE("Episode");

	private static final Map<String, WorkKind> BY_NAME = Arrays.stream(values())
		.collect(Collectors.toMap(WorkKind::name, Function.identity()));

	private final String typeName;

	WorkKind(String typeName) {
		this.typeName = typeName;
	}

	/** The Neo4j label and GraphQL type name of works of this kind. */
	public String typeName() {
		return this.typeName;
	}

	public static @Nullable WorkKind fromName(@Nullable String name) {
		return (name != null) ? BY_NAME.get(name) : null;
	}

}
