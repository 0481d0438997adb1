"""Short links: made once per exhibit and never changed, redirecting by language, never
to a hidden page, counting scans per exhibit, venue and day and nothing about the visitor."""

import datetime
import uuid

import pytest

from django.test import override_settings
from django.utils import timezone

from wagtail.models import Locale

from cms.api.frontend import frontend_url
from exhibitions import links
from exhibitions.links import ensure_short_link, normalise, short_url
from exhibitions.models import ExhibitionPage, ScanCount, ShortLink
from exhibitions.scans import count_scan
from stories.models import SuccessStoryPage

from .factories import VenueFactory, exhibition, section

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_show(demo_site):
    return ExhibitionPage.objects.get(locale__language_code="ky", slug="мекенге-көңүл")


def exhibit_with_story(show):
    return next(
        e for s in show.sections() for e in s.specific.exhibits.all() if e.story_id is not None
    )


@pytest.fixture
def exhibit(demo_show):
    return exhibit_with_story(demo_show)


@pytest.fixture
def code(exhibit):
    return ShortLink.objects.get(exhibit_key=exhibit.translation_key).code


def scan(client, code, **headers):
    return client.get(f"/s/{code}", **headers)


def test_every_exhibit_of_every_language_has_one_code(demo_show):
    keys = set()
    for language in ("ky", "ru", "en"):
        show = demo_show.get_translation(Locale.objects.get(language_code=language))
        keys |= {e.translation_key for s in show.sections() for e in s.specific.exhibits.all()}

    assert len(keys) == 8
    codes = ShortLink.objects.filter(exhibit_key__in=keys).values_list("code", flat=True)
    assert len(set(codes)) == 8
    assert all(normalise(code) == code for code in codes)


def test_a_code_survives_republishing_and_editing(demo_site):
    show = exhibition(demo_site, slug="reprint")
    page = section(show, [{}])
    exhibit = page.exhibits.get()
    code = ShortLink.objects.get(exhibit_key=exhibit.translation_key).code

    exhibit.title = "Жаңы аталыш"
    page.exhibits = [exhibit]
    page.save_revision().publish()

    assert ShortLink.objects.get(exhibit_key=exhibit.translation_key).code == code
    assert ShortLink.objects.filter(exhibit_key=exhibit.translation_key).count() == 1


def test_a_clashing_code_is_drawn_again(db):
    taken = ensure_short_link(uuid.uuid4()).code
    draws = iter([taken, taken, "abcdef"])

    link = ensure_short_link(uuid.uuid4(), draw=lambda: next(draws))

    assert link.code == "abcdef"


def test_every_code_taken_is_an_error_not_a_loop(db):
    taken = ensure_short_link(uuid.uuid4()).code
    with pytest.raises(links.NoFreeCode):
        ensure_short_link(uuid.uuid4(), draw=lambda: taken)


def test_short_url_is_absolute():
    with override_settings(SHORT_LINK_BASE_URL="https://cms.example/"):
        assert short_url("abc234") == "https://cms.example/s/abc234"


@pytest.mark.parametrize(
    ("accept", "language"),
    [("ru-RU,ru;q=0.9", "ru"), ("en-GB,en;q=0.8", "en"), ("de-DE,fr", "ky"), ("", "ky")],
)
def test_redirects_to_the_story_in_the_visitors_language(client, exhibit, code, accept, language):
    story = SuccessStoryPage.objects.get(pk=exhibit.story_id)
    expected = story.get_translation(Locale.objects.get(language_code=language))

    response = scan(client, code, HTTP_ACCEPT_LANGUAGE=accept)

    assert response.status_code == 302
    assert response["Location"] == frontend_url(expected)
    assert response["Location"].startswith(f"https://portal.example/{language}/")
    assert response["Content-Language"] == language


