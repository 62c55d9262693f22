"""The web page in real headless Chromium against the real server on 127.0.0.1."""

from __future__ import annotations

import shutil

import pytest

from hark.config import load_settings
from hark.server.app import create_app
from tests.server_util import running_server

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
        "--autoplay-policy=no-user-gesture-required"]


@pytest.fixture(scope="module")
def page_url(tmp_path_factory):
    s = load_settings(env={}, data_dir=str(tmp_path_factory.mktemp("data")))
    with running_server(create_app(s, warm=False)) as url:
        yield url


@pytest.fixture(scope="module")
def playwright():
    """One Playwright driver per module: a second sync_playwright() while one is open fails
    with "Sync API inside the asyncio loop"."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="module")
def browser(playwright):
    b = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
    yield b
    b.close()


def test_speak_and_transcribe_in_browser(page_url, browser, librivox_clips, tmp_path) -> None:
    page = browser.new_page()
    page.goto(page_url)
    assert page.title() == "Hark"

    page.fill("#say-text", "The weather in Paris is sunny.")
    page.click("#say-btn")
    page.wait_for_function("document.getElementById('say-meta').textContent.includes('first audio')",
                           timeout=60_000)
    assert page.eval_on_selector("#say-audio", "a => a.src.startsWith('blob:')")

    page.set_input_files("#stt-file", str(librivox_clips[1].path))
    page.click("#stt-btn")
    page.wait_for_function("document.getElementById('stt-meta').textContent.includes('ms')",
                           timeout=60_000)
    assert "young man" in page.inner_text("#stt-out").lower()
    page.screenshot(path=str(tmp_path / "page.png"))


def test_error_shown_for_bad_file(page_url, browser, tmp_path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("definitely not audio")
    page = browser.new_page()
    page.goto(page_url)
    page.set_input_files("#stt-file", str(bad))
    page.click("#stt-btn")
    page.wait_for_selector("#stt-out.err", timeout=30_000)
    assert "could not read" in page.inner_text("#stt-out").lower()


def test_record_from_fake_microphone(page_url, browser) -> None:
    """Chromium's fake microphone plays a beep: the page must record it, send a WAV, and
    show either a transcript or Hark's clear no-speech message, never a format error."""
    ctx = browser.new_context(permissions=["microphone"])
    page = ctx.new_page()
    page.goto(page_url)
    page.click("#rec-btn")
    page.wait_for_timeout(1500)
    page.click("#rec-btn")
    page.wait_for_function("document.getElementById('stt-out').textContent.length > 1 && "
                           "document.getElementById('stt-out').textContent !== '…'",
                           timeout=60_000)
    text = page.inner_text("#stt-out").lower()
    assert "could not read" not in text and "microphone unavailable" not in text
    ctx.close()


def test_chat_box_and_fired_timer_event(page_url, browser) -> None:
    page = browser.new_page()
    page.goto(page_url)
    page.wait_for_function("document.getElementById('events').dataset.ready === '1'",
                           timeout=30_000)
    page.fill("#ask-text", "set a timer for 2 seconds")
    page.click("#ask-btn")
    page.wait_for_selector("#chat .hark", timeout=60_000)
    assert "timer" in page.inner_text("#chat").lower()
    page.wait_for_function("document.getElementById('events').textContent.includes('timer-fired')",
                           timeout=30_000)


def test_talk_button_with_spoken_question(page_url, playwright, synth, tmp_path) -> None:
    """Chromium's fake microphone plays a WAV made by Hark's TTS; the Talk button records
    it, sends it to /v1/turn and shows the transcript and the spoken answer."""
    import numpy as np
    import soundfile as sf

    q = np.concatenate([np.zeros(16000, np.float32), synth("What time is it?"),
                        np.zeros(48000, np.float32)])
    wav = tmp_path / "mic.wav"
    sf.write(str(wav), q, 16000, subtype="PCM_16")
    b = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                   args=[*ARGS, f"--use-file-for-fake-audio-capture={wav}"])
    try:
        ctx = b.new_context(permissions=["microphone"])
        page = ctx.new_page()
        page.goto(page_url)
        page.click("#talk-btn")
        page.wait_for_timeout(3500)
        page.click("#talk-btn")
        page.wait_for_function(
            "document.getElementById('chat').textContent.includes('hark:') || "
            "document.getElementById('chat').textContent.includes('error:')", timeout=90_000)
        chat = page.inner_text("#chat").lower()
    finally:
        b.close()
    assert "you (spoken):" in chat and "time" in chat, chat
    assert "error" not in chat, chat
