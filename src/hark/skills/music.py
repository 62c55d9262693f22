"""Music from a local library: scan a folder (tags read with mutagen; untagged files are
named after the file), play by song, artist, album or genre (fuzzy), queue, pause,
resume, next/previous, shuffle/repeat, volume and mute, "what's playing", likes.

Sound goes to the local sound device when there is one (:mod:`hark.audio.playback`);
without one the player state is kept all the same and the answer says so.

Services: ``ctx.services["player"]`` (a :class:`Player`) and ``["audio_output"]`` may be
given; otherwise the skill keeps one player per user on the default output.
"""

from __future__ import annotations

import asyncio
import difflib
import logging
import random
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hark.audio.playback import AudioOutput, default_output
from hark.errors import HarkError
from hark.skills.base import IntentSpec, SkillContext
from hark.skills.providers import lang
from hark.skills.providers.slots import as_written, clean, words_to_digits
from hark.skills.smarthome import parse_amount
from hark.skills.timers import read_db, slot_text, slot_value, store_of, write_db
from hark.skills.unsupported_devices import cannot_control, unsupported_for_volume
from hark.store import Store, kv
from hark.store import music as repo
from hark.store.models import MusicTrack
from hark.types import Outcome, Understanding

log = logging.getLogger(__name__)

AUDIO_EXTENSIONS = {".flac", ".ogg", ".oga", ".opus", ".mp3", ".wav", ".m4a", ".aac",
                    ".wma", ".aiff", ".aif"}
VOLUME_STEP = 10
NO_DEVICE = "but there's no sound device here"
_PAUSE = re.compile(r"\b(pause|stop|hold on|halt)\b")
_RESUME = re.compile(r"\b(resume|continue|unpause|keep playing|carry on|play again)\b")
_NEXT = re.compile(r"\b(next|skip|another song|different song|change (the )?song)\b")
_PREV = re.compile(r"\b(previous|go back|last song|play that again|replay)\b")
_QUEUE = re.compile(r"\b(queue|after this|next up|up next|add (it |this )?to the (queue|list))\b")
_SCAN = re.compile(r"\b(scan|rescan|refresh|update|reload|index)\b.*\b(music|library|songs)\b")
_UNMUTE = re.compile(r"\b(unmute|un mute|sound (back )?on|turn the sound back)\b")
_DISLIKE = re.compile(r"\b(don'?t|do not|never|dis)\s*(like|love|want|play)|\bhate\b|\bdislike\b|"
                      r"\bnot my (thing|taste)\b|\bboring\b|\bterrible\b|\bawful\b")
_FILLER = re.compile(r"^(please |can you |could you |i want to |i'd like to |let's )*"
                     r"(play|put on|listen to|start|queue|add)\s+(me\s+)?(some\s+|the\s+|a\s+|my\s+)?")
# the same cues in German, French, Spanish and Italian (used when the user speaks them)
_PAUSE_OTHER = re.compile(r"\b(pausier\w*|pause|anhalten|halt an|stopp\w*|stop|arrête\w*|"
                          r"pausa|pausar|detén|ferma|fermati|stoppa)\b")
_RESUME_OTHER = re.compile(r"\b(weiter|fortsetzen|setz fort|reprends|reprendre|continue|"
                           r"reanuda|reanudar|continúa|sigue|riprendi|continua)\b")
_NEXT_OTHER = re.compile(r"\b(nächste[snm]?|überspring\w*|suivante?|siguiente|salta|"
                         r"prossim[oa]|successiv[oa])\b")
_PREV_OTHER = re.compile(r"\b(vorherige[snm]?|zurück|précédente?|anterior|precedente|"
                         r"indietro)\b")
_QUEUE_OTHER = re.compile(r"\b(warteschlange|file d'attente|cola|coda)\b")
_UPCOMING_OTHER = re.compile(r"\b(warteschlange|als nächstes|danach|file d'attente|ensuite|"
                             r"après|cola|después|a continuación|coda|dopo|a seguire)\b")
