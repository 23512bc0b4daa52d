"""The content's release, the human-chosen part of the content version.

The content version recorded on every transcript is ``CONTENT_RELEASE`` plus a digest of
everything a person can see or that decides a level: the core's source (its questions, rules,
thresholds, topics, sources, number table and typed-text phrases, comments and docstrings left
out) and every translation. ``bot.versions`` computes it; raise the release when the content
changes clinically.
"""

from __future__ import annotations

CONTENT_RELEASE = "2.0"

# The content versions a clinician and, for each language, a native speaker have signed off
# (docs/safety/content-signoff.md). None yet: /help and the review copy say so.
SIGNED_OFF: frozenset[str] = frozenset()


def signed_off(content_version: str) -> bool:
    """Whether this content version was signed off for use with patients."""
    return content_version in SIGNED_OFF
