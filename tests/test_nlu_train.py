"""Train a small model into tmp_path and evaluate it: sane numbers, all JSON fields."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hark.nlu.dataset import load_jsonl
from hark.nlu.engine import NLU
from hark.nlu.evaluate import evaluate
from hark.nlu.train import train


def _shared_nlu_data() -> Path:
    """The project's shared datasets: $HARK_SHARED_DATA, else ../shared/data beside the
    checkout, else /work/shared/data (where a clone elsewhere still finds them)."""
    import os

    for root in (os.environ.get("HARK_SHARED_DATA"),
                 Path(__file__).resolve().parents[2] / "shared" / "data",
                 "/work/shared/data"):
        if root and (Path(root) / "nlu").is_dir():
            return Path(root) / "nlu"
    return Path("/nonexistent")


DATA = _shared_nlu_data()
OWN = Path(__file__).resolve().parents[1] / "src" / "hark" / "nlu" / "data"
FIELDS = {"n", "intent_accuracy", "slot_f1", "exact_match", "oos_recall", "oos_precision",
          "latency_ms_p50", "latency_ms_p95"}


@pytest.fixture(scope="module")
def snips_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (DATA / "snips-train.jsonl").exists():
        pytest.skip("shared data not present")
    rows = load_jsonl(DATA / "snips-train.jsonl")[::12][:1000]
    out = tmp_path_factory.mktemp("snips")
    meta = train(rows, out, use_e5=False, seed=1, crf_iterations=40)
    assert meta["n_examples"] == len(rows)
    return out


def test_trained_model_scores_sanely(snips_model: Path) -> None:
    test = load_jsonl(DATA / "snips-test.jsonl")[:300]
    res = evaluate(NLU.load(snips_model), test)
    assert FIELDS <= set(res)
    assert res["intent_accuracy"] > 0.9
    assert res["slot_f1"] > 0.7
    # latency is reported, not timed here (a busy machine would flake): `hark nlu eval`
    # and benchmarks/nlu_bench.py measure it
    assert 0 < res["latency_ms_p50"] <= res["latency_ms_p95"]


def test_training_is_reproducible(snips_model: Path, tmp_path: Path) -> None:
    rows = load_jsonl(DATA / "snips-train.jsonl")[::12][:1000]
    train(rows, tmp_path, use_e5=False, seed=1, crf_iterations=40)
    a = json.loads((snips_model / "intent.json").read_text())
    b = json.loads((tmp_path / "intent.json").read_text())
    assert a == b
    assert (snips_model / "intent.npz").read_bytes() == (tmp_path / "intent.npz").read_bytes()


def test_cli_eval_json(snips_model: Path, tmp_path: Path, capsys: pytest.CaptureFixture
                       ) -> None:
    from hark.cli import main

    test = tmp_path / "t.jsonl"
    test.write_text("".join(line for line in (DATA / "snips-test.jsonl").open()
                            if line.strip()).split("\n", 50)[0] + "\n")
    assert main(["nlu", "eval", "--model", str(snips_model), str(test), "--json"]) == 0
    res = json.loads(capsys.readouterr().out)
    assert FIELDS <= set(res) and res["n"] == 1


def test_e5_features_train_tiny(tmp_path: Path) -> None:
    """The embedding path end to end on a tiny set (about 2 s of embedding), on Hark's own
    shipped examples so it never depends on the shared datasets."""
    rows = [*load_jsonl(OWN / "extra_en.jsonl")[::6],
            *load_jsonl(OWN / "extra_multilingual.jsonl")[::12]]
    assert len({r.intent for r in rows}) > 5
    train(rows, tmp_path, use_e5=True, seed=1, cache=None, crf_iterations=20)
    nlu = NLU.load(tmp_path)
    u = nlu.parse("stelle einen wecker für sieben uhr", lang="de")  # non-English: e5 path
    assert u.intent in nlu.labels and 0 <= u.confidence <= 1


def test_cli_eval_known_intents_only(snips_model: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture) -> None:
    from hark.cli import main

    test = tmp_path / "t.jsonl"
    test.write_text(json.dumps({"text": "play some jazz", "intent": "PlayMusic"}) + "\n"
                    + json.dumps({"text": "will it rain", "intent": "query"}) + "\n")
    assert main(["nlu", "eval", "--model", str(snips_model), str(test), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["n"] == 2
    assert main(["nlu", "eval", "--model", str(snips_model), str(test), "--json",
                 "--known-intents-only"]) == 0
    res = json.loads(capsys.readouterr().out)
    assert res["n"] == 1 and res["dropped_unknown_intent"] == 1
