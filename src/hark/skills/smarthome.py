"""Smart home: lights (on/off, brightness, colour), smart plugs, the robot vacuum and the
coffee machine, on virtual devices or Home Assistant; plus "what's on?" status answers."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from hark.errors import HarkError, NotFound, ServiceUnavailable
from hark.nlu.home_words import DRINKS
from hark.nlu.intents import IOT_QUERY, is_home_control
from hark.nlu.rules.lexicon import area_name, area_of
from hark.skills import device_words as words
from hark.skills import said_later
from hark.skills.base import IntentSpec, SkillContext
from hark.skills.providers import lang
from hark.skills.providers.devices_base import (
    COLORS,
    AuthRejected,
    Device,
    DeviceError,
    DeviceProvider,
    find_color,
)
from hark.skills.providers.home_assistant import HomeAssistantProvider
from hark.skills.providers.slots import clean, raw, slots, value, words_to_digits
from hark.skills.providers.virtual_devices import VirtualDevices
from hark.skills.unsupported_devices import cannot_control, unsupported_thing
from hark.types import Outcome, Understanding

STEP = 20  # percent, for "dim the lights" / "brighter"
STATUS_INTENT = IOT_QUERY  # "is the kitchen light on?", "what's on?"

_ALL = {"house", "home", "apartment", "flat", "everywhere", "all", "whole house", "all rooms",
        "entire house", "the house", "my house", "my apartment", "every room"}
_HERE = {"room", "this room", "here", "in here", "my room"}
_FILLER = {"the", "my", "this", "our", "in", "a", "an", "all", "of", "light", "lights", "lamp",
           "lamps", "smart", "plug", "plugs", "socket", "wemo", "switch", "power", "outlet",
           "device", "one", "please"}
_STATUS = re.compile(r"^(is|are|was|were)\b|\bwhat('s| is| are)? (on|running|switched on)\b|"
                     r"\bwhich (lights?|devices?|plugs?)\b|\bstatus\b|\bstill (on|running)\b|"
                     r"\b(left|switched) on\b\?*$|\bis it (on|off|running|ready)\b")
_ALL_WHERE = {"de": "überall", "fr": "partout", "es": "todas", "it": "tutte"}

_ROOM = {"type": "string", "description": "Room, e.g. 'kitchen'"}
_DEVICE = {"type": "string", "description": "Device, e.g. 'smart plug', 'fan'"}
_AMOUNT = {"type": "string", "description": "Brightness change, e.g. 'to 30%', 'by 10 percent'"}


def _specs() -> list[IntentSpec]:
    return [
        IntentSpec("iot_hue_lighton", "Turn lights on.",
                   {"house_place": _ROOM, "device_type": _DEVICE}),
        IntentSpec("iot_hue_lightoff", "Turn lights off.",
                   {"house_place": _ROOM, "device_type": _DEVICE}),
        IntentSpec("iot_hue_lightchange", "Change the colour or brightness of lights.",
                   {"house_place": _ROOM, "color_type": {"type": "string",
                                                         "description": "Colour, e.g. 'blue'"},
                    "change_amount": _AMOUNT}),
        IntentSpec("iot_hue_lightdim", "Dim lights (default 20 percent, or to/by an amount).",
                   {"house_place": _ROOM, "change_amount": _AMOUNT}),
        IntentSpec("iot_hue_lightup", "Make lights brighter (default 20 percent, or to/by an "
                   "amount).", {"house_place": _ROOM, "change_amount": _AMOUNT}),
        IntentSpec("iot_wemo_on", "Switch a smart plug on.",
                   {"device_type": _DEVICE, "house_place": _ROOM}),
        IntentSpec("iot_wemo_off", "Switch a smart plug off.",
                   {"device_type": _DEVICE, "house_place": _ROOM}),
        IntentSpec("iot_cleaning", "Start, stop or dock the robot vacuum, or ask its status.",
                   {"device_type": _DEVICE, "house_place": _ROOM}),
        IntentSpec("iot_coffee", "Make a coffee drink with the coffee machine.",
                   {"coffee_type": {"type": "string",
                                    "description": "Drink, e.g. 'espresso', 'latte'"}}),
        IntentSpec(STATUS_INTENT, "Tell which devices are on, or the state of one device.",
                   {"house_place": _ROOM, "device_type": _DEVICE}),
    ]


def parse_amount(raw_text: str | None, normalised: Any = None) -> tuple[str, int] | None:
    """("set", 30) for "to 30%", ("by", 10) for "by 10 percent", None if nothing said.
    A bare number up to 10 without "percent" is read on a 1-10 scale ("to seven" -> 70)."""
    if isinstance(normalised, dict) and normalised.get("kind") in ("amount", "percentage"):
        got = _from_normalised(normalised)
        if got is not None:
            return got
    if not raw_text:
        return None
    t = words_to_digits(clean(raw_text or ""))
    mode = "by" if re.search(r"\bby\b", t) else "set"
    n: float | None = None
    if isinstance(normalised, dict) and isinstance(normalised.get("value"), int | float):
        n = float(normalised["value"])
    if n is None:
        m = re.search(r"(\d+(?:\.\d+)?)", t)
        n = float(m.group(1)) if m else None
    if n is None:
        if re.search(r"\b(full|max\w*|brightest|all the way)\b", t):
            return "set", 100
        if re.search(r"\b(min\w*|lowest|dimmest)\b", t):
            return "set", 5
        if re.search(r"\bhalf\b", t):
            return "set", 50
        if re.search(r"\b(a lot|much|way)\b", t):
            return "by", 40
        if re.search(r"\b(bit|little|slightly|touch|tad)\b", t):
            return "by", 10
        return None
    if n <= 10 and not re.search(r"%|percent", t) and mode == "set":
        n *= 10
    return mode, int(max(0, min(100, round(n))))


def _from_normalised(v: dict[str, Any]) -> tuple[str, int] | None:
    """The NLU's amount shape: {"kind": "amount", "mode": "set"|"delta"|None, "value",
    "unit": "percent"|"level"|None, "size": "small"|"large", "level": "max"|...}."""
    mode = "by" if v.get("mode") == "delta" else "set"
    levels = {"max": 100, "high": 80, "medium": 50, "low": 20, "min": 5}
    if v.get("level") in levels and v.get("unit") != "level":
        return "set", levels[v["level"]]
    if v.get("size") in ("small", "large"):
        return "by", 10 if v["size"] == "small" else 40
    n = v.get("value")
    if not isinstance(n, int | float):
        return None
    if v.get("unit") == "level" or (v.get("unit") is None and v.get("kind") == "amount"
                                    and 0 < n <= 10 and mode == "set"):
        n = n * 10  # a 1-10 scale: "to seven" -> 70 percent
    return mode, int(max(0, min(100, round(n))))


def _norm(s: str) -> str:
    return clean(s).replace(" ", "")


def _where(devices: list[Device], total: int) -> str:
    rooms = sorted({d.room for d in devices if d.room})
    if len(devices) == total and total > 1:
        return ""
    return rooms[0] if len(rooms) == 1 else ""


class SmartHomeSkill:
    name = "smarthome"
    intents = _specs()

    def __init__(self, provider: DeviceProvider | None = None) -> None:
        self._provider = provider
        self._ha_key: tuple[str, str] | None = None

    def provider(self, ctx: SkillContext) -> DeviceProvider:
        given = ctx.services.get("devices")
        if given is not None:
            return given
        s = ctx.settings
        if s.ha_url:
            if not isinstance(self._provider, HomeAssistantProvider) or \
                    self._ha_key != (s.ha_url, s.ha_token):
                self._provider = HomeAssistantProvider.from_settings(s)
                self._ha_key = (s.ha_url, s.ha_token)
        elif self._provider is None or isinstance(self._provider, HomeAssistantProvider):
            self._provider = VirtualDevices(ctx.services.get("device_state"))
        return self._provider

    async def handle(self, u: Understanding, ctx: SkillContext) -> Outcome:
        provider = self.provider(ctx)
        language = lang.pick(ctx.language)
        if u.slot(said_later.AT_SLOT) is not None:  # "Shall I remind you …?" — "yes"
            return await said_later.remind(u, ctx)
        try:
            devices = await provider.list_devices()
            text = clean(u.text)
            thing = self._cannot_control(u, text, language, devices)
            if thing is not None:  # "Verrouille la porte d'entrée": not a light
                return cannot_control(thing, language)
            asked = u.intent == STATUS_INTENT or (
                _STATUS.search(text) if language == "en" else words.asks_status(u.text, language))
            later = None if asked else said_later.offer(u, ctx)
            if later is not None:  # "switch the plug on at 7 am": not now
                return later
            if language != "en":
                return await self._other_language(u, ctx, provider, devices, language)
            if u.intent == STATUS_INTENT or _STATUS.search(text):
                return self._status(u, devices, text)
            if u.intent.startswith("iot_hue_"):
                return await self._lights(u, ctx, provider, devices)
            if u.intent in ("iot_wemo_on", "iot_wemo_off"):
                return await self._plug(u, provider, devices)
            if u.intent == "iot_cleaning":
                return await self._vacuum(u, provider, devices, text)
            if u.intent == "iot_coffee":
                return await self._coffee(u, provider, devices)
        except AuthRejected:
            return Outcome(lang.t(language, "sh_auth_failed"), action="smarthome.auth_failed")
        except ServiceUnavailable:
            return Outcome(lang.t(language, "sh_unavailable"), action="smarthome.unavailable")
        except (DeviceError, NotFound) as e:
            return Outcome(lang.say_error(e, language), action="smarthome.failed")
        except HarkError as e:  # pragma: no cover - any other typed error: say it
            return Outcome(lang.say_error(e, language), action="smarthome.failed")
        return Outcome(lang.t(language, "sh_unsupported"), action="smarthome.unsupported")

    @staticmethod
    def _cannot_control(u: Understanding, text: str, language: str,
                        devices: list[Device]) -> str | None:
        """The thing a switching command names that Hark cannot control (the oven, a
        door, the heating) when it names no device Hark has."""
        if not is_home_control(u.intent):
            return None
        if _STATUS.search(text) if language == "en" else words.asks_status(u.text, language):
            return None
        return unsupported_thing(u.text, language, [d.name for d in devices])

    async def _other_language(self, u: Understanding, ctx: SkillContext,
                              provider: DeviceProvider, devices: list[Device],
                              language: str) -> Outcome:
        """German, French, Spanish and Italian: the same devices, read and answered with
        :mod:`hark.skills.device_words`."""
        if u.intent == STATUS_INTENT or words.asks_status(u.text, language):
            return self._status_other(u, devices, language)
        if u.intent == "iot_hue_lighton" and words.color_said(u.text, language):
            u = replace(u, intent="iot_hue_lightchange")  # "Mach das Licht rot"
        if u.intent.startswith("iot_hue_"):
            return await self._lights(u, ctx, provider, devices)
        if u.intent in ("iot_wemo_on", "iot_wemo_off"):
            return await self._plug_other(u, provider, devices, language)
        if u.intent == "iot_cleaning":
            return await self._vacuum_other(u, provider, devices, language)
        if u.intent == "iot_coffee":
            return await self._coffee_other(u, provider, devices, language)
        return Outcome(lang.t(language, "sh_unsupported"), action="smarthome.unsupported")

    # -------------------------------------------------------------------- lights

    def _pick_lights(self, u: Understanding, ctx: SkillContext,
                     devices: list[Device]) -> tuple[list[Device], str | None]:
        lights = [d for d in devices if d.kind == "light"]
        room = clean(raw(u, "house_place") or "")
        room = re.sub(r"^(the|my|this|our)\s+", "", room)
        if room in _HERE:
            room = str(ctx.services.get("room") or "")
        if not room:
            room = str(ctx.services.get("room") or "") if not raw(u, "house_place") else ""
        if room and room not in _ALL:
            key = _norm(room)
            area = area_of(room)  # "Wohnzimmer", "salon" -> living_room
            hit = [d for d in lights if d.room and (_norm(d.room) in key or key in _norm(d.room)
                                                    or (area and area_of(d.room) == area))]
            hit = hit or [d for d in lights if key in _norm(d.name)]
            if not hit:
                said = raw(u, "house_place") or room
                return [], lang.t(ctx.language, "room_not_found",
                                  room=said if lang.pick(ctx.language) != "en" else room)
            lights = hit
        named = [w for w in clean(raw(u, "device_type") or "").split() if w not in _FILLER]
        if named:
            by_name = [d for d in lights if all(w in d.name.lower() for w in named)]
            lights = by_name or lights
        if not lights:
            return [], lang.t(ctx.language, "no_lights")
        return lights, None

    async def _lights(self, u: Understanding, ctx: SkillContext, provider: DeviceProvider,
                      devices: list[Device]) -> Outcome:
        targets, problem = self._pick_lights(u, ctx, devices)
        if problem:
            return Outcome(problem, action="smarthome.not_found")
        total = sum(1 for d in devices if d.kind == "light")
        where = _where(targets, total)
        language = lang.pick(ctx.language)
        w = area_name(where, language) if where else _ALL_WHERE.get(language, "")

        def en(one: str, every: str) -> str:
            return one.format(where=where) if where else every

        intent = u.intent
        color_raw = " ".join(s.raw for s in slots(u, "color_type"))
        amount = parse_amount(raw(u, "change_amount"), value(u, "change_amount"))
        if intent == "iot_hue_lightchange" and (color_raw or not amount):
            color = _color(u, color_raw, language)
            if color is None:
                said = color_raw or "that"
                return Outcome(lang.t(language, "light_color_unknown") if language != "en"
                               else f"Sorry, I don't know the colour {said}.",
                               action="smarthome.unknown_color", data={"color": said})
            new = [await provider.call(d.id, "set_color", color=color, rgb=COLORS[color])
                   for d in targets]
            speech = (lang.t(language, "light_color", where=w,
                             color=words.say_color(color, language)) if language != "en"
                      else en("The {where} lights are now " + color + ".",
                              f"All the lights are now {color}."))
            return self._done(speech, "light.color", targets, new)
        if intent == "iot_hue_lighton":
            new = [await provider.call(d.id, "turn_on") for d in targets]
            speech = (lang.t(language, "light_on", where=w) if language != "en"
                      else en("Okay, the {where} lights are on.", "Okay, all the lights are on."))
            return self._done(speech, "light.on", targets, new)
        if intent == "iot_hue_lightoff":
            new = [await provider.call(d.id, "turn_off") for d in targets]
            speech = (lang.t(language, "light_off", where=w) if language != "en"
                      else en("Okay, the {where} lights are off.", "Okay, all the lights are off."))
            return self._done(speech, "light.off", targets, new)
        # brightness: lightdim, lightup, or lightchange with an amount
        sign = -1 if intent == "iot_hue_lightdim" else 1
        new = []
        for d in targets:
            current = int(d.state.get("brightness") or 100) if d.on else 0
            if amount is None:
                level = current + sign * STEP
            elif amount[0] == "by":
                level = current + sign * amount[1]
            else:
                level = amount[1]
            floor = 5 if intent == "iot_hue_lightdim" else 1
            level = max(floor, min(100, level))
            new.append(await provider.call(d.id, "set_brightness", brightness=level))
        levels = {int(s.get("brightness") or 0) for s in new}
        if len(levels) == 1:
            level = levels.pop()
            speech = (lang.t(language, "light_level", where=w, level=level) if language != "en"
                      else en("The {where} lights are at " + str(level) + " percent.",
                              f"All the lights are at {level} percent."))
        elif language != "en":
            speech = lang.t(language, "lights_dimmed" if sign < 0 else "lights_brightened",
                            where=w)
        else:
            verb = "dimmed" if sign < 0 else "brightened"
            speech = en(f"Okay, I've {verb} the {{where}} lights.", f"Okay, I've {verb} the lights.")
        return self._done(speech, "light.brightness", targets, new)

    @staticmethod
    def _done(speech: str, action: str, targets: list[Device],
              states: list[dict[str, Any]]) -> Outcome:
        shown = [{**d.to_dict(), "state": s} for d, s in zip(targets, states, strict=True)]
        return Outcome(speech, action=action, display={"type": "devices", "devices": shown})

    # --------------------------------------------------------------------- plugs

    async def _plug(self, u: Understanding, provider: DeviceProvider,
                    devices: list[Device]) -> Outcome:
        plugs = [d for d in devices if d.kind == "plug"]
        said = clean(" ".join(s.raw for s in slots(u, "device_type")))
        room = clean(raw(u, "house_place") or "")
        named = [w for w in said.split() if w not in _FILLER]
        if room and room not in _ALL:
            in_room = [d for d in plugs if d.room and _norm(d.room) in _norm(room)]
            plugs = in_room or plugs
        if named:
            match = [d for d in plugs if any(w in d.name.lower() for w in named)]
            if not match:
                return Outcome(f"I couldn't find a plug called {said}.",
                               action="smarthome.not_found")
            plugs = match
        elif len(plugs) > 1:
            generic = [d for d in plugs if "plug" in d.name.lower()]
            plugs = generic[:1] or plugs[:1]
        if not plugs:
            return Outcome("I don't see any smart plugs.", action="smarthome.not_found")
        on = u.intent == "iot_wemo_on"
        new = [await provider.call(d.id, "turn_on" if on else "turn_off") for d in plugs]
        names = _join([d.name.lower() for d in plugs])
        return self._done(f"Okay, the {names} {'is' if len(plugs) == 1 else 'are'} "
                          f"{'on' if on else 'off'}.", "plug.on" if on else "plug.off", plugs, new)

    # -------------------------------------------------------------------- vacuum

    async def _vacuum(self, u: Understanding, provider: DeviceProvider, devices: list[Device],
                      text: str) -> Outcome:
        vac = next((d for d in devices if d.kind == "vacuum"), None)
        if vac is None:
            return Outcome("I don't see a robot vacuum.", action="smarthome.not_found")
        if u.slot("time") or u.slot("general_frequency"):
            return Outcome("I can't schedule cleaning yet. Say \"start the vacuum\" when you "
                           "want it to clean.", action="vacuum.schedule_unsupported")
        if re.search(r"\b(dock|base|home|charg\w*|return)\b", text):
            action, speech = "dock", "Okay, the robot vacuum is heading back to its dock."
        elif re.search(r"\b(stop|halt|turn off|switch off|cancel|end)\b", text):
            action, speech = "stop", "Okay, the robot vacuum has stopped."
        elif re.search(r"\bpause\b", text):
            action, speech = "pause", "Okay, the robot vacuum is paused."
        else:
            room = raw(u, "house_place")
            action = "start"
            speech = (f"Okay, the robot vacuum is cleaning the {clean(room)}." if room
                      else "Okay, the robot vacuum is starting to clean.")
            state = await provider.call(vac.id, "start", room=clean(room) if room else None)
            return self._done(speech, "vacuum.start", [vac], [state])
        state = await provider.call(vac.id, action)
        return self._done(speech, f"vacuum.{action}", [vac], [state])

    # -------------------------------------------------------------------- coffee

    async def _coffee(self, u: Understanding, provider: DeviceProvider,
                      devices: list[Device]) -> Outcome:
        machine = next((d for d in devices if d.kind == "coffee"), None)
        if machine is None:
            return Outcome("I don't see a coffee machine.", action="smarthome.not_found")
        if u.slot("time"):
            return Outcome("I can't schedule the coffee machine yet. Ask me when you want "
                           "your coffee.", action="coffee.schedule_unsupported")
        said = clean(raw(u, "coffee_type") or "")
        drink = _drink(said or clean(u.text))
        if drink is None:
            menu = _join(list(DRINKS[1:6]) + ["a regular coffee"], "or")
            return Outcome(f"Sorry, I can't make {said}. I can make {menu}.",
                           action="coffee.unknown_drink", expect_followup=True)
        state = await provider.call(machine.id, "brew", drink=drink)
        article = "an" if drink[0] in "aeiou" else "a"
        return self._done(f"Okay, making {article} {drink}.", "coffee.brew", [machine], [state])

    # -------------------------------------------------------------------- status

    def _status(self, u: Understanding, devices: list[Device], text: str) -> Outcome:
        room = clean(raw(u, "house_place") or "")
        said = clean(raw(u, "device_type") or "")
        words = [w for w in (said + " " + text).split() if w not in _FILLER]
        chosen = devices
        if room and room not in _ALL:
            chosen = [d for d in devices if d.room and _norm(d.room) in _norm(room)]
        kind = ("vacuum" if re.search(r"vacuum|roomba|clean", text) else
                "coffee" if "coffee" in text else
                "light" if re.search(r"\blights?\b|\blamps?\b", text) else
                "plug" if re.search(r"\bplugs?\b|\bsockets?\b", text) else None)
        if kind:
            chosen = [d for d in chosen if d.kind == kind]
        elif not room:
            named = [d for d in chosen if any(w in d.name.lower().split() for w in words)]
            chosen = named or chosen
        display = {"type": "devices", "devices": [d.to_dict() for d in chosen]}
        if not chosen:
            return Outcome("I couldn't find that device.", action="smarthome.not_found")
        if len(chosen) == 1:
            return Outcome(_describe_one(chosen[0], text), action="smarthome.status",
                           display=display)
        on = [d for d in chosen if d.on or d.state.get("status") in ("cleaning", "brewing")]
        if not on:
            return Outcome("Everything is off." if not kind and not room
                           else "They're all off.", action="smarthome.status", display=display)
        lights = [d for d in on if d.kind == "light"]
        others = [d for d in on if d.kind != "light"]
        parts = []
        if lights:
            if len(lights) == len([d for d in chosen if d.kind == "light"]) and len(lights) > 1:
                parts.append("all the lights are on")
            else:
                rooms = _join([d.room or d.name.lower() for d in lights])
                parts.append(f"the {rooms} light{'s are' if len(lights) > 1 else ' is'} on")
        for d in others:
            parts.append(_short(d))
        speech = _join(parts)
        return Outcome(lang.capital(speech) + ".", action="smarthome.status",
                       display=display)


    # ------------------------------------------------------- other languages

    async def _plug_other(self, u: Understanding, provider: DeviceProvider,
                          devices: list[Device], language: str) -> Outcome:
        plugs = [d for d in devices if d.kind == "plug"]
        if not plugs:
            return Outcome(lang.t(language, "plug_none"), action="smarthome.not_found")
        room = _room_said(u)
        if room:
            plugs = [d for d in plugs if _in_room(d, room)] or plugs
        said = words.devices_said(u.text, language)
        kind = _said_value(u, "device_type")
        if kind:
            said.add(kind)
        text_words = set(clean(u.text).split())
        named = [d for d in plugs if words.lexicon_device(d) in said - {"plug"}
                 or (d.id not in words.VIRTUAL_NAMES
                     and set(d.name.lower().split()) & text_words - _FILLER)]
        if not named and said - {"plug", "switch"}:
            return Outcome(lang.t(language, "plug_not_found"), action="smarthome.not_found")
        chosen = named or [next((d for d in plugs if words.lexicon_device(d) == "plug"),
                                plugs[0])]
        on = u.intent == "iot_wemo_on"
        new = [await provider.call(d.id, "turn_on" if on else "turn_off") for d in chosen]
        names = lang.join([words.say_device(d, language) for d in chosen], language)
        key = ("plug_on" if on else "plug_off") + ("_many" if len(chosen) > 1 else "")
        return self._done(lang.capital(lang.t(language, key, names=names)),
                          "plug.on" if on else "plug.off", chosen, new)

    async def _vacuum_other(self, u: Understanding, provider: DeviceProvider,
                            devices: list[Device], language: str) -> Outcome:
        vac = next((d for d in devices if d.kind == "vacuum"), None)
        if vac is None:
            return Outcome(lang.t(language, "vac_none"), action="smarthome.not_found")
        if u.slot("time") or u.slot("general_frequency"):
            return Outcome(lang.t(language, "vac_schedule"),
                           action="vacuum.schedule_unsupported")
        # the vacuum's own name says nothing of what to do ("Saugroboter")
        action = words.vacuum_command(words.device_free(u.text, language, _VACUUM), language)
        if action is None:
            # a remark about the vacuum ("Der Saugroboter hat eine Socke gefressen"): say
            # how it is rather than set it off
            return Outcome(_describe_other(vac, u.text, language), action="smarthome.status")
        if action != "start":
            state = await provider.call(vac.id, action)
            return self._done(lang.t(language, f"vac_{action}"), f"vacuum.{action}", [vac],
                              [state])
        room = _room_said(u)
        area = area_of(room) if room else None
        state = await provider.call(vac.id, "start",
                                    room=area.replace("_", " ") if area else room or None)
        speech = (lang.t(language, "vac_start_room", room=area_name(room, language)) if room
                  else lang.t(language, "vac_start"))
        return self._done(speech, "vacuum.start", [vac], [state])

    async def _coffee_other(self, u: Understanding, provider: DeviceProvider,
                            devices: list[Device], language: str) -> Outcome:
        machine = next((d for d in devices if d.kind == "coffee"), None)
        if machine is None:
            return Outcome(lang.t(language, "coffee_none"), action="smarthome.not_found")
        if u.slot("time"):
            return Outcome(lang.t(language, "coffee_schedule"),
                           action="coffee.schedule_unsupported")
        drink = words.ordered(u.text, language)
        if drink is None and not words.devices_said(u.text, language) & {"coffee_machine"}:
            menu = lang.join([words.DRINK_NAMES[language][d] for d in DRINKS[1:6]] +
                             [words.DRINK_NAMES[language]["coffee"]], language, lang.OR)
            return Outcome(lang.t(language, "coffee_unknown", menu=menu),
                           action="coffee.unknown_drink", expect_followup=True)
        drink = drink or "coffee"  # "Schalte die Kaffeemaschine ein": a coffee
        state = await provider.call(machine.id, "brew", drink=drink)
        return self._done(lang.t(language, "coffee_brew",
                                 drink=words.DRINK_NAMES[language][drink]),
                          "coffee.brew", [machine], [state])

    def _status_other(self, u: Understanding, devices: list[Device], language: str) -> Outcome:
        room = _room_said(u)
        chosen = [d for d in devices if _in_room(d, room)] if room else devices
        kind = words.kind_said(u.text, language)
        said = words.devices_said(u.text, language)
        if kind:
            chosen = [d for d in chosen if d.kind == kind]
        if said - {"light", "plug", "vacuum", "coffee_machine", "switch"}:  # "der Ventilator"
            chosen = [d for d in chosen if words.lexicon_device(d) in said] or chosen
        display = {"type": "devices", "devices": [d.to_dict() for d in chosen]}
        if not chosen:
            return Outcome(lang.t(language, "device_missing"), action="smarthome.not_found")
        if len(chosen) == 1:
            return Outcome(_describe_other(chosen[0], u.text, language),
                           action="smarthome.status", display=display)
        on = [d for d in chosen if d.on or d.state.get("status") in ("cleaning", "brewing")]
        if not on:
            return Outcome(lang.t(language, "they_all_off" if kind or room else "all_off"),
                           action="smarthome.status", display=display)
        lights = [d for d in on if d.kind == "light"]
        every = len(lights) == len([d for d in chosen if d.kind == "light"]) > 1
        parts = [lang.t(language, "all_lights")] if every else \
            [words.say_device(d, language, article=False) for d in lights]
        parts += [words.say_device(d, language, article=False) for d in on if d.kind != "light"]
        return Outcome(lang.t(language, "on_list", list=lang.join(parts, language)),
                       action="smarthome.status", display=display)


_VACUUM = frozenset({"vacuum"})


def _color(u: Understanding, said: str, language: str) -> str | None:
    """The colour asked for: the NLU's value, the words in ``language``, or English."""
    v = _said_value(u, "color_type")
    if v in COLORS:
        return v
    if language != "en":
        return words.color_said(said or u.text, language) or find_color(said or u.text)
    return find_color(said or u.text)


