"""Word lists, in the bot's 12 languages.

Words are compared by key (``storage.redact.folding.word_key``): case-folded, accents and
Arabic vowel marks removed, so "Müde", "mude" and "MÜDE" are one word. The lists need not be
complete: a word missing from them is only taken for a name in the places listed in the
docstring of ``storage.redact``.
"""
