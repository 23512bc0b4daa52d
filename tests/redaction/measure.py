"""How well ``redact`` does on the corpus, and how long it takes on adversarial input.

Run ``.venv/bin/python -m tests.redaction.measure`` for the tables (``--misses`` also lists
what was missed). The tests in this folder assert the thresholds on the same figures.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from storage.redact import redact
from tests.redaction.corpus import CLEAN, HELD_OUT, SAMPLES, Sample

LANGUAGES = ("en", "es", "fr", "de", "it", "pt_BR", "nl", "pl", "ru", "uk", "tr", "ar")
_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def whole_word(word: str, text: str) -> bool:
    """``word`` occurs in ``text`` not as part of a longer word."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


@dataclass
class Score:
    """Counts for one language (or all)."""

    personal: int = 0
    removed: int = 0
    symptoms: int = 0
    kept: int = 0
    clean: int = 0
    unchanged: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.personal += other.personal
        self.removed += other.removed
        self.symptoms += other.symptoms
        self.kept += other.kept
        self.clean += other.clean
        self.unchanged += other.unchanged
        self.misses += other.misses

    @property
    def removed_share(self) -> float:
        return self.removed / self.personal if self.personal else 1.0

    @property
    def kept_share(self) -> float:
        return self.kept / self.symptoms if self.symptoms else 1.0

    @property
    def unchanged_share(self) -> float:
        return self.unchanged / self.clean if self.clean else 1.0


def score_sample(sample: Sample, score: Score) -> None:
    out = redact(sample.text)
    for detail in sample.personal:
        score.personal += 1
        left = [part for part in sample.parts(detail) if whole_word(part, out)]
        if left:
            score.misses.append(f"{sample.language}: kept {detail!r} ({left}) in {out!r}")
        else:
            score.removed += 1
    for word in sample.keep:
        score.symptoms += 1
        if whole_word(word, out):
            score.kept += 1
        else:
            score.misses.append(f"{sample.language}: lost {word!r} in {out!r}")


def score_clean(language: str, text: str, score: Score) -> None:
    out = redact(text)
    score.clean += 1
    if out == _INVISIBLE_RE.sub("", text):
        score.unchanged += 1
    else:
        score.misses.append(f"{language}: changed {text!r} -> {out!r}")


def scores(samples: Iterable[Sample] = SAMPLES, clean: bool = True) -> dict[str, Score]:
    """Per language, and "all"."""
    by_language = {language: Score() for language in LANGUAGES}
    for sample in samples:
        score_sample(sample, by_language[sample.language])
    if clean:
        for language, texts in CLEAN.items():
            for text in texts:
                score_clean(language, text, by_language[language])
    total = Score()
    for score in by_language.values():
        total.add(score)
    return {**by_language, "all": total}


# ---- timing ------------------------------------------------------------------------------------

LONGEST = 4096  # Telegram's longest message


