"""Home Assistant REST provider: ``GET /api/states`` and
``POST /api/services/<domain>/<service>`` with a long-lived access token."""

from __future__ import annotations

import re
from typing import Any

import httpx

from hark.config import Settings
from hark.errors import NotFound, ServiceUnavailable
from hark.skills.providers.devices_base import COLORS, KELVIN, AuthRejected, Device, DeviceError
from hark.skills.providers.http import request_json
from hark.skills.providers.virtual_devices import ROOMS

SERVICE = "Home Assistant"
_EXTRA_ROOMS = ("dining room", "garage", "garden", "hall", "study", "nursery", "basement",
                "attic", "porch", "lounge", "den", "guest room", "kids room", "playroom",
                "patio", "laundry")

# (device kind, action) -> (domain, service, extra data from params)
_SERVICES: dict[tuple[str, str], tuple[str, str]] = {
    ("light", "turn_on"): ("light", "turn_on"),
    ("light", "turn_off"): ("light", "turn_off"),
    ("light", "set_brightness"): ("light", "turn_on"),
    ("light", "set_color"): ("light", "turn_on"),
    ("plug", "turn_on"): ("switch", "turn_on"),
    ("plug", "turn_off"): ("switch", "turn_off"),
    ("coffee", "brew"): ("switch", "turn_on"),
    ("coffee", "turn_off"): ("switch", "turn_off"),
    ("vacuum", "start"): ("vacuum", "start"),
    ("vacuum", "stop"): ("vacuum", "stop"),
    ("vacuum", "pause"): ("vacuum", "pause"),
    ("vacuum", "dock"): ("vacuum", "return_to_base"),
}


def _room_of(name: str) -> str:
    n = " " + name.lower().replace("_", " ") + " "
    for room in sorted(ROOMS + _EXTRA_ROOMS, key=len, reverse=True):
        if f" {room} " in n or f" {room.replace(' ', '')} " in n:
            return room
    return ""


def to_device(entity: dict[str, Any]) -> Device | None:
    entity_id = str(entity.get("entity_id", ""))
    domain = entity_id.split(".", 1)[0]
    attrs = entity.get("attributes") or {}
    name = str(attrs.get("friendly_name") or entity_id.split(".", 1)[-1].replace("_", " "))
    raw_state = str(entity.get("state", ""))
    if domain == "light":
        b = attrs.get("brightness")
        state: dict[str, Any] = {"on": raw_state == "on",
                                 "brightness": round(b / 255 * 100) if b is not None else None}
        if attrs.get("rgb_color"):
            state["rgb"] = list(attrs["rgb_color"])
        return Device(entity_id, name, "light", _room_of(name), state)
    if domain == "switch":
        kind = "coffee" if re.search(r"coffee|espresso", name, re.I) else "plug"
        state = {"on": raw_state == "on"}
        if kind == "coffee":
            state["status"] = "brewing" if raw_state == "on" else "idle"
        return Device(entity_id, name, kind, _room_of(name), state)
    if domain == "vacuum":
        return Device(entity_id, name, "vacuum", _room_of(name), {"status": raw_state})
    return None


class HomeAssistantProvider:
    def __init__(self, url: str, token: str, *, timeout_s: float = 5.0,
                 client: httpx.AsyncClient | None = None) -> None:
        self.url, self.token, self.timeout_s, self.client = url.rstrip("/"), token, timeout_s, client
        self._kinds: dict[str, str] = {}

    @classmethod
    def from_settings(cls, settings: Settings) -> HomeAssistantProvider:
        return cls(settings.ha_url, settings.ha_token, timeout_s=settings.http_timeout_s)

    async def _request(self, method: str, path: str, body: Any = None) -> Any:
        r = await request_json(method, f"{self.url}{path}", service=SERVICE,
                               timeout_s=self.timeout_s, json=body, client=self.client,
                               headers={"Authorization": f"Bearer {self.token}",
                                        "Content-Type": "application/json"})
        if r.status_code in (401, 403):
            raise AuthRejected("Home Assistant rejected the token.", service=SERVICE,
                               status=r.status_code)
        if r.status_code == 404:
            raise NotFound("Home Assistant doesn't know that device.", phrase="device_unknown",
                           path=path)
        if r.status_code >= 400:
            raise DeviceError(f"Home Assistant refused the request ({r.status_code}).",
                              phrase="device_refused", status=r.status_code)
        try:
            return r.json()
        except ValueError as e:
            raise ServiceUnavailable("Home Assistant sent an answer I can't read.",
                                     phrase="service_unreadable", service=SERVICE) from e

    async def list_devices(self) -> list[Device]:
        entities = await self._request("GET", "/api/states")
        devices = [d for d in (to_device(e) for e in entities or []) if d is not None]
        self._kinds = {d.id: d.kind for d in devices}
        return devices

    async def get_state(self, device_id: str) -> dict[str, Any]:
        device = to_device(await self._request("GET", f"/api/states/{device_id}"))
        if device is None:
            raise NotFound(f"{device_id} is not a device I can control.", phrase="device_unknown",
                           device=device_id)
        self._kinds[device_id] = device.kind
        return device.state

    async def call(self, device_id: str, action: str, **params: Any) -> dict[str, Any]:
        kind = self._kinds.get(device_id)
        if kind is None:
            await self.get_state(device_id)
            kind = self._kinds[device_id]
        target = _SERVICES.get((kind, action))
        if target is None:
            raise DeviceError(f"I can't {action.replace('_', ' ')} that device.",
                              phrase="device_cannot", action=action)
        domain, service = target
        data: dict[str, Any] = {"entity_id": device_id}
        if action == "set_brightness":
            data["brightness_pct"] = max(0, min(100, int(params["brightness"])))
        elif action == "set_color":
            color = str(params["color"])
            if color in KELVIN:
                data["color_temp_kelvin"] = KELVIN[color]
            elif color in COLORS:
                data["color_name"] = color
            else:
                data["rgb_color"] = list(params["rgb"])
        changed = await self._request("POST", f"/api/services/{domain}/{service}", data)
        for entity in changed or []:
            if entity.get("entity_id") == device_id:
                device = to_device(entity)
                if device is not None:
                    return device.state
        return await self.get_state(device_id)
