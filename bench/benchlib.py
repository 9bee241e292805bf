"""Helpers for bench/run.py: processes started and stopped by PID, /proc readings, wrk,
statistics over runs. Loopback only; every wait is bounded."""
import atexit
import os
import re
import signal
import socket
import statistics
import subprocess
import tempfile
import time

CLK_TCK = os.sysconf("SC_CLK_TCK")
SERVER_CPU = "0"   # the server under test runs on core 0 ...
CLIENT_CPU = "1"   # ... and the load client on core 1 (2-core machine)
NOISY_SPREAD = 0.25  # (max - min) / median above this flags a row as noisy


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port, timeout=10.0, proc=None):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc is not None and proc.poll() is not None:
            return False
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.05)
    return False


def cpu_split(pid):
    """(utime, stime) of the whole process (all threads), in seconds."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) / CLK_TCK, int(fields[12]) / CLK_TCK


def thread_cpu(pid, tid):
    """utime + stime of one thread (the GUI thread's tid is the pid), in seconds; None if gone."""
    try:
        with open(f"/proc/{pid}/task/{tid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def cpu_seconds(pid):
    """utime + stime of the whole process (all threads), in seconds."""
    return sum(cpu_split(pid))


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


def loadavg():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


_live = []  # every Proc still running, stopped at exit (also on Ctrl+C)


def stop_all():
    for p in list(_live):
        try:
            p.stop(timeout=3.0)
        except Exception:  # noqa: BLE001 - best effort at exit
            pass


atexit.register(stop_all)


class Proc:
    """A process the benchmark started; stopped by its PID only."""

    def __init__(self, argv, cpu=None, env=None, stdin=None, stdout=None, name=None):
        if cpu is not None:
            argv = ["taskset", "-c", cpu] + list(argv)
        self.name = name or os.path.basename(argv[0])
        self.log = tempfile.TemporaryFile()
        self.p = subprocess.Popen(argv, env=env, stdin=stdin or subprocess.DEVNULL,
                                  stdout=stdout or self.log, stderr=self.log)
        self.pid = self.p.pid  # taskset execs the program: same PID
        _live.append(self)

    def alive(self):
        return self.p.poll() is None

    def stop(self, timeout=5.0):
        if self.p.poll() is None:
            try:
                os.kill(self.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                self.p.wait(timeout)
            except subprocess.TimeoutExpired:
                os.kill(self.pid, signal.SIGKILL)
                self.p.wait(timeout)
        if self in _live:
            _live.remove(self)
        return self.p.returncode

    def output(self, limit=4000):
        self.log.seek(0)
        return self.log.read()[-limit:].decode(errors="replace")


def _ms(text):
    m = re.match(r"([\d.]+)(us|ms|s|m)", text)
    if not m:
        return None
    v, unit = float(m.group(1)), m.group(2)
    return v * {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}[unit]


def wrk(port, seconds, server_pid, connections=32, path="/kongxx"):
    """Runs wrk on the client core against 127.0.0.1:port; returns req/s, latency and the
    server's CPU time per completed request."""
    cmd = ["taskset", "-c", CLIENT_CPU, "wrk", "-t1", f"-c{connections}", f"-d{seconds}s",
           "--latency", "--timeout", "5s", f"http://127.0.0.1:{port}{path}"]
    u0, s0 = cpu_split(server_pid)
    t0 = time.monotonic()
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 30).stdout
    wall = time.monotonic() - t0
    u1, s1 = cpu_split(server_pid)
    cpu0, cpu1 = u0 + s0, u1 + s1
    r = {"load": loadavg()}
    m = re.search(r"(\d+) requests in ([\d.]+)(\w+)", out)
    r["requests"] = int(m.group(1)) if m else 0
    m = re.search(r"Requests/sec:\s+([\d.]+)", out)
    r["rps"] = float(m.group(1)) if m else 0.0
    for pct in ("50", "99"):
        m = re.search(rf"\s{pct}%\s+(\S+)", out)
        r[f"lat_p{pct}_ms"] = _ms(m.group(1)) if m else None
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    r["errors"] = dict(zip(("connect", "read", "write", "timeout"),
                           map(int, m.groups()))) if m else {}
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    r["non2xx"] = int(m.group(1)) if m else 0
    r["server_cpu_s"] = cpu1 - cpu0
    r["cpu_us_per_req"] = (cpu1 - cpu0) / r["requests"] * 1e6 if r["requests"] else None
    r["user_us_per_req"] = (u1 - u0) / r["requests"] * 1e6 if r["requests"] else None
    r["sys_us_per_req"] = (s1 - s0) / r["requests"] * 1e6 if r["requests"] else None
    r["server_cpu_share"] = (cpu1 - cpu0) / wall if wall > 0 else None
    return r


def summary(values):
    """Median, min, max of a list of runs (None values dropped); noisy flag."""
    vals = [v for v in values if v is not None]
    if not vals:
        return {"median": None, "min": None, "max": None, "runs": values, "noisy": False}
    med = statistics.median(vals)
    lo, hi = min(vals), max(vals)
    noisy = bool(med) and (hi - lo) / abs(med) > NOISY_SPREAD
    return {"median": med, "min": lo, "max": hi, "runs": values, "noisy": noisy}


def fmt(s, unit="", digits=None):
    """'28.1 µs (27.5–30.2)' from a summary."""
    if s is None or s.get("median") is None:
        return "n/a"

    def one(v):
        if digits is not None:
            return f"{v:.{digits}f}"
        if abs(v) >= 100:
            return f"{v:,.0f}"
        if abs(v) >= 10:
            return f"{v:.1f}"
        return f"{v:.2f}"
    text = one(s["median"]) + unit
    if len([v for v in s["runs"] if v is not None]) > 1 and one(s["min"]) != one(s["max"]):
        text += f" ({one(s['min'])}–{one(s['max'])})"
    if s.get("noisy"):
        text += " ~noisy"
    return text
