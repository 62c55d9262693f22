"""Virtual devices for offline use: lights per room, smart plugs, a robot vacuum and a
coffee machine. State lives in a pluggable store (in memory by default)."""

from __future__ import annotations

import copy
from typing import Any

from hark.errors import NotFound
from hark.nlu.home_words import DRINKS
from hark.skills.providers.devices_base import (
    COLORS,
    Device,
    DeviceError,
    InMemoryStateStore,
    StateStore,
)

ROOMS = ("living room", "kitchen", "bedroom", "bathroom", "office", "hallway")


def default_devices() -> list[Device]:
    devices = [Device(f"light.{r.replace(' ', '_')}", f"{r.title()} Light", "light", r,
                      {"on": False, "brightness": 100, "color": "warm white",
                       "rgb": list(COLORS["warm white"])}) for r in ROOMS]
    devices += [
        Device("plug.smart_plug", "Smart Plug", "plug", "living room", {"on": False}),
        Device("plug.fan", "Fan", "plug", "bedroom", {"on": False}),
        Device("plug.kettle", "Kettle", "plug", "kitchen", {"on": False}),
        Device("vacuum.robot", "Robot Vacuum", "vacuum", "living room", {"status": "docked"}),
        Device("coffee.machine", "Coffee Machine", "coffee", "kitchen",
               {"status": "idle", "last_drink": None}),
    ]
    return devices


class VirtualDevices:
    def __init__(self, store: StateStore | None = None,
                 devices: list[Device] | None = None) -> None:
        self.store: StateStore = store if store is not None else InMemoryStateStore()
        self._devices = {d.id: d for d in (devices if devices is not None else default_devices())}

    def _key(self, device_id: str) -> str:
        return f"device:{device_id}"

    def _state(self, device_id: str) -> dict[str, Any]:
        if device_id not in self._devices:
            raise NotFound(f"There's no device called {device_id}.", phrase="device_unknown",
                           device=device_id)
        stored = self.store.get(self._key(device_id))
        return dict(stored) if stored is not None else copy.deepcopy(self._devices[device_id].state)

    async def list_devices(self) -> list[Device]:
        return [Device(d.id, d.name, d.kind, d.room, self._state(d.id))
                for d in self._devices.values()]

    async def get_state(self, device_id: str) -> dict[str, Any]:
        return self._state(device_id)

    async def call(self, device_id: str, action: str, **params: Any) -> dict[str, Any]:
        state = self._state(device_id)
        kind = self._devices[device_id].kind
        if kind in ("light", "plug") and action in ("turn_on", "turn_off"):
            state["on"] = action == "turn_on"
        elif kind == "light" and action == "set_brightness":
            level = max(0, min(100, int(params["brightness"])))
            state.update(on=level > 0, brightness=level or state.get("brightness", 100))
        elif kind == "light" and action == "set_color":
            color = str(params["color"])
            state.update(on=True, color=color, rgb=list(params.get("rgb") or COLORS[color]))
        elif kind == "vacuum" and action in ("start", "stop", "pause", "dock"):
            state["status"] = {"start": "cleaning", "stop": "idle", "pause": "paused",
                               "dock": "docked"}[action]
            if action == "start" and params.get("room"):
                state["room"] = params["room"]
        elif kind == "coffee" and action == "brew":
            drink = str(params.get("drink") or "coffee")
            if drink not in DRINKS:
                raise DeviceError(f"The coffee machine can't make {drink}.", phrase="device_cannot",
                                  drink=drink)
            state.update(status="brewing", last_drink=drink)
        elif kind == "coffee" and action == "turn_off":
            state["status"] = "idle"
        else:
            raise DeviceError(f"The {self._devices[device_id].name} can't do {action}.",
                              phrase="device_cannot", action=action)
        self.store.set(self._key(device_id), state)
        return state