_MUSIC_OTHER = re.compile(r"\b(musik|lied|song|titel|musique|chanson|morceau|música|canción|"
                          r"tema|musica|canzone|brano|pausier\w*|pause|pausa)\b")
_UNMUTE_OTHER = re.compile(r"\b(ton (wieder )?an|laut schalten|remets le son|rétablis le son|"
                           r"activa el sonido|quita el silencio|riattiva l'audio|togli il muto)\b")
_DISLIKE_OTHER = re.compile(r"\bnicht\b|\bhasse\b|\bn'aime pas\b|\bdéteste\b|\bno me gusta\b|"
                            r"\bodio\b|\bnon mi piace\b|\bdetesto\b")
_SHUFFLE_OTHER = re.compile(r"zufall|zufällig|misch|aléatoire|aleatori|mezcla|casual")
_REPEAT_OTHER = re.compile(r"wiederhol|répét|repet|ripet|boucle|bucle")
_OFF_OTHER = re.compile(r"\b(aus|ohne|nicht|kein\w*|désactive\w*|sans|pas|desactiva\w*|sin|"
                        r"quita|disattiva\w*|senza|togli|spegni)\b")
_ALL_OTHER = re.compile(r"\b(alle|alles|ganze\w*|tout|toute|todo|toda|todas|tutto|tutta|"
                        r"tutte|playlist|album|álbum)\b")
_FILLER_OTHER = re.compile(
    r"^(?:(?:bitte|kannst du|s'il te plaît|peux-tu|por favor|puedes|per favore|puoi)\s+)*"
    r"(?:spiel|spiele|leg|lege|mach|hör|mets|mettez|joue|jouez|lance|pon|ponme|reproduce|toca|"
    r"metti|mettimi|suona|riproduci|fammi sentire|ascolta)\s+"
    r"(?:(?:mir|moi|me|mi|mal|doch|ein|eine|einen|etwas|un|une|de|la|du|des|le|les|l'|el|los|"
    r"las|algo|il|lo|i|gli|un po' di|della|dei|degli|delle|qualcosa di)\s+)*")
_MUSIC_WORDS_OTHER = re.compile(r"\b(musik|lieder|lied|songs?|titel|album|musique|chansons?|"
                                r"morceaux?|música|canciones?|temas?|álbum|musica|canzoni|"
                                r"canzone|brani|brano|bitte|s'il te plaît|por favor|per favore|"
                                r"ab|auf)\b")
_BY_OTHER = r"(?:von|de|des|du|di|dei|degli|del|della)"
_PERCENT_OTHER = re.compile(r"(?:\b(um|de|un|del|di|en|auf|à|a|al|sur)\s+)?(\d+)\s*"
                            r"(%|prozent|pour ?cent|por ?ciento|per ?cento)")


def _first_tag(tags: Any, key: str) -> str:
    try:
        value = tags.get(key) if tags is not None else None
    except Exception:  # noqa: BLE001 - odd tag containers
        value = None
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value or "").strip()


def read_tags(path: Path) -> dict[str, Any]:
    """Title/artist/album/genre/duration of one file (title from the file name when
    untagged)."""
    import mutagen

    info: dict[str, Any] = {"title": "", "artist": "", "album": "", "genre": "",
                            "duration_s": None}
    try:
        f = mutagen.File(str(path), easy=True)
    except Exception:  # noqa: BLE001 - unreadable file: keep the name
        f = None
    if f is not None:
        for key in ("title", "artist", "album", "genre"):
            info[key] = _first_tag(f.tags, key)
        length = getattr(getattr(f, "info", None), "length", None)
        info["duration_s"] = float(length) if length else None
    if not info["title"]:
        stem = re.sub(r"^\d+[\s._-]+", "", path.stem)  # "01 - Song" -> "Song"
        info["title"] = " ".join(stem.replace("_", " ").split())
    if not info["artist"] and " - " in info["title"]:
        artist, _, title = info["title"].partition(" - ")
        info["artist"], info["title"] = artist.strip(), title.strip()
    return info


def music_folder(ctx_settings: Any) -> Path:
    return Path(ctx_settings.music_dir or Path.home() / "Music").expanduser()


