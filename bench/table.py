"""Turns the raw measurements of bench/run.py into the table rows (ours, peers, ratio,
target, met?) and prints them as Markdown."""

import framefile
import relayrows
import syscalls
from benchlib import fmt, summary


def _runs(entries, *path):
    """Values at path in each run entry (None where missing)."""
    vals = []
    for e in entries or []:
        v = e
        for k in path:
            v = v.get(k) if isinstance(v, dict) else None
        vals.append(v)
    return vals


def _ratio(a, b):
    if a is None or b is None or not b:
        return None
    return a / b


def _row(what, ours, peers, ratio, target, met, note="", data=None):
    return {"what": what, "ours": ours, "peers": peers,
            "ratio": "n/a" if ratio is None else (ratio if isinstance(ratio, str)
                                                 else f"{ratio:.2f}×"),
            "target": target, "met": met, "note": note, "data": data or {}}


def _req_cell(entries):
    cpu = summary(_runs(entries, "alone", "cpu_us_per_req"))
    rps = summary(_runs(entries, "alone", "rps"))
    p50 = summary(_runs(entries, "alone", "lat_p50_ms"))
    usr = summary(_runs(entries, "alone", "user_us_per_req"))
    sys_ = summary(_runs(entries, "alone", "sys_us_per_req"))
    split = ""
    if usr["median"] is not None and sys_["median"] is not None:
        split = f" (user {usr['median']:.0f} + kernel {sys_['median']:.0f})"
    return (f"{fmt(cpu, ' µs/req')}{split}, {fmt(rps, ' req/s')}, p50 {fmt(p50, ' ms')}",
            cpu, rps)


def greeting_rows(raw):
    rows = []
    ours = raw.get("ours")
    if not raw.get("nginx"):
        return rows
    o_text, o_cpu, o_rps = _req_cell(ours) if ours else ("not built", summary([]), None)
    n_text, n_cpu, _ = _req_cell(raw["nginx"])
    a_text, a_cpu, _ = _req_cell(raw.get("asynchat"))
    peers = f"nginx {n_text}; asynchat {a_text}"
    q_cpu = summary([])
    if raw.get("qt"):
        q_text, q_cpu, _ = _req_cell(raw["qt"])
        peers += f"; plain Qt server {q_text}"
    # Issue 13: at most the plain Qt server's CPU per request (the same run); nginx and the
    # seed's asynchat for scale.
    ratio_q = _ratio(o_cpu["median"], q_cpu["median"])
    ratio_n = _ratio(o_cpu["median"], n_cpu["median"])
    ratio_a = _ratio(o_cpu["median"], a_cpu["median"])
    ratio = " / ".join(f"{r:.2f}× {name}" for r, name in
                       ((ratio_q, "plain Qt"), (ratio_n, "nginx"), (ratio_a, "asynchat"))
                       if r is not None)
    rows.append(_row(
        "greeting, 1 connection per request, server CPU per request (wrk -c32, pinned)",
        o_text, peers, ratio or None, "CPU/req ≤ plain Qt server (≤ 1.00×)",
        None if ratio_q is None else ratio_q <= 1.0))
    return rows


def _idle_cell(entries):
    idle = [e.get("idle", {}) for e in entries or []]
    if not idle:
        return "n/a", None
    acc = summary([i.get("accepted") for i in idle])
    t = summary([i.get("accept_all_s") for i in idle])
    rss = summary([i.get("rss_per_conn_kib") for i in idle])
    probe = summary([i.get("probe_median_ms") for i in idle])
    cpa = summary([i.get("server_cpu_us_per_accept") for i in idle])
    n = idle[0].get("n", 0)
    died = [i.get("died") for i in idle if i.get("died")]
    closed = max([i.get("server_closed") or 0 for i in idle])
    if died:
        return f"the server died ({died[0]})", None
    served = summary([i.get("served_all_s") for i in idle])
    text = (f"{fmt(acc, digits=0)}/{n:,} in {fmt(t, ' s')}"
            + (f" (all set up and answering in {fmt(served, ' s')})"
               if served["median"] is not None else "")
            + f" ({fmt(cpa, ' µs')} CPU each), {fmt(rss, ' KiB/conn')}, probe {fmt(probe, ' ms')}")
    if acc["median"] is not None and acc["median"] < n:
        text = (f"{fmt(acc, digits=0)}/{n:,} accepted in 10 s, "
                f"{fmt(rss, ' KiB/conn')}, probe {fmt(probe, ' ms')}")
    drops = summary([i.get("listen_overflows") for i in idle])
    if drops["median"]:
        text += f", {fmt(drops, digits=0)} SYNs dropped (listen queue full, 1 s retries)"
    if probe["median"] is None:
        text += " (probes timed out)"
    if closed:
        text += f", {closed} closed by server"
    return text, {"accepted": acc, "t": t, "served": served, "rss": rss, "probe": probe, "n": n}


