"""gunicorn for the benchmark, on a free loopback port, with the bench settings."""

import socket
import subprocess
import sys
import tempfile
import time

from django.conf import settings

STARTUP_SECONDS = 30


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class GunicornServer:
    """gunicorn on 127.0.0.1 and a free port, stopped (and its log shown on failure) on exit."""

    def __init__(self, workers: int, threads: int):
        self.workers, self.threads = workers, threads

    def __enter__(self) -> int:
        self.port = free_port()
        self.log = tempfile.TemporaryFile()
        argv = [sys.executable, "-m", "gunicorn", "cms.wsgi:application"]
        argv += ["--bind", f"127.0.0.1:{self.port}", "--worker-class", "gthread"]
        argv += ["--workers", str(self.workers), "--threads", str(self.threads)]
        argv += ["--keep-alive", "75", "--timeout", "120", "--log-level", "warning"]
        self.process = subprocess.Popen(  # noqa: S603
            argv, cwd=settings.BASE_DIR, stdout=self.log, stderr=subprocess.STDOUT
        )
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self._fail("gunicorn exited on startup")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return self.port
            except OSError:
                time.sleep(0.2)
        self._fail(f"gunicorn did not listen within {STARTUP_SECONDS} s")
        return self.port

    def __exit__(self, exc_type, exc, traceback):
        self._stop()
        if exc_type is not None:
            sys.stderr.write(self._log_tail())
        self.log.close()

    def _stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def _log_tail(self) -> str:
        self.log.seek(0)
        return self.log.read().decode(errors="replace")[-4000:]

    def _fail(self, message):
        self._stop()
        tail = self._log_tail()
        self.log.close()
        raise RuntimeError(f"{message}:\n{tail}")