def test_nothing_personal_is_kept_or_set(client, code):
    response = scan(client, code.upper(), HTTP_ACCEPT_LANGUAGE="ru", HTTP_USER_AGENT="Phone/1.0")

    assert response.status_code == 302
    assert "Set-Cookie" not in response
    assert not response.cookies
    assert {"Accept-Language", "User-Agent"} <= {v.strip() for v in response["Vary"].split(",")}
    assert "no-store" in response["Cache-Control"]
    assert {f.name for f in ScanCount._meta.get_fields()} == {
        "id",
        "link",
        "venue",
        "day",
        "count",
    }


def test_without_a_story_the_exhibit_on_its_exhibition_page(client, demo_site):
    show = exhibition(demo_site, slug="no-story")
    page = section(show, [{}])
    code = ShortLink.objects.get(exhibit_key=page.exhibits.get().translation_key).code

    response = scan(client, code, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 302
    assert response["Location"].endswith(f"/ky/no-story/#exhibit-{code}")


def test_the_app_gets_its_deep_link(client, exhibit, code):
    with override_settings(APP_DEEP_LINK_URL="migrantsguide://open/"):
        by_parameter = scan(client, f"{code}?app=1", HTTP_ACCEPT_LANGUAGE="ru")
        by_agent = scan(client, code, HTTP_USER_AGENT="Mozilla/5.0 MigrantsGuideApp/2.1")

    ru_story = SuccessStoryPage.objects.get(pk=exhibit.story_id).get_translation(
        Locale.objects.get(language_code="ru")
    )
    assert by_parameter["Location"] == f"migrantsguide://open/stories/{ru_story.pk}?locale=ru"
    assert by_agent["Location"].startswith("migrantsguide://open/stories/")


def test_a_hidden_exhibit_gets_a_friendly_page_not_a_redirect(client, demo_site):
    show = exhibition(demo_site, slug="hidden-show")
    page = section(show, [{}])
    code = ShortLink.objects.get(exhibit_key=page.exhibits.get().translation_key).code
    show.unpublish()

    response = scan(client, code, HTTP_ACCEPT_LANGUAGE="ru")

    assert response.status_code == 404
    assert "Location" not in response
    body = response.content.decode()
    assert '<section lang="ru">' in body
    assert '<section lang="ky">' in body
    assert '<section lang="en">' in body
    assert "This exhibit is not on show right now" in body


@pytest.mark.parametrize("code", ["zzzzzz", "0OIl1x", "a" * 500, "%00", "abc"])
def test_unknown_or_garbage_codes_get_the_friendly_404(client, demo_site, code):
    response = client.get(f"/s/{code}?v=" + "x" * 300)

    assert response.status_code == 404
    assert "We could not find this exhibit" in response.content.decode()
    assert "Set-Cookie" not in response


def test_only_get_and_head(client, code):
    assert client.post(f"/s/{code}").status_code == 405
    assert client.head(f"/s/{code}").status_code == 302
    assert not ScanCount.objects.exists(), "a HEAD is not a scan"


def test_scans_are_counted_per_venue_and_day(client, code):
    link = ShortLink.objects.get(code=code)
    scan(client, f"{code}?v=moscow")
    scan(client, f"{code}?v=MOSCOW")
    scan(client, f"{code}?v=nowhere")
    scan(client, code)

    counts = {
        (row.venue.code if row.venue else None): row.count
        for row in ScanCount.objects.filter(link=link, day=timezone.localdate())
    }
    assert counts == {"moscow": 2, None: 2}


def test_a_hidden_target_is_still_a_scan(client, demo_site):
    show = exhibition(demo_site, slug="hidden-count")
    page = section(show, [{}])
    link = ShortLink.objects.get(exhibit_key=page.exhibits.get().translation_key)
    show.unpublish()

    scan(client, link.code)

    assert ScanCount.objects.get(link=link).count == 1


def test_counts_start_again_each_day(db):
    link = ensure_short_link(uuid.uuid4())
    venue = VenueFactory()
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    count_scan(link, venue, yesterday)
    count_scan(link, venue)
    count_scan(link, venue)

    assert sorted(ScanCount.objects.filter(link=link).values_list("count", flat=True)) == [1, 2]
