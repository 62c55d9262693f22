"""Small talk: jokes (bundled, no repeats of the last few), thanks for praise, friendly
and honest canned answers, "what can you do", and greetings — in English, German,
French, Spanish and Italian (texts in :mod:`hark.skills.providers.phrases`, jokes in
``data/jokes.json`` and ``data/jokes_<language>.json``)."""

from __future__ import annotations

import json
import random
import re
from collections import deque
from functools import lru_cache
from importlib import resources
from typing import Any

from hark.skills.base import IntentSpec, SkillContext
from hark.skills.providers import lang
from hark.skills.providers.slots import clean, raw
from hark.types import Outcome, Understanding

NO_REPEAT = 10  # a joke is not told again within this many jokes

CAPABILITIES = [
    "tell you the time and date, here or anywhere",
    "check the weather",
    "control your lights, plugs, robot vacuum and coffee machine",
    "do maths and unit conversions",
    "tell you a joke",
]
CAPABILITY_KEYS = ("can_time", "can_weather", "can_lights", "can_maths", "can_joke")
_PRAISE = ["praise_1", "praise_2", "praise_3", "praise_4"]

# chit-chat said in each language -> the message id of the answer (first match wins)
_CHAT: dict[str, list[tuple[str, str]]] = {
    "en": [
        (r"\bhow (are|r) you\b|\bhow('s| is| did) your day\b|\bhow have you been\b",
         "chat_how_are_you"),
        (r"\b(hard|long|bad|rough|tough|stressful) day\b|\bi'?m (sad|tired|stressed|down)\b",
         "chat_bad_day"),
        (r"\b(good|great|relaxing|nice|lovely) day\b|\bi'?m (happy|great)\b", "chat_good_day"),
        (r"\bwho (is going to|will) win\b|\bpredict\b|\bfuture\b|\blottery\b", "chat_future"),
        (r"\bare you (a )?(human|real|alive|person|robot)\b|\bwho are you\b|\bwhat are you\b",
         "chat_who"),
        (r"\b(love|like) you\b", "chat_love"),
        (r"\bbored\b", "chat_bored"),
        (r"\b(kill|hurt|destroy)\b", "chat_harm"),
        (r"\bmeaning of life\b", "chat_meaning"),
        (r"\bsing\b", "chat_sing"),
    ],
    "de": [
        (r"\bwie geht'?s\b|\bwie geht es (dir|ihnen)\b|\bwie war dein tag\b|\bwie läuft'?s\b",
         "chat_how_are_you"),
        (r"\b(harter|langer|schlechter|anstrengender|stressiger|mieser) tag\b|"
         r"\bich bin (so )?(traurig|müde|gestresst|erschöpft|kaputt)\b|"
         r"\bmir geht'?s (schlecht|nicht gut)\b", "chat_bad_day"),
        (r"\b(guter|toller|schöner|super) tag\b|\bich bin (so )?(glücklich|froh)\b|"
         r"\bmir geht'?s (gut|super|prima)\b", "chat_good_day"),
        (r"\bwer (wird|gewinnt)\b|\bvorhersag\w*\b|\bzukunft\b|\blotto\b", "chat_future"),
        (r"\bbist du (ein |eine )?(mensch|echt|lebendig|roboter|person|maschine)\b|"
         r"\bwer bist du\b|\bwas bist du\b", "chat_who"),
        (r"\bich (liebe|mag) dich\b|\bhab dich lieb\b", "chat_love"),
        (r"\blangweilig\b|\blangeweile\b", "chat_bored"),
        (r"\b(töte|töten|verletz\w*|zerstör\w*)\b", "chat_harm"),
        (r"\bsinn des lebens\b", "chat_meaning"),
        (r"\bsing(e|en|st)?\b", "chat_sing"),
    ],
    "fr": [
        (r"\bcomment (ça|ca) va\b|\bcomment vas[- ]tu\b|\bcomment allez[- ]vous\b|"
         r"^(ça|ca) va$|\bcomment s'est passée (ta|votre) journée\b", "chat_how_are_you"),
        (r"\b(dure|longue|mauvaise|sale) journée\b|"
         r"\bje suis (si |très )?(triste|fatigué|fatiguée|stressé|stressée|épuisé|épuisée|"
         r"déprimé|déprimée)\b", "chat_bad_day"),
        (r"\b(bonne|belle|super) journée\b|\bje suis (si |très )?(heureux|heureuse|content|"
         r"contente)\b", "chat_good_day"),
        (r"\bqui va gagner\b|\bprédi\w*\b|\bavenir\b|\bloto\b|\bloterie\b", "chat_future"),
        (r"\b(es-tu|êtes-vous|tu es|vous êtes) (un |une )?(humain|humaine|réel|réelle|vivant|"
         r"vivante|robot|personne)\b|\bqui es[- ]tu\b|\bqui êtes[- ]vous\b|"
         r"\bqu'est-ce que tu es\b", "chat_who"),
        (r"\bje t'aime\b|\bje vous aime\b|\bje t'adore\b", "chat_love"),
        (r"\bje m'ennuie\b|\bennui\w*\b", "chat_bored"),
        (r"\b(tuer|tue|blesser|détruire)\b", "chat_harm"),
        (r"\bsens de la vie\b", "chat_meaning"),
        (r"\bchante\w*\b|\bchanter\b", "chat_sing"),
    ],
    "es": [
        (r"\bcómo (estás|está usted|te va|va todo)\b|\bqué tal (estás|tu día|te va)\b|"
         r"^qué tal$", "chat_how_are_you"),
        (r"\b(mal|duro|largo|pésimo) día\b|\bestoy (muy )?(triste|cansado|cansada|estresado|"
         r"estresada|agotado|agotada)\b", "chat_bad_day"),
        (r"\b(buen|gran) día\b|\bestoy (muy )?(feliz|contento|contenta|genial)\b",
         "chat_good_day"),
        (r"\bquién va a ganar\b|\bpredec\w*\b|\bfuturo\b|\blotería\b", "chat_future"),
        (r"\beres (un |una )?(humano|humana|real|persona|robot)\b|\bestás vivo\b|"
         r"\bquién eres\b|\bqué eres\b", "chat_who"),
        (r"\bte quiero\b|\bte amo\b", "chat_love"),
        (r"\baburrid[oa]\b|\bme aburro\b", "chat_bored"),
        (r"\b(matar|mata|herir|destruir)\b", "chat_harm"),
        (r"\bsentido de la vida\b", "chat_meaning"),
        (r"\bcant(a|ar|as|ame|arme)\b|\bcántame\b", "chat_sing"),
    ],
    "it": [
        (r"\bcome (stai|sta|va)\b|\bcome ti va\b|\bcom'è andata la (tua )?giornata\b",
         "chat_how_are_you"),
        (r"\bgiornata (dura|lunga|pesante|brutta|storta)\b|\bgiornataccia\b|"
         r"\bsono (così |molto )?(triste|stanco|stanca|stressato|stressata|giù)\b",
         "chat_bad_day"),
        (r"\b(bella|buona|ottima) giornata\b|\bsono (così |molto )?(felice|contento|"
         r"contenta)\b", "chat_good_day"),
        (r"\bchi vincerà\b|\bprevedere\b|\bprevedi\b|\bfuturo\b|\blotteria\b", "chat_future"),
        (r"\bsei (un |una )?(umano|umana|reale|vivo|viva|persona|robot)\b|\bchi sei\b|"
         r"\bcosa sei\b", "chat_who"),
        (r"\bti (amo|voglio bene|adoro)\b", "chat_love"),
        (r"\bannoiat[oa]\b|\bmi annoio\b|\bche noia\b", "chat_bored"),
        (r"\b(uccidere|uccidi|ferire|distruggere)\b", "chat_harm"),
        (r"\bsenso della vita\b", "chat_meaning"),
        (r"\bcant(are|ami|armi)\b", "chat_sing"),
    ],
}
# "what can you do" in the other languages (the NLU may call it chit-chat)
_CAN_DO: dict[str, str] = {
    "de": r"\bwas kannst du\b|\bwobei kannst du (mir )?helfen\b|^hilfe$",
    "fr": r"\bque (sais-tu|savez-vous|peux-tu|pouvez-vous) faire\b|"
          r"\bqu'est-ce que (tu sais|tu peux|vous savez|vous pouvez) faire\b|^aide$",
    "es": r"\bqué (puedes|sabes) hacer\b|\ben qué (me )?puedes ayudar\b|^ayuda$",
    "it": r"\b(che )?cosa (sai|puoi) fare\b|\bin cosa (mi )?puoi aiutare\b|^aiuto$",
}
_HELP_EN = re.compile(r"\b(what can you do|help|capabilit\w*|what do you do|"
                      r"what are you able)\b")
