package dev.adaptations.contract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.junit.jupiter.api.Test;

import dev.adaptations.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The questions of DOMAIN.md ("Questions the API must answer in one request each"), each asked in one
 * request. Expected answers come from {@code shared/data/love-in-the-big-city.facts.yaml}; the comments
 * name the fact ids.
 */
@GraphTest
class DomainQuestionsTests {

	private static final String NOVEL = "love-in-the-big-city-novel";

	private static final String TRANSLATION = "love-in-the-big-city-english-translation";

	private static final String FILM = "love-in-the-big-city-2024-film";

	private static final String SERIES = "love-in-the-big-city-2024-series";

	private static final String EPISODE_4 = "love-in-the-big-city-2024-series-episode-4";

	@Autowired
	GraphQlTester graphQl;

	// --- Which works are adapted from the novel, directly or through another adaptation, and which stories? ---

	@Test
	void adaptationFamilyOfTheNovelIsTheTranslationTheFilmAndTheSeries() {
		var family = family(NOVEL);
		family.path("adaptationFamily.root.id").entity(String.class).isEqualTo(NOVEL);
		// r07 (translation), r20 (film), r40 (series); ordered by year: 2019, 2021, 2024, 2024
		family.path("adaptationFamily.works[*].id")
			.entityList(String.class)
			.containsExactly(NOVEL, TRANSLATION, FILM, SERIES);
		family.path("adaptationFamily.works[*].kind")
			.entityList(String.class)
			.containsExactly("NOVEL", "TRANSLATION", "FILM", "SERIES");
		family.path("adaptationFamily.works[?(@.id == '%s')].adaptedFrom[*].kind".formatted(TRANSLATION))
			.entityList(String.class)
			.containsExactly("TRANSLATION");
		family.path("adaptationFamily.works[?(@.id == '%s')].adaptedFrom[*].source.id".formatted(SERIES))
			.entityList(String.class)
			.containsExactly(NOVEL);
	}

	@Test
	void familyIsTheSameFromAnyMemberOrPart() {
		for (String member : List.of(FILM, SERIES, EPISODE_4, "jaehee", TRANSLATION)) {
			var family = family(member);
			family.path("adaptationFamily.root.id").entity(String.class).isEqualTo(NOVEL);
			family.path("adaptationFamily.works[*].id")
				.entityList(String.class)
				.containsExactly(NOVEL, TRANSLATION, FILM, SERIES);
		}
	}

	@Test
	void filmAdaptsOnlyTheStoryJaehee() {
		var family = family(NOVEL);
		// r21: the film adapts the story "Jaehee" and no other story (r20 scope: "only the first story")
		family.path("adaptationFamily.works[?(@.id == '%s')].adaptedFrom[?(@.source.kind == 'STORY')].source.id"
			.formatted(FILM)).entityList(String.class).containsExactly("jaehee");
		// r20: and the novel as a whole
		family.path("adaptationFamily.works[?(@.id == '%s')].adaptedFrom[?(@.source.kind == 'NOVEL')].source.id"
			.formatted(FILM)).entityList(String.class).containsExactly(NOVEL);
		family.path("adaptationFamily.adaptations[?(@.adaptation.id == '%s')].source.id".formatted(FILM))
			.entityList(String.class)
			.hasSize(2)
			.contains(NOVEL, "jaehee");
	}

	@Test
	void eachSeriesPartAdaptsOneStoryInOrder() {
		var family = family(NOVEL);
		String series = "adaptationFamily.works[?(@.id == '%s')]".formatted(SERIES);
		family.path(series + ".parts[*].number").entityList(Integer.class).containsExactly(1, 2, 3, 4);
		// r53 (inferred, medium), r54, r55, r56: part n adapts story n of the novel (r03-r06)
		for (int n = 1; n <= 4; n++) {
			String part = series + ".parts[?(@.number == %d)]".formatted(n);
			family.path(part + ".adaptedFrom[*].source.id")
				.entityList(String.class)
				.containsExactly(List.of("jaehee", "a-spot-of-rockfish-taste-the-universe", "love-in-the-big-city-story",
						"late-rainy-season-vacation").get(n - 1));
			family.path(part + ".adaptedFrom[*].source.partOf.id").entityList(String.class).containsExactly(NOVEL);
		}
		family.path("adaptationFamily.works[?(@.id == '%s')].parts[*].id".formatted(NOVEL))
			.entityList(String.class)
			.containsExactly("jaehee", "a-spot-of-rockfish-taste-the-universe", "love-in-the-big-city-story",
					"late-rainy-season-vacation");
	}

