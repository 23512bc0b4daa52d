"""The renderer keeps Telegram's limits by construction: length, HTML, buttons, callback data.

Every message is checked with the fake Bot API server's own HTML parser, which refuses what
Telegram refuses, so the renderer and the server cannot share a mistake.
"""

from __future__ import annotations

import struct
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from telegram import InlineKeyboardMarkup

from bot import words
from bot.paragraphs import Paragraph
from bot.qr_code import PNG_SIGNATURE, qr_matrix, qr_png
from bot.telegram import render
from bot.telegram.callback_data import (
    CALLBACK_DATA_LIMIT,
    Press,
    PressKind,
    decode_press,
    encode_press,
)
from bot.telegram.render import MESSAGE_LIMIT, OutgoingMessage
from bot.texts import Localizer
from dialogs.model import Block, Option, Screen, ScreenKind
from dialogs.text import Verbatim
from locales.translator import available
from tests.fakes.html import parse_html, utf16_length
from tests.fakes.keyboards import check_reply_markup
from tests.paths import conversations

EN = Localizer("en")
TOKEN = "a1b2c3d4"


def assert_telegram_accepts(message: OutgoingMessage) -> str:
    """The fake server's checks: valid HTML, at most 4096 after parsing, a valid keyboard."""
    plain, _ = parse_html(message.text)
    assert plain.strip(), "empty message"
    assert utf16_length(plain) <= MESSAGE_LIMIT
    if message.keyboard is not None:
        check_reply_markup(message.keyboard.to_dict())
        for row in message.keyboard.inline_keyboard:
            assert len(row) <= render.BUTTONS_PER_ROW
            for button in row:
                assert 1 <= len(button.text) <= render.BUTTON_LABEL_LIMIT
                if button.callback_data is not None:
                    assert isinstance(button.callback_data, str)
                    assert len(button.callback_data.encode()) <= CALLBACK_DATA_LIMIT
    return plain


def question(options: tuple[Option, ...], *, select: str = "one", **fields: object) -> Screen:
    return Screen(
        state="q",
        blocks=(Block(Verbatim("How are you?")),),
        kind=ScreenKind.QUESTION,
        question="q",
        options=options,
        select=select,  # type: ignore[arg-type]
        token=TOKEN,
        **fields,  # type: ignore[arg-type]
    )


def rows_of(markup: InlineKeyboardMarkup | None) -> list[list[str]]:
    assert markup is not None
    return [[button.text for button in row] for row in markup.inline_keyboard]


def data_of(markup: InlineKeyboardMarkup | None) -> list[str]:
    assert markup is not None
    return [str(b.callback_data) for row in markup.inline_keyboard for b in row]


# ---- HTML and escaping ------------------------------------------------------------------------


def test_text_is_escaped_so_nothing_is_interpreted_as_markup() -> None:
    screen = Screen(state="s", blocks=(Block(Verbatim("<script>x</script> & <b>not bold</b>")),))
    [message] = render.render_screen(screen, EN)
    plain = assert_telegram_accepts(message)
    assert plain == "<script>x</script> & <b>not bold</b>"
    assert "&lt;script&gt;" in message.text


def test_block_styles_become_telegram_html() -> None:
    screen = Screen(
        state="s",
        blocks=(
            Block(Verbatim("Title"), "title"),
            Block(Verbatim("A fact"), "statement", (1, 9)),
            Block(Verbatim("An item"), "item"),
            Block(Verbatim("Another"), "item", (2,)),
            Block(Verbatim("Careful"), "notice"),
            Block(Verbatim("Sources"), "title"),
            Block(Verbatim("Ramos-Casals 2020"), "source"),
        ),
    )
    [message] = render.render_screen(screen, EN)
    assert message.text == (
        "<b>Title</b>\n\nA fact [1][9]\n• An item\n• Another [2]\n\n"
        "<b>Careful</b>\n\n<b>Sources</b>\n<i>Ramos-Casals 2020</i>"
    )
    assert_telegram_accepts(message)


