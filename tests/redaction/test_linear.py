"""Redaction takes time linear in the length of the text, whatever its shape.

Each adversarial shape is timed at Telegram's longest message (4,096 characters) and at an
eighth of it: linear work takes about 8 times as long, quadratic work 64 times. The bounds
are generous so that a busy machine does not fail them; the exact figures:
``.venv/bin/python -m tests.redaction.measure``.
"""

from __future__ import annotations

import pytest

from storage.redact import redact
from tests.redaction.measure import LONGEST, adversarial, best_time

LONG = adversarial(LONGEST)
SHORT = adversarial(LONGEST // 8)
RATIO_BELOW = 24  # linear: ~8; quadratic: ~64
MILLISECONDS_BELOW = 100


@pytest.mark.parametrize("shape", sorted(LONG))
def test_time_grows_linearly(shape: str) -> None:
    long_text, short_text = LONG[shape], SHORT[shape]
    assert len(long_text) == LONGEST
    long = best_time(lambda: redact(long_text))
    short = max(best_time(lambda: redact(short_text)), 1e-6)  # a coarse clock may read 0
    if long / short >= RATIO_BELOW:  # one retry: another process may have run meanwhile
        long = min(long, best_time(lambda: redact(long_text), repeat=15))
        short = max(min(short, best_time(lambda: redact(short_text), repeat=15)), 1e-6)
    assert long * 1000 < MILLISECONDS_BELOW
    assert long / short < RATIO_BELOW, (shape, long, short)
