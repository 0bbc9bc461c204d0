package dev.adaptations.support;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Registers the custom scalars with the schema.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlWiring {

	@Bean
	RuntimeWiringConfigurer scalars() {
		return wiring -> wiring.scalar(DateScalar.INSTANCE);
	}

}
