package dev.adaptations.credit;

import dev.adaptations.node.Prefetcher;
import dev.adaptations.person.Person;
import dev.adaptations.work.Work;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Credits read with the person or the work that a root field looks up (see {@link CreditsPrefetcher}). */
@Configuration(proxyBeanMethods = false)
class CreditPrefetchers {

	@Bean
	Prefetcher personCredits() {
		return new CreditsPrefetcher(Person.class, CreditsKey.OwnerType.PERSON);
	}

	@Bean
	Prefetcher workCredits() {
		return new CreditsPrefetcher(Work.class, CreditsKey.OwnerType.WORK);
	}

}
