"""The names of the user's own things as a hint for speech recognition: what
:func:`hark.store.vocabulary.speech_context` reads from a real SQLite store, how Whisper
gets it (its prompt), and a spoken turn that needs it — real TTS, real Whisper."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hark.config import Settings

NOW = datetime(2026, 11, 30, 17, 0, tzinfo=UTC)


@pytest.fixture()
def store(tmp_path: Path):
    from hark.store import Store

    s = Store.open(Settings(data_dir=tmp_path))
    yield s
    s.close()


def _fill(db) -> None:
    from hark.store import alarms, calendar, contacts, lists, reminders, timers

    timers.create(db, duration_s=600, name="pasta", now=NOW)
    timers.create(db, duration_s=300, now=NOW)  # unnamed: nothing to say
    cancelled = timers.create(db, duration_s=60, name="eggs", now=NOW)
    timers.cancel(db, cancelled.id, now=NOW)
    alarms.create(db, time_of_day="09:00", label="swimming", now=NOW, tz="Europe/London")
    alarms.create(db, time_of_day="06:30", now=NOW, tz="Europe/London")
    reminders.create(db, text="take the bins out", due=NOW + timedelta(days=2), now=NOW)
    done = reminders.create(db, text="water the plants", due=NOW + timedelta(hours=1), now=NOW)
    reminders.complete(db, done.id)
    calendar.create(db, title="dinner with Anna", start=NOW + timedelta(days=3), now=NOW)
    calendar.create(db, title="far-off conference", start=NOW + timedelta(days=60), now=NOW)
    lists.add_item(db, "shopping", "milk", now=NOW)
    lists.add_item(db, "shopping", "washing-up liquid", now=NOW)
    bought = lists.add_item(db, "shopping", "bread", now=NOW)
    lists.set_done(db, bought.id, True)
    lists.add_item(db, "to-do", "renew passport", now=NOW)
    contacts.create(db, name="Siobhan Kowalczyk", now=NOW)
    timers.create(db, duration_s=600, name="someone else's", user="other", now=NOW)


def test_context_names_what_is_running_pending_soon_and_not_done(store) -> None:
    from hark.store.vocabulary import speech_context

    with store.session() as db:
        _fill(db)
    with store.session() as db:
        text = speech_context(db, now=NOW)
    assert text == ("Timers: pasta. Alarms: swimming. Reminders: take the bins out. "
                    "Calendar: dinner with Anna. Shopping list: milk, washing-up liquid. "
                    "To-do list: renew passport. Contacts: Siobhan Kowalczyk.")
    for gone in ("eggs", "water the plants", "bread", "conference", "someone else"):
        assert gone not in text


def test_context_without_headings_and_for_another_user(store) -> None:
    from hark.store.vocabulary import speech_context

    with store.session() as db:
        _fill(db)
    with store.session() as db:
        assert speech_context(db, now=NOW, labels=False).startswith(
            "pasta. swimming. take the bins out. dinner with Anna. milk, washing-up liquid.")
        assert speech_context(db, now=NOW, user="other") == "Timers: someone else's."
        assert speech_context(db, now=NOW, user="nobody") == ""


def test_context_is_cut_to_its_length_name_by_name(store) -> None:
    from hark.store import lists
    from hark.store.vocabulary import speech_context

    with store.session() as db:
        for i in range(40):
            lists.add_item(db, "shopping", f"item number {i}", now=NOW)
        lists.add_item(db, "shopping", "  Item   number 3 ", now=NOW)  # said twice
    with store.session() as db:
        text = speech_context(db, now=NOW, max_chars=80)
        full = speech_context(db, now=NOW)
    assert text == "Shopping list: item number 0, item number 1, item number 2, item number 3."
    assert len(text) <= 80
    # at most a dozen of one kind, each name once
    assert full.count("item number") == 12 and full.count("number 3,") == 1


def test_a_long_name_is_cut_and_does_not_crowd_out_the_others(store) -> None:
    from hark.store import reminders
    from hark.store.vocabulary import speech_context

    long_text = "ring the plumber about the leak under the kitchen sink " * 20
    with store.session() as db:
        reminders.create(db, text=long_text, due=NOW + timedelta(hours=1), now=NOW)
        reminders.create(db, text="feed\nthe   cat", due=NOW + timedelta(hours=2), now=NOW)
    with store.session() as db:
        text = speech_context(db, now=NOW)
        tight = speech_context(db, now=NOW, max_chars=40)
    assert text == ("Reminders: ring the plumber about the leak under the kitchen sink ring, "
                    "feed the cat.")
    assert tight == "Reminders: feed the cat."


def test_whisper_prompt_is_the_previous_text_capped_at_223_tokens() -> None:
    from faster_whisper.tokenizer import Tokenizer

    from hark.engines.registry import get_engine
    from hark.engines.whisper_window import start_tokens

    model = get_engine("stt", "whisper-tiny-en")._model
    tok = Tokenizer(model.hf_tokenizer, False, task="transcribe", language="en")
    start = [*tok.sot_sequence, tok.no_timestamps]

    def previous(context: str | None) -> list[int]:
        tokens = start_tokens(model, tok, context)
        assert tokens[len(tokens) - len(start):] == start
        return tokens[:len(tokens) - len(start)]

    assert previous(None) == [] and previous("  ") == []
    short = previous("Timers: pasta.")
    assert short[0] == tok.sot_prev and tok.decode(short[1:]) == " Timers: pasta."
    long = previous("milk, " * 200 + "last words")
    assert len(long) == 224 and tok.decode(long[1:]).endswith("milk, last words")


@pytest.fixture(scope="module")
def pasta_clip():
    """'Cancel the pasta timer.' in SVOX Pico's US voice, which tiny.en alone hears as
    'cancel the cost of timer' (the spoken questions-and-changes benchmark, set R)."""
    from hark.bench_turn import speak_clip

    return speak_clip("Cancel the pasta timer.", "nanotts", "en-US", pad_after_s=0.5)


def test_whisper_hears_a_name_it_is_told(pasta_clip) -> None:
    from hark.engines.registry import get_engine

    stt = get_engine("stt", "whisper-tiny-en")
    told = stt.transcribe(pasta_clip, context="Timers: pasta, laundry.").text
    assert "pasta" in told.lower()
    # an unrelated hint does not make it say the hint
    other = stt.transcribe(pasta_clip, context="Contacts: Siobhan Kowalczyk.").text.lower()
    assert "siobhan" not in other and "kowalczyk" not in other


def test_spoken_turn_hears_the_users_timer_by_name(pasta_clip, tmp_path: Path) -> None:
    from hark.pipeline.turn import spoken_turn
    from hark.runtime import Runtime
    from hark.store import timers

    async def go() -> tuple[dict, list]:
        settings = Settings(data_dir=tmp_path, timezone="Europe/London")
        async with Runtime(settings, scheduler=False) as rt:
            store = await rt.assistant.store()
            with store.session() as db:
                timers.create(db, duration_s=600, name="pasta")
                timers.create(db, duration_s=2700, name="laundry")
            result, _ = await spoken_turn(rt, pasta_clip)
            with store.session() as db:
                left = [t.name for t in timers.active(db)]
            return result, left

    result, left = asyncio.run(go())
    assert "pasta" in result["transcript"].lower()
    assert left == ["laundry"], result


def test_speech_context_off_or_failing_gives_none(tmp_path: Path) -> None:
    from hark.pipeline.turn import speech_context
    from hark.runtime import Runtime

    class Broken:
        class assistant:  # noqa: N801 - stands in for the runtime's attribute
            @staticmethod
            async def store():
                raise OSError("disk gone")

    async def go() -> tuple[str | None, str | None, str | None]:
        settings = Settings(data_dir=tmp_path, timezone="Europe/London")
        async with Runtime(settings, scheduler=False) as rt:
            off = await speech_context(rt, "default", settings.replace(stt_context=False))
            empty = await speech_context(rt, "default", settings)
        broken = await speech_context(Broken(), "default", settings)
        return off, empty, broken

    assert asyncio.run(go()) == (None, None, None)


def test_a_long_context_leaves_room_for_a_long_sentence(librivox_clips) -> None:
    """The prompt counts towards Whisper's decode length: a context of the longest kind
    must not cut the sentence short (the 15 s window decodes it whole)."""
    from hark.audio.io import read_audio
    from hark.engines import whisper_window
    from hark.engines.registry import get_engine

    clip = max(librivox_clips, key=lambda c: len(c.text))  # 7 s, 22 words
    audio = read_audio(clip.path)
    model = get_engine("stt", "whisper-tiny-en")._model
    context = ", ".join(f"reminder number {i} about the garden" for i in range(40))
    seg = whisper_window.decode(model, audio, "en", 5, 15.0, context)
    assert seg is not None
    assert seg.text.strip().lower().rstrip(".").endswith("to do for them"), seg.text
