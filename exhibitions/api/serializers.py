"""Exhibitions and their tour as the API shows them, in a fixed number of queries.

A draft person or place, a story the public may not read, a photo without a release
are left out (``lookups``). Everything an exhibition shows is loaded per kind, once,
whatever its size.
"""

from django.db.models import Prefetch
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import Page

from cms.api.frontend import frontend_url
from cms.api.visibility import visible_pages
from cms.blocks.api import plain_text_excerpt, render_rich_texts
from cms.blocks.providers import UnsupportedURL, parse_audio_url, parse_video_url
from media_library.public import absolute_media_url, image_object, public_documents
from social.seo import seo_block
from stories.api.serializers import place_out
from stories.models import Person, Place, SuccessStoryPage

from ..enums import TourStopStatus
from ..links import short_url
from ..models import Exhibit, ExhibitionSection, ShortLink, TourStop, Venue
from ..targets import anchor
from .lookups import best_of_stored, public_images_by_id, stream_ids
from .venues import venues_out


def held_counts(exhibition_keys) -> dict:
    """Exhibition translation key → number of published stops held."""
    counts: dict = {}
    stops = TourStop.objects.filter(
        live=True, status=TourStopStatus.HELD, exhibition__translation_key__in=exhibition_keys
    ).values_list("exhibition__translation_key", flat=True)
    for key in stops:
        counts[key] = counts.get(key, 0) + 1
    return counts


def summaries(exhibitions, language: str, request) -> list[dict]:
    images = public_images_by_id(e.cover_image_id for e in exhibitions)
    held = held_counts([e.translation_key for e in exhibitions])
    return [summary(e, language, request, images, held) for e in exhibitions]


def summary(exhibition, language: str, request, images: dict, held: dict) -> dict:
    code = exhibition.locale.language_code
    cover = images.get(exhibition.cover_image_id)
    return {
        "id": exhibition.pk,
        "type": "exhibitions.ExhibitionPage",
        "locale": code,
        "requested_locale": language,
        "is_fallback": code != language,
        "slug": exhibition.slug,
        "title": exhibition.title,
        "year": exhibition.year,
        "url": frontend_url(exhibition, request),
        "excerpt": plain_text_excerpt(exhibition.introduction),
        "cover_image": image_object(cover, code) if cover else None,
        "stops_held": held.get(exhibition.translation_key, 0),
    }


