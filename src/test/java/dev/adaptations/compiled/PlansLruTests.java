package dev.adaptations.compiled;

import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.OperationDefinition;
import org.junit.jupiter.api.Test;

import dev.adaptations.support.WeightedLru;

import static org.assertj.core.api.Assertions.assertThat;

/** Kept plans are bounded by what they weigh, their documents' and statements' length, least recently used out. */
class PlansLruTests {

	private final WeightedLru<Plans.Key, Plans.Plan> plans = Plans.lru(100);

	@Test
	void theLeastRecentlyUsedPlansGoWhenTheBoundIsPassed() {
		Plans.Key a = key();
		Plans.Key b = key();
		Plans.Key c = key();
		this.plans.put(a, plan(40));
		this.plans.put(b, plan(40));
		assertThat(this.plans.get(a)).isNotNull();
		this.plans.put(c, plan(40));
		assertThat(this.plans.get(b)).as("least recently used").isNull();
		assertThat(this.plans.get(a)).isNotNull();
		assertThat(this.plans.get(c)).isNotNull();
	}

	@Test
	void aPlanHeavierThanTheBoundIsNotKept() {
		Plans.Key a = key();
		this.plans.put(a, plan(40));
		Plans.Key heavy = key();
		this.plans.put(heavy, plan(101));
		assertThat(this.plans.get(heavy)).isNull();
		assertThat(this.plans.get(a)).as("nothing dropped for it").isNotNull();
	}

	@Test
	void operationsAreToldApartByIdentityAndShapingValues() {
		OperationDefinition operation = OperationDefinition.newOperationDefinition().build();
		this.plans.put(new Plans.Key(operation, Map.of("first", 1)), plan(10));
		assertThat(this.plans.get(new Plans.Key(operation, Map.of("first", 1)))).isNotNull();
		assertThat(this.plans.get(new Plans.Key(operation, Map.of("first", 2)))).isNull();
		assertThat(this.plans.get(new Plans.Key(OperationDefinition.newOperationDefinition().build(),
				Map.of("first", 1)))).as("an equal operation of another document").isNull();
	}

	private static Plans.Key key() {
		return new Plans.Key(OperationDefinition.newOperationDefinition().build(), Map.of());
	}

	private static Plans.Plan plan(int characters) {
		return new Plans.Plan(List.of(), null, Set.of(), characters);
	}

}