	@Test
	void familyAdaptationsLinkEveryMemberAndPartToWhatItAdapts() {
		var adaptations = family(NOVEL).path("adaptationFamily.adaptations")
			.entityList(FamilyAdaptation.class)
			.get();
		assertThat(adaptations).extracting(a -> a.source().id(), a -> a.adaptation().id(), FamilyAdaptation::kind)
			.containsExactlyInAnyOrder(tuple(NOVEL, TRANSLATION, "TRANSLATION"), // r07
					tuple(NOVEL, FILM, "ADAPTATION"), // r20
					tuple("jaehee", FILM, "ADAPTATION"), // r21
					tuple(NOVEL, SERIES, "ADAPTATION"), // r40
					tuple("jaehee", "love-in-the-big-city-2024-series-part-1", "ADAPTATION"), // r53
					tuple("a-spot-of-rockfish-taste-the-universe", "love-in-the-big-city-2024-series-part-2", "ADAPTATION"), // r54
					tuple("love-in-the-big-city-story", "love-in-the-big-city-2024-series-part-3", "ADAPTATION"), // r55
					tuple("late-rainy-season-vacation", "love-in-the-big-city-2024-series-part-4", "ADAPTATION")); // r56
	}

	// --- Who wrote the novel, and what else did that person do? ---

	@Test
	void parkSangYoungWroteTheNovelAndTheSeriesScreenplayButHasNoFilmCredit() {
		var author = this.graphQl.documentName("authorAndOtherCredits").variable("workId", NOVEL).execute();
		String person = "work.credits.edges[0].node.person";
		author.path("work.credits.edges").entityList(Object.class).hasSize(1);
		// r01
		author.path("work.credits.edges[0].node.kind").entity(String.class).isEqualTo("AUTHOR");
		author.path(person + ".id").entity(String.class).isEqualTo("park-sang-young");
		author.path(person + ".name").entity(String.class).isEqualTo("Park Sang-young");
		author.path(person + ".originalName").entity(String.class).isEqualTo("박상영");
		author.path("work.credits.edges[0].node.sources[*].id")
			.entityList(String.class)
			.contains("seed-article", "donga-lib", "aladin-blog", "grove");
		// r01 + r41 (screenwriter of the series); r81: no film credit found
		author.path(person + ".credits.totalCount").entity(Integer.class).isEqualTo(2);
		var credits = author.path(person + ".credits.edges[*].node").entityList(KindAndWork.class).get();
		assertThat(credits).extracting(KindAndWork::kind, credit -> credit.work().id())
			.containsExactly(tuple("AUTHOR", NOVEL), tuple("SCREENWRITER", SERIES));
		assertThat(credits).extracting(credit -> credit.work().id()).doesNotContain(FILM);
	}

	// --- Who plays Go Young in the series, and who played the same character under any name in the film? ---

	@Test
	void namYoonSuPlaysGoYoungAndNohSangHyunPlayedHimAsHeungSooInTheFilm() {
		var character = this.graphQl.documentName("characterAcrossAdaptations").variable("id", "go-young").execute();
		// r57
		character.path("character.portrayals[*].person.name").entityList(String.class).containsExactly("Nam Yoon-su");
		character.path("character.portrayals[*].person.id").entityList(String.class).containsExactly("nam-yoon-su");
		character.path("character.portrayals[*].work.id").entityList(String.class).containsExactly(SERIES);
		// r73 (Go Young is the novel's Young) and r31 (Young renamed Heung-soo for the film)
		String heungSoo = "character.counterparts[?(@.character.id == 'heung-soo')]";
		character.path(heungSoo + ".via[*].id").entityList(String.class).containsExactly("young");
		character.path(heungSoo + ".distance").entityList(Integer.class).containsExactly(2);
		character.path(heungSoo + ".kind").entityList(String.class).containsExactly("RENAMED");
		character.path(heungSoo + ".sources[*].id").entityList(String.class).contains("joysauce");
		character.path(heungSoo + ".character.appearsIn[*].id").entityList(String.class).containsExactly(FILM);
		// r25
		character.path(heungSoo + ".character.portrayals[?(@.work.id == '%s')].person.name".formatted(FILM))
			.entityList(String.class)
			.containsExactly("Noh Sang-hyun");
		character.path("character.counterparts[*].character.id")
			.entityList(String.class)
			.containsExactly("young", "heung-soo");
	}

