from .themes import CampaignThemePage, KeyMessage

__all__ = ["CampaignThemePage", "KeyMessage"]
