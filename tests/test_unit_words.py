"""Unit conversions asked in German, French, Spanish and Italian: the phrase reader
(hark.text.unit_words), the rule that routes them to qa_maths, and the spoken answers."""

from __future__ import annotations

import pytest

from hark.config import Settings
from hark.nlu.engine import NLU
from hark.skills.base import SkillContext
from hark.skills.knowledge import KnowledgeSkill
from hark.text.unit_words import UnitRequest, joined, name, parse, split
from hark.types import Understanding


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Wie viele Gramm sind ein Pfund?", (1, "pound", "gram")),
    ("de", "Rechne 5 Meilen in Kilometer um", (5, "mile", "kilometer")),
    ("de", "Wie viel sind 2,5 Kilometer in Meilen?", (2.5, "kilometer", "mile")),
    ("de", "was sind zwanzig Grad Celsius in Fahrenheit", (20, "degree_Celsius",
                                                           "degree_Fahrenheit")),
    ("de", "wie viele Esslöffel hat eine Tasse", (1, "cup", "tablespoon")),
    ("de", "5 Meilen sind wie viele Kilometer", (5, "mile", "kilometer")),
    ("de", "100 km/h in mph", (100, "kilometer / hour", "mile / hour")),
    ("fr", "Combien de centimètres dans un pouce ?", (1, "inch", "centimeter")),
    ("fr", "convertis cinq miles en kilomètres", (5, "mile", "kilometer")),
    ("fr", "Combien y a-t-il de grammes dans une livre ?", (1, "pound", "gram")),
    ("fr", "combien d'onces dans un kilo", (1, "kilogram", "ounce")),
    ("fr", "5 miles ça fait combien de kilomètres", (5, "mile", "kilometer")),
    ("fr", "convertis -40 °C en Fahrenheit", (-40, "degree_Celsius", "degree_Fahrenheit")),
    ("es", "Convierte 30 grados Celsius a Fahrenheit", (30, "degree_Celsius",
                                                        "degree_Fahrenheit")),
    ("es", "¿Cuántos centímetros hay en una pulgada?", (1, "inch", "centimeter")),
    ("es", "cuántas onzas son dos libras", (2, "pound", "ounce")),
    ("es", "cuánto son 3 pies en metros", (3, "foot", "meter")),
    ("it", "Quanti grammi ci sono in un chilo?", (1, "kilogram", "gram")),
    ("it", "converti 10 miglia in chilometri", (10, "mile", "kilometer")),
    ("it", "quanti minuti ci sono in tre ore", (3, "hour", "minute")),
    # amounts anywhere, halves, quarters, minus, heights, abbreviations, declension
    ("de", "wie viel Gramm sind drei Tassen Reis", (3, "cup", "gram")),
    ("de", "Sag mal, siebeneinhalb Unzen sind wie viel Gramm?", (7.5, "ounce", "gram")),
    ("de", "wie viele Sekunden sind zwei Stunden und ein viertel", (2.25, "hour", "second")),
    ("de", "minus zehn Grad Celsius in Fahrenheit", (-10, "degree_Celsius",
                                                     "degree_Fahrenheit")),
    ("de", "Wie viel sind 3 lbs in Kilogramm", (3, "pound", "kilogram")),
    ("de", "Wie viele Zentimeter sind 2 Meter 10", (2.1, "meter", "centimeter")),
    ("fr", "une demi tasse ça fait combien de millilitres", (0.5, "cup", "milliliter")),
    ("fr", "trois heures et quart c'est combien de minutes", (3.25, "hour", "minute")),
    ("fr", "200 °F c'est combien en degrés Celsius", (200, "degree_Fahrenheit",
                                                      "degree_Celsius")),
    ("es", "tres libras y media cuántos kilos son", (3.5, "pound", "kilogram")),
    ("es", "pásame 12 oz a gramos", (12, "ounce", "gram")),
    ("es", "cuántos mililitros son tres cuartos de taza", (0.75, "cup", "milliliter")),
    ("it", "mezzo chilo quanti grammi sono", (0.5, "kilogram", "gram")),
    ("it", "quanti grammi fa un'oncia e mezza", (1.5, "ounce", "gram")),
    ("it", "sono alto un metro e ottantacinque, quanto fa in piedi", (1.85, "meter", "foot")),
])
def test_reads_conversions(language: str, text: str, expected: tuple) -> None:
    amount, src, dst = expected
    assert parse(text, language) == UnitRequest(float(amount), src, dst)


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Wie viele Kilometer sind es bis Berlin?"),
    ("de", "Stell einen Timer auf fünf Minuten und zehn Sekunden"),
    ("de", "Wecker in 10 Minuten"),
    ("de", "Wie viele Meter sind zehn Meter"),  # the same unit twice: nothing to convert
    ("fr", "il fait -5 degrés dehors"),
    ("fr", "mets le chauffage à 20 degrés Celsius"),
    ("es", "pon la calefacción a 21 grados"),
    ("it", "quanti chilometri mancano a Roma"),
    ("en", "how many grams in a pound"),  # English has its own reader
    ("fr", "mets l'huile dans le four à 180 degrés Celsius pendant 20 minutes"),
    ("es", "recuérdame en 2 horas que quedan 10 minutos"),
    ("it", "convertire 1 metro 80 piedi in centimetri"),  # no one quantity: not understood
])
def test_leaves_other_sentences(language: str, text: str) -> None:
    assert parse(text, language) is None


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Wie viel sind 1 Meter 80 Zentimeter in Fuß", (1.8, "meter", "foot", "centimeter",
                                                         None)),
    ("de", "wie viel sind 180 Zentimeter in Fuß und Zoll", (180, "centimeter", "foot", None,
                                                           "inch")),
    ("fr", "combien font 5 pieds 10 pouces en centimètres", (70 / 12, "foot", "centimeter",
                                                             "inch", None)),
    ("es", "cuántos kilos son 12 libras y 6 onzas", (12.375, "pound", "kilogram", "ounce",
                                                    None)),
    ("it", "convertire 1 metro 80 centimetri in piedi", (1.8, "meter", "foot", "centimeter",
                                                        None)),
    ("it", "quanti minuti sono 2 ore e 30 minuti", (2.5, "hour", "minute", "minute", None)),
])
def test_reads_quantities_in_two_units(language: str, text: str, expected: tuple) -> None:
    assert parse(text, language) == UnitRequest(*expected)


