package dev.adaptations.support;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Work the startup runs beside Spring's own, in threads of its own, and waits for later: what stopped it is
 * rethrown as it was thrown, not wrapped, so that failure analyzers and callers see the real exception.
 */
public final class Futures {

	private Futures() {
	}

	/**
	 * Runs {@code work} in a daemon thread named {@code name} (a startup that fails elsewhere meanwhile does not wait
	 * for it); the future completes when it ends and fails with what stopped it.
	 */
	public static CompletableFuture<Void> inThread(String name, Runnable work) {
		CompletableFuture<Void> done = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				work.run();
				done.complete(null);
			}
			catch (Throwable ex) {
				done.completeExceptionally(ex);
			}
		}, name);
		thread.setDaemon(true);
		thread.start();
		return done;
	}

	/** The future's value, once it is there; what made it fail is thrown as it was thrown. */
	public static <T> T join(CompletableFuture<T> future) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

}
