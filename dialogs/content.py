"""The content's version, recorded on every transcript.

``CONTENT_DIGEST`` is a digest of every message the dialog can show and of its rules (the test
``test_content_version`` recomputes it from the message template and the data, and fails when
content changed without a new digest), so a change of wording or of a rule never goes
unrecorded under an old version.
"""

from __future__ import annotations

CONTENT_RELEASE = "1.0"
CONTENT_DIGEST = "430963c0b85125440ae5beaaa630b59cde007f296803e48f7226e57c406b0755"
CONTENT_VERSION = f"{CONTENT_RELEASE}+{CONTENT_DIGEST[:12]}"
