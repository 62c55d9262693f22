"""Calculator, unit conversions, honest unknowns and currency."""

from __future__ import annotations

import pytest

from hark.config import Settings
from hark.skills.base import SkillContext
from hark.skills.knowledge import KnowledgeSkill, currency_code
from hark.skills.providers.calculator import MathError, UnsafeInput, evaluate, to_expression
from hark.types import Outcome, Slot, Understanding


async def ask(text: str, intent: str = "qa_maths", *slots: Slot, **services: object) -> Outcome:
    ctx = SkillContext(settings=Settings(), services=dict(services))
    return await KnowledgeSkill().handle(Understanding(text, intent, 0.9, list(slots)), ctx)


@pytest.mark.parametrize(("text", "expected"), [
    ("what is twelve times seven", "12 times 7 is 84."),
    ("square root of 81", "The square root of 81 is 9."),
    ("what is 15% of 80", "That's 12."),
    ("2 to the power of 10", "2 to the power of 10 is 1024."),
    ("solution for eighty one divided by nine", "81 divided by 9 is 9."),
    ("tell me sum of five and six", "5 plus 6 is 11."),
    ("what is the answer to two by two", "2 times 2 is 4."),
    ("could you calculate one point five plus two", "1.5 plus 2 is 3.5."),
    ("what is ten divided by three", "10 divided by 3 is 3.33."),
    ("what's 7 minus 10", "7 minus 10 is -3."),
    ("three times two equals six", "Yes, that's right: 3 times 2 is 6."),
    ("three times two equals seven", "Not quite: 3 times 2 is 6."),
])
async def test_calculator(text: str, expected: str) -> None:
    out = await ask(text)
    assert out.speech == expected
    assert out.action == "knowledge.maths"


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Wie viel ist zwölf mal sieben?", "12 mal 7 ist 84."),
    ("de", "was ist fünfzehn Prozent von achtzig", "Das ist 12."),
    ("de", "Wurzel aus 81", "Die Wurzel aus 81 ist 9."),
    ("de", "hundert geteilt durch acht", "100 geteilt durch 8 ist 12,5."),
    ("de", "wie viel ist drei und vier", "3 plus 4 ist 7."),
    ("de", "2,5 mal 4 bitte", "2,5 mal 4 ist 10."),
    ("de", "zwei hoch zehn", "2 hoch 10 ist 1024."),
    ("de", "dreiundzwanzig plus neunzehn ist gleich zweiundvierzig",
     "Ja, stimmt: 23 plus 19 ist 42."),
    ("fr", "combien font trois plus quatre ?", "3 plus 4, ça fait 7."),
    ("fr", "racine carrée de quatre-vingt-un", "La racine carrée de 81, ça fait 9."),
    ("fr", "quinze pour cent de deux cents", "Ça fait 30."),
    ("fr", "combien font 10 sur 4", "10 divisé par 4, ça fait 2,5."),
    ("fr", "trois fois sept s'il te plaît", "3 fois 7, ça fait 21."),
    ("es", "¿cuánto es doce por siete?", "12 por 7 da 84."),
    ("es", "cuánto es el quince por ciento de ochenta", "Da 12."),
    ("es", "cien entre cuatro", "100 dividido entre 4 da 25."),
    ("es", "cuánto es 7 menos 10 por favor", "7 menos 10 da -3."),
    ("it", "quanto fa tre più quattro", "3 più 4 fa 7."),
    ("it", "dodici per sette", "12 per 7 fa 84."),
    ("it", "il venti per cento di cinquanta", "Fa 10."),
    ("it", "cento diviso quattro", "100 diviso 4 fa 25."),
])
async def test_calculator_in_other_languages(language: str, text: str, expected: str) -> None:
    ctx = SkillContext(settings=Settings(), language=language)
    out = await KnowledgeSkill().handle(Understanding(text, "qa_maths", 0.9), ctx)
    assert out.speech == expected
    assert out.action == "knowledge.maths"


async def test_maths_errors_in_other_languages() -> None:
    async def say(text: str, language: str) -> str:
        ctx = SkillContext(settings=Settings(), language=language)
        return (await KnowledgeSkill().handle(Understanding(text, "qa_maths", 0.9), ctx)).speech

    assert await say("fünf geteilt durch null", "de") == "Durch null kann man nicht teilen."
    assert (await say("racine carrée de moins quatre", "fr")).startswith("Les nombres")
    assert await say("calcula algo", "es") == "Claro, ¿qué quieres que calcule?"
    assert (await say("__import__('os')", "it")).startswith("So fare solo calcoli")


@pytest.mark.parametrize("text", [
    "__import__('os')", "__import__('os').system('ls')", "open(\"/etc/passwd\").read()",
    "[x for x in ().__class__.__bases__]", "lambda: 1", "1; import os",
])
async def test_calculator_refuses_code(text: str) -> None:
    out = await ask(text)
    assert out.action == "knowledge.refused"
    assert out.speech.startswith("I can only work out plain arithmetic")


def test_evaluator_rejects_non_arithmetic_nodes() -> None:
    for expr in ["os.system('x')", "a + 1", "sqrt(1, 2)", "pow(2, 3)", "(1).real", "True + 1",
                 "'a' * 3", "[1][0]"]:
        with pytest.raises((UnsafeInput, MathError)):
            evaluate(expr)
    with pytest.raises(MathError):
        evaluate("9 ** 9 ** 9")
    assert to_expression("let's do math") == ""


