"""GUI rows: the app under Xvfb serving greeting while its window is open (throughput and
GUI stall, measured from outside with _NET_WM_PING round trips), and start-up to window
shown (MapNotify seen by an X client that was listening before the launch)."""
import os
import subprocess
import time

import benchlib as B
import peers

HERE = os.path.dirname(os.path.abspath(__file__))


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


def os_name():
    try:
        with open("/etc/os-release") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    return line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return "unknown OS"


def build_xprobe(workdir):
    exe = os.path.join(workdir, "xprobe")
    subprocess.run(["cc", "-O2", "-o", exe, os.path.join(HERE, "gui", "xprobe.c"), "-lX11"],
                   check=True, capture_output=True, timeout=120)
    return exe


def start_xvfb():
    """Xvfb on the first free display number from :90; (Proc, ':N')."""
    for n in range(90, 130):
        if os.path.exists(f"/tmp/.X11-unix/X{n}") or os.path.exists(f"/tmp/.X{n}-lock"):
            continue
        x = B.Proc(["Xvfb", f":{n}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                   name="Xvfb")
        end = time.monotonic() + 10
        while time.monotonic() < end and x.alive():
            if os.path.exists(f"/tmp/.X11-unix/X{n}"):
                return x, f":{n}"
            time.sleep(0.05)
        x.stop()
    raise RuntimeError("no Xvfb display could be started")


def launch_and_wait_map(xprobe, display, start, timeout=20):
    """Starts a map watcher, then the app (start() returns the Proc); returns
    (proc, seconds from launch to window mapped, window id) or (proc, None, None)."""
    from run import read_line
    env = dict(os.environ, DISPLAY=display)
    watcher = B.Proc([xprobe, "wait-map", str(timeout)], env=env, stdout=subprocess.PIPE,
                     name="xprobe")
    if read_line(watcher, 10) != "ready":
        watcher.stop()
        return start(), None, None
    t0 = time.monotonic()  # CLOCK_MONOTONIC, as xprobe's timestamp
    proc = start()
    line = read_line(watcher, timeout + 2) or ""
    watcher.stop()
    parts = line.split()
    if len(parts) == 3 and parts[0] == "mapped":
        return proc, float(parts[1]) - t0, int(parts[2])
    return proc, None, None


def run(app, a, gui, startup):
    out = {}
    work = peers.tempdir()
    try:
        xprobe = build_xprobe(work)
    except (OSError, subprocess.SubprocessError) as e:
        return {"gui_error": f"xprobe not built (needs cc and libx11-dev): {e}"}
    xvfb, display = start_xvfb()
    try:
        if gui:
            runs = []
            for i in range(a.runs):
                # Headless first, the same moment's baseline on this shared machine.
                port = B.free_port()
                head = peers.start_ours(app, port, [])
                headless = B.wrk(port, a.seconds, head.pid) if B.wait_port(port, 15, head.p) \
                    else None
                head.stop()
                port = B.free_port()
                conf = os.path.join(work, f"conf{i}")
                proc, shown, win = launch_and_wait_map(
                    xprobe, display, lambda: peers.start_ours_gui(app, port, display, conf))
                entry = {"run": i + 1, "startup_s": shown, "headless": headless}
                if win is None or not B.wait_port(port, 15, proc.p):
                    entry["error"] = "window or server did not come up: " + proc.output()
                    proc.stop()
                    runs.append(entry)
                    break
                time.sleep(0.5)  # let the window settle (first paint, table set-up)
                env = dict(os.environ, DISPLAY=display)
                ping = B.Proc([xprobe, "ping", str(win), str(a.seconds + 1), "10"], env=env,
                              cpu=B.CLIENT_CPU, stdout=subprocess.PIPE, name="xprobe-ping")
                gui0 = B.thread_cpu(proc.pid, proc.pid)
                entry["wrk"] = B.wrk(port, a.seconds, proc.pid)
                gui1 = B.thread_cpu(proc.pid, proc.pid)
                # The GUI thread's own CPU (its tid is the pid) per completed request: what
                # the window costs, apart from the engine thread's work.
                req = entry["wrk"].get("requests")
                if gui0 is not None and gui1 is not None and req:
                    entry["wrk"]["gui_us_per_req"] = (gui1 - gui0) / req * 1e6
                try:
                    text, _ = ping.p.communicate(timeout=a.seconds + 10)
                    entry["stall"] = __import__("json").loads(text)
                except (subprocess.TimeoutExpired, ValueError):
                    ping.stop()
                    entry["stall"] = None
                entry["exit"] = proc.stop()
                runs.append(entry)
                print(f"  gui run {i + 1}: rps {entry['wrk']['rps']:.0f}, "
                      f"GUI thread {entry['wrk'].get('gui_us_per_req')} us/req, "
                      f"stall {entry['stall']}", flush=True)
            out["gui"] = runs
        if startup:
            runs = []
            for i in range(max(5, a.runs)):
                conf = os.path.join(work, f"start{i}")
                env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb",
                           XDG_CONFIG_HOME=conf, XDG_DATA_HOME=conf, XDG_CACHE_HOME=conf)
                proc, shown, _ = launch_and_wait_map(
                    xprobe, display, lambda: B.Proc([app], env=env, name="ours-gui"))
                if shown is None:
                    print(f"  start-up run {i + 1}: no window seen; app said: "
                          f"{proc.output(600)!r}", flush=True)
                proc.stop()
                runs.append(shown)
            out["startup"] = runs
            print(f"  start-up runs: {runs}", flush=True)
    finally:
        xvfb.stop()
    return out
