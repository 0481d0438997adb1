"""Heroes, places, countries and sectors are reviewed before the public sees them.

A change saved by a content manager or a translator waits as a draft revision; the API
keeps serving the published version until a coordinating editor publishes (or approves
in the "Editorial review" workflow), and a person's photo passes the consent rule then.
"""

import io

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale
from wagtail.users.models import UserProfile

from cms.editorial import CONTENT_MANAGERS, COORDINATING_EDITORS, TRANSLATORS, WORKFLOW_NAME
from media_library.enums import ReleaseStatus
from stories.enums import PersonRole
from stories.models import Country, Person, Place, Sector, StoryHero, SuccessStoryPage

from .factories import CountryFactory, ImageFactory, PersonFactory, PlaceFactory, SectorFactory

pytestmark = pytest.mark.django_db

RULE = "so the page cannot be published"


def member_of(group_name):
    user = get_user_model().objects.create_user(
        username=group_name.lower().replace(" ", "-"), password="pw"
    )
    user.groups.add(Group.objects.get(name=group_name))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def hero(demo_site):
    """A published person who appears in a published story."""
    person = PersonFactory(name="Айгүл Published")
    story = SuccessStoryPage.objects.live().filter(locale=Locale.get_default()).first()
    StoryHero.objects.create(page=story, person=person, locale=story.locale)
    return person


def person_form(person, **changes):
    data = {
        "name": person.name,
        "role": person.role,
        "description": person.description,
        "country_of_residence": person.country_of_residence_id or "",
        "home_place": person.home_place_id or "",
        "photo": person.photo_id or "",
    }
    return {**data, **changes}


def edit_url(obj):
    return reverse(f"wagtailsnippets_stories_{obj._meta.model_name}:edit", args=(obj.pk,))


def api_person(client, person):
    response = client.get(f"/api/v1/people/{person.pk}")
    return response.json() if response.status_code == 200 else None


def test_existing_rows_stayed_live_after_the_migration(demo_site):
    for model in (Person, Place, Country, Sector):
        assert model.objects.exists()
        assert not model.objects.filter(live=False).exists(), model


def test_snippets_are_under_the_editorial_review(demo_site):
    for model in (Person, Place, Country, Sector):
        assert model.objects.first().get_workflow().name == WORKFLOW_NAME


def test_a_saved_change_waits_for_publication(client, hero):
    client.force_login(member_of(CONTENT_MANAGERS))
    response = client.post(
        edit_url(hero), person_form(hero, name="Айгүл Draft", **{"action-publish": "1"})
    )
    assert response.status_code == 302
    hero.refresh_from_db()
    assert hero.name == "Айгүл Published", "a content manager cannot publish"
    assert hero.has_unpublished_changes
    assert api_person(client, hero)["name"] == "Айгүл Published"
    stories = client.get(f"/api/v1/stories?hero={hero.pk}").json()["items"]
    assert {h["name"] for s in stories for h in s["heroes"] if h["id"] == hero.pk} == {
        "Айгүл Published"
    }
    v2 = client.get(f"/api/v2/pages/{StoryHero.objects.get(person=hero).page_id}/").json()
    assert "Айгүл Draft" not in str(v2)

    client.force_login(member_of(COORDINATING_EDITORS))
    client.post(edit_url(hero), person_form(hero, name="Айгүл Draft", **{"action-publish": "1"}))
    hero.refresh_from_db()
    assert hero.name == "Айгүл Draft"
    cache.clear()
    assert api_person(client, hero)["name"] == "Айгүл Draft"


def test_a_translator_change_waits_too(client, hero):
    translation = PersonFactory(name="Айгүл", locale=Locale.objects.get(language_code="ru"))
    client.force_login(member_of(TRANSLATORS))
    response = client.post(
        edit_url(translation), person_form(translation, description="Changed by a translator")
    )
    assert response.status_code == 302
    translation.refresh_from_db()
    assert translation.description == ""
    assert translation.has_unpublished_changes

    client.post(edit_url(hero), person_form(hero, description="Changed in the source"))
    hero.refresh_from_db()
    assert not hero.has_unpublished_changes, "the Kyrgyz source is not the translators'"


def test_through_the_workflow(client, hero):
    client.force_login(member_of(CONTENT_MANAGERS))
    client.post(edit_url(hero), person_form(hero, name="Айгүл Reviewed", **{"action-submit": "1"}))
    hero = Person.objects.get(pk=hero.pk)
    assert hero.workflow_in_progress
    assert hero.name == "Айгүл Published"

    editor = member_of(COORDINATING_EDITORS)
    client.force_login(editor)
    url = reverse(
        "wagtailsnippets_stories_person:workflow_action",
        args=(hero.pk, "approve", hero.current_workflow_task_state.pk),
    )
    assert client.post(url, {"comment": ""}).status_code == 302
    hero = Person.objects.get(pk=hero.pk)
    assert hero.name == "Айгүл Reviewed"
    assert not hero.workflow_in_progress


def test_new_people_stay_private_until_published(client, demo_site):
    client.force_login(member_of(CONTENT_MANAGERS))
    url = reverse("wagtailsnippets_stories_person:add") + "?locale=ky"
    response = client.post(
        url,
        {
            "name": "Жаңы каарман",
            "role": PersonRole.INVESTOR,
            "description": "",
            "country_of_residence": "",
            "home_place": "",
            "photo": "",
        },
    )
    assert response.status_code == 302
    person = Person.objects.get(name="Жаңы каарман")
    assert not person.live
    story = SuccessStoryPage.objects.live().filter(locale=Locale.get_default()).first()
    StoryHero.objects.create(page=story, person=person, locale=story.locale)

    assert api_person(client, person) is None
    assert client.get(f"/api/v1/stories?hero={person.pk}").status_code == 400
    detail = client.get(f"/api/v1/stories/{story.pk}").json()
    assert person.pk not in [h["id"] for h in detail["heroes"]]
    v2 = client.get(f"/api/v2/pages/{story.pk}/").json()
    assert person.pk not in [link["person"]["id"] for link in v2["hero_links"]]