def test_the_progress_line_shows_the_step_and_a_bar() -> None:
    screen = question((Option("yes", Verbatim("Yes")),), step=12, steps_total=24)
    [message] = render.render_screen(screen, EN)
    first_line = assert_telegram_accepts(message).split("\n")[0]
    assert first_line == "Question 12 of about 24 ▰▰▰▰▰▱▱▱▱▱"


# ---- splitting --------------------------------------------------------------------------------


def test_a_long_screen_is_split_at_paragraph_boundaries() -> None:
    paragraphs = tuple(Block(Verbatim(f"Paragraph {n}: " + "word " * 150)) for n in range(20))
    screen = Screen(
        state="s", blocks=paragraphs, question="q", options=(Option("a", Verbatim("A")),)
    )
    messages = render.render_screen(screen, EN)
    assert len(messages) > 1
    for message in messages:
        plain = assert_telegram_accepts(message)
        assert plain.startswith("Paragraph ")
    assert all(m.keyboard is None for m in messages[:-1])
    assert messages[-1].keyboard is not None
    joined = "\n\n".join(parse_html(m.text)[0] for m in messages)
    assert joined == "\n\n".join(EN.text(b.text) for b in paragraphs)


def test_a_paragraph_longer_than_a_message_is_split_at_sentences() -> None:
    sentence = "This sentence explains one thing about dry eyes. "
    text = (sentence * 200).strip()
    screen = Screen(state="s", blocks=(Block(Verbatim(text), "title", (1,)),))
    messages = render.render_screen(screen, EN)
    assert len(messages) == 3
    plains = [assert_telegram_accepts(m) for m in messages]
    assert all(p.endswith(".") or p.endswith("[1]") for p in plains)
    assert plains[-1].endswith("[1]")
    assert all(m.text.startswith("<b>") for m in messages)


def test_emoji_count_twice_towards_the_limit() -> None:
    text = "🙂" * 3000  # 6000 UTF-16 code units
    messages = render.render_screen(Screen(state="s", blocks=(Block(Verbatim(text)),)), EN)
    assert len(messages) == 2
    for message in messages:
        assert_telegram_accepts(message)


def test_exactly_4096_characters_fit_in_one_message() -> None:
    text = "x" * MESSAGE_LIMIT
    messages = render.render_screen(Screen(state="s", blocks=(Block(Verbatim(text)),)), EN)
    assert len(messages) == 1


_TEXT = st.text(
    alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\x00"),
    min_size=1,
    max_size=3000,
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(_TEXT, st.sampled_from(["plain", "bold", "italic"])), min_size=1, max_size=8)
)
def test_any_text_packs_into_valid_messages_within_the_limit(
    paragraphs: list[tuple[str, render.Emphasis]],
) -> None:
    visible = [(text, emphasis) for text, emphasis in paragraphs if text.strip()]
    if not visible:
        return
    texts = render.pack([Paragraph(text, emphasis) for text, emphasis in visible], limit=1000)
    for text in texts:
        plain, _ = parse_html(text)
        assert utf16_length(plain) <= 1000


@given(st.text(min_size=1, max_size=5000), st.integers(min_value=2, max_value=700))
@settings(max_examples=80, deadline=None)
def test_split_text_keeps_every_piece_within_the_limit(text: str, limit: int) -> None:
    pieces = render.split_text(text, limit)
    assert all(utf16_length(piece) <= limit for piece in pieces)
    assert "".join("".join(p.split()) for p in pieces) == "".join(text.split())


# ---- keyboards --------------------------------------------------------------------------------


def test_a_0_to_10_scale_is_two_rows() -> None:
    options = tuple(Option(str(n), Verbatim(str(n))) for n in range(11))
    [message] = render.render_screen(question(options, back=True), EN)
    assert rows_of(message.keyboard) == [
        ["0", "1", "2", "3", "4", "5"],
        ["6", "7", "8", "9", "10"],
        ["« Back"],
    ]
    assert_telegram_accepts(message)


