"""In Chromium: an SMM manager writes a story's posts and looks at them as each channel shows them.

The manager's admin speaks Kyrgyz. On the story's "Social" tab the counter under each
text follows the typing; an Instagram text over the limit turns it red and sending the
story for review is refused with the reason; shortened, the text is saved. The preview
panel then shows the post in each channel's mode, photographed on a phone and on a
laptop, with the rendered sizes measured; a Russian story is previewed in Russian.

The walk runs against the app served inside this test's transaction (in-memory SQLite
only); the screenshots go to ``SOCIAL_SHOTS_DIR`` (a temporary folder unless set).
playwright-core is pinned in ``tests/contests/browser/package-lock.json`` and drives
the system's Chromium.
"""

import json
import os
import subprocess
from pathlib import Path

import pytest

from django.utils import translation

from wagtail.models import Locale
from wagtail.users.models import UserProfile

from cms.editorial import SMM_MANAGERS
from social.channels import CHANNELS, CROPS, LinkPlacement
from social.compose import compose
from social.counting import count
from social.kinds import for_model
from social.panels import room_per_channel
from social.rules import social_text_refusals
from stories.models import StoryTheme, SuccessStoryPage
from tests.accounts.factories import PASSWORD, UserFactory
from tests.api.conftest import ky_index  # noqa: F401  (fixture)
from tests.api.test_typed_client import api_server  # noqa: F401  (fixture)
from tests.contests.test_browser import BROWSER_DIR as CONTESTS_BROWSER_DIR
from tests.contests.test_browser import NODE, NPM, pytestmark  # noqa: F401
from tests.stories.factories import SuccessStoryPageFactory

from .factories import CampaignThemePageFactory, CreditedImageFactory, KeyMessageFactory
from .samples import FLAG, WAVE, text_of

SCRIPT = Path(__file__).resolve().parent / "browser" / "social.js"
TELEGRAM_TEXT = f"Мекендештер Ысык-Көлдөгү айылга мектеп курушту {FLAG} Кошулуңуз!"
TITLE_KY = "Стамбулдагы мекендештер Ак-Суу айылына жаңы мектеп курушту"
TITLE_RU = "Соотечественники из Стамбула построили новую школу в селе Ак-Суу"


def _translate(page, locale, **fields):
    copy = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return copy


@pytest.fixture
def social_walk(demo_site, ky_index):  # noqa: F811
    image = CreditedImageFactory()
    themes = [
        CampaignThemePageFactory(
            parent=demo_site,
            title="Мекенге инвестиция",
            hashtags="#Мекендеш #InvestInKyrgyzstan #АтаЖурт",
        ),
        CampaignThemePageFactory(
            parent=demo_site,
            title="Билим берүү",
            hashtags="#Билим #Диаспора #Кыргызстан",
        ),
    ]
    for theme, message in zip(
        themes,
        [
            "Ар бир салым адамдардын жашоосун жакшыртат.",
            "Мектеп курган мекендештер балдарга келечек берет.",
        ],
        strict=True,
    ):
        KeyMessageFactory(page=theme, message=message)
    story = SuccessStoryPageFactory(
        parent=ky_index,
        title=TITLE_KY,
        slug="ак-суу-мектеп",
        standfirst=(
            "Түркиядагы кыргыз диаспорасы 40 миң доллар чогултуп, Ак-Суу айылында 120 "
            "окуучуга арналган мектептин курулушун бүтүрдү."
        ),
        hero_image=image,
    )
    for theme in themes:
        StoryTheme.objects.create(page=story, theme=theme, locale=story.locale)
    story.save_revision().publish()
    russian = Locale.objects.get(language_code="ru")
    for theme, message in zip(
        themes,
        [
            "Каждый вклад меняет жизнь людей к лучшему.",
            "Соотечественники, построившие школу, дают детям будущее.",
        ],
        strict=True,
    ):
        ru_theme = _translate(theme, russian, title=f"{theme.title} (ru)")
        ru_theme.key_messages.update(message=message)
    ru_story = _translate(
        story,
        russian,
        title=TITLE_RU,
        standfirst=(
            "Кыргызская диаспора в Турции собрала 40 тысяч долларов и достроила в селе "
            "Ак-Суу школу на 120 учеников."
        ),
    )
    manager = UserFactory(username="walk-smm", groups=[SMM_MANAGERS])
    UserProfile.objects.update_or_create(user=manager, defaults={"preferred_language": "ky"})
    return {"story": SuccessStoryPage.objects.get(pk=story.pk), "ru_story": ru_story}


def expected(page, code) -> dict:
    """What the preview of ``code`` must show for ``page``, from the package itself."""
    channel = CHANNELS[code]
    package = compose(for_model(type(page)).source(page, None), channel)
    shown, rest = package.folded()
    width, height = CROPS[channel.image_size]
    return {
        "ratio": width / height,
        "card_ratio": CROPS["link_card"][0] / CROPS["link_card"][1],
        "shown": shown,
        "folds": bool(rest),
        "hashtags": package.hashtags,
        "max_hashtags": channel.max_hashtags,
        "credit": package.credit,
        "card": channel.link in (LinkPlacement.ATTACHMENT,) or code == "facebook",
    }