def scan_library(store: Store, folder: Path) -> int:
    """Add/refresh every audio file under ``folder`` and drop tracks whose file is gone.
    Returns the number of tracks found."""
    paths = sorted(p for p in folder.rglob("*") if p.is_file()
                   and p.suffix.lower() in AUDIO_EXTENSIONS) if folder.is_dir() else []
    found = [(str(p.resolve()), read_tags(p)) for p in paths]
    with store.session() as db:
        for path, tags in found:
            repo.upsert_track(db, path=path, **tags)
        repo.prune(db, [p for p, _ in found])
    return len(found)


# ----------------------------------------------------------------------- the player


@dataclass
class Player:
    """Queue and transport state; drives an :class:`AudioOutput` when it has a device."""

    output: AudioOutput
    queue: list[dict[str, Any]] = field(default_factory=list)
    index: int = -1
    state: str = "stopped"  # playing | paused | stopped
    volume: int = 50
    muted: bool = False
    shuffle: bool = False
    repeat: str = "off"  # off | one | all
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    @property
    def current(self) -> dict[str, Any] | None:
        with self._lock:
            return self.queue[self.index] if 0 <= self.index < len(self.queue) else None

    @property
    def has_device(self) -> bool:
        return self.output.available()

    def _gain(self) -> float:
        return 0.0 if self.muted else self.volume / 100

    def _start(self) -> None:
        track = self.current
        if track is None:
            self.state = "stopped"
            self.output.stop()
            return
        self.state = "playing"
        self.output.play(track["path"], volume=self._gain(), on_end=self._ended)

    def _ended(self) -> None:  # called from the playback thread
        with self._lock:
            if self.repeat == "one":
                self._start()
            else:
                self.next(wrap=self.repeat == "all")

    def play(self, tracks: list[dict[str, Any]]) -> None:
        with self._lock:
            tracks = list(tracks)
            if self.shuffle:
                random.shuffle(tracks)
            self.queue, self.index = tracks, 0
            self._start()

    def enqueue(self, tracks: list[dict[str, Any]]) -> None:
        with self._lock:
            self.queue.extend(tracks)
            if self.state == "stopped":
                self.index = len(self.queue) - len(tracks)
                self._start()

    def pause(self) -> None:
        with self._lock:
            if self.state == "playing":
                self.state = "paused"
                self.output.pause()

    def resume(self) -> None:
        with self._lock:
            if self.state == "paused":
                self.state = "playing"
                self.output.resume()
            elif self.state == "stopped" and self.current is not None:
                self._start()

    def stop(self) -> None:
        with self._lock:
            self.state = "stopped"
            self.output.stop()

    def next(self, *, wrap: bool = True) -> dict[str, Any] | None:
        with self._lock:
            if not self.queue:
                return None
            if self.index + 1 < len(self.queue):
                self.index += 1
            elif wrap or self.repeat == "all":
                self.index = 0
            else:
                self.index = len(self.queue)
                self.stop()
                return None
            self._start()
            return self.current

    def previous(self) -> dict[str, Any] | None:
        with self._lock:
            if not self.queue:
                return None
            self.index = max(0, self.index - 1)
            self._start()
            return self.current

    def set_volume(self, volume: int) -> None:
        with self._lock:
            self.volume = int(min(100, max(0, volume)))
            self.muted = False
            self.output.set_volume(self._gain())

    def set_muted(self, muted: bool) -> None:
        with self._lock:
            self.muted = muted
            self.output.set_volume(self._gain())

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            cur = self.current
            return {"state": self.state, "volume": self.volume, "muted": self.muted,
                    "shuffle": self.shuffle, "repeat": self.repeat,
                    "current": cur, "queue_length": len(self.queue),
                    "position": self.index, "device": self.has_device}


def _track(t: MusicTrack) -> dict[str, Any]:
    return {"id": t.id, "path": t.path, "title": t.title, "artist": t.artist,
            "album": t.album, "genre": t.genre, "duration_s": t.duration_s, "liked": t.liked}


