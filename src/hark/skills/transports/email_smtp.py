"""E-mail over SMTP with the standard library (in a worker thread, with a timeout):
implicit TLS when ``smtp_ssl``, otherwise STARTTLS whenever the server offers it, and
login when a user is set."""

from __future__ import annotations

import asyncio
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formataddr, make_msgid

from hark.config import Settings
from hark.skills.transports import OutgoingMessage, TransportError


class SmtpTransport:
    channels = ("email",)

    def __init__(self, host: str, port: int = 587, *, user: str = "", password: str = "",
                 sender: str = "", use_ssl: bool = False, timeout: float = 10.0) -> None:
        self.host, self.port = host, port
        self.user, self.password = user, password
        self.sender = sender or user or "hark@localhost"
        self.use_ssl = use_ssl
        self.timeout = timeout

    @classmethod
    def from_settings(cls, s: Settings) -> SmtpTransport:
        return cls(s.smtp_host, s.smtp_port, user=s.smtp_user, password=s.smtp_password,
                   sender=s.smtp_from, use_ssl=s.smtp_ssl, timeout=max(s.http_timeout_s, 5.0))

    def build(self, message: OutgoingMessage) -> EmailMessage:
        mail = EmailMessage()
        mail["From"] = self.sender
        mail["To"] = formataddr((message.to_name, message.to)) if message.to_name else message.to
        mail["Subject"] = message.subject
        mail["Message-ID"] = make_msgid(domain=self.sender.rpartition("@")[2] or "localhost")
        mail.set_content(message.body)
        return mail

    def _send(self, mail: EmailMessage) -> None:
        context = ssl.create_default_context()
        cls = smtplib.SMTP_SSL if self.use_ssl else smtplib.SMTP
        kwargs = {"context": context} if self.use_ssl else {}
        with cls(self.host, self.port, timeout=self.timeout, **kwargs) as smtp:
            smtp.ehlo()
            if not self.use_ssl and smtp.has_extn("starttls"):
                smtp.starttls(context=context)
                smtp.ehlo()
            if self.user:
                smtp.login(self.user, self.password)
            smtp.send_message(mail)

    async def send(self, message: OutgoingMessage) -> None:
        mail = self.build(message)
        try:
            await asyncio.to_thread(self._send, mail)
        except smtplib.SMTPAuthenticationError as e:
            raise TransportError("The mail server rejected Hark's login.", phrase="mail_login",
                                 detail=str(e)) from e
        except smtplib.SMTPRecipientsRefused as e:
            raise TransportError(f"The mail server refused the address {message.to}.",
                                 phrase="mail_address", address=message.to,
                                 detail=str(e)) from e
        except (TimeoutError, OSError, smtplib.SMTPException) as e:
            raise TransportError("I couldn't reach the mail server.", phrase="mail_unreachable",
                                 detail=f"{type(e).__name__}: {e}") from e
