"""Scans arriving at the same moment are all counted: the increment happens in the
database (``count = count + 1``), and two first scans of a day racing to insert the
row end as one row. Each thread is a separate database connection committing on its
own, as separate web workers would."""

import threading
import uuid

import pytest

from django.db import connection, connections

from exhibitions.models import ScanCount, ShortLink
from exhibitions.scans import count_scan

pytestmark = pytest.mark.django_db

THREADS = 8
SCANS_EACH = 5


def in_own_connection(work):
    """Run ``work`` in a thread with its own connection (autocommit), and wait for it."""
    errors = []

    def run():
        try:
            work()
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, errors


@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL")
def test_concurrent_scans_are_all_counted():
    key = uuid.uuid4()
    made = {}
    thread, errors = in_own_connection(
        lambda: made.setdefault("link", ShortLink.objects.create(code="zz2345", exhibit_key=key))
    )
    thread.join()
    assert not errors
    link = made["link"]
    start = threading.Barrier(THREADS)

    def scans():
        start.wait()
        for _ in range(SCANS_EACH):
            count_scan(link)

    workers = [in_own_connection(scans) for _ in range(THREADS)]
    for worker, _errors in workers:
        worker.join()
    found = {}

    def read_and_clean_up():
        found["rows"] = list(ScanCount.objects.filter(link=link).values_list("count", flat=True))
        ScanCount.objects.filter(link=link).delete()
        ShortLink.objects.filter(pk=link.pk).delete()

    reader, read_errors = in_own_connection(read_and_clean_up)
    reader.join()

    assert [error for _w, errs in workers for error in errs] == []
    assert not read_errors
    assert found["rows"] == [THREADS * SCANS_EACH]
