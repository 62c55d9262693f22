"""Sentence splitting for sentence-by-sentence TTS."""

from __future__ import annotations

import pytest

from hark.text.sentences import MAX_CHARS, split_sentences

CASES = [
    ("Hello there.", ["Hello there."]),
    ("Hello there. How are you?", ["Hello there.", "How are you?"]),
    ("Dr. Smith met Mr. Jones and Mrs. Brown. They talked.",
     ["Dr. Smith met Mr. Jones and Mrs. Brown.", "They talked."]),
    ("Bring fruit, e.g. apples, i.e. the red ones. Thanks.",
     ["Bring fruit, e.g. apples, i.e. the red ones.", "Thanks."]),
    ("I woke at 7 a.m. Then I left.", ["I woke at 7 a.m.", "Then I left."]),
    ("Meet me at 7 a.m. tomorrow.", ["Meet me at 7 a.m. tomorrow."]),
    ("It costs 3.5 dollars. Pi is 3.14159.", ["It costs 3.5 dollars.", "Pi is 3.14159."]),
    ("Well... maybe. I think so... Really?", ["Well... maybe.", "I think so...", "Really?"]),
    ("Wait… What happened?", ["Wait…", "What happened?"]),
    ("Really?! No way!!! OK.", ["Really?!", "No way!!!", "OK."]),
    ('He said "Stop." Then he left.', ['He said "Stop."', "Then he left."]),
    ("She asked: (is it done?) Yes.", ["She asked: (is it done?)", "Yes."]),
    ('"Is it raining?" she asked. "No."', ['"Is it raining?" she asked.', '"No."']),
    ("J. R. R. Tolkien wrote it. Done.", ["J. R. R. Tolkien wrote it.", "Done."]),
    ("Apples, pears, etc. are fruit.", ["Apples, pears, etc. are fruit."]),
    ("Line one\nLine two\n\nA new paragraph.", ["Line one", "Line two", "A new paragraph."]),
    ("This sentence was hard\nwrapped in the middle.",
     ["This sentence was hard wrapped in the middle."]),
    ("Shopping:\n- milk\n- eggs", ["Shopping:", "milk", "eggs"]),
    ("Visit example.com today. It works.", ["Visit example.com today.", "It works."]),
    ("No punctuation at all", ["No punctuation at all"]),
    ("   \n  ", []),
    ("", []),
    ("Hello.   Spaces   everywhere.", ["Hello.", "Spaces everywhere."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_split(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_long_sentence_split_at_clauses() -> None:
    clause = "the weather in the mountains will be cold and windy with some snow"
    text = "; ".join([clause] * 8) + "."
    parts = split_sentences(text)
    assert len(parts) > 1
    assert all(len(p) <= MAX_CHARS for p in parts)
    assert all(p.endswith(";") or p.endswith(".") for p in parts)  # cut at the semicolons
    assert " ".join(parts) == text


def test_long_sentence_without_punctuation_split_at_spaces() -> None:
    text = " ".join(["word"] * 200)
    parts = split_sentences(text, max_chars=100)
    assert all(0 < len(p) <= 100 for p in parts)
    assert " ".join(parts) == text


def test_commas_preferred_over_spaces() -> None:
    text = ("First part of a long list of things to do today, " * 6).strip()
    parts = split_sentences(text, max_chars=120)
    assert all(len(p) <= 120 for p in parts)
    assert all(p.endswith(",") for p in parts[:-1])


@pytest.mark.parametrize(("sentences", "expected"), [
    (["Okay, timer set for 5 minutes.", "It rings at 1:45."],
     (["Okay,", "timer set for 5 minutes.", "It rings at 1:45."], True)),
    (["No problem, I've cancelled the timer."],
     (["No problem,", "I've cancelled the timer."], True)),
    (["Sure — playing jazz in the kitchen."], (["Sure —", "playing jazz in the kitchen."], True)),
    # a long opening clause keeps its intonation: not cut
    (["It's 12 degrees in Paris right now, with a high of 15."],
     (["It's 12 degrees in Paris right now, with a high of 15."], False)),
    (["Okay, done."], (["Okay, done."], False)),  # too short to gain anything
    (["Set for 2,500 people and more."], (["Set for 2,500 people and more."], False)),
    ([], ([], False)),
])
def test_cut_first_clause(sentences: list[str], expected: tuple[list[str], bool]) -> None:
    from hark.text.sentences import cut_first_clause

    assert cut_first_clause(sentences) == expected
