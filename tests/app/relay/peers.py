#!/usr/bin/env python3
"""Both ends of a relayed connection, for tst_relay (loopback only).

bulk SIZE SLOW: listens as the upstream and prints "PORT n"; reads the relay's port from
stdin, connects through it, then
  1. the client sends SIZE bytes while the server reads the first SLOW bytes slowly;
  2. the client shuts down its write side (half-close); the server reads to the end of
     the stream, then answers SIZE bytes, read slowly by the client at first, and closes;
  3. prints "UP <sent sha256> <received sha256>", "DOWN ..." and "OK" if both match.
"""
import hashlib
import os
import socket
import sys
import threading
import time

CHUNK = 64 * 1024


def pattern(size):
    block = bytearray(os.urandom(1024 * 1024))
    sent = 0
    index = 0
    while sent < size:
        block[0:8] = index.to_bytes(8, "little")  # every MiB differs
        piece = bytes(block[: min(len(block), size - sent)])
        sent += len(piece)
        index += 1
        yield piece


def send_all(sock, size, digest):
    for piece in pattern(size):
        digest.update(piece)
        sock.sendall(piece)


def read_all(sock, slow, digest):
    got = 0
    while True:
        data = sock.recv(CHUNK)
        if not data:
            return got
        digest.update(data)
        got += len(data)
        if got < slow:
            time.sleep(0.002)  # a slow reader: about 30 MB/s for the first SLOW bytes


def bulk(size, slow):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    print("PORT", listener.getsockname()[1], flush=True)
    relay_port = int(sys.stdin.readline())
    result = {}

    def server():
        conn, _ = listener.accept()
        up = hashlib.sha256()
        result["up_got"] = read_all(conn, slow, up)
        result["up_recv"] = up.hexdigest()
        down = hashlib.sha256()
        send_all(conn, size, down)
        result["down_sent"] = down.hexdigest()
        conn.shutdown(socket.SHUT_WR)
        conn.recv(1)  # until the relay closes
        conn.close()

    thread = threading.Thread(target=server)
    thread.start()
    client = socket.create_connection(("127.0.0.1", relay_port))
    up = hashlib.sha256()
    send_all(client, size, up)
    print("sent", flush=True)
    client.shutdown(socket.SHUT_WR)
    down = hashlib.sha256()
    got = read_all(client, slow, down)
    client.close()
    thread.join()
    print("UP", up.hexdigest(), result["up_recv"], result["up_got"])
    print("DOWN", result["down_sent"], down.hexdigest(), got)
    ok = up.hexdigest() == result["up_recv"] and down.hexdigest() == result["down_sent"]
    print("OK" if ok else "MISMATCH", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "bulk":
        bulk(int(sys.argv[2]), int(sys.argv[3]))
