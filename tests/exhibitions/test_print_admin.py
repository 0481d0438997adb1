"""The "Print files" screen: who may use it, what it offers, what the files hold."""

import io

import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.users.models import UserProfile

from cms.editorial import CONTENT_MANAGERS, COORDINATING_EDITORS, PHOTOGRAPHERS, TRANSLATORS
from exhibitions.links import short_url
from exhibitions.models import ExhibitionPage, ShortLink
from exhibitions.print.adapters import printable_exhibition
from media_library.enums import ReleaseStatus
from tests.stories.factories import ImageFactory

from . import factories

TITLE = "Мекендин өңү: үйгө кайткан үмүт"


def user_in(group_name, username):
    user = get_user_model().objects.create_user(username=username, password="pw")
    user.groups.add(Group.objects.get(name=group_name))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def exhibition(demo_site):
    page = factories.exhibition(demo_site, title=TITLE, slug="print-test-exhibition")
    factories.section(
        page,
        [
            {"title": "Көлдүн жээгиндеги үңкүр", "caption": "Өмүрбек тепличке курду."},
            {"title": "Үй-бүлөлүк наабайкана"},
        ],
        title="Үйгө кайтуу",
        slug="print-test-section",
    )
    withdrawn = ImageFactory()
    factories.section(
        page,
        [{"title": "Уруксатсыз сүрөт", "image": withdrawn}],
        title="Айыл",
        slug="print-village",
    )
    # The people pictured withdrew their consent after the section was published.
    withdrawn.release_status = ReleaseStatus.REFUSED
    withdrawn.save()
    return page


@pytest.fixture
def stop(exhibition):
    return factories.TourStopFactory(
        exhibition=exhibition, venue__code="print-test", is_example=True
    )


def screen(page):
    return reverse("exhibitions_print_files", args=[page.pk])


def download(page, kind, **params):
    query = {"language": "all", "label_size": "A6", "poster_size": "A3", **params}
    url = reverse("exhibitions_print_download", args=[page.pk, kind])
    return url, query


def pdf_of(response):
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    return response.content


def text_of(pdf):
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def qr_on(pdf, page=0):
    document = pypdfium2.PdfDocument(pdf)
    try:
        bitmap = document[page].render(scale=4).to_pil()
    finally:
        document.close()
    return [code.text for code in zxingcpp.read_barcodes(bitmap)]


@pytest.mark.django_db
@pytest.mark.parametrize("group", [COORDINATING_EDITORS, CONTENT_MANAGERS])
def test_editors_of_the_page_see_the_screen_and_the_header_button(client, exhibition, group):
    client.force_login(user_in(group, "someone"))

    response = client.get(screen(exhibition))
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[exhibition.pk]))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Labels (one per page)" in html
    assert "Catalogue (A4)" in html
    assert "Уруксатсыз сүрөт" in html  # left out: no recorded release
    assert screen(exhibition) in edit.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("group", [TRANSLATORS, PHOTOGRAPHERS])
def test_people_who_cannot_edit_the_page_are_refused(client, exhibition, stop, group):
    client.force_login(user_in(group, "someone"))
    url, query = download(exhibition, "catalogue")

    assert client.get(screen(exhibition)).status_code == 403
    assert client.get(url, query).status_code == 403
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[exhibition.pk]))
    assert screen(exhibition) not in edit.content.decode()


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_sign_in(client, exhibition):
    response = client.get(screen(exhibition))

    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]


@pytest.mark.django_db
def test_a_page_that_is_not_an_exhibition_is_not_found(client, demo_site):
    client.force_login(user_in(COORDINATING_EDITORS, "coordinator"))

    # Admin paths that are not found end on the language-prefixed 404 (LocaleMiddleware).
    assert client.get(screen(demo_site), follow=True).status_code == 404
    missing = reverse("exhibitions_print_files", args=[999999])
    assert client.get(missing, follow=True).status_code == 404


