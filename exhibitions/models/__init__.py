from .links import ScanCount, ShortLink
from .pages import Exhibit, ExhibitionPage, ExhibitionSection
from .tour import TourStop, Venue

__all__ = [
    "Exhibit",
    "ExhibitionPage",
    "ExhibitionSection",
    "ScanCount",
    "ShortLink",
    "TourStop",
    "Venue",
]
