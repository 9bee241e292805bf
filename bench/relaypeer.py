#!/usr/bin/env python3
"""Loopback peers for the relay rows of bench/run.py.

sink:     relaypeer.py sink        listens, prints "PORT n"; per connection reads to EOF and
                                   prints "GOT bytes seconds" (first byte to EOF)
echo:     relaypeer.py echo        listens, prints "PORT n"; echoes every connection
source:   relaypeer.py source PORT BYTES   sends BYTES of 64-byte \\r\\n lines, then closes
pingpong: relaypeer.py pingpong PORT N     N round trips of one 32-byte \\r\\n frame;
                                           prints "RTT_US median mean"
"""
import socket
import statistics
import sys
import threading
import time


def listen():
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", 0))
    s.listen(64)
    print("PORT", s.getsockname()[1], flush=True)
    return s


def sink():
    s = listen()
    while True:
        conn, _ = s.accept()
        buf = bytearray(256 * 1024)
        got = 0
        first = None
        while True:
            n = conn.recv_into(buf)
            if not n:
                break
            if first is None:
                first = time.perf_counter()
            got += n
        print("GOT", got, time.perf_counter() - (first or time.perf_counter()), flush=True)
        conn.close()


def echo():
    s = listen()

    def serve(conn):
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        while True:
            data = conn.recv(65536)
            if not data:
                break
            conn.sendall(data)
        conn.close()

    while True:
        conn, _ = s.accept()
        threading.Thread(target=serve, args=(conn,), daemon=True).start()


def source(port, size):
    line = b"x" * 62 + b"\r\n"
    block = line * 1024  # 64 KiB
    c = socket.create_connection(("127.0.0.1", port))
    sent = 0
    while sent < size:
        c.sendall(block)
        sent += len(block)
    c.shutdown(socket.SHUT_WR)
    c.recv(1)
    c.close()


def pingpong(port, n):
    c = socket.create_connection(("127.0.0.1", port))
    c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    frame = b"p" * 30 + b"\r\n"
    times = []
    for i in range(n + 50):
        t = time.perf_counter()
        c.sendall(frame)
        got = 0
        while got < len(frame):
            got += len(c.recv(64))
        if i >= 50:  # warm-up
            times.append((time.perf_counter() - t) * 1e6)
    c.close()
    print("RTT_US", statistics.median(times), statistics.mean(times), flush=True)


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "sink":
        sink()
    elif mode == "echo":
        echo()
    elif mode == "source":
        source(int(sys.argv[2]), int(sys.argv[3]))
    elif mode == "pingpong":
        pingpong(int(sys.argv[2]), int(sys.argv[3]))
