from .activity import Activity, Setting, VenueType
from .audit import FigureChange, acting_as
from .lines import ActivityMaterial
from .period import PeriodLocked, PeriodTransition, ReportingPeriod, semester_of

__all__ = [
    "Activity",
    "ActivityMaterial",
    "FigureChange",
    "PeriodLocked",
    "PeriodTransition",
    "ReportingPeriod",
    "Setting",
    "VenueType",
    "acting_as",
    "semester_of",
]
