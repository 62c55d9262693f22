"""The skill registry: built-in skills plus third-party ones from the ``hark.skills``
entry-point group, intent -> skill routing, and tool schemas for the think path."""

from __future__ import annotations

import importlib
import inspect
import logging
from collections.abc import Callable, Iterable
from importlib.metadata import EntryPoint, entry_points
from typing import Any

from hark.errors import Conflict, HarkError
from hark.skills.base import IntentSpec, Skill, SkillContext
from hark.skills.providers import lang
from hark.types import Outcome, Understanding

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "hark.skills"

# Every built-in skill, in one place: "module:Class". Skills from other parts of Hark
# (timers, alarms, lists, music, messages, ...) are added here as they land.
BUILTIN_SKILLS: tuple[str, ...] = (
    "hark.skills.datetime_skill:DateTimeSkill",
    "hark.skills.weather:WeatherSkill",
    "hark.skills.smarthome:SmartHomeSkill",
    "hark.skills.knowledge:KnowledgeSkill",
    "hark.skills.small_talk:SmallTalkSkill",
    "hark.skills.timers:TimerSkill",
    "hark.skills.alarms:AlarmSkill",
    "hark.skills.calendar_skill:CalendarSkill",
    "hark.skills.lists:ListSkill",
    "hark.skills.messaging:MessagingSkill",
    "hark.skills.music:MusicSkill",
    "hark.skills.undo:UndoSkill",
)


class SkillConflict(Conflict):
    code = "skill_conflict"


class InvalidSkill(HarkError):
    code = "invalid_skill"


def _instantiate(obj: Any, source: str) -> Skill:
    """A Skill instance from a Skill class, a factory, or an instance."""
    if inspect.isclass(obj) or (callable(obj) and not isinstance(obj, Skill)):
        try:
            obj = obj()
        except Exception as e:
            raise InvalidSkill(f"Skill {source} could not be created: {e}") from e
    if not isinstance(obj, Skill) or not isinstance(getattr(obj, "name", None), str) \
            or not inspect.iscoroutinefunction(obj.handle):
        raise InvalidSkill(f"{source} is not a Skill (needs name, intents and async handle).")
    if not all(isinstance(spec, IntentSpec) for spec in obj.intents):
        raise InvalidSkill(f"Skill {obj.name} ({source}) has intents that are not IntentSpec.")
    return obj


def _load_ref(ref: str) -> Any:
    module, _, attr = ref.partition(":")
    return getattr(importlib.import_module(module), attr)


class SkillRegistry:
    def __init__(self) -> None:
        self._skills: dict[str, Skill] = {}
        self._by_intent: dict[str, tuple[Skill, IntentSpec]] = {}
        self.errors: list[str] = []  # plugins that failed to load (logged, skipped)

    @classmethod
    def default(cls, *, plugins: bool = True) -> SkillRegistry:
        reg = cls()
        for ref in BUILTIN_SKILLS:
            reg.register(_instantiate(_load_ref(ref), ref))
        if plugins:
            reg.load_plugins()
        return reg

    def register(self, skill: Skill | type | Callable[[], Skill], *, source: str = "") -> Skill:
        """Add a skill. Raises SkillConflict if another skill (or the same skill twice)
        already claims one of its intents, or its name is taken."""
        inst = _instantiate(skill, source or repr(skill))
        if inst.name in self._skills:
            raise SkillConflict(f"Two skills are called {inst.name!r}.", skill=inst.name)
        claimed: set[str] = set()
        for spec in inst.intents:
            owner = self._by_intent.get(spec.intent)
            if owner is not None or spec.intent in claimed:
                other = owner[0].name if owner else inst.name
                raise SkillConflict(
                    f"Skills {other!r} and {inst.name!r} both claim the intent "
                    f"{spec.intent!r}; only one skill may handle an intent.",
                    intent=spec.intent, skills=[other, inst.name])
            claimed.add(spec.intent)
        self._skills[inst.name] = inst
        for spec in inst.intents:
            self._by_intent[spec.intent] = (inst, spec)
        return inst

    def load_plugins(self, eps: Iterable[EntryPoint] | None = None) -> list[Skill]:
        """Load third-party skills from the ``hark.skills`` entry-point group. A plugin that
        fails to import or is not a Skill is logged and skipped; one that claims an intent
        already taken raises SkillConflict."""
        loaded = []
        for ep in eps if eps is not None else entry_points(group=ENTRY_POINT_GROUP):
            source = f"entry point {ep.name} ({ep.value})"
            try:
                obj = ep.load()
                loaded.append(self.register(obj, source=source))
            except SkillConflict:
                raise
            except Exception as e:  # noqa: BLE001 - a broken plugin must not stop Hark
                msg = e.message if isinstance(e, HarkError) else f"{type(e).__name__}: {e}"
                log.error("skipping skill plugin %s: %s", source, msg)
                self.errors.append(f"{source}: {msg}")
        return loaded

    # ------------------------------------------------------------------- lookups

    @property
    def skills(self) -> list[Skill]:
        return list(self._skills.values())

    def intents(self) -> list[str]:
        return list(self._by_intent)

    def skill_for(self, intent: str) -> Skill | None:
        hit = self._by_intent.get(intent)
        return hit[0] if hit else None

    def spec_for(self, intent: str) -> IntentSpec | None:
        hit = self._by_intent.get(intent)
        return hit[1] if hit else None

    def tools(self) -> list[dict[str, Any]]:
        """One tool per intent for the LLM think path: name, description, parameters
        (JSON schema), plus the ``sensitive`` flag the dialogue confirms first."""
        return [{"name": spec.intent, "description": spec.description,
                 "parameters": spec.json_schema(), "sensitive": spec.sensitive}
                for _, spec in self._by_intent.values()]

    def openai_tools(self) -> list[dict[str, Any]]:
        """The same tools in the OpenAI chat-completions ``tools`` format."""
        return [{"type": "function",
                 "function": {k: t[k] for k in ("name", "description", "parameters")}}
                for t in self.tools()]

    async def dispatch(self, u: Understanding, ctx: SkillContext) -> Outcome:
        """Run the skill for ``u.intent``; errors become a spoken answer, never an exception."""
        skill = self.skill_for(u.intent)
        if skill is None:
            return Outcome(lang.t(ctx.language, "skill_missing"), action="skill.missing",
                           data={"route": "think", "intent": u.intent})
        try:
            return await skill.handle(u, ctx)
        except Exception as e:  # noqa: BLE001 - the user hears a clear sentence instead
            log.exception("skill %s failed on %s", skill.name, u.intent)
            return Outcome(lang.say_error(e, ctx.language), action="skill.error",
                           data={"skill": skill.name, "intent": u.intent})
