"""Timing endpoints over one keep-alive connection, and the ratios the README quotes.

Each comparison is measured round-robin (``measure_together``): Wagtail API v2 beside
the uncached responses it is compared with, the bare view beside the cached ones.
Every request says ``Accept-Encoding: gzip``, as browsers and the mobile app do; an
endpoint that does not compress (Wagtail API v2, the bare view) answers uncompressed.
The bare view is sized to the bytes the measured list sends, so "÷ bare" compares
the same body on the wire.
"""

import gzip
import http.client
import math
import sys
import time
from dataclasses import dataclass, field

HEADERS = {"Accept": "application/json", "Accept-Encoding": "gzip"}
# Which figure each ratio divides by: the README's targets.
TARGETS = {
    "v1 story list, cold": ("v2 pages listing", "÷ v2"),
    "v1 light list, cold": ("v2 pages listing", "÷ v2"),
    "v1 story detail, cold": ("v2 page detail", "÷ v2"),
    "v1 story list, warm": ("bare Django view", "÷ bare"),
    "v1 story detail, warm": ("bare Django view", "÷ bare"),
    "v1 light list, warm": ("bare Django view", "÷ bare"),
}


@dataclass
class Endpoint:
    name: str
    path: str
    cold: bool = False  # empty the server's cache before each request


@dataclass
class Result:
    endpoint: Endpoint
    status: int = 0
    latencies: list[float] = field(default_factory=list)
    body_bytes: int = 0  # on the wire
    plain_bytes: int = 0  # decompressed
    errors: int = 0

    @property
    def available(self) -> bool:
        return self.status == 200 and bool(self.latencies)

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[max(math.ceil(share * len(ordered)) - 1, 0)] * 1000

    @property
    def rps(self) -> float:
        return len(self.latencies) / sum(self.latencies)

    def summary(self) -> str:
        if not self.available:
            return f"unavailable (HTTP {self.status or 'no answer'})"
        return (
            f"{len(self.latencies)} requests, p50 {self.percentile(0.5):.1f} ms, "
            f"p95 {self.percentile(0.95):.1f} ms, {self.rps:.0f} req/s, "
            f"{self.body_bytes} bytes sent ({self.plain_bytes} uncompressed)"
        )


def measure_together(port, endpoints, *, warmup, requests, time_limit) -> list[Result]:
    """Time ``endpoints`` round-robin, one request to each in turn over a connection of
    its own, so a change in the machine's load weighs on every figure of a comparison
    alike. Up to ``warmup`` rounds of warm-up, then up to ``requests`` rounds within
    ``time_limit`` seconds per endpoint (each phase has its own time limit, so a slow
    endpoint is still measured)."""
    connections = [http.client.HTTPConnection("127.0.0.1", port, timeout=60) for _ in endpoints]
    results = [Result(endpoint) for endpoint in endpoints]
    limit = time_limit * len(endpoints)
    try:
        deadline = time.monotonic() + limit
        measuring = warmup == 0
        number = 0
        while number < warmup + requests:
            if not measuring and (number >= warmup or time.monotonic() > deadline):
                measuring, number = True, warmup
                deadline = time.monotonic() + limit
            for conn, result in zip(connections, results, strict=True):
                if result.status not in (0, 200):
                    continue
                _request(conn, result, measuring)
            if measuring and time.monotonic() > deadline:
                break
            number += 1
    except OSError as error:
        sys.stderr.write(f"    {error}\n")
        for result in results:
            result.errors += 1
    finally:
        for conn in connections:
            conn.close()
    return results


def _request(conn, result: Result, measuring: bool) -> None:
    def get(path):
        conn.request("GET", path, headers=HEADERS)
        response = conn.getresponse()
        return response.status, response.getheader("Content-Encoding"), response.read()

    if result.endpoint.cold:
        get("/bench/cold")
    started = time.perf_counter()
    status, encoding, body = get(result.endpoint.path)
    elapsed = time.perf_counter() - started
    if not result.status:
        result.status, result.body_bytes = status, len(body)
        result.plain_bytes = len(gzip.decompress(body) if encoding == "gzip" else body)
    if measuring and result.status == 200:
        result.latencies.append(elapsed)
        result.errors += status != 200


def wire_size(port, path) -> int:
    """Bytes the endpoint sends for ``path`` (as the measured requests ask for it)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request("GET", path, headers=HEADERS)
        return len(conn.getresponse().read())
    finally:
        conn.close()


def ratios(results) -> list[dict]:
    by_name = {r.endpoint.name: r for r in results if r.available}
    rows = []
    for result in results:
        row = {"endpoint": result.endpoint.name, "path": result.endpoint.path}
        row["status"] = result.status
        if result.available:
            row |= {
                "requests": len(result.latencies),
                "errors": result.errors,
                "bytes": result.body_bytes,
                "uncompressed_bytes": result.plain_bytes,
                "p50_ms": round(result.percentile(0.5), 2),
                "p95_ms": round(result.percentile(0.95), 2),
                "rps": round(result.rps, 1),
            }
            against, label = TARGETS.get(result.endpoint.name, (None, ""))
            if against in by_name:
                row["ratio"] = round(result.rps / by_name[against].rps, 2)
                row["ratio_of"] = label
        rows.append(row)
    return rows


def render_table(rows) -> str:
    header = ("endpoint", "requests", "p50 ms", "p95 ms", "req/s", "bytes", "ratio")
    lines = [header]
    for row in rows:
        if "rps" not in row:
            lines.append((row["endpoint"], f"HTTP {row['status']}", "", "", "", "", ""))
            continue
        ratio = f"{row['ratio']:.2f} {row['ratio_of']}" if "ratio" in row else ""
        lines.append(
            (
                row["endpoint"],
                str(row["requests"]),
                f"{row['p50_ms']:.1f}",
                f"{row['p95_ms']:.1f}",
                f"{row['rps']:.0f}",
                str(row["bytes"]),
                ratio,
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    return "\n".join(
        "  ".join(
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(line, widths, strict=True))
        )
        for line in lines
    )
