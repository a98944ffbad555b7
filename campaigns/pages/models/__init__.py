from .audience import AudiencePage
from .base import BasePage
from .home import HomePage

__all__ = ["AudiencePage", "BasePage", "HomePage"]
