// Timelines order events by date.
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date);
