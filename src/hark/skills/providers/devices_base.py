"""The device provider contract shared by virtual devices and Home Assistant, plus colour
names and the pluggable state store."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Protocol, runtime_checkable

from hark.errors import HarkError, ServiceUnavailable

KINDS = ("light", "plug", "vacuum", "coffee")
# actions a provider understands; params in brackets
#   light:  turn_on, turn_off, set_brightness [brightness 0-100], set_color [color, rgb]
#   plug:   turn_on, turn_off
#   vacuum: start, stop, pause, dock
#   coffee: brew [drink], turn_off


class DeviceError(HarkError):
    code = "device_error"
    http_status = 400


class AuthRejected(ServiceUnavailable):
    """The service refused our credentials (HTTP 401/403)."""

    code = "auth_rejected"


@dataclass
class Device:
    id: str
    name: str
    kind: str  # light | plug | vacuum | coffee
    room: str = ""
    state: dict[str, Any] = field(default_factory=dict)
    # light: on, brightness (0-100), color, rgb; plug: on;
    # vacuum: status (docked|cleaning|paused|returning|idle); coffee: status, last_drink

    @property
    def on(self) -> bool:
        return bool(self.state.get("on"))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@runtime_checkable
class DeviceProvider(Protocol):
    async def list_devices(self) -> list[Device]: ...

    async def get_state(self, device_id: str) -> dict[str, Any]: ...

    async def call(self, device_id: str, action: str, **params: Any) -> dict[str, Any]:
        """Run an action; returns the device's new state."""
        ...


class StateStore(Protocol):
    def get(self, key: str, default: Any = None) -> Any: ...

    def set(self, key: str, value: Any) -> None: ...


class InMemoryStateStore:
    def __init__(self) -> None:
        self._data: dict[str, Any] = {}

    def get(self, key: str, default: Any = None) -> Any:
        return self._data.get(key, default)

    def set(self, key: str, value: Any) -> None:
        self._data[key] = value


# CSS colour names are what Home Assistant's ``color_name`` accepts.
COLORS: dict[str, tuple[int, int, int]] = {
    "red": (255, 0, 0), "green": (0, 128, 0), "blue": (0, 0, 255), "yellow": (255, 255, 0),
    "orange": (255, 165, 0), "purple": (128, 0, 128), "pink": (255, 192, 203),
    "white": (255, 255, 255), "cyan": (0, 255, 255), "magenta": (255, 0, 255),
    "teal": (0, 128, 128), "violet": (238, 130, 238), "lavender": (230, 230, 250),
    "turquoise": (64, 224, 208), "gold": (255, 215, 0), "lime": (0, 255, 0),
    "indigo": (75, 0, 130), "crimson": (220, 20, 60), "coral": (255, 127, 80),
    "salmon": (250, 128, 114), "aqua": (0, 255, 255), "navy": (0, 0, 128),
    "maroon": (128, 0, 0), "olive": (128, 128, 0), "brown": (165, 42, 42),
    "beige": (245, 245, 220), "ivory": (255, 255, 240),
    # not CSS names: sent to Home Assistant as a colour temperature
    "warm white": (255, 197, 143), "cool white": (201, 226, 255),
}
KELVIN = {"warm white": 2700, "cool white": 6500}
_ALIASES = {
    "grey": "white", "gray": "white", "amber": "orange", "warm": "warm white",
    "warmer": "warm white", "cozy": "warm white", "cosy": "warm white", "soft": "warm white",
    "cool": "cool white", "cooler": "cool white", "cold": "cool white", "daylight": "cool white",
    "bright white": "cool white", "rose": "pink", "sky blue": "blue", "light blue": "cyan",
    "dark blue": "navy", "mauve": "lavender", "lilac": "lavender", "golden": "gold",
}


def find_color(text: str) -> str | None:
    """The colour named in ``text`` ("shine blue" -> "blue", "a cooler tone" -> "cool white");
    the last one wins ("from red to blue" -> "blue")."""
    t = " " + " ".join(text.lower().replace("-", " ").split()) + " "
    best: tuple[int, int, str] | None = None  # (end, length, name): last, then longest
    for name in list(COLORS) + list(_ALIASES):
        i = t.rfind(f" {name} ")
        if i >= 0:
            cand = (i + len(name), len(name), name)
            best = cand if best is None or cand > best else best
    if best is None:
        return None
    return _ALIASES.get(best[2], best[2])
