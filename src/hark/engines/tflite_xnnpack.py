"""Run pyopen-wakeword's TFLite models on the XNNPACK CPU delegate.

``pyopen-wakeword`` 1.1.0 creates its interpreters with default options, which run the
embedding model (a small CNN, once per 80 ms frame) on TFLite's reference kernels: about
4 ms per call on this project's 2-core box. The same ``libtensorflowlite_c`` ships the
XNNPACK delegate, which runs it in about 1.3 ms (single thread, same scores to ~1e-5).

:func:`accelerate` rebuilds one interpreter of a pyopen-wakeword object with XNNPACK and
swaps it in; on any failure it leaves the original in place and says why, so detection
never depends on the speed-up. It relies on the attribute names of pyopen-wakeword 1.1.0
(pinned in ``pyproject.toml``).
"""

from __future__ import annotations

import logging
from ctypes import c_int32, c_void_p
from typing import Any

log = logging.getLogger("hark.engines.wake")

_prepared: set[int] = set()
_delegates: dict[int, int] = {}  # id(lib) → XNNPACK delegate (one per library, never freed)


def _prepare(lib: Any) -> None:
    if id(lib) in _prepared:
        return
    lib.TfLiteInterpreterOptionsCreate.restype = c_void_p
    lib.TfLiteInterpreterOptionsSetNumThreads.argtypes = [c_void_p, c_int32]
    lib.TfLiteInterpreterOptionsAddDelegate.argtypes = [c_void_p, c_void_p]
    lib.TfLiteInterpreterOptionsDelete.argtypes = [c_void_p]
    lib.TfLiteXNNPackDelegateCreate.restype = c_void_p
    lib.TfLiteXNNPackDelegateCreate.argtypes = [c_void_p]
    _prepared.add(id(lib))


def _delegate(lib: Any) -> int:
    if id(lib) not in _delegates:
        d = lib.TfLiteXNNPackDelegateCreate(None)  # default options: one thread
        if not d:
            raise RuntimeError("TfLiteXNNPackDelegateCreate returned NULL")
        _delegates[id(lib)] = d
    return _delegates[id(lib)]


def accelerate(obj: Any, model: str, interpreter: str, input_tensor: str, output_tensor: str,
               input_shape: tuple[int, ...] | None = None) -> bool:
    """Replace ``obj.<interpreter>`` (built from ``obj.<model>``) with an XNNPACK one and
    refresh its tensor handles. Returns whether the swap happened."""
    lib = obj.lib
    try:
        _prepare(lib)
        opts = lib.TfLiteInterpreterOptionsCreate()
        lib.TfLiteInterpreterOptionsSetNumThreads(opts, 1)
        lib.TfLiteInterpreterOptionsAddDelegate(opts, _delegate(lib))
        new = lib.TfLiteInterpreterCreate(getattr(obj, model), opts)
        lib.TfLiteInterpreterOptionsDelete(opts)
        if not new:
            raise RuntimeError("TfLiteInterpreterCreate returned NULL")
        if input_shape is not None:
            dims = (c_int32 * len(input_shape))(*input_shape)
            if lib.TfLiteInterpreterResizeInputTensor(new, c_int32(0), dims,
                                                     c_int32(len(input_shape))) != 0:
                raise RuntimeError("could not resize the input tensor")
        if lib.TfLiteInterpreterAllocateTensors(new) != 0:
            raise RuntimeError("could not allocate tensors")
    except Exception as e:  # an older/newer library: keep the reference kernels
        log.warning("XNNPACK unavailable for the wake word (%s); using TFLite defaults", e)
        return False
    old = getattr(obj, interpreter)
    setattr(obj, interpreter, new)
    setattr(obj, input_tensor, lib.TfLiteInterpreterGetInputTensor(new, c_int32(0)))
    setattr(obj, output_tensor, lib.TfLiteInterpreterGetOutputTensor(new, c_int32(0)))
    lib.TfLiteInterpreterDelete(old)
    return True
