"""One GET/POST helper with a timeout and a couple of retries with backoff: on connection
errors (nothing was sent) for any method, and on 5xx answers for GETs only. Timeouts are
not retried: the caller's time budget is already spent."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx

from hark.errors import ServiceUnavailable

log = logging.getLogger(__name__)

RETRIES = 2
BACKOFF_S = 0.2


async def request_json(
    method: str,
    url: str,
    *,
    service: str,
    timeout_s: float,
    params: dict[str, Any] | None = None,
    json: Any = None,
    headers: dict[str, str] | None = None,
    client: httpx.AsyncClient | None = None,
    retries: int = RETRIES,
    backoff_s: float = BACKOFF_S,
) -> httpx.Response:
    """Send a request and return the response (any status below 500).

    Raises :class:`ServiceUnavailable` after ``retries`` extra attempts on 5xx or
    connection errors, or at once on a timeout.
    """
    own = client is None
    c = client or httpx.AsyncClient(timeout=timeout_s)
    idempotent = method.upper() == "GET"  # a POST may have acted before failing
    try:
        for attempt in range(retries + 1):
            try:
                r = await c.request(method, url, params=params, json=json, headers=headers,
                                    timeout=timeout_s)
            except httpx.TimeoutException as e:
                log.warning("%s timed out: %s", service, e)
                raise ServiceUnavailable(f"The {service} did not answer in time.",
                                         phrase="service_slow", service=service) from e
            except httpx.TransportError as e:
                log.warning("%s unreachable (attempt %d): %s", service, attempt + 1, e)
                if attempt == retries or not (idempotent or isinstance(e, httpx.ConnectError)):
                    raise ServiceUnavailable(f"I can't reach the {service} right now.",
                                             phrase="service_unreachable",
                                             service=service) from e
            else:
                if r.status_code < 500:
                    return r
                log.warning("%s answered %d (attempt %d)", service, r.status_code, attempt + 1)
                if attempt == retries or not idempotent:
                    raise ServiceUnavailable(f"The {service} is having problems right now.",
                                             phrase="service_trouble", service=service,
                                             status=r.status_code)
            await asyncio.sleep(backoff_s * (2**attempt))
        raise AssertionError("unreachable")  # pragma: no cover
    finally:
        if own:
            await c.aclose()