@pytest.mark.django_db
def test_labels_for_a_venue_carry_the_short_link_with_the_venue(client, exhibition, stop):
    client.force_login(user_in(COORDINATING_EDITORS, "coordinator"))
    url, query = download(exhibition, "labels", venue=stop.venue.pk, label_size="A5")

    pdf = pdf_of(client.get(url, query))

    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) == 2  # the exhibit without a release is left out
    assert [
        round(float(pages[0].mediabox.width), 2),
        round(float(pages[0].mediabox.height), 2),
    ] == [
        419.53,
        595.28,
    ]
    first = exhibition.sections().first().exhibits.order_by("sort_order").first()
    link = ShortLink.objects.get(exhibit_key=first.translation_key)
    assert qr_on(pdf) == [f"{short_url(link.code)}?v=print-test"]
    assert "Көлдүн жээгиндеги үңкүр" in text_of(pdf)
    assert "Уруксатсыз сүрөт" not in text_of(pdf)


@pytest.mark.django_db
def test_catalogue_and_poster_downloads(client, exhibition, stop):
    client.force_login(user_in(COORDINATING_EDITORS, "coordinator"))
    catalogue_url, query = download(exhibition, "catalogue", language="ky")
    poster_url, poster_query = download(exhibition, "poster", stop=stop.pk)

    catalogue = pdf_of(client.get(catalogue_url, query))
    poster = pdf_of(client.get(poster_url, poster_query))

    assert TITLE in text_of(catalogue)
    # Cover, introduction is empty, two exhibit pages, the tour.
    assert len(PdfReader(io.BytesIO(catalogue)).pages) == 4
    assert stop.venue.name in text_of(catalogue)
    assert TITLE in text_of(poster)
    assert round(float(PdfReader(io.BytesIO(poster)).pages[0].mediabox.height), 2) == 1190.55


@pytest.mark.django_db
def test_a_stop_of_another_exhibition_or_nonsense_is_not_found(
    client, exhibition, stop, demo_site
):
    other = factories.exhibition(demo_site, title="Башка", slug="print-test-other")
    foreign = factories.TourStopFactory(exhibition=other)
    client.force_login(user_in(COORDINATING_EDITORS, "coordinator"))

    for value in (foreign.pk, "x", ""):
        url, query = download(exhibition, "poster", stop=value)
        assert client.get(url, query, follow=True).status_code == 404


@pytest.mark.django_db
def test_bad_choices_show_the_screen_again_with_the_error(client, exhibition):
    client.force_login(user_in(COORDINATING_EDITORS, "coordinator"))
    url, query = download(exhibition, "labels", language="fr", venue="999999")

    response = client.get(url, query)

    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


@pytest.mark.django_db
def test_gathering_the_exhibition_costs_the_same_queries_for_more_exhibits(demo_site):
    small = factories.exhibition(demo_site, title="Кичи", slug="print-test-small")
    factories.section(small, [{}, {}], slug="print-test-small-section")
    large = factories.exhibition(demo_site, title="Чоң", slug="print-test-large")
    factories.section(large, [{}, {}, {}, {}, {}, {}], slug="print-test-large-section")
    factories.section(large, [{}, {}, {}], slug="print-test-large-section-2", title="Экинчи")
    printable_exhibition(small)
    printable_exhibition(large)  # short links are made once, the first time

    with CaptureQueriesContext(connection) as few:
        printable_exhibition(small)
    with CaptureQueriesContext(connection) as many:
        printable_exhibition(large)

    assert len(printable_exhibition(large).exhibition.exhibits) == 9
    assert len(many) == len(few)


@pytest.mark.django_db
def test_the_demo_exhibition_prints_each_exhibit_in_its_three_languages(client):
    demo = ExhibitionPage.objects.get(locale__language_code="ky", slug="мекенге-көңүл")
    client.force_login(user_in(COORDINATING_EDITORS, "coordinator"))
    url, query = download(demo, "labels", language="all")

    pdf = pdf_of(client.get(url, query))

    text = text_of(pdf)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 8  # the eight Annex 2 cases
    assert "Түркиядагы кыргыз диаспорасы" in text
    assert "Кыргызская диаспора в Турции" in text
    assert "The Kyrgyz diaspora in Türkiye" in text