	// --- Who directed episode 4, and which of the novel's stories does that episode's part adapt? ---

	@Test
	void hurJinHoDirectedEpisodeFourWhosePartAdaptsTheRockfishStory() {
		var episode = this.graphQl.documentName("episodeDirectorAndStory").variable("id", EPISODE_4).execute();
		episode.path("work.number").entity(Integer.class).isEqualTo(4);
		// r50: Hur Jin-ho directed episodes 3-4
		episode.path("work.credits.totalCount").entity(Integer.class).isEqualTo(1);
		episode.path("work.credits.edges[*].node.person.name").entityList(String.class).containsExactly("Hur Jin-ho");
		episode.path("work.credits.edges[*].node.person.id").entityList(String.class).containsExactly("hur-jin-ho");
		episode.path("work.credits.edges[0].node.episodes[*].number").entityList(Integer.class).containsExactly(3, 4);
		episode.path("work.credits.edges[0].node.sources[*].id").entityList(String.class).contains("kbs-kstar");
		// r48, r54: the episode is in part 2, which adapts "A Spot of Rockfish, Taste the Universe"
		episode.path("work.partOf.id").entity(String.class).isEqualTo("love-in-the-big-city-2024-series-part-2");
		episode.path("work.partOf.number").entity(Integer.class).isEqualTo(2);
		episode.path("work.partOf.adaptedFrom[*].source.id")
			.entityList(String.class)
			.containsExactly("a-spot-of-rockfish-taste-the-universe");
		episode.path("work.partOf.adaptedFrom[0].source.originalTitle").entity(String.class).isEqualTo("우럭 한 점 우주의 맛");
		episode.path("work.partOf.adaptedFrom[0].source.partOf.id").entity(String.class).isEqualTo(NOVEL);
		episode.path("work.partOf.adaptedFrom[0].sources[*].id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder("kbs-kstar", "donga-lib", "celebconfirmed-jad"));
	}

	// --- Which platform streams the series, and from when; when and where did the film premiere? ---

	@Test
	void seriesStreamsOnTvingFrom21October2024() {
		var answer = streamingAndPremiere();
		// r42
		answer.path("series.organizations[?(@.kind == 'STREAMS_ON')].organization.id")
			.entityList(String.class)
			.contains("tving");
		var tving = answer.path("series.releases[?(@.platform.id == 'tving')]").entityList(Release.class).get();
		assertThat(tving).singleElement().satisfies(release -> {
			assertThat(release.kind()).isEqualTo("STREAMING");
			assertThat(release.date()).isEqualTo("2024-10-21");
			assertThat(release.preferred()).isTrue();
			assertThat(release.platform().name()).isEqualTo("TVING");
			assertThat(release.sourceIds()).contains("seed-article", "wiki-tv", "kbs-kstar", "xportsnews-1007",
					"sportskeeda-ending", "jtbc-teaser");
		});
	}

	@Test
	void filmPremiereShowsTheTiffClaimAsPreferredAndTheSeedClaimWithItsSource() {
		var premieres = streamingAndPremiere().path("film.releases[?(@.kind == 'PREMIERE')]")
			.entityList(Release.class)
			.get();
		// r32: the preferred premiere is the TIFF world premiere on 2024-09-13
		assertThat(premieres).filteredOn(Release::preferred).singleElement().satisfies(tiff -> {
			assertThat(tiff.date()).isEqualTo("2024-09-13");
			assertThat(tiff.venue()).isEqualTo("49th Toronto International Film Festival");
			assertThat(tiff.sourceIds()).contains("wiki-film", "pinkvilla-tiff", "independent-sg", "jobpost-tiff",
					"sportschosun-vip");
		});
		// discrepancies, "film release / premiere date": the seed article's "premiered on Oct. 2" is kept, not preferred
		assertThat(premieres).filteredOn(release -> "2024-10-02".equals(release.date()))
			.singleElement()
			.satisfies(seed -> {
				assertThat(seed.preferred()).isFalse();
				assertThat(seed.claim()).isEqualTo("The film premiered on Oct. 2");
				assertThat(seed.sourceIds()).containsExactly("seed-article");
			});
	}

	// --- How is Nam Yoon-su connected to Kim Go-eun? ---

	@Test
	void namYoonSuIsConnectedToKimGoEunThroughTheNovelsAdaptations() {
		var path = this.graphQl.documentName("connection")
			.variable("from", "nam-yoon-su")
			.variable("to", "kim-go-eun")
			.execute()
			.path("path")
			.entity(Path.class)
			.get();
		assertThat(path.steps()).isNotEmpty();
		assertThat(path.length()).isEqualTo(path.steps().size()).isLessThanOrEqualTo(6);
		assertThat(path.steps().get(0).from().id()).isEqualTo("nam-yoon-su");
		assertThat(path.steps().get(path.steps().size() - 1).to().id()).isEqualTo("kim-go-eun");
		for (int i = 1; i < path.steps().size(); i++) {
			assertThat(path.steps().get(i).from().id()).as("step %d starts where step %d ends", i, i - 1)
				.isEqualTo(path.steps().get(i - 1).to().id());
		}
		// r57 (Nam Yoon-su in the series) and r24 (Kim Go-eun in the film): both adapt the novel (r20, r40)
		assertThat(path.steps()).extracting(step -> step.to().id()).contains(SERIES, FILM);
		assertThat(path.steps().get(0).relationship()).isEqualTo("HAS_ROLE");
		assertThat(path.steps().get(0).forward()).isTrue();
		assertThat(path.steps()).filteredOn(step -> step.relationship().equals("ADAPTS"))
			.isNotEmpty()
			.allSatisfy(step -> assertThat(step.label()).isEqualTo("ADAPTATION"));
	}

	// --- What happened, in order, across the novel, the translation, the film and the series? ---

	@Test
	void timelineListsTheNovelTranslationFilmAndSeriesInDateOrder() {
		var timeline = timeline(NOVEL, null);
		assertThat(timeline).extracting(TimelineEntry::date).isSortedAccordingTo(String::compareTo);
		assertThat(timeline).extracting(entry -> entry.work().id()).contains(NOVEL, TRANSLATION, FILM, SERIES);
		// r02: published by Changbi in June 2019
		assertThat(timeline).filteredOn(entry -> entry.kind().equals("PUBLICATION") && entry.work().id().equals(NOVEL))
			.singleElement()
			.satisfies(publication -> {
				assertThat(publication.date()).isEqualTo("2019-06-01");
				assertThat(publication.datePrecision()).isEqualTo("MONTH");
				assertThat(publication.sourceIds()).contains("aladin-blog", "donga-lib");
			});
		// r11: longlisted for the 2022 International Booker Prize on 2022-03-10
		assertThat(timeline).filteredOn(entry -> entry.date().equals("2022-03-10"))
			.singleElement()
			.satisfies(longlist -> {
				assertThat(longlist.kind()).isEqualTo("NOMINATION");
				assertThat(longlist.work().id()).isEqualTo(TRANSLATION);
				assertThat(longlist.subject().id()).isEqualTo("international-booker-prize");
				assertThat(longlist.preferred()).isTrue();
			});
		// r32: TIFF world premiere
		assertThat(timeline).filteredOn(entry -> entry.kind().equals("PREMIERE") && entry.preferred())
			.singleElement()
			.satisfies(premiere -> {
				assertThat(premiere.date()).isEqualTo("2024-09-13");
				assertThat(premiere.work().id()).isEqualTo(FILM);
				assertThat(premiere.subject().id()).isEqualTo("love-in-the-big-city-2024-film-premiere-tiff");
			});
		// r42: streaming on TVING from 2024-10-21
		assertThat(timeline)
			.filteredOn(entry -> entry.subject() != null
					&& entry.subject().id().equals("love-in-the-big-city-2024-series-streaming-kr"))
			.singleElement()
			.satisfies(streaming -> {
				assertThat(streaming.date()).isEqualTo("2024-10-21");
				assertThat(streaming.kind()).isEqualTo("STREAMING");
				assertThat(streaming.work().id()).isEqualTo(SERIES);
			});
		assertThat(timeline).extracting(TimelineEntry::date)
			.containsSubsequence("2019-06-01", "2022-03-10", "2024-09-13", "2024-10-21");
	}

	@Test
	void timelineShowsTheDisputedSeedClaimUnlessDisputesAreExcluded() {
		String seedClaim = "love-in-the-big-city-2024-film-premiere-seed-claim";
		assertThat(timeline(FILM, null))
			.filteredOn(entry -> entry.subject() != null && entry.subject().id().equals(seedClaim))
			.singleElement()
			.satisfies(seed -> {
				assertThat(seed.preferred()).isFalse();
				assertThat(seed.date()).isEqualTo("2024-10-02");
				assertThat(seed.kind()).isEqualTo("PREMIERE");
				assertThat(seed.sourceIds()).containsExactly("seed-article");
			});

		var undisputed = timeline(FILM, false);
		assertThat(undisputed).isNotEmpty().allSatisfy(entry -> assertThat(entry.preferred()).isTrue());
		assertThat(undisputed).extracting(entry -> entry.subject() == null ? null : entry.subject().id())
			.doesNotContain(seedClaim)
			.contains("love-in-the-big-city-2024-film-premiere-tiff");
		assertThat(undisputed).extracting(TimelineEntry::date).isSortedAccordingTo(String::compareTo);
	}

	// --- Where does each of these answers come from? ---

	@Test
	void filmsAdaptationAndPremiereNameTheirSourcesAndEverySourceResolves() {
		var answer = this.graphQl.documentName("answerSources").variable("filmId", FILM).execute();
		// r20
		answer.path("work.adaptedFrom[?(@.source.id == '%s')].sources[*].id".formatted(NOVEL))
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder("seed-article", "wiki-film", "zum-edaily",
					"news1-release", "celebconfirmed-jad"));
		// r21
		answer.path("work.adaptedFrom[?(@.source.id == 'jaehee')].sources[*].id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder("wiki-film", "zum-edaily", "news1-release"));
		// r22
		answer.path("work.credits.edges[*].node.sources[*].id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder("wiki-film", "zum-edaily", "wowtv-report",
					"kh-filmreview", "celebconfirmed-jad"));

		var cited = answer.path("$.data..sources[*]").entityList(SourceRef.class).get();
		assertThat(cited).isNotEmpty();
		for (SourceRef source : cited.stream().distinct().toList()) {
			var resolved = this.graphQl.documentName("sourceById")
				.variable("id", source.id())
				.execute()
				.path("source")
				.entity(SourceRef.class)
				.get();
			assertThat(resolved).as(source.id()).isEqualTo(source);
			assertThat(resolved.title()).as(source.id()).isNotBlank();
		}
	}

