import pytest

from wagtail.models import Page

from cms.demo.translation import translate
from cms.models import HomePage

from .factories import HomePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def root():
    return Page.get_first_root_node()


def test_slug_from_a_kyrgyz_title_keeps_its_letters(root):
    page = HomePage(title="Өнөр көргөзмөсү жана ңы", central_theme="Тема")
    root.add_child(instance=page)
    assert page.slug == "өнөр-көргөзмөсү-жана-ңы"
    assert page.url_path.endswith("/өнөр-көргөзмөсү-жана-ңы/")


def test_translated_page_keeps_the_translators_unicode_slug(
    root, locales, django_capture_on_commit_callbacks
):
    page = HomePageFactory(parent=root, title="Сүрөт көргөзмөсү", slug="сүрөт-көргөзмөсү")
    memory = {
        "Сүрөт көргөзмөсү": "Фотовыставка",
        "сүрөт-көргөзмөсү": "фотовыставка-мекендеш-үңкүр",
        page.central_theme: "Инвестиции улучшают жизнь!",
    }
    with django_capture_on_commit_callbacks(execute=True):
        translated = translate(page, "ru", memory)
    translated.refresh_from_db()
    assert translated.locale == locales["ru"]
    assert translated.slug == "фотовыставка-мекендеш-үңкүр"
    assert translated.live
    assert translated.get_latest_revision().as_object().slug == translated.slug

    with django_capture_on_commit_callbacks(execute=True):
        again = translate(page, "ru", memory)
    assert again.pk == translated.pk
    assert Page.objects.get(pk=again.pk).slug == "фотовыставка-мекендеш-үңкүр"


def test_slug_an_editor_sets_on_the_translation_is_kept(root, django_capture_on_commit_callbacks):
    page = HomePageFactory(parent=root, title="Жаңылыктар", slug="жаңылыктар")
    memory = {"Жаңылыктар": "Новости", "жаңылыктар": "новости-ң", page.central_theme: "Тема"}
    with django_capture_on_commit_callbacks(execute=True):
        translated = translate(page, "ru", memory)
    translated.slug = "свежие-новости"
    translated.save()
    assert Page.objects.get(pk=translated.pk).slug == "свежие-новости"