def idle_rows(raw):
    rows = []
    if not any(e.get("idle") for e in raw.get("nginx") or []):
        return rows
    o_text, o = _idle_cell(raw.get("ours")) if raw.get("ours") else ("not built", None)
    n_text, n = _idle_cell(raw.get("nginx"))
    p_text, _ = _idle_cell(raw.get("asynchat_poll_idle"))
    s_text, _ = _idle_cell(raw.get("asynchat_select_idle"))
    q_text = _idle_cell(raw.get("qt"))[0] if raw.get("qt") else None
    q = _idle_cell(raw.get("qt"))[1] if raw.get("qt") else None
    drops = summary([(e.get("idle") or {}).get("listen_overflows") for e in raw.get("ours") or []])
    met = None
    extra = None
    if o:
        # Issue 13: all 10,000 in < 0.5 s with no SYN dropped, at most 0.5 KiB per
        # connection above the plain Qt server's, a fresh request answered in < 10 ms.
        extra = (o["rss"]["median"] - q["rss"]["median"]) if q and q["rss"]["median"] \
            is not None and o["rss"]["median"] is not None else None
        # Judged on "all set up" (a held descriptor is not served yet) when measured.
        setup = o["served"]["median"] if o["served"]["median"] is not None else o["t"]["median"]
        met = (o["accepted"]["median"] or 0) >= o["n"] and setup is not None \
            and setup < 0.5 and not drops["max"] \
            and extra is not None and extra <= 0.5 \
            and o["probe"]["median"] is not None and o["probe"]["median"] < 10.0
    ratio = _ratio(o["rss"]["median"], n["rss"]["median"]) if o and n else None
    ratio_q = _ratio(o["rss"]["median"], q["rss"]["median"]) if o and q else None
    ratio_text = " / ".join(x for x in (
        None if ratio_q is None else f"{ratio_q:.2f}× plain Qt RSS ({extra:+.2f} KiB)",
        None if ratio is None else f"{ratio:.2f}× nginx RSS") if x)
    rows.append(_row(
        "idle connections held (partial request line each), fresh probe answered",
        o_text, f"nginx {n_text}; asynchat poll: {p_text}; asynchat select: {s_text}"
        + (f"; plain Qt server {q_text}" if q_text else ""),
        ratio_text or None,
        "10,000 in < 0.5 s, no SYN dropped, ≤ plain Qt + 0.5 KiB each, probe < 10 ms", met))

    def keep(entries):
        vals = []
        for e in entries or []:
            alone = (e.get("alone") or {}).get("rps")
            under = ((e.get("idle") or {}).get("throughput") or {}).get("rps")
            vals.append(_ratio(under, alone))
        return summary(vals)
    ok, nk = keep(raw.get("ours")), keep(raw.get("nginx"))
    under_cpu = summary(_runs(raw.get("ours"), "idle", "throughput", "cpu_us_per_req"))
    rows.append(_row(
        "greeting throughput with 10,000 idle connections open vs none",
        f"{fmt(ok, '×')} (CPU/req under idle {fmt(under_cpu, ' µs')})",
        f"nginx {fmt(nk, '×')}" + (f"; plain Qt server {fmt(keep(raw['qt']), '×')}"
                                   if raw.get("qt") else ""),
        ok["median"], "≥ 0.90×",
        None if ok["median"] is None else ok["median"] >= 0.9))
    return rows


