"""Each editorial group × each admin action that matters, through the real admin views.

The table is the README's "Editorial workflow" table made executable: a right granted
too wide (translators editing the Kyrgyz source, photographers editing everyone's
photos, consent forms in everyone's chooser) or too narrow fails here.
"""

import io

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale, Page
from wagtail.users.models import UserProfile

from cms.editorial import (
    CONTENT_MANAGERS,
    COORDINATING_EDITORS,
    MEDIA_LIBRARY_COLLECTION,
    PHOTOGRAPHERS,
    SMM_MANAGERS,
    TRANSLATORS,
)
from media_library.consent import CONSENT_FORMS_COLLECTION
from stories.models import Person, StoryIndexPage, SuccessStoryPage
from tests.stories.factories import ImageFactory, PersonFactory
from tests.stories.test_workflow import story_form

pytestmark = pytest.mark.django_db

ACTIONS = [
    "edit ky page",
    "edit ru page",
    "publish page",
    "approve page",
    "edit own image",
    "edit other's image",
    "choose consent form",
    "choose library document",
    "edit ky snippet",
    "edit ru snippet",
    "publish snippet",
]

Y, N = True, False
MATRIX = {
    CONTENT_MANAGERS: [Y, Y, N, N, Y, N, N, Y, Y, Y, N],
    COORDINATING_EDITORS: [Y, Y, Y, Y, Y, Y, Y, Y, Y, Y, Y],
    SMM_MANAGERS: [Y, Y, N, N, Y, Y, N, Y, N, N, N],
    PHOTOGRAPHERS: [N, N, N, N, Y, N, Y, Y, N, N, N],
    TRANSLATORS: [N, Y, N, N, N, N, N, Y, N, Y, N],
}

CASES = [
    pytest.param(group, action, allowed, id=f"{group}: {action}")
    for group, row in MATRIX.items()
    for action, allowed in zip(ACTIONS, row, strict=True)
]


def member_of(group_name, username):
    user = get_user_model().objects.create_user(username=username, password="pw")
    user.groups.add(Group.objects.get(name=group_name))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def story(language):
    return SuccessStoryPage.objects.filter(locale__language_code=language).live().first()


def draft_story(slug="matrix-story"):
    index = StoryIndexPage.objects.get(locale=Locale.get_default())
    page = SuccessStoryPage(title="Матрица", slug=slug, standfirst="Текст.", live=False)
    index.add_child(instance=page)
    page.save_revision()
    return page


def library():
    return Collection.objects.get(name=MEDIA_LIBRARY_COLLECTION)


def document(title, collection, owner=None):
    return get_document_model().objects.create(
        title=title,
        collection=collection,
        uploaded_by_user=owner,
        file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="form.pdf"),
    )


def opens(client, url) -> bool:
    return client.get(url).status_code == 200


def edit_page(client, user, language):
    return opens(client, reverse("wagtailadmin_pages:edit", args=(story(language).pk,)))


def publish_page(client, user):
    page = draft_story()
    client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        story_form(title="Матрица", slug="matrix-story", **{"action-publish": "1"}),
    )
    return Page.objects.get(pk=page.pk).live


def approve_page(client, user):
    page = draft_story()
    page.get_workflow().start(page, get_user_model().objects.create_user("author"))
    task_state = Page.objects.get(pk=page.pk).specific.current_workflow_task_state
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)),
        {"comment": ""},
    )
    return Page.objects.get(pk=page.pk).live


def edit_image(client, user, owner):
    image = ImageFactory(collection=library(), uploaded_by_user=owner)
    return opens(client, reverse("wagtailimages:edit", args=(image.pk,)))


def chooses(client, item) -> bool:
    """Whether the document chooser offers ``item`` (its "chosen" link is listed)."""
    response = client.get(reverse("wagtaildocs_chooser:choose"))
    chosen = reverse("wagtaildocs_chooser:chosen", args=(item.pk,))
    return response.status_code == 200 and chosen in response.content.decode()


def choose_consent_form(client, user):
    consent_forms = Collection.objects.get(name=CONSENT_FORMS_COLLECTION)
    return chooses(client, document("Consent form 4711", consent_forms))


def choose_library_document(client, user):
    return chooses(client, document("Press kit 2025", library()))


def snippet_edit_url(person):
    return reverse("wagtailsnippets_stories_person:edit", args=(person.pk,))


def edit_snippet(client, user, language):
    person = PersonFactory(locale=Locale.objects.get(language_code=language))
    return opens(client, snippet_edit_url(person))


def publish_snippet(client, user):
    person = PersonFactory(name="Before")
    client.post(
        snippet_edit_url(person),
        {"name": "After", "role": person.role, "description": "", "action-publish": "1"},
    )
    return Person.objects.get(pk=person.pk).name == "After"


def attempt(action, client, user):
    return {
        "edit ky page": lambda: edit_page(client, user, "ky"),
        "edit ru page": lambda: edit_page(client, user, "ru"),
        "publish page": lambda: publish_page(client, user),
        "approve page": lambda: approve_page(client, user),
        "edit own image": lambda: edit_image(client, user, owner=user),
        "edit other's image": lambda: edit_image(client, user, owner=None),
        "choose consent form": lambda: choose_consent_form(client, user),
        "choose library document": lambda: choose_library_document(client, user),
        "edit ky snippet": lambda: edit_snippet(client, user, "ky"),
        "edit ru snippet": lambda: edit_snippet(client, user, "ru"),
        "publish snippet": lambda: publish_snippet(client, user),
    }[action]()


@pytest.mark.parametrize(("group", "action", "allowed"), CASES)
def test_permission_matrix(client, demo_site, group, action, allowed):
    user = member_of(group, "member")
    client.force_login(user)
    assert attempt(action, client, user) is allowed


def test_translators_rights_are_on_the_translated_trees_only(demo_site):
    translators = Group.objects.get(name=TRANSLATORS)
    languages = {grant.page.locale.language_code for grant in translators.page_permissions.all()}
    assert languages == {"ru", "en"}


def test_setup_editorial_is_idempotent_and_removes_stale_grants(demo_site):
    translators = Group.objects.get(name=TRANSLATORS)
    root = Page.get_first_root_node()
    translators.page_permissions.create(
        page=root, permission=translators.page_permissions.first().permission
    )
    call_command("setup_editorial", stdout=io.StringIO())
    counts = {g.name: g.page_permissions.count() for g in Group.objects.all()}
    call_command("setup_editorial", stdout=io.StringIO())
    assert counts == {g.name: g.page_permissions.count() for g in Group.objects.all()}
    assert not translators.page_permissions.filter(page=root).exists()
