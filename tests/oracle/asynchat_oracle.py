#!/usr/bin/env python3
"""Drive the real asynchat.async_chat (Python <= 3.11) as an oracle for our framer.

Spec section 9 of asynchat-spec.md: a fake socket returns predetermined chunks, the channel
is read with asyncore.read(), and every frame is recorded. No network, no clock.

Input: JSON Lines, one case per line (from FILE, or stdin with no argument):
  {"id": 7, "chunks": ["68656c6c6f0d", "0a"], "script": ["\\r\\n", "count:5", "none"],
   "repeat_last": false}
  script[0] is set before feeding, script[k] inside the k-th found_terminator(). When the
  script is used up nothing more is set, or, with repeat_last, the last entry is set again
  after every frame (the `frame` command's -t rule). Specs use the project's text form:
  escaped bytes (\\r \\n \\t \\0 \\\\ \\xHH), count:N, none.
  Optional "set_at": [[12, "none"], ...]: once that many bytes have been read, the
  terminator is set from outside any callback, between two handle_read() calls (`frame
  --set-at`); a chunk crossing the point is cut there.

Output: JSON Lines, per case
  {"id":7,"event":"frame","index":1,"data_hex":..,"armed":SPEC,"at_fire":SPEC}
  ... then {"id":7,"event":"end","pending_hex":..,"held_back_hex":..,"terminator":SPEC}
  "armed" is the terminator last set before the frame; "at_fire" is get_terminator() inside
  found_terminator() (a count has become 0 by then: "none"). An exception in a callback is
  {"id":7,"event":"error","what":..}.

Run with -W ignore::DeprecationWarning (asynchat warns on import).
"""
import json
import sys
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import asynchat
    import asyncore


def parse_spec(spec):
    if spec == "none":
        return None
    if spec.startswith("count:"):
        return int(spec[6:])
    out = bytearray()
    i = 0
    named = {"r": 13, "n": 10, "t": 9, "0": 0, "\\": 92}
    while i < len(spec):
        c = spec[i]
        if c != "\\":
            out += c.encode("utf-8")
            i += 1
            continue
        e = spec[i + 1]
        if e == "x":
            out.append(int(spec[i + 2:i + 4], 16))
            i += 4
        else:
            out.append(named[e])
            i += 2
    return bytes(out)


def to_spec(term):
    """The project's one text form (Terminator::toSpec)."""
    if not term:  # None, 0, False, b'' are all "none" (R22)
        return "none"
    if isinstance(term, int):
        return "count:%d" % term
    out = []
    for b in term:
        if b in (13, 10, 9, 0, 92):
            out.append({13: "\\r", 10: "\\n", 9: "\\t", 0: "\\0", 92: "\\\\"}[b])
        elif 0x20 <= b < 0x7F:
            out.append(chr(b))
        else:
            out.append("\\x%02X" % b)
    return "".join(out)


class FakeSocket:
    def __init__(self, chunks):
        self.chunks = list(chunks)

    def recv(self, size):
        chunk = self.chunks.pop(0)
        assert len(chunk) <= size
        return chunk

    def setblocking(self, flag):
        pass

    def fileno(self):
        return 1000

    def getpeername(self):
        return ("127.0.0.1", 1)

    def send(self, data):
        return len(data)

    def close(self):
        pass


class Channel(asynchat.async_chat):
    def __init__(self, sock, script, repeat_last, out, case_id):
        asynchat.async_chat.__init__(self, sock=sock, map={})
        self.script = script
        self.repeat_last = repeat_last
        self.out = out
        self.case_id = case_id
        self.data = b""
        self.frames = 0
        self.armed = script[0] if script else None
        if script:
            self.set_terminator(parse_spec(script[0]))

    def collect_incoming_data(self, data):
        self.data += data

    def found_terminator(self):
        self.frames += 1
        self.out.append({"id": self.case_id, "event": "frame", "index": self.frames,
                         "data_hex": self.data.hex(), "armed": self.armed,
                         "at_fire": to_spec(self.get_terminator())})
        self.data = b""
        if self.frames < len(self.script):
            self.armed = self.script[self.frames]
        elif self.repeat_last and self.script:
            self.armed = self.script[-1]
        else:
            return
        self.set_terminator(parse_spec(self.armed))

    def handle_error(self):
        self.out.append({"id": self.case_id, "event": "error",
                         "what": repr(sys.exc_info()[1])})


def cut_at(chunks, points):
    """Cut the reads at each change point, so every change falls between two reads."""
    out = []
    fed = 0
    for chunk in chunks:
        while chunk:
            cuts = [p - fed for p in points if fed < p < fed + len(chunk)]
            n = min(cuts) if cuts else len(chunk)
            out.append(chunk[:n])
            chunk = chunk[n:]
            fed += n
    return out


def run_case(case):
    changes = sorted(case.get("set_at", []), key=lambda c: c[0])  # stable: same-point order kept
    chunks = cut_at([bytes.fromhex(c) for c in case["chunks"] if c], [c[0] for c in changes])
    out = []
    ch = Channel(FakeSocket(chunks), case["script"], case.get("repeat_last", False), out,
                 case["id"])
    ch.ac_in_buffer_size = max([65536] + [len(c) for c in chunks])
    if not case["script"]:
        ch.set_terminator(None)  # our framer's default (Q1)
    fed = 0
    pending = list(changes)

    def apply_changes():
        while pending and pending[0][0] <= fed:
            spec = pending.pop(0)[1]
            ch.armed = spec
            ch.set_terminator(parse_spec(spec))  # outside any callback

    apply_changes()
    for chunk in chunks:
        asyncore.read(ch)
        fed += len(chunk)
        apply_changes()
    out.append({"id": case["id"], "event": "end", "pending_hex": ch.data.hex(),
                "held_back_hex": bytes(ch.ac_in_buffer).hex(),
                "terminator": to_spec(ch.get_terminator())})
    return out


def main():
    source = open(sys.argv[1]) if len(sys.argv) > 1 else sys.stdin
    lines = []
    for line in source:
        if line.strip():
            lines.extend(json.dumps(e, separators=(",", ":")) for e in run_case(json.loads(line)))
    sys.stdout.write("\n".join(lines) + ("\n" if lines else ""))


if __name__ == "__main__":
    main()
