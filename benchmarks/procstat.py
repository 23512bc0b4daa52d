"""What Linux says about a process: CPU time from ``/proc/<pid>/stat``, memory from
``/proc/<pid>/status``. CPU time is the figure that stays stable on a noisy machine."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

_TICKS_PER_SECOND = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int | str = "self") -> float:
    """User plus system CPU time of the process (all its threads) so far, in seconds."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    # The command name (field 2) is in parentheses and may hold spaces: split after it.
    fields = stat[stat.rindex(")") + 2 :].split()
    utime, stime = int(fields[11]), int(fields[12])  # fields 14 and 15 of proc(5)
    return (utime + stime) / _TICKS_PER_SECOND


@dataclass(frozen=True)
class Memory:
    """Resident set size now and at its peak (VmRSS, VmHWM), in MiB."""

    rss_mib: float
    peak_mib: float


def memory(pid: int | str = "self") -> Memory:
    values: dict[str, float] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, rest = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            values[name] = int(rest.split()[0]) / 1024  # kB
    return Memory(rss_mib=values["VmRSS"], peak_mib=values["VmHWM"])


def machine() -> dict[str, str]:
    """nproc, the CPU model and the kernel, for the report."""
    model = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "nproc": str(os.cpu_count() or "?"),
        "cpu_model": model,
        "kernel": os.uname().release,
    }
