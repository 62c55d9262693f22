"""Natural-language understanding: intent + slots (see engine.NLU)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hark.nlu.engine import NLU

__all__ = ["NLU"]


def __getattr__(name: str) -> Any:
    if name == "NLU":
        from hark.nlu.engine import NLU

        return NLU
    raise AttributeError(name)
