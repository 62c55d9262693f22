from __future__ import annotations

import pytest

from hark.text.wer import (
    corpus_wer,
    edit_distance,
    normalize_for_wer,
    number_to_words,
    ordinal,
    wer,
)

NORMALISE = [
    ("Go forward 10 meters.", "go forward ten meters"),
    ("Hello, World!", "hello world"),
    ("the 1990s", "the nineteen nineties"),
    ("the 1990's", "the nineteen nineties"),
    ("in 1905", "in nineteen oh five"),
    ("in 2000", "in two thousand"),
    ("in 2024", "in twenty twenty four"),
    ("3rd floor", "third floor"),
    ("the 21st century", "the twenty first century"),
    ("the 12th", "the twelfth"),
    ("100th", "one hundredth"),
    ("3.5 kg", "three point five kg"),
    ("0.25", "zero point two five"),
    ("50%", "fifty percent"),
    ("$5", "five dollars"),
    ("1,000,000 people", "one million people"),
    ("1234", "twelve thirty four"),
    ("12345", "twelve thousand three hundred forty five"),
    ("7:30", "seven thirty"),
    ("7:05", "seven oh five"),
    ("10:00", "ten"),
    ("-5 degrees", "minus five degrees"),
    ("007", "zero zero seven"),
    ("Mr. John Dashwood", "mister john dashwood"),
    ("ill-disposed", "ill disposed"),
    ("twenty-one", "twenty one"),
    ("Don't stop!", "dont stop"),
    ("rock & roll", "rock and roll"),
    ("  many   spaces\there ", "many spaces here"),
    ("Wie spät ist es?", "wie spät ist es"),
    ("“Quoted” — dash", "quoted dash"),
    ("", ""),
]


@pytest.mark.parametrize(("text", "expected"), NORMALISE)
def test_normalize_for_wer(text: str, expected: str) -> None:
    assert normalize_for_wer(text) == expected


@pytest.mark.parametrize(("n", "words"), [
    (0, "zero"), (7, "seven"), (13, "thirteen"), (40, "forty"), (99, "ninety nine"),
    (100, "one hundred"), (101, "one hundred one"), (1000, "one thousand"),
    (1_000_001, "one million one"), (-3, "minus three"),
])
def test_number_to_words(n: int, words: str) -> None:
    assert number_to_words(n) == words


@pytest.mark.parametrize(("card", "ordi"), [
    ("one", "first"), ("two", "second"), ("three", "third"), ("five", "fifth"),
    ("twelve", "twelfth"), ("twenty", "twentieth"), ("twenty one", "twenty first"),
    ("four", "fourth"),
])
def test_ordinal(card: str, ordi: str) -> None:
    assert ordinal(card) == ordi


@pytest.mark.parametrize(("ref", "hyp", "expected"), [
    ("a b c d", "a b c d", 0.0),
    ("a b c d", "a x c d", 0.25),  # substitution
    ("a b c d", "a c d", 0.25),  # deletion
    ("a b c d", "a b y c d", 0.25),  # insertion
    ("a b", "c d e f", 2.0),  # can exceed 1
    ("go forward ten meters", "Go forward 10 meters.", 0.0),  # normalised
    ("", "", 0.0),
    ("", "something", 1.0),
    ("one two", "", 1.0),
])
def test_wer(ref: str, hyp: str, expected: float) -> None:
    assert wer(ref, hyp) == pytest.approx(expected)


def test_wer_without_normalisation_counts_case_and_punctuation() -> None:
    assert wer("go forward", "Go forward.", normalize=False) == 1.0


def test_corpus_wer_weights_by_reference_length() -> None:
    pairs = [("a b c d e f g h i j", "a b c d e f g h i j"), ("x", "y")]
    assert corpus_wer(pairs) == pytest.approx(1 / 11)
    assert corpus_wer([]) == 0.0


def test_edit_distance() -> None:
    assert edit_distance("kitten".split(), "sitting".split()) == 1
    assert edit_distance(list("kitten"), list("sitting")) == 3
