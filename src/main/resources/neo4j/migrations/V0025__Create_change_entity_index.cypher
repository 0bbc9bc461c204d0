// The history of one entity (changes(entityId:)).
CREATE INDEX change_entity IF NOT EXISTS FOR (c:Change) ON (c.entityId);
