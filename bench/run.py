#!/usr/bin/env python3
"""The benchmark: every row of issue 5, ours side by side with the peers, in one run.

Run it through scripts/bench.sh (installs what is missing, builds Release, raises the
descriptor limit). Prints a Markdown table (ours, peers, ratio, target, met?) and writes the
same as JSON (bench/results/latest.json). Each row is the median of --runs runs with the
min-max shown; a row whose runs spread by more than 25% is flagged "~noisy".
Servers run on core 0 and load clients on core 1; everything on 127.0.0.1.
"""
import argparse
import datetime
import json
import os
import platform
import select
import signal
import subprocess
import sys
import time

import benchlib as B
import framefile
import guirows
import peers
import relayrows
import syscalls
import table

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ALL_ROWS = ["framing", "frame", "recv", "greeting", "idle", "syscalls", "relay", "gui",
            "startup"]


def read_line(proc, timeout):
    """A line from a child's stdout within timeout seconds, or None."""
    end = time.monotonic() + timeout
    buf = b""
    fd = proc.p.stdout.fileno()
    while time.monotonic() < end:
        r, _, _ = select.select([fd], [], [], max(0.0, end - time.monotonic()))
        if not r:
            break
        ch = os.read(fd, 1)
        if not ch:
            break
        if ch == b"\n":
            return buf.decode(errors="replace")
        buf += ch
    return None


def idle_phase(port, server, a, with_throughput):
    """Opens a.idle_n idle connections, then (optionally) measures throughput meanwhile."""
    ic = B.Proc([sys.executable, os.path.join(HERE, "idleclient.py"), "--port", str(port),
                 "--pid", str(server.pid), "-n", str(a.idle_n), "--hold", "120"],
                cpu=B.CLIENT_CPU, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                name="idleclient")
    out = {}
    line = read_line(ic, 60)
    if line and line.startswith("READY "):
        out = json.loads(line[6:])
        ok = out["accepted"] >= a.idle_n * 0.99 and out["probes_answered"] > 0
        if with_throughput and ok and server.alive():
            out["throughput"] = B.wrk(port, a.seconds, server.pid)
    else:
        out = {"error": "idle client gave no result", "log": ic.output()}
    ic.p.stdin.close()
    try:
        ic.p.wait(30)
    except subprocess.TimeoutExpired:
        ic.stop()
    return out


def server_runs(kind, a, app=None, opts=(), idle=True, idle_throughput=True, runs=None):
    """Starts a fresh server per run: wrk alone, then (idle) 10,000 idle connections and
    wrk again while they stay open."""
    results = []
    for i in range(runs or a.runs):
        port = B.free_port()
        work = peers.tempdir()
        try:
            if kind == "ours":
                srv = peers.start_ours(app, port, list(opts))
            elif kind == "qt":
                srv = B.Proc([a.qtserver, str(port)], cpu=B.SERVER_CPU, name="qtserver")
            elif kind == "nginx":
                srv = peers.start_nginx(port, work, a.content_type, a.body)
            else:
                srv = peers.start_seed(port, poll=(kind == "asynchat-poll"))
        except OSError as e:  # e.g. nginx not installed: the row says so
            print(f"  {kind}: {e}", flush=True)
            srv = None
        entry = {"run": i + 1}
        if srv is None or not B.wait_port(port, 15, srv.p):
            if srv is None:
                results.append({"run": i + 1, "error": f"{kind} could not be started"})
                break
            entry["error"] = f"{kind} did not start: {srv.output()}"
            srv.stop()
            results.append(entry)
            break
        if a.seconds > 0:
            entry["alone"] = B.wrk(port, a.seconds, srv.pid)
        if idle:
            entry["idle"] = idle_phase(port, srv, a, idle_throughput)
            if not srv.alive():
                last = [l for l in srv.output().splitlines() if l.strip()]
                entry["idle"]["died"] = last[-1][:200] if last else f"exit {srv.p.returncode}"
        entry["exit"] = srv.stop()
        results.append(entry)
        print(f"  {kind} run {i + 1}: "
              + json.dumps({k: v for k, v in entry.get("alone", {}).items()
                            if k in ("rps", "cpu_us_per_req")}), flush=True)
    return results


