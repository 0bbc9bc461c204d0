package dev.adaptations.api;

import org.junit.jupiter.api.Test;

import dev.adaptations.GraphTest;
import dev.adaptations.support.StatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1: every relation resolved per parent is batched, so the statements a request sends depend on
 * its nesting depth, not on how many works, roles or people it returns.
 */
@GraphTest
class StatementCountTests {

	private static final String WORKS_WITH_CREDITS = """
			query ($first: Int) {
			  works(first: $first) {
			    totalCount
			    edges { node { id title
			      credits(first: 100) { totalCount edges { node { kind
			        person { name aliases }
			        character { name }
			      } } }
			    } }
			  }
			}""";

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	StatementCounter statements;

	@Test
	void allWorksWithCreditsPeopleAndCharactersCostOneStatementPerLevel() {
		int few = statementsFor(WORKS_WITH_CREDITS, 2, "works.edges");
		int all = statementsFor(WORKS_WITH_CREDITS, 100, "works.edges");
		// works (page and count in one), credits of all works, then people and characters together.
		assertThat(all).isEqualTo(few).isLessThanOrEqualTo(3);
	}

	@Test
	void everyWorkRelationIsBatchedAcrossTheWholePage() {
		String document = """
				query ($first: Int) { works(first: $first) { edges { node { id
				  partOf { id } parts { id } adaptedFrom { kind source { id } sources { id } }
				  adaptations { adaptation { id } } characters { name counterparts { character { id } } }
				  releases { date platform { name } sources { title } } nominations { result award { name } }
				  organizations { kind organization { name } } sources { id }
				  ... on Series { episodes { number } }
				} } } }""";
		// Twenty works already include every kind, so every relation is asked for at least once.
		int some = statementsFor(document, 20, "works.edges");
		int all = statementsFor(document, 100, "works.edges");
		// One statement per relation and level: works; partOf, parts, adaptedFrom, adaptations, characters,
		// releases, nominations, organizations, episodes; the nodes they reference; counterparts.
		assertThat(all).isEqualTo(some).isLessThanOrEqualTo(12);
	}

	@Test
	void peopleWithTheirCreditsAndCollaboratorsAreBatched() {
		String document = """
				query ($first: Int) { people(first: $first) { edges { node { name
				  credits { edges { node { work { title } character { name } episodes { number } } } }
				  collaborators(first: 5) { person { name } works { title } }
				} } } }""";
		int few = statementsFor(document, 2, "people.edges");
		int all = statementsFor(document, 100, "people.edges");
		assertThat(all).isEqualTo(few);
	}

	private int statementsFor(String document, int first, String listPath) {
		this.statements.reset();
		this.graphQl.document(document).variable("first", first).execute().path(listPath).entityList(Object.class)
			.hasSizeGreaterThan(1);
		return this.statements.count();
	}

}