def test_yes_and_no_share_a_row() -> None:
    options = (Option("yes", Verbatim("Yes")), Option("no", Verbatim("No")))
    [message] = render.render_screen(question(options), EN)
    assert rows_of(message.keyboard) == [["Yes", "No"]]


def test_long_labels_get_a_row_each() -> None:
    options = (
        Option("feet_hands", Verbatim("Feet first, then maybe hands")),
        Option("unsure", Verbatim("Not sure")),
    )
    [message] = render.render_screen(question(options), EN)
    assert rows_of(message.keyboard) == [["Feet first, then maybe hands"], ["Not sure"]]


def test_a_multi_select_question_has_toggles_and_done() -> None:
    options = (
        Option("burning", Verbatim("Burning")),
        Option("tingling", Verbatim("Tingling")),
        Option("none", Verbatim("None of these")),
    )
    screen = question(options, select="many", selected=("tingling",), back=True)
    [message] = render.render_screen(screen, EN)
    labels = [label for row in rows_of(message.keyboard) for label in row]
    assert labels == ["☐ Burning", "☑ Tingling", "☐ None of these", "Done ✓", "« Back"]
    assert data_of(message.keyboard) == [
        f"o:{TOKEN}:burning",
        f"o:{TOKEN}:tingling",
        f"o:{TOKEN}:none",
        f"d:{TOKEN}:done",
        f"b:{TOKEN}:back",
    ]


def test_the_previous_answer_is_marked_when_a_question_comes_back() -> None:
    options = (Option("yes", Verbatim("Yes")), Option("no", Verbatim("No")))
    [message] = render.render_screen(question(options, selected=("no",)), EN)
    assert rows_of(message.keyboard) == [["Yes", "✓ No"]]


def test_callback_data_ends_with_the_option_id() -> None:
    options = (Option("breathing_swallowing", Verbatim("Breathing or swallowing")),)
    [message] = render.render_screen(question(options), EN)
    [data] = data_of(message.keyboard)
    assert data.split(":")[-1] == "breathing_swallowing"
    assert decode_press(data) == Press(PressKind.OPTION, TOKEN, "breathing_swallowing")


def test_a_long_label_is_truncated_as_a_last_resort() -> None:
    label = render.button_label("A label that is much, much longer than forty characters")
    assert len(label) <= render.BUTTON_LABEL_LIMIT
    assert label.endswith("…")


def test_a_keyboard_refuses_more_than_telegram_allows() -> None:
    button = render.callback_button("x", "o:t:x")
    with pytest.raises(ValueError):
        render.keyboard([[button] * 9])
    with pytest.raises(ValueError):
        render.keyboard([[button]] * 101)


# ---- callback data ----------------------------------------------------------------------------


def test_callback_data_round_trips() -> None:
    for kind in PressKind:
        data = encode_press(kind, TOKEN, "pins_needles")
        assert decode_press(data) == Press(kind, TOKEN, "pins_needles")


@pytest.mark.parametrize(
    "data",
    [None, "", "o:t", "o:t:x:y", "z:t:x", "o:T!:x", "o:t:" + "x" * 41, "o::x", "ö:t:x"],
)
def test_foreign_callback_data_is_not_a_press(data: str | None) -> None:
    assert decode_press(data) is None


def test_callback_data_that_could_not_fit_is_refused() -> None:
    with pytest.raises(ValueError):
        encode_press(PressKind.OPTION, "t" * 17, "x")
    with pytest.raises(ValueError):
        encode_press(PressKind.OPTION, "t", "x:y")


# ---- the real content ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", available())
def test_every_screen_of_many_walks_renders_within_the_limits(language: str) -> None:
    localizer = Localizer(language)
    rendered = 0
    for walk in conversations(24):
        for screen in walk.screens:
            for message in render.render_screen(screen, localizer, share_link="https://t.me/x"):
                assert_telegram_accepts(message)
                rendered += 1
    assert rendered > 200


# ---- small messages -----------------------------------------------------------------------------


