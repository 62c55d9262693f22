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
from hark.skills.providers import lang
from hark.skills.providers.slots import as_written, clean
from hark.skills.timers import read_db, slot_text, write_db
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
# what the message says and its subject, in German, French, Spanish and Italian
_BODY_OTHER = {
    "de": re.compile(r"(?:,\s*|\s)(?:dass|mit dem text|mit der nachricht|"
                     r"und sag(?:e)? (?:ihm|ihr|ihnen),? dass|sag(?:e)? (?:ihm|ihr|ihnen),? dass)"
                     r"\s*:?\s+(.+)$", re.IGNORECASE),
    "fr": re.compile(r"\b(?:pour (?:lui|leur) dire|en (?:lui |leur )?disant|disant|"
                     r"avec le texte|avec le message)\s*:?\s+(?:que\s+|qu')?(.+)$", re.IGNORECASE),
    "es": re.compile(r"\b(?:diciendo|diciéndole|diciendole|para decirle|que diga|"
                     r"con el texto|con el mensaje)\s*:?\s+(?:que\s+)?(.+)$", re.IGNORECASE),
    "it": re.compile(r"\b(?:dicendo|per dirgli|per dirle|con scritto|con il testo|"
                     r"con il messaggio|che dice)\s*:?\s+(?:che\s+)?(.+)$|"
                     r"\b(?:messaggio|sms|mail|email)\b.*?\bche\s+(.+)$", re.IGNORECASE),
}
_SUBJECT_OTHER = {
    "de": r"\b(?:mit dem betreff|betreff|wegen)\s*:?\s+(.+?)(?=\s*(?:,|\bdass\b|$))",
    "fr": r"\b(?:avec (?:l'|pour )?objet|objet|au sujet de|à propos de|concernant)\s*:?\s+"
          r"(.+?)(?=\s*(?:,|\bpour (?:lui|leur) dire\b|$))",
    "es": r"\b(?:con (?:el )?asunto|asunto|acerca de)\s*:?\s+(.+?)(?=\s*(?:,|\bdiciendo\b|$))",
    "it": r"\b(?:con (?:l'|come )?oggetto|oggetto|riguardo a|a proposito di)\s*:?\s+"
          r"(.+?)(?=\s*(?:,|\bdicendo\b|$))",
}
_DE_PRONOUNS = {"ich", "du", "er", "sie", "es", "wir", "ihr"}
# the same cues in German, French, Spanish and Italian
_CALL_OTHER = re.compile(r"^(?:bitte\s+)?(?:ruf|rufe|anrufen|appelle|appelez|téléphone|llama|"
                         r"llame|chiama|telefona)\b")
_TEXT_OTHER = re.compile(r"\b(sms|nachricht|message|mensaje|whatsapp|messaggio)\b")
_EMAIL_OTHER = re.compile(r"\b(e-?mail|mail|courriel|correo)\b")
_PHONE_WORD = re.compile(r"\b(nummer|telefonnummer|handynummer|numéro|téléphone|número|"
                         r"teléfono|móvil|numero|telefono|cellulare)\b")
_RELATIONS = {"mom", "mum", "mother", "dad", "father", "sister", "brother", "wife", "husband",
              "son", "daughter", "boss", "grandma", "grandpa", "partner", "aunt", "uncle"}
_STATUS = {"sent": "msg_status_sent", "failed": "msg_status_failed",
           "queued": "msg_status_queued"}


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


