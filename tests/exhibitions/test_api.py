"""The exhibition endpoints: shape, language fallback, visibility, HTTP rules and cost."""

import datetime

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Locale, PageViewRestriction

from cms.api import memo
from exhibitions.api.schemas import ExhibitionDetail, ExhibitionList, VenueList
from exhibitions.enums import TourStopStatus
from exhibitions.links import short_url
from exhibitions.models import ExhibitionPage, Venue
from media_library.enums import ReleaseStatus
from stories.models import Person, Place, SuccessStoryPage
from tests.stories.factories import ImageFactory

from .factories import TourStopFactory, VenueFactory, exhibition, section

pytestmark = pytest.mark.django_db

YOUTUBE = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
SOUNDCLOUD = "https://soundcloud.com/mekendesh/audio-guide"


def days(n: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=n)


@pytest.fixture
def story(demo_site):
    return SuccessStoryPage.objects.get(locale__language_code="ky", slug__startswith="түркиядан")


def exhibit_fields(story, **extra) -> dict:
    person = Person.objects.filter(locale=story.locale, live=True).first()
    place = Place.objects.filter(locale=story.locale, live=True).first()
    return {
        "caption": "Түшүндүрмө",
        "people": [{"type": "person", "value": person.pk}],
        "place": place,
        "year": 2021,
        "story": story,
        "audio_url": SOUNDCLOUD,
        "video_url": YOUTUBE,
        **extra,
    }


def build_show(home, story, exhibits: int, slug="көргөзмө"):
    show = exhibition(home, title="Көргөзмө", slug=slug)
    section(show, [exhibit_fields(story) for _ in range(exhibits)], slug=f"{slug}-1")
    venue = VenueFactory()
    TourStopFactory(
        exhibition=show,
        venue=venue,
        starts_on=days(-40),
        ends_on=days(-10),
        status=TourStopStatus.HELD,
        visitors=420,
    )
    TourStopFactory(exhibition=show, venue=VenueFactory(), starts_on=days(10), ends_on=days(30))
    return show


@pytest.fixture
def show(demo_site, story):
    return build_show(demo_site, story, exhibits=2)


def detail(client, page, **params):
    response = client.get(f"/api/v1/exhibitions/{page.pk}", params)
    assert response.status_code == 200, response.content[:500]
    return response.json()


