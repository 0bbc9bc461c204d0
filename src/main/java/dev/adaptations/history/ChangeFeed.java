package dev.adaptations.history;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.stereotype.Component;

/**
 * Pushes committed changes to {@code graphChanged} subscribers. Writers publish only after their
 * transaction committed, so a subscriber never sees a change that was rolled back. A subscriber too slow
 * to keep up misses changes rather than holding up writers; it can catch up through {@code changes}.
 */
@Component
public final class ChangeFeed {

	private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);

	private final Sinks.Many<Change> sink = Sinks.many().multicast().directBestEffort();

	/** Publishes a committed change. */
	public void publish(Change change) {
		Sinks.EmitResult result = this.sink.tryEmitNext(change);
		if (result.isFailure() && result != Sinks.EmitResult.FAIL_ZERO_SUBSCRIBER) {
			log.debug("Change {} not pushed to subscribers: {}", change.id(), result);
		}
	}

	Flux<Change> changes() {
		return this.sink.asFlux();
	}

}
