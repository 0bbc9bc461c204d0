CREATE CONSTRAINT translation_id_unique IF NOT EXISTS FOR (n:Translation) REQUIRE n.id IS UNIQUE;