def gui_rows(raw):
    rows = []
    gui = raw.get("gui")
    if gui:
        rps = summary(_runs(gui, "wrk", "rps"))
        cpu = summary(_runs(gui, "wrk", "cpu_us_per_req"))
        stall = summary(_runs(gui, "stall", "max_ms"))
        p99 = summary(_runs(gui, "stall", "p99_ms"))
        head = summary(_runs(gui, "headless", "rps"))
        hcpu = summary(_runs(gui, "headless", "cpu_us_per_req"))
        gcpu = summary(_runs(gui, "wrk", "gui_us_per_req"))
        ratio = _ratio(rps["median"], head["median"])
        met = None if ratio is None or stall["median"] is None else \
            ratio >= 0.9 and stall["median"] < 100
        rows.append(_row(
            "GUI attached (Xvfb, window open, table live): throughput vs headless; GUI stall",
            f"{fmt(rps, ' req/s')}, {fmt(cpu, ' µs/req')} (GUI thread {fmt(gcpu, ' µs')}), "
            f"stall max {fmt(stall, ' ms')} "
            f"(p99 {fmt(p99, ' ms')})",
            f"headless serve {fmt(head, ' req/s')}, {fmt(hcpu, ' µs/req')}", ratio,
            "≥ 0.90× headless, stall < 100 ms", met,
            "" if not (cpu["median"] and hcpu["median"]) else
            f"CPU per request {cpu['median'] / hcpu['median']:.2f}× headless (GUI thread on "
            f"the same core); one wrk client does not saturate either"))
    if raw.get("gui_error"):
        rows.append(_row("GUI rows", "n/a", "", None, "", None, raw["gui_error"]))
    st = raw.get("startup")
    if st:
        s = summary([None if v is None else v * 1e3 for v in st])
        rows.append(_row("start-up: launch to window shown (Xvfb, MapNotify)",
                         fmt(s, " ms"), "—", None, "< 500 ms",
                         None if s["median"] is None else s["median"] < 500))
    return rows


def recv_rows(raw):
    r = raw.get("recv")
    if not r:
        return []
    if "error" in r:
        return [_row("framed receive over TCP loopback", "n/a", "", None, "≥ 0.50× plain",
                     None, r["error"][:200])]
    ch, pl, lo = (summary(r.get(k, {}).get("mbps", [])) for k in ("channel", "plain", "raw"))
    ratio = _ratio(ch["median"], pl["median"])
    return [_row("framed receive over TCP loopback, 64-byte \\r\\n frames, 64 KiB writes",
                 f"channel {fmt(ch, ' MB/s')}",
                 f"plain C++ memchr reader {fmt(pl, ' MB/s')}; raw loopback {fmt(lo, ' MB/s')}",
                 ratio, "≥ 0.50× plain reader", None if ratio is None else ratio >= 0.5)]


def framing_rows(raw):
    f = raw.get("framing")
    if not f:
        return []
    if "error" in f:
        return [_row("framing throughput (framebench)", "n/a", "", None, "", None,
                     f["error"][:200])]
    rows = []
    for r in f.get("rows", []):
        # framebench's own rows: copy what it says, in our columns.
        rows.append(_row(r.get("what", r.get("name", "framing")),
                         str(r.get("ours", "")), str(r.get("peers", r.get("peer", ""))),
                         r.get("ratio") if isinstance(r.get("ratio"), (int, float, str))
                         else None,
                         str(r.get("target", "")), r.get("met"), str(r.get("note", "")),
                         data=r))
    return rows


def build_rows(raw, a):
    return (framing_rows(raw) + framefile.rows(raw, _row) + recv_rows(raw) + greeting_rows(raw)
            + idle_rows(raw) + syscalls.rows(raw, _row)
            + relayrows.rows(raw, _row) + gui_rows(raw))


def markdown(res):
    lines = [f"Benchmark of {res['date']} on {res['machine']} ({res['os']}); "
             f"load average at start {res['load_at_start']:.2f}.", "",
             "| what | ours | side by side with | ratio | target | met? |",
             "|---|---|---|---|---|---|"]
    for r in res["rows"]:
        met = {True: "yes", False: "**no**", None: "n/a"}[r["met"]]
        note = f" — {r['note']}" if r.get("note") else ""
        lines.append(f"| {r['what']} | {r['ours']} | {r['peers']}{note} | {r['ratio']} | "
                     f"{r['target']} | {met} |")
    lines.append("")
    lines.append("Medians of the runs, (min–max); ~noisy: runs spread > 25%. "
                 "CPU/req: server utime+stime from /proc/PID/stat over the wrk run, "
                 "divided by completed requests.")
    return "\n".join(lines)




BEGIN, END = "<!-- results:begin -->", "<!-- results:end -->"


def update_readme(path, text):
    """Replaces the block between the markers of bench/README.md with the table."""
    with open(path) as f:
        doc = f.read()
    if BEGIN not in doc or END not in doc:
        return False
    head, rest = doc.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    with open(path, "w") as f:
        f.write(head + BEGIN + "\n" + text + "\n" + END + tail)
    return True