def say_track(t: dict[str, Any], language: str = "en") -> str:
    """'Bohemian Rhapsody by Queen', 'Bohemian Rhapsody von Queen'."""
    if not t.get("artist"):
        return str(t["title"])
    return lang.t(language, "music_track", title=t["title"], artist=t["artist"])


def _ratio(a: str, b: str) -> float:
    a, b = clean(a), clean(b)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    if re.search(rf"\b{re.escape(a)}\b", b):
        return 0.9
    return difflib.SequenceMatcher(None, a, b).ratio()


def match_tracks(tracks: list[MusicTrack], *, song: str = "", artist: str = "", album: str = "",
                 genre: str = "", anything: str = "", cutoff: float = 0.75) -> list[MusicTrack]:
    """Tracks matching every given field (fuzzy), best first; ``anything`` may be a title,
    an artist, an album or a genre (HWU64 often tags "play green day" as a song)."""
    scored = []
    for t in tracks:
        scores = []
        for want, fields in ((song, [t.title]), (artist, [t.artist]), (album, [t.album]),
                             (genre, [t.genre]),
                             (anything, [t.title, t.artist, t.album, t.genre])):
            if want:
                scores.append(max(_ratio(want, f) for f in fields))
        if scores and min(scores) >= cutoff:
            scored.append((sum(scores) / len(scores), t))
    scored.sort(key=lambda x: -x[0])
    if scored:
        best = scored[0][0]
        scored = [s for s in scored if s[0] >= best - 0.1]
    # keep album/track order among equally good hits
    return [t for _, t in sorted(scored, key=lambda s: (s[1].artist, s[1].album, s[1].path))]


