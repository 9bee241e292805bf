"""The servers the benchmark compares: ours (`serve`, headless or in the window), nginx
with one worker serving the same response, and the seed's server on Python 3 asynchat.
Each is started on a loopback port by the benchmark and stopped by its PID."""
import atexit
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile

from benchlib import SERVER_CPU, Proc

HERE = os.path.dirname(os.path.abspath(__file__))
# The seed's body shape, used for nginx when our server cannot be asked for its own.
SEED_BODY = b"<html>\r\n<body>\r\nHello kongxx! \r\n</body>\r\n</html>\r\n"


def serve_options(app):
    """Options that let `serve` hold 10,000 idle connections for the whole idle row: as many
    connections as that, and a header deadline longer than the row (default 10 s)."""
    try:
        text = subprocess.run([app, "serve", "--help"], capture_output=True, text=True,
                              timeout=10).stdout
    except (OSError, subprocess.TimeoutExpired):
        return []
    opts = []
    if "--max-connections" in text:
        opts += ["--max-connections", "12000"]
    m = re.search(r"(--header-timeout|--request-timeout)[ =]\S*\s+(.*)", text)
    if m:
        unit_ms = re.search(r"\bms\b|millisecond", m.group(2)) is not None
        opts += [m.group(1), "600000" if unit_ms else "600"]
    return opts


def fetch(port, path="/kongxx", timeout=5.0):
    """One HTTP/1.0 request; (headers dict, body) or None."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
            s.sendall(f"GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n".encode())
            data = b""
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                data += chunk
    except OSError:
        return None
    head, _, body = data.partition(b"\r\n\r\n")
    headers = {}
    for line in head.split(b"\r\n")[1:]:
        k, _, v = line.partition(b":")
        headers[k.strip().lower().decode(errors="replace")] = v.strip().decode(errors="replace")
    return headers, body


def start_ours(app, port, opts):
    return Proc([app, "serve", "--quiet", "--port", str(port)] + opts, cpu=SERVER_CPU,
                name="ours")


def start_ours_gui(app, port, display, confdir):
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb",
               XDG_CONFIG_HOME=confdir, XDG_DATA_HOME=confdir, XDG_CACHE_HOME=confdir)
    return Proc([app, "--serve", "greeting", "--port", str(port)], cpu=SERVER_CPU, env=env,
                name="ours-gui")


def _nginx_string(body):
    text = body.decode("utf-8")
    if "$" in text:
        raise ValueError("nginx return text cannot hold '$'")
    return '"' + (text.replace("\\", "\\\\").replace('"', '\\"')
                  .replace("\r", "\\r").replace("\n", "\\n")) + '"'


def start_nginx(port, workdir, content_type="text/html; charset=utf-8", body=SEED_BODY):
    """nginx, one worker process (master_process off: the PID we measure is the worker), the
    same response as ours, no keep-alive (one connection per request, like ours)."""
    os.makedirs(workdir, exist_ok=True)
    conf = os.path.join(workdir, "nginx.conf")
    with open(conf, "w") as f:
        f.write(f"""worker_processes 1;
master_process off;
daemon off;
pid {workdir}/nginx.pid;
error_log {workdir}/error.log;
worker_rlimit_nofile 20000;
events {{ worker_connections 12000; use epoll; }}
http {{
    access_log off;
    client_body_temp_path {workdir}/body;
    proxy_temp_path {workdir}/proxy;
    fastcgi_temp_path {workdir}/fastcgi;
    uwsgi_temp_path {workdir}/uwsgi;
    scgi_temp_path {workdir}/scgi;
    keepalive_timeout 0;
    client_header_timeout 600s;
    server_tokens off;
    server {{
        listen 127.0.0.1:{port} backlog=4096;
        location / {{
            default_type "{content_type}";
            return 200 {_nginx_string(body)};
        }}
    }}
}}
""")
    return Proc(["nginx", "-p", workdir, "-c", conf], cpu=SERVER_CPU, name="nginx")


def start_seed(port, poll=False):
    argv = [sys.executable, os.path.join(HERE, "peers", "seed_server.py"), str(port)]
    if poll:
        argv.append("--poll")
    return Proc(argv, cpu=SERVER_CPU, name="asynchat-poll" if poll else "asynchat")


_tempdirs = []


def tempdir():
    """A scratch directory, removed when the benchmark exits."""
    d = tempfile.mkdtemp(prefix="acw-bench-")
    _tempdirs.append(d)
    return d


@atexit.register
def _cleanup():
    for d in _tempdirs:
        shutil.rmtree(d, ignore_errors=True)