class ExhibitionSerializer:
    """One exhibition's detail: sections, exhibits and tour, each kind loaded once."""

    def __init__(self, exhibition, language: str, chain: list[str], request=None, sections=None):
        """``sections``: shown instead of the published ones (a preview's draft)."""
        self.exhibition = exhibition
        self.language = language
        self.code = exhibition.locale.language_code
        self.chain = chain
        self.request = request
        exhibits = Exhibit.objects.order_by("sort_order", "pk")
        self.sections = (
            sections
            if sections is not None
            else list(
                visible_pages(ExhibitionSection.objects.child_of(exhibition))
                .order_by("path")
                .prefetch_related(Prefetch("exhibits", queryset=exhibits))
            )
        )
        self.stops = list(
            TourStop.objects.filter(
                live=True, exhibition__translation_key=exhibition.translation_key
            )
            .select_related("venue")
            .order_by("starts_on", "pk")
        )
        self._load_related()

    def _load_related(self):
        exhibits = [e for s in self.sections for e in s.exhibits.all()]
        self.exhibits = exhibits
        photo_ids = [pid for stop in self.stops for pid in stream_ids(stop.opening_photos)]
        self.images = public_images_by_id(
            [e.image_id for e in exhibits] + photo_ids + [self.exhibition.cover_image_id]
        )
        chain = self.chain
        self.people = best_of_stored(
            Person,
            [pid for e in exhibits for pid in stream_ids(e.people)],
            chain,
            Person.objects.filter(live=True).select_related("locale"),
        )
        self.places = best_of_stored(
            Place, [e.place_id for e in exhibits], chain, Place.objects.filter(live=True)
        )
        self.stories = best_of_stored(
            SuccessStoryPage,
            [e.story_id for e in exhibits],
            chain,
            visible_pages(SuccessStoryPage.objects.defer_streamfields()),
        )
        document_ids = {e.audio_document_id for e in exhibits if e.audio_document_id}
        self.documents = (
            {
                d.pk: d
                for d in public_documents(get_document_model().objects.filter(pk__in=document_ids))
            }
            if document_ids
            else {}
        )
        keys = [e.translation_key for e in exhibits]
        self.codes = (
            dict(ShortLink.objects.filter(exhibit_key__in=keys).values_list("exhibit_key", "code"))
            if keys
            else {}
        )
        self.venues = best_of_stored(
            Venue, [s.venue_id for s in self.stops], chain, Venue.objects.filter(live=True)
        )

    def image(self, image_id) -> dict | None:
        image = self.images.get(image_id)
        return image_object(image, self.code) if image else None

    def detail(self) -> dict:
        exhibition = self.exhibition
        held = {
            exhibition.translation_key: sum(s.status == TourStopStatus.HELD for s in self.stops)
        }
        introduction, curator_text, credits, *intros = render_rich_texts(
            [
                exhibition.introduction,
                exhibition.curator_text,
                exhibition.credits,
                *(section.introduction for section in self.sections),
            ],
            self.code,
        )
        head = summary(exhibition, self.language, self.request, self.images, held)
        translations = self.translations()
        return {
            **head,
            "introduction": introduction,
            "curator_text": curator_text,
            "credits": credits,
            "sections": [
                {
                    "id": section.pk,
                    "slug": section.slug,
                    "title": section.title,
                    "introduction": intro,
                    "exhibits": [self.exhibit(e) for e in section.exhibits.all()],
                }
                for section, intro in zip(self.sections, intros, strict=True)
            ],
            "tour": self.tour(),
            "translations": translations,
            "seo": seo_block(
                exhibition,
                description=head["excerpt"],
                image=self.images.get(exhibition.cover_image_id),
                canonical_url=head["url"],
                translations=translations,
            ),
        }

    def exhibit(self, exhibit) -> dict:
        code = self.codes.get(exhibit.translation_key)
        place = self.places.get(exhibit.place_id)
        story = self.stories.get(exhibit.story_id)
        people = [self.people[pid] for pid in stream_ids(exhibit.people) if pid in self.people]
        return {
            "id": exhibit.pk,
            "key": str(exhibit.translation_key),
            "code": code,
            "short_url": short_url(code) if code else None,
            "anchor": anchor(code) if code else None,
            "locale": self.code,
            "title": exhibit.title,
            "caption": exhibit.caption,
            "image": self.image(exhibit.image_id),
            "year": exhibit.year,
            "people": [
                {"id": p.pk, "name": p.name, "role": p.role, "locale": p.locale.language_code}
                for p in people
            ],
            "place": place_out(place) if place else None,
            "story": {
                "id": story.pk,
                "locale": story.locale.language_code,
                "slug": story.slug,
                "title": story.title,
                "url": frontend_url(story, self.request),
            }
            if story
            else None,
            "audio": self.audio(exhibit),
            "video": self.video(exhibit),
        }

    def audio(self, exhibit) -> dict | None:
        document = self.documents.get(exhibit.audio_document_id)
        if document is not None:
            url = absolute_media_url(document.url)
            return {"kind": "file", "provider": "file", "url": url, "embed_url": None}
        if not exhibit.audio_url:
            return None
        try:
            embed = parse_audio_url(exhibit.audio_url)
        except UnsupportedURL:
            return None
        return {
            "kind": "embed",
            "provider": embed.provider,
            "url": exhibit.audio_url,
            "embed_url": embed.embed_url,
        }

    def video(self, exhibit) -> dict | None:
        if not exhibit.video_url:
            return None
        try:
            embed = parse_video_url(exhibit.video_url)
        except UnsupportedURL:
            return None
        if embed.provider != "youtube":
            return None
        return {"provider": "youtube", "url": exhibit.video_url, "embed_url": embed.embed_url}

    def tour(self) -> dict:
        today = timezone.localdate()
        venues = [self.venues[s.venue_id] for s in self.stops if s.venue_id in self.venues]
        shown = {v.pk: out for v, out in zip(venues, venues_out(venues, self.chain), strict=True)}
        stops = [
            self.stop(stop, shown[self.venues[stop.venue_id].pk])
            for stop in self.stops
            if stop.venue_id in self.venues
        ]
        return {
            "past": [s for s in reversed(stops) if s["ends_on"] < today],
            "coming": [s for s in stops if s["ends_on"] >= today],
        }

    def stop(self, stop, venue: dict) -> dict:
        return {
            "id": stop.pk,
            "venue": venue,
            "starts_on": stop.starts_on,
            "ends_on": stop.ends_on,
            "status": stop.status,
            "visitors": stop.visitors if stop.status == TourStopStatus.HELD else None,
            "opening_photos": [
                self.image(pid) for pid in stream_ids(stop.opening_photos) if pid in self.images
            ],
            "is_example": stop.is_example,
        }

    def translations(self) -> list[dict]:
        pages = (
            visible_pages(Page.objects.filter(translation_key=self.exhibition.translation_key))
            .select_related("locale")
            .order_by("locale_id")
        )
        return [
            {
                "locale": page.locale.language_code,
                "id": page.pk,
                "slug": page.slug,
                "url": frontend_url(page, self.request),
            }
            for page in pages
        ]
