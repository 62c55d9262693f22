"""Music skill: a library scanned from tagged FLAC/Ogg files (and an untagged WAV) made in
tmp_path, fuzzy play by song/artist/album/genre, queue, transport, volume, likes, and the
honest answer without a sound device."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf

from hark.audio.playback import NullOutput, SoundDeviceOutput
from hark.config import Settings
from hark.skills.base import SkillContext
from hark.skills.music import MusicSkill, read_tags, scan_library
from hark.store import Store, music
from hark.types import Slot, Understanding

LIBRARY = [
    ("a.flac", "Bohemian Rhapsody", "Queen", "A Night at the Opera", "Rock"),
    ("b.flac", "Love of My Life", "Queen", "A Night at the Opera", "Rock"),
    ("c.ogg", "So What", "Miles Davis", "Kind of Blue", "Jazz"),
    ("d.ogg", "Blue in Green", "Miles Davis", "Kind of Blue", "Jazz"),
]


def u(intent: str, text: str, *slots: Slot) -> Understanding:
    return Understanding(text=text, intent=intent, confidence=0.9, slots=list(slots))


def make_library(folder: Path) -> None:
    from mutagen import File

    folder.mkdir(parents=True, exist_ok=True)
    tone = (0.1 * np.sin(2 * np.pi * 440 * np.arange(8000) / 8000)).astype(np.float32)
    for name, title, artist, album, genre in LIBRARY:
        path = folder / name
        sf.write(path, tone, 8000, format="FLAC" if name.endswith("flac") else "OGG")
        f = File(path, easy=True)
        f["title"], f["artist"], f["album"], f["genre"] = title, artist, album, genre
        f.save()
    (folder / "sub").mkdir()
    sf.write(folder / "sub" / "07 - Nina Simone - Feeling Good.wav", tone, 8000)  # no tags


class Recorder(NullOutput):
    def __init__(self, device: bool) -> None:
        super().__init__()
        self.device = device

    def available(self) -> bool:
        return self.device


@pytest.fixture()
def env(tmp_path: Path) -> Any:
    make_library(tmp_path / "music")
    settings = Settings(data_dir=tmp_path, music_dir=str(tmp_path / "music"))
    store = Store.open(settings)
    yield settings, store
    store.close()


def ctx(env: Any) -> SkillContext:
    settings, store = env
    return SkillContext(settings=settings, services={"store": store})


def test_scan_reads_tags_and_file_names(env: Any, tmp_path: Path) -> None:
    _, store = env
    assert scan_library(store, tmp_path / "music") == 5
    with store.session() as db:
        tracks = {t.title: t for t in music.search(db)}
    assert tracks["So What"].artist == "Miles Davis"
    assert tracks["So What"].genre == "Jazz"
    assert tracks["So What"].duration_s == pytest.approx(1.0, abs=0.05)
    assert tracks["Feeling Good"].artist == "Nina Simone"  # from "07 - Nina Simone - ..."
    assert read_tags(tmp_path / "music" / "a.flac")["album"] == "A Night at the Opera"


async def test_play_queue_transport_volume_likes(env: Any) -> None:
    out_dev = Recorder(device=True)
    skill, c = MusicSkill(output=out_dev), ctx(env)
    out = await skill.handle(u("play_music", "play bohemian rapsody",
                               Slot("song_name", "bohemian rapsody")), c)  # misheard: fuzzy
    assert out.speech == "Playing Bohemian Rhapsody by Queen."
    assert out_dev.calls[-1][0] == "play" and out_dev.calls[-1][1].endswith("a.flac")

    out = await skill.handle(u("play_music", "play miles davis",
                               Slot("artist_name", "miles davis")), c)
    assert out.speech == "Playing songs by Miles Davis, starting with So What by Miles Davis."
    out = await skill.handle(u("music_query", "what song is playing"), c)
    assert out.speech == "This is So What by Miles Davis, from Kind of Blue."
    out = await skill.handle(u("music_settings", "next song"), c)
    assert out.speech == "Playing Blue in Green by Miles Davis."
    out = await skill.handle(u("play_music", "queue love of my life after this",
                               Slot("song_name", "love of my life")), c)
    assert out.speech == "Added Love of My Life by Queen to the queue."
    out = await skill.handle(u("music_query", "what's up next"), c)
    assert out.speech == "Coming up: Love of My Life by Queen."

    out = await skill.handle(u("audio_volume_mute", "please pause the song"), c)
    assert out.speech == "Paused." and out.data["state"] == "paused"
    out = await skill.handle(u("music_settings", "resume"), c)
    assert out.speech == "Playing Blue in Green by Miles Davis."
    out = await skill.handle(u("audio_volume_up", "volume up"), c)
    assert out.speech == "Volume 60 percent."
    out = await skill.handle(u("audio_volume_down", "lower the volume to twenty",
                               Slot("change_amount", "to twenty")), c)
    assert out.speech == "Volume 20 percent."
    out = await skill.handle(u("audio_volume_mute", "mute the speakers"), c)
    assert out.speech == "Muted." and ("volume", 0.0) in out_dev.calls
    out = await skill.handle(u("audio_volume_mute", "unmute"), c)
    assert out.speech == "Sound's back on."

    out = await skill.handle(u("music_likeness", "i love this song"), c)
    assert out.speech == "Okay, I've added Blue in Green by Miles Davis to your favourites."
    out = await skill.handle(u("play_music", "play my favourites"), c)
    assert out.speech == "Playing your favourites."
    out = await skill.handle(u("music_likeness", "i don't like this song"), c)
    assert out.action == "music.dislike"
    out = await skill.handle(u("music_likeness", "my favourite singer is shakira",
                               Slot("artist_name", "shakira")), c)
    assert out.speech == "Noted: you like shakira."

    out = await skill.handle(u("play_music", "play some jazz", Slot("music_genre", "jazz")), c)
    assert out.speech.startswith("Playing jazz music, starting with")
    out = await skill.handle(u("play_music", "play the album kind of blue",
                               Slot("music_album", "kind of blue")), c)
    assert out.speech == "Playing Kind of Blue, starting with So What by Miles Davis."
    out = await skill.handle(u("play_music", "play something by abba",
                               Slot("artist_name", "abba")), c)
    assert out.speech == "I couldn't find anything by abba in your music."
    out = await skill.handle(u("music_settings", "shuffle", Slot("player_setting", "shuffle")), c)
    assert out.speech == "Shuffle is on."
    out = await skill.handle(u("music_settings", "stop", Slot("player_setting", "stop")), c)
    assert out.speech == "Stopped."
    out = await skill.handle(u("music_query", "what's playing"), c)
    assert out.speech == "Nothing is playing right now."


async def test_without_a_sound_device_state_is_kept(env: Any) -> None:
    skill, c = MusicSkill(output=Recorder(device=False)), ctx(env)
    out = await skill.handle(u("play_music", "play so what by miles davis"), c)
    assert out.speech == ("I'd play So What by Miles Davis, but there's no sound device here. "
                          "I've set it as playing anyway.")
    out = await skill.handle(u("music_query", "what's playing"), c)
    assert out.speech == ("This is So What by Miles Davis, from Kind of Blue (set as playing, "
                          "but there's no sound device here).")


async def test_empty_library(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, music_dir=str(tmp_path / "nothing"))
    with Store.open(settings) as store:
        c = SkillContext(settings=settings, services={"store": store})
        out = await MusicSkill(output=NullOutput()).handle(u("play_music", "play music"), c)
    assert out.speech.startswith("Your music library is empty.")


def test_sound_device_output_without_device_plays_nothing() -> None:
    out = SoundDeviceOutput()
    out._available = False  # this machine may or may not have one; force "none"
    out.play("/nonexistent.flac")
    assert out._thread is None
