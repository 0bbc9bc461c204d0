package dev.adaptations.neo4j;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the embedded database, used only when {@code spring.neo4j.uri} is not set.
 *
 * @param dataDirectory where the database files live; persists across restarts
 * @param boltAddress the loopback address Bolt listens on
 * @param boltPort the Bolt port; {@code 0} picks a free one (tests)
 * @param ephemeral use a fresh temporary directory, deleted on shutdown, instead of the data directory
 * @param pageCache the memory Neo4j caches store files in, outside the Java heap
 * ({@code server.memory.pagecache.size}); Neo4j's own default is half of the machine's free memory, so it is set
 * here: the default fits the shipped dataset many times over, and a large graph wants its store size
 * ({@code du -sh <data-directory>/data/databases}) here and in the process's memory limit
 * @param startEarly start the database beside Spring's own start, ahead of the beans that need it
 * ({@link EarlyEmbeddedStart}); the commands switch it off, since an import into a new store writes that store
 * before the database starts
 */
@ConfigurationProperties("graph.embedded")
public record EmbeddedNeo4jProperties(Path dataDirectory, String boltAddress, int boltPort, boolean ephemeral,
		@DefaultValue("128MB") DataSize pageCache, @DefaultValue("true") boolean startEarly) {

	/** Neo4j refuses to start with a page cache of fewer than a few hundred 8 KiB pages. */
	static final DataSize MIN_PAGE_CACHE = DataSize.ofMegabytes(8);

	public EmbeddedNeo4jProperties {
		dataDirectory = (dataDirectory != null) ? dataDirectory : Path.of("data");
		boltAddress = (boltAddress != null) ? boltAddress : "127.0.0.1";
		pageCache = (pageCache != null) ? pageCache : DataSize.ofMegabytes(128);
		if (pageCache.compareTo(MIN_PAGE_CACHE) < 0) {
			throw new IllegalArgumentException("graph.embedded.page-cache must be at least " + MIN_PAGE_CACHE.toMegabytes()
					+ "MB, got " + pageCache.toBytes() + " bytes");
		}
	}

}
