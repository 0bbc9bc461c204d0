package dev.adaptations.limits;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits each client (by IP address) to {@code graph.rate-limit.requests-per-second} requests to the GraphQL
 * endpoint, in bursts of up to {@code graph.rate-limit.burst}; a request beyond that is answered {@code 429 Too Many
 * Requests} with {@code Retry-After}, before anything is read or executed.
 */
@Component
@ConditionalOnWebApplication
final class RateLimitFilter extends OncePerRequestFilter {

	private final RateLimitProperties limits;

	private final String path;

	private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

	RateLimitFilter(RateLimitProperties limits, GraphQlProperties graphQl) {
		this.limits = limits;
		this.path = graphQl.getHttp().getPath();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.limits.enabled() || !this.path.equals(request.getRequestURI())
				|| (this.limits.exemptLoopback() && isLoopback(request.getRemoteAddr()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long waitNanos = bucket(request.getRemoteAddr()).take(System.nanoTime());
		if (waitNanos == 0) {
			chain.doFilter(request, response);
			return;
		}
		long retryAfter = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"errors\":[{\"message\":\"Too many requests: at most " + this.limits.requestsPerSecond()
					+ " per second (graph.rate-limit.requests-per-second) in bursts of " + this.limits.burst()
					+ " (graph.rate-limit.burst); retry after " + retryAfter
					+ " s\",\"extensions\":{\"classification\":\"TOO_MANY_REQUESTS\"}}]}");
	}

	private TokenBucket bucket(String client) {
		if (this.buckets.size() >= this.limits.maxClients() && !this.buckets.containsKey(client)) {
			long now = System.nanoTime();
			this.buckets.values().removeIf(bucket -> bucket.isFull(now));
		}
		return this.buckets.computeIfAbsent(client,
				key -> new TokenBucket(this.limits.burst(), this.limits.requestsPerSecond(), System.nanoTime()));
	}

	private static boolean isLoopback(String address) {
		try {
			// A literal address: no name lookup happens.
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	/** A bucket of up to {@code capacity} tokens, refilled at {@code perSecond}; one token per request. */
	static final class TokenBucket {

		private final double capacity;

		private final double perNano;

		private double tokens;

		private long updated;

		TokenBucket(int capacity, int perSecond, long now) {
			this.capacity = capacity;
			this.perNano = perSecond / 1e9;
			this.tokens = capacity;
			this.updated = now;
		}

		/** Takes a token and answers 0, or answers how many nanoseconds until one is there. */
		synchronized long take(long now) {
			refill(now);
			if (this.tokens >= 1) {
				this.tokens -= 1;
				return 0;
			}
			return (long) Math.ceil((1 - this.tokens) / this.perNano);
		}

		synchronized boolean isFull(long now) {
			refill(now);
			return this.tokens >= this.capacity;
		}

		private void refill(long now) {
			this.tokens = Math.min(this.capacity, this.tokens + (now - this.updated) * this.perNano);
			this.updated = now;
		}

	}

}
