#!/usr/bin/env python3
"""Opens N idle connections to a server, each holding a partial request line.

Each connection sends `GET /idle HTTP/1.0` without the CRLF, so an HTTP server must keep
it open and waiting. Measures, on the server's side where it can:
  - time until the server has accepted all N (its open descriptor count, from /proc),
  - the server's resident memory per connection (VmRSS delta / accepted),
  - the latency of fresh requests (probes) while the N stay open,
  - how many of the N the server closed or reset.
Prints one line `READY <json>`, then holds the connections until stdin closes or
--hold seconds pass (so the runner can measure throughput meanwhile), and exits.
Loopback only; every loop is bounded in time.

Usage: idleclient.py --port P --pid SERVER_PID [-n 10000] [--accept-timeout 10] [--hold 120]
"""
import argparse
import json
import os
import resource
import select
import selectors
import socket
import statistics
import sys
import time

PARTIAL = b"GET /idle HTTP/1.0"


def fd_count(pid):
    """Open descriptors of the server, -1 once it has exited (a zombie counts as gone)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            if f.read().rsplit(")", 1)[1].split()[0] in ("Z", "X"):
                return -1
        return len(os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        return -1


def cpu_s(pid):
    """utime + stime of the server, in seconds (-1 if gone)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return -1.0


def listen_overflows():
    """The kernel's count of connections dropped because a listen queue was full."""
    try:
        with open("/proc/net/netstat") as f:
            lines = f.read().splitlines()
        for names, values in zip(lines[::2], lines[1::2]):
            if names.startswith("TcpExt:"):
                return int(dict(zip(names.split(), values.split()))["ListenOverflows"])
    except (OSError, KeyError, ValueError):
        pass
    return -1


def rss_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return -1


