"""A webhook receiver on 127.0.0.1 for the tests: real HTTP in a thread.

It checks every request's signature with the README's own receiver code (the first
``python`` block under "### Receiving"), so every delivery test also tests that code.
"""

import http.server
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_receiver_code() -> str:
    text = README.read_text(encoding="utf-8")
    section = text.split("### Receiving", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.DOTALL).group(1)


def readme_verify():
    namespace: dict = {}
    exec(readme_receiver_code(), namespace)  # noqa: S102  (our own README's example)
    return namespace["verify"]


@dataclass
class Received:
    path: str
    headers: dict
    body: bytes
    verified: bool


@dataclass
class Receiver:
    """Answers each request with the next planned (status, body, delay), then 200."""

    secret: str = ""
    plan: list = field(default_factory=list)
    requests: list = field(default_factory=list)
    port: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"


def start(receiver: Receiver):
    verify = readme_verify()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            headers = {name.lower(): value for name, value in self.headers.items()}
            verified = bool(receiver.secret) and verify(receiver.secret, headers, body)
            receiver.requests.append(Received(self.path, headers, body, verified))
            status, text, delay = receiver.plan.pop(0) if receiver.plan else (200, "ok", 0)
            if delay:
                time.sleep(delay)
            payload = text.encode()
            try:
                self.send_response(status)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except OSError:
                pass

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    receiver.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server