@pytest.mark.parametrize(
    "unreleased",
    [
        {"release_status": ReleaseStatus.PENDING},
        {"release_status": ReleaseStatus.NOT_NEEDED, "minors_present": True},
    ],
    ids=["release-pending", "minors"],
)
def test_person_photo_passes_the_consent_rule(client, hero, unreleased):
    photo = ImageFactory(**unreleased)
    client.force_login(member_of(COORDINATING_EDITORS))
    response = client.post(
        edit_url(hero), person_form(hero, photo=photo.pk, **{"action-publish": "1"})
    )
    assert response.status_code == 200
    assert RULE in response.content.decode()
    assert Person.objects.get(pk=hero.pk).photo_id is None

    photo.release_status = ReleaseStatus.OBTAINED
    photo.release_reference = "KF-1"
    photo.save()
    client.post(edit_url(hero), person_form(hero, photo=photo.pk, **{"action-publish": "1"}))
    assert Person.objects.get(pk=hero.pk).photo_id == photo.pk


def test_approving_a_person_whose_photo_lost_its_release(client, hero):
    photo = ImageFactory()
    client.force_login(member_of(CONTENT_MANAGERS))
    client.post(edit_url(hero), person_form(hero, photo=photo.pk, **{"action-submit": "1"}))
    photo.release_status = ReleaseStatus.PENDING
    photo.save()
    hero = Person.objects.get(pk=hero.pk)
    assert hero.workflow_in_progress

    client.force_login(member_of(COORDINATING_EDITORS))
    url = reverse(
        "wagtailsnippets_stories_person:workflow_action",
        args=(hero.pk, "approve", hero.current_workflow_task_state.pk),
    )
    response = client.post(url, {"comment": ""})
    assert response.status_code == 302
    assert any(RULE in str(m) for m in get_messages(response.wsgi_request))
    hero = Person.objects.get(pk=hero.pk)
    assert hero.photo_id is None
    assert hero.workflow_in_progress


def test_unpublished_terms_stay_out_of_the_api(client, demo_site):
    place = PlaceFactory(key="draft-village", live=False)
    sector = SectorFactory(key="draft-sector", live=False)
    country = CountryFactory(code="ZZ", name="Draft land", live=False)
    story = SuccessStoryPage.objects.live().filter(locale=Locale.get_default()).first()
    story.place = place
    story.country_of_residence = country
    story.save()
    story.sector_links.create(sector=sector, locale=story.locale)

    assert "draft-village" not in str(client.get("/api/v1/places").json())
    assert "draft-sector" not in str(client.get("/api/v1/sectors").json())
    assert "ZZ" not in [c["code"] for c in client.get("/api/v1/countries").json()]
    assert client.get("/api/v1/stories?place=draft-village").status_code == 400
    assert client.get("/api/v1/stories?sector=draft-sector").status_code == 400
    assert client.get("/api/v1/stories?country=ZZ").status_code == 400
    detail = client.get(f"/api/v1/stories/{story.pk}").json()
    assert detail["place"] is None
    assert detail["country_of_residence"] is None
    assert "draft-sector" not in [s["key"] for s in detail["sectors"]]
    v2 = client.get(f"/api/v2/pages/{story.pk}/").json()
    assert v2["place"] is None
    assert v2["country_of_residence"] is None
    assert "draft-sector" not in str(v2["sector_links"])


def test_approving_in_the_editor_checks_the_photo(client, hero):
    photo = ImageFactory()
    client.force_login(member_of(CONTENT_MANAGERS))
    client.post(edit_url(hero), person_form(hero, photo=photo.pk, **{"action-submit": "1"}))
    photo.release_status = ReleaseStatus.PENDING
    photo.save()

    client.force_login(member_of(COORDINATING_EDITORS))
    response = client.post(
        edit_url(hero),
        person_form(
            hero,
            photo=photo.pk,
            **{"action-workflow-action": "1", "workflow-action-name": "approve"},
        ),
    )
    assert response.status_code == 200
    assert RULE in response.content.decode()
    hero = Person.objects.get(pk=hero.pk)
    assert hero.photo_id is None
    assert hero.workflow_in_progress


def test_a_scheduled_change_to_a_person_waits_for_the_release(hero):
    photo = ImageFactory()
    hero.photo = photo
    hero.go_live_at = timezone.now() + timezone.timedelta(minutes=5)
    revision = hero.save_revision()
    revision.publish()
    assert Person.objects.get(pk=hero.pk).live, "still online until the change's time"
    past = timezone.now() - timezone.timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    photo.release_status = ReleaseStatus.PENDING
    photo.save()
    stderr = io.StringIO()

    call_command("publish_scheduled", stdout=io.StringIO(), stderr=stderr)

    hero = Person.objects.get(pk=hero.pk)
    assert hero.photo_id is None
    assert hero.live, "the published version stays online while the change waits"
    assert photo.title in stderr.getvalue()

    photo.release_status = ReleaseStatus.OBTAINED
    photo.release_reference = "KF-2"
    photo.save()
    call_command("publish_scheduled", stdout=io.StringIO(), stderr=io.StringIO())
    assert Person.objects.get(pk=hero.pk).photo_id == photo.pk
