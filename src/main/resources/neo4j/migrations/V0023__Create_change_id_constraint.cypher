// Every recorded change has its own id; the history is read by it (cursors) and never holds two.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
