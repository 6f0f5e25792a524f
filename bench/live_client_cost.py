"""What bench/live.py's simulated students cost, with no quizgame in the way (issue 19).

A stand-in server (a process of its own, plain asyncio) holds N event streams and, five times, writes
a student's state (3 KB of JSON, as quizgame sends) to all of them at once; client processes read
them over bench/rawhttp.py from their own addresses and parse them, as bench/live.py's do. It prints
the clients' CPU per state received and how long after the write began the streams had it (p50,
p95, max): the floor under bench/live.py's delivery figures on this machine at this moment, which
bench/live.py measures before each N and prints beside the figures.

    python -m bench.live_client_cost                 # 2,000 and 4,000 streams
    python -m bench.live_client_cost --streams 300
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import resource
import time
from typing import Any

from bench import rawhttp
from bench.live_figures import percentile
from bench.live_students import Student, processes_for

STATE = json.dumps({"marker": "1.0.0", "version": 1, "phase": "question", "html": "x" * 3000})
BURSTS = 5
SETTLE = 8.0  # seconds for every stream to connect before the first burst


def serve(ports: Any, burst: Any) -> None:
    async def write_bursts() -> None:
        writers: list[asyncio.StreamWriter] = []

        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            while await reader.readline() not in (b"\r\n", b""):
                pass
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
            writers.append(writer)
            await asyncio.sleep(3600)

        server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=8192)
        ports.put(server.sockets[0].getsockname()[1])
        sent = 0
        while True:
            await asyncio.sleep(0.005)
            if burst.value > sent:
                sent = burst.value
                event = f"id: {sent}\nevent: state\ndata: {STATE}\n\n".encode()
                chunk = f"{len(event):x}\r\n".encode() + event + b"\r\n"
                for writer in writers:
                    writer.write(chunk)

    asyncio.run(write_bursts())


def read(port: int, first: int, count: int, results: Any) -> None:
    async def follow_all() -> None:
        arrived: list[float] = []

        async def follow(index: int) -> None:
            base = f"http://127.0.0.1:{port}"
            async for event in rawhttp.events(base, "/", {}, Student(index, "", True).address):
                if event.name == "state":
                    json.loads(event.data)
                    arrived.append(event.arrived)

        tasks = [asyncio.create_task(follow(first + i)) for i in range(count)]
        await asyncio.sleep(SETTLE)
        before = resource.getrusage(resource.RUSAGE_SELF)
        await asyncio.sleep(BURSTS * 2 + 2)
        after = resource.getrusage(resource.RUSAGE_SELF)
        results.put((arrived, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime))
        for task in tasks:
            task.cancel()

    asyncio.run(follow_all())


def measure(streams: int, processes: int) -> dict[str, Any]:
    """The floor: how long after the write began the streams had each burst (p50, p95, max over
    every stream and burst), and the clients' CPU per state received."""
    context = multiprocessing.get_context("fork")
    ports, results, burst = context.Queue(), context.Queue(), context.Value("i", 0)
    server = context.Process(target=serve, args=(ports, burst), daemon=True)
    server.start()
    per = -(-streams // processes)
    clients = []
    try:
        port = ports.get(timeout=30)
        clients = [
            context.Process(target=read, args=(port, p * per, min(per, streams - p * per), results), daemon=True)
            for p in range(processes)
        ]
        for client in clients:
            client.start()
        time.sleep(SETTLE + 1)
        starts = []
        for n in range(1, BURSTS + 1):
            starts.append(time.monotonic())
            burst.value = n
            time.sleep(2)
        reports = [results.get(timeout=60) for _ in clients]
    finally:
        for process in [server, *clients]:
            process.kill()
            process.join(timeout=5)
    arrived = sorted(t for times, _cpu in reports for t in times)
    cpu = sum(cpu for _times, cpu in reports)
    delays = sorted((t - start) * 1000 for start in starts for t in arrived if start <= t < start + 1.9)
    return {
        "floor_received": f"{len(delays)} of {streams * BURSTS}",
        "floor_p50": round(percentile(delays, 50)) if delays else None,
        "floor_p95": round(percentile(delays, 95)) if delays else None,
        "floor_max": round(delays[-1]) if delays else None,
        "client_us_per_state": round(cpu / max(1, len(arrived)) * 1e6),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--streams", default="2000,4000")
    args = parser.parse_args()
    for streams in (int(x) for x in args.streams.split(",")):
        print(json.dumps({"streams": streams, **measure(streams, processes_for(streams))}), flush=True)


if __name__ == "__main__":
    main()