def _as_said(u: Understanding, who: str) -> str:
    """A name as the user wrote it ("Pietro", not "pietro")."""
    return as_written(f"{u.text} {slot_text(u, 'person', 'relation')}", who)


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
        language = lang.pick(ctx.language)
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
            return Outcome(lang.say_error(e, ctx.language), action="message.failed")
        if u.intent in ("social_post", "social_query"):
            return Outcome(lang.t(language, f"{u.intent}_unsupported"),
                           action="social.unsupported")
        return Outcome(lang.t(language, "msg_unsupported"), action="message.unsupported")

    # ----------------------------------------------------------------- contacts

    async def _find(self, ctx: SkillContext, who: str) -> list[Contact]:
        return await read_db(ctx, contacts_repo.find, who, user=ctx.user_id)

    async def add_contact(self, u: Understanding, ctx: SkillContext) -> Outcome:
        who = _who(u)
        text = u.text
        email = spoken_email(slot_text(u, "email_address") or text)
        phone = _phone(slot_text(u, "phone") or text)
        language = lang.pick(ctx.language)
        if not who:
            return Outcome(lang.t(language, "contact_ask_name"), action="contact.ask_name",
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
                return Outcome(lang.t(language, "contact_ask_details", name=c.name),
                               action="contact.ask_details",
                               expect_followup=True, data={"missing": "email_address"})
            c = await write_db(ctx, contacts_repo.update_contact, c.id, **changes)
            key = "contact_updated_" + _which(email, phone)
            return Outcome(lang.t(language, key, name=c.name), action="contact.update",
                           data={"contact": c.to_dict()})
        name = who.title() if who not in _RELATIONS else who.capitalize()
        aliases = [relation] if relation and relation != who else []
        c = await write_db(ctx, contacts_repo.create, name=name, user=ctx.user_id,
                           aliases=aliases, phone=phone, email=email, now=ctx.clock())
        key = "contact_added" + ("" if not (email or phone) else "_" + _which(email, phone))
        return Outcome(lang.t(language, key, name=c.name, email=email, phone=phone),
                       action="contact.add", data={"contact": c.to_dict()})

    async def query_contact(self, u: Understanding, ctx: SkillContext) -> Outcome:
        text = clean(u.text)
        language = lang.pick(ctx.language)
        if _CALL.search(text) or re.match(r"^(?:please\s+)?(?:text|message)\b", text):
            who = _who(u)
            who = who if language == "en" else _as_said(u, who)
            how = "call" if _CALL.search(text) else "text"
            key = f"contact_suggest_{how}" + ("" if who else "_any")
            return Outcome(lang.t(language, key, who=who), action="contact.suggest_send",
                           data={"suggest_intent": "email_sendemail", "channel":
                                 "call" if how == "call" else "sms"})
        who = _who(u)
        if not who:
            rows = await read_db(ctx, contacts_repo.all_contacts, user=ctx.user_id)
            if not rows:
                return Outcome(lang.t(language, "contacts_none"), action="contact.query")
            names = lang.join([c.name for c in rows[:8]], language)
            key = "contacts_one" if len(rows) == 1 else "contacts_many"
            return Outcome(lang.t(language, key, n=len(rows), names=names),
                           action="contact.query", data={"contacts": [c.to_dict() for c in rows]})
        found = await self._find(ctx, who)
        if not found:
            said = who if language == "en" else _as_said(u, who)
            return Outcome(lang.t(language, "contact_unknown", who=said),
                           action="contact.not_found")
        c = found[0]
        wants_phone = bool(re.search(r"\b(number|phone|mobile|cell|call)\b", text)
                           or _PHONE_WORD.search(text))
        wants_email = bool(_EMAIL_WORD.search(text))
        email = c.email if c.email and (wants_email or not wants_phone) else ""
        phone = " ".join(c.phone) if c.phone and (wants_phone or not wants_email) else ""
        if not (email or phone):
            missing = "phone" if wants_phone else "email" if wants_email else "details"
            return Outcome(lang.t(language, f"contact_no_{missing}", name=c.name),
                           action="contact.query", data={"contact": c.to_dict()})
        key = {"email": "contact_email", "phone": "contact_phone",
               "both": "contact_email_phone"}[_which(email, phone)]
        return Outcome(lang.t(language, key, name=c.name, email=email, phone=phone),
                       action="contact.query", data={"contact": c.to_dict()})

    # ----------------------------------------------------------------- sending

    def _transports(self, ctx: SkillContext) -> dict[str, Transport]:
        given = ctx.services.get("transports")
        return dict(given) if given is not None else from_settings(ctx.settings)

    def _channel(self, u: Understanding, language: str = "en") -> str:
        given = slot_text(u, "channel").lower()
        if given in ("email", "sms", "call", "webhook"):
            return given
        text = clean(u.text)
        if lang.said(text, language, _CALL, _CALL_OTHER):
            return "call"
        if lang.said(text, language, _EMAIL_WORD, _EMAIL_OTHER):
            return "email"
        if lang.said(text, language, _TEXT, _TEXT_OTHER):
            return "sms"
        return "email"

    async def send(self, u: Understanding, ctx: SkillContext) -> Outcome:
        language = lang.pick(ctx.language)
        channel = self._channel(u, language)
        transport = self._transports(ctx).get(channel)
        if transport is None:
            return Outcome(lang.t(language, f"msg_no_transport_{channel}"),
                           action="message.no_transport", data={"channel": channel})
        # recipient
        address = spoken_email(slot_text(u, "email_address")) if channel == "email" else ""
        who = _who(u)
        name = ""
        if not address:
            if not who:
                return Outcome(lang.t(language, "msg_ask_call" if channel == "call"
                                      else "ask_person"),
                               action="message.ask_person", expect_followup=True,
                               data={"missing": "person"})
            found = await self._find(ctx, who)
            if not found:
                said = who if language == "en" else _as_said(u, who)
                return Outcome(lang.t(language, "contact_unknown", who=said),
                               action="message.unknown_contact")
            contact = found[0]
            name = contact.name
            address = contact.email if channel == "email" else \
                re.sub(r"[^\d+]", "", contact.phone)
            if not address:
                key = "msg_no_email" if channel == "email" else "msg_no_phone"
                return Outcome(lang.t(language, key, name=contact.name),
                               action="message.no_address")
        # content
        body = slot_text(u, "body") or (m.group(1) if (m := _BODY.search(u.text)) else "")
        subject = slot_text(u, "subject")
        if channel == "email" and not subject:
            sm = _SUBJECT.search(u.text)
            subject = sm.group(1).strip() if sm else ""
        if language != "en":
            body = body or _body_said(u.text, language)
            if channel == "email" and not subject:
                sm = re.search(_SUBJECT_OTHER[language], u.text, re.IGNORECASE)
                subject = sm.group(1).strip() if sm else ""
        if channel in ("email", "sms") and not body and not subject:
            return Outcome(lang.t(language, "msg_ask_body"), action="message.ask_body",
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
            said = lang.say_error(e, language).rstrip(".")
            error = said if re.match(r"I\b", said) else said[:1].lower() + said[1:]
            return Outcome(lang.t(language, f"msg_failed_{channel}", who=label, error=error),
                           action="message.failed", data={"message": row.to_dict()})
        row = await write_db(ctx, outbox.mark_sent, row.id, now=ctx.clock())
        key = "msg_calling" if channel == "call" else f"msg_sent_{channel}"
        return Outcome(lang.t(language, key, who=label), action="message.sent",
                       data={"message": row.to_dict()})

    async def sent_report(self, u: Understanding, ctx: SkillContext) -> Outcome:
        rows: list[OutboxMessage] = await read_db(ctx, outbox.recent, user=ctx.user_id,
                                                  limit=5)
        language = lang.pick(ctx.language)
        if not rows:
            return Outcome(lang.t(language, "msg_report_none"),
                           action="message.query", data={"messages": []})
        items = [_say_sent(r, language) for r in rows[:3]]
        return Outcome(lang.t(language, "msg_report", items=lang.join(items, language)),
                       action="message.query", data={"messages": [r.to_dict() for r in rows]})


def _which(email: str, phone: str) -> str:
    """'email', 'phone' or 'both': which of the two were given."""
    return "both" if email and phone else "email" if email else "phone"


def _say_sent(r: OutboxMessage, language: str) -> str:
    """'an e-mail to joe@example.com (sent)'."""
    kind = r.channel if r.channel in ("call", "email") else "sms"
    status = lang.t(language, _STATUS[r.status]) if r.status in _STATUS else r.status
    return lang.t(language, f"msg_item_{kind}", to=r.to, status=status)


def _body_said(text: str, language: str) -> str:
    """What the message should say, from "…, dass ich später komme" ("Ich komme später":
    a German "dass" clause puts its verb back second), "pour lui dire que je suis en
    retard", "diciendo que llego tarde", "che arrivo tardi"."""
    m = _BODY_OTHER[language].search(text)
    if m is None:
        return ""
    body = next(g for g in m.groups() if g).strip().rstrip(".!")
    words = body.split()
    if language == "de" and re.search(r"\bdass\b", m.group(0), re.IGNORECASE) and \
            len(words) >= 3 and words[0].lower() in _DE_PRONOUNS:
        words = [words[0], words[-1], *words[1:-1]]
        body = " ".join(words)
    return lang.capital(body)
