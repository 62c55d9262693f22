"""Knowledge: a safe calculator, unit conversions, and honest "I don't know" answers for
definitions and facts (routed to the think path), plus currency through an optional rates
provider."""

from __future__ import annotations

import re
from typing import Any, Protocol, runtime_checkable

from hark.skills.base import IntentSpec, SkillContext
from hark.skills.providers import lang
from hark.skills.providers.calculator import (
    MathError,
    UnsafeInput,
    evaluate,
    fmt,
    say_expression,
    say_number,
    to_expression,
)
from hark.skills.providers.slots import raw, slots, words_to_digits
from hark.skills.providers.units import ConversionError, convert
from hark.types import Outcome, Slot, Understanding

# "3 plus 4 equals 7": the user's claim, checked ("fa" is not here: "quanto fa 3 più 4")
_CLAIM = re.compile(r"\bequals?\b|\bis equal to\b|\bist gleich\b|\bégale?\b|"
                    r"\bes igual a\b|\bè uguale a\b|\buguale a\b|=", re.IGNORECASE)


@runtime_checkable
class KnowledgeSource(Protocol):
    """A local source of definitions/facts (a dictionary file, an offline wiki, ...)."""

    async def answer(self, question: str, intent: str, slots: dict[str, str]) -> str | None: ...


@runtime_checkable
class RatesProvider(Protocol):
    """Exchange rates: how many ``quote`` units one ``base`` unit buys (ISO 4217 codes)."""

    async def rate(self, base: str, quote: str) -> float: ...


CURRENCIES: dict[str, tuple[str, str]] = {  # spoken word -> (ISO code, spoken plural)
    "dollar": ("USD", "US dollars"), "us dollar": ("USD", "US dollars"),
    "usd": ("USD", "US dollars"), "u s d": ("USD", "US dollars"), "buck": ("USD", "US dollars"),
    "euro": ("EUR", "euros"), "eur": ("EUR", "euros"),
    "pound": ("GBP", "British pounds"), "pound sterling": ("GBP", "British pounds"),
    "sterling": ("GBP", "British pounds"), "gbp": ("GBP", "British pounds"),
    "british pound": ("GBP", "British pounds"), "quid": ("GBP", "British pounds"),
    "yen": ("JPY", "yen"), "jpy": ("JPY", "yen"), "rupee": ("INR", "Indian rupees"),
    "indian rupee": ("INR", "Indian rupees"), "inr": ("INR", "Indian rupees"),
    "peso": ("MXN", "Mexican pesos"), "mexican peso": ("MXN", "Mexican pesos"),
    "yuan": ("CNY", "yuan"), "renminbi": ("CNY", "yuan"), "rmb": ("CNY", "yuan"),
    "swiss franc": ("CHF", "Swiss francs"), "franc": ("CHF", "Swiss francs"),
    "canadian dollar": ("CAD", "Canadian dollars"), "cad": ("CAD", "Canadian dollars"),
    "australian dollar": ("AUD", "Australian dollars"), "aud": ("AUD", "Australian dollars"),
    "ruble": ("RUB", "rubles"), "rouble": ("RUB", "rubles"), "won": ("KRW", "won"),
    "krona": ("SEK", "Swedish kronor"), "krone": ("NOK", "Norwegian kroner"),
    "real": ("BRL", "Brazilian reais"), "rand": ("ZAR", "rand"), "bitcoin": ("BTC", "bitcoin"),
}


def currency_code(words: str) -> tuple[str, str] | None:
    w = re.sub(r"[^a-z ]", " ", words.lower())
    w = " ".join(x.rstrip("s") if len(x) > 3 else x for x in w.split())
    w = w.replace("u s d", "usd").replace("u s", "us")
    if w in CURRENCIES:
        return CURRENCIES[w]
    for name in sorted(CURRENCIES, key=len, reverse=True):
        if re.search(rf"\b{name}\b", w):
            return CURRENCIES[name]
    if re.fullmatch(r"[a-z]{3}", w):
        return w.upper(), w.upper()
    return None


def _currency_of(s: Slot) -> tuple[str, str] | None:
    by_name = currency_code(s.raw)
    v = s.value
    if isinstance(v, dict) and v.get("kind") == "currency" and v.get("code"):
        code = str(v["code"])
        if by_name and by_name[0] == code:
            return by_name
        spoken = next((name for c, name in CURRENCIES.values() if c == code), code)
        return code, spoken
    return by_name


