#pragma once

namespace acw::test {

// Python clients wait for "go" on stdin, then 20 connections each send a line and expect
// the echo, with no retry logic of their own: queued connects wait in the backlog.
inline const char *const EmfileClientScript = R"PY(
import socket, sys
port = int(sys.argv[1])
sys.stdin.readline()
socks = []
for i in range(20):
    s = socket.create_connection(("127.0.0.1", port), timeout=20)
    s.sendall(b"ping %d\r\n" % i)
    socks.append(s)
served = 0
for i, s in enumerate(socks):
    want = b"ping %d\r\n" % i
    got = b""
    while not got.endswith(b"\r\n"):
        piece = s.recv(100)
        if not piece:
            break
        got += piece
    served += got == want
print("served", served, flush=True)
)PY";

} // namespace acw::test
