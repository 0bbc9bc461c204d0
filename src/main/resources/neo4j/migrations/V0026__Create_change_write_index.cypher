// A write that the driver repeats looks up whether its changes already committed (Curation.write).
CREATE INDEX change_write IF NOT EXISTS FOR (c:Change) ON (c.writeId);