class MusicSkill:
    name = "music"
    intents = [
        IntentSpec("play_music", "Play music from the local library by song, artist, album "
                   "or genre, or add it to the queue.",
                   {"song_name": {"type": "string"}, "artist_name": {"type": "string"},
                    "music_album": {"type": "string"}, "music_genre": {"type": "string"},
                    "playlist_name": {"type": "string",
                                      "description": "e.g. 'my favourites'"}}),
        IntentSpec("music_query", "Say what is playing, or what is in the queue."),
        IntentSpec("music_settings", "Shuffle, repeat, pause, resume, next or previous.",
                   {"player_setting": {"type": "string",
                                       "description": "e.g. 'shuffle', 'repeat', 'next'"}}),
        IntentSpec("music_likeness", "Like the current song (or an artist).",
                   {"artist_name": {"type": "string"}}),
        IntentSpec("music_dislikeness", "Dislike the current song and skip it."),
        IntentSpec("audio_volume_up", "Turn the volume up.",
                   {"change_amount": {"type": "string", "description": "e.g. 'to 70%'"}}),
        IntentSpec("audio_volume_down", "Turn the volume down.",
                   {"change_amount": {"type": "string", "description": "e.g. 'by 20%'"}}),
        IntentSpec("audio_volume_mute", "Mute or unmute the sound, or pause the music."),
    ]

    def __init__(self, output: AudioOutput | None = None) -> None:
        self._output = output
        self._players: dict[str, Player] = {}
        self._scanned: set[str] = set()

    # ----------------------------------------------------------------- plumbing

    def player(self, ctx: SkillContext) -> Player:
        given = ctx.services.get("player")
        if given is not None:
            return given
        if ctx.user_id not in self._players:
            out = ctx.services.get("audio_output") or self._output or default_output()
            self._players[ctx.user_id] = Player(out)
        return self._players[ctx.user_id]

    async def ensure_library(self, ctx: SkillContext, *, force: bool = False) -> int:
        """Scan the music folder once per process (or when asked); the track count."""
        folder = music_folder(ctx.settings)
        key = f"{ctx.settings.db_url}|{folder}"
        if force or key not in self._scanned:
            store = store_of(ctx)
            try:
                await asyncio.to_thread(scan_library, store, folder)
            except Exception:  # noqa: BLE001 - an unreadable folder must not stop playback
                log.exception("scanning %s failed", folder)
            self._scanned.add(key)
        return await read_db(ctx, repo.count)

    async def _all(self, ctx: SkillContext) -> list[MusicTrack]:
        return await read_db(ctx, repo.search, limit=100_000)

    def _say_playing(self, p: Player, what: str, language: str = "en") -> str:
        key = "music_playing" if p.has_device else "music_playing_no_device"
        return lang.t(language, key, what=what)

    async def handle(self, u: Understanding, ctx: SkillContext) -> Outcome:
        try:
            return await self._handle(u, ctx)
        except HarkError as e:
            return Outcome(lang.say_error(e, ctx.language), action="music.failed")

    async def _handle(self, u: Understanding, ctx: SkillContext) -> Outcome:
        text = clean(u.text)
        language = lang.pick(ctx.language)
        p = self.player(ctx)
        thing = (unsupported_for_volume(u.text, language)
                 if u.intent.startswith("audio_volume_") else None)
        if thing is not None:  # "Schließ die Haustür ab" is not "mute"
            return cannot_control(thing, language)
        if u.intent in ("audio_volume_up", "audio_volume_down"):
            return self.volume(u, ctx, p, up=u.intent == "audio_volume_up")
        if u.intent == "audio_volume_mute":
            return self.mute(text, p, language)
        if u.intent == "music_query":
            return await self.query(u, ctx, p)
        if u.intent in ("music_likeness", "music_dislikeness"):
            disliked = lang.said(text, language, _DISLIKE, _DISLIKE_OTHER)
            return await self.like(u, ctx, p, like=u.intent == "music_likeness"
                                   and not disliked)
        if _SCAN.search(text):
            n = await self.ensure_library(ctx, force=True)
            return Outcome(lang.t(language, "music_scanned", n=n), action="music.scan",
                           data={"tracks": n})
        transport = self.transport(text, u, p, language)
        if transport is not None:
            return transport
        if u.intent == "music_settings":
            return self.settings(u, p, text, language)
        return await self.play(u, ctx, p, text)

    # ----------------------------------------------------------------- actions

    def mute(self, text: str, p: Player, language: str = "en") -> Outcome:
        if lang.said(text, language, _UNMUTE, _UNMUTE_OTHER):
            p.set_muted(False)
            return Outcome(lang.t(language, "music_unmuted"), action="music.unmute",
                           data=p.snapshot())
        about_music = lang.said(text, language, r"\b(pause|song|music|track)\b", _MUSIC_OTHER)
        if about_music and p.state == "playing":
            p.pause()
            return Outcome(lang.t(language, "music_paused"), action="music.pause",
                           data=p.snapshot())
        p.set_muted(True)
        return Outcome(lang.t(language, "music_muted"), action="music.mute", data=p.snapshot())

    def transport(self, text: str, u: Understanding, p: Player,
                  language: str = "en") -> Outcome | None:
        setting = clean(slot_text(u, "player_setting"))
        said = f"{setting} {text}" if setting else text
        if lang.said(said, language, _RESUME, _RESUME_OTHER) and not (u.intent == "play_music" and _has_query(u)):
            if p.current is None:
                return Outcome(lang.t(language, "music_nothing_queued_ask"),
                               action="music.resume", expect_followup=True)
            p.resume()
            return Outcome(self._say_playing(p, say_track(p.current, language), language),
                           action="music.resume", data=p.snapshot())
        if lang.said(said, language, _PAUSE, _PAUSE_OTHER) and not re.search(r"\bstop after\b", said):
            return self._pause(said, p, language)
        if lang.said(said, language, _NEXT, _NEXT_OTHER) and not _has_query(u):
            track = p.next(wrap=False)
            if track is None:
                return Outcome(lang.t(language, "music_last_song"), action="music.next",
                               data=p.snapshot())
            return Outcome(self._say_playing(p, say_track(track, language), language),
                           action="music.next", data=p.snapshot())
        if lang.said(said, language, _PREV, _PREV_OTHER) and not _has_query(u):
            track = p.previous()
            if track is None:
                return Outcome(lang.t(language, "music_nothing_queued"),
                               action="music.previous")
            return Outcome(self._say_playing(p, say_track(track, language), language),
                           action="music.previous", data=p.snapshot())
        return None

    def _pause(self, said: str, p: Player, language: str) -> Outcome:
        if p.state != "playing":
            return Outcome(lang.t(language, "music_nothing_playing"), action="music.pause",
                           data=p.snapshot())
        if lang.said(said, language, r"\bstop\b", r"\b(stopp\w*|arrête\w*|detén|ferma|stoppa)\b"):
            p.stop()
            return Outcome(lang.t(language, "music_stopped"), action="music.stop",
                           data=p.snapshot())
        p.pause()
        return Outcome(lang.t(language, "music_paused"), action="music.pause",
                       data=p.snapshot())

    def settings(self, u: Understanding, p: Player, text: str,
                 language: str = "en") -> Outcome:
        said = f"{clean(slot_text(u, 'player_setting'))} {text}"
        off = lang.said(said, language, r"\b(off|without|no|stop|disable|don'?t)\b", _OFF_OTHER)
        if lang.said(said, language, r"\bshuffl", _SHUFFLE_OTHER):
            p.shuffle = not off
            if p.shuffle and len(p.queue) > p.index + 2:
                rest = p.queue[p.index + 1:]
                random.shuffle(rest)
                p.queue[p.index + 1:] = rest
            return Outcome(lang.t(language, "music_shuffle_off" if off else "music_shuffle_on"),
                           action="music.shuffle", data=p.snapshot())
        if lang.said(said, language, r"\b(repeat|loop|again)\b", _REPEAT_OTHER):
            whole = lang.said(said, language, r"\b(all|playlist|queue|album)\b", _ALL_OTHER)
            p.repeat = "off" if off else ("all" if whole else "one")
            return Outcome(lang.t(language, f"music_repeat_{p.repeat}"), action="music.repeat",
                           data=p.snapshot())
        return Outcome(lang.t(language, "music_settings_help"), action="music.settings")

    def volume(self, u: Understanding, ctx: SkillContext, p: Player, *, up: bool) -> Outcome:
        v = slot_value(u, "change_amount", ctx)
        got = parse_amount(slot_text(u, "change_amount"), v)
        language = lang.pick(ctx.language)
        if got is None and language != "en":
            got = _amount_in_words(u.text, language)
        if got is None:
            new = p.volume + (VOLUME_STEP if up else -VOLUME_STEP)
        elif got[0] == "set":
            new = got[1]
        else:
            new = p.volume + (got[1] if up else -got[1])
        p.set_volume(new)
        return Outcome(lang.t(language, "music_volume", level=p.volume), action="music.volume",
                       data=p.snapshot())

    async def play(self, u: Understanding, ctx: SkillContext, p: Player, text: str) -> Outcome:
        language = lang.pick(ctx.language)
        total = await self.ensure_library(ctx)
        if not total:
            return Outcome(lang.t(language, "music_empty", folder=music_folder(ctx.settings)),
                           action="music.empty")
        tracks = await self._all(ctx)
        song, artist = slot_text(u, "song_name"), slot_text(u, "artist_name")
        album, genre = slot_text(u, "music_album"), slot_text(u, "music_genre")
        playlist = clean(slot_text(u, "playlist_name"))
        by = artist  # whose songs, for the answer
        if re.search(r"\b(favou?rites?|liked|likes|songs i like)\b", f"{playlist} {text}"):
            hits = [t for t in tracks if t.liked]
            what = lang.t(language, "music_favourites")
            if not hits:
                return Outcome(lang.t(language, "music_no_likes"), action="music.not_found")
        elif song or artist or album or genre:
            hits = match_tracks(tracks, song="" if not (artist or album) else song,
                                anything=song if not (artist or album) else "",
                                artist=artist, album=album, genre=genre)
            what = ""
            if not hits and language != "en":  # the NLU's spans may be off: the words
                hits, what, by = _search_words(u, text, tracks, language)
        else:
            hits, what, by = _search_words(u, text, tracks, language)
        if not hits:
            return Outcome(_not_found(u, text, language, song, artist, album, genre),
                           action="music.not_found")
        found = [_track(t) for t in hits]
        if lang.said(text, language, _QUEUE, _QUEUE_OTHER) and p.current is not None:
            p.enqueue(found)
            label = say_track(found[0], language) if len(found) == 1 else \
                lang.t(language, "music_n_songs", n=len(found))
            return Outcome(lang.t(language, "music_queued", what=label), action="music.queue",
                           data=p.snapshot())
        p.play(found)
        cur = p.current or found[0]
        label = what or (say_track(cur, language) if len(found) == 1 else
                         lang.t(language, "music_starting_with",
                                group=_group_name(found, by, album, genre, language),
                                track=say_track(cur, language)))
        return Outcome(self._say_playing(p, label, language), action="music.play",
                       data=p.snapshot(), display={"now_playing": cur})

    async def query(self, u: Understanding, ctx: SkillContext, p: Player) -> Outcome:
        text = clean(u.text)
        language = lang.pick(ctx.language)
        cur = p.current
        if lang.said(text, language, r"\b(playlist|queue|next|up next|coming)\b",
                     _UPCOMING_OTHER):
            upcoming = p.queue[p.index + 1:p.index + 4] if cur else []
            if not upcoming:
                return Outcome(lang.t(language, "music_nothing_else"), action="music.query",
                               data=p.snapshot())
            names = lang.join([say_track(t, language) for t in upcoming], language)
            return Outcome(lang.t(language, "music_coming_up", list=names),
                           action="music.query", data=p.snapshot())
        song = slot_text(u, "song_name")
        if song:
            hits = match_tracks(await self._all(ctx), song=song)
            if hits:
                t = _track(hits[0])
                key = "music_song_by" if t["artist"] else "music_song_by_unknown"
                return Outcome(lang.t(language, key, title=t["title"], artist=t["artist"]),
                               action="music.query", data={"track": t})
        if cur is None or p.state == "stopped":
            return Outcome(lang.t(language, "music_nothing_now"), action="music.query",
                           data=p.snapshot())
        album = lang.t(language, "music_now_album", album=cur["album"]) if cur.get("album") \
            else ""
        paused = lang.t(language, "music_now_paused") if p.state == "paused" else ""
        device = "" if p.has_device else lang.t(language, "music_now_no_device")
        return Outcome(lang.t(language, "music_now", track=say_track(cur, language),
                              album=album, device=device, paused=paused),
                       action="music.query", data=p.snapshot())

    async def like(self, u: Understanding, ctx: SkillContext, p: Player, *,
                   like: bool) -> Outcome:
        artist = slot_text(u, "artist_name")
        language = lang.pick(ctx.language)
        if artist and not re.search(r"\b(this|that|current)\s+(song|track|tune)\b",
                                    clean(u.text)):
            favs = await read_db(ctx, kv.get, "music.favourite_artists", [], user=ctx.user_id)
            favs = [a for a in favs if a.lower() != artist.lower()]
            if like:
                favs.append(artist)
            await write_db(ctx, kv.set, "music.favourite_artists", favs, user=ctx.user_id)
            key = "music_like_artist" if like else "music_dislike_artist"
            return Outcome(lang.t(language, key, artist=artist),
                           action="music.like_artist" if like else "music.dislike_artist",
                           data={"favourite_artists": favs})
        cur = p.current
        if cur is None:
            return Outcome(lang.t(language, "music_like_which"),
                           action="music.like", expect_followup=True)
        await write_db(ctx, repo.set_liked, cur["id"], like)
        cur["liked"] = like
        if like:
            return Outcome(lang.t(language, "music_liked", track=say_track(cur, language)),
                           action="music.like", data={"track": cur})
        nxt = p.next(wrap=False)
        skip = lang.t(language, "music_skipping", track=say_track(nxt, language)) if nxt else ""
        return Outcome(lang.t(language, "music_disliked", title=cur["title"], skip=skip),
                       action="music.dislike", data={"track": cur})


