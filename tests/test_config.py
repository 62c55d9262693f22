from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest

from hark.config import Settings, env_name, load_settings
from hark.errors import InvalidInput


def test_defaults() -> None:
    s = load_settings(env={})
    assert s.port == 8765 and s.host == "127.0.0.1"
    assert s.stt_engine == "whisper-tiny-en" and s.tts_engine == "piper"
    assert s.speech_start_s == 0.2 and s.speech_end_s == 0.6 and s.max_utterance_s == 60
    assert s.db_url.startswith("sqlite:///") and s.db_url.endswith("hark.db")


def test_precedence_toml_then_env_then_override(tmp_path: Path) -> None:
    cfg = tmp_path / "hark.toml"
    cfg.write_text('[hark]\nport = 9000\ntts_rate = 1.2\ndenoise = true\n')
    s = load_settings(env={"HARK_CONFIG": str(cfg)})
    assert (s.port, s.tts_rate, s.denoise) == (9000, 1.2, True)
    s = load_settings(env={"HARK_CONFIG": str(cfg), "HARK_PORT": "9100"})
    assert s.port == 9100
    s = load_settings(env={"HARK_CONFIG": str(cfg), "HARK_PORT": "9100"}, port=9200)
    assert s.port == 9200


@pytest.mark.parametrize(
    "env", [{"HARK_PORT": "eighty"}, {"HARK_DENOISE": "maybe"}, {"HARK_TTS_RATE": "fast"}]
)
def test_bad_env_values_are_clear_errors(env: dict[str, str]) -> None:
    with pytest.raises(InvalidInput, match="invalid value"):
        load_settings(env=env)


def test_bad_toml(tmp_path: Path) -> None:
    cfg = tmp_path / "hark.toml"
    cfg.write_text("port = = 3")
    with pytest.raises(InvalidInput, match="not valid TOML"):
        load_settings(env={"HARK_CONFIG": str(cfg)})
    cfg.write_text("colour = 'blue'")
    with pytest.raises(InvalidInput, match="unknown setting"):
        load_settings(env={"HARK_CONFIG": str(cfg)})


def test_every_setting_is_documented_in_readme() -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text()
    documented = set(re.findall(r"`(HARK_[A-Z0-9_]+)`", readme))
    missing = [env_name(f.name) for f in fields(Settings) if env_name(f.name) not in documented]
    assert not missing, f"README lacks: {missing}"
