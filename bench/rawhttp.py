"""A minimal HTTP/1.1 client on asyncio streams, for the simulated students of bench/live.py.

The students share the machine's two cores with the server, so what they cost matters: httpx
spent about as much CPU per event stream as the server did at 2,000 students. This does only what
the students need (a GET that streams Server-Sent Events, a poll, a POST of a small form), with
no connection pool: a stream keeps its connection, a poll or an answer opens one and closes it.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> dict:  # type: ignore[type-arg]
        return json.loads(self.body)


def _target(base: str) -> tuple[str, int]:
    parts = urlsplit(base)
    return parts.hostname or "127.0.0.1", parts.port or 80


def _head(method: str, path: str, host: str, headers: dict[str, str], length: int | None) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


async def _read_head(reader: asyncio.StreamReader) -> tuple[int, dict[str, str]]:
    status_line = await reader.readline()
    if not status_line:
        raise ConnectionError("the server closed the connection before answering")
    status = int(status_line.split()[1])
    headers: dict[str, str] = {}
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b"\n", b""):
            return status, headers
        name, _, value = line.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()


async def _chunks(reader: asyncio.StreamReader) -> AsyncIterator[bytes]:
    while True:
        size_line = await reader.readline()
        if not size_line:
            return
        size = int(size_line.split(b";")[0], 16)
        if size == 0:
            await reader.readline()
            return
        chunk = await reader.readexactly(size)
        await reader.readexactly(2)
        yield chunk


def _source(address: str | None) -> tuple[str, int] | None:
    """Where a connection comes from: `address` (any of 127.0.0.0/8 on loopback), any port."""
    return None if address is None else (address, 0)


async def post_form(
    base: str, path: str, form: dict[str, str], headers: dict[str, str], source: str | None = None
) -> Reply:
    body = urlencode(form).encode()
    extra = {**headers, "Content-Type": "application/x-www-form-urlencoded"}
    return await _exchange(base, "POST", path, extra, body, source)


async def get(base: str, path: str, headers: dict[str, str], source: str | None = None) -> Reply:
    return await _exchange(base, "GET", path, headers, None, source)


async def _exchange(
    base: str, method: str, path: str, headers: dict[str, str], body: bytes | None, source: str | None
) -> Reply:
    """One request on a connection of its own (from `source`, an address), closed after the reply."""
    host, port = _target(base)
    reader, writer = await asyncio.open_connection(host, port, local_addr=_source(source))
    try:
        head = _head(method, path, host, {**headers, "Connection": "close"}, None if body is None else len(body))
        writer.write(head + (body or b""))
        status, reply_headers = await _read_head(reader)
        if "content-length" in reply_headers:
            content = await reader.readexactly(int(reply_headers["content-length"]))
        elif reply_headers.get("transfer-encoding") == "chunked":
            content = b"".join([chunk async for chunk in _chunks(reader)])
        elif status in (204, 304):
            content = b""
        else:
            content = await reader.read()
        return Reply(status, reply_headers, content)
    finally:
        writer.close()


class StreamRefused(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status


@dataclass
class Event:
    name: str
    data: str
    id: str | None  # the event's `id:` line (what a reconnect sends back as Last-Event-ID), if any
    arrived: float  # time.monotonic() when the bytes that completed it were read
    retry: int | None = None  # a `retry:` line: how many ms to wait before reconnecting


async def events(base: str, path: str, headers: dict[str, str], source: str | None = None) -> AsyncIterator[Event]:
    """Each Server-Sent Event until the server ends the stream. The time is taken as the bytes
    are read, before any parsing, so a busy client adds as little as it can to a delivery."""
    host, port = _target(base)
    reader, writer = await asyncio.open_connection(host, port, limit=1 << 20, local_addr=_source(source))
    try:
        writer.write(_head("GET", path, host, {**headers, "Accept": "text/event-stream"}, None))
        status, reply_headers = await _read_head(reader)
        if status != 200:
            raise StreamRefused(status)
        chunked = reply_headers.get("transfer-encoding") == "chunked"
        source = _chunks(reader) if chunked else _raw(reader)
        buffer = b""
        async for chunk in source:
            arrived = time.monotonic()
            buffer += chunk
            while b"\n\n" in buffer:
                block, buffer = buffer.split(b"\n\n", 1)
                name, data, event_id, retry = "message", "", None, None
                for line in block.decode().split("\n"):
                    if line.startswith("event:"):
                        name = line[6:].strip()
                    elif line.startswith("data:"):
                        data = line[5:].strip()
                    elif line.startswith("id:"):
                        event_id = line[3:].strip()
                    elif line.startswith("retry:") and line[6:].strip().isdigit():
                        retry = int(line[6:].strip())
                yield Event(name, data, event_id, arrived, retry)
    finally:
        writer.close()


async def _raw(reader: asyncio.StreamReader) -> AsyncIterator[bytes]:
    while chunk := await reader.read(65536):
        yield chunk
