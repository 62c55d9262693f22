"""Small talk: jokes (bundled, no repeats of the last few), thanks for praise, friendly
and honest canned answers, "what can you do", and greetings."""

from __future__ import annotations

import json
import random
import re
from collections import deque
from functools import lru_cache
from importlib import resources
from typing import Any

from hark.skills.base import IntentSpec, SkillContext
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

_PRAISE = ["Thank you! Happy to help.", "Aw, thanks!", "Thanks, that's kind of you.",
           "Glad I could help!"]
_QUIRKY: list[tuple[str, str]] = [
    (r"\bhow (are|r) you\b|\bhow('s| is| did) your day\b|\bhow have you been\b",
     "I'm doing well, thanks for asking. How can I help?"),
    (r"\b(hard|long|bad|rough|tough|stressful) day\b|\bi'?m (sad|tired|stressed|down)\b",
     "Sorry to hear that. I hope the rest of your day is easier. A joke might help: just ask."),
    (r"\b(good|great|relaxing|nice|lovely) day\b|\bi'?m (happy|great)\b",
     "That's lovely to hear!"),
    (r"\bwho (is going to|will) win\b|\bpredict\b|\bfuture\b|\blottery\b",
     "I can't predict the future, sadly."),
    (r"\bare you (a )?(human|real|alive|person|robot)\b|\bwho are you\b|\bwhat are you\b",
     "I'm Hark, a voice assistant running right here on your own computer."),
    (r"\b(love|like) you\b", "That's sweet. I'm always happy to help."),
    (r"\bbored\b", "How about a joke, or shall I check the weather for you?"),
    (r"\b(kill|hurt|destroy)\b", "I'd rather not. Is there something else I can help with?"),
    (r"\bmeaning of life\b", "Some say forty-two. I say: good company and a warm cup of tea."),
    (r"\bsing\b", "I'm no singer, but I can tell you a joke instead."),
]
_QUIRKY_DEFAULT = ("I'm not sure what to say to that, but I'm happy to help with the time, "
                   "weather, lights, maths and more.")


@lru_cache(maxsize=1)
def load_jokes() -> list[dict[str, Any]]:
    text = resources.files("hark.skills").joinpath("data/jokes.json").read_text("utf-8")
    return list(json.loads(text)["jokes"])


def greeting(kind: str) -> Outcome:
    """Replies for hello / thanks / bye, for the dialogue to use."""
    k = kind.lower()
    if k in {"hello", "hi", "hey", "greet", "greeting"}:
        return Outcome("Hi! What can I do for you?", action="smalltalk.hello",
                       expect_followup=True)
    if k in {"thanks", "thank", "thank you"}:
        return Outcome("You're welcome!", action="smalltalk.thanks")
    if k in {"bye", "goodbye", "stop", "good night", "goodnight"}:
        return Outcome("Goodbye!", action="smalltalk.bye", end_session=True)
    raise ValueError(f"unknown greeting kind: {kind!r}")


def capabilities_speech(items: list[str]) -> str:
    if len(items) == 1:
        return f"I can {items[0]}."
    return "I can " + ", ".join(items[:-1]) + ", and " + items[-1] + "."


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
        if u.intent == "general_joke":
            return self.joke(raw(u, "joke_type"), ctx.user_id)
        if u.intent == "general_praise":
            return Outcome(self.rng.choice(_PRAISE), action="smalltalk.praise")
        if u.intent == "general_explain":
            return self._explain(u, ctx)
        text = clean(u.text)
        for pattern, answer in _QUIRKY:
            if re.search(pattern, text):
                return Outcome(answer, action="smalltalk.quirky")
        return Outcome(_QUIRKY_DEFAULT, action="smalltalk.quirky")

    def joke(self, kind: str | None, user_id: str = "default") -> Outcome:
        jokes = load_jokes()
        pool = jokes
        if kind:
            k = clean(kind)
            k = re.sub(r"\b(about|a|an|the|some|good|funny|nice|best|new|clean)\b", " ", k).strip()
            if k:
                stem = k.rstrip("s")
                pool = [j for j in jokes if k in j.get("tags", [])
                        or re.search(rf"\b{re.escape(stem)}", (j["setup"] + " " + j["punchline"]).lower())]
                pool = pool or jokes
        recent = self._recent.setdefault(user_id, deque(maxlen=min(NO_REPEAT, len(jokes) - 1)))
        fresh = [j for j in pool if j["id"] not in recent] or \
            [j for j in jokes if j["id"] not in recent]
        j = self.rng.choice(fresh)
        recent.append(j["id"])
        return Outcome(f"{j['setup']} ... {j['punchline']}", action="smalltalk.joke",
                       display={"type": "joke", "setup": j["setup"], "punchline": j["punchline"]})

    def _explain(self, u: Understanding, ctx: SkillContext) -> Outcome:
        text = clean(u.text)
        last = ctx.services.get("last_speech")
        asks_help = re.search(r"\b(what can you do|help|capabilit\w*|what do you do|"
                              r"what are you able)\b", text)
        if last and not asks_help:
            return Outcome(f"Sorry if that wasn't clear. I said: {last}", action="smalltalk.explain",
                           data={"route": "think"})
        items = list(ctx.services.get("capabilities") or CAPABILITIES)
        return Outcome(capabilities_speech(items), action="smalltalk.capabilities",
                       display={"type": "capabilities", "items": items})
