from .audience import AudiencePage
from .base import BasePage
from .campaign import CampaignPage
from .campaign_index import CampaignIndexPage
from .home import HomePage

__all__ = ["AudiencePage", "BasePage", "CampaignIndexPage", "CampaignPage", "HomePage"]
