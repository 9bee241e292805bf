#!/usr/bin/env python3
"""Python 3.11 asynchat framing the same stream as framebench, for the side-by-side row.

Builds MIB MiB of LINE-byte lines ending in \\r\\n (or, with --count, LINE-byte records
framed by a numeric terminator re-armed after every frame), feeds them through a real
asynchat.async_chat in CHUNK-byte reads from a fake socket (no network), collecting with
asynchat's own _collect_incoming_data/_get_data helpers, and prints one JSON object:
{"mbps": .., "seconds": .., "bytes": .., "frames": ..}.
Run with -W ignore::DeprecationWarning.
"""
import argparse
import json
import time
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import asynchat


class FakeSocket:
    def __init__(self, data, chunk):
        self.view = memoryview(data)
        self.pos = 0
        self.chunk = chunk

    def recv(self, size):
        piece = bytes(self.view[self.pos:self.pos + min(size, self.chunk)])
        self.pos += len(piece)
        return piece

    def setblocking(self, flag):
        pass

    def fileno(self):
        return 1000

    def getpeername(self):
        return ("127.0.0.1", 1)


class Counter(asynchat.async_chat):
    def __init__(self, sock, count):
        asynchat.async_chat.__init__(self, sock=sock, map={})
        self.count = count
        self.frames = 0
        self.framed = 0
        self.set_terminator(count or b"\r\n")

    collect_incoming_data = asynchat.async_chat._collect_incoming_data

    def found_terminator(self):
        self.framed += len(self._get_data())
        self.frames += 1
        if self.count:
            self.set_terminator(self.count)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mib", type=int, default=16)
    ap.add_argument("--line", type=int, default=64)
    ap.add_argument("--chunk", type=int, default=65536)
    ap.add_argument("--count", action="store_true", help="numeric terminator records")
    a = ap.parse_args()
    total = a.mib << 20
    if a.count:
        data = (b"r" * a.line) * (total // a.line)
    else:
        data = (b"x" * (a.line - 2) + b"\r\n") * (total // a.line)
    ch = Counter(FakeSocket(data, a.chunk), a.line if a.count else 0)
    ch.ac_in_buffer_size = a.chunk
    reads = (len(data) + a.chunk - 1) // a.chunk
    start = time.perf_counter()
    for _ in range(reads):
        ch.handle_read()
    seconds = time.perf_counter() - start
    print(json.dumps({"mbps": len(data) / 1e6 / seconds, "seconds": seconds,
                      "bytes": len(data), "frames": ch.frames, "framed": ch.framed}))


if __name__ == "__main__":
    main()