def _has_query(u: Understanding) -> bool:
    return any(slot_text(u, n) for n in ("song_name", "artist_name", "music_album",
                                         "music_genre", "playlist_name"))


def _free_query(text: str) -> str:
    q = _FILLER.sub("", clean(text))
    q = re.sub(r"\b(songs?|music|tracks?|album|by the artist|please|for me|now|"
               r"on the speaker|in the (kitchen|living room))\b", " ", q)
    q = re.sub(r"\b(add|to the queue|queue|after this( song)?|next)\b", " ", q)
    q = " ".join(q.split())
    return "" if q in {"", "something", "anything", "some", "a", "the", "me"} else q


def _free_request(text: str, language: str) -> tuple[str, str, str]:
    """(what was asked, its song, its artist) from the words: "bohemian rhapsody by queen";
    "Spiel Musik von Queen" -> ("von queen", "", "queen")."""
    if language == "en":
        query = _free_query(text)
        m = re.match(r"(.+?)\s+by\s+(.+)$", query)
        return (query, m.group(1), m.group(2)) if m else (query, "", "")
    q = _FILLER_OTHER.sub("", clean(text))
    q = " ".join(_MUSIC_WORDS_OTHER.sub(" ", q).split())
    q = "" if q in {"", "etwas", "quelque chose", "algo", "qualcosa"} else q
    m = re.match(rf"(?:(.+?)\s+)?{_BY_OTHER}\s+(.+)$", q)
    if not m:
        return q, "", ""
    return q, m.group(1) or "", m.group(2)


