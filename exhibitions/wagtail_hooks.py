from wagtail.snippets.models import register_snippet

from .viewsets import ExhibitionTourGroup

register_snippet(ExhibitionTourGroup)
