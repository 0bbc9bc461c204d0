// credits(kind: ...) filters roles by kind.
CREATE INDEX role_kind IF NOT EXISTS FOR (r:Role) ON (r.kind);
