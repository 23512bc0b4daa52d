"""End to end: a person walks through the dialog in a private chat by pressing buttons.

The real python-telegram-bot Application runs against the fake Bot API server over HTTP;
the server refuses anything Telegram would refuse, so every test also checks that the bot
never sent an invalid request.
"""

from __future__ import annotations

import json
from pathlib import Path

from bot.telegram.handlers import CHANNEL
from dialogs.state import DialogState
from tests.fakes import FakeBotApi, Person, StoredMessage
from tests.telegram_harness import BotUnderTest, running_bot
from tests.test_resume_versions import VERSION_1
from tests.walk import DEFAULT_PATH


async def press(bot: BotUnderTest, person: Person, option: str) -> StoredMessage:
    """Press the button for ``option`` on the newest question; the newest message after."""
    person.press(option)
    await bot.settle()
    return person.last()


def state_of(bot: BotUnderTest, person: Person) -> DialogState:
    saved = bot.store.load(str(person.id), CHANNEL)
    assert isinstance(saved, DialogState)
    return saved


async def walk_to(bot: BotUnderTest, person: Person, target: str, **answers: list[str]) -> None:
    """/start, then the default answers (or ``answers``) until ``target`` is asked."""
    person.send("/start")
    await bot.settle()
    for _ in range(60):
        at = state_of(bot, person).state
        if at == target:
            return
        chosen = answers.get(at, DEFAULT_PATH[at])
        if len(chosen) > 1 or at in (
            "nerve_descriptors",
            "autonomic",
            "other_causes",
            "current_treatment",
            "red_flags_nerves",
            "red_flags_body",
        ):
            if chosen == ["none"]:
                await press(bot, person, "none")
                continue
            for option in chosen:
                await press(bot, person, option)
            await press(bot, person, "done")
        else:
            await press(bot, person, chosen[0])
    raise AssertionError(f"never reached {target}")


def question_data(message: StoredMessage) -> list[str]:
    return [b["callback_data"] for b in message.buttons if "callback_data" in b]


async def test_start_shows_the_welcome_and_the_emergency_check_in_one_message(
    bot: BotUnderTest, api: FakeBotApi
) -> None:
    person = api.person()
    person.send("/start")
    await bot.settle()
    [welcome] = person.messages()
    assert welcome.html is not None and "First, a safety check" in (welcome.text or "")
    assert person.option_ids() == [
        "breathing_chest", "stroke_brain", "sudden_weakness", "drowsy_overdose",
        "sepsis_unwell", "skin_swelling", "belly_blocked", "none",
    ]  # fmt: skip
    assert all(len(d.encode()) <= 64 for d in question_data(welcome))


async def test_a_full_walk_by_buttons_reaches_the_result_and_topics(
    bot: BotUnderTest, api: FakeBotApi
) -> None:
    person = api.person()
    await walk_to(bot, person, "nerve_descriptors")
    assert "Question 18 of about 24" in (person.keyboard_message().text or "")
    # Multi-select: toggles edited in place, then Done.
    nerve = person.keyboard_message()
    for option in ["burning", "tingling", "numbness"]:
        person.press(option, message=nerve)
        await bot.settle()
    nerve = person.chat.messages[nerve.message_id]
    ticked = [b["text"] for b in nerve.buttons if b["text"].startswith("☑")]
    assert ticked == ["☑ Burning", "☑ Tingling", "☑ Numbness"]
    assert nerve.edits == 3
    await press(bot, person, "done")
    assert "Your answer: Burning, Tingling, Numbness" in (
        person.chat.messages[nerve.message_id].text or ""
    )
    assert person.chat.messages[nerve.message_id].reply_markup is None
    await walk_to_result(bot, person)
    result = person.keyboard_message()
    assert "nerve_pain" in person.option_ids(result)
    assert "visit_summary" in person.option_ids(result)
    texts = " ".join(m.text or "" for m in person.messages()[-4:])
    assert "Your result:" in texts and "If things get worse" in texts
    before = len(person.messages())
    await press(bot, person, "nerve_pain")
    topic = " ".join(m.text or "" for m in person.messages()[before:])
    assert "Never stop, start or change a medicine without your doctor." in topic
    assert "visit_summary" in person.option_ids()


async def walk_to_result(bot: BotUnderTest, person: Person) -> None:
    for _ in range(20):
        at = state_of(bot, person).state
        if at == "result":
            return
        await press(bot, person, DEFAULT_PATH[at][0] if at != "current_treatment" else "none")


async def test_an_answered_question_shows_the_answer_and_loses_its_keyboard(
    bot: BotUnderTest, api: FakeBotApi
) -> None:
    person = api.person()
    await walk_to(bot, person, "consent")
    consent = person.keyboard_message()
    await press(bot, person, "no_save")
    answered = person.chat.messages[consent.message_id]
    assert answered.reply_markup is None
    assert (answered.text or "").endswith("✓ Your answer: I'm 18+: don't save")


async def test_a_0_to_10_scale_is_two_rows_of_buttons(bot: BotUnderTest, api: FakeBotApi) -> None:
    person = api.person()
    await walk_to(bot, person, "burden_dryness")
    scale = person.keyboard_message()
    rows = [[b["text"] for b in row] for row in scale.rows]
    assert rows[0] == ["0", "1", "2", "3", "4", "5"]
    assert rows[1] == ["6", "7", "8", "9", "10"]


