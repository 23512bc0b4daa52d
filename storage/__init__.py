"""Storage: SQLite through sqlite-utils (schema, state, transcripts, pseudonyms)."""
