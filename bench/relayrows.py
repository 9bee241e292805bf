"""The relay rows of bench/run.py: `asynchat-workbench relay --quiet` (framing on both ways,
frames counted, not printed: the views' summary level) against socat doing the same relay
(`socat TCP-LISTEN:P,fork TCP:127.0.0.1:S`, its default 8 KiB buffer), on loopback.
- throughput: one client sends BYTES of 64-byte \\r\\n lines through the relay to a sink;
  MB/s from the sink's first byte to its end of stream;
- added latency: median round trip of one 32-byte frame through the relay to an echo
  server, minus the same without a relay.
The relay runs on core 0, the peers on core 1."""
import os
import subprocess
import sys

import benchlib as B

HERE = os.path.dirname(os.path.abspath(__file__))
PEER = os.path.join(HERE, "relaypeer.py")


def _line(proc, prefix, timeout=60):
    import select
    import time
    end = time.monotonic() + timeout
    buf = b""
    fd = proc.p.stdout.fileno()
    while time.monotonic() < end:
        r, _, _ = select.select([fd], [], [], max(0.0, end - time.monotonic()))
        if not r:
            return None
        ch = os.read(fd, 1)
        if not ch:
            return None
        if ch == b"\n":
            if buf.decode().startswith(prefix):
                return buf.decode()
            buf = b""
            continue
        buf += ch
    return None


def _peer(mode):
    p = B.Proc([sys.executable, PEER, mode], cpu=B.CLIENT_CPU, stdout=subprocess.PIPE,
               name="relaypeer-" + mode)
    line = _line(p, "PORT ", 15)
    return p, int(line.split()[1]) if line else None


def _relay(kind, app, target):
    port = B.free_port()
    if kind == "ours":
        argv = [app, "relay", "--listen", f"127.0.0.1:{port}", "--to", f"127.0.0.1:{target}",
                "--quiet"]
    else:
        argv = ["socat", f"TCP-LISTEN:{port},bind=127.0.0.1,reuseaddr,fork",
                f"TCP:127.0.0.1:{target}"]
    p = B.Proc(argv, cpu=B.SERVER_CPU, name="relay-" + kind)
    if not B.wait_port(port, 15, p.p):
        p.stop()
        return None, None
    return p, port


def throughput(kind, app, size):
    sink, sport = _peer("sink")
    if not sport:
        return None
    relay, rport = (None, sport) if kind == "direct" else _relay(kind, app, sport)
    try:
        if not rport:
            return None
        subprocess.run(["taskset", "-c", B.CLIENT_CPU, sys.executable, PEER, "source",
                        str(rport), str(size)], timeout=300, check=True)
        line = _line(sink, "GOT ", 60)
        while line and line.split()[1] == "0":  # wait_port's probe connection: skip it
            line = _line(sink, "GOT ", 60)
        if not line:
            return None
        got, seconds = int(line.split()[1]), float(line.split()[2])
        return got / seconds / 1e6 if got == size and seconds > 0 else None
    finally:
        if relay:
            relay.stop()
        sink.stop()


def latency(kind, app, n):
    echo, eport = _peer("echo")
    if not eport:
        return None
    relay, rport = (None, eport) if kind == "direct" else _relay(kind, app, eport)
    try:
        if not rport:
            return None
        out = subprocess.run(["taskset", "-c", B.CLIENT_CPU, sys.executable, PEER, "pingpong",
                              str(rport), str(n)], timeout=300, check=True,
                             capture_output=True, text=True).stdout
        return float(out.split()[1]) if out.startswith("RTT_US") else None
    finally:
        if relay:
            relay.stop()
        echo.stop()


def run(app, a, size=512 * 1024 * 1024, n=5000):
    if not os.path.exists(app):
        return {"error": "no app build"}
    raw = {}
    for kind in ("ours", "socat", "direct"):
        if kind == "socat" and not B_has("socat"):
            raw[kind] = {"error": "socat is missing (scripts/deps.sh bench)"}
            continue
        raw[kind] = {"mbps": [throughput(kind, app, size) for _ in range(a.runs)],
                     "rtt_us": [latency(kind, app, n) for _ in range(a.runs)]}
    return raw


def B_has(tool):
    from shutil import which
    return which(tool) is not None


def rows(raw, row):
    r = raw.get("relay")
    if not r:
        return []
    if "error" in r:
        return [row("relay", "n/a", "", None, "", None, r["error"])]
    ours, socat, direct = (r.get(k, {}) for k in ("ours", "socat", "direct"))
    t_o, t_s, t_d = (B.summary(x.get("mbps", [])) for x in (ours, socat, direct))
    l_o, l_s, l_d = (B.summary(x.get("rtt_us", [])) for x in (ours, socat, direct))
    out = []
    ratio = None
    if t_o["median"] and t_s["median"]:
        ratio = t_o["median"] / t_s["median"]
    out.append(row("relay throughput, 64-byte \\r\\n lines, framing on (--quiet), 512 MiB",
                   B.fmt(t_o, " MB/s"),
                   f"socat {B.fmt(t_s, ' MB/s')}; no relay {B.fmt(t_d, ' MB/s')}",
                   ratio, "≥ 0.8× socat", None if ratio is None else ratio >= 0.8))
    added_o = added_s = None
    if l_o["median"] and l_d["median"]:
        added_o = l_o["median"] - l_d["median"]
    if l_s["median"] and l_d["median"]:
        added_s = l_s["median"] - l_d["median"]
    lat_ratio = added_o / added_s if added_o is not None and added_s else None
    out.append(row("relay added latency, 32-byte frame round trip (median of 5,000)",
                   "n/a" if added_o is None else f"+{added_o:.1f} µs (RTT {B.fmt(l_o, ' µs')})",
                   "n/a" if added_s is None else
                   f"socat +{added_s:.1f} µs (RTT {B.fmt(l_s, ' µs')}); no relay {B.fmt(l_d, ' µs')}",
                   lat_ratio, "≤ 2× socat's", None if lat_ratio is None else lat_ratio <= 2.0))
    return out
