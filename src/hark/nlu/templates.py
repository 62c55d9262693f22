"""Sentence templates that skills declare for their own intents (hassil syntax).

The trained model only knows the intents it was trained on; a plugin that adds
``dice_roll`` gives templates such as ``"roll [a] (die|dice)"`` or
``"roll {count} dice"`` in its :class:`~hark.skills.base.IntentSpec`, and they are matched
before the model. Slots named in a template come from the spec's JSON schema: integer
slots become number ranges, everything else a wildcard.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from typing import Any

from hark.types import Slot, Understanding

_SLOT_REF = re.compile(r"\{(\w+)(?::\w+)?\}")


class SkillTemplates:
    def __init__(self, specs: Iterable[Any], language: str = "en") -> None:
        self.language = language
        self._intents: dict[str, list[str]] = {}
        self._schemas: dict[str, dict[str, Any]] = {}
        for spec in specs:
            templates = list(getattr(spec, "templates", None) or [])
            if templates:
                self._intents[spec.intent] = templates
                self._schemas.update(spec.slots)
        self._compiled: Any = None
        self._lock = threading.Lock()

    def __bool__(self) -> bool:
        return bool(self._intents)

    def _compile(self) -> Any:
        from hassil import Intents

        lists: dict[str, Any] = {}
        for templates in self._intents.values():
            for t in templates:
                for name in _SLOT_REF.findall(t):
                    schema = self._schemas.get(name, {})
                    if schema.get("type") == "integer":
                        lists[name] = {"range": {"from": int(schema.get("minimum", 0)),
                                                 "to": int(schema.get("maximum", 100))}}
                    else:
                        lists[name] = {"wildcard": True}
        return Intents.from_dict({
            "language": self.language,
            "intents": {name: {"data": [{"sentences": ts}]} for name, ts in self._intents.items()},
            "lists": lists,
        })

    def match(self, text: str, language: str | None = None) -> Understanding | None:
        """The intent a template reads in ``text``; ``language``: the one ``text`` is in
        (the templates' own language when not given)."""
        if not self._intents:
            return None
        from hassil import recognize_best

        with self._lock:
            if self._compiled is None:
                self._compiled = self._compile()
            result = recognize_best(text, self._compiled)
        if result is None:
            return None
        slots = []
        for name, ent in result.entities.items():
            raw = str(ent.text or ent.value).strip()
            start = text.lower().find(raw.lower()) if raw else -1
            slots.append(Slot(name, raw, ent.value if not ent.is_wildcard else None,
                              start if start >= 0 else None,
                              start + len(raw) if start >= 0 else None))
        return Understanding(text=text, intent=result.intent.name, confidence=1.0,
                             slots=slots, language=language or self.language,
                             source="skill-template")
