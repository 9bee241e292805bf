#!/usr/bin/env python3
"""Mixed hostile load for the soak tests (issue 14): against each target, for SECONDS,
good clients, slowloris, garbage senders, resetters and non-readers at once, and a probe
once a second that must be answered within 1 s.

Usage: soak.py SECONDS PROFILE:PORT [PROFILE:PORT...]   (profile: greeting, echo, chat)
Prints one JSON object: per target the probe figures and what each kind of client did.
Loopback only.
"""
import asyncio
import json
import os
import random
import socket
import struct
import sys
import time

HOST = "127.0.0.1"


class Stats(dict):
    def bump(self, key, n=1):
        self[key] = self.get(key, 0) + n


async def good_exchange(profile, port, tag):
    """One well-behaved conversation; True if the server answered as it should."""
    r, w = await asyncio.open_connection(HOST, port)
    try:
        if profile == "greeting":
            w.write(b"GET /%s HTTP/1.0\r\nHost: x\r\n\r\n" % tag)
            data = await r.read()
            return b"Hello %s!" % tag in data
        if profile == "echo":
            w.write(b"%s\r\n" % tag)
            line = await r.readuntil(b"\r\n")
            w.write(b"bye\r\n")
            await r.readuntil(b"\r\n")
            return line == b"%s\r\n" % tag
        # chat: the welcome, a /who, a line said, /quit
        await r.readuntil(b"\n")
        w.write(b"/who\n")
        while True:
            line = await r.readuntil(b"\n")
            if line.startswith(b"* in the room"):
                break
        w.write(b"%s\n/quit\n" % tag)
        while True:
            line = await r.readuntil(b"\n")
            if line.startswith(b"* bye"):
                return True
    finally:
        w.close()


async def good(profile, port, stats, stop, n):
    i = 0
    while not stop.is_set():
        i += 1
        try:
            ok = await asyncio.wait_for(good_exchange(profile, port, b"g%d_%d" % (n, i)), 10)
            stats.bump("good_ok" if ok else "good_wrong")
        except Exception:
            stats.bump("good_failed")
        await asyncio.sleep(0.05)


async def probe(profile, port, stats, stop):
    latencies = []
    i = 0
    while not stop.is_set():
        i += 1
        start = time.monotonic()
        try:
            ok = await asyncio.wait_for(good_exchange(profile, port, b"probe%d" % i), 5)
        except Exception:
            ok = False
        ms = (time.monotonic() - start) * 1000
        latencies.append(round(ms, 1))
        if not ok or ms > 1000:
            stats.bump("probe_late_or_failed")
        await asyncio.sleep(max(0.0, 1.0 - ms / 1000))
    stats["probes"] = len(latencies)
    stats["probe_max_ms"] = max(latencies) if latencies else None
    stats["probe_median_ms"] = sorted(latencies)[len(latencies) // 2] if latencies else None


def raw_socket(rcvbuf=0):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if rcvbuf:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
    s.setblocking(False)
    return s


async def sock_connect(s, port):
    loop = asyncio.get_running_loop()
    await asyncio.wait_for(loop.sock_connect(s, (HOST, port)), 5)


def request_for(profile):
    if profile == "greeting":
        return b"GET /" + b"n" * 2000 + b" HTTP/1.0\r\n\r\n"
    return b"x" * 1000 + (b"\r\n" if profile == "echo" else b"\n")


async def slowloris(profile, port, stats, stop):
    """One byte every half second, never finishing a request or a line."""
    head = b"GET /slow HTTP/1.0\r\nX: " if profile == "greeting" else b"/nick "
    while not stop.is_set():
        s = raw_socket()
        try:
            await sock_connect(s, port)
            stats.bump("slowloris_connected")
            loop = asyncio.get_running_loop()
            await loop.sock_sendall(s, head)
            while not stop.is_set():
                await asyncio.sleep(0.5)
                await loop.sock_sendall(s, b"a")
        except Exception:
            stats.bump("slowloris_closed_by_server")
        finally:
            s.close()
        await asyncio.sleep(0.1)


async def garbage(profile, port, stats, stop):
    rng = random.Random(1)
    while not stop.is_set():
        s = raw_socket()
        try:
            await sock_connect(s, port)
            loop = asyncio.get_running_loop()
            await asyncio.wait_for(loop.sock_sendall(s, rng.randbytes(4096)), 5)
            stats.bump("garbage_sent")
        except Exception:
            stats.bump("garbage_refused")
        finally:
            s.close()
        await asyncio.sleep(0.2)


async def resetter(profile, port, stats, stop):
    """Asks for output, then resets the connection while it is pending."""
    while not stop.is_set():
        s = raw_socket(4096)
        try:
            await sock_connect(s, port)
            loop = asyncio.get_running_loop()
            payload = request_for(profile) * (1 if profile == "greeting" else 256)
            try:
                await asyncio.wait_for(loop.sock_sendall(s, payload), 0.5)
            except asyncio.TimeoutError:
                pass
            await asyncio.sleep(0.05)
            stats.bump("resets")
        except Exception:
            stats.bump("resetter_refused")
        finally:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            s.close()
        await asyncio.sleep(0.2)


async def non_reader(profile, port, stats, stop):
    """Sends requests and never reads what comes back, until the server lets it go."""
    while not stop.is_set():
        s = raw_socket(4096)
        try:
            await sock_connect(s, port)
            stats.bump("non_reader_connected")
            # Chat relays every line to every member: one line at a time is plenty.
            chunk = request_for(profile) * (1 if profile == "chat" else 64)
            while not stop.is_set():
                try:
                    n = s.send(chunk)
                except BlockingIOError:
                    n = 0
                await asyncio.sleep(0.05 if n else 0.25)
                # Closed by the server? A read of 0 bytes or a reset says so.
                try:
                    if s.recv(1, socket.MSG_PEEK) == b"":
                        break
                except BlockingIOError:
                    pass
        except Exception:
            pass
        finally:
            stats.bump("non_reader_released")
            s.close()
        await asyncio.sleep(0.1)


async def main():
    seconds = float(sys.argv[1])
    targets = [(t.split(":")[0], int(t.split(":")[1])) for t in sys.argv[2:]]
    stop = asyncio.Event()
    results = {}
    tasks = []
    for profile, port in targets:
        stats = Stats()
        results["%s:%d" % (profile, port)] = stats
        tasks.append(probe(profile, port, stats, stop))
        for n in range(3):
            tasks.append(good(profile, port, stats, stop, n))
        for _ in range(3):
            tasks.append(slowloris(profile, port, stats, stop))
        tasks.append(garbage(profile, port, stats, stop))
        tasks.append(resetter(profile, port, stats, stop))
        for _ in range(3):
            tasks.append(non_reader(profile, port, stats, stop))

    async def timer():
        await asyncio.sleep(seconds)
        stop.set()

    running = [asyncio.ensure_future(t) for t in tasks]
    await timer()
    await asyncio.wait(running, timeout=15)
    for t in running:
        t.cancel()
    print(json.dumps(results, sort_keys=True))


if __name__ == "__main__":
    asyncio.run(main())
