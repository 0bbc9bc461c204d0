package dev.adaptations.limits;

import org.junit.jupiter.api.Test;

import dev.adaptations.limits.RateLimitFilter.TokenBucket;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token bucket behind the rate limit, on a clock the test moves: a burst up to its size, then one request per
 * refill interval.
 */
class TokenBucketTests {

	private static final long SECOND = 1_000_000_000L;

	@Test
	void aBurstUpToTheBucketSizePassesAndTheNextWaitsForOneRefill() {
		TokenBucket bucket = new TokenBucket(3, 2, 0);
		assertThat(bucket.take(0)).isZero();
		assertThat(bucket.take(0)).isZero();
		assertThat(bucket.take(0)).as("the third of a burst of three").isZero();
		assertThat(bucket.take(0)).as("the fourth waits half a second at 2 per second").isEqualTo(SECOND / 2);
	}

	@Test
	void tokensComeBackAtTheRefillRateUpToTheBucketSize() {
		TokenBucket bucket = new TokenBucket(3, 2, 0);
		for (int i = 0; i < 3; i++) {
			bucket.take(0);
		}
		assertThat(bucket.take(SECOND / 2)).as("one token after half a second").isZero();
		assertThat(bucket.take(SECOND / 2)).isPositive();
		assertThat(bucket.isFull(100 * SECOND)).as("never more than the bucket size").isTrue();
		for (int i = 0; i < 3; i++) {
			assertThat(bucket.take(100 * SECOND)).isZero();
		}
		assertThat(bucket.take(100 * SECOND)).isPositive();
	}

}
