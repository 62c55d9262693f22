"""Messages, calls and e-mail: a contacts store ("add Joe's email joe@example.com",
"what's Mum's number"), sending through pluggable transports (SMTP e-mail, a webhook for
texts and calls) with every message kept in the outbox as queued → sent | failed.

Sending is a sensitive intent: the dialogue confirms it before this skill is called.
Transports come from ``ctx.services["transports"]`` (``{channel: transport}``) or the
settings (``smtp_*`` for e-mail, ``webhook_url`` for texts and calls). Hark has no inbox:
asked about new mail it says so, and reports what it sent instead.
"""

from __future__ import annotations

import re
from typing import Any

from hark.errors import HarkError
from hark.skills.base import IntentSpec, SkillContext
from hark.skills.providers.slots import clean
from hark.skills.timers import join_and, plural, read_db, slot_text, write_db
from hark.skills.transports import OutgoingMessage, Transport, TransportError, from_settings
from hark.store import contacts as contacts_repo
from hark.store import outbox
from hark.store.models import Contact, OutboxMessage
from hark.types import Outcome, Understanding

_CALL = re.compile(r"^(?:please\s+|can you\s+|could you\s+)?(?:call|phone|ring|dial|video call)\b")
_TEXT = re.compile(r"\b(text|sms|whatsapp|message)\b")
_EMAIL_WORD = re.compile(r"\b(e-?mail|mail)\b")
_BODY = re.compile(r"\b(?:saying|that says|to say|telling (?:him|her|them)|tell (?:him|her|them)"
                   r"|with the message|with this text)\s*:?\s+(?:that\s+)?(.+)$")
_SUBJECT = re.compile(r"\b(?:about|subject|titled|with the subject|re)\s*:?\s+(.+?)"
                      r"(?=\s+(?:saying|that says|to say|telling)\b|$)")
_RELATIONS = {"mom", "mum", "mother", "dad", "father", "sister", "brother", "wife", "husband",
              "son", "daughter", "boss", "grandma", "grandpa", "partner", "aunt", "uncle"}
_CHANNEL_WORD = {"email": "email", "sms": "text", "call": "call", "webhook": "message"}