def _room_said(u: Understanding) -> str:
    """The room named (its area id when the NLU read one, else as said)."""
    return _said_value(u, "house_place") or raw(u, "house_place") or ""


def _said_value(u: Understanding, name: str) -> str | None:
    """A slot's value when the NLU gave a word for it ("kitchen", "fan", "red")."""
    s = u.slot(name)
    return s.value if s is not None and isinstance(s.value, str) and s.value else None


def _in_room(d: Device, room: str) -> bool:
    if not d.room:
        return False
    area = area_of(room)
    return _norm(d.room) in _norm(room) or (area is not None and area_of(d.room) == area)


def _describe_other(d: Device, text: str, language: str) -> str:
    name = words.say_device(d, language)
    if d.kind in ("vacuum", "coffee"):
        states = words.VACUUM_STATES if d.kind == "vacuum" else words.COFFEE_STATES
        status = str(d.state.get("status") or "idle")
        state = states[language].get(status, states[language]["idle"])
        return lang.capital(lang.t(language, "dev_state", name=name, state=state))
    yes, no = words.YES_NO[language]
    off_asked = words.asks_off(text, language)
    answer = (no if off_asked else yes) if d.on else (yes if off_asked else no)
    light = d.kind == "light"
    if not d.on:
        return lang.t(language, "light_is_off" if light else "dev_is_off", answer=answer,
                      name=name)
    level = d.state.get("brightness")
    at = lang.t(language, "at_level", level=level) if light and level is not None else ""
    return (lang.t(language, "light_is_on", answer=answer, name=name, level=at) if light
            else lang.t(language, "dev_is_on", answer=answer, name=name))


