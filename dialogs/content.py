"""The content's version, recorded on every transcript.

``CONTENT_DIGEST`` is a digest of every message the dialog can show and of its rules (the test
``test_content_version`` recomputes it from the message template and the data, and fails when
content changed without a new digest), so a change of wording or of a rule never goes
unrecorded under an old version.
"""

from __future__ import annotations

CONTENT_RELEASE = "1.0"
CONTENT_DIGEST = "dd2fbdc40a5a525b148e332aae103b178d45ad9a3bad1b43be314bdf4f3b5a92"
CONTENT_VERSION = f"{CONTENT_RELEASE}+{CONTENT_DIGEST[:12]}"
