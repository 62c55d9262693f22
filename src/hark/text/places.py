"""City / country / abbreviation -> IANA zone. The table is built from the zoneinfo
database (the last part of "Asia/Tokyo" is "tokyo") plus common places that are not
zone names ("san francisco", "india", "pst") and other languages' names ("Tokio").

Shared: the time skill looks zones up here, and the NLU asks it whether lower-case words
after a preposition name a city (``hark.nlu.place_spans``)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

EXTRA: dict[str, str] = {
    # US cities and states
    "san francisco": "America/Los_Angeles", "seattle": "America/Los_Angeles",
    "las vegas": "America/Los_Angeles", "oakland": "America/Los_Angeles",
    "san diego": "America/Los_Angeles", "portland": "America/Los_Angeles",
    "california": "America/Los_Angeles", "la": "America/Los_Angeles",
    "washington": "America/New_York", "washington dc": "America/New_York",
    "boston": "America/New_York", "miami": "America/New_York", "atlanta": "America/New_York",
    "philadelphia": "America/New_York", "akron": "America/New_York",
    "virginia": "America/New_York", "florida": "America/New_York", "nyc": "America/New_York",
    "dallas": "America/Chicago", "houston": "America/Chicago", "austin": "America/Chicago",
    "texas": "America/Chicago", "minneapolis": "America/Chicago",
    "salt lake city": "America/Denver", "colorado": "America/Denver",
    "hawaii": "Pacific/Honolulu", "alaska": "America/Anchorage",
    # elsewhere in the Americas
    "ottawa": "America/Toronto", "montreal": "America/Toronto", "quebec": "America/Toronto",
    "rio de janeiro": "America/Sao_Paulo", "rio": "America/Sao_Paulo",
    "brasilia": "America/Sao_Paulo", "brazil": "America/Sao_Paulo",
    "brasil": "America/Sao_Paulo", "canada": "America/Toronto",
    "mexico": "America/Mexico_City", "argentina": "America/Argentina/Buenos_Aires",
    "peru": "America/Lima", "chile": "America/Santiago", "colombia": "America/Bogota",
    # Europe
    "england": "Europe/London", "uk": "Europe/London", "britain": "Europe/London",
    "united kingdom": "Europe/London", "scotland": "Europe/London",
    "edinburgh": "Europe/London", "manchester": "Europe/London",
    "ireland": "Europe/Dublin", "irish": "Europe/Dublin",
    "france": "Europe/Paris", "germany": "Europe/Berlin", "munich": "Europe/Berlin",
    "frankfurt": "Europe/Berlin", "hamburg": "Europe/Berlin", "spain": "Europe/Madrid",
    "barcelona": "Europe/Madrid", "italy": "Europe/Rome", "milan": "Europe/Rome",
    "venice": "Europe/Rome", "florence": "Europe/Rome", "naples": "Europe/Rome",
    "netherlands": "Europe/Amsterdam", "geneva": "Europe/Zurich",
    "switzerland": "Europe/Zurich", "portugal": "Europe/Lisbon", "greece": "Europe/Athens",
    "russia": "Europe/Moscow", "poland": "Europe/Warsaw", "turkey": "Europe/Istanbul",
    "sweden": "Europe/Stockholm", "norway": "Europe/Oslo", "denmark": "Europe/Copenhagen",
    "finland": "Europe/Helsinki", "ukraine": "Europe/Kyiv", "kiev": "Europe/Kyiv",
    # Asia, Africa, Oceania
    "india": "Asia/Kolkata", "mumbai": "Asia/Kolkata", "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata", "bangalore": "Asia/Kolkata", "bengaluru": "Asia/Kolkata",
    "chennai": "Asia/Kolkata", "hyderabad": "Asia/Kolkata", "mysore": "Asia/Kolkata",
    "japan": "Asia/Tokyo", "osaka": "Asia/Tokyo", "kyoto": "Asia/Tokyo",
    "china": "Asia/Shanghai", "beijing": "Asia/Shanghai", "korea": "Asia/Seoul",
    "south korea": "Asia/Seoul", "vietnam": "Asia/Ho_Chi_Minh", "thailand": "Asia/Bangkok",
    "philippines": "Asia/Manila", "indonesia": "Asia/Jakarta", "pakistan": "Asia/Karachi",
    "israel": "Asia/Jerusalem", "tel aviv": "Asia/Jerusalem", "uae": "Asia/Dubai",
    "abu dhabi": "Asia/Dubai", "saudi arabia": "Asia/Riyadh", "egypt": "Africa/Cairo",
    "kenya": "Africa/Nairobi", "nigeria": "Africa/Lagos", "south africa": "Africa/Johannesburg",
    "cape town": "Africa/Johannesburg", "australia": "Australia/Sydney",
    "canberra": "Australia/Sydney", "new zealand": "Pacific/Auckland",
    "wellington": "Pacific/Auckland",
    # abbreviations and zone nicknames
    "utc": "UTC", "gmt": "UTC", "bst": "Europe/London", "ist": "Asia/Kolkata",
    "cet": "Europe/Paris", "cest": "Europe/Paris", "eet": "Europe/Athens",
    "est": "America/New_York", "edt": "America/New_York", "eastern": "America/New_York",
    "cst": "America/Chicago", "cdt": "America/Chicago", "central": "America/Chicago",
    "mst": "America/Denver", "mdt": "America/Denver", "mountain": "America/Denver",
    "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles", "jst": "Asia/Tokyo", "kst": "Asia/Seoul",
    "aest": "Australia/Sydney", "hst": "Pacific/Honolulu", "akst": "America/Anchorage",
    "us": "America/New_York", "usa": "America/New_York", "america": "America/New_York",
    "united states": "America/New_York",
}

_NOISE = re.compile(
    r"\b(the|time ?zone|time|standard|daylight|saving|zone|city|of|in|at|here|there|now|"
    r"current|local|please)\b"
)


# Cities as German, French, Spanish and Italian speakers name them (accents folded).
EXONYMS: dict[str, str] = {  # names the zone table (zone cities, EXTRA) lacks
    "tokio": "Asia/Tokyo", "londres": "Europe/London", "londra": "Europe/London",
    "parigi": "Europe/Paris", "pekin": "Asia/Shanghai", "peking": "Asia/Shanghai",
    "pechino": "Asia/Shanghai", "moskau": "Europe/Moscow", "moscou": "Europe/Moscow",
    "moscu": "Europe/Moscow", "mosca": "Europe/Moscow", "rom": "Europe/Rome",
    "roma": "Europe/Rome", "wien": "Europe/Vienna", "vienne": "Europe/Vienna",
    "viena": "Europe/Vienna", "munchen": "Europe/Berlin",
    "monaco di baviera": "Europe/Berlin", "koln": "Europe/Berlin",
    "cologne": "Europe/Berlin", "colonia": "Europe/Berlin", "mailand": "Europe/Rome",
    "milano": "Europe/Rome", "venedig": "Europe/Rome", "venise": "Europe/Rome",
    "venecia": "Europe/Rome", "venezia": "Europe/Rome", "lissabon": "Europe/Lisbon",
    "lisbonne": "Europe/Lisbon", "lisboa": "Europe/Lisbon", "lisbona": "Europe/Lisbon",
    "warschau": "Europe/Warsaw", "varsovie": "Europe/Warsaw", "varsovia": "Europe/Warsaw",
    "varsavia": "Europe/Warsaw", "prag": "Europe/Prague", "praga": "Europe/Prague",
    "athen": "Europe/Athens", "athenes": "Europe/Athens", "atenas": "Europe/Athens",
    "atene": "Europe/Athens", "kopenhagen": "Europe/Copenhagen",
    "copenhague": "Europe/Copenhagen", "copenaghen": "Europe/Copenhagen",
    "brussel": "Europe/Brussels", "bruxelles": "Europe/Brussels",
    "bruselas": "Europe/Brussels", "genf": "Europe/Zurich", "geneve": "Europe/Zurich",
    "ginebra": "Europe/Zurich", "ginevra": "Europe/Zurich", "zurigo": "Europe/Zurich",
    "kairo": "Africa/Cairo", "le caire": "Africa/Cairo", "el cairo": "Africa/Cairo",
    "il cairo": "Africa/Cairo", "neu delhi": "Asia/Kolkata", "nueva delhi": "Asia/Kolkata",
    "nuova delhi": "Asia/Kolkata", "mexiko stadt": "America/Mexico_City",
    "ciudad de mexico": "America/Mexico_City", "citta del messico": "America/Mexico_City",
    "nueva york": "America/New_York", "singapur": "Asia/Singapore",
    "singapour": "Asia/Singapore", "kapstadt": "Africa/Johannesburg",
    "le cap": "Africa/Johannesburg", "ciudad del cabo": "Africa/Johannesburg",
    "citta del capo": "Africa/Johannesburg", "estambul": "Europe/Istanbul",
    "estocolmo": "Europe/Stockholm", "stoccolma": "Europe/Stockholm",
    "edimbourg": "Europe/London", "edimburgo": "Europe/London", "seul": "Asia/Seoul",
    "sidney": "Australia/Sydney", "nouvelle orleans": "America/Chicago",
    "nueva orleans": "America/Chicago", "teheran": "Asia/Tehran", "bagdad": "Asia/Baghdad",
    "dublino": "Europe/Dublin", "berlino": "Europe/Berlin", "barcelone": "Europe/Madrid",
}


@lru_cache(maxsize=1)
def table() -> dict[str, str]:
    out: dict[str, str] = {}
    for zone in sorted(available_timezones()):
        if zone.startswith(("Etc/", "SystemV/", "posix/", "right/")) or "/" not in zone:
            continue
        city = zone.rsplit("/", 1)[-1].replace("_", " ").lower()
        out.setdefault(city, zone)
    out.update(EXTRA)
    for name, zone in EXONYMS.items():
        out.setdefault(name, zone)
    return out


def normalise(name: str) -> str:
    s = unicodedata.normalize("NFKD", name.lower().replace("’", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c))  # "Zürich" -> "zurich"
    # "g. m. t." -> "gmt", "u. s." -> "us"
    s = re.sub(r"\b([a-z])\.\s*", r"\1", s)
    s = re.sub(r"[^a-z' ]", " ", s).replace("'s", "")
    s = _NOISE.sub(" ", s)
    return " ".join(s.split())


def find_zone(name: str) -> ZoneInfo | None:
    """Best IANA zone for a spoken place or zone name, or None."""
    key = normalise(name)
    if not key:
        return None
    tab = table()
    words = key.split()
    candidates = [key]
    # "london england" -> "london"; "new york city" -> "new york"
    candidates += [" ".join(words[:n]) for n in range(len(words) - 1, 0, -1)]
    candidates += [" ".join(words[n:]) for n in range(1, len(words))]
    for c in candidates:
        if c in tab:
            return ZoneInfo(tab[c])
    return None
