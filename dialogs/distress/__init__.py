"""Reading typed text for distress, in every supported language (clinical spec section 9).

Typed text is normalised (``normalise``: case, accents, apostrophes, punctuation) and matched
against phrase lists, one module per language in this package. The lists are content: they are
reviewed like every other content and are part of the content version. Every list is checked
against every text, whatever the person's language, because people mix languages; a false alarm
costs a kind message, a miss could cost a life.

The categories, most serious first:

- ``suicidal_act``: an act now or just done ("took all my pills", "I'm on the bridge");
- ``suicidal_wish``: active or passive wishes to die, or plans ("better off dead");
- ``emergency_words``: a sign of the emergency check ("can't breathe", "chest pain");
- ``distress_unclear``: what may be hyperbole or despair ("this pain is killing me").

Phrase syntax (see ``phrases.compile_phrase``): words separated by spaces, written naturally
(they are normalised like the text); a word ending in ``*`` matches any word that starts with
it; ``..`` matches up to three words of any kind; ``#`` matches a number. A phrase in
``not_distress`` cancels any match that overlaps it ("I don't want to die" is not "want to die").
"""

from __future__ import annotations

from dialogs.distress.phrases import Category, PhraseList, Reading, normalise, read

__all__ = ["Category", "PhraseList", "Reading", "normalise", "read"]
