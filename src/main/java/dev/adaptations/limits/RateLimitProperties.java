package dev.adaptations.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-client rate limiting of the GraphQL endpoint: a token bucket per client IP address.
 *
 * @param enabled whether requests are limited at all
 * @param requestsPerSecond how fast a client's bucket refills
 * @param burst how many requests a client may send at once (the bucket's size)
 * @param exemptLoopback whether clients on 127.0.0.1 / ::1 (tests, a developer's own tools) are exempt; behind a
 * reverse proxy on the same host, set {@code server.forward-headers-strategy} so that the client's address is the
 * proxied one, or switch this off
 * @param maxClients how many clients' buckets are kept; beyond that, full (idle) buckets are forgotten first
 */
@ConfigurationProperties("graph.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("50") int requestsPerSecond,
		@DefaultValue("100") int burst, @DefaultValue("true") boolean exemptLoopback,
		@DefaultValue("100000") int maxClients) {

	public RateLimitProperties {
		if (requestsPerSecond < 1 || burst < 1 || maxClients < 1) {
			throw new IllegalArgumentException("graph.rate-limit.requests-per-second, burst and max-clients must be 1 or "
					+ "more, got " + requestsPerSecond + ", " + burst + " and " + maxClients);
		}
	}

}
