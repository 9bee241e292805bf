#!/usr/bin/env python3
"""Real clients for the echo and chat profiles of `serve` (prints one JSON object).

echo PORT TERMINATOR-SPEC: for piece sizes 1, 2, 3 (CPython test_asynchat T1-T3), writes a
    framed stream in pieces of that size (TCP_NODELAY, a short pause between pieces) and
    reads the echo back.
chat PORT LINES: three clients; A says LINES numbered lines, B reads them all, C never
    reads. Reports B's lines in order and how long it took.
"""
import json
import socket
import sys
import time


def connect(port):
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return s


def read_exactly(s, n, timeout=10.0):
    s.settimeout(timeout)
    data = b""
    try:
        while len(data) < n:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    except socket.timeout:
        pass
    return data


def stream_for(spec):
    if spec.startswith("count:"):
        n = int(spec[6:])
        return b"".join(bytes([65 + i]) * n for i in range(6))
    term = spec.encode().decode("unicode_escape").encode("latin-1")
    frames = [b"hello world", b"I'm not dead yet!", b"", b"x" * 300]
    return b"".join(f + term for f in frames)


def mode_echo(port, spec):
    stream = stream_for(spec)
    results = {}
    for piece in (1, 2, 3):
        s = connect(port)
        for i in range(0, len(stream), piece):
            s.sendall(stream[i:i + piece])
            time.sleep(0.0005)
        got = read_exactly(s, len(stream))
        s.close()
        results[str(piece)] = got == stream
        if got != stream:
            results["got" + str(piece)] = got.decode("latin-1")
    results["sent"] = stream.decode("latin-1")
    print(json.dumps(results))


def lines_of(data):
    return [l.rstrip(b"\r") for l in data.split(b"\n")]


def wait_for(s, needle, buf, timeout=5.0):
    s.settimeout(timeout)
    end = time.monotonic() + timeout
    while needle not in buf[0] and time.monotonic() < end:
        chunk = s.recv(65536)
        if not chunk:
            break
        buf[0] += chunk
    return needle in buf[0]


def mode_chat(port, count):
    a, b, c = connect(port), connect(port), connect(port)
    abuf, bbuf = [b""], [b""]
    joined = wait_for(a, b"* guest3 joined", abuf) or wait_for(a, b" joined", abuf)
    a.sendall(b"/nick alice\r\n")
    wait_for(b, b"is now alice", bbuf)
    filler = b"z" * 4000
    # A talks in bursts of 64 lines and waits until B has them all: B keeps up, so only
    # C (which never reads) falls behind. If C stalled the room, B would wait in vain.
    chunks = [bbuf[0]]
    tail = b""
    b.settimeout(10)
    start = time.monotonic()
    for first in range(0, count, 64):
        last = min(first + 64, count) - 1
        a.sendall(b"".join(b"%d %s\r\n" % (i, filler) for i in range(first, last + 1)))
        want = b"alice: %d " % last
        try:
            while want not in tail:
                chunk = b.recv(1 << 20)
                if not chunk:
                    break
                chunks.append(chunk)
                tail = tail[-8192:] + chunk
        except socket.timeout:
            break
        if want not in tail:
            break
    seconds = time.monotonic() - start
    received = [b"".join(chunks)]
    said = [l for l in lines_of(received[0]) if l.startswith(b"alice: ")]
    in_order = said == [b"alice: %d %s" % (i, filler) for i in range(count)]
    # C never read a byte; the server must have dropped it (its socket reads EOF or reset).
    c.settimeout(10)
    c_closed = False
    try:
        while True:
            chunk = c.recv(1 << 20)
            if not chunk:
                c_closed = True
                break
    except (socket.timeout, ConnectionResetError):
        c_closed = True
    a.sendall(b"/who\r\n")
    abuf[0] = b""
    who_ok = wait_for(a, b"* in the room:", abuf)
    who = [l for l in lines_of(abuf[0]) if l.startswith(b"* in the room:")]
    print(json.dumps({"joined": joined, "received": len(said), "inOrder": in_order,
                      "seconds": seconds, "cClosed": c_closed,
                      "who": who[0].decode() if who_ok and who else ""}))


def main():
    mode, port = sys.argv[1], int(sys.argv[2])
    if mode == "echo":
        mode_echo(port, sys.argv[3])
    elif mode == "chat":
        mode_chat(port, int(sys.argv[3]))


if __name__ == "__main__":
    main()