def spoken_email(text: str) -> str:
    """'smithjoe at email dot com' -> 'smithjoe@email.com'."""
    t = " ".join(text.lower().split())
    t = t.replace(" at ", "@").replace(" dot ", ".").replace(" underscore ", "_")
    t = re.sub(r"\s*@\s*", "@", t)
    t = re.sub(r"\s*\.\s*", ".", t)
    m = re.search(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", t)
    return m.group(0) if m else ""


def _phone(text: str) -> str:
    m = re.search(r"\+?\d[\d\s().-]{5,}\d", text)
    return re.sub(r"[^\d+]", "", m.group(0)) if m else ""


def _who(u: Understanding) -> str:
    who = slot_text(u, "person", "relation")
    who = re.sub(r"'s$|s'$", "", clean(who))
    return re.sub(r"^(my|the|our)\s+", "", who).strip()


def _first(c: Contact) -> str:
    return c.name.split(" ")[0] if c.name else c.name


class MessagingSkill:
    name = "messaging"
    intents = [
        IntentSpec("email_sendemail", "Send an e-mail, a text message or place a call to a "
                   "contact or address (always confirmed first).",
                   {"person": {"type": "string", "description": "Contact name or relation"},
                    "email_address": {"type": "string", "description": "An address"},
                    "channel": {"type": "string", "enum": ["email", "sms", "call"],
                                "description": "How to send (default e-mail)"},
                    "subject": {"type": "string"}, "body": {"type": "string"}},
                   required=["person"], prompts={"person": "Who should I send it to?"},
                   sensitive=True),
        IntentSpec("email_query", "Report the messages Hark sent (Hark has no inbox).",
                   {"person": {"type": "string"}}),
        IntentSpec("email_addcontact", "Add or update a contact's e-mail or phone number.",
                   {"person": {"type": "string", "description": "Name"},
                    "relation": {"type": "string", "description": "e.g. 'mum'"},
                    "email_address": {"type": "string"}, "phone": {"type": "string"}},
                   required=["person"], prompts={"person": "What's the contact's name?"}),
        IntentSpec("email_querycontact", "Look up a contact's e-mail or phone number.",
                   {"person": {"type": "string"}}),
        IntentSpec("social_post", "Post to social media (not supported: says so)."),
        IntentSpec("social_query", "Check social media (not supported: says so)."),
    ]

    async def handle(self, u: Understanding, ctx: SkillContext) -> Outcome:
        try:
            if u.intent == "email_sendemail":
                return await self.send(u, ctx)
            if u.intent == "email_query":
                return await self.sent_report(u, ctx)
            if u.intent == "email_addcontact":
                return await self.add_contact(u, ctx)
            if u.intent == "email_querycontact":
                return await self.query_contact(u, ctx)
        except HarkError as e:
            return Outcome(e.message, action="message.failed")
        if u.intent == "social_post":
            return Outcome("I can't post to social media; Hark doesn't connect to social "
                           "networks.", action="social.unsupported")
        if u.intent == "social_query":
            return Outcome("I can't check social media; Hark doesn't connect to social "
                           "networks.", action="social.unsupported")
        return Outcome("Sorry, I can't do that with messages.", action="message.unsupported")

    # ----------------------------------------------------------------- contacts

    async def _find(self, ctx: SkillContext, who: str) -> list[Contact]:
        return await read_db(ctx, contacts_repo.find, who, user=ctx.user_id)

    async def add_contact(self, u: Understanding, ctx: SkillContext) -> Outcome:
        who = _who(u)
        text = u.text
        email = spoken_email(slot_text(u, "email_address") or text)
        phone = _phone(slot_text(u, "phone") or text)
        if not who:
            return Outcome("What's the contact's name?", action="contact.ask_name",
                           expect_followup=True, data={"missing": "person"})
        relation = clean(slot_text(u, "relation")).removesuffix("'s")
        relation = re.sub(r"^(my|the)\s+", "", relation)
        found = await self._find(ctx, who)
        if found:
            c = found[0]
            changes: dict[str, Any] = {}
            if email:
                changes["email"] = email
            if phone:
                changes["phone"] = phone
            if not changes:
                return Outcome(f"{c.name} is already in your contacts. What's the e-mail "
                               "address or number?", action="contact.ask_details",
                               expect_followup=True, data={"missing": "email_address"})
            c = await write_db(ctx, contacts_repo.update_contact, c.id, **changes)
            what = join_and([w for w, v in (("e-mail", email), ("number", phone)) if v])
            return Outcome(f"Okay, I've updated {c.name}'s {what}.", action="contact.update",
                           data={"contact": c.to_dict()})
        name = who.title() if who not in _RELATIONS else who.capitalize()
        aliases = [relation] if relation and relation != who else []
        c = await write_db(ctx, contacts_repo.create, name=name, user=ctx.user_id,
                           aliases=aliases, phone=phone, email=email, now=ctx.clock())
        extra = join_and([w for w, v in (("e-mail " + email, email), ("number " + phone, phone))
                          if v])
        return Outcome(f"Okay, I've added {c.name} to your contacts" +
                       (f" with {extra}." if extra else "."), action="contact.add",
                       data={"contact": c.to_dict()})

    async def query_contact(self, u: Understanding, ctx: SkillContext) -> Outcome:
        text = clean(u.text)
        if _CALL.search(text) or re.match(r"^(?:please\s+)?(?:text|message)\b", text):
            who = _who(u) or "them"
            how = "call" if _CALL.search(text) else "text"
            example = f"place a call to {who}" if how == "call" else \
                f"send a text to {who} saying …"
            return Outcome(f"To {how} {who}, say \"{example}\" and I'll check with you "
                           "before sending.", action="contact.suggest_send",
                           data={"suggest_intent": "email_sendemail", "channel":
                                 "call" if how == "call" else "sms"})
        who = _who(u)
        if not who:
            rows = await read_db(ctx, contacts_repo.all_contacts, user=ctx.user_id)
            if not rows:
                return Outcome("You have no contacts yet.", action="contact.query")
            names = [c.name for c in rows[:8]]
            return Outcome(f"You have {plural(len(rows), 'contact')}: {join_and(names)}.",
                           action="contact.query", data={"contacts": [c.to_dict() for c in rows]})
        found = await self._find(ctx, who)
        if not found:
            return Outcome(f"I don't have {who} in your contacts.", action="contact.not_found")
        c = found[0]
        wants_phone = bool(re.search(r"\b(number|phone|mobile|cell|call)\b", text))
        wants_email = bool(_EMAIL_WORD.search(text))
        parts = []
        if c.email and (wants_email or not wants_phone):
            parts.append(f"e-mail is {c.email}")
        if c.phone and (wants_phone or not wants_email):
            parts.append(f"number is {' '.join(c.phone)}")
        if not parts:
            missing = "number" if wants_phone else "e-mail address" if wants_email else "details"
            return Outcome(f"I don't have {c.name}'s {missing}.", action="contact.query",
                           data={"contact": c.to_dict()})
        return Outcome(f"{c.name}'s {' and '.join(parts)}.", action="contact.query",
                       data={"contact": c.to_dict()})

    # ----------------------------------------------------------------- sending

    def _transports(self, ctx: SkillContext) -> dict[str, Transport]:
        given = ctx.services.get("transports")
        return dict(given) if given is not None else from_settings(ctx.settings)

    def _channel(self, u: Understanding) -> str:
        given = slot_text(u, "channel").lower()
        if given in ("email", "sms", "call", "webhook"):
            return given
        text = clean(u.text)
        if _CALL.search(text):
            return "call"
        if _EMAIL_WORD.search(text):
            return "email"
        if _TEXT.search(text):
            return "sms"
        return "email"

    async def send(self, u: Understanding, ctx: SkillContext) -> Outcome:
        channel = self._channel(u)
        word = _CHANNEL_WORD[channel]
        transport = self._transports(ctx).get(channel)
        if transport is None:
            setting = "a mail server (HARK_SMTP_HOST)" if channel == "email" else \
                "a message webhook (HARK_WEBHOOK_URL)"
            verb = "make calls" if channel == "call" else f"send {word}s"
            return Outcome(f"I can't {verb} yet: {setting} isn't set up.",
                           action="message.no_transport", data={"channel": channel})
        # recipient
        address = spoken_email(slot_text(u, "email_address")) if channel == "email" else ""
        who = _who(u)
        name = ""
        if not address:
            if not who:
                return Outcome(f"Who should I {'call' if channel == 'call' else 'send it to'}?",
                               action="message.ask_person", expect_followup=True,
                               data={"missing": "person"})
            found = await self._find(ctx, who)
            if not found:
                return Outcome(f"I don't have {who} in your contacts.",
                               action="message.unknown_contact")
            contact = found[0]
            name = contact.name
            address = contact.email if channel == "email" else \
                re.sub(r"[^\d+]", "", contact.phone)
            if not address:
                what = "an e-mail address" if channel == "email" else "a phone number"
                return Outcome(f"I don't have {what} for {contact.name}.",
                               action="message.no_address")
        # content
        body = slot_text(u, "body") or (m.group(1) if (m := _BODY.search(u.text)) else "")
        subject = slot_text(u, "subject")
        if channel == "email" and not subject:
            sm = _SUBJECT.search(u.text)
            subject = sm.group(1).strip() if sm else ""
        if channel in ("email", "sms") and not body and not subject:
            return Outcome("What should the message say?", action="message.ask_body",
                           expect_followup=True, data={"missing": "body"})
        if channel == "email":
            body = body or subject
            subject = subject or (body[:60].rstrip() if body else "")
        label = name or address
        row = await write_db(ctx, outbox.enqueue, channel=channel, to=address, body=body,
                             subject=subject, user=ctx.user_id, now=ctx.clock())
        msg = OutgoingMessage(channel, address, body=body, subject=subject, to_name=name,
                              id=row.id)
        try:
            await transport.send(msg)
        except TransportError as e:
            row = await write_db(ctx, outbox.mark_failed, row.id, e.message, max_attempts=1)
            what = "call" if channel == "call" else f"send the {word}"
            return Outcome(f"Sorry, I couldn't {what} to {label}: {e.message[0].lower()}"
                           f"{e.message[1:].rstrip('.')}. It's marked as failed in the outbox.",
                           action="message.failed", data={"message": row.to_dict()})
        row = await write_db(ctx, outbox.mark_sent, row.id, now=ctx.clock())
        speech = (f"Calling {label}." if channel == "call"
                  else f"Okay, I've sent the {word} to {label}.")
        return Outcome(speech, action="message.sent", data={"message": row.to_dict()})

    async def sent_report(self, u: Understanding, ctx: SkillContext) -> Outcome:
        rows: list[OutboxMessage] = await read_db(ctx, outbox.recent, user=ctx.user_id,
                                                  limit=5)
        intro = "I can't check your inbox; Hark only sends messages."
        if not rows:
            return Outcome(f"{intro} You haven't sent anything through me yet.",
                           action="message.query", data={"messages": []})
        status = {"sent": "sent", "failed": "failed", "queued": "still waiting"}
        items = [f"{'a call' if r.channel == 'call' else 'an e-mail' if r.channel == 'email' else 'a text'} "
                 f"to {r.to} ({status.get(r.status, r.status)})" for r in rows[:3]]
        return Outcome(f"{intro} The last messages I sent: {join_and(items)}.",
                       action="message.query", data={"messages": [r.to_dict() for r in rows]})