class KnowledgeSkill:
    name = "knowledge"
    intents = [
        IntentSpec("qa_maths", "Work out arithmetic (+, -, times, divided by, powers, square "
                   "roots, percentages) or convert units.",
                   {"expression": {"type": "string",
                                   "description": "The sum in words or digits, e.g. '12 times 7'"}}),
        IntentSpec("qa_definition", "Define a word.",
                   {"definition_word": {"type": "string", "description": "The word"}}),
        IntentSpec("qa_factoid", "Answer a general-knowledge question or a unit conversion "
                   "like 'how many ounces in a pound'.",
                   {"place_name": {"type": "string"}, "person": {"type": "string"}}),
        IntentSpec("qa_currency", "Convert between currencies (needs an exchange-rate source).",
                   {"currency_name": {"type": "string",
                                      "description": "Currency, e.g. 'euro'; give two"}}),
    ]

    async def handle(self, u: Understanding, ctx: SkillContext) -> Outcome:
        if u.intent == "qa_currency":
            return await self._currency(u, ctx)
        text = str(u.slot("expression").value or u.slot("expression").raw) \
            if u.slot("expression") else u.text
        try:
            conv = convert(text, ctx.language)
        except ConversionError as e:
            return Outcome(e.speech(lang.pick(ctx.language)), action="knowledge.convert_failed")
        if conv is not None:
            return Outcome(conv.speech(), action="knowledge.convert",
                           display={"type": "conversion", "amount": conv.amount,
                                    "from": conv.src, "result": conv.result, "to": conv.dst})
        if u.intent == "qa_maths":
            return self._maths(text, lang.pick(ctx.language))
        return await self._lookup(u, ctx)

    # ---------------------------------------------------------------------- maths

    def _maths(self, text: str, language: str = "en") -> Outcome:
        parts = _CLAIM.split(text, maxsplit=1)
        try:
            expr = to_expression(parts[0], language)
            if not expr:
                return Outcome(lang.t(language, "maths_ask"),
                               action="knowledge.maths_ask", expect_followup=True)
            result = evaluate(expr)
            claimed = None
            if len(parts) == 2:
                rhs = to_expression(parts[1], language)
                claimed = evaluate(rhs) if rhs else None
        except UnsafeInput:
            return Outcome(lang.t(language, "maths_refused"), action="knowledge.refused")
        except MathError as e:
            return Outcome(lang.t(language, e.key), action="knowledge.maths_error")
        said = say_expression(expr, language)
        number = say_number(fmt(result), language)
        display = {"type": "maths", "expression": expr, "result": result}
        if claimed is not None:
            ok = abs(result - claimed) < 1e-9 * max(1.0, abs(result))
            key = ("maths_right" if ok else "maths_wrong") + ("" if said else "_it")
            speech = lang.t(language, key, expr=said, result=number)
            return Outcome(speech, action="knowledge.maths", display={**display, "correct": ok})
        speech = (lang.t(language, "maths_result", expr=said, result=number) if said
                  else lang.t(language, "maths_that", result=number))
        return Outcome(lang.capital(speech), action="knowledge.maths", display=display)

    # ------------------------------------------------------------------ knowledge

    async def _lookup(self, u: Understanding, ctx: SkillContext) -> Outcome:
        source = ctx.services.get("knowledge")
        if isinstance(source, KnowledgeSource):
            try:
                answer = await source.answer(u.text, u.intent, {s.name: s.raw for s in u.slots})
            except Exception:  # noqa: BLE001 - a broken source must not break the turn
                answer = None
            if answer:
                return Outcome(answer, action="knowledge.answer")
        topic = raw(u, "definition_word")
        return Outcome(lang.t(ctx.language, "knowledge_unknown"), action="knowledge.unknown",
                       data={"route": "think", "question": u.text, "intent": u.intent,
                             **({"topic": topic} if topic else {})})

    # ------------------------------------------------------------------- currency

    async def _currency(self, u: Understanding, ctx: SkillContext) -> Outcome:
        rates = ctx.services.get("rates")
        if not isinstance(rates, RatesProvider):
            return Outcome(lang.t(ctx.language, "currency_offline"),
                           action="knowledge.currency_unavailable", data={"route": "think"})
        codes = [c for c in (_currency_of(s) for s in slots(u, "currency_name")) if c]
        if len(codes) < 2:
            return Outcome(lang.t(ctx.language, "currency_ask"),
                           action="knowledge.currency_ask", expect_followup=True)
        (base, base_name), (quote, quote_name) = codes[0], codes[1]
        m = re.search(r"\d+(?:\.\d+)?", words_to_digits(u.text.lower(), lang.pick(ctx.language)))
        amount = float(m.group()) if m else 1.0
        try:
            rate = float(await rates.rate(base, quote))
        except Exception:  # noqa: BLE001 - any provider failure is "can't get rates"
            return Outcome(lang.t(ctx.language, "currency_unavailable"),
                           action="knowledge.currency_unavailable")
        value = amount * rate
        if lang.pick(ctx.language) == "en":
            base_say, quote_say = base_name if amount != 1 else base_name.rstrip("s"), quote_name
        else:  # the currency names are English: say the codes
            base_say, quote_say = base, quote
        speech = lang.t(ctx.language, "currency_result",
                        amount=say_number(fmt(amount), ctx.language), base=base_say,
                        value=say_number(fmt(round(value, 2)), ctx.language), quote=quote_say)
        data: dict[str, Any] = {"base": base, "quote": quote, "rate": rate, "amount": amount,
                                "value": value}
        return Outcome(speech, action="knowledge.currency", display={"type": "currency", **data})
