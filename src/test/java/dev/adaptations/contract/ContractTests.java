package dev.adaptations.contract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.junit.jupiter.api.Test;

import dev.adaptations.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The public contract of the schema against the shipped data: every root query and every field of every type,
 * each requested at least once (see {@link #everyFieldOfTheSchemaIsRequestedByTheTestDocuments()}) with its
 * value from the dataset, and Relay paging over works, people and credits.
 */
@GraphTest
class ContractTests {

	private static final String NOVEL = "love-in-the-big-city-novel";

	private static final String FILM = "love-in-the-big-city-2024-film";

	private static final String SERIES = "love-in-the-big-city-2024-series";

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	GraphQlSource graphQlSource;

	@Test
	void everyFieldOfTheSchemaIsRequestedByTheTestDocuments() {
		var coverage = new SchemaCoverage(this.graphQlSource.schema());
		Set<String> required = coverage.fieldsReachableFromQuery();
		Set<String> requested = coverage.fieldsRequestedBy("classpath:graphql-test/*.graphql");
		assertThat(required).contains("Query.node", "Query.works", "Query.timeline", "Film.runtimeMinutes",
				"Role.episodes", "Edge.label");
		assertThat(requested).as("fields of the schema that no document in graphql-test/ requests")
			.containsAll(required);
	}

	// --- node(id:) ---

	@Test
	void nodeResolvesOneIdOfEachKindToItsType() {
		this.graphQl.documentName("contractNodes").execute().path("").matchesJsonStrictly("""
				{
				  "novel": {"__typename": "Novel", "id": "love-in-the-big-city-novel"},
				  "story": {"__typename": "Story", "id": "jaehee"},
				  "translation": {"__typename": "Translation", "id": "love-in-the-big-city-english-translation"},
				  "film": {"__typename": "Film", "id": "love-in-the-big-city-2024-film"},
				  "series": {"__typename": "Series", "id": "love-in-the-big-city-2024-series"},
				  "seriesPart": {"__typename": "SeriesPart", "id": "love-in-the-big-city-2024-series-part-2"},
				  "episode": {"__typename": "Episode", "id": "love-in-the-big-city-2024-series-episode-4"},
				  "person": {"__typename": "Person", "id": "park-sang-young"},
				  "role": {"__typename": "Role", "id": "hur-jin-ho-series-director"},
				  "character": {"__typename": "Character", "id": "go-young"},
				  "organization": {"__typename": "Organization", "id": "tving"},
				  "award": {"__typename": "Award", "id": "international-booker-prize"},
				  "release": {"__typename": "Release", "id": "love-in-the-big-city-2024-film-premiere-tiff"},
				  "event": {"__typename": "Event", "id": "love-in-the-big-city-2024-series-press-conference"},
				  "source": {"__typename": "Source", "id": "seed-article"}
				}""");
	}

	// --- Work and its types ---

	@Test
	void novelHasItsHangulTitleFourStoriesInOrderAndThreeAdaptations() {
		var novel = this.graphQl.documentName("contractNovel").execute();
		// facts: entities.works novel; r01-r06, r07, r20, r40, r02, r14, r16, r17
		novel.path("work").matchesJson("""
				{
				  "__typename": "Novel",
				  "id": "love-in-the-big-city-novel",
				  "kind": "NOVEL",
				  "title": "Love in the Big City",
				  "originalTitle": "대도시의 사랑법",
				  "aliases": ["대도시의 사랑법: 박상영 연작소설"],
				  "year": 2019,
				  "language": "ko",
				  "country": "KR",
				  "confidence": "HIGH",
				  "partOf": null,
				  "adaptedFrom": [],
				  "adaptations": [
				    {"source": {"id": "love-in-the-big-city-novel"},
				     "adaptation": {"id": "love-in-the-big-city-english-translation"},
				     "kind": "TRANSLATION", "note": "English translation by Anton Hur.", "confidence": "HIGH",
				     "sources": [{"id": "grove"}, {"id": "irishtimes-booker"}]},
				    {"source": {"id": "love-in-the-big-city-novel"}, "adaptation": {"id": "love-in-the-big-city-2024-film"},
				     "kind": "ADAPTATION", "note": "Only the first story, Jaehee (재희).", "confidence": "HIGH",
				     "sources": [{"id": "seed-article"}, {"id": "wiki-film"}, {"id": "zum-edaily"}, {"id": "news1-release"},
				                 {"id": "celebconfirmed-jad"}]},
				    {"source": {"id": "love-in-the-big-city-novel"}, "adaptation": {"id": "love-in-the-big-city-2024-series"},
				     "kind": "ADAPTATION", "note": "All four stories, one per two-episode part.", "confidence": "HIGH",
				     "sources": [{"id": "seed-article"}, {"id": "wiki-tv"}, {"id": "kbs-kstar"}, {"id": "celebconfirmed-jad"}]}
				  ],
				  "credits": {"totalCount": 1, "edges": [{"node": {"id": "park-sang-young-novel-author", "kind": "AUTHOR",
				                                                   "person": {"id": "park-sang-young"}}}]},
				  "characters": [{"id": "jae-hee"}, {"id": "young"}],
				  "releases": [{"id": "love-in-the-big-city-novel-publication-kr"}],
				  "nominations": [{"award": {"id": "shin-dong-yup-prize"}, "result": "WON"}],
				  "organizations": [{"kind": "PUBLISHED_BY", "organization": {"id": "changbi"}}],
				  "sources": [{"id": "donga-lib"}, {"id": "aladin-blog"}, {"id": "aladin-event"}, {"id": "seed-article"},
				              {"id": "sportsw-stills"}]
				}""");
		novel.path("work.parts[*].id")
			.entityList(String.class)
			.containsExactly("jaehee", "a-spot-of-rockfish-taste-the-universe", "love-in-the-big-city-story",
					"late-rainy-season-vacation");
		novel.path("work.description").entity(String.class).matches(text -> text.contains("four stories"));
		novel.path("work.note").entity(String.class).matches(text -> text.contains("ISBN 9788936437978"));
	}

	@Test
	void storyBelongsToTheNovelAndCarriesItsOwnAward() {
		var stories = this.graphQl.documentName("contractStory").execute();
		// r04, r15, r54
		stories.path("rockfish").matchesJson("""
				{
				  "__typename": "Story",
				  "id": "a-spot-of-rockfish-taste-the-universe",
				  "kind": "STORY",
				  "title": "A Spot of Rockfish, Taste the Universe",
				  "originalTitle": "우럭 한 점 우주의 맛",
				  "aliases": ["A Bite of Rockfish, Taste the Universe", "우럭 한점 우주의 맛"],
				  "year": null,
				  "language": "ko",
				  "country": "KR",
				  "confidence": "HIGH",
				  "partOf": {"id": "love-in-the-big-city-novel"},
				  "parts": [],
				  "adaptedFrom": [],
				  "adaptations": [{"kind": "ADAPTATION", "adaptation": {"id": "love-in-the-big-city-2024-series-part-2"}}],
				  "credits": {"totalCount": 0},
				  "characters": [],
				  "releases": [],
				  "nominations": [{"award": {"id": "young-writers-award"}, "year": 2019, "category": "grand prize (대상)",
				                   "result": "WON", "date": "2019-01-31"}],
				  "organizations": [],
				  "sources": [{"id": "donga-lib"}, {"id": "benisti"}, {"id": "tvchosun-ywa"}, {"id": "aladin-event"}]
				}""");
		stories.path("rockfish.description").entity(String.class).matches(text -> text.startsWith("Second story"));
		stories.path("rockfish.note").entity(String.class).matches(text -> text.contains("Young Writers' Award"));
		// r03, r17, r21, r53
		stories.path("jaehee").matchesJson("""
				{
				  "title": "Jaehee",
				  "partOf": {"id": "love-in-the-big-city-novel"},
				  "characters": [{"id": "jae-hee"}],
				  "adaptations": [{"kind": "ADAPTATION", "adaptation": {"id": "love-in-the-big-city-2024-film"}},
				                  {"kind": "ADAPTATION", "adaptation": {"id": "love-in-the-big-city-2024-series-part-1"}}]
				}""");
	}

	@Test
	void translationIsAntonHursWithTwoLonglistingsAndADisputedUsDate() {
		var translation = this.graphQl.documentName("contractTranslation").execute();
		// r07, r08, r09, r10, r11, r13
		translation.path("work").matchesJson("""
				{
				  "__typename": "Translation",
				  "id": "love-in-the-big-city-english-translation",
				  "kind": "TRANSLATION",
				  "title": "Love in the Big City",
				  "originalTitle": null,
				  "aliases": ["Love in the Big City (English translation)"],
				  "year": 2021,
				  "language": "en",
				  "country": null,
				  "confidence": "HIGH",
				  "partOf": null,
				  "parts": [],
				  "adaptedFrom": [{"kind": "TRANSLATION", "note": "English translation by Anton Hur.",
				                   "source": {"id": "love-in-the-big-city-novel"}}],
				  "adaptations": [],
				  "credits": {"totalCount": 1, "edges": [{"node": {"id": "anton-hur-translation-translator",
				                                                   "kind": "TRANSLATOR", "person": {"id": "anton-hur"}}}]},
				  "characters": [],
				  "releases": [
				    {"id": "love-in-the-big-city-english-translation-publication-us-2021-11-16", "date": "2021-11-16",
				     "region": "US", "preferred": true},
				    {"id": "love-in-the-big-city-english-translation-publication-us-2021-11-09", "date": "2021-11-09",
				     "region": "US", "preferred": false},
				    {"id": "love-in-the-big-city-english-translation-publication-gb", "date": null, "region": "GB",
				     "preferred": true}
				  ],
				  "nominations": [
				    {"award": {"id": "international-booker-prize"}, "year": 2022, "result": "LONGLISTED", "date": "2022-03-10"},
				    {"award": {"id": "dublin-literary-award"}, "year": 2023, "result": "LONGLISTED", "date": null}
				  ],
				  "organizations": [
				    {"kind": "PUBLISHED_BY", "region": "US", "organization": {"id": "grove-atlantic"}},
				    {"kind": "PUBLISHED_BY", "region": "GB", "organization": {"id": "tilted-axis"}}
				  ],
				  "sources": [{"id": "grove"}, {"id": "pw"}, {"id": "writerswrite-booker"}, {"id": "hungryreader"},
				              {"id": "benisti"}]
				}""");
		translation.path("work.description").entity(String.class).matches(text -> text.contains("Anton Hur"));
		translation.path("work.note").entity(String.class).matches(text -> text.contains("978-1911284659"));
	}

	@Test
	void filmRunsFor118MinutesAndHasItsCrewCharactersAndCompanies() {
		var film = this.graphQl.documentName("contractFilm").execute();
		// entities.works film; r20-r30, r33-r37
		film.path("work").matchesJson("""
				{
				  "__typename": "Film",
				  "id": "love-in-the-big-city-2024-film",
				  "kind": "FILM",
				  "title": "Love in the Big City",
				  "originalTitle": "대도시의 사랑법",
				  "aliases": ["Love in the Big City (2024 film)"],
				  "year": 2024,
				  "language": "ko",
				  "country": "KR",
				  "confidence": "HIGH",
				  "runtimeMinutes": 118,
				  "partOf": null,
				  "parts": [],
				  "adaptedFrom": [{"kind": "ADAPTATION", "source": {"id": "love-in-the-big-city-novel"}},
				                  {"kind": "ADAPTATION", "source": {"id": "jaehee"}}],
				  "adaptations": [],
				  "credits": {"totalCount": 2, "edges": [
				    {"node": {"id": "lee-eon-hee-film-director", "kind": "DIRECTOR", "person": {"id": "lee-eon-hee"}}},
				    {"node": {"id": "kim-na-deul-film-screenwriter", "kind": "SCREENWRITER", "person": {"id": "kim-na-deul"}}}
				  ]},
				  "characters": [{"id": "heung-soo"}, {"id": "jae-hee"}, {"id": "jun-su"}, {"id": "min-jun"},
				                 {"id": "myeong-sook"}, {"id": "sun-woo"}, {"id": "jae-hee-ex-tattooist"}],
				  "releases": [{"id": "love-in-the-big-city-2024-film-premiere-cannes-claim"},
				               {"id": "love-in-the-big-city-2024-film-premiere-tiff"},
				               {"id": "love-in-the-big-city-2024-film-theatrical-kr-2024-10-01"},
				               {"id": "love-in-the-big-city-2024-film-premiere-seed-claim"},
				               {"id": "love-in-the-big-city-2024-film-theatrical-kr-2024-10-02"},
				               {"id": "love-in-the-big-city-2024-film-theatrical-kr-2024-10-03"}],
				  "nominations": [],
				  "organizations": [
				    {"kind": "DISTRIBUTED_BY", "region": "KR", "organization": {"id": "plusm"}},
				    {"kind": "PRODUCED_BY", "region": null, "organization": {"id": "showbox"}},
				    {"kind": "PRODUCED_BY", "region": null, "organization": {"id": "whale-organic"}},
				    {"kind": "RIGHTS_HOLDER", "region": "JP", "organization": {"id": "kddi"}}
				  ]
				}""");
		// ordered by kind: the director before the screenwriter
		film.path("work.credits.edges[*].node.kind").entityList(String.class).containsExactly("DIRECTOR", "SCREENWRITER");
		film.path("work.sources[*].id").entityList(String.class).contains("wiki-film", "celebconfirmed-jad", "zum-edaily");
		film.path("work.description").entity(String.class).matches(text -> text.contains("Lee Eon-hee"));
		film.path("work.note").entity(String.class).matches(text -> text.contains("Tale Farming"));
	}

	@Test
	void seriesHasEightEpisodesInOrderInFourPartsOfTwo() {
		var series = this.graphQl.documentName("contractSeries").execute();
		// entities.works series, r48, r45, r46, r42-r44
		series.path("work").matchesJson("""
				{
				  "__typename": "Series",
				  "id": "love-in-the-big-city-2024-series",
				  "kind": "SERIES",
				  "title": "Love in the Big City",
				  "originalTitle": "대도시의 사랑법",
				  "aliases": ["Love in the Big City (2024 TV series)", "大都会の愛し方 ~Love in the Big City~", "大都会の愛し方"],
				  "year": 2024,
				  "language": "ko",
				  "country": "KR",
				  "confidence": "HIGH",
				  "episodeCount": 8,
				  "partOf": null,
				  "adaptedFrom": [{"kind": "ADAPTATION", "source": {"id": "love-in-the-big-city-novel"}}],
				  "adaptations": [],
				  "credits": {"totalCount": 16},
				  "characters": [{"id": "mi-ae"}, {"id": "eun-soo"}, {"id": "eun-sook"}, {"id": "go-young"}, {"id": "habibi"},
				                 {"id": "ho-min"}, {"id": "ji-tae"}, {"id": "kim-nam-gyu"}, {"id": "no-young-soo"},
				                 {"id": "shim-gyu-ho"}],
				  "releases": [{"id": "love-in-the-big-city-2024-series-streaming-kr"},
				               {"id": "love-in-the-big-city-2024-series-streaming-viki"},
				               {"id": "love-in-the-big-city-2024-series-home-video-jp"}],
				  "nominations": [],
				  "organizations": [
				    {"kind": "HOME_VIDEO_BY", "organization": {"id": "tc-ent"}},
				    {"kind": "PRODUCED_BY", "organization": {"id": "bigstone"}},
				    {"kind": "PRODUCED_BY", "organization": {"id": "merrychristmas"}},
				    {"kind": "STREAMS_ON", "organization": {"id": "viki"}},
				    {"kind": "STREAMS_ON", "organization": {"id": "tving"}}
				  ]
				}""");
		series.path("work.episodes[*].number").entityList(Integer.class).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
		series.path("work.episodes[*].id")
			.entityList(String.class)
			.containsExactly(SERIES + "-episode-1", SERIES + "-episode-2", SERIES + "-episode-3", SERIES + "-episode-4",
					SERIES + "-episode-5", SERIES + "-episode-6", SERIES + "-episode-7", SERIES + "-episode-8");
		series.path("work.parts[*].__typename")
			.entityList(String.class)
			.containsExactly("SeriesPart", "SeriesPart", "SeriesPart", "SeriesPart");
		series.path("work.parts[*].number").entityList(Integer.class).containsExactly(1, 2, 3, 4);
		series.path("work.parts[*].episodeCount").entityList(Integer.class).containsExactly(2, 2, 2, 2);
		series.path("work.parts[*].series.id").entityList(String.class).containsExactly(SERIES, SERIES, SERIES, SERIES);
		for (int part = 1; part <= 4; part++) {
			series.path("work.parts[%d].episodes[*].number".formatted(part - 1))
				.entityList(Integer.class)
				.containsExactly(2 * part - 1, 2 * part);
		}
		series.path("work.sources[*].id").entityList(String.class).contains("seed-article", "wiki-tv", "kbs-kstar");
		series.path("work.description").entity(String.class).matches(text -> text.contains("TVING Original"));
		series.path("work.note").entity(String.class).matches(text -> text.contains("2024-10-21"));
	}

	@Test
	void seriesPartTwoIsEpisodesThreeAndFourDirectedByHurJinHo() {
		var part = this.graphQl.documentName("contractSeriesPart").execute();
		// r50, r54; appearances of Eun-sook and No Young-soo in episodes 3-4
		part.path("work").matchesJson("""
				{
				  "__typename": "SeriesPart",
				  "id": "love-in-the-big-city-2024-series-part-2",
				  "kind": "SERIES_PART",
				  "title": "A Spot of Rockfish, Taste the Universe",
				  "originalTitle": "우럭 한 점 우주의 맛",
				  "aliases": [],
				  "year": 2024,
				  "language": "ko",
				  "country": null,
				  "confidence": "HIGH",
				  "number": 2,
				  "episodeCount": 2,
				  "series": {"id": "love-in-the-big-city-2024-series"},
				  "partOf": {"id": "love-in-the-big-city-2024-series"},
				  "adaptedFrom": [{"kind": "ADAPTATION", "source": {"id": "a-spot-of-rockfish-taste-the-universe"}}],
				  "adaptations": [],
				  "credits": {"edges": [{"node": {"id": "hur-jin-ho-series-director"}}]},
				  "characters": [{"id": "eun-sook"}, {"id": "no-young-soo"}],
				  "releases": [],
				  "nominations": [],
				  "organizations": [],
				  "sources": [{"id": "kbs-kstar"}, {"id": "xportsnews-1007"}, {"id": "newsbell-presscon"},
				              {"id": "sportsw-stills"}, {"id": "seed-article"}]
				}""");
		part.path("work.episodes[*].number").entityList(Integer.class).containsExactly(3, 4);
		part.path("work.parts[*].id")
			.entityList(String.class)
			.containsExactly(SERIES + "-episode-3", SERIES + "-episode-4");
		part.path("work.description").entity(String.class).matches(text -> text.contains("Hur Jin-ho"));
		part.path("work.note").entity(String.class).matches(text -> text.contains("unofficial"));
	}

	@Test
	void episodeKnowsItsNumberPartSeriesAndRuntime() {
		this.graphQl.documentName("contractEpisode")
			.variable("id", SERIES + "-episode-4")
			.execute()
			.path("work")
			.matchesJson("""
					{
					  "__typename": "Episode",
					  "id": "love-in-the-big-city-2024-series-episode-4",
					  "kind": "EPISODE",
					  "title": "Episode 4",
					  "originalTitle": null,
					  "aliases": [],
					  "year": 2024,
					  "language": "ko",
					  "country": null,
					  "description": null,
					  "note": null,
					  "confidence": "HIGH",
					  "number": 4,
					  "runtimeMinutes": null,
					  "series": {"id": "love-in-the-big-city-2024-series"},
					  "partOf": {"id": "love-in-the-big-city-2024-series-part-2"},
					  "parts": [],
					  "adaptedFrom": [],
					  "adaptations": [],
					  "credits": {"edges": [{"node": {"id": "hur-jin-ho-series-director"}}]},
					  "characters": [],
					  "releases": [],
					  "nominations": [],
					  "organizations": [],
					  "sources": [{"id": "kbs-kstar"}, {"id": "xportsnews-1007"}, {"id": "newsbell-presscon"}]
					}""");
		// The shipped episodes have no running time; the second franchise's do.
		this.graphQl.documentName("contractEpisode")
			.variable("id", "the-lantern-keeper-2021-miniseries-episode-2")
			.execute()
			.path("work")
			.matchesJson("""
					{
					  "__typename": "Episode",
					  "number": 2,
					  "runtimeMinutes": 49,
					  "series": {"id": "the-lantern-keeper-2021-miniseries"},
					  "partOf": {"id": "the-lantern-keeper-2021-miniseries-part-1"},
					  "credits": {"edges": []},
					  "sources": [{"id": "lk-farolplay-press"}]
					}""");
	}

	// --- Role ---

	@Test
	void hurJinHosDirectorCreditIsLimitedToEpisodesThreeAndFour() {
		var role = this.graphQl.documentName("contractRole").variable("id", "hur-jin-ho-series-director").execute();
		// r50
		role.path("role").matchesJson("""
				{
				  "__typename": "Role",
				  "id": "hur-jin-ho-series-director",
				  "person": {"id": "hur-jin-ho", "name": "Hur Jin-ho"},
				  "work": {"id": "love-in-the-big-city-2024-series"},
				  "kind": "DIRECTOR",
				  "job": null,
				  "character": null,
				  "billing": null,
				  "note": "Part 2, 'A Spot of Rockfish, Taste the Universe' (우럭 한 점 우주의 맛).",
				  "confidence": "HIGH",
				  "sources": [{"id": "kbs-kstar"}, {"id": "xportsnews-1007"}, {"id": "newsbell-presscon"},
				              {"id": "sportsw-stills"}, {"id": "celebconfirmed-jad"}]
				}""");
		role.path("role.episodes[*].number").entityList(Integer.class).containsExactly(3, 4);
		role.path("role.episodes[*].id")
			.entityList(String.class)
			.containsExactly(SERIES + "-episode-3", SERIES + "-episode-4");
	}

	@Test
	void actorRolesNameTheCharacterTheBillingAndTheJob() {
		// r57: Nam Yoon-su as Go Young, first billed, over the whole series
		this.graphQl.documentName("contractRole")
			.variable("id", "nam-yoon-su-as-go-young")
			.execute()
			.path("role")
			.matchesJson("""
					{
					  "person": {"id": "nam-yoon-su", "name": "Nam Yoon-su"},
					  "work": {"id": "love-in-the-big-city-2024-series"},
					  "kind": "ACTOR",
					  "job": null,
					  "character": {"id": "go-young", "name": "Go Young"},
					  "episodes": [],
					  "billing": 1
					}""");
		// r27: Lee Sang-yi's special appearance as Min-jun
		this.graphQl.documentName("contractRole")
			.variable("id", "lee-sang-yi-as-min-jun")
			.execute()
			.path("role")
			.matchesJson("""
					{
					  "person": {"id": "lee-sang-yi", "name": "Lee Sang-yi"},
					  "work": {"id": "love-in-the-big-city-2024-film"},
					  "kind": "ACTOR",
					  "job": "special appearance",
					  "character": {"id": "min-jun", "name": "Min-jun"},
					  "billing": null,
					  "sources": [{"id": "joynews-cameos"}, {"id": "wiki-film"}]
					}""");
	}

	// --- Person ---

	@Test
	void namYoonSuHasTheSeedSpellingAsAliasHisHangulNameAndOneCredit() {
		var person = this.graphQl.documentName("contractPerson")
			.variable("id", "nam-yoon-su")
			.variable("collaborators", 3)
			.execute();
		person.path("person").matchesJson("""
				{
				  "__typename": "Person",
				  "id": "nam-yoon-su",
				  "name": "Nam Yoon-su",
				  "originalName": "남윤수",
				  "birthYear": null,
				  "confidence": "HIGH",
				  "credits": {"totalCount": 1, "edges": [{"node": {"id": "nam-yoon-su-as-go-young", "kind": "ACTOR",
				      "work": {"id": "love-in-the-big-city-2024-series"}, "character": {"id": "go-young"}}}]}
				}""");
		// facts: people nam-yoonsu alt_names
		person.path("person.aliases").entityList(String.class).contains("Nam Yun-su", "Nam Yoon Su", "Nam Yoon-soo");
		person.path("person.sources[*].id")
			.entityList(String.class)
			.contains("seed-article", "jtbc-teaser", "dailian-casting");
		person.path("person.description").entity(String.class).matches(text -> text.contains("Go Young"));
		// r82: not in the film
		person.path("person.note").entity(String.class).matches(text -> text.contains("Not in the 2024 film"));
		person.path("person.collaborators").entityList(Object.class).hasSize(3);
		person.path("person.collaborators[*].works[*].id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsOnly(SERIES));
	}

	@Test
	void parkSangYoungWasBornIn1988AndCollaboratesOnlyWithTheSeriesPeople() {
		var person = this.graphQl.documentName("contractPerson").variable("id", "park-sang-young").execute();
		person.path("person").matchesJson("""
				{
				  "name": "Park Sang-young",
				  "originalName": "박상영",
				  "aliases": ["Sang Young Park", "Park Sang Young", "パク・サンヨン"],
				  "birthYear": 1988,
				  "credits": {"totalCount": 2}
				}""");
		var collaborators = person.path("person.collaborators[*].person.id").entityList(String.class).get();
		// r41 (series screenplay) with r49-r52 (its directors), r47 (creator), r57 (lead); r81: no film credit
		assertThat(collaborators).hasSize(14)
			.contains("hur-jin-ho", "hong-ji-young", "son-tae-gyum", "kim-se-in", "nam-yoon-su")
			.doesNotContain("lee-eon-hee", "kim-go-eun", "noh-sang-hyun", "anton-hur", "park-sang-young");
	}

	@Test
	void collaboratorsSharingMoreWorksComeFirst() {
		var person = this.graphQl.documentName("contractPerson").variable("id", "joao-mourao").execute();
		person.path("person.collaborators[*].person.id")
			.entityList(String.class)
			.containsExactly("rui-castanheira", "ines-alcantara", "yuki-tanabe");
		person.path("person.collaborators[0].works[*].id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder("the-lantern-keeper-2003-film",
					"the-lantern-keeper-2021-miniseries"));
		this.graphQl.documentName("contractPerson")
			.variable("id", "joao-mourao")
			.variable("collaborators", 1)
			.execute()
			.path("person.collaborators[*].person.id")
			.entityList(String.class)
			.containsExactly("rui-castanheira");
	}

	// --- Character ---

	@Test
	void goYoungHasCounterpartsRelationsAndPortrayals() {
		var character = this.graphQl.documentName("contractCharacter").variable("id", "go-young").execute();
		character.path("character").matchesJson("""
				{
				  "__typename": "Character",
				  "id": "go-young",
				  "name": "Go Young",
				  "originalName": "고영",
				  "aliases": ["Go Yeong", "Ko Yeong", "Young"],
				  "confidence": "HIGH",
				  "appearsIn": [{"id": "love-in-the-big-city-2024-series"}],
				  "portrayals": [{"id": "nam-yoon-su-as-go-young", "person": {"id": "nam-yoon-su"},
				                  "work": {"id": "love-in-the-big-city-2024-series"}}],
				  "counterparts": [
				    {"character": {"id": "young"}, "kind": "SAME", "distance": 1, "via": [],
				     "sources": [{"id": "aladin-event"}, {"id": "wiki-tv"}, {"id": "sportschosun-1023"}]},
				    {"character": {"id": "heung-soo"}, "kind": "RENAMED", "distance": 2, "via": [{"id": "young"}],
				     "sources": [{"id": "aladin-event"}, {"id": "wiki-tv"}, {"id": "sportschosun-1023"}, {"id": "joysauce"}]}
				  ],
				  "relations": [
				    {"character": {"id": "mi-ae"}, "kind": "FRIEND", "note": "Best friend and roommate.",
				     "sources": [{"id": "wiki-tv"}, {"id": "pinkvilla-review"}, {"id": "jtbc-teaser"}]},
				    {"character": {"id": "eun-soo"}, "kind": "FRIEND"},
				    {"character": {"id": "ho-min"}, "kind": "FRIEND"},
				    {"character": {"id": "ji-tae"}, "kind": "FRIEND"},
				    {"character": {"id": "eun-sook"}, "kind": "CHILD_OF",
				     "sources": [{"id": "seed-article"}, {"id": "jtbc-teaser"}, {"id": "sportsw-stills"}]},
				    {"character": {"id": "kim-nam-gyu"}, "kind": "ROMANTIC_PARTNER", "note": "Episodes 1-2."},
				    {"character": {"id": "no-young-soo"}, "kind": "ROMANTIC_PARTNER"},
				    {"character": {"id": "shim-gyu-ho"}, "kind": "ROMANTIC_PARTNER"},
				    {"character": {"id": "habibi"}, "kind": "TRAVELS_WITH"}
				  ]
				}""");
		// nearest counterpart first
		character.path("character.counterparts[*].distance").entityList(Integer.class).containsExactly(1, 2);
		character.path("character.counterparts[0].note").entity(String.class).matches(text -> text.contains("surname"));
		character.path("character.counterparts[1].note").entity(String.class).matches(text -> text.contains("Heung-soo"));
		character.path("character.description").entity(String.class).matches(text -> text.contains("2024 series"));
		character.path("character.note").entity(String.class).matches(text -> text.contains("royal family"));
		character.path("character.sources[*].id").entityList(String.class).contains("seed-article", "jtbc-teaser");
	}

	@Test
	void jaeHeeAppearsInTheNovelItsStoryAndTheFilmAndIsMiAeInTheSeries() {
		this.graphQl.documentName("contractCharacter")
			.variable("id", "jae-hee")
			.execute()
			.path("character")
			.matchesJson("""
					{
					  "name": "Jae-hee",
					  "originalName": "재희",
					  "appearsIn": [{"id": "love-in-the-big-city-novel"}, {"id": "love-in-the-big-city-2024-film"}, {"id": "jaehee"}],
					  "portrayals": [{"id": "kim-go-eun-as-jae-hee", "person": {"id": "kim-go-eun"},
					                  "work": {"id": "love-in-the-big-city-2024-film"}}],
					  "counterparts": [{"character": {"id": "mi-ae"}, "kind": "RENAMED", "distance": 1, "via": [],
					                    "sources": [{"id": "kbs-kstar"}, {"id": "donga-lib"}, {"id": "benisti"}, {"id": "wiki-tv"}]}],
					  "relations": [
					    {"character": {"id": "heung-soo"}, "kind": "FRIEND"},
					    {"character": {"id": "min-jun"}, "kind": "OTHER"},
					    {"character": {"id": "jun-su"}, "kind": "ROMANTIC_PARTNER"},
					    {"character": {"id": "sun-woo"}, "kind": "ROMANTIC_PARTNER"},
					    {"character": {"id": "jae-hee-ex-tattooist"}, "kind": "ROMANTIC_PARTNER"}
					  ]
					}""");
	}

	// --- Organization, Award, Nomination ---

	@Test
	void tvingIsThePlatformTheSeriesStreamsOn() {
		this.graphQl.documentName("contractOrganization")
			.variable("id", "tving")
			.execute()
			.path("organization")
			.matchesJson("""
					{
					  "__typename": "Organization",
					  "id": "tving",
					  "name": "TVING",
					  "originalName": "티빙",
					  "aliases": ["Tving"],
					  "kind": "PLATFORM",
					  "country": "KR",
					  "description": "Korean streaming service; the series is a TVING Original.",
					  "sources": [{"id": "wiki-tv"}, {"id": "kbs-kstar"}, {"id": "xportsnews-1007"}, {"id": "jtbc-teaser"}],
					  "works": [{"id": "love-in-the-big-city-2024-series"}],
					  "links": [{
					    "organization": {"id": "tving"},
					    "work": {"id": "love-in-the-big-city-2024-series"},
					    "kind": "STREAMS_ON",
					    "region": "KR",
					    "note": "TVING Original; all 8 episodes from 2024-10-21.",
					    "confidence": "HIGH",
					    "sources": [{"id": "seed-article"}, {"id": "wiki-tv"}, {"id": "kbs-kstar"}, {"id": "xportsnews-1007"},
					                {"id": "sportskeeda-ending"}, {"id": "jtbc-teaser"}]
					  }]
					}""");
	}

	@Test
	void festivalListsTheFilmThatPremieredThere() {
		// r32: the film's world premiere was at TIFF; the release names TIFF as its platform. Organization.works is
		// documented as "the works linked to this organization, in any way".
		var tiff = this.graphQl.documentName("contractOrganization").variable("id", "tiff").execute();
		tiff.path("organization.kind").entity(String.class).isEqualTo("FESTIVAL");
		tiff.path("organization.works[*].id").entityList(String.class).contains(FILM);
	}

	@Test
	void everyRelationshipAndReleaseNamesItsSources() {
		var provenance = this.graphQl.documentName("provenance").execute();
		provenance.path("works.totalCount").entity(Integer.class).isEqualTo(32);
		var sourceLists = provenance.path("$.data..sources").entityList(Object.class).get();
		// adaptations, credits, releases, nominations, organization links, counterparts, relations, works, characters
		assertThat(sourceLists).hasSizeGreaterThan(300)
			.allSatisfy(sources -> assertThat(sources).asInstanceOf(LIST)
				.isNotEmpty());
	}

	@Test
	void exactlyOneReleasePerWorkKindAndRegionIsPreferred() {
		var works = this.graphQl.documentName("provenance")
			.execute()
			.path("works.edges[*].node")
			.entityList(WorkReleases.class)
			.get();
		Map<List<String>, Integer> preferred = new HashMap<>();
		for (WorkReleases work : works) {
			for (ReleaseClaim release : work.releases()) {
				preferred.merge(List.of(work.id(), release.kind(), String.valueOf(release.region())),
						release.preferred() ? 1 : 0, Integer::sum);
			}
		}
		assertThat(preferred).hasSizeGreaterThanOrEqualTo(11).allSatisfy((group, count) -> assertThat(count).as("%s", group)
			.isEqualTo(1));
		// the disputed groups: film premiere (3 claims), film theatrical KR (3), US publication of the translation (2)
		assertThat(works).filteredOn(work -> work.id().equals(FILM))
			.singleElement()
			.satisfies(film -> assertThat(film.releases()).hasSize(6));
	}

	@Test
	void shinDongYupPrizeIsPresentedByChangbiAndWonByTheNovel() {
		var award = this.graphQl.documentName("contractAward").variable("id", "shin-dong-yup-prize").execute();
		// r14
		award.path("award").matchesJson("""
				{
				  "__typename": "Award",
				  "id": "shin-dong-yup-prize",
				  "name": "Shin Dong-yup Prize for Literature",
				  "originalName": "신동엽문학상",
				  "aliases": ["Shin Dong-yup Prize", "39th Shin Dong-yup Prize for Literature", "제39회 신동엽문학상"],
				  "presenter": {"id": "changbi", "name": "Changbi"},
				  "year": null,
				  "sources": [{"id": "asiae-shindongyup"}, {"id": "zum-edaily"}],
				  "nominations": [{
				    "award": {"id": "shin-dong-yup-prize"},
				    "work": {"id": "love-in-the-big-city-novel"},
				    "year": 2021,
				    "category": "fiction",
				    "result": "WON",
				    "date": null,
				    "confidence": "HIGH",
				    "sources": [{"id": "asiae-shindongyup"}, {"id": "zum-edaily"}]
				  }]
				}""");
		award.path("award.description").entity(String.class).matches(text -> text.contains("39th edition"));
		award.path("award.nominations[0].note").entity(String.class).matches(text -> text.contains("August 2021"));
	}

	@Test
	void internationalBookerPrizeLonglistedTheTranslationOn10March2022() {
		// r11, r12
		this.graphQl.documentName("contractAward")
			.variable("id", "international-booker-prize")
			.execute()
			.path("award")
			.matchesJson("""
					{
					  "name": "International Booker Prize",
					  "aliases": ["Booker International Prize", "부커상"],
					  "presenter": null,
					  "nominations": [{
					    "award": {"id": "international-booker-prize"},
					    "work": {"id": "love-in-the-big-city-english-translation"},
					    "year": 2022,
					    "category": null,
					    "result": "LONGLISTED",
					    "date": "2022-03-10",
					    "sources": [{"id": "seed-article"}, {"id": "irishtimes-booker"}, {"id": "kh-booker"},
					                {"id": "file770-booker"}, {"id": "writerswrite-booker"}, {"id": "tiltedaxis-blog"}]
					  }]
					}""");
	}

	// --- Release, Event, Source ---

	@Test
	void releaseAndEventCarryTheirDatesVenuesAndWorks() {
		var answer = this.graphQl.documentName("contractReleaseAndEvent").execute();
		// r32
		answer.path("release").matchesJson("""
				{
				  "__typename": "Release",
				  "id": "love-in-the-big-city-2024-film-premiere-tiff",
				  "work": {"id": "love-in-the-big-city-2024-film"},
				  "kind": "PREMIERE",
				  "date": "2024-09-13",
				  "datePrecision": "DAY",
				  "region": "worldwide",
				  "venue": "49th Toronto International Film Festival",
				  "platform": {"id": "tiff", "name": "Toronto International Film Festival"},
				  "preferred": true,
				  "claim": "premiered at the Toronto International Film Festival on September 13, 2024",
				  "confidence": "HIGH",
				  "sources": [{"id": "wiki-film"}, {"id": "pinkvilla-tiff"}, {"id": "independent-sg"}, {"id": "jobpost-tiff"},
				              {"id": "sportschosun-vip"}]
				}""");
		answer.path("release.note").entity(String.class).matches(text -> text.contains("Special Presentations"));
		// r74; events presscon-2024-10-16
		answer.path("event").matchesJson("""
				{
				  "__typename": "Event",
				  "id": "love-in-the-big-city-2024-series-press-conference",
				  "kind": "PRESS_CONFERENCE",
				  "name": "'Love in the Big City' series highlight screening and press conference",
				  "date": "2024-10-16",
				  "datePrecision": "DAY",
				  "venue": "CGV Yongsan I'Park Mall, Yongsan-gu, Seoul",
				  "region": "KR",
				  "works": [{"id": "love-in-the-big-city-2024-series"}],
				  "note": "Held on a Wednesday afternoon, five days before the series' release.",
				  "sources": [{"id": "seed-article"}, {"id": "newsbell-presscon"}, {"id": "mbn-presscon"},
				              {"id": "pinkvilla-presscon"}, {"id": "celebconfirmed-jad"}]
				}""");
	}

	@Test
	void seedArticleIsTheKoreaHeraldPieceOf16October2024() {
		var source = this.graphQl.documentName("contractSource").variable("id", "seed-article").execute();
		// sources: seed-article
		source.path("source").matchesJson("""
				{
				  "__typename": "Source",
				  "id": "seed-article",
				  "title": "(seed) Korea Herald article on Tving series 'Love in the Big City'",
				  "publisher": "The Korea Herald",
				  "url": "https://www.koreaherald.com/view.php?ud=20241016050700",
				  "publishedOn": "2024-10-16",
				  "kind": "NEWS",
				  "reliability": "MEDIUM"
				}""");
		source.path("source.excerpt").entity(String.class).matches(text -> text.contains("The film premiered on Oct. 2"));
	}

	// --- search, path, neighborhood, timeline ---

	@Test
	void searchHitsCarryTheNodeAScoreAndTheMatchedName() {
		var hits = this.graphQl.documentName("search").variable("text", "Nam Yun-su").execute();
		hits.path("search[0]").matchesJson("""
				{"node": {"__typename": "Person", "id": "nam-yoon-su", "name": "Nam Yoon-su"}, "matched": "Nam Yun-su"}""");
		var scores = hits.path("search[*].score").entityList(Double.class).get();
		assertThat(scores).allSatisfy(score -> assertThat(score).isPositive());
		assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void pathStepsSayWhichWayEachRelationshipWasFollowed() {
		var steps = this.graphQl.documentName("connection")
			.variable("from", "nam-yoon-su")
			.variable("to", "kim-go-eun")
			.execute()
			.path("path.steps")
			.entityList(PathStep.class)
			.get();
		// person -HAS_ROLE-> role -IN-> series -ADAPTS-> novel <-ADAPTS- film <-IN- role <-HAS_ROLE- person
		assertThat(steps).extracting(PathStep::relationship, PathStep::forward)
			.containsExactly(tuple("HAS_ROLE", true), tuple("IN", true), tuple("ADAPTS", true), tuple("ADAPTS", false),
					tuple("IN", false), tuple("HAS_ROLE", false));
		assertThat(steps).extracting(step -> step.to().__typename())
			.containsExactly("Role", "Series", "Novel", "Film", "Role", "Person");
		assertThat(steps).extracting(step -> step.to().id())
			.containsExactly("nam-yoon-su-as-go-young", SERIES, NOVEL, FILM, "kim-go-eun-as-jae-hee", "kim-go-eun");
		assertThat(steps).extracting(PathStep::label).containsExactly(null, null, "ADAPTATION", "ADAPTATION", null, null);
	}

	@Test
	void neighbourhoodHasTheCentreFirstAndEdgesOnlyBetweenItsNodes() {
		var subgraph = neighborhood(NOVEL, 1, 1000);
		assertThat(subgraph.truncated()).isFalse();
		assertThat(subgraph.nodes().get(0)).isEqualTo(new NodeRef("Novel", NOVEL));
		// r03-r07, r20, r21, r40, r01, r02, r14, r16, r17
		assertThat(subgraph.nodes()).extracting(NodeRef::id)
			.containsExactlyInAnyOrder(NOVEL, "jaehee", "a-spot-of-rockfish-taste-the-universe",
					"love-in-the-big-city-story", "late-rainy-season-vacation", "love-in-the-big-city-english-translation",
					FILM, SERIES, "park-sang-young-novel-author", "changbi", "shin-dong-yup-prize",
					"love-in-the-big-city-novel-publication-kr", "young", "jae-hee");
		assertEdgesJoinReturnedNodes(subgraph);
		assertThat(subgraph.edges()).contains(new Edge(FILM, "jaehee", "ADAPTS", "ADAPTATION"),
				new Edge("love-in-the-big-city-english-translation", NOVEL, "ADAPTS", "TRANSLATION"),
				new Edge("jaehee", NOVEL, "PART_OF", null), new Edge(NOVEL, "changbi", "PUBLISHED_BY", "PUBLISHED_BY"),
				new Edge(NOVEL, "shin-dong-yup-prize", "NOMINATED_FOR", "WON"),
				new Edge("park-sang-young-novel-author", NOVEL, "IN", null));
	}

	@Test
	void neighbourhoodIsTruncatedByASmallLimitOnly() {
		var small = neighborhood(NOVEL, 2, 5);
		assertThat(small.truncated()).isTrue();
		assertThat(small.nodes()).hasSize(5);
		assertThat(small.nodes().get(0).id()).isEqualTo(NOVEL);
		assertEdgesJoinReturnedNodes(small);

		var large = neighborhood(NOVEL, 2, 1000);
		assertThat(large.truncated()).isFalse();
		assertThat(large.nodes().size()).isGreaterThan(small.nodes().size());
		assertThat(large.nodes()).extracting(NodeRef::id)
			.doesNotHaveDuplicates()
			.contains("park-sang-young", "kim-go-eun-as-jae-hee", "hur-jin-ho-series-director", "tving", "go-young")
			.noneMatch(id -> id.startsWith("the-lantern-keeper"));
		assertEdgesJoinReturnedNodes(large);
		// Go Young is two relationships from the novel, through the series; his counterpart edge is drawn.
		assertThat(large.edges()).contains(new Edge("go-young", "young", "COUNTERPART_OF", "SAME"),
				new Edge(SERIES, "tving", "STREAMS_ON", "STREAMS_ON"));
	}

	@Test
	void timelineEntriesNameTheirWorkSubjectAndLabel() {
		var timeline = this.graphQl.documentName("familyTimeline").variable("workId", SERIES).execute();
		// r32
		var tiff = timeline.path("timeline[?(@.subject.id == 'love-in-the-big-city-2024-film-premiere-tiff')]");
		tiff.matchesJson("""
				[{
				  "date": "2024-09-13",
				  "datePrecision": "DAY",
				  "kind": "PREMIERE",
				  "preferred": true,
				  "work": {"id": "love-in-the-big-city-2024-film"},
				  "subject": {"__typename": "Release", "id": "love-in-the-big-city-2024-film-premiere-tiff"},
				  "sources": [{"id": "wiki-film"}, {"id": "pinkvilla-tiff"}, {"id": "independent-sg"}, {"id": "jobpost-tiff"},
				              {"id": "sportschosun-vip"}]
				}]""");
		timeline.path("timeline[?(@.subject.id == 'love-in-the-big-city-2024-film-premiere-tiff')].label")
			.entityList(String.class)
			.satisfies(labels -> assertThat(labels).singleElement()
				.satisfies(label -> assertThat(label).contains("49th Toronto International Film Festival")));
		// r74
		timeline.path("timeline[?(@.kind == 'PRESS_CONFERENCE')]").matchesJson("""
				[{
				  "date": "2024-10-16",
				  "kind": "PRESS_CONFERENCE",
				  "label": "'Love in the Big City' series highlight screening and press conference",
				  "preferred": true,
				  "work": {"id": "love-in-the-big-city-2024-series"},
				  "subject": {"__typename": "Event", "id": "love-in-the-big-city-2024-series-press-conference"}
				}]""");
		// r11: a longlisting is an entry whose subject is the award
		timeline.path("timeline[?(@.date == '2022-03-10')]").matchesJson("""
				[{
				  "kind": "NOMINATION",
				  "work": {"id": "love-in-the-big-city-english-translation"},
				  "subject": {"__typename": "Award", "id": "international-booker-prize"}
				}]""");
	}

	// --- Relay connections ---

	@Test
	void worksPagedByFiveFollowTheOrderOfOnePage() {
		assertPagesEqualOnePage("worksPage", Map.of(), "works", 32);
	}

	@Test
	void peoplePagedByFiveFollowTheOrderOfOnePage() {
		assertPagesEqualOnePage("peoplePage", Map.of(), "people", 31);
	}

	@Test
	void seriesCreditsPagedByFiveFollowTheOrderOfOnePage() {
		assertPagesEqualOnePage("creditsPage", Map.of("workId", SERIES), "work.credits", 16);
	}

	@Test
	void personCreditsPagedByOneFollowTheOrderOfOnePage() {
		assertPagesEqualOnePage("personCreditsPage", Map.of("personId", "park-sang-young"), "person.credits", 2);
	}

	@Test
	void worksAreOrderedByYearThenTitle() {
		var works = page("worksPage", Map.of("first", 100), "works").edges();
		assertThat(works).extracting(edge -> edge.node().id())
			.startsWith("the-lantern-keeper-novel", "the-lantern-keeper-english-translation",
					"the-lantern-keeper-2003-film", NOVEL, "love-in-the-big-city-english-translation",
					"the-lantern-keeper-2021-miniseries");
		assertThat(works).extracting(edge -> edge.node().id())
			.containsSubsequence(SERIES + "-episode-1", SERIES + "-episode-2", SERIES + "-episode-3",
					SERIES + "-episode-8");
		var years = works.stream().map(edge -> edge.node().year()).toList();
		int firstWithoutYear = years.indexOf(null);
		assertThat(years.subList(0, firstWithoutYear)).isSorted();
		assertThat(years.subList(firstWithoutYear, years.size())).as("works without a year come last").containsOnlyNulls();
	}

	@Test
	void worksCanBeLimitedToSomeKinds() {
		var films = page("worksPage", Map.of("first", 100, "kind", List.of("FILM", "SERIES")), "works");
		assertThat(films.totalCount()).isEqualTo(4);
		assertThat(films.edges()).extracting(edge -> edge.node().id())
			.containsExactly("the-lantern-keeper-2003-film", "the-lantern-keeper-2021-miniseries", FILM, SERIES);
	}

	@Test
	void cursorsAreStableAcrossRequests() {
		for (String document : List.of("worksPage", "peoplePage")) {
			String connection = document.equals("worksPage") ? "works" : "people";
			var first = page(document, Map.of("first", 7), connection);
			var again = page(document, Map.of("first", 7), connection);
			assertThat(again.edges()).extracting(ConnectionEdge::cursor)
				.containsExactlyElementsOf(first.edges().stream().map(ConnectionEdge::cursor).toList());
			var next = page(document, Map.of("first", 7, "after", first.pageInfo().endCursor()), connection);
			var nextAgain = page(document, Map.of("first", 7, "after", first.pageInfo().endCursor()), connection);
			assertThat(nextAgain.edges()).isEqualTo(next.edges());
		}
		var credits = page("creditsPage", Map.of("workId", SERIES, "first", 5), "work.credits");
		assertThat(page("creditsPage", Map.of("workId", SERIES, "first", 5), "work.credits").edges())
			.isEqualTo(credits.edges());
	}

	private void assertPagesEqualOnePage(String document, Map<String, Object> variables, String connection,
			int expectedTotal) {
		int pageSize = connection.equals("person.credits") ? 1 : 5;
		Map<String, Object> whole = new HashMap<>(variables);
		whole.put("first", 100);
		var onePage = page(document, whole, connection);
		assertThat(onePage.totalCount()).isEqualTo(expectedTotal);
		assertThat(onePage.edges()).hasSize(expectedTotal);
		assertThat(onePage.pageInfo().hasNextPage()).isFalse();
		assertThat(onePage.pageInfo().hasPreviousPage()).isFalse();
		assertThat(onePage.pageInfo().startCursor()).isEqualTo(onePage.edges().get(0).cursor());
		assertThat(onePage.pageInfo().endCursor()).isEqualTo(onePage.edges().get(expectedTotal - 1).cursor());

		List<ConnectionEdge> followed = new ArrayList<>();
		Set<Integer> totals = new HashSet<>();
		String after = null;
		int pages = 0;
		while (true) {
			Map<String, Object> pageVariables = new HashMap<>(variables);
			pageVariables.put("first", pageSize);
			if (after != null) {
				pageVariables.put("after", after);
			}
			var page = page(document, pageVariables, connection);
			pages++;
			assertThat(page.edges()).as("page %d", pages).isNotEmpty().hasSizeLessThanOrEqualTo(pageSize);
			assertThat(page.pageInfo().hasPreviousPage()).as("page %d hasPreviousPage", pages).isEqualTo(after != null);
			assertThat(page.pageInfo().startCursor()).isEqualTo(page.edges().get(0).cursor());
			assertThat(page.pageInfo().endCursor()).isEqualTo(page.edges().get(page.edges().size() - 1).cursor());
			followed.addAll(page.edges());
			totals.add(page.totalCount());
			if (!page.pageInfo().hasNextPage()) {
				break;
			}
			assertThat(page.edges()).as("page %d is full", pages).hasSize(pageSize);
			assertThat(pages).as("pages followed").isLessThan(100);
			after = page.pageInfo().endCursor();
		}
		assertThat(totals).containsExactly(expectedTotal);
		assertThat(pages).isEqualTo((expectedTotal + pageSize - 1) / pageSize);
		assertThat(followed).extracting(edge -> edge.node().id()).doesNotHaveDuplicates();
		assertThat(followed).isEqualTo(onePage.edges());
	}

	private Connection page(String document, Map<String, Object> variables, String connection) {
		return this.graphQl.documentName(document)
			.variables(variables)
			.execute()
			.path(connection)
			.entity(Connection.class)
			.get();
	}

	private Subgraph neighborhood(String id, int depth, int limit) {
		return this.graphQl.documentName("neighborhood")
			.variable("id", id)
			.variable("depth", depth)
			.variable("limit", limit)
			.execute()
			.path("neighborhood")
			.entity(Subgraph.class)
			.get();
	}

	private static void assertEdgesJoinReturnedNodes(Subgraph subgraph) {
		Set<String> ids = new HashSet<>(subgraph.nodes().stream().map(NodeRef::id).toList());
		assertThat(subgraph.edges()).isNotEmpty()
			.allSatisfy(edge -> assertThat(ids).as("edge %s", edge).contains(edge.from(), edge.to()));
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record NodeRef(String __typename, String id) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record PathStep(NodeRef from, String relationship, boolean forward, NodeRef to, String label) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Edge(String from, String to, String type, String label) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Subgraph(boolean truncated, List<NodeRef> nodes, List<Edge> edges) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ReleaseClaim(String id, String kind, String region, boolean preferred) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record WorkReleases(String id, List<ReleaseClaim> releases) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ConnectionNode(String id, Integer year) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ConnectionEdge(String cursor, ConnectionNode node) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Connection(int totalCount, PageInfo pageInfo, List<ConnectionEdge> edges) {
	}

}