def _search_words(u: Understanding, text: str, tracks: list[MusicTrack],
                  language: str) -> tuple[list[MusicTrack], str, str]:
    """(tracks, what to call them or "", whose songs) for what the words ask for."""
    query, q_song, q_artist = _free_request(text, language)
    if q_artist:
        hits = match_tracks(tracks, song=q_song, artist=q_artist) if q_song \
            else match_tracks(tracks, artist=q_artist)
        if language == "en":
            return hits, "", ""
        hits = hits or match_tracks(tracks, anything=query)
        return hits, "", "" if q_song else as_written(u.text, q_artist)
    if query:
        return match_tracks(tracks, anything=query), "", ""
    hits = list(tracks)
    random.shuffle(hits)
    return hits, lang.t(language, "music_some"), ""


def _not_found(u: Understanding, text: str, language: str, song: str, artist: str,
               album: str, genre: str) -> str:
    """"I couldn't find X by Y in your music." and its variants."""
    asked = " ".join(x for x in (song, album, genre) if x)
    query, q_song, q_artist = _free_request(text, language)
    if language != "en" and query:  # the words say it better than the NLU's spans
        asked, artist = as_written(u.text, q_song if q_artist else query), \
            as_written(u.text, q_artist)
    elif not (asked or artist):
        asked = query
    if asked and artist:
        return lang.t(language, "music_not_found",
                      what=lang.t(language, "music_track", title=asked, artist=artist))
    if asked:
        return lang.t(language, "music_not_found", what=asked)
    if artist:
        return lang.t(language, "music_not_found_by", artist=artist)
    return lang.t(language, "music_not_found_any")


def _amount_in_words(text: str, language: str) -> tuple[str, int] | None:
    """("set", 60) for "auf 60 Prozent", ("by", 20) for "de 20 %" (None if not said)."""
    m = _PERCENT_OTHER.search(words_to_digits(clean(text), language))
    if not m:
        return None
    return ("by" if m.group(1) in ("um", "de", "un", "del", "di", "en") else "set",
            int(m.group(2)))


def _group_name(found: list[dict[str, Any]], artist: str, album: str, genre: str,
                language: str = "en") -> str:
    if album and found[0].get("album"):
        return f"{found[0]['album']}"
    if artist and found[0].get("artist"):
        return lang.t(language, "music_songs_by", artist=found[0]["artist"])
    if genre:
        return lang.t(language, "music_genre", genre=genre)
    return lang.t(language, "music_n_songs", n=len(found))
