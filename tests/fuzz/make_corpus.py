#!/usr/bin/env python3
"""Write the seed corpus for fuzz_framer (layout: see fuzz_framer.cpp)."""
import os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")


def term_bytes(t):
    return bytes([0, len(t) - 1]) + t


def entry(kind, value=b""):
    if kind == "bytes":
        return bytes([((len(value) - 1) << 2) | 0]) + value
    if kind == "count":
        return bytes([((value - 1) << 2) | 1])
    return bytes([2])


def case(initial, script, payload, seed=7, max_frame=0, limited=False, discard=False,
         repeat=False):
    flags_kind, head = initial
    flags = flags_kind | (4 if limited else 0) | (8 if discard else 0) | (16 if repeat else 0)
    body = bytes([flags]) + head[1:] + bytes([seed, len(script)]) + b"".join(script)
    return body + bytes([max_frame]) + payload


def bytes_term(t):
    return (0, term_bytes(t))


def count_term(n):
    return (1, bytes([1, n - 1]))


NONE = (2, bytes([2, 0]))

CASES = {
    "crlf_lines": case(bytes_term(b"\r\n"), [], b"hello\r\nworld\r\nrest\r"),
    "r25_script": case(bytes_term(b"\r\n"), [entry("count", 5), entry("bytes", b"\r\n"),
                                              entry("none")], b"HELLO\r\n12345rest\r\nX"),
    "false_prefix_qqq": case(bytes_term(b"qqq"), [], b"xqqqqyqqqqq"),
    "false_prefix_dot": case(bytes_term(b"\r\n.\r\n"), [], b"A\r\n.\r\r\n.\r\nB\r\n.\r"),
    "max_frame_discard": case(bytes_term(b"\r\n"), [], b"12345\r\n123456\r\nabc\r\n",
                              max_frame=5, limited=True, discard=True),
    "max_frame_stop": case(bytes_term(b"\n"), [], b"ab\nabcdefgh\nx\n", max_frame=3,
                           limited=True),
    "all_bytes_nulnul": case(bytes_term(b"\0\0"), [], bytes(range(256)) + b"\0\0tail\0"),
    "count_records": case(count_term(4), [entry("count", 4)], b"abcdefghij", repeat=True),
    "flip": case(bytes_term(b"\n"), [entry("bytes", b";"), entry("bytes", b"\n")],
                 b"a\nb;" * 50, repeat=True),
    "none_stream": case(NONE, [], b"no terminator at all\r\n"),
}

os.makedirs(HERE, exist_ok=True)
for name, data in CASES.items():
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)