	@Test
	void everyReleaseOfTheFilmIsSourced() {
		var releases = this.graphQl.documentName("answerSources")
			.variable("filmId", FILM)
			.execute()
			.path("work.releases")
			.entityList(Release.class)
			.get();
		assertThat(releases).hasSize(6).allSatisfy(release -> assertThat(release.sources()).isNotEmpty());
	}

	private GraphQlTester.Response family(String workId) {
		return this.graphQl.documentName("adaptationFamilyWithStories").variable("workId", workId).execute();
	}

	private GraphQlTester.Response streamingAndPremiere() {
		return this.graphQl.documentName("streamingAndPremiere")
			.variable("seriesId", SERIES)
			.variable("filmId", FILM)
			.execute();
	}

	private List<TimelineEntry> timeline(String workId, Boolean includeDisputed) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("workId", workId);
		if (includeDisputed != null) {
			variables.put("includeDisputed", includeDisputed);
		}
		return this.graphQl.documentName("familyTimeline")
			.variables(variables)
			.execute()
			.path("timeline")
			.entityList(TimelineEntry.class)
			.get();
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Ref(String id) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record SourceRef(String id, String title, String url) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record FamilyAdaptation(String kind, Ref source, Ref adaptation) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record KindAndWork(String kind, Ref work) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Platform(String id, String name) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Release(String id, String kind, String date, String region, String venue, boolean preferred, String claim,
			Platform platform, List<Ref> sources) {

		List<String> sourceIds() {
			return this.sources.stream().map(Ref::id).toList();
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Node(String __typename, String id) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Step(Node from, String relationship, boolean forward, Node to, String label) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Path(int length, List<Step> steps) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record TimelineEntry(String date, String datePrecision, String kind, String label, boolean preferred, Ref work,
			Node subject, List<Ref> sources) {

		List<String> sourceIds() {
			return this.sources.stream().map(Ref::id).toList();
		}

	}

}
