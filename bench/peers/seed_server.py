#!/usr/bin/env python3
"""The seed's greeting server (../shared/seed/000_*.txt), ported minimally to Python 3.

Kept as close to the original as Python 3 allows, fragility included: it is the peer the
benchmark compares `serve` with, not a reference for correctness. Changes from the seed:
bytes instead of str (Python 3 sockets), the port and the poll flag from argv, binding
127.0.0.1 instead of every interface, a larger listen backlog (so the idle-connections row
measures the server, not SYN retries), no banner on stdout unless asked, and
SIGTERM ends the loop.

Usage: seed_server.py PORT [--poll] [--backlog N]
"""
import warnings

warnings.simplefilter("ignore", DeprecationWarning)

import asynchat  # noqa: E402
import asyncore  # noqa: E402
import signal  # noqa: E402
import socket  # noqa: E402
import sys  # noqa: E402


class HTTPChannel(asynchat.async_chat):

    def __init__(self, sock, addr):
        asynchat.async_chat.__init__(self, sock)
        self.set_terminator(b'\r\n')
        self.request = None
        self.response = None
        self.data = None
        self.shutdown = 0

    def collect_incoming_data(self, data):
        self.data = data

    def found_terminator(self):
        if not self.request:
            self.request = self.data.split(None, 2)
            if len(self.request) != 3:
                self.shutdown = 1
            else:
                name = self.request[1].replace(b'/', b'', 1)
            self.response = b'Hello %s! %s' % (name, b'\r\n')
            self.set_terminator(b'\r\n\r\n')
        else:
            self.push(b'HTTP/1.0 200 OK\r\n')
            self.push(b'Content-type: text/html\r\n')
            self.push(b'\r\n')

            self.push(b'<html>\r\n')
            self.push(b'<body>\r\n')
            self.push(self.response)
            self.push(b'</body>\r\n')
            self.push(b'</html>\r\n')
            self.close_when_done()


class HTTPServer(asyncore.dispatcher):

    def __init__(self, port, backlog):
        asyncore.dispatcher.__init__(self)

        self.port = port
        self.create_socket(socket.AF_INET, socket.SOCK_STREAM)
        self.set_reuse_addr()
        self.bind(("127.0.0.1", self.port))
        self.listen(backlog)

    def handle_accept(self):
        pair = self.accept()
        if pair is None:  # Python 3: accept() may find nothing (EAGAIN)
            return
        conn, addr = pair
        HTTPChannel(conn, addr)


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    port = int(args[0])
    backlog = int(args[args.index('--backlog') + 1]) if '--backlog' in args else 4096
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    s = HTTPServer(port, backlog)
    if '--verbose' in args:
        print('Serving at port', s.port, flush=True)
    asyncore.loop(use_poll='--poll' in args)


if __name__ == '__main__':
    main()
