package dev.adaptations.dataset;

import java.util.List;
import java.util.Optional;

import dev.adaptations.neo4j.NewStore;

import org.springframework.stereotype.Component;

/**
 * Writes dataset files into a store that does not exist yet, with Neo4j's batch importer instead of
 * transactions: validated first, exactly as an import into an empty graph validates them, then written as the
 * nodes and relationships the transactional writer would create. It declines, writing nothing, when the files
 * are invalid (the transactional import then reports why, as usual) or state something twice (which the
 * transactional writer merges).
 */
@Component
public final class DatasetBulkWriter {

	private final RowSchemas schemas;

	DatasetBulkWriter(RowSchemas schemas) {
		this.schemas = schemas;
	}

	/**
	 * What was written.
	 *
	 * @param files the files, as validation found them
	 * @param report what was written, as the transactional writer reports it
	 */
	public record Written(List<DatasetFile> files, WriteReport report) {
	}

	/** Writes {@code sources} into {@code store}, or nothing (see the class). */
	public Optional<Written> write(List<DatasetSource> sources, NewStore store, ImportProgress progress) {
		List<DatasetFile> files;
		try {
			// The store is new: nothing in the graph to refer to, as for a first import into an empty graph.
			files = DatasetReader.validate(this.schemas, sources, progress, GraphLookup.NONE);
		}
		catch (RuntimeException ex) {
			// Invalid or unreadable: the transactional import validates the files again and reports it as usual.
			return Optional.empty();
		}
		BulkInput input = new BulkInput(files, progress);
		try {
			store.write(input.input());
		}
		catch (RuntimeException ex) {
			if (!store.absent()) {
				// What the failed write left could not be removed: the database must not start on it.
				throw ex;
			}
			// Nothing left behind: transactions write the files (validating them again) or say why not.
			BulkInput.Repeated repeated = repeated(ex);
			progress.note((repeated != null)
					? repeated.getMessage() + ": the offline write stopped and left nothing; writing with transactions"
							+ " instead, which merge it"
					: "The offline write failed (" + rootMessage(ex) + ") and left nothing; writing with transactions"
							+ " instead");
			return Optional.empty();
		}
		return Optional.of(new Written(files, input.report()));
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}

	private static BulkInput.Repeated repeated(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BulkInput.Repeated repeated) {
				return repeated;
			}
		}
		return null;
	}

}