def run_tool(argv, timeout):
    """Runs a benchmark binary that writes --json FILE; returns its JSON or an error."""
    if not os.path.exists(argv[0]):
        return {"error": f"{argv[0]} not built"}
    out = os.path.join(peers.tempdir(), "out.json")
    try:
        p = subprocess.run(argv + ["--json", out], capture_output=True, text=True,
                           timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"{os.path.basename(argv[0])} timed out after {timeout} s"}
    if p.returncode != 0 or not os.path.exists(out):
        return {"error": f"exit {p.returncode}: {p.stderr[-2000:]}", "stdout": p.stdout[-4000:]}
    with open(out) as f:
        data = json.load(f)
    data["stdout"] = p.stdout
    return data


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.path.join(ROOT, "build", "release"))
    ap.add_argument("--recvbench", help="default: BUILD/bench/recvbench")
    ap.add_argument("--qtserver", help="default: BUILD/bench/qtserver")
    ap.add_argument("--framebench", help="default: BUILD/bench/framebench")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seconds", type=int, default=5, help="wrk duration per measurement")
    ap.add_argument("--idle-n", type=int, default=10000)
    ap.add_argument("--rows", default=",".join(ALL_ROWS),
                    help="comma-separated subset of " + ",".join(ALL_ROWS))
    ap.add_argument("--out", default=os.path.join(HERE, "results", "latest.json"))
    ap.add_argument("--readme", action="store_true",
                    help="also put the table into bench/README.md (between its markers)")
    a = ap.parse_args()
    rows = set(a.rows.split(","))
    app = os.path.join(a.build, "app", "asynchat-workbench")
    started = time.monotonic()
    res = {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
           "machine": f"{os.cpu_count()} cores, {platform.platform()}, "
                      f"{guirows.cpu_model()}",
           "os": guirows.os_name(), "load_at_start": B.loadavg(), "raw": {}}
    raw = res["raw"]

    # Which response nginx should serve: ours, byte for byte in the body.
    ours_ok = os.path.exists(app)
    opts = peers.serve_options(app) if ours_ok else []
    a.content_type, a.body = "text/html; charset=utf-8", peers.SEED_BODY
    if ours_ok:
        port = B.free_port()
        srv = peers.start_ours(app, port, opts)
        if B.wait_port(port, 15, srv.p):
            got = peers.fetch(port)
            if got and got[1]:
                a.content_type = got[0].get("content-type", a.content_type)
                a.body = got[1]
        else:
            ours_ok = False
            raw["ours_error"] = srv.output()
        srv.stop()
    raw["serve_options"] = opts
    raw["body"] = a.body.decode(errors="replace")

    if "framing" in rows:
        print("== framing throughput (framebench)", flush=True)
        raw["framing"] = run_tool([a.framebench or os.path.join(a.build, "bench", "framebench")],
                                 300)
    if "frame" in rows and ours_ok:
        print("== frame --summary over a 512 MiB file vs wc -l", flush=True)
        raw["framefile"] = framefile.run(app, a, peers.tempdir())
    if "recv" in rows:
        print("== framed receive over TCP loopback (recvbench)", flush=True)
        raw["recv"] = run_tool([a.recvbench or os.path.join(a.build, "bench", "recvbench"),
                                "--runs", str(a.runs)], 300)
    if "greeting" in rows or "idle" in rows:
        idle = "idle" in rows
        print("== greeting requests" + (" and idle connections" if idle else ""), flush=True)
        if ours_ok:
            raw["ours"] = server_runs("ours", a, app, opts, idle=idle)
        raw["nginx"] = server_runs("nginx", a, idle=idle)
        raw["asynchat"] = server_runs("asynchat", a, idle=False)
        a.qtserver = a.qtserver or os.path.join(a.build, "bench", "qtserver")
        if os.path.exists(a.qtserver):
            raw["qt"] = server_runs("qt", a, idle=idle)
        if idle:
            # asyncore's default loop (select) cannot watch descriptors above 1023; the poll
            # variant can but is slow: one run each, no throughput (its probes time out).
            saved = a.seconds
            a.seconds = 0
            raw["asynchat_poll_idle"] = server_runs("asynchat-poll", a, idle=True,
                                                    idle_throughput=False, runs=1)
            raw["asynchat_select_idle"] = server_runs("asynchat", a, idle=True,
                                                      idle_throughput=False, runs=1)
            a.seconds = saved
    if "syscalls" in rows and ours_ok:
        print("== system calls per request (strace -c), ours, plain Qt, nginx", flush=True)
        a.qtserver = a.qtserver or os.path.join(a.build, "bench", "qtserver")
        raw["syscalls"] = syscalls.run(app, a)
    if "relay" in rows:
        print("== relay: throughput and added latency, ours and socat", flush=True)
        raw["relay"] = relayrows.run(app, a)
    if ("gui" in rows or "startup" in rows) and ours_ok:
        print("== GUI attached and start-up (Xvfb)", flush=True)
        try:
            raw.update(guirows.run(app, a, "gui" in rows, "startup" in rows))
        except (OSError, RuntimeError) as e:  # no Xvfb: the rows say so
            raw["gui_error"] = str(e)

    res["rows"] = table.build_rows(raw, a)
    res["total_s"] = round(time.monotonic() - started, 1)
    text = table.markdown(res)
    print()
    print(text)
    os.makedirs(os.path.dirname(a.out), exist_ok=True)
    with open(a.out, "w") as f:
        json.dump(res, f, indent=1, default=str)
    with open(os.path.splitext(a.out)[0] + ".md", "w") as f:
        f.write(text + "\n")
    if a.readme:
        table.update_readme(os.path.join(HERE, "README.md"), text)
    print(f"\nJSON: {a.out}  ({res['total_s']} s)")


if __name__ == "__main__":
    # SIGTERM/SIGINT end the run through exit, so atexit stops every server we started.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(130)
