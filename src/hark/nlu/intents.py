"""Hark's intent taxonomy: the 64 HWU64 intents plus a few Hark extensions.

HWU64 (Liu et al. 2019) names intents ``scenario_action``. Hark adds timer intents,
which HWU64 lacks (it files the few timer requests under ``alarm_*``). Every extension
intent has a parent HWU64 intent so scores on HWU64-labelled data stay comparable:
``to_hwu64("timer_set") == "alarm_set"``.
"""

from __future__ import annotations

OUT_OF_SCOPE = "out_of_scope"

HWU64_INTENTS: tuple[str, ...] = (
    "alarm_query",
    "alarm_remove",
    "alarm_set",
    "audio_volume_down",
    "audio_volume_mute",
    "audio_volume_up",
    "calendar_query",
    "calendar_remove",
    "calendar_set",
    "cooking_recipe",
    "datetime_convert",
    "datetime_query",
    "email_addcontact",
    "email_query",
    "email_querycontact",
    "email_sendemail",
    "general_affirm",
    "general_commandstop",
    "general_confirm",
    "general_dontcare",
    "general_explain",
    "general_joke",
    "general_negate",
    "general_praise",
    "general_quirky",
    "general_repeat",
    "iot_cleaning",
    "iot_coffee",
    "iot_hue_lightchange",
    "iot_hue_lightdim",
    "iot_hue_lightoff",
    "iot_hue_lighton",
    "iot_hue_lightup",
    "iot_wemo_off",
    "iot_wemo_on",
    "lists_createoradd",
    "lists_query",
    "lists_remove",
    "music_likeness",
    "music_query",
    "music_settings",
    "news_query",
    "play_audiobook",
    "play_game",
    "play_music",
    "play_podcasts",
    "play_radio",
    "qa_currency",
    "qa_definition",
    "qa_factoid",
    "qa_maths",
    "qa_stock",
    "recommendation_events",
    "recommendation_locations",
    "recommendation_movies",
    "social_post",
    "social_query",
    "takeaway_order",
    "takeaway_query",
    "transport_query",
    "transport_taxi",
    "transport_ticket",
    "transport_traffic",
    "weather_query",
)

HWU64_SLOT_TYPES: tuple[str, ...] = (
    "alarm_type",
    "app_name",
    "artist_name",
    "audiobook_author",
    "audiobook_name",
    "business_name",
    "business_type",
    "change_amount",
    "coffee_type",
    "color_type",
    "cooking_type",
    "currency_name",
    "date",
    "definition_word",
    "device_type",
    "drink_type",
    "email_address",
    "email_folder",
    "event_name",
    "food_type",
    "game_name",
    "game_type",
    "general_frequency",
    "house_place",
    "ingredient",
    "joke_type",
    "list_name",
    "meal_type",
    "media_type",
    "movie_name",
    "movie_type",
    "music_album",
    "music_descriptor",
    "music_genre",
    "news_topic",
    "order_type",
    "person",
    "personal_info",
    "place_name",
    "player_setting",
    "playlist_name",
    "podcast_descriptor",
    "podcast_name",
    "radio_name",
    "relation",
    "song_name",
    "time",
    "time_zone",
    "timeofday",
    "transport_agency",
    "transport_descriptor",
    "transport_name",
    "transport_type",
    "weather_descriptor",
)

# Hark extension intents (not in HWU64) and the HWU64 intent each one falls back to.
# Pausing/resuming a timer changes an existing countdown, closest to setting one.
TIMER_SET = "timer_set"
TIMER_QUERY = "timer_query"
TIMER_REMOVE = "timer_remove"
TIMER_PAUSE = "timer_pause"
TIMER_RESUME = "timer_resume"

# Changing what is set: an alarm's time, the time left on a timer
ALARM_CHANGE = "alarm_change"
TIMER_ADJUST = "timer_adjust"

# "Ist das Licht in der Küche an?": HWU64 has no question about a device's state; the
# parent is the intent such questions were read as before
IOT_QUERY = "iot_query"



def is_home_control(intent: str) -> bool:
    """Switching or setting something in the home (not asking what is on)."""
    return intent.startswith(("iot_", "audio_volume_")) and intent != IOT_QUERY


PARENT_INTENT: dict[str, str] = {
    IOT_QUERY: "iot_hue_lighton",
    TIMER_SET: "alarm_set",
    TIMER_QUERY: "alarm_query",
    TIMER_REMOVE: "alarm_remove",
    TIMER_PAUSE: "alarm_set",
    TIMER_RESUME: "alarm_set",
    ALARM_CHANGE: "alarm_set",
    TIMER_ADJUST: "alarm_set",
}

EXTENSION_INTENTS: tuple[str, ...] = tuple(sorted(PARENT_INTENT))

# Hark-only slot types. A timer's length is a duration, not a clock time; HWU64 would
# annotate it as ``time``, so ``to_hwu64_slot`` maps it back for evaluation.
DURATION_SLOT = "duration"
TIMER_NAME_SLOT = "timer_name"
# A list item ("milk" in "add milk to my shopping list"); HWU64 leaves items unannotated.
LIST_ITEM_SLOT = "item"
EXTENSION_SLOT_PARENT: dict[str, str] = {DURATION_SLOT: "time", TIMER_NAME_SLOT: "event_name"}

ALL_INTENTS: tuple[str, ...] = HWU64_INTENTS + EXTENSION_INTENTS

_HWU64_SET = frozenset(HWU64_INTENTS)


def to_hwu64(intent: str) -> str:
    """Map a Hark intent to its HWU64 label (identity for HWU64 intents and
    ``out_of_scope``; unknown names are returned unchanged)."""
    return PARENT_INTENT.get(intent, intent)


def to_hwu64_slot(slot: str) -> str:
    """Map a Hark slot type to its HWU64 slot type."""
    return EXTENSION_SLOT_PARENT.get(slot, slot)


def is_known_intent(intent: str) -> bool:
    return intent in _HWU64_SET or intent in PARENT_INTENT or intent == OUT_OF_SCOPE
