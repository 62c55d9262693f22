"""Roll dice ("roll two dice", "roll a d20", "roll 3d6") and flip coins."""

from __future__ import annotations

import random
import re

from hark.skills.base import IntentSpec, SkillContext
from hark.types import Outcome, Understanding

_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_DICE = re.compile(r"\b(\d+|a|an|one|two|three|four|five|six)?\s*(?:d(\d+)|dice|die)\b")


class DiceSkill:
    name = "dice"
    intents = [
        IntentSpec("dice_roll", "Roll one or more dice (six-sided unless said, e.g. 'd20').",
                   {"count": {"type": "integer", "minimum": 1, "maximum": 10},
                    "sides": {"type": "integer", "minimum": 2, "maximum": 1000}},
                   templates=["roll [a|the|one] (die|dice)", "roll {count} dice",
                              "roll [a|one] d{sides}", "throw [a|the] (die|dice)"]),
        IntentSpec("coin_flip", "Flip a coin.",
                   templates=["(flip|toss) a coin", "heads or tails"]),
    ]

    def __init__(self, rng: random.Random | None = None) -> None:
        self.rng = rng or random.Random()

    async def handle(self, u: Understanding, ctx: SkillContext) -> Outcome:
        if u.intent == "coin_flip":
            side = self.rng.choice(["heads", "tails"])
            return Outcome(f"It's {side}.", action="dice.coin", data={"side": side})
        count, sides = 1, 6
        m = _DICE.search(u.text.lower())
        if m:
            if m.group(1):
                count = int(m.group(1)) if m.group(1).isdigit() else _WORDS[m.group(1)]
            if m.group(2):
                sides = int(m.group(2))
        for s in u.slots:
            if s.name in ("count", "sides") and str(s.raw).isdigit():
                if s.name == "count":
                    count = int(s.raw)
                else:
                    sides = int(s.raw)
        count, sides = max(1, min(count, 10)), max(2, min(sides, 1000))
        rolls = [self.rng.randint(1, sides) for _ in range(count)]
        if count == 1:
            speech = f"You rolled a {rolls[0]}."
        else:
            speech = f"You rolled {', '.join(map(str, rolls[:-1]))} and {rolls[-1]}: " \
                     f"{sum(rolls)} in total."
        return Outcome(speech, action="dice.roll", data={"rolls": rolls, "sides": sides})
