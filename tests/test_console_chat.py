"""The console chat: the JSON-lines contract for scripts, and the readable terminal mode."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.console import ConsoleChat, decode
from bot.conversation import Conversations, MemoryStore
from dialogs.model import Choose, FreeText

CONTRACT_KEYS = {"state", "question", "text", "options", "select", "triage", "crisis"}
ROUTINE_PATH = [
    "save", "skip", "none", "diagnosed", "no", "no", "no", "no", "no",
    "0", "0", "0", "none", "done", "none", "done", "confirmed", "none", "done", "none", "done",
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
    assert screens[0]["state"] == "consent"
    assert screens[0]["question"] == "consent"
    for screen in screens:
        assert CONTRACT_KEYS <= set(screen)
        assert screen["select"] in ("one", "many", "none")
        for option in screen["options"]:  # type: ignore[attr-defined]
            assert set(option) >= {"id", "label"}
    result = screens[-1]
    assert result["state"] == "result"
    assert result["triage"] == "routine"
    assert result["reasons"] == []
    assert result["crisis"] is False


def test_jsonl_emergency_answer_gives_the_emergency_screen_next(tmp_path: Path) -> None:
    screens = run_jsonl(["save", "skip", "rapid_weakness"], data_dir=tmp_path)
    assert screens[-1]["state"] == "emergency"
    assert screens[-1]["triage"] == "emergency"
    assert screens[-1]["question"] == "after_emergency"


def test_jsonl_result_lists_reasons_and_highlighted_topics_first(tmp_path: Path) -> None:
    path = list(ROUTINE_PATH)
    path[path.index("confirmed")] = "not_tested"
    path[12:14] = ["burning", "tingling", "numbness", "done", "feet_hands"]
    screens = run_jsonl(path, data_dir=tmp_path)
    result = screens[-1]
    assert result["triage"] == "soon"
    assert result["reasons"] == ["neuropathic_features"]
    option_ids = [o["id"] for o in result["options"]]  # type: ignore[attr-defined]
    assert option_ids[:2] == ["nerve_pain", "confirm_sfn"]
    assert result["highlighted"] == ["nerve_pain", "confirm_sfn"]


def test_jsonl_suicidal_free_text_shows_the_crisis_screen_then_the_question(
    tmp_path: Path,
) -> None:
    screens = run_jsonl(["save", "skip", "none", "text: I want to end my life"], data_dir=tmp_path)
    crisis, question = screens[-2], screens[-1]
    assert crisis["crisis"] is True
    assert crisis["triage"] == "urgent"
    assert question["question"] == "sjogren_status"


def test_jsonl_back_returns_to_the_previous_question_with_its_answer(tmp_path: Path) -> None:
    screens = run_jsonl(["save", "skip", "none", "suspected", "back"], data_dir=tmp_path)
    assert screens[-1]["question"] == "sjogren_status"
    assert screens[-1]["selected"] == ["suspected"]


def test_jsonl_no_consent_starts_at_the_country(tmp_path: Path) -> None:
    screens = run_jsonl([], "--no-consent", data_dir=tmp_path)
    assert screens[0]["state"] == "welcome"
    assert "112" in str(screens[0]["text"])
    assert screens[-1]["question"] == "country"


def test_jsonl_restart_starts_a_new_conversation(tmp_path: Path) -> None:
    screens = run_jsonl(["save", "skip", "/restart"], data_dir=tmp_path)
    assert screens[-1]["question"] == "consent"


def chat(lines: list[str]) -> str:
    out = io.StringIO()
    console = ConsoleChat(
        Conversations(MemoryStore(), "console"),
        language="en",
        jsonl=False,
        skip_consent=False,
        resume=False,
        out=out,
    )
    assert console.run(lines) == 0
    return out.getvalue()


def test_terminal_mode_numbers_the_options() -> None:
    shown = chat([])
    assert "   1) I'm 18+: save without my name" in shown
    assert "   4) I am under 18" in shown


@pytest.mark.parametrize(
    "typed", ["1", "save", "I'm 18+: save without my name", "i'M 18+: SAVE without MY name"]
)
def test_terminal_accepts_a_number_an_id_or_a_label(typed: str) -> None:
    shown = chat([typed])
    assert "Which country are you in?" in shown


def test_terminal_free_text_gets_a_clear_re_ask() -> None:
    shown = chat(["1", "skip", "my feet are burning"])
    assert "Sorry, I can only understand the buttons." in shown
    assert shown.rstrip().endswith("Type back for the previous question.")


def test_a_whole_dialog_with_the_keyboard_only() -> None:
    shown = chat([*ROUTINE_PATH, "team", "visit_summary", "end"])
    assert "Result: Routine: next appointment" in shown
    assert "Summary for your doctor" in shown
    assert "Thank you for using this bot." in shown


def test_decode_reads_numbers_within_range_only() -> None:
    from tests.walk import Walk

    screen = Walk.started().last
    assert decode("2", screen) == Choose("no_save")
    assert decode("9", screen) == FreeText("9")
    assert decode("text: hello", screen) == FreeText("hello")


def test_the_console_resumes_an_unfinished_conversation(tmp_path: Path) -> None:
    run_jsonl(["save", "skip", "none", "suspected"], data_dir=tmp_path)
    screens = run_jsonl([], "--resume", data_dir=tmp_path)
    assert screens[0]["state"] == "note"
    assert screens[-1]["question"] == "dry_eyes_3m"


def test_jsonl_starts_a_new_conversation_unless_asked_to_resume(tmp_path: Path) -> None:
    run_jsonl(["save", "skip", "none"], data_dir=tmp_path)
    screens = run_jsonl([], data_dir=tmp_path)
    assert screens[-1]["question"] == "consent"


def test_delete_asks_first_then_erases_every_session(tmp_path: Path) -> None:
    import sqlite_utils

    run_jsonl(["save", "skip", "none"], data_dir=tmp_path)
    db = sqlite_utils.Database(tmp_path / "transcripts.db")
    assert db["sessions"].count == 1
    db.close()
    kept = run_jsonl(["/delete", "2"], "--resume", data_dir=tmp_path)
    assert any("Nothing was deleted." in str(s["text"]) for s in kept)
    erased = run_jsonl(["/delete", "1"], "--resume", data_dir=tmp_path)
    assert any("Done: 1 stored conversation was deleted." in str(s["text"]) for s in erased)
    db = sqlite_utils.Database(tmp_path / "transcripts.db")
    assert db["sessions"].count == 0
    assert erased[-1]["question"] == "consent"