def probe(host, port, timeout):
    """One fresh request; seconds until the whole response arrived, or None."""
    t0 = time.perf_counter()
    try:
        with socket.create_connection((host, port), timeout=timeout) as s:
            s.sendall(b"GET /probe HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
            data = b""
            while True:
                left = timeout - (time.perf_counter() - t0)
                if left <= 0:
                    return None
                s.settimeout(left)
                chunk = s.recv(65536)
                if not chunk:
                    break
                data += chunk
        if not data.startswith(b"HTTP/1."):
            return None
        return time.perf_counter() - t0
    except OSError:
        return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--pid", type=int, required=True)
    ap.add_argument("-n", type=int, default=10000)
    ap.add_argument("--accept-timeout", type=float, default=10.0)
    ap.add_argument("--in-flight", type=int, default=1000)
    ap.add_argument("--probes", type=int, default=3)
    ap.add_argument("--probe-timeout", type=float, default=2.0)
    ap.add_argument("--hold", type=float, default=120.0)
    ap.add_argument("--silent", action="store_true",
                    help="send nothing (diagnostic: memory of a connection without data)")
    a = ap.parse_args()
    payload = b"" if a.silent else PARTIAL
    if a.host not in ("127.0.0.1", "::1"):
        sys.exit("idleclient: loopback only")

    need = a.n + 200
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < need:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(need, hard), hard))

    fds0 = fd_count(a.pid)
    rss0 = rss_kib(a.pid)
    cpu0 = cpu_s(a.pid)
    overflows0 = listen_overflows()
    sel = selectors.DefaultSelector()
    socks = []          # every socket we opened
    connecting = 0
    established = 0
    failed = 0
    t0 = time.perf_counter()
    deadline = t0 + a.accept_timeout
    t_clients = None    # all N established on our side
    t_accepted = None   # all N accepted by the server
    accepted = 0
    next_fd_poll = 0.0
    opened = 0
    died_after = None   # accepted count when the server process disappeared
    while time.perf_counter() < deadline:
        # Open more connections, keeping a bounded number of handshakes in flight.
        while opened < a.n and connecting < a.in_flight:
            s = socket.socket(socket.AF_INET6 if ":" in a.host else socket.AF_INET)
            s.setblocking(False)
            try:
                s.connect((a.host, a.port))
            except BlockingIOError:
                pass
            except OSError:
                failed += 1
                s.close()
                opened += 1
                continue
            socks.append(s)
            opened += 1
            try:
                # On loopback the handshake is usually done when connect() returns.
                s.send(payload)
                established += 1
                continue
            except OSError:
                pass
            sel.register(s, selectors.EVENT_WRITE)
            connecting += 1
        for key, _ in sel.select(timeout=0.005):
            s = key.fileobj
            sel.unregister(s)
            connecting -= 1
            err = s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if err:
                failed += 1
                continue
            try:
                s.send(payload)
                established += 1
            except OSError:
                failed += 1
        now = time.perf_counter()
        if t_clients is None and established + failed >= a.n:
            t_clients = now - t0
        if now >= next_fd_poll:
            fds = fd_count(a.pid)
            # Listing 10,000 descriptors costs milliseconds of the client's core: rarely
            # while still opening connections, often once all are open.
            next_fd_poll = now + (0.1 if opened < a.n else 0.002)
            if fds < 0:
                died_after = accepted  # the server process is gone
                break
            accepted = max(0, fds - fds0)
            if accepted >= a.n:
                t_accepted = now - t0
                break
            if opened >= a.n and connecting == 0 and accepted >= established:
                # everything we managed to open is accepted; the rest failed
                if established + failed >= a.n and failed:
                    break
    if died_after is None:
        accepted = max(0, fd_count(a.pid) - fds0)
    cpu1 = cpu_s(a.pid)
    overflows = listen_overflows() - overflows0 if overflows0 >= 0 else None
    # Accepted (taken from the kernel's queue) is not yet set up: a server may hold the
    # descriptors and set them up later. A request sent now is answered after every
    # connection before it (first come, first set up): all set up at accept + its time.
    t_served = None
    if t_accepted is not None and died_after is None:
        first = probe(a.host, a.port, 5.0)
        t_served = t_accepted + first if first is not None else None
    # Let the server settle before reading its memory: on a loaded machine it may still be
    # reading the partial request lines well after it accepted the connections. Settled:
    # its CPU time did not move for 0.3 s (at most 10 s).
    settle_end = time.perf_counter() + 10.0
    last = cpu_s(a.pid)
    while time.perf_counter() < settle_end:
        time.sleep(0.3)
        now_cpu = cpu_s(a.pid)
        if now_cpu == last:
            break
        last = now_cpu
    rss1 = rss_kib(a.pid)
    alive = fd_count(a.pid) >= 0

    probes = []
    for _ in range(a.probes):
        probes.append(probe(a.host, a.port, a.probe_timeout) if alive else None)
    ok = [p for p in probes if p is not None]

    # Which of our connections did the server close or reset meanwhile?
    closed = 0
    for s in socks:
        try:
            if s.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b"":
                closed += 1
        except BlockingIOError:
            pass
        except OSError:
            closed += 1

    result = {
        "n": a.n,
        "established": established,
        "failed": failed,
        "accepted": accepted,
        "accept_all_s": t_accepted,
        "served_all_s": t_served,
        "clients_connected_s": t_clients,
        "server_alive": alive,
        "server_died_after": died_after,
        "server_closed": closed,
        "server_cpu_us_per_accept": (cpu1 - cpu0) / accepted * 1e6
        if accepted > 0 and cpu0 >= 0 and cpu1 >= 0 else None,
        "listen_overflows": overflows,  # SYNs dropped: each costs the client a 1 s retry
        "rss_before_kib": rss0,
        "rss_after_kib": rss1,
        "rss_per_conn_kib": (rss1 - rss0) / accepted if accepted > 0 and rss1 > 0 else None,
        "probe_ms": [None if p is None else p * 1e3 for p in probes],
        "probe_median_ms": statistics.median(ok) * 1e3 if ok else None,
        "probes_answered": len(ok),
    }
    print("READY " + json.dumps(result), flush=True)

    # Hold until the runner closes our stdin (or the hold time passes).
    end = time.perf_counter() + a.hold
    while time.perf_counter() < end:
        ready, _, _ = select.select([sys.stdin], [], [], min(1.0, max(0.0, end - time.perf_counter())))
        if ready and not os.read(sys.stdin.fileno(), 4096):
            break
    for s in socks:
        s.close()


if __name__ == "__main__":
    main()
