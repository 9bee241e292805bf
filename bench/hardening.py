#!/usr/bin/env python3
"""Issue 14's figures, against a built binary (loopback only):

  chat   RSS of `serve --profile chat` per slow member: MEMBERS members with a 4 KiB
         receive buffer never read while another member sends "a\\n" LINES times; the
         server's peak RSS above its idle RSS, per slow member, and whether they were
         dropped.
  stuck  time for a new echo client to be served with 10 writers that never read at
         --max-connections 10 (gives up after 60 s).
  reset  lines on the server's stderr after 5 resets with output pending.

Usage: bench/hardening.py BINARY [chat|stuck|reset...] [--members N] [--lines N]
"""
import argparse
import re
import socket
import struct
import subprocess
import threading
import time


def start(binary, *args):
    p = subprocess.Popen([binary, "serve", "--port", "0", "--quiet", *args],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    port = int(re.search(rb":(\d+)", p.stdout.readline()).group(1))
    return p, port


def rss_kib(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def stuck_socket(port):
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    s.connect(("127.0.0.1", port))
    return s


def chat(binary, members, lines):
    p, port = start(binary, "--profile", "chat")
    sender = socket.create_connection(("127.0.0.1", port))
    sender.recv(4096)
    slow = [stuck_socket(port) for _ in range(members)]
    time.sleep(0.5)
    idle = rss_kib(p.pid)
    peak = [idle]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], rss_kib(p.pid))
            time.sleep(0.05)

    threading.Thread(target=sample, daemon=True).start()

    def drain():  # the sender reads what the room says, so that only the slow ones lag
        while not done.is_set():
            try:
                if not sender.recv(65536):
                    break
            except OSError:
                break

    threading.Thread(target=drain, daemon=True).start()
    block = b"a\n" * 100000
    for _ in range(lines // 100000):
        sender.sendall(block)
    time.sleep(3)
    dropped = 0
    for s in slow:
        s.setblocking(False)
        try:
            while True:  # a dropped member's socket ends after what the kernel held
                d = s.recv(1 << 20)
                if not d:
                    dropped += 1
                    break
        except BlockingIOError:
            pass
        except OSError:
            dropped += 1
    done.set()
    after = rss_kib(p.pid)
    p.terminate()
    p.wait()
    grown = (peak[0] - idle) / 1024
    print("chat: %d slow members, %d lines of 'a': idle %.1f MiB, peak +%.1f MiB "
          "(%.1f MiB per slow member), after +%.1f MiB, dropped %d"
          % (members, lines, idle / 1024, grown, grown / members, (after - idle) / 1024, dropped))


def stuck(binary):
    p, port = start(binary, "--profile", "echo", "--max-connections", "10")
    writers = []
    chunk = (b"x" * 1000 + b"\r\n") * 64
    for _ in range(10):
        s = stuck_socket(port)
        s.setblocking(False)
        blocked = 0
        while blocked < 10:
            try:
                s.send(chunk)
                blocked = 0
            except BlockingIOError:
                blocked += 1
                time.sleep(0.02)
        writers.append(s)
    start_time = time.monotonic()
    served = None
    while time.monotonic() - start_time < 60:
        try:
            c = socket.create_connection(("127.0.0.1", port), timeout=2)
            c.sendall(b"hello\r\n")
            c.settimeout(2)
            if c.recv(100) == b"hello\r\n":
                served = time.monotonic() - start_time
                break
        except OSError:
            pass
        time.sleep(0.1)
    p.terminate()
    p.wait()
    print("stuck: 10 writers that never read at --max-connections 10: new client served "
          + ("after %.0f ms" % (served * 1000) if served is not None else "never (60 s)"))


def reset(binary):
    p, port = start(binary, "--profile", "echo")
    chunk = (b"x" * 1000 + b"\r\n") * 64
    for _ in range(5):
        s = stuck_socket(port)
        s.setblocking(False)
        try:
            for _ in range(200):
                s.send(chunk)
        except BlockingIOError:
            pass
        time.sleep(0.2)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        s.close()
    time.sleep(0.5)
    p.terminate()
    _, err = p.communicate()
    lines = [l for l in err.decode(errors="replace").splitlines() if l]
    print("reset: 5 resets with output pending: %d stderr lines %s"
          % (len(lines), repr(lines[:2])))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("what", nargs="*", default=["chat", "stuck", "reset"])
    ap.add_argument("--members", type=int, default=1)
    ap.add_argument("--lines", type=int, default=3200000)
    a = ap.parse_args()
    for w in a.what:
        {"chat": lambda: chat(a.binary, a.members, a.lines),
         "stuck": lambda: stuck(a.binary), "reset": lambda: reset(a.binary)}[w]()


if __name__ == "__main__":
    main()
