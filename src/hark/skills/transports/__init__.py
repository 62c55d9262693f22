"""Pluggable message transports: e-mail over SMTP, and a webhook for texts, calls and
anything else (a home server, an SMS gateway, Home Assistant, ...).

A transport is any object with ``channels`` and ``async send(message)`` that raises
:class:`TransportError` (with a sentence fit to speak) when delivery fails. Pass your own
in ``ctx.services["transports"]`` as ``{channel: transport}``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Protocol, runtime_checkable

from hark.config import Settings
from hark.errors import HarkError


class TransportError(HarkError):
    code = "transport_failed"
    http_status = 502


@dataclass
class OutgoingMessage:
    channel: str  # email | sms | call | webhook
    to: str  # address or phone number
    body: str = ""
    subject: str = ""
    to_name: str = ""
    id: int | None = None  # outbox row id

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@runtime_checkable
class Transport(Protocol):
    channels: tuple[str, ...]

    async def send(self, message: OutgoingMessage) -> None: ...


def from_settings(settings: Settings) -> dict[str, Transport]:
    """The transports the settings configure, by channel."""
    from hark.skills.transports.email_smtp import SmtpTransport
    from hark.skills.transports.webhook import WebhookTransport

    found: dict[str, Transport] = {}
    if settings.webhook_url:
        hook = WebhookTransport.from_settings(settings)
        for ch in hook.channels:
            found[ch] = hook
    if settings.smtp_host:
        found["email"] = SmtpTransport.from_settings(settings)
    return found