def test_an_smm_manager_writes_and_previews_posts_in_chromium(
    tmp_path,
    social_walk,
    api_server,  # noqa: F811
):
    subprocess.run(
        [NPM, "ci", "--no-audit", "--no-fund", "--prefer-offline"],
        cwd=CONTESTS_BROWSER_DIR,
        check=True,
        capture_output=True,
        timeout=300,
    )
    shots = Path(os.environ.get("SOCIAL_SHOTS_DIR", tmp_path / "shots"))
    shots.mkdir(parents=True, exist_ok=True)
    story, ru_story = social_walk["story"], social_walk["ru_story"]
    room = {row["code"]: row["room"] for row in room_per_channel(story)}
    over = text_of(room["instagram"] + 60, "ky") + " " + WAVE
    fixed = text_of(room["instagram"] - 40, "ky")
    plan = {
        "server": api_server,
        "shots": str(shots),
        "username": "walk-smm",
        "password": PASSWORD,
        "story": story.pk,
        "ru_story": ru_story.pk,
        "telegram": TELEGRAM_TEXT,
        "instagram_over": over,
        "instagram_fixed": fixed,
        "channels": list(CHANNELS),
    }
    result = subprocess.run(
        [NODE, str(SCRIPT), json.dumps(plan)],
        cwd=CONTESTS_BROWSER_DIR,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)

    # The counter follows the typing, counting as the channel counts.
    assert seen["telegram_counter"]["before"] == f"0 / {room['telegram']}"
    assert seen["telegram_counter"]["after"].startswith(
        f"{count(TELEGRAM_TEXT, 'utf16')} / {room['telegram']}"
    )
    assert not seen["telegram_counter"]["over"]
    instagram = seen["instagram_counter"]
    assert instagram["over"]
    assert instagram["invalid"] == "true"
    length = count(over, "utf16")
    assert instagram["text"].startswith(
        f"{length} / {room['instagram']} (+{length - room['instagram']})"
    )
    assert instagram["color"] != seen["telegram_counter"]["color"]

    # Sending for review is refused, with the reason in the manager's language.
    draft = story.get_latest_revision_as_object()
    draft.social_texts = [("telegram", TELEGRAM_TEXT), ("instagram", over)]
    with translation.override("ky"):
        reasons = [refusal.message for refusal in social_text_refusals(draft)]
    assert len(reasons) == 1
    assert "Instagram" in reasons[0]
    assert reasons[0] in seen["refusal"], seen["refusal"]
    assert not story.workflow_states.exists()

    # Shortened and saved: the texts are in the page's latest draft.
    story = SuccessStoryPage.objects.get(pk=story.pk)
    texts = {
        block.block_type: block.value
        for block in story.get_latest_revision_as_object().social_texts
    }
    history = [
        (r.pk, r.created_at, len(str(r.content.get("social_texts", ""))))
        for r in story.revisions.order_by("created_at")
    ]
    assert texts == {"telegram": TELEGRAM_TEXT, "instagram": fixed}, history
    assert seen["fixed_counter"]["over"] is False
    assert seen["saved_messages"], "the save is confirmed"
    assert reasons[0] not in seen["saved_messages"], "no warning about the text since shortened"
    saved = story.get_latest_revision_as_object()
    assert social_text_refusals(saved) == []

    # Each channel's preview, as a phone shows it.
    for code in CHANNELS:
        facts, want = seen["previews"][code], expected(saved, code)
        assert facts["lang"] == "ky", code
        assert not facts["overflows"], f"{code}: the post is wider than the phone"
        assert facts["photo_loaded"] or facts["card_loaded"], code
        if facts["photo"]:
            assert facts["photo"]["ratio"] == pytest.approx(want["ratio"], rel=0.02), code
        if want["card"]:
            assert facts["card_title"] == TITLE_KY, code
            assert facts["card_domain"].lower() == "portal.example", code
            assert facts["card_image"]["ratio"] == pytest.approx(want["card_ratio"], rel=0.02)
        else:
            assert facts["card_title"] is None, f"{code}: a photo post unfurls no card"
        if code in ("telegram", "whatsapp"):
            assert "portal.example/ky/" in facts["text"], code
        assert len(facts["tags"]) <= want["max_hashtags"], code
        assert facts["tags"] == want["hashtags"], code
        assert want["credit"] in facts["expanded_text"], f"{code}: the credit line"
        assert "CC BY 4.0" in want["credit"]
        if want["folds"]:
            assert facts["shown"] == want["shown"].replace("\n", ""), code
            assert facts["more"], code
            assert want["credit"] not in facts["folded_text"], code
        else:
            assert not facts["more"], code
    instagram = seen["previews"]["instagram"]
    assert instagram["shown"] == fixed[: len(instagram["shown"])]
    assert len(instagram["shown"]) <= CHANNELS["instagram"].fold
    assert instagram["more"] == "… дагы"
    assert "🔗 Шилтеме профилде" in instagram["expanded_text"]

    # The Russian story speaks Russian in every part of the mock-up.
    for code in ("instagram", "vk"):
        facts = seen["ru_previews"][code]
        assert facts["lang"] == "ru", code
        assert not facts["overflows"], code
    assert seen["ru_previews"]["instagram"]["more"] == "… ещё"
    assert seen["ru_previews"]["vk"]["card_title"] == TITLE_RU

    names = sorted(p.name for p in shots.iterdir())
    for code in CHANNELS:
        assert f"phone-ky-{code}.png" in names
        assert f"desktop-ky-{code}.png" in names
    assert {"01-editor.png", "02-social-tab.png", "03-instagram-over.png"} <= set(names)
    assert {"04-refused.png", "05-saved.png", "phone-ru-instagram.png"} <= set(names)