async def test_back_returns_to_the_previous_question(bot: BotUnderTest, api: FakeBotApi) -> None:
    person = api.person()
    await walk_to(bot, person, "dry_eyes_3m")
    asked = person.keyboard_message()
    assert "back" in [d.split(":")[-1] for d in question_data(asked)]
    await press(bot, person, "back")
    assert person.chat.messages[asked.message_id].reply_markup is None
    assert person.option_ids() == ["diagnosed", "suspected", "unsure"]
    assert "✓ A doctor diagnosed it" in [b["text"] for b in person.keyboard_message().buttons]


async def test_a_button_of_an_older_question_gets_a_note_and_the_question_again(
    bot: BotUnderTest, api: FakeBotApi
) -> None:
    person = api.person()
    await walk_to(bot, person, "country")
    country = person.keyboard_message()
    person.send("/restart")  # the country question's buttons are still there
    await bot.settle()
    sent_before = len(person.messages())
    person.press("skip", message=country)
    await bot.settle()
    assert person.chat.messages[country.message_id].reply_markup is None
    new = person.messages()[sent_before:]
    assert "That question has moved on" in (new[0].text or "")
    assert person.option_ids()[-1] == "none"
    assert state_of(bot, person).state == "emergency_now"


async def test_every_callback_query_is_answered(bot: BotUnderTest, api: FakeBotApi) -> None:
    person = api.person()
    person.send("/start")
    await bot.settle()
    await press(bot, person, "none")
    person.press_data(person.last(), "not-ours")
    await bot.settle()
    assert api.open_callback_queries == set()
    assert len(api.answered_callback_queries) == 2


async def test_a_duplicate_update_is_applied_once(bot: BotUnderTest, api: FakeBotApi) -> None:
    person = api.person()
    person.send("/start")
    await bot.settle()
    welcome = person.keyboard_message()
    update = {
        "update_id": 990001,
        "callback_query": {
            "id": api.new_callback_query_id(),
            "from": person.user,
            "message": welcome.to_api(),
            "chat_instance": "ci",
            "data": question_data(welcome)[-1],  # none
        },
    }
    api.push(update)
    api.push(update)
    await bot.settle()
    asked = [m for m in person.messages() if "prefer_not" in person.option_ids(m)]
    assert len(asked) == 1
    sessions = bot.db.execute("select count(*) from dialog_state").fetchone()[0]
    assert sessions == 1


async def test_a_press_claiming_another_persons_chat_is_ignored(
    bot: BotUnderTest, api: FakeBotApi
) -> None:
    victim, attacker = api.person(), api.person(first_name="Mallory")
    victim.send("/start")
    await bot.settle()
    message = victim.keyboard_message()
    api.push(
        {
            "update_id": 990002,
            "callback_query": {
                "id": api.new_callback_query_id(),
                "from": attacker.user,
                "message": message.to_api(),
                "chat_instance": "ci",
                "data": question_data(message)[0],
            },
        }
    )
    await bot.settle()
    assert len(victim.messages()) == 1
    assert bot.store.load(str(attacker.id), CHANNEL) is None


async def test_the_conversation_survives_a_restart_of_the_bot(
    api: FakeBotApi, tmp_path: Path
) -> None:
    person = api.person()
    async with running_bot(api, tmp_path) as bot:
        await walk_to(bot, person, "country")
    async with running_bot(api, tmp_path) as bot:
        await press(bot, person, "skip")
        assert person.option_ids()[:3] == ["18_39", "40_59", "60_plus"]
    assert api.failed_calls() == []


async def test_a_conversation_saved_by_version_1_gets_an_apology_and_a_fresh_start(
    api: FakeBotApi, tmp_path: Path
) -> None:
    person = api.person()
    async with running_bot(api, tmp_path) as bot:
        await walk_to(bot, person, "country")
        # The bot is updated while the person is mid-way: their saved state is version 1's.
        bot.db.execute("UPDATE dialog_state SET state = ?", [json.dumps(VERSION_1)])
        bot.db.conn.commit()
    async with running_bot(api, tmp_path) as bot:
        before = len(person.messages())
        await press(bot, person, "skip")  # a button of the old conversation
        texts = [m.text for m in person.messages()[before:]]
        assert any(text.startswith("Entschuldigung: Der Bot wurde aktualisiert") for text in texts)
        assert person.option_ids()[-1] == "none"  # the emergency check, in German:
        assert person.keyboard_message().buttons[-1]["text"] == "Nichts davon"
        saved = state_of(bot, person)
        assert (saved.state, saved.language, saved.crisis) == ("emergency_now", "de", True)
    assert api.failed_calls() == []


async def test_an_emergency_tap_shows_the_number_and_no_way_on(
    bot: BotUnderTest, api: FakeBotApi
) -> None:
    person = api.person(language_code="en-gb")
    person.send("/start")
    await bot.settle()
    await press(bot, person, "stroke_brain")
    text = person.keyboard_message().text or ""
    assert "United Kingdom: 999 or 112" in text
    assert person.option_ids() == ["mistake", "end", "my_numbers"]
