"""Background work through django-tasks: renditions on publish, and the database worker."""

import pytest

from wagtail.images import get_image_model

from media_library.renditions import ALL_SPECS
from stories.models import StoryIndexPage, SuccessStoryPage

from .settings_probe import run

pytestmark = pytest.mark.django_db


def test_publishing_a_page_prepares_the_renditions_of_its_photos(
    demo_site, django_capture_on_commit_callbacks
):
    image = get_image_model().objects.filter(collection__name="Demo photos").first()
    image.renditions.all().delete()
    index = StoryIndexPage.objects.get(locale__language_code="ky")
    story = SuccessStoryPage(
        title="Сүрөттүү окуя", slug="сүрөттүү-окуя", standfirst="Сүрөт.", hero_image=image
    )
    index.add_child(instance=story)
    with django_capture_on_commit_callbacks(execute=True):
        story.save_revision().publish()
    assert set(image.renditions.values_list("filter_spec", flat=True)) == set(ALL_SPECS)


WORKER_SCRIPT = """
import io, django
django.setup()
from django.db import transaction
from django.core.files.images import ImageFile
from PIL import Image
from wagtail.images import get_image_model
from django_tasks_db.models import DBTaskResult
buffer = io.BytesIO()
Image.new("RGB", (64, 48), "teal").save(buffer, "PNG")
with transaction.atomic():
    image = get_image_model().objects.create(title="Queued", file=ImageFile(buffer, name="q.png"))
print(image.pk, image.renditions.count(), DBTaskResult.objects.filter(status="READY").count())
"""

CHECK_SCRIPT = """
import django
django.setup()
from wagtail.images import get_image_model
from django_tasks_db.models import DBTaskResult
image = get_image_model().objects.get(title="Queued")
print(image.renditions.count(), DBTaskResult.objects.filter(status="SUCCESSFUL").count())
"""


def test_database_backend_queues_tasks_for_the_worker(tmp_path):
    env = {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'tasks.sqlite3'}",
        "TASKS_BACKEND": "database",
    }
    settings = "cms.settings.test"
    assert run(["manage.py", "migrate", "--noinput", "-v0"], settings, env).returncode == 0
    queued = run(["-c", WORKER_SCRIPT], settings, env)
    assert queued.returncode == 0, queued.stderr
    _pk, renditions, ready = map(int, queued.stdout.split()[-3:])
    assert renditions == 0, "the request must not render: the task waits for the worker"
    assert ready >= 1
    worker = run(["manage.py", "db_worker", "--batch", "--no-startup-delay"], settings, env)
    assert worker.returncode == 0, worker.stderr
    done = run(["-c", CHECK_SCRIPT], settings, env)
    renditions, successful = map(int, done.stdout.split()[-2:])
    assert renditions == len(ALL_SPECS)
    assert successful >= 1
