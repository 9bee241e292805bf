"""System calls per greeting request, ours vs a plain Qt server vs nginx (issue 13: the
gap to nginx explained call by call). Each server is started on a loopback port, strace
(-c -f) is attached to all its threads once it listens, wrk runs its usual load
(-c32, Connection: close answers) for a few seconds, then strace is stopped by its PID and
its summary divided by the requests wrk completed. strace slows every server alike; the
counts, not the times, are the figure (they repeat from run to run on a loaded machine)."""
import os
import re
import signal
import subprocess
import sys
import time

import benchlib as B
import peers


def _strace_attach(pid, out):
    tids = sorted(os.listdir(f"/proc/{pid}/task"))
    argv = ["strace", "-c", "-f", "-qq", "-o", out]
    for t in tids:
        argv += ["-p", t]
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    time.sleep(0.5)  # attached
    return p


def _parse(path):
    counts = {}
    with open(path) as f:
        for line in f:
            m = re.match(r"\s*[\d.]+\s+[\d.]+\s+\d+\s+(\d+)\s+(?:(\d+)\s+)?(\w+)\s*$", line)
            if m and m.group(3) != "total":
                counts[m.group(3)] = int(m.group(1))
    return counts


def measure(kind, app, a, seconds=3):
    port = B.free_port()
    work = peers.tempdir()
    if kind == "ours":
        srv = peers.start_ours(app, port, [])
    elif kind == "qt":
        srv = B.Proc([a.qtserver, str(port)], cpu=B.SERVER_CPU, name="qtserver")
    else:
        srv = peers.start_nginx(port, work, a.content_type, a.body)
    try:
        if not B.wait_port(port, 15, srv.p):
            return {"error": f"{kind} did not start"}
        time.sleep(0.3)
        out = os.path.join(work, f"strace-{kind}.txt")
        st = _strace_attach(srv.pid, out)
        r = B.wrk(port, seconds, srv.pid)
        st.send_signal(signal.SIGINT)
        try:
            st.wait(20)
        except subprocess.TimeoutExpired:
            st.kill()
            st.wait(5)
        counts = _parse(out)
        n = r["requests"]
        if not n:
            return {"error": f"{kind}: no request completed under strace"}
        per = {k: v / n for k, v in counts.items()}
        return {"requests": n, "per_request": per, "total": sum(per.values())}
    finally:
        srv.stop()


def run(app, a):
    res = {}
    for kind in ("ours", "qt", "nginx"):
        if kind == "qt" and not os.path.exists(a.qtserver):
            continue
        try:
            res[kind] = measure(kind, app, a)
        except OSError as e:
            res[kind] = {"error": str(e)}
        if "total" in res[kind]:
            print(f"  syscalls {kind}: {res[kind]['total']:.1f} per request "
                  f"({res[kind]['requests']} requests)", flush=True)
    return res


def _top(per, limit=12):
    items = sorted(((v, k) for k, v in per.items() if v >= 0.05), reverse=True)[:limit]
    return ", ".join(f"{k} {v:.2f}" for v, k in items)


def rows(raw, make_row):
    r = raw.get("syscalls")
    if not r or "ours" not in r or "total" not in r["ours"]:
        return []
    o = r["ours"]
    peers_text = []
    for kind, label in (("qt", "plain Qt server"), ("nginx", "nginx")):
        if "total" in r.get(kind, {}):
            peers_text.append(f"{label} {r[kind]['total']:.1f}: {_top(r[kind]['per_request'])}")
    ratio_q = (o["total"] / r["qt"]["total"]) if "total" in r.get("qt", {}) else None
    ratio_n = (o["total"] / r["nginx"]["total"]) if "total" in r.get("nginx", {}) else None
    ratio = " / ".join(x for x in (f"{ratio_q:.2f}× plain Qt" if ratio_q else "",
                                   f"{ratio_n:.2f}× nginx" if ratio_n else "") if x)
    return [make_row("system calls per greeting request (strace -c -f, wrk -c32)",
                     f"{o['total']:.1f}: {_top(o['per_request'])}", "; ".join(peers_text),
                     ratio or None, "≤ plain Qt", None if ratio_q is None else ratio_q <= 1.0)]


if __name__ == "__main__":
    sys.exit("run through bench/run.py --rows syscalls")
