"""Messaging skill: contacts, e-mail through a real local SMTP server (aiosmtpd), the
SMTP server down, texts/calls through the webhook transport against a local stand-in,
the outbox statuses, and honest answers for what Hark cannot do."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from fastapi import FastAPI, Request

from hark.config import Settings
from hark.skills.base import SkillContext
from hark.skills.messaging import MessagingSkill, spoken_email
from hark.skills.registry import SkillRegistry
from hark.store import Store, contacts, outbox
from hark.types import Slot, Understanding
from tests.standins import free_port, serve


def u(intent: str, text: str, *slots: Slot) -> Understanding:
    return Understanding(text=text, intent=intent, confidence=0.9, slots=list(slots))


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], email.message.EmailMessage]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        msg = email.message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), msg))
        return "250 OK"


@pytest.fixture()
def smtp() -> Any:
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller, inbox
    controller.stop()


@pytest.fixture()
def store(tmp_path: Path) -> Any:
    s = Store.open(Settings(data_dir=tmp_path))
    with s.session() as db:
        contacts.create(db, name="Joe Smith", email="joe@example.com", phone="+44 20 7946 0018")
        contacts.create(db, name="Anna Berg", aliases=["mum"], phone="+4915123456")
    yield s
    s.close()


def ctx(store: Store, **settings: Any) -> SkillContext:
    s = Settings(data_dir=Path(store.settings.data_dir), **settings)
    return SkillContext(settings=s, services={"store": store})


def test_spoken_email() -> None:
    assert spoken_email("smithjoe@email dot com") == "smithjoe@email.com"
    assert spoken_email("jo dot king at example dot org") == "jo.king@example.org"


async def test_email_sent_through_local_smtp(smtp: Any, store: Store) -> None:
    controller, inbox = smtp
    c = ctx(store, smtp_host="127.0.0.1", smtp_port=controller.port, smtp_from="hark@home.test")
    out = await MessagingSkill().handle(u(
        "email_sendemail", "send an email to joe about dinner saying see you at eight",
        Slot("person", "joe")), c)
    assert out.speech == "Okay, I've sent the email to Joe Smith."
    assert out.data["message"]["status"] == "sent"
    [(sender, rcpts, msg)] = inbox.messages
    assert sender == "hark@home.test" and rcpts == ["joe@example.com"]
    assert msg["To"] == "Joe Smith <joe@example.com>"
    assert msg["Subject"] == "dinner"
    assert msg.get_content().strip() == "see you at eight"
    with store.session() as db:
        [row] = outbox.recent(db)
    assert (row.status, row.channel, row.to, row.error) == ("sent", "email", "joe@example.com",
                                                            None)
    out = await MessagingSkill().handle(u("email_query", "do i have any new emails"), c)
    assert out.speech == ("I can't check your inbox; Hark only sends messages. The last "
                          "messages I sent: an e-mail to joe@example.com (sent).")


async def test_smtp_down_marks_failed(store: Store) -> None:
    c = ctx(store, smtp_host="127.0.0.1", smtp_port=free_port(), http_timeout_s=1.0)
    out = await MessagingSkill().handle(u(
        "email_sendemail", "email joe saying the meeting moved", Slot("person", "joe")), c)
    assert out.speech == ("Sorry, I couldn't send the email to Joe Smith: I couldn't reach the "
                          "mail server. It's marked as failed in the outbox.")
    with store.session() as db:
        [row] = outbox.recent(db)
    assert row.status == "failed" and row.error == "I couldn't reach the mail server."
    c.language = "de"  # the reason is said in the user's language too
    out = await MessagingSkill().handle(u(
        "email_sendemail", "Schick Joe eine E-Mail, dass sich das Treffen verschoben hat",
        Slot("person", "Joe")), c)
    assert out.speech.startswith("Tut mir leid, ich konnte die E-Mail an Joe Smith nicht "
                                 "senden: ich erreiche den Mailserver nicht."), out.speech


async def test_text_and_call_through_webhook(store: Store) -> None:
    app, got = FastAPI(), []

    @app.post("/hook")
    async def hook(request: Request) -> dict:
        got.append((request.headers.get("authorization"), await request.json()))
        return {"ok": True}

    with serve(app) as base:
        c = ctx(store, webhook_url=f"{base}/hook", webhook_token="s3cret")
        skill = MessagingSkill()
        out = await skill.handle(u("email_sendemail", "text mum saying i'm on my way",
                                   Slot("relation", "mum")), c)
        assert out.speech == "Okay, I've sent the text to Anna Berg."
        out = await skill.handle(u("email_sendemail", "call joe", Slot("person", "joe")), c)
        assert out.speech == "Calling Joe Smith."
    assert got[0] == ("Bearer s3cret", {"channel": "sms", "to": "+4915123456", "body":
                                        "i'm on my way", "subject": "", "to_name": "Anna Berg",
                                        "id": 1})
    assert got[1][1]["channel"] == "call" and got[1][1]["to"] == "+442079460018"
    with store.session() as db:
        assert [r.status for r in outbox.recent(db)] == ["sent", "sent"]


async def test_webhook_refusal_and_no_transport(store: Store) -> None:
    app = FastAPI()

    @app.post("/hook")
    async def hook() -> None:
        from fastapi import HTTPException

        raise HTTPException(503)

    with serve(app) as base:
        c = ctx(store, webhook_url=f"{base}/hook")
        out = await MessagingSkill().handle(u("email_sendemail", "text joe saying hi",
                                              Slot("person", "joe")), c)
    assert out.data["message"]["status"] == "failed"
    assert "refused it (error 503)" in out.speech
    out = await MessagingSkill().handle(u("email_sendemail", "email joe saying hi",
                                          Slot("person", "joe")), ctx(store))
    assert out.speech == "I can't send emails yet: a mail server (HARK_SMTP_HOST) isn't set up."


async def test_contacts_add_and_query(store: Store) -> None:
    skill, c = MessagingSkill(), ctx(store)
    out = await skill.handle(u("email_addcontact", "please add smithjoe@email dot com to the "
                               "contact information for joe smith",
                               Slot("email_address", "smithjoe@email dot com"),
                               Slot("person", "joe smith")), c)
    assert out.speech == "Okay, I've updated Joe Smith's e-mail."
    out = await skill.handle(u("email_addcontact", "add lisa to my contacts with email lisa at "
                               "example dot com", Slot("person", "lisa")), c)
    assert out.speech == "Okay, I've added Lisa to your contacts with e-mail lisa@example.com."
    out = await skill.handle(u("email_querycontact", "what's joe's email",
                               Slot("person", "joe's")), c)
    assert out.speech == "Joe Smith's e-mail is smithjoe@email.com."
    out = await skill.handle(u("email_querycontact", "give me the number to mom",
                               Slot("relation", "mom")), c)
    assert out.speech == "I don't have mom in your contacts."
    out = await skill.handle(u("email_querycontact", "give me the number to mum",
                               Slot("relation", "mum")), c)
    assert out.speech == "Anna Berg's number is + 4 9 1 5 1 2 3 4 5 6."
    out = await skill.handle(u("email_sendemail", "email bob saying hi", Slot("person", "bob")),
                             ctx(store, smtp_host="127.0.0.1"))
    assert out.speech == "I don't have bob in your contacts."
    out = await skill.handle(u("social_post", "post this on twitter"), c)
    assert "can't post to social media" in out.speech


def test_sending_is_sensitive() -> None:
    reg = SkillRegistry.default(plugins=False)
    assert reg.spec_for("email_sendemail").sensitive
    assert not reg.spec_for("email_querycontact").sensitive
