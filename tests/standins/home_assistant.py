"""Stand-in for the Home Assistant REST API: keeps entity states, checks the bearer token,
and applies light/switch/vacuum service calls like Home Assistant does."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse

TOKEN = "test-token-123"
CSS = {"red": [255, 0, 0], "blue": [0, 0, 255], "green": [0, 128, 0], "purple": [128, 0, 128]}


def initial_states() -> dict[str, dict[str, Any]]:
    def light(eid: str, name: str, on: bool, brightness: int | None) -> dict[str, Any]:
        attrs: dict[str, Any] = {"friendly_name": name, "supported_color_modes": ["rgb"],
                                 "color_mode": "rgb" if on else None}
        if on:
            attrs.update(brightness=brightness, rgb_color=[255, 255, 255])
        else:
            attrs.update(brightness=None, rgb_color=None)
        return {"entity_id": eid, "state": "on" if on else "off", "attributes": attrs,
                "last_changed": "2026-11-27T08:00:00+00:00",
                "last_updated": "2026-11-27T08:00:00+00:00", "context": {"id": "x"}}

    states = {
        "light.kitchen_ceiling": light("light.kitchen_ceiling", "Kitchen Ceiling", True, 204),
        "light.living_room_lamp": light("light.living_room_lamp", "Living Room Lamp", False, None),
        "light.bedroom": light("light.bedroom", "Bedroom Light", False, None),
        "switch.desk_fan": {"entity_id": "switch.desk_fan", "state": "off",
                            "attributes": {"friendly_name": "Office Desk Fan"}},
        "switch.coffee_maker": {"entity_id": "switch.coffee_maker", "state": "off",
                                "attributes": {"friendly_name": "Coffee Maker"}},
        "vacuum.roomba": {"entity_id": "vacuum.roomba", "state": "docked",
                          "attributes": {"friendly_name": "Roomba", "battery_level": 100}},
        "sensor.outside_temperature": {"entity_id": "sensor.outside_temperature",
                                       "state": "7.5",
                                       "attributes": {"friendly_name": "Outside Temperature",
                                                      "unit_of_measurement": "°C"}},
    }
    return states


@dataclass
class HAState:
    states: dict[str, dict[str, Any]] = field(default_factory=initial_states)
    calls: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    token: str = TOKEN


def make_app(ha: HAState) -> FastAPI:
    app = FastAPI()

    def authorised(request: Request) -> bool:
        return request.headers.get("authorization") == f"Bearer {ha.token}"

    def unauthorised() -> PlainTextResponse:
        return PlainTextResponse("401: Unauthorized", status_code=401)

    @app.get("/api/states")
    async def states(request: Request) -> Any:
        if not authorised(request):
            return unauthorised()
        return list(ha.states.values())

    @app.get("/api/states/{entity_id}")
    async def state(entity_id: str, request: Request) -> Any:
        if not authorised(request):
            return unauthorised()
        if entity_id not in ha.states:
            return JSONResponse({"message": "Entity not found."}, status_code=404)
        return ha.states[entity_id]

    @app.post("/api/services/{domain}/{service}")
    async def call(domain: str, service: str, request: Request) -> Any:
        if not authorised(request):
            return unauthorised()
        data = await request.json()
        ha.calls.append((domain, service, data))
        ids = data.get("entity_id")
        ids = [ids] if isinstance(ids, str) else list(ids or [])
        changed = []
        for eid in ids:
            entity = ha.states.get(eid)
            if entity is None or not eid.startswith(domain + "."):
                continue
            before = copy.deepcopy(entity)
            attrs = entity["attributes"]
            if domain == "light" and service == "turn_on":
                entity["state"] = "on"
                if "brightness_pct" in data:
                    attrs["brightness"] = round(int(data["brightness_pct"]) * 255 / 100)
                elif attrs.get("brightness") is None:
                    attrs["brightness"] = 255
                if "color_name" in data:
                    attrs["rgb_color"] = CSS.get(data["color_name"], [255, 255, 255])
                if "color_temp_kelvin" in data:
                    attrs["color_temp_kelvin"] = data["color_temp_kelvin"]
            elif domain == "light" and service == "turn_off":
                entity["state"] = "off"
                attrs["brightness"] = None
            elif domain == "switch" and service in ("turn_on", "turn_off"):
                entity["state"] = "on" if service == "turn_on" else "off"
            elif domain == "vacuum":
                entity["state"] = {"start": "cleaning", "stop": "idle", "pause": "paused",
                                   "return_to_base": "returning"}.get(service, entity["state"])
            else:
                return JSONResponse({"message": f"Service {domain}.{service} not found."},
                                    status_code=400)
            if entity != before:
                changed.append(entity)
        return changed

    return app
