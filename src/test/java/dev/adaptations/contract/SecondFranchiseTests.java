package dev.adaptations.contract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.junit.jupiter.api.Test;

import dev.adaptations.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The made-up second franchise of the test resources ({@code datasets/the-lantern-keeper.yaml}) loads through
 * the same code and answers the same kinds of questions with the same documents as the shipped one, so nothing
 * in the application is specific to the first story; and the two franchises stay apart.
 */
@GraphTest
class SecondFranchiseTests {

	private static final String NOVEL = "the-lantern-keeper-novel";

	private static final String TRANSLATION = "the-lantern-keeper-english-translation";

	private static final String FILM = "the-lantern-keeper-2003-film";

	private static final String MINISERIES = "the-lantern-keeper-2021-miniseries";

	@Autowired
	GraphQlTester graphQl;

	@Test
	void familyOfTheLanternKeeperIsItsTranslationFilmAndMiniseries() {
		var family = this.graphQl.documentName("adaptationFamilyWithStories")
			.variable("workId", MINISERIES + "-episode-3")
			.execute();
		family.path("adaptationFamily.root.id").entity(String.class).isEqualTo(NOVEL);
		family.path("adaptationFamily.works[*].id")
			.entityList(String.class)
			.containsExactly(NOVEL, TRANSLATION, FILM, MINISERIES);
		family.path("adaptationFamily.works[*].year").entityList(Integer.class).containsExactly(1994, 1998, 2003, 2021);
		// the film adapts only the second story, loosely
		family.path("adaptationFamily.works[?(@.id == '%s')].adaptedFrom[?(@.source.kind == 'STORY')].source.id"
			.formatted(FILM)).entityList(String.class).containsExactly("night-of-the-lanterns");
		family.path("adaptationFamily.works[?(@.id == '%s')].adaptedFrom[*].kind".formatted(FILM))
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsOnly("LOOSE_ADAPTATION"));
		// one story per miniseries part, in order
		String miniseries = "adaptationFamily.works[?(@.id == '%s')]".formatted(MINISERIES);
		family.path(miniseries + ".parts[*].number").entityList(Integer.class).containsExactly(1, 2);
		family.path(miniseries + ".parts[*].adaptedFrom[*].source.id")
			.entityList(String.class)
			.containsExactly("the-salt-road", "night-of-the-lanterns");
	}

	@Test
	void authorOfTheNovelAlsoWroteTheMiniseries() {
		var author = this.graphQl.documentName("authorAndOtherCredits").variable("workId", NOVEL).execute();
		String person = "work.credits.edges[0].node.person";
		author.path(person + ".id").entity(String.class).isEqualTo("ines-alcantara");
		author.path(person + ".originalName").entity(String.class).isEqualTo("Inês Alcântara");
		author.path(person + ".credits.edges[*].node.kind")
			.entityList(String.class)
			.containsExactly("AUTHOR", "SCREENWRITER");
		author.path(person + ".credits.edges[*].node.work.id")
			.entityList(String.class)
			.containsExactly(NOVEL, MINISERIES);
	}

	@Test
	void ruiCastanheiraDirectedEpisodeThreeWhosePartAdaptsNightOfTheLanterns() {
		var episode = this.graphQl.documentName("episodeDirectorAndStory")
			.variable("id", MINISERIES + "-episode-3")
			.execute();
		episode.path("work.number").entity(Integer.class).isEqualTo(3);
		episode.path("work.series.id").entity(String.class).isEqualTo(MINISERIES);
		episode.path("work.credits.edges[*].node.person.name").entityList(String.class).containsExactly("Rui Castanheira");
		episode.path("work.credits.edges[0].node.episodes[*].number").entityList(Integer.class).containsExactly(3, 4);
		episode.path("work.partOf.id").entity(String.class).isEqualTo(MINISERIES + "-part-2");
		episode.path("work.partOf.adaptedFrom[*].source.id")
			.entityList(String.class)
			.containsExactly("night-of-the-lanterns");
		episode.path("work.partOf.adaptedFrom[0].source.partOf.id").entity(String.class).isEqualTo(NOVEL);
	}

	@Test
	void episodeOneHasNoDirectorBecauseTheDirectorCreditIsLimitedToPartTwo() {
		var episode = this.graphQl.documentName("episodeDirectorAndStory")
			.variable("id", MINISERIES + "-episode-1")
			.execute();
		episode.path("work.credits.totalCount").entity(Integer.class).isEqualTo(0);
		episode.path("work.partOf.adaptedFrom[*].source.id").entityList(String.class).containsExactly("the-salt-road");
	}

	@Test
	void disputedFilmReleaseKeepsBothClaimsWithExactlyOnePreferred() {
		var answer = this.graphQl.documentName("streamingAndPremiere")
			.variable("seriesId", MINISERIES)
			.variable("filmId", FILM)
			.execute();
		var releases = answer.path("film.releases").entityList(Release.class).get();
		assertThat(releases).extracting(Release::kind, Release::date, Release::preferred, Release::sourceIds)
			.containsExactlyInAnyOrder(tuple("THEATRICAL", "2003-10-09", true, List.of("lk-filmdb")),
					tuple("THEATRICAL", "2003-10-16", false, List.of("lk-fan-wiki")));
		assertThat(releases).filteredOn(Release::preferred).hasSize(1);
		// and where the miniseries streams, from when
		answer.path("series.releases").matchesJson("""
				[{"kind": "STREAMING", "date": "2021-04-15", "region": "PT", "preferred": true,
				  "platform": {"id": "farolplay", "name": "FarolPlay"}, "sources": [{"id": "lk-farolplay-press"}]}]""");
	}

	@Test
	void amadeuIsRenamedTomasInTheFilmPlayedByTheSameActor() {
		var character = this.graphQl.documentName("characterAcrossAdaptations").variable("id", "amadeu-vidal").execute();
		character.path("character.portrayals[*].person.id").entityList(String.class).containsExactly("joao-mourao");
		character.path("character.portrayals[*].work.id").entityList(String.class).containsExactly(MINISERIES);
		character.path("character.counterparts").matchesJson("""
				[{
				  "kind": "RENAMED",
				  "distance": 1,
				  "via": [],
				  "sources": [{"id": "lk-filmdb"}],
				  "character": {
				    "id": "tomas-vidal",
				    "name": "Tomas Vidal",
				    "appearsIn": [{"id": "the-lantern-keeper-2003-film"}],
				    "portrayals": [{"person": {"id": "joao-mourao", "name": "Joao Mourao"},
				                    "work": {"id": "the-lantern-keeper-2003-film"}}]
				  }
				}]""");
	}

	@Test
	void pathConnectsTheTranslatorToTheMiniseriesLead() {
		var steps = this.graphQl.documentName("connection")
			.variable("from", "margaret-hale")
			.variable("to", "yuki-tanabe")
			.execute()
			.path("path")
			.entity(Path.class)
			.get();
		assertThat(steps.length()).isEqualTo(steps.steps().size()).isLessThanOrEqualTo(6);
		assertThat(steps.steps().get(0).from().id()).isEqualTo("margaret-hale");
		assertThat(steps.steps().get(steps.steps().size() - 1).to().id()).isEqualTo("yuki-tanabe");
		for (int i = 1; i < steps.steps().size(); i++) {
			assertThat(steps.steps().get(i).from().id()).isEqualTo(steps.steps().get(i - 1).to().id());
		}
		assertThat(steps.steps()).extracting(step -> step.to().id()).contains(TRANSLATION, NOVEL, MINISERIES);
	}

	@Test
	void timelineRunsFromThe1994PublicationToThe2021StreamingWithTheDisputedDateShown() {
		var timeline = this.graphQl.documentName("familyTimeline")
			.variable("workId", FILM)
			.execute()
			.path("timeline")
			.entityList(TimelineEntry.class)
			.get();
		assertThat(timeline).extracting(TimelineEntry::date).isSortedAccordingTo(String::compareTo);
		assertThat(timeline).extracting(TimelineEntry::date, TimelineEntry::kind, TimelineEntry::preferred)
			.containsExactly(tuple("1994-01-01", "PUBLICATION", true), tuple("1995-01-01", "NOMINATION", true),
					tuple("2003-10-09", "THEATRICAL", true), tuple("2003-10-16", "THEATRICAL", false),
					tuple("2021-03-02", "ANNOUNCEMENT", true), tuple("2021-04-15", "STREAMING", true));
		assertThat(timeline.get(0).datePrecision()).isEqualTo("YEAR");
	}

	@Test
	void theTwoFamiliesAreSeparate() {
		Set<String> lantern = familyMembers(NOVEL);
		Set<String> bigCity = familyMembers("love-in-the-big-city-novel");
		assertThat(lantern).contains(NOVEL, FILM, MINISERIES, "night-of-the-lanterns", "the-salt-road")
			.doesNotContainAnyElementsOf(bigCity);
		assertThat(bigCity).contains("love-in-the-big-city-novel", "jaehee").doesNotContainAnyElementsOf(lantern);
		assertThat(lantern).noneMatch(id -> id.startsWith("love-in-the-big-city"));

		this.graphQl.documentName("connection")
			.variable("from", "nam-yoon-su")
			.variable("to", "yuki-tanabe")
			.variable("maxLength", 10)
			.execute()
			.path("path")
			.valueIsNull();
	}

	private Set<String> familyMembers(String workId) {
		var family = this.graphQl.documentName("adaptationFamilyWithStories").variable("workId", workId).execute();
		Set<String> ids = new HashSet<>();
		ids.addAll(family.path("adaptationFamily.works[*].id").entityList(String.class).get());
		ids.addAll(family.path("adaptationFamily.adaptations[*].source.id").entityList(String.class).get());
		ids.addAll(family.path("adaptationFamily.adaptations[*].adaptation.id").entityList(String.class).get());
		return ids;
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Ref(String id) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Release(String kind, String date, boolean preferred, List<Ref> sources) {

		List<String> sourceIds() {
			return this.sources.stream().map(Ref::id).toList();
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Step(Ref from, String relationship, Ref to) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Path(int length, List<Step> steps) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record TimelineEntry(String date, String datePrecision, String kind, boolean preferred) {
	}

}
