"""Rule fast path (hassil + home-assistant-intents templates): see ``matcher``."""

from hark.nlu.rules.matcher import (
    DISABLED_HA_INTENTS,
    LANGUAGES,
    MAPPED_HA_INTENTS,
    RuleMatcher,
)

__all__ = ["DISABLED_HA_INTENTS", "LANGUAGES", "MAPPED_HA_INTENTS", "RuleMatcher"]