def test_splits_a_value_into_two_units() -> None:
    assert split(70 / 12, "foot", "inch") == (5, 10.0)
    assert split(5.999, "foot", "inch") == (6, 0.0)  # 11.99 inches round to a foot
    assert split(1.8, "meter", "centimeter") == (1, 80.0)
    assert joined(5, "foot", 10, "inch") == 70 / 12
    assert joined(5, "foot", 14, "inch") == 74 / 12  # named: any amount
    assert joined(5, "foot", 14, "inch", strict=True) is None  # "5 feet 14": no height
    assert joined(-1, "foot", 2, "inch") is None and joined(1, "inch", 2, "foot") is None


def test_unit_names_agree_with_the_amount() -> None:
    assert name("mile", "de", 1) == "Meile" and name("mile", "de", 5) == "Meilen"
    assert name("kilometer", "fr", 1.5) == "kilomètre"  # French: singular below two
    assert name("kilometer", "fr", 2) == "kilomètres"
    assert name("pound", "es", 1) == "libra" and name("pound", "it", 3) == "libbre"


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Wie viele Gramm sind ein Pfund?", "1 Pfund sind 453,59 Gramm."),
    ("de", "Rechne 5 Meilen in Kilometer um", "5 Meilen sind 8,05 Kilometer."),
    ("fr", "convertis 100 degrés Fahrenheit en Celsius",
     "100 degrés Fahrenheit, ça fait 37,78 degrés Celsius."),
    ("es", "¿Cuántos centímetros hay en una pulgada?", "1 pulgada son 2,54 centímetros."),
    ("it", "quanti minuti ci sono in tre ore", "3 ore sono 180 minuti."),
    ("en", "how many ounces in a pound", "1 pound is 16 ounces."),
    # quantities said or asked for in two units
    ("de", "Wie viel sind 1 Meter 80 Zentimeter in Fuß",
     "1 Meter 80 Zentimeter sind 5,91 Fuß."),
    ("de", "wie viel sind 180 Zentimeter in Fuß und Zoll", "180 Zentimeter sind 5 Fuß 10,9 Zoll."),
    ("fr", "combien font 5 pieds 10 pouces en centimètres",
     "5 pieds 10 pouces, ça fait 177,8 centimètres."),
    ("es", "cuántos kilos son 12 libras y 6 onzas", "12 libras y 6 onzas son 5,61 kilogramos."),
    ("it", "1 metro e 80 in piedi e pollici", "1,8 metri sono 5 piedi e 10,9 pollici."),
])
async def test_answers_in_the_language(language: str, text: str, expected: str) -> None:
    ctx = SkillContext(settings=Settings(), language=language)
    out = await KnowledgeSkill().handle(Understanding(text, "qa_maths", 1.0, []), ctx)
    assert (out.speech, out.action) == (expected, "knowledge.convert")


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Wie viele Gramm sind ein Liter?", "Liter kann ich nicht in Gramm umrechnen."),
    ("it", "converti 5 chili in metri", "Non posso convertire chilogrammi in metri."),
])
async def test_says_when_units_do_not_convert(language: str, text: str, expected: str) -> None:
    ctx = SkillContext(settings=Settings(), language=language)
    out = await KnowledgeSkill().handle(Understanding(text, "qa_maths", 1.0, []), ctx)
    assert (out.speech, out.action) == (expected, "knowledge.convert_failed")


