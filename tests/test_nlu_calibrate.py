"""`hark nlu calibrate`: refit the out-of-scope threshold on a validation file with real
out-of-scope questions (CLINC150 val), written atomically, never into the bundled model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hark.errors import InvalidInput
from hark.nlu.calibrate import calibrate
from hark.nlu.dataset import OOS, load_jsonl
from hark.nlu.engine import NLU
from hark.nlu.evaluate import evaluate
from hark.nlu.train import train
from tests.test_nlu_train import DATA


@pytest.fixture(scope="module")
def clinc_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (DATA / "clinc150-train.jsonl").exists():
        pytest.skip("shared data not present")
    rows = load_jsonl(DATA / "clinc150-train.jsonl")[::8]
    out = tmp_path_factory.mktemp("clinc")
    train(rows, out, use_e5=False, seed=1, crf_iterations=5)
    return out


def _val() -> list:
    rows = load_jsonl(DATA / "clinc150-val.jsonl")
    return [r for i, r in enumerate(rows) if r.intent == OOS or i % 6 == 0]


def test_calibrate_writes_a_copy_that_refuses_more(clinc_model: Path, tmp_path: Path) -> None:
    before_bytes = (clinc_model / "intent.json").read_bytes()
    out = tmp_path / "cal"
    # a TF-IDF-only model on an eighth of the data is unsure of much: allow 10 % refusals
    rep = calibrate(clinc_model, _val(), out=out, source="clinc150-val.jsonl",
                    max_in_scope_reject=0.1)
    assert (clinc_model / "intent.json").read_bytes() == before_bytes  # source untouched
    assert rep["n_oos"] == 100 and rep["skipped_unknown_intent"] == 0
    assert rep["after"]["in_scope_rejected"] <= 0.1 + 1e-9
    assert rep["after"]["oos_recall"] >= rep["before"]["oos_recall"]
    params = json.loads((out / "intent.json").read_text())
    assert params["oos_threshold"] == pytest.approx(rep["threshold"], abs=1e-4)
    meta = json.loads((out / "meta.json").read_text())
    assert meta["oos_calibration"]["source"] == "clinc150-val.jsonl"
    assert not list(out.glob("*.tmp"))
    # the new threshold holds on test questions it never saw
    test = [r for i, r in enumerate(load_jsonl(DATA / "clinc150-test.jsonl")) if i % 5 == 0]
    old = evaluate(NLU.load(clinc_model), test, use_rules=False)
    new = evaluate(NLU.load(out), test, use_rules=False)
    assert new["oos_recall"] > old["oos_recall"]
    assert new["in_scope_accuracy"] > old["in_scope_accuracy"] - 0.05


def test_calibrate_in_place_and_cli(clinc_model: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture) -> None:
    import shutil

    from hark.cli import main

    model = tmp_path / "m"
    shutil.copytree(clinc_model, model)
    val = tmp_path / "val.jsonl"
    val.write_text("".join(json.dumps({"text": r.text, "intent": r.intent}) + "\n"
                           for r in _val()))
    assert main(["nlu", "calibrate", str(val), "--model", str(model),
                 "--max-in-scope-reject", "1", "--json"]) == 0
    rep = json.loads(capsys.readouterr().out)
    assert rep["model"] == str(model)
    # no cap: the best sum of in-scope accuracy and OOS recall on the file
    a = rep["after"]
    b = rep["before"]
    assert a["in_scope_accuracy"] + a["oos_recall"] >= b["in_scope_accuracy"] + b["oos_recall"]
    assert json.loads((model / "intent.json").read_text())["oos_threshold"] == rep["threshold"]


def test_calibrate_refuses_bad_input(clinc_model: Path, tmp_path: Path) -> None:
    few = [r for r in _val() if r.intent != OOS][:50] + [r for r in _val() if r.intent == OOS][:5]
    out = tmp_path / "never"
    with pytest.raises(InvalidInput, match="at least 20 out_of_scope"):
        calibrate(clinc_model, few, out=out)
    assert not out.exists()  # nothing half-written
    with pytest.raises(InvalidInput, match="read-only"):
        calibrate("default", _val())
    with pytest.raises(InvalidInput, match="max-in-scope-reject"):
        calibrate(clinc_model, _val(), out=out, max_in_scope_reject=0)
