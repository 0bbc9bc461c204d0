// The history is read in commit order, and from a point in time (changes(since:)).
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at);
