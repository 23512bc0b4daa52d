"""End to end: a person walks through the dialog in a private chat by pressing buttons.

The real python-telegram-bot Application runs against the fake Bot API server over HTTP;
the server refuses anything Telegram would refuse, so every test also checks that the bot
never sent an invalid request.
"""

from __future__ import annotations

from pathlib import Path

from bot.telegram_app import CHANNEL
from tests.fake_bot_api import FakeBotApi, Person, StoredMessage
from tests.telegram_harness import BotUnderTest, running_bot


async def press(bot: BotUnderTest, person: Person, option: str) -> StoredMessage:
    """Press the button for ``option`` on the newest question; the newest message after."""
    person.press(option)
    await bot.settle()
    return person.last()


def question_data(message: StoredMessage) -> list[str]:
    return [b["callback_data"] for b in message.buttons if "callback_data" in b]


async def test_start_shows_the_welcome_with_consent_buttons(
    bot: BotUnderTest, api: FakeBotApi
) -> None:
    person = api.person()
    person.send("/start")
    await bot.settle()
    welcome = person.keyboard_message()
    assert welcome.html is not None
    assert person.option_ids() == ["save", "no_save", "privacy", "under_18"]
    assert all(len(d.encode()) <= 64 for d in question_data(welcome))
    assert "Step 1 of 11" in (welcome.text or "")


async def test_a_full_walk_by_buttons_reaches_the_result_and_topics(
    bot: BotUnderTest, api: FakeBotApi
) -> None:
    person = api.person()
    person.send("/start")
    await bot.settle()
    for option in [
        "save",
        "skip",
        "none",
        "diagnosed",
        "yes",
        "no",
        "no",
        "yes",
        "yes",
        "moderate",
        "mild_eye",
        "6",
        "7",
        "5",
    ]:
        await press(bot, person, option)
    # Multi-select: toggles edited in place, then Done.
    nerve = person.keyboard_message()
    assert "burning" in person.option_ids()
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
    await press(bot, person, "feet_hands")
    await press(bot, person, "none")  # autonomic: none
    await press(bot, person, "done")
    await press(bot, person, "not_tested")
    await press(bot, person, "none")  # red flags
    await press(bot, person, "done")
    await press(bot, person, "gabapentinoid")
    result = await press(bot, person, "done")
    assert "nerve_pain" in person.option_ids(result)
    assert "visit_summary" in person.option_ids(result)
    before = len(person.messages())
    await press(bot, person, "nerve_pain")
    topic = " ".join(m.text or "" for m in person.messages()[before:])
    assert "▶" in topic  # the tier the answers point to
    assert "Never stop, start or change a medicine without your doctor." in topic
    assert "visit_summary" in person.option_ids()


async def test_an_answered_question_shows_the_answer_and_loses_its_keyboard(
    bot: BotUnderTest, api: FakeBotApi
) -> None:
    person = api.person()
    person.send("/start")
    await bot.settle()
    welcome = person.keyboard_message()
    await press(bot, person, "no_save")
    answered = person.chat.messages[welcome.message_id]
    assert answered.reply_markup is None
    assert (answered.text or "").endswith("✓ Your answer: I'm 18+: don't save")


async def test_a_0_to_10_scale_is_two_rows_of_buttons(bot: BotUnderTest, api: FakeBotApi) -> None:
    person = api.person()
    person.send("/start")
    await bot.settle()
    for option in ["no_save", "skip", "none", "diagnosed", "no", "no", "no", "no", "no"]:
        await press(bot, person, option)
    scale = person.keyboard_message()
    rows = [[b["text"] for b in row] for row in scale.rows]
    assert rows[0] == ["0", "1", "2", "3", "4", "5"]
    assert rows[1] == ["6", "7", "8", "9", "10"]


async def test_back_returns_to_the_previous_question(bot: BotUnderTest, api: FakeBotApi) -> None:
    person = api.person()
    person.send("/start")
    await bot.settle()
    for option in ["no_save", "skip", "none", "diagnosed"]:
        await press(bot, person, option)
    asked = person.keyboard_message()
    assert "back" in [d.split(":")[-1] for d in question_data(asked)]
    await press(bot, person, "back")
    assert person.chat.messages[asked.message_id].reply_markup is None
    assert person.option_ids() == ["diagnosed", "suspected", "unsure"]
    assert "✓ A doctor diagnosed it" in [b["text"] for b in person.keyboard_message().buttons]


async def test_a_button_of_an_older_question_is_answered_and_the_question_shown_again(
    bot: BotUnderTest, api: FakeBotApi
) -> None:
    person = api.person()
    person.send("/start")
    await bot.settle()
    await press(bot, person, "no_save")
    country = person.keyboard_message()
    person.send("/restart")  # the country question's buttons are still there
    await bot.settle()
    sent_before = len(person.messages())
    answered_before = len(api.calls_to("answerCallbackQuery"))
    person.press("skip", message=country)
    await bot.settle()
    [answer] = api.calls_to("answerCallbackQuery")[answered_before:]
    assert answer.params["text"] == "That question has moved on. Here is where you are now."
    assert person.chat.messages[country.message_id].reply_markup is None
    assert len(person.messages()) == sent_before + 1
    assert person.option_ids() == ["save", "no_save", "privacy", "under_18"]
    state = bot.store.load(str(person.id), CHANNEL)
    assert state is not None and state.state == "consent"


async def test_every_callback_query_is_answered(bot: BotUnderTest, api: FakeBotApi) -> None:
    person = api.person()
    person.send("/start")
    await bot.settle()
    await press(bot, person, "no_save")
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
            "data": question_data(welcome)[1],  # no_save
        },
    }
    api.push(update)
    api.push(update)
    await bot.settle()
    asked_country = [m for m in person.messages() if "skip" in person.option_ids(m)]
    assert len(asked_country) == 1
    sessions = bot.db.execute("select count(*) from dialog_state").fetchone()[0]
    assert sessions == 1


async def test_the_conversation_survives_a_restart_of_the_bot(
    api: FakeBotApi, tmp_path: Path
) -> None:
    person = api.person()
    async with running_bot(api, tmp_path) as bot:
        person.send("/start")
        await bot.settle()
        await press(bot, person, "save")
        await press(bot, person, "skip")
    async with running_bot(api, tmp_path) as bot:
        await press(bot, person, "none")
        assert person.option_ids() == ["diagnosed", "suspected", "unsure"]
    assert api.failed_calls() == []