_JOKE_WORDS = re.compile(r"\b(about|a|an|the|some|good|funny|nice|best|new|clean|"
                         r"über|einen|witz|sur|une|blague|sobre|un|chiste|su|una|"
                         r"barzelletta)\b")


@lru_cache(maxsize=8)
def load_jokes(language: str = "en") -> list[dict[str, Any]]:
    """The bundled jokes in ``language`` (English for a language without its own)."""
    code = lang.pick(language)
    name = "data/jokes.json" if code == "en" else f"data/jokes_{code}.json"
    text = resources.files("hark.skills").joinpath(name).read_text("utf-8")
    return list(json.loads(text)["jokes"])


def greeting(kind: str, language: str = "en") -> Outcome:
    """Replies for hello / thanks / bye, for the dialogue to use."""
    k = kind.lower()
    if k in {"hello", "hi", "hey", "greet", "greeting"}:
        return Outcome(lang.t(language, "greet_hello"), action="smalltalk.hello",
                       expect_followup=True)
    if k in {"thanks", "thank", "thank you"}:
        return Outcome(lang.t(language, "greet_thanks"), action="smalltalk.thanks")
    if k in {"bye", "goodbye", "stop", "good night", "goodnight"}:
        return Outcome(lang.t(language, "greet_bye"), action="smalltalk.bye",
                       end_session=True)
    raise ValueError(f"unknown greeting kind: {kind!r}")


