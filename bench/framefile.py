"""`frame --summary` over a large file of 64-byte lines vs `wc -l` on the same cached file,
side by side in one run (issue 13). Both read the same page-cached file on the server core;
each run times one `wc -l` and one `frame --summary` back to back (alternating which goes
first), from launch to exit, so the app's start-up is included. The ratio is taken on CPU
time (user + system of the child): on a shared 2-core machine the wall clock mostly
measures the wait for the core; the wall times are shown too."""
import os
import resource
import subprocess
import time

import benchlib as B

LINE = b"x" * 62 + b"\r\n"  # 64 bytes; frame's default terminator is \r\n, wc -l counts \n


def make_file(path, mib):
    block = LINE * ((1 << 20) // len(LINE))  # 1 MiB of whole lines
    with open(path, "wb") as f:
        for _ in range(mib):
            f.write(block)
    return mib * (1 << 20) // len(LINE)


def _timed(argv):
    """(wall seconds, cpu seconds, stdout) of one run pinned to the server core."""
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    p = subprocess.run(["taskset", "-c", B.SERVER_CPU] + argv, capture_output=True, text=True,
                       timeout=300)
    wall = time.monotonic() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    if p.returncode != 0:
        raise RuntimeError(f"{argv[0]} exit {p.returncode}: {p.stderr[-300:]}")
    return wall, cpu, p.stdout


def run(app, a, workdir, mib=512):
    path = os.path.join(workdir, "lines.bin")
    lines = make_file(path, mib)
    out = {"mib": mib, "lines": lines, "runs": []}
    try:
        _timed(["cat", path])  # into the page cache (capture_output reads it all)
        for i in range(a.runs):
            entry = {"run": i + 1}
            order = [("wc", ["wc", "-l", path]),
                     ("frame", [app, "frame", "--summary", path])]
            if i % 2:
                order.reverse()
            for name, argv in order:
                wall, cpu, text = _timed(argv)
                entry[name] = {"s": wall, "cpu_s": cpu, "mbps": mib * 1.048576 / wall}
                if name == "frame":
                    frames = [l for l in text.splitlines() if l.startswith("frames:")]
                    entry["frame"]["frames"] = int(frames[0].split()[1]) if frames else None
                else:
                    entry["wc"]["lines"] = int(text.split()[0])
            entry["ratio"] = entry["wc"]["cpu_s"] / entry["frame"]["cpu_s"]
            entry["wall_ratio"] = entry["wc"]["s"] / entry["frame"]["s"]
            out["runs"].append(entry)
            print(f"  frame file run {i + 1}: wc -l {entry['wc']['cpu_s']:.3f} s CPU, "
                  f"frame --summary {entry['frame']['cpu_s']:.3f} s CPU, "
                  f"ratio {entry['ratio']:.2f}", flush=True)
    except (OSError, RuntimeError, subprocess.TimeoutExpired) as e:
        out["error"] = str(e)
    finally:
        os.unlink(path)
    return out


def rows(raw, make_row):
    r = raw.get("framefile")
    if not r:
        return []
    if r.get("error") and not r.get("runs"):
        return [make_row("frame --summary over a file vs wc -l", "n/a", "", None, "≥ 0.6× wc -l",
                         None, r["error"][:200])]
    runs = r["runs"]
    fr = B.summary([e["frame"]["cpu_s"] * 1e3 for e in runs])
    wc = B.summary([e["wc"]["cpu_s"] * 1e3 for e in runs])
    frw = B.summary([e["frame"]["s"] * 1e3 for e in runs])
    wcw = B.summary([e["wc"]["s"] * 1e3 for e in runs])
    ratio = B.summary([e["ratio"] for e in runs])
    ok = all(e["frame"].get("frames") == r["lines"] and e["wc"].get("lines") == r["lines"]
             for e in runs)
    note = "" if ok else "frame or line counts differ from the file's"
    return [make_row(
        f"frame --summary over a {r['mib']} MiB cached file of 64-byte lines (CPU time, "
        "start-up included)",
        f"{B.fmt(fr, ' ms CPU')} (wall {B.fmt(frw, ' ms')})",
        f"wc -l {B.fmt(wc, ' ms CPU')} (wall {B.fmt(wcw, ' ms')})",
        ratio["median"], "≥ 0.60× wc -l",
        None if ratio["median"] is None else ratio["median"] >= 0.6 and ok, note)]