def test_detail_shape(client, show, story):
    data = detail(client, show)

    ExhibitionDetail.model_validate(data)
    assert data["title"] == "Көргөзмө"
    assert data["locale"] == "ky"
    assert data["is_fallback"] is False
    exhibits = data["sections"][0]["exhibits"]
    assert len(exhibits) == 2
    first = exhibits[0]
    assert first["short_url"] == short_url(first["code"])
    assert first["anchor"] == f"exhibit-{first['code']}"
    assert first["image"]["credit"] is not None
    assert set(first["image"]) >= {"alt", "credit", "licence", "renditions", "srcset"}
    assert first["story"]["id"] == story.pk
    assert first["story"]["url"].startswith("https://portal.example/ky/")
    assert first["people"][0]["name"]
    assert first["place"]["key"]
    assert first["video"] == {
        "provider": "youtube",
        "url": YOUTUBE,
        "embed_url": "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    }
    assert first["audio"]["kind"] == "embed"
    assert first["audio"]["provider"] == "soundcloud"


def test_the_tour_is_split_into_past_and_coming_stops(client, show):
    tour = detail(client, show)["tour"]

    [past] = tour["past"]
    [coming] = tour["coming"]
    assert past["status"] == "held"
    assert past["visitors"] == 420
    assert coming["status"] == "planned"
    assert coming["visitors"] is None
    assert coming["venue"]["name"].startswith("Элчилик")
    assert coming["venue"]["country"] == {"code": "TR", "name": "Түркия"}


def test_a_draft_stop_and_a_draft_venue_are_not_shown(client, show):
    TourStopFactory(exhibition=show, live=False, starts_on=days(50), ends_on=days(60))
    TourStopFactory(
        exhibition=show, venue=VenueFactory(live=False), starts_on=days(70), ends_on=days(80)
    )

    tour = detail(client, show)["tour"]

    assert len(tour["coming"]) == 1


def test_list_shape_and_indicator(client, show):
    data = client.get("/api/v1/exhibitions").json()

    ExhibitionList.model_validate(data)
    item = next(item for item in data["items"] if item["id"] == show.pk)
    assert item["stops_held"] == 1
    assert item["url"].startswith("https://portal.example/ky/")


def test_the_demo_exhibition_in_russian(client, demo_site):
    ky = ExhibitionPage.objects.get(locale__language_code="ky", slug="мекенге-көңүл")

    data = detail(client, ky, locale="ru")

    assert data["locale"] == "ru"
    assert data["id"] != ky.pk
    assert data["title"] == "Забота о Родине: помощь соотечественников"
    assert [s["title"] for s in data["sections"]] == [
        "Годы пандемии",
        "Поддержка Баткена",
        "Дом для земляков",
    ]
    exhibits = [e for s in data["sections"] for e in s["exhibits"]]
    assert len(exhibits) == 8
    assert all(e["story"]["locale"] == "ru" for e in exhibits)
    assert all(p["locale"] == "ru" for e in exhibits for p in e["people"])
    assert {len(data["tour"]["past"]), len(data["tour"]["coming"])} == {2}
    assert all(stop["is_example"] for stop in data["tour"]["past"])
    assert {t["locale"] for t in data["translations"]} == {"ky", "ru", "en"}


def test_an_untranslated_exhibition_falls_back_to_kyrgyz(client, show):
    data = detail(client, show, locale="en")

    assert data["locale"] == "ky"
    assert data["requested_locale"] == "en"
    assert data["is_fallback"] is True


def test_an_unpublished_exhibition_is_invisible(client, show):
    show.unpublish()

    assert client.get(f"/api/v1/exhibitions/{show.pk}").status_code == 404
    ids = {item["id"] for item in client.get("/api/v1/exhibitions").json()["items"]}
    assert show.pk not in ids


def test_a_private_exhibition_is_invisible(client, show):
    PageViewRestriction.objects.create(page=show, restriction_type=PageViewRestriction.LOGIN)

    response = client.get(f"/api/v1/exhibitions/{show.pk}")

    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


def test_an_unpublished_section_is_left_out(client, show):
    section(show, [{}], slug="draft-section", live=False)

    assert len(detail(client, show)["sections"]) == 1


def test_an_exhibit_linking_to_an_unpublished_story_has_no_link(client, demo_site, story):
    show = build_show(demo_site, story, exhibits=1, slug="unpublished-story")
    story.unpublish()
    [exhibit] = detail(client, show)["sections"][0]["exhibits"]
    assert exhibit["story"]["locale"] == "ru", "the story's next language is linked instead"

    for translation in story.get_translations():
        translation.unpublish()
    [exhibit] = detail(client, show)["sections"][0]["exhibits"]

    assert exhibit["story"] is None


def test_a_photo_whose_release_is_withdrawn_is_left_out(client, demo_site, story):
    photo = ImageFactory()
    show = exhibition(demo_site, slug="withdrawn")
    section(show, [{"image": photo}])
    photo.release_status = ReleaseStatus.REFUSED
    photo.save()

    [exhibit] = detail(client, show)["sections"][0]["exhibits"]

    assert exhibit["image"] is None


def count_queries(client, url) -> int:
    cache.clear()
    memo.forget()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_the_detail_costs_the_same_for_2_and_12_exhibits(client, demo_site, story):
    small = build_show(demo_site, story, exhibits=2, slug="small")
    large = build_show(demo_site, story, exhibits=12, slug="large")

    assert count_queries(client, f"/api/v1/exhibitions/{small.pk}") == count_queries(
        client, f"/api/v1/exhibitions/{large.pk}"
    )


def test_venues_in_the_asked_language_and_only_published(client, demo_site):
    hidden = VenueFactory(live=False, code="hidden")

    data = client.get("/api/v1/venues?locale=ru").json()

    VenueList.model_validate(data)
    codes = {item["code"] for item in data["items"]}
    assert {"moscow", "istanbul", "seoul", "yekaterinburg"} <= codes
    assert hidden.code not in codes
    moscow = next(item for item in data["items"] if item["code"] == "moscow")
    assert moscow["locale"] == "ru"
    assert moscow["city"] == "Москва"
    assert moscow["country"]["code"] == "RU"


def test_conditional_get_and_gzip(client, show):
    url = f"/api/v1/exhibitions/{show.pk}"
    first = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert first["Content-Encoding"] == "gzip"
    assert "Accept-Language" in first["Vary"]

    again = client.get(url, HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=first["ETag"])

    assert again.status_code == 304


def test_a_changed_tour_stop_retires_the_cached_answer(client, show):
    url = f"/api/v1/exhibitions/{show.pk}"
    assert client.get(url).json()["tour"]["past"][0]["visitors"] == 420
    stop = show.tour_stops.get(status=TourStopStatus.HELD)
    stop.visitors = 500
    stop.save()

    assert client.get(url).json()["tour"]["past"][0]["visitors"] == 500


def test_the_cached_tour_is_kept_per_day(client, show, monkeypatch):
    """Past and coming stops depend on the date: tomorrow's answer is not today's."""
    url = f"/api/v1/exhibitions/{show.pk}"
    TourStopFactory(exhibition=show, venue=VenueFactory(), starts_on=days(-5), ends_on=days(0))
    assert len(client.get(url).json()["tour"]["coming"]) == 2
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    monkeypatch.setattr(timezone, "now", lambda: tomorrow)

    assert len(client.get(url).json()["tour"]["coming"]) == 1


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/exhibitions?colour=red",
        "/api/v1/exhibitions/99999999999",
        "/api/v1/venues?locale=de",
    ],
)
def test_bad_requests_are_problem_documents(client, demo_site, url):
    response = client.get(url)

    assert response.status_code in {400, 404}
    assert response["Content-Type"] == "application/problem+json"