def adversarial(length: int) -> dict[str, str]:
    """Inputs of ``length`` characters built to make a careless matcher backtrack or a
    careless scanner look at every pair of positions."""
    shapes = {
        "one long word": "a",
        "one long number": "1",
        "spaces": " ",
        "digits and spaces": "1 ",
        "digits and dots": "1.",
        "digits split by zero-width spaces": "1\u200b",
        "full-width digits": "１２",
        "letters and digits": "a1",
        "letters and dots": "a.",
        "letters and @": "a@",
        "letters and dashes": "a-",
        "repeated 'my name is'": "my name is ",
        "repeated I'm": "I'm ",
        "repeated I'm Anna": "I'm Anna ",
        "repeated Anna here,": "Anna here, ",
        "capitalised words": "Ab ",
        "single capitals": "A ",
        "in + capitalised": "in Ab ",
        "dates": "1 May ",
        "disguised e-mails": "a at b dot ",
        "bracketed (at)": "a(at)",
        "streets": "Calle Mayor 5 ",
        "streets after name": "Rose Lane ",
        "Turkish suffixes": "Ankara'da ",
        "titles": "Dr. ",
        "sign-offs": "Thanks, Anna ",
        "Arabic introductions": "أنا فاطمة ",
        "line breaks": "\n",
        "punctuation": ".,;",
        "scheme": "https://",
        "www": "www.",
        "birth words and months": "born May ",
        "initials": "A. ",
        "name and initials": "my name is A. ",
        "numbers with dashes": "12-345 ",
        "years after names": "Anna, 64, ",
        "spelled-out dots": "a dot ",
        "apostrophes": "'a",
        "mixed sentence": "Soy Carmen, vivo en Calle Mayor 5, 28013 Madrid, tel 612 345 678. ",
        "letters and digits in runs": "AB12C3D45 ",
        "identity numbers": "RSSGLI65A41H501X ",
        "flats and streets": "Flat 3, 14 Rose Lane, ",
        "inflected streets": "улице Ленина, дом 5, кв. 12, Москва 101000 ",
        "sign-offs inside the text": "Groetjes, Sanne de Vries, ",
        "apostrophes in names": "I'm Sarah O'Connor O'Neill ",
        "particles": "Ik ben Jan van der de la ",
        "relatives": "my wife Linda my ",
        "places of care": "at Oak Medical Centre Surgery ",
        "towns before postcodes": "الرياض 12345 ",
    }
    return {name: (unit * (length // len(unit) + 1))[:length] for name, unit in shapes.items()}


def best_time(function: Callable[[], object], repeat: int = 7) -> float:
    """The fastest of ``repeat`` runs, in seconds of this process's CPU time (so that other
    processes on a busy machine count less)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        function()
        best = min(best, time.process_time() - start)
    return best


def timings(repeat: int = 7) -> dict[str, tuple[float, float]]:
    """Per shape: (seconds for 4,096 characters, seconds for 512 characters)."""
    long, short = adversarial(LONGEST), adversarial(LONGEST // 8)
    return {
        name: (
            best_time(lambda text=long[name]: redact(text), repeat),
            best_time(lambda text=short[name]: redact(text), repeat),
        )
        for name in long
    }


def realistic_timings(repeat: int = 7) -> tuple[float, float]:
    """(seconds for 4,096 characters of corpus sentences, mean seconds per corpus sentence)."""
    texts = [sample.text for sample in SAMPLES]
    long = " ".join(texts * (LONGEST // len(" ".join(texts)) + 1))[:LONGEST]
    whole = best_time(lambda: redact(long), repeat)
    each = best_time(lambda: [redact(text) for text in texts], repeat) / len(texts)
    return whole, each


def _print_scores(title: str, table: dict[str, Score], clean: bool) -> None:
    print(title)
    header = f"{'language':8} {'personal removed':>22} {'symptom words kept':>22}"
    print(header + (f" {'clean unchanged':>17}" if clean else ""))
    for language, s in table.items():
        line = (
            f"{language:8} {s.removed:>4}/{s.personal:<4} {100 * s.removed_share:6.1f} %"
            f"      {s.kept:>4}/{s.symptoms:<4} {100 * s.kept_share:6.1f} %"
        )
        if clean:
            line += f"   {s.unchanged:>3}/{s.clean:<3} "
        print(line)


def main(argv: list[str]) -> None:
    table = scores()
    _print_scores(f"Corpus: {len(SAMPLES)} sentences", table, clean=True)
    if HELD_OUT:
        held = scores(HELD_OUT, clean=False)
        _print_scores(f"\nHeld out: {len(HELD_OUT)} sentences", held, clean=False)
    if "--misses" in argv:
        print("\nMisses:")
        for miss in table["all"].misses:
            print("  " + miss)
        if HELD_OUT:
            for miss in held["all"].misses:
                print("  held out: " + miss)
    if "--no-timing" not in argv:
        print(f"\nTiming (fastest of 7), {LONGEST} and {LONGEST // 8} characters:")
        worst = 0.0
        for name, (long, short) in timings().items():
            worst = max(worst, long)
            print(
                f"  {name:34} {1000 * long:7.2f} ms {1000 * short:7.3f} ms"
                f"  ratio {long / short:5.1f}"
            )
        print(f"  worst: {1000 * worst:.2f} ms")
        whole, each = realistic_timings()
        print(f"  corpus sentences run together, {LONGEST} characters: {1000 * whole:.2f} ms")
        print(f"  one corpus sentence, on average: {1000 * each:.3f} ms")


if __name__ == "__main__":
    main(sys.argv[1:])
