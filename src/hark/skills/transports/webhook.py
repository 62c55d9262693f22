"""The webhook transport: POSTs each message as JSON to ``settings.webhook_url``
(``{"channel", "to", "to_name", "subject", "body", "id"}``), with an optional bearer
token. Any 2xx answer means delivered."""

from __future__ import annotations

import httpx

from hark.config import Settings
from hark.skills.transports import OutgoingMessage, TransportError


class WebhookTransport:
    channels = ("sms", "call", "webhook")

    def __init__(self, url: str, *, token: str = "", timeout: float = 5.0,
                 client: httpx.AsyncClient | None = None) -> None:
        self.url, self.token, self.timeout = url, token, timeout
        self._client = client

    @classmethod
    def from_settings(cls, s: Settings) -> WebhookTransport:
        return cls(s.webhook_url, token=s.webhook_token, timeout=s.http_timeout_s)

    async def send(self, message: OutgoingMessage) -> None:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        try:
            if self._client is not None:
                r = await self._client.post(self.url, json=message.to_dict(), headers=headers,
                                            timeout=self.timeout)
            else:
                async with httpx.AsyncClient(timeout=self.timeout) as client:
                    r = await client.post(self.url, json=message.to_dict(), headers=headers)
        except httpx.HTTPError as e:
            raise TransportError("I couldn't reach the message service.", phrase="relay_unreachable",
                                 detail=f"{type(e).__name__}: {e}") from e
        if not 200 <= r.status_code < 300:
            raise TransportError(f"The message service refused it (error {r.status_code}).",
                                 phrase="relay_refused",
                                 status=r.status_code)
