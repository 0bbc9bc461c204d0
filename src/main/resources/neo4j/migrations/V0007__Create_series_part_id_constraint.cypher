CREATE CONSTRAINT series_part_id_unique IF NOT EXISTS FOR (n:SeriesPart) REQUIRE n.id IS UNIQUE;