async def test_maths_errors_and_prompts() -> None:
    assert (await ask("what is five divided by zero")).speech == "You can't divide by zero."
    out = await ask("please solve this math")
    assert out.expect_followup and out.action == "knowledge.maths_ask"
    out = await ask("if i have fifty dollars and spend twenty four how many dollars")
    assert out.action == "knowledge.maths_error"


@pytest.mark.parametrize(("text", "intent", "expected"), [
    ("how many ounces in a pound", "qa_factoid", "1 pound is 16 ounces."),
    ("convert 5 miles to km", "qa_maths", "5 miles is 8.05 kilometers."),
    ("what is 20 celsius in fahrenheit", "qa_factoid",
     "20 degrees Celsius is 68 degrees Fahrenheit."),
    ("what is minus 40 fahrenheit in celsius", "qa_factoid",
     "-40 degrees Fahrenheit is -40 degrees Celsius."),
    ("how many cm make one foot", "qa_maths", "1 foot is 30.48 centimeters."),
    ("convert 100 degrees fahrenheit to celsius", "qa_definition",
     "100 degrees Fahrenheit is 37.78 degrees Celsius."),
    ("what is 0 celsius in kelvin", "qa_factoid", "0 degrees Celsius is 273.15 kelvin."),
    # one quantity in two units, said or asked for
    ("what's 1 meter 80 in feet", "qa_maths", "1 meter 80 centimeters is 5.91 feet."),
    ("convert 5 feet 10 inches to cm", "qa_maths", "5 feet 10 inches is 177.8 centimeters."),
    ("what is 5'10 in cm", "qa_maths", "5 feet 10 inches is 177.8 centimeters."),
    ("how tall is 5 foot 10 in centimeters", "qa_factoid",
     "5 feet 10 inches is 177.8 centimeters."),
    ("how many kilos is 12 stone and 3 pounds", "qa_maths",
     "12 stone 3 pounds is 77.56 kilograms."),
    ("what is 180 cm in feet and inches", "qa_maths", "180 centimeters is 5 feet 10.9 inches."),
    ("what is 2 hours and 30 minutes in minutes", "qa_maths",
     "2 hours 30 minutes is 150 minutes."),
])
async def test_unit_conversion(text: str, intent: str, expected: str) -> None:
    out = await ask(text, intent)
    assert out.speech == expected
    assert out.action == "knowledge.convert"


async def test_incompatible_units() -> None:
    out = await ask("convert 5 miles to kilograms")
    assert out.speech == "I can't convert miles to kilograms."


async def test_unknown_fact_routes_to_think() -> None:
    out = await ask("define oscillate", "qa_definition", Slot("definition_word", "oscillate"))
    assert out.speech == "I don't know that one yet."
    assert out.action == "knowledge.unknown"
    assert out.data["route"] == "think" and out.data["topic"] == "oscillate"
    out = await ask("what's the capital of tanzania", "qa_factoid",
                    Slot("place_name", "tanzania"))
    assert out.action == "knowledge.unknown"


async def test_knowledge_source_is_used() -> None:
    class Dictionary:
        async def answer(self, question: str, intent: str, slots: dict[str, str]) -> str | None:
            return "To oscillate is to swing back and forth." if "oscillate" in question else None

    out = await ask("define oscillate", "qa_definition", Slot("definition_word", "oscillate"),
                    knowledge=Dictionary())
    assert out.speech == "To oscillate is to swing back and forth."


async def test_currency_offline_and_with_rates() -> None:
    slots = [Slot("currency_name", "euros"), Slot("currency_name", "us dollars")]
    out = await ask("convert ten euros to us dollars", "qa_currency", *slots)
    assert out.speech == "I can't get exchange rates offline."
    assert out.action == "knowledge.currency_unavailable"

    class Rates:
        async def rate(self, base: str, quote: str) -> float:
            assert (base, quote) == ("EUR", "USD")
            return 1.1

    out = await ask("convert ten euros to us dollars", "qa_currency", *slots, rates=Rates())
    assert out.speech == "10 euros is 11 US dollars."
    assert currency_code("u. s. d.") == ("USD", "US dollars")
    assert currency_code("indian rupee") == ("INR", "Indian rupees")


async def test_unknowns_and_currency_in_other_languages() -> None:
    async def say(text: str, intent: str, language: str, *slots: Slot, **services: object
                  ) -> str:
        ctx = SkillContext(settings=Settings(), services=dict(services), language=language)
        return (await KnowledgeSkill().handle(Understanding(text, intent, 0.9, list(slots)),
                                              ctx)).speech

    assert await say("Wer ist Angela Merkel?", "qa_factoid", "de") == \
        "Das weiß ich leider noch nicht."
    euros = [Slot("currency_name", "euros"), Slot("currency_name", "dollars")]
    assert await say("combien font dix euros en dollars", "qa_currency", "fr", *euros) == \
        "Je n'ai pas de taux de change hors ligne."

    class Rates:
        async def rate(self, base: str, quote: str) -> float:
            return 1.15

    assert await say("cuánto son diez euros en dólares", "qa_currency", "es", *euros,
                     rates=Rates()) == "10 EUR son 11,5 USD."