@pytest.fixture(scope="module")
def nlu() -> NLU:
    return NLU.load("default")


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Wie viele Gramm sind ein Pfund?"),
    ("fr", "Combien de centimètres dans un pouce ?"),
    ("es", "¿Cuántos centímetros hay en una pulgada?"),
    ("it", "Quanti grammi ci sono in un chilo?"),
])
def test_nlu_routes_conversions_to_maths(nlu: NLU, language: str, text: str) -> None:
    u = nlu.parse(text)
    assert (u.language, u.intent, u.source) == (language, "qa_maths", "rules")


@pytest.mark.parametrize(("text", "asks"), [
    ("what is 5'10 in cm", True),
    ("how many feet is 1 meter 80 centimeters", True),
    ("convert 70 kg to stone and pounds", True),
    ("how many ounces in a pound", True),
    # units that do not convert, bare numbers, things that are no units
    ("turn the lights down to fifty percent in the den", False),
    ("convert 5 miles to kilograms", False),
    ("add 5 apples to my basket", False),
    ("set an alarm for 5 minutes to 7", False),
    ("what is 3 pm in london", False),
])
def test_english_conversions_are_routed_when_their_units_convert(nlu: NLU, text: str,
                                                                  asks: bool) -> None:
    from hark.text import units_en

    assert units_en.asks(text) is asks
    if asks:
        u = nlu.parse(text, lang="en")
        assert (u.intent, u.source) == ("qa_maths", "rules")


def test_reads_the_held_out_conversion_set() -> None:
    """benchmarks/data/unit_conversions.jsonl, written by someone who never saw the
    reader (94.4 % when first read; README): no regression below 95 %."""
    import json
    from pathlib import Path

    rows = [json.loads(line) for line in (Path(__file__).parents[1] / "benchmarks" / "data" /
                                          "unit_conversions.jsonl").read_text().splitlines()]
    right = 0
    for row in rows:
        got = parse(row["text"], row["lang"])
        if row["from"] is None:
            right += got is None
        else:
            right += got is not None and (got.src, got.dst, got.amount) == \
                (row["from"], row["to"], float(row["amount"]))
    assert right / len(rows) >= 0.95
