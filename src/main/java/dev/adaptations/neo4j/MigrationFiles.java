package dev.adaptations.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ac.simons.neo4j.migrations.core.ClasspathResourceScanner;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Cypher migration files under {@code classpath:neo4j/migrations}, listed through Spring. The library's own
 * scanner (ClassGraph) opens every jar on the class path to find them: about a second of CPU on a cold start, for
 * one folder that Spring lists in milliseconds.
 */
final class MigrationFiles implements ClasspathResourceScanner {

	/** Where the migrations live, as the library names a classpath location. */
	static final String LOCATION = "neo4j/migrations";

	/** The version in a migration's file name, as the library reads it: {@code V0026__Create_....cypher}. */
	private static final Pattern VERSION = Pattern.compile("V(\\d+)__.+\\.cypher");

	private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	@Override
	public List<URL> scan(List<String> locations) {
		List<URL> urls = new ArrayList<>();
		for (String location : locations) {
			for (Resource resource : resources("classpath*:" + location + "/**/*")) {
				if (resource.isReadable() && resource.getFilename() != null && !resource.getFilename().isEmpty()) {
					urls.add(url(resource));
				}
			}
		}
		return urls;
	}

	/**
	 * The highest version among the migration files, or {@code null} when there are none. Their names are all
	 * that is read.
	 */
	@Nullable String latestVersion() {
		return List.of(resources("classpath*:" + LOCATION + "/V*.cypher"))
			.stream()
			.map(Resource::getFilename)
			.filter(Objects::nonNull)
			.map(VERSION::matcher)
			.filter(Matcher::matches)
			.map(matcher -> matcher.group(1))
			.max(Comparator.comparing(BigInteger::new))
			.orElse(null);
	}

	/** The migration files by file name, as the library reports a migration's source: one listing for all. */
	Map<String, URL> byFileName() {
		Map<String, URL> files = new HashMap<>();
		for (URL url : scan(List.of(LOCATION))) {
			String path = url.getPath();
			files.putIfAbsent(path.substring(path.lastIndexOf('/') + 1), url);
		}
		return files;
	}

	private Resource[] resources(String pattern) {
		try {
			return this.resolver.getResources(pattern);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the migrations at " + pattern, ex);
		}
	}

	private static URL url(Resource resource) {
		try {
			return resource.getURL();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