def capabilities_speech(items: list[str], language: str = "en") -> str:
    if lang.pick(language) != "en":
        return lang.t(language, "capabilities", list=lang.join(items, language))
    if len(items) == 1:
        return f"I can {items[0]}."
    return "I can " + ", ".join(items[:-1]) + ", and " + items[-1] + "."


def _languages(first: str) -> list[str]:
    return [first] + [code for code in _CHAT if code != first]


def chat_answer(text: str, language: str = "en") -> tuple[str, str]:
    """(language, message id) answering chit-chat ``text``: the patterns of the user's
    language first, then the others (the answer speaks the language that matched)."""
    for code in _languages(language):
        for pattern, key in _CHAT[code]:
            if re.search(pattern, text):
                return code, key
    return language, "chat_default"


def asks_what_i_can_do(text: str) -> str | None:
    """The language "what can you do" is asked in (not English: the dialogue and the
    ``general_explain`` intent handle that), or None."""
    for code, pattern in _CAN_DO.items():
        if re.search(pattern, text):
            return code
    return None


class SmallTalkSkill:
    name = "small_talk"
    intents = [
        IntentSpec("general_joke", "Tell a joke.",
                   {"joke_type": {"type": "string",
                                  "description": "Kind or topic, e.g. 'knock knock', 'animals'"}}),
        IntentSpec("general_praise", "Respond to thanks or praise."),
        IntentSpec("general_quirky", "Chit-chat that is not a request."),
        IntentSpec("general_explain", "Explain what the assistant can do, or clarify the "
                   "last answer."),
    ]

    def __init__(self, rng: random.Random | None = None) -> None:
        self.rng = rng or random.Random()
        self._recent: dict[str, deque[int]] = {}

    async def handle(self, u: Understanding, ctx: SkillContext) -> Outcome:
        language = lang.pick(ctx.language)
        if u.intent == "general_joke":
            return self.joke(raw(u, "joke_type"), ctx.user_id, language)
        if u.intent == "general_praise":
            return Outcome(lang.t(language, self.rng.choice(_PRAISE)),
                           action="smalltalk.praise")
        if u.intent == "general_explain":
            return self._explain(u, ctx)
        text = clean(u.text)
        asked = asks_what_i_can_do(text)
        if asked is not None:
            return self._capabilities(ctx, asked)
        code, key = chat_answer(text, language)
        return Outcome(lang.t(code, key), action="smalltalk.quirky")

    def joke(self, kind: str | None, user_id: str = "default",
             language: str = "en") -> Outcome:
        code = lang.pick(language)
        jokes = load_jokes(code)
        pool = jokes
        if kind:
            k = _JOKE_WORDS.sub(" ", clean(kind)).strip()
            if k:
                stem = k.rstrip("s")
                pool = [j for j in jokes if k in j.get("tags", [])
                        or re.search(rf"\b{re.escape(stem)}", (j["setup"] + " " + j["punchline"]).lower())]
                pool = pool or jokes
        key = user_id if code == "en" else f"{user_id}:{code}"
        recent = self._recent.setdefault(key, deque(maxlen=min(NO_REPEAT, len(jokes) - 1)))
        fresh = [j for j in pool if j["id"] not in recent] or \
            [j for j in jokes if j["id"] not in recent]
        j = self.rng.choice(fresh)
        recent.append(j["id"])
        return Outcome(f"{j['setup']} ... {j['punchline']}", action="smalltalk.joke",
                       display={"type": "joke", "setup": j["setup"], "punchline": j["punchline"]})

    def _explain(self, u: Understanding, ctx: SkillContext) -> Outcome:
        text = clean(u.text)
        language = lang.pick(ctx.language)
        last = ctx.services.get("last_speech")
        asked = asks_what_i_can_do(text)
        if last and not _HELP_EN.search(text) and asked is None:
            return Outcome(lang.t(language, "explain_repeat", last=last),
                           action="smalltalk.explain", data={"route": "think"})
        return self._capabilities(ctx, asked or language)

    def _capabilities(self, ctx: SkillContext, language: str) -> Outcome:
        if language == "en":
            items = list(ctx.services.get("capabilities") or CAPABILITIES)
        else:
            items = [lang.t(language, key) for key in CAPABILITY_KEYS]
        return Outcome(capabilities_speech(items, language), action="smalltalk.capabilities",
                       display={"type": "capabilities", "items": items})
