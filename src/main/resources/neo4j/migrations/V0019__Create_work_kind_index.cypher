// works(kind: ...) filters and orders by kind, year and title.
CREATE INDEX work_kind IF NOT EXISTS FOR (w:Work) ON (w.kind);
