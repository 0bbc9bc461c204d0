package dev.adaptations.history;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import dev.adaptations.support.Connection;
import dev.adaptations.support.Paging;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

@Controller
class ChangeController {

	private final ChangeLog log;

	private final ChangeFeed feed;

	ChangeController(ChangeLog log, ChangeFeed feed) {
		this.log = log;
		this.feed = feed;
	}

	@QueryMapping
	Connection<Change> changes(@Argument @Nullable OffsetDateTime since, @Argument @Nullable String entityId,
			@Argument @Nullable Integer first, @Argument @Nullable String after) {
		int size = Paging.first(first);
		String afterKey = Paging.after(after);
		var page = this.log.page(since, entityId, (afterKey != null) ? ChangeLog.Position.parse(afterKey) : null,
				size + 1);
		return Connection.of(page.items(), size, page.total(), afterKey != null);
	}

	@SubscriptionMapping
	Flux<Change> graphChanged(@Argument @Nullable String entityId) {
		Flux<Change> changes = this.feed.changes();
		return (entityId != null) ? changes.filter(change -> change.concerns(entityId)) : changes;
	}

}
