package dev.adaptations.contract;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLScalarType;
import org.junit.jupiter.api.Test;

import dev.adaptations.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema is the API's documentation: every type, field, argument and enum value carries a
 * description, which GraphiQL shows.
 */
@GraphTest
class SchemaDescriptionTests {

	private static final List<String> BUILT_IN = List.of("String", "Int", "Float", "Boolean", "ID");

	@Autowired
	GraphQlSource graphQlSource;

	@Test
	void everyTypeFieldArgumentAndEnumValueIsDescribed() {
		List<String> undescribed = new ArrayList<>();
		for (GraphQLNamedType type : this.graphQlSource.schema().getAllTypesAsList()) {
			if (type.getName().startsWith("__") || BUILT_IN.contains(type.getName())) {
				continue;
			}
			if (type.getDescription() == null && !isRootType(type)) {
				undescribed.add(type.getName());
			}
			if (type instanceof GraphQLFieldsContainer container) {
				container.getFieldDefinitions().forEach(field -> {
					if (isBlank(field.getDescription())) {
						undescribed.add(type.getName() + "." + field.getName());
					}
					field.getArguments().forEach(argument -> {
						if (isBlank(argument.getDescription())) {
							undescribed.add(type.getName() + "." + field.getName() + "(" + argument.getName() + ")");
						}
					});
				});
			}
			if (type instanceof GraphQLEnumType enumType) {
				enumType.getValues().forEach(value -> {
					if (isBlank(value.getDescription())) {
						undescribed.add(type.getName() + "." + value.getName());
					}
				});
			}
			if (type instanceof GraphQLScalarType && isBlank(type.getDescription())) {
				undescribed.add(type.getName());
			}
		}
		assertThat(undescribed).isEmpty();
	}

	private boolean isRootType(GraphQLNamedType type) {
		return type.getName().equals("Query");
	}

	private static boolean isBlank(String description) {
		return description == null || description.isBlank();
	}

}
