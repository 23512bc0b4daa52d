"""The console chat: the JSON-lines contract for scripts, and the readable terminal mode."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from bot import words
from bot.console import ConsoleChat, decode
from bot.conversation import Conversations
from bot.texts import Localizer
from dialogs.model import Back, Choose, Done, FreeText
from dialogs.settings import Settings
from tests.storage_helpers import make_store, memory_db
from tests.walk import Walk

CONTRACT_KEYS = {"state", "question", "text", "options", "select", "triage", "crisis"}
ROUTINE_PATH = [
    "none", "no", "save", "skip", "40_59", "over_1y", "diagnosed", "no", "no", "no", "no", "no",
    "0", "0", "0", "none", "none", "confirmed", "none", "none", "none", "none",
]  # fmt: skip


def run_jsonl(lines: list[str], *args: str, data_dir: Path) -> list[dict[str, object]]:
    """Run the real command with actions on stdin; return the screens it printed."""
    env = {**os.environ, "BOT_DATA_DIR": str(data_dir)}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    completed = subprocess.run(
        [sys.executable, "-m", "bot", "chat", "--jsonl", *args],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    return [json.loads(line) for line in completed.stdout.splitlines()]


def test_jsonl_screens_follow_the_contract(tmp_path: Path) -> None:
    screens = run_jsonl(ROUTINE_PATH, data_dir=tmp_path)
    assert screens[0]["state"] == "emergency_now"
    assert screens[0]["question"] == "emergency_now"
    for screen in screens:
        assert CONTRACT_KEYS <= set(screen)
        assert screen["select"] in ("one", "many", "none")
        for option in screen["options"]:  # type: ignore[attr-defined]
            assert set(option) >= {"id", "label"}
    results = [s for s in screens if s["state"] == "result"]
    assert len(results) == 4 and results[-1]["question"] == "topics"
    for result in results:
        assert result["triage"] == "routine"
        assert result["reasons"] == []
        assert result["crisis"] is False


def test_jsonl_an_emergency_gives_the_emergency_screen_with_its_buttons(tmp_path: Path) -> None:
    screens = run_jsonl(["sudden_weakness"], data_dir=tmp_path)
    emergency = screens[-1]
    assert emergency["state"] == "emergency" and emergency["question"] == "emergency"
    assert emergency["triage"] == "emergency"
    assert emergency["reasons"] == ["sudden_weakness"]
    assert [o["id"] for o in emergency["options"]] == ["mistake", "end", "my_numbers"]  # type: ignore[attr-defined]


def test_jsonl_result_lists_reasons_and_matching_topics_first(tmp_path: Path) -> None:
    path = list(ROUTINE_PATH)
    path[path.index("confirmed")] = "not_tested"
    path[15:16] = ["burning", "tingling", "numbness", "done", "feet_hands"]
    screens = run_jsonl(path, data_dir=tmp_path)
    result = screens[-1]
    assert result["triage"] == "soon"
    assert result["reasons"] == ["neuropathic_features"]
    option_ids = [o["id"] for o in result["options"]]  # type: ignore[attr-defined]
    assert option_ids[:2] == ["nerve_pain", "confirm_sfn"]
    assert result["highlighted"] == ["nerve_pain", "confirm_sfn"]


def test_jsonl_typed_suicidal_text_asks_about_a_plan_with_the_crisis_flag(tmp_path: Path) -> None:
    screens = run_jsonl(["none", "no", "save", "text: I want to end my life"], data_dir=tmp_path)
    plan = screens[-1]
    assert plan["question"] == "self_harm_plan"
    assert plan["crisis"] is True


def test_jsonl_back_returns_to_the_previous_question_with_its_answer(tmp_path: Path) -> None:
    screens = run_jsonl(["none", "no", "save", "skip", "60_plus", "back"], data_dir=tmp_path)
    assert screens[-1]["question"] == "age_band"
    assert screens[-1]["selected"] == ["60_plus"]


def test_jsonl_no_consent_skips_the_consent_question(tmp_path: Path) -> None:
    screens = run_jsonl(["none", "no"], "--no-consent", data_dir=tmp_path)
    assert screens[0]["question"] == "emergency_now"
    assert screens[-1]["question"] == "country"


def test_jsonl_restart_starts_a_new_conversation(tmp_path: Path) -> None:
    screens = run_jsonl(["none", "no", "/restart"], data_dir=tmp_path)
    assert screens[-1]["question"] == "emergency_now"


def chat(lines: list[str], language: str = "en") -> str:
    out = io.StringIO()
    store = make_store(memory_db())
    console = ConsoleChat(
        Conversations(
            store, "console", settings=Settings(), content_version="test", medium="keyboard"
        ),
        language=language,
        region=None,
        jsonl=False,
        skip_consent=False,
        resume=False,
        out=out,
    )
    assert console.run(lines) == 0
    return out.getvalue()


def test_terminal_mode_numbers_the_options() -> None:
    shown = chat([])
    assert "   1) Breathing, chest pain, fainting" in shown
    assert "   8) None of these" in shown


@pytest.mark.parametrize("typed", ["8", "none", "None of these", "NONE OF THESE"])
def test_terminal_accepts_a_number_an_id_or_a_label(typed: str) -> None:
    shown = chat([typed])
    assert "have you had thoughts that you would be better off dead" in shown


def test_terminal_free_text_asks_for_a_number_with_the_numbers_to_call() -> None:
    shown = chat(["8", "2", "my feet are burning"])
    assert "Please type the number of an answer below." in shown
    assert "In an emergency, call" in shown


@pytest.mark.parametrize("ticks", ["1 4 6", "1,4,6", "1, 4, 6"])
def test_several_numbers_tick_several_boxes(ticks: str) -> None:
    walk = Walk.started().until("nerve_descriptors")
    events = decode(ticks, walk.last, Localizer("en"))
    assert events == [Choose("burning"), Choose("tingling"), Choose("numbness")]


def test_two_groups_of_the_emergency_check_at_once_both_count(tmp_path: Path) -> None:
    screens = run_jsonl(["1 3"], data_dir=tmp_path)
    emergency = [s for s in screens if s["state"] == "emergency"]
    assert emergency, [s["state"] for s in screens]
    assert {"breathing_chest", "sudden_weakness"} <= set(emergency[-1]["reasons"])  # type: ignore[arg-type]


def test_the_translated_words_for_done_and_back_work() -> None:
    german = Localizer("de")
    walk = Walk.started().until("nerve_descriptors")
    done, back = german.text(words.DONE_WORD), german.text(words.BACK_WORD)
    assert done != "done" and back != "back"
    assert decode(done, walk.last, german) == [Done()]
    assert decode(back.upper(), walk.last, german) == [Back()]


def test_a_whole_dialog_with_the_keyboard_only() -> None:
    shown = chat([*ROUTINE_PATH, "team", "visit_summary", "end"])
    assert "Your result: Routine" in shown
    assert "Summary for the doctor" in shown
    assert "Thank you. Take care." in shown


def test_decode_reads_numbers_within_range_only() -> None:
    screen = Walk.started().last
    english = Localizer("en")
    assert decode("8", screen, english) == [Choose("none")]
    assert decode("9", screen, english) == [FreeText("9")]
    # Several emergency groups at once all count; elsewhere a single choice takes one number.
    assert decode("1 2", screen, english) == [Choose("breathing_chest"), Choose("stroke_brain")]
    age = Walk.started().until("age_band").last
    assert decode("1 2", age, english) == [FreeText("1 2")]
    assert decode("text: hello", screen, english) == [FreeText("hello")]


def test_the_console_resumes_an_unfinished_conversation(tmp_path: Path) -> None:
    run_jsonl(["none", "no", "save", "skip"], data_dir=tmp_path)
    screens = run_jsonl([], "--resume", data_dir=tmp_path)
    assert screens[0]["state"] == "notice"
    assert screens[-1]["question"] == "age_band"


def test_a_conversation_saved_by_an_earlier_version_starts_again_with_an_apology(
    tmp_path: Path,
) -> None:
    run_jsonl(["none", "no", "save"], data_dir=tmp_path)
    db = sqlite_utils.Database(tmp_path / "transcripts.db")
    db.execute(
        "UPDATE dialog_state SET state = ?",
        [json.dumps({"state": "red_flags", "language": "de", "crisis": True})],
    )
    db.conn.commit()
    db.close()
    screens = run_jsonl(["none"], "--resume", data_dir=tmp_path)
    assert screens[0]["state"] == "notice"
    first = next(s for s in screens if s["question"] == "emergency_now")
    assert first["language"] == "de" and first["crisis"] is True
    assert screens[-1]["question"] == "crisis"  # the crisis flag outlived the upgrade


def test_jsonl_starts_a_new_conversation_unless_asked_to_resume(tmp_path: Path) -> None:
    run_jsonl(["none", "no", "save"], data_dir=tmp_path)
    screens = run_jsonl([], data_dir=tmp_path)
    assert screens[-1]["question"] == "emergency_now"


def test_delete_asks_first_then_erases_every_session(tmp_path: Path) -> None:
    run_jsonl(["none", "no", "save"], data_dir=tmp_path)
    db = sqlite_utils.Database(tmp_path / "transcripts.db")
    assert db["sessions"].count == 1
    db.close()
    kept = run_jsonl(["/delete", "2"], "--resume", data_dir=tmp_path)
    assert any("Nothing was deleted." in str(s["text"]) for s in kept)
    erased = run_jsonl(["/delete", "1"], "--resume", data_dir=tmp_path)
    assert any("Done: 1 stored conversation was deleted." in str(s["text"]) for s in erased)
    db = sqlite_utils.Database(tmp_path / "transcripts.db")
    assert db["sessions"].count == 0
    assert erased[-1]["question"] == "emergency_now"


def test_a_new_conversation_takes_the_language_given_with_lang(tmp_path: Path) -> None:
    first = run_jsonl(["none", "no", "save", "fr"], "--lang", "fr", data_dir=tmp_path)
    assert "Bonjour" in str(first[0]["text"])
    # The same person (the console's) starts again with another --lang: Italian, not French.
    second = run_jsonl(["none"], "--lang", "it", data_dir=tmp_path)
    assert "Salve" in str(second[0]["text"])
    third = run_jsonl(["none", "no", "save"], data_dir=tmp_path)  # no --lang: kept
    assert "Salve" in str(third[0]["text"])
    # The country chosen in the first is remembered, and the third session records it too.
    db = sqlite_utils.Database(tmp_path / "transcripts.db")
    countries = [row["country"] for row in db.query("select country from sessions")]
    assert countries == ["fr", "fr"]
