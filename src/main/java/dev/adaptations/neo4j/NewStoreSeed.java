package dev.adaptations.neo4j;

/**
 * Given the embedded database's store before it first exists, to write it offline ({@link NewStore#write}) before
 * the database starts: the import command does, when importing into a new data directory.
 */
@FunctionalInterface
public interface NewStoreSeed {

	void seed(NewStore store);

}
