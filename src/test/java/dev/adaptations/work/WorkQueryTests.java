package dev.adaptations.work;

import org.junit.jupiter.api.Test;

import dev.adaptations.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

@GraphTest
class WorkQueryTests {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void smoke() {
		var response = graphQl.document("""
				{ work(id: "love-in-the-big-city-2024-film") { __typename id title kind year ... on Film { runtimeMinutes }
				    adaptedFrom { kind note source { id title } sources { id } }
				    credits(first: 50) { totalCount edges { cursor node { kind job person { name } character { name } episodes { number } } } }
				    releases { kind date preferred venue sources { id } }
				    characters { name }
				    organizations { kind organization { name } }
				 }
				  works(first: 100) { totalCount edges { node { __typename id title partOf { id } parts { id } } } }
				}""").execute();
		System.out.println(response.returnResponse().toString());
	}

}
