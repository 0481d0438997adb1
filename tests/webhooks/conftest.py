import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import translation

from wagtail.users.models import UserProfile

from cms.editorial import CONTENT_MANAGERS, COORDINATING_EDITORS
from webhooks.events import PAGE_PUBLISHED
from webhooks.models import Subscriber
from webhooks.views.secrets import give_secret

from .receiver import Receiver, start


@pytest.fixture
def english():
    """Validation messages in English, as the tests spell them (Kyrgyz is the default)."""
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def local_receivers_allowed(settings):
    """Tests receive on 127.0.0.1 over http; the address tests take this away again."""
    settings.WEBHOOK_HTTP_HOSTS = ["127.0.0.1"]
    settings.WEBHOOK_ALLOWED_NETWORKS = ["127.0.0.1/32"]


@pytest.fixture
def receiver():
    receiver = Receiver()
    server = start(receiver)
    yield receiver
    server.shutdown()
    server.server_close()


@pytest.fixture
def make_subscriber(db, receiver):
    def make(**fields) -> Subscriber:
        subscriber = Subscriber(
            name=fields.pop("name", "Portal"),
            url=fields.pop("url", receiver.url),
            events=fields.pop("events", [PAGE_PUBLISHED]),
            **fields,
        )
        receiver.secret = give_secret(subscriber)
        subscriber.save()
        return subscriber

    return make


def _user(username, group_name):
    user = get_user_model().objects.create_user(
        username=username, password="pw", email=f"{username}@example.org"
    )
    user.groups.add(Group.objects.get(name=group_name))
    # The admin in English, so the tests read the messages as written in the code.
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
    return user


@pytest.fixture
def coordinator(db):
    return _user("webhook-coordinator", COORDINATING_EDITORS)


@pytest.fixture
def content_manager(db):
    return _user("webhook-content-manager", CONTENT_MANAGERS)
