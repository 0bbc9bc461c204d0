package dev.adaptations.contract;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.adaptations.GraphTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search by title or name in any spelling: romanization variants, Hangul, hyphens and spaces, accents and
 * typos, in both franchises.
 */
@GraphTest
class SearchTests {

	@Autowired
	GraphQlTester graphQl;

	@ParameterizedTest
	@ValueSource(strings = { "Nam Yun-su", "Nam Yoon-su", "남윤수", "nam yoonsu", "Nam Yoon Su", "namyoonsu" })
	void everySpellingOfNamYoonSuFindsHimFirst(String text) {
		// facts: people nam-yoonsu (Nam Yun-su is the seed's spelling, 남윤수 the Hangul)
		assertThat(search(text, 10)).first().satisfies(hit -> {
			assertThat(hit.node().id()).isEqualTo("nam-yoon-su");
			assertThat(hit.node().__typename()).isEqualTo("Person");
			assertThat(hit.node().name()).isEqualTo("Nam Yoon-su");
		});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Nam Yun-su   | Nam Yun-su
			Nam Yoon-su  | Nam Yoon-su
			남윤수         | 남윤수
			nam yoonsu   | Nam Yoon-su
			""")
	void matchedNamesTheSpellingThatMatched(String text, String matched) {
		assertThat(search(text, 10)).first().satisfies(hit -> {
			assertThat(hit.node().id()).isEqualTo("nam-yoon-su");
			assertThat(hit.matched()).isEqualTo(matched);
		});
	}

	@Test
	void parkSangyoungWithoutTheHyphenFindsParkSangYoungFirst() {
		assertThat(search("Park Sangyoung", 10)).first().satisfies(hit -> {
			assertThat(hit.node().id()).isEqualTo("park-sang-young");
			assertThat(hit.matched()).isEqualTo("Park Sang-young");
		});
	}

	@Test
	void hangulTitleFindsTheNovelTheFilmAndTheSeries() {
		var hits = search("대도시의 사랑법", 10);
		assertThat(hits).extracting(hit -> hit.node().id())
			.contains("love-in-the-big-city-novel", "love-in-the-big-city-2024-film", "love-in-the-big-city-2024-series");
		assertThat(hits).first().satisfies(hit -> {
			assertThat(hit.node().id()).isEqualTo("love-in-the-big-city-novel");
			assertThat(hit.node().__typename()).isEqualTo("Novel");
			assertThat(hit.matched()).isEqualTo("대도시의 사랑법");
		});
		assertThat(hits).filteredOn(hit -> hit.node().id().startsWith("love-in-the-big-city-2024"))
			.extracting(Hit::matched)
			.containsOnly("대도시의 사랑법");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Kim Go-eunn    | kim-go-eun
			Hur Jinho      | hur-jin-ho
			Park Sangyoug  | park-sang-young
			""")
	void aTypoStillFindsThePersonFirst(String text, String personId) {
		assertThat(search(text, 10)).first().satisfies(hit -> assertThat(hit.node().id()).isEqualTo(personId));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Heo Jin-ho  | hur-jin-ho                 | Heo Jin-ho
			E.oni       | lee-eon-hee                | E.oni
			Go Yeong    | go-young                   | Go Yeong
			티빙          | tving                      | 티빙
			부커상         | international-booker-prize | 부커상
			""")
	void aliasesAndOriginalNamesOfEveryKindOfNodeAreSearchable(String text, String id, String matched) {
		assertThat(search(text, 10)).first().satisfies(hit -> {
			assertThat(hit.node().id()).isEqualTo(id);
			assertThat(hit.matched()).isEqualTo(matched);
		});
	}

	@Test
	void firstLimitsTheNumberOfHits() {
		var ten = search("Love in the Big City", 10);
		assertThat(ten.size()).isGreaterThan(2);
		var two = search("Love in the Big City", 2);
		assertThat(two).hasSize(2);
		assertThat(two).extracting(hit -> hit.node().id())
			.containsExactly(ten.get(0).node().id(), ten.get(1).node().id());
		assertThat(search("Kim", 1)).hasSize(1);
	}

	@Test
	void hitsAreOrderedByScore() {
		var hits = search("Nam Yoon-su", 10);
		assertThat(hits).hasSizeGreaterThan(1);
		assertThat(hits).extracting(Hit::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
	}

	@Test
	void anExactTitleFindsTheOriginalBeforeItsAdaptationsOfTheSameTitle() {
		var hits = search("Love in the Big City", 10);
		assertThat(hits.get(0).node().id()).isEqualTo("love-in-the-big-city-novel");
		// Every work titled exactly so comes before any hit that only shares some of the words.
		var exact = hits.stream().takeWhile(hit -> "Love in the Big City".equals(hit.matched())).toList();
		assertThat(exact).extracting(hit -> hit.node().id())
			.contains("love-in-the-big-city-2024-film", "love-in-the-big-city-2024-series",
					"love-in-the-big-city-english-translation", "love-in-the-big-city-story");
		assertThat(hits.subList(exact.size(), hits.size())).extracting(Hit::score)
			.isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	// --- the second franchise, searched the same way ---

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Ines Alcantara   | ines-alcantara
			Inês Alcântara   | ines-alcantara
			ines alcantara   | ines-alcantara
			Ines Alcantra    | ines-alcantara
			田辺由紀           | yuki-tanabe
			Tanabe Yuki      | yuki-tanabe
			João Mourão      | joao-mourao
			FarolPlay        | farolplay
			""")
	void secondFranchisePeopleAndOrganizationsAreFoundFirstInAnySpelling(String text, String id) {
		assertThat(search(text, 10)).first().satisfies(hit -> assertThat(hit.node().id()).isEqualTo(id));
	}

	@Test
	void secondFranchiseOriginalTitleFindsItsNovelFilmAndMiniseries() {
		var hits = search("O Guardião das Lanternas", 10);
		assertThat(hits).first().satisfies(hit -> {
			assertThat(hit.node().id()).isEqualTo("the-lantern-keeper-novel");
			assertThat(hit.matched()).isEqualTo("O Guardião das Lanternas");
		});
		assertThat(hits).extracting(hit -> hit.node().id())
			.contains("the-lantern-keeper-novel", "the-lantern-keeper-2021-miniseries", "the-lantern-keeper-2003-film")
			.noneMatch(id -> id.startsWith("love-in-the-big-city"));
	}

	@Test
	void secondFranchiseTitleWithATypoFindsItsWorks() {
		assertThat(search("Lantern Keepr", 10)).extracting(hit -> hit.node().id())
			.contains("the-lantern-keeper-novel", "the-lantern-keeper-2003-film", "the-lantern-keeper-2021-miniseries");
	}

	@Test
	void matchedIsTheOriginalNameWhenTheTextIsTheOriginalNameWithItsAccents() {
		// The author is stored as name "Ines Alcantara", originalName "Inês Alcântara". Both fold to the same
		// letters, but the text is exactly the original name, so that is the name that matched best.
		assertThat(search("Inês Alcântara", 10)).first().satisfies(hit -> {
			assertThat(hit.node().id()).isEqualTo("ines-alcantara");
			assertThat(hit.matched()).isEqualTo("Inês Alcântara");
		});
	}

	private List<Hit> search(String text, int first) {
		return this.graphQl.documentName("search")
			.variable("text", text)
			.variable("first", first)
			.execute()
			.path("search")
			.entityList(Hit.class)
			.get();
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record HitNode(String __typename, String id, String name, String title) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Hit(HitNode node, double score, String matched) {
	}

}
