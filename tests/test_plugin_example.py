"""The example plugin package under examples/ is built and installed with pip into a
temporary folder (the venv is left untouched), found through the ``hark.skills``
entry-point group, loaded by the registry and dispatched to."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from importlib.metadata import distributions
from pathlib import Path

import pytest

from hark.config import Settings
from hark.skills.base import SkillContext
from hark.skills.registry import ENTRY_POINT_GROUP, SkillRegistry
from hark.types import Understanding

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "hark-skill-example"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("plugin-site")
    cmd = [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet",
           "--disable-pip-version-check", "--target", str(target), str(EXAMPLE)]
    # Offline when the build backend is already here; otherwise pip fetches it (as setup does).
    if importlib.util.find_spec("setuptools") and importlib.util.find_spec("wheel"):
        cmd.insert(4, "--no-build-isolation")
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return target


@pytest.fixture()
def on_path(installed: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.syspath_prepend(str(installed))
    yield installed
    for name in [m for m in sys.modules if m.startswith("hark_skill_example")]:
        del sys.modules[name]


def test_installed_with_entry_point(installed: Path) -> None:
    [dist] = [d for d in distributions(path=[str(installed)])
              if d.metadata["Name"] == "hark-skill-example"]
    eps = [ep for ep in dist.entry_points if ep.group == ENTRY_POINT_GROUP]
    assert [(ep.name, ep.value) for ep in eps] == [("dice", "hark_skill_example.dice:DiceSkill")]


async def test_registry_loads_and_dispatches_plugin(on_path: Path) -> None:
    reg = SkillRegistry.default()  # builtins + every installed plugin on sys.path
    assert reg.errors == []
    skill = reg.skill_for("dice_roll")
    assert skill is not None and skill.name == "dice"
    assert reg.skill_for("coin_flip") is skill
    assert "dice_roll" in {t["name"] for t in reg.tools()}

    ctx = SkillContext(settings=Settings())
    out = await reg.dispatch(Understanding("roll 3d6", "dice_roll", 0.9), ctx)
    assert out.action == "dice.roll"
    assert len(out.data["rolls"]) == 3 and out.data["sides"] == 6
    assert all(1 <= r <= 6 for r in out.data["rolls"])
    assert out.speech.endswith(f"{sum(out.data['rolls'])} in total.")
    out = await reg.dispatch(Understanding("flip a coin", "coin_flip", 0.9), ctx)
    assert out.speech in {"It's heads.", "It's tails."}


async def test_plugin_intent_understood_through_its_templates(on_path: Path,
                                                              tmp_path: Path) -> None:
    """The shipped NLU model was never trained on `dice_roll`: the plugin's sentence
    templates make the whole assistant understand it."""
    from hark.assistant import Assistant
    from hark.store import Store

    settings = Settings(data_dir=tmp_path)
    store = Store.open(settings)
    try:
        a = Assistant(settings, store=store, registry=SkillRegistry.default())
        r = await a.handle_text("roll two dice")
        assert r.intent == "dice_roll" and r.action == "dice.roll", r
        assert r.response_text.startswith("You rolled") and "in total" in r.response_text
        r = await a.handle_text("flip a coin")
        assert r.response_text in {"It's heads.", "It's tails."}
        r = await a.handle_text("what is 12 times 7")  # everything else still reaches the NLU
        assert r.intent == "qa_maths" and "84" in r.response_text
    finally:
        store.close()
