#!/usr/bin/env python3
"""A line server that upgrades to TLS on STARTTLS (SMTP-like), for tst_tls.

starttls.py CERT KEY: prints its port; greets "220 ready"; answers "250 echo LINE" to each
line; on "STARTTLS" answers "220 go ahead" and wraps the connection in TLS, then says
"250 secure TLSv1.x" and echoes on, encrypted. One connection, then exits.
"""
import socket
import ssl
import sys

ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
ctx.load_cert_chain(sys.argv[1], sys.argv[2])
listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen(1)
print(listener.getsockname()[1], flush=True)
conn, _ = listener.accept()
reader = conn.makefile("rb")
conn.sendall(b"220 ready\r\n")
while True:
    line = reader.readline()
    if not line:
        break
    if line.strip() == b"STARTTLS":
        conn.sendall(b"220 go ahead\r\n")
        reader.close()
        conn = ctx.wrap_socket(conn, server_side=True)
        reader = conn.makefile("rb")
        conn.sendall(b"250 secure " + conn.version().encode() + b"\r\n")
        continue
    conn.sendall(b"250 echo " + line.rstrip(b"\r\n") + b"\r\n")
conn.close()
