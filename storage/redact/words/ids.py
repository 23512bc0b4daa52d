"""Words of doses run together with their numbers ("5mg", "3x1000mg", "2000IU"), which make
no identity number however long they are."""

from __future__ import annotations

from storage.redact.folding import word_keys

# Units, multipliers and ordinal endings after a number.
DOSE_UNITS = word_keys(
    """x mg mcg µg ug g gr kg ml cl dl iu ui ie ei e u mm cm km mmol nmol pmol mol mmhg h hr
    hrs min mins st nd rd th er eme ème º o a mal tbl""",
)