def test_venue_in_source_language_only_for_tour_stops(demo_site, show):
    from django.core.exceptions import ValidationError

    ru = Venue.objects.filter(locale=Locale.objects.get(language_code="ru")).first()
    stop = TourStopFactory.build(
        exhibition=show, venue=ru, status=TourStopStatus.PLANNED, visitors=3
    )
    with pytest.raises(ValidationError) as error:
        stop.full_clean()
    assert set(error.value.message_dict) == {"venue", "visitors"}


def test_a_section_draft_is_previewed_within_its_exhibition(client, show, story):
    from cms.api.preview_tokens import make_token

    page = show.sections().first().specific
    exhibit = page.exhibits.first()
    exhibit.title = "Жаңы аталыш"
    withheld = ImageFactory(release_status=ReleaseStatus.PENDING)
    page.exhibits = [exhibit, *page.exhibits.all()[1:]]
    draft = page.exhibits.all()[1]
    draft.image = withheld
    page.save_revision()

    data = client.get("/api/v1/preview", {"token": make_token(page)}).json()

    assert data["type"] == "exhibitions.ExhibitionPage", "the section is shown in its exhibition"
    assert data["id"] == show.pk
    exhibits = data["sections"][0]["exhibits"]
    assert exhibits[0]["title"] == "Жаңы аталыш"
    assert exhibits[1]["image"] is None, "a photo that may not be public stays out"
    assert detail(client, show)["sections"][0]["exhibits"][0]["title"] != "Жаңы аталыш"