def _describe_one(d: Device, text: str) -> str:
    name = d.name.lower()
    if d.kind == "vacuum":
        return f"The robot vacuum is {d.state.get('status') or 'idle'}."
    if d.kind == "coffee":
        status = d.state.get("status") or "idle"
        return f"The coffee machine is {status}."
    asks_off = bool(re.search(r"\boff\b", text))
    if d.on:
        level = d.state.get("brightness")
        extra = f", at {level} percent" if d.kind == "light" and level is not None else ""
        return f"{'No' if asks_off else 'Yes'}, the {name} is on{extra}."
    return f"{'Yes' if asks_off else 'No'}, the {name} is off."


def _short(d: Device) -> str:
    if d.kind == "vacuum":
        return "the robot vacuum is cleaning"
    if d.kind == "coffee":
        return "the coffee machine is brewing"
    return f"the {d.name.lower()} is on"


def _drink(text: str) -> str | None:
    for drink in sorted(DRINKS, key=len, reverse=True):
        if drink in text:
            return drink
    aliases = {"cafe latte": "latte", "caffe latte": "latte", "long black": "americano",
               "black": "coffee", "filter": "coffee", "brew": "coffee", "cup of joe": "coffee",
               "cup": "coffee", "mocha": "latte"}
    for k, v in aliases.items():
        if k in text:
            return v
    if not text or text in {"some", "a", "one", "my"}:
        return "coffee"
    return None


def _join(items: list[str], last: str = "and") -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]