def test_an_answered_question_shows_the_answer() -> None:
    text = render.answered_text("<b>Dry eyes?</b>", 10, [Verbatim("Yes")], EN)
    assert text == "<b>Dry eyes?</b>\n\n✓ <b>Your answer: Yes</b>"
    assert render.answered_text("x", MESSAGE_LIMIT - 5, [Verbatim("Yes")], EN) is None


def test_an_answer_label_is_escaped() -> None:
    text = render.answered_text("Q", 1, [Verbatim("<i>&")], EN)
    assert text is not None
    assert parse_html(text)[0] == "Q\n\n✓ Your answer: <i>&"


def test_the_language_menu_names_each_language_in_itself() -> None:
    message = render.language_menu(
        EN, [("en", "English"), ("de", "Deutsch"), ("es", "español")], "de"
    )
    assert_telegram_accepts(message)
    labels = [label for row in rows_of(message.keyboard) for label in row]
    assert labels == ["English", "✓ Deutsch", "español"]
    assert data_of(message.keyboard)[1] == "l:-:de"


def test_the_delete_question_has_yes_and_no() -> None:
    message = render.delete_question(EN)
    assert_telegram_accepts(message)
    assert data_of(message.keyboard) == ["x:-:yes", "x:-:no"]


def test_the_group_invite_opens_a_private_chat() -> None:
    link = render.deep_link("sjogren_test_bot", "ref-gabc123")
    message = render.group_invite(EN, link)
    assert_telegram_accepts(message)
    assert message.keyboard is not None
    [[button]] = message.keyboard.inline_keyboard
    assert button.url == "https://t.me/sjogren_test_bot?start=ref-gabc123"


@pytest.mark.parametrize("payload", ["", "x" * 65, "has space", "ü"])
def test_a_deep_link_payload_must_be_valid(payload: str) -> None:
    with pytest.raises(ValueError):
        render.deep_link("sjogren_test_bot", payload)


@pytest.mark.parametrize("language", available())
def test_the_bot_profile_fits_telegram(language: str) -> None:
    localizer = Localizer(language)
    for names in (words.PRIVATE_COMMANDS, words.GROUP_COMMANDS):
        commands = render.bot_commands(localizer, names)
        assert all(1 <= len(c.description) <= render.COMMAND_DESCRIPTION_LIMIT for c in commands)
    assert len(render.bot_description(localizer)) <= render.DESCRIPTION_LIMIT
    assert len(render.bot_short_description(localizer)) <= render.SHORT_DESCRIPTION_LIMIT


def test_fit_cuts_at_a_word_with_an_ellipsis() -> None:
    assert render.fit("one two three four", 12) == "one two…"
    assert render.fit("short", 12) == "short"


# ---- the QR code --------------------------------------------------------------------------------


def _decode_png(png: bytes) -> tuple[int, int, bytes]:
    assert png.startswith(PNG_SIGNATURE)
    position = len(PNG_SIGNATURE)
    width = height = 0
    data = b""
    while position < len(png):
        (length,) = struct.unpack(">I", png[position : position + 4])
        kind = png[position + 4 : position + 8]
        body = png[position + 8 : position + 8 + length]
        (crc,) = struct.unpack(">I", png[position + 8 + length : position + 12 + length])
        assert crc == zlib.crc32(kind + body) & 0xFFFFFFFF
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            data += body
        position += 12 + length
    return width, height, zlib.decompress(data)


def test_the_qr_code_is_a_png_of_the_link() -> None:
    link = "https://t.me/sjogren_test_bot?start=ref-gabc123"
    scale = 4
    png = qr_png(link, scale=scale)
    width, height, pixels = _decode_png(png)
    matrix = qr_matrix(link)
    assert width == height == len(matrix) * scale
    stride = width + 1
    for y, row in enumerate(matrix):
        line = pixels[y * scale * stride : y * scale * stride + stride]
        assert line[0] == 0  # filter type
        assert [line[1 + x * scale] == 0 for x in range(len(row))] == row
