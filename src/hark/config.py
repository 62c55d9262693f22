"""All configuration in one place.

Precedence: built-in defaults < ``hark.toml`` (``$HARK_CONFIG`` or ./hark.toml) <
``HARK_*`` environment variables < explicit overrides (CLI flags).

Every field below is settable as ``HARK_<FIELD NAME IN UPPER CASE>``; the README lists them.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import Any, get_type_hints

from hark.errors import InvalidInput


def _xdg(var: str, fallback: str) -> Path:
    return Path(os.environ.get(var) or Path.home() / fallback) / "hark"


@dataclass(frozen=True)
class Settings:
    # --- places -------------------------------------------------------------------
    data_dir: Path = field(default_factory=lambda: _xdg("XDG_DATA_HOME", ".local/share"))
    cache_dir: Path = field(default_factory=lambda: _xdg("XDG_CACHE_HOME", ".cache"))
    database_url: str = ""  # empty: sqlite:///<data_dir>/hark.db
    # --- server -------------------------------------------------------------------
    host: str = "127.0.0.1"
    port: int = 8765
    # --- general ------------------------------------------------------------------
    language: str = "en"
    timezone: str = ""  # empty: the machine's local zone
    home_location: str = ""  # default place for weather, e.g. "Berlin"
    log_level: str = "INFO"
    log_format: str = "json"  # json | text
    max_text_chars: int = 2000
    # --- engines ------------------------------------------------------------------
    stt_engine: str = "whisper-tiny-en"  # whisper-tiny-en | moonshine-tiny | whisper-base
    stt_language: str = ""  # empty: the engine's default / auto-detect
    stt_beam_size: int = 5
    stt_window_s: float = 15.0  # Whisper encoder window for short audio; 30 = always full
    stt_context: bool = True  # tell Whisper the names of the user's own things first
    # Whisper hypotheses kept for the assistant to choose from (pipeline/hypotheses.py); 1: off
    stt_alternatives: int = 5
    tts_engine: str = "piper"  # piper | nanotts
    tts_voice: str = ""  # empty: engine default (piper: en_US-joe-medium, nanotts: en-US)
    tts_rate: float = 1.0  # 1.0 normal, 1.5 faster, 0.8 slower
    wake_word: str = "hey_jarvis"  # hey_jarvis | alexa | okay_nabu | hey_mycroft | hey_rhasspy
    wake_threshold: float = 0.5
    denoise: bool = False
    engine_threads: int = 2
    # --- endpointing --------------------------------------------------------------
    vad_threshold: float = 0.5
    speech_start_s: float = 0.2
    speech_end_s: float = 0.6
    stt_early_s: float = 0.25  # `hark listen`: start STT after this much silence (0: off)
    preroll_s: float = 0.3
    max_utterance_s: float = 60.0
    max_audio_s: float = 600.0  # longest file accepted by `hark transcribe`
    # --- understanding & dialogue ---------------------------------------------------
    nlu_model: str = "default"  # "default" (shipped) or a folder made by `hark nlu train`
    confidence_threshold: float = 0.7
    session_idle_minutes: float = 30.0
    scheduler_poll_s: float = 2.0  # how soon changes made by another process are seen
    turn_log: str = ""  # path of an optional markdown turn log, e.g. logs/agent_log.md
    # --- outside services -----------------------------------------------------------
    weather_url: str = "https://api.open-meteo.com/v1/forecast"
    geocoding_url: str = "https://geocoding-api.open-meteo.com/v1/search"
    http_timeout_s: float = 5.0
    ha_url: str = ""  # Home Assistant base URL; empty: virtual devices only
    ha_token: str = ""
    # --- messages & media -----------------------------------------------------------
    smtp_host: str = ""  # e-mail server; empty: e-mail sending is off
    smtp_port: int = 587
    smtp_user: str = ""
    smtp_password: str = ""
    smtp_from: str = ""  # sender address; empty: smtp_user or hark@localhost
    smtp_ssl: bool = False  # implicit TLS (port 465); otherwise STARTTLS when offered
    webhook_url: str = ""  # texts/calls/webhook messages are POSTed here as JSON
    webhook_token: str = ""  # sent as "Authorization: Bearer <token>" when set
    music_dir: str = ""  # local music folder; empty: ~/Music

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'hark.db'}"

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


def _coerce(name: str, typ: Any, raw: Any) -> Any:
    try:
        if typ is bool:
            if isinstance(raw, bool):
                return raw
            s = str(raw).strip().lower()
            if s in {"1", "true", "yes", "on"}:
                return True
            if s in {"0", "false", "no", "off", ""}:
                return False
            raise ValueError(raw)
        if typ is Path:
            return Path(str(raw)).expanduser()
        return typ(raw)
    except (TypeError, ValueError) as e:
        raise InvalidInput(f"Setting {name} has an invalid value: {raw!r}") from e


def env_name(field_name: str) -> str:
    return "HARK_" + field_name.upper()


def load_settings(
    env: dict[str, str] | None = None, config_file: Path | None = None, **overrides: Any
) -> Settings:
    env = dict(os.environ if env is None else env)
    hints = get_type_hints(Settings)
    values: dict[str, Any] = {}
    path = config_file or Path(env.get("HARK_CONFIG", "hark.toml"))
    if path.is_file():
        with path.open("rb") as fh:
            try:
                doc = tomllib.load(fh)
            except tomllib.TOMLDecodeError as e:
                raise InvalidInput(f"{path} is not valid TOML: {e}") from e
        for k, v in doc.get("hark", doc).items():
            if k not in hints:
                raise InvalidInput(f"{path}: unknown setting {k!r}")
            values[k] = _coerce(k, hints[k], v)
    for f in fields(Settings):
        name = env_name(f.name)
        if name in env:
            values[f.name] = _coerce(name, hints[f.name], env[name])
    for k, v in overrides.items():
        if v is not None:
            values[k] = _coerce(k, hints[k], v)
    return Settings(**values)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Process-wide settings (read once)."""
    return load_settings()
