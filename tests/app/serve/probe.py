#!/usr/bin/env python3
"""Real clients for the app tests: raw sockets and http.client against `serve`.

Every mode prints one JSON object on stdout. Byte strings travel as latin-1 text so that
the C++ side gets them back byte for byte (QString::toLatin1()).
"""
import http.client
import json
import socket
import sys
import time


def out(obj):
    sys.stdout.write(json.dumps(obj))
    sys.stdout.flush()


def read_all(sock, timeout=5.0, until=None):
    sock.settimeout(timeout)
    data = b""
    try:
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
            if until is not None and len(data) >= until:
                break
    except socket.timeout:
        pass
    except ConnectionResetError:
        pass
    return data


def connect(port):
    s = socket.create_connection(("127.0.0.1", port), timeout=5)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return s


def alive(port):
    """K1: a fresh request from another connection is still answered."""
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
    c.request("GET", "/alive")
    r = c.getresponse()
    ok = r.status == 200 and b"Hello alive!" in r.read()
    c.close()
    return ok


def mode_raw(port, request, chunk=0, delay_ms=0, shutdown=False):
    s = connect(port)
    start = time.monotonic()
    if chunk <= 0:
        s.sendall(request)
    else:
        for i in range(0, len(request), chunk):
            s.sendall(request[i:i + chunk])
            if delay_ms:
                time.sleep(delay_ms / 1000.0)
    if shutdown:
        s.shutdown(socket.SHUT_WR)
    reply = read_all(s)
    s.close()
    out({"reply": reply.decode("latin-1"), "seconds": time.monotonic() - start,
         "alive": alive(port)})


def mode_batch(port):
    """Many raw requests (a JSON list of latin-1 strings on stdin), one reply each, every
    one followed by a K1 probe. One interpreter for all: Python's start-up dominates."""
    results = []
    for request in json.load(sys.stdin):
        s = connect(port)
        s.sendall(request.encode("latin-1"))
        reply = read_all(s)
        s.close()
        results.append({"reply": reply.decode("latin-1"), "alive": alive(port)})
    out(results)


def mode_hold(port, request):
    """Send a partial head and hold: how long until the server answers and closes."""
    s = connect(port)
    start = time.monotonic()
    if request:
        s.sendall(request)
    reply = read_all(s, timeout=10)
    out({"reply": reply.decode("latin-1"), "seconds": time.monotonic() - start,
         "alive": alive(port)})


def mode_trickle(port, every_ms, limit_s):
    """Slowloris (reliability 24): one header byte every every_ms, never finishing."""
    s = connect(port)
    start = time.monotonic()
    s.sendall(b"GET /x HTTP/1.0\r\nX-Slow: ")
    reply = b""
    s.settimeout(every_ms / 1000.0)
    while time.monotonic() - start < limit_s:
        try:
            s.sendall(b"a")
        except OSError:
            break
        try:
            chunk = s.recv(65536)
            if not chunk:
                break
            reply += chunk
        except socket.timeout:
            pass
        except ConnectionResetError:
            break
    s.close()
    out({"reply": reply.decode("latin-1"), "seconds": time.monotonic() - start,
         "alive": alive(port)})


def mode_slowloris(port, count, seconds):
    """Reliability 24: `count` connections trickle one header byte every 0.5 s and never
    finish; a probe every 0.5 s must still get its 200 within 1 s."""
    import select
    conns = []
    for _ in range(count):
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        s.sendall(b"GET /slow HTTP/1.0\r\nX-Slow: ")
        s.setblocking(False)
        conns.append(s)
    probes = []
    closed = 0
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        for s in list(conns):
            try:
                s.send(b"a")
            except OSError:
                conns.remove(s)
                closed += 1
                s.close()
        t0 = time.monotonic()
        try:
            ok = alive(port)
        except OSError:
            ok = False
        probes.append({"ok": ok, "seconds": time.monotonic() - t0})
        time.sleep(0.5)
    # The server answers 408, sends its FIN and lingers a little (discarding input) before it
    # closes for good: a connection counts as closed once its reply is read up to EOF (or it
    # was reset). A slow (sanitizer) server gets a bounded grace period.
    deadline = time.monotonic() + 5
    while conns and time.monotonic() < deadline:
        for s in list(conns):
            try:
                while True:
                    data = s.recv(65536)
                    if not data:
                        raise ConnectionResetError  # EOF: closed by the server
            except BlockingIOError:
                continue
            except OSError:
                conns.remove(s)
                closed += 1
                s.close()
        if conns:
            select.select(conns, [], [], 0.1)  # until a reply or an EOF arrives
    for s in conns:
        s.close()
    out({"probes": probes, "closed": closed})


def mode_big(port, mib):
    """A request line of `mib` MiB without CRLF, in 1 MiB sendall()s (reliability 21)."""
    s = connect(port)
    piece = b"a" * (1 << 20)
    sent = 0
    error = ""
    reply_after = -1  # bytes sent when the first reply byte was readable
    try:
        s.sendall(b"GET /")
        for _ in range(mib):
            s.sendall(piece)
            sent += len(piece)
            if reply_after < 0:
                try:
                    if s.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT):
                        reply_after = sent
                except BlockingIOError:
                    pass
    except OSError as e:
        error = type(e).__name__
    if reply_after < 0:
        reply_after = sent
    reply = read_all(s)
    s.close()
    out({"reply": reply.decode("latin-1"), "sent": sent, "error": error,
         "replyAfter": reply_after, "alive": alive(port)})


def mode_http(port, method, path):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    c.putrequest(method, path, skip_accept_encoding=True)
    c.endheaders()
    r = c.getresponse()
    body = r.read()
    out({"status": r.status, "version": r.version, "headers": dict(r.getheaders()),
         "body": body.decode("latin-1"), "alive": alive(port)})


def main():
    mode, port = sys.argv[1], int(sys.argv[2])
    args = sys.argv[3:]
    if mode == "raw":
        request = args[0].encode("latin-1").decode("unicode_escape").encode("latin-1")
        mode_raw(port, request, int(args[1]), int(args[2]), args[3] == "1")
    elif mode == "hold":
        request = args[0].encode("latin-1").decode("unicode_escape").encode("latin-1")
        mode_hold(port, request)
    elif mode == "trickle":
        mode_trickle(port, int(args[0]), float(args[1]))
    elif mode == "slowloris":
        mode_slowloris(port, int(args[0]), float(args[1]))
    elif mode == "batch":
        mode_batch(port)
    elif mode == "big":
        mode_big(port, int(args[0]))
    elif mode == "http":
        mode_http(port, args[0], args[1])
    else:
        raise SystemExit("unknown mode " + mode)


if __name__ == "__main__":
    main()
