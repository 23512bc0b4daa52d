"""SQLite storage: schema, the live dialog state, anonymised transcripts, retention.

Redaction is ``storage.redact`` (a package: the name is not re-exported here, so that it
stays the package).
"""

from storage.database import DATABASE_FILENAME, configure, open_database
from storage.pseudonym import KEY_FILENAME, Pseudonymizer, load_pseudonym_key
from storage.retention import PurgeCounts
from storage.schema import migrate
from storage.store import Store

__all__ = [
    "DATABASE_FILENAME",
    "KEY_FILENAME",
    "Pseudonymizer",
    "PurgeCounts",
    "Store",
    "configure",
    "load_pseudonym_key",
    "migrate",
    "open_database",
]
