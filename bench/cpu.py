"""Where a benchmark's CPU time went: this process (the simulated clients), the server's processes,
PostgreSQL, and the whole machine, read from /proc (Linux). On a 2-core machine the clients share
the cores with the server, so a benchmark has to say how much of them it took itself."""

from __future__ import annotations

import os
import resource
from dataclasses import dataclass
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> list[str] | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text[text.rindex(")") + 2 :].split()  # fields from the third on (state, ppid, ...)


def _cpu(pid: int) -> float:
    fields = _stat(pid)
    return 0.0 if fields is None else (int(fields[11]) + int(fields[12])) / TICK  # utime + stime


def processes() -> list[tuple[int, int, str]]:
    """(pid, parent pid, command name) of every process."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            fields = _stat(int(entry.name))
            try:
                name = (entry / "comm").read_text().strip()
            except OSError:
                continue
            if fields is not None:
                found.append((int(entry.name), int(fields[1]), name))
    return found


def _machine_busy() -> float:
    values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = values[3] + values[4]
    return (sum(values[:8]) - idle) / TICK


@dataclass
class Sample:
    client: float
    server: float
    database: float
    machine: float


def sample(server_pid: int, client_pids: tuple[int, ...] = ()) -> Sample:
    """`client_pids`: processes of the simulated clients besides this one."""
    running = processes()
    server = [server_pid] + [pid for pid, parent, _ in running if parent == server_pid]
    database = [pid for pid, _, name in running if name.startswith("postgres")]
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return Sample(
        client=usage.ru_utime + usage.ru_stime + sum(_cpu(pid) for pid in client_pids),
        server=sum(_cpu(pid) for pid in server),
        database=sum(_cpu(pid) for pid in database),
        machine=_machine_busy(),
    )


def shares(before: Sample, after: Sample, seconds: float) -> dict[str, float]:
    """Cores used on average over the run by each side (PostgreSQL backends that ended during the
    run are not counted: the pools keep theirs open)."""
    return {
        "client_cores": round((after.client - before.client) / seconds, 2),
        "server_cores": round((after.server - before.server) / seconds, 2),
        "database_cores": round((after.database - before.database) / seconds, 2),
        "machine_cores": round((after.machine - before.machine) / seconds, 2),
        "load_average": round(os.getloadavg()[0], 1),
    }
