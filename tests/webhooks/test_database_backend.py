"""The production path: deliveries queued in the database and sent by ``db_worker``,
a failed attempt queuing its retry with ``run_after``, on a database of its own."""

import os
import subprocess
import sys

from tests.cms.settings_probe import ROOT, SETTINGS_VARIABLES

from .receiver import readme_verify

# Migrating a fresh database takes a while on a busy machine.
TIMEOUT = 900


def run(args, module, env):
    clean = {k: v for k, v in os.environ.items() if k not in SETTINGS_VARIABLES}
    clean.update(env, DJANGO_SETTINGS_MODULE=module)
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )


ENQUEUE = """
import django
django.setup()
from django.db import transaction
from django_tasks_db.models import DBTaskResult
from webhooks import dispatch
from webhooks.events import Subject
from webhooks.models import Subscriber
from webhooks.views.secrets import give_secret
subscriber = Subscriber(name="Portal", url=URL, events=["page.published"])
secret = give_secret(subscriber)
subscriber.save()
with transaction.atomic():
    dispatch.dispatch("page.published", Subject("stories.SuccessStoryPage", 5, "ky", ""))
print(secret, DBTaskResult.objects.filter(status="READY").count())
"""

CHECK = """
import django
django.setup()
from django_tasks_db.models import DBTaskResult
from webhooks.models import Delivery
delivery = Delivery.objects.get()
waiting = DBTaskResult.objects.filter(status="READY").get()
gap = abs((waiting.run_after - delivery.next_attempt_at).total_seconds())
print(delivery.status, delivery.attempts, int(gap < 1))
"""


def test_the_worker_sends_and_queues_the_retry_for_later(tmp_path, receiver):
    env = {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'webhooks.sqlite3'}",
        "TASKS_BACKEND": "database",
        "WEBHOOK_HTTP_HOSTS": "127.0.0.1",
        "WEBHOOK_ALLOWED_NETWORKS": "127.0.0.1/32",
    }
    settings = "cms.settings.test"
    assert run(["manage.py", "migrate", "--noinput", "-v0"], settings, env).returncode == 0
    queued = run(["-c", f"URL = {receiver.url!r}\n{ENQUEUE}"], settings, env)
    assert queued.returncode == 0, queued.stderr
    secret, ready = queued.stdout.split()[-2:]
    assert int(ready) == 1
    assert receiver.requests == [], "nothing is sent before the worker runs"

    receiver.plan = [(503, "busy", 0)]
    worker = run(["manage.py", "db_worker", "--batch", "--no-startup-delay"], settings, env)
    assert worker.returncode == 0, worker.stderr
    (request,) = receiver.requests
    assert readme_verify()(secret, request.headers, request.body)
    done = run(["-c", CHECK], settings, env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-3:] == ["retrying", "1", "1"]
