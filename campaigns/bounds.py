"""The largest value each count may take: one table for the forms, the import and the database.

A count past its bound is a typing error (a beneficiaries figure of 9223372036854775807), never
a real activity, and one such value used to break every roll-up, period page and export that
summed it. The bounds are generous: a real figure never meets one, a slip of the keyboard always
does.

Why a sum cannot overflow: the largest bound is ONLINE_AUDIENCE (10**9) and a sum is computed as
a 64-bit integer (SQLite's only integer; PostgreSQL sums an `integer` column as `bigint`), which
holds 9.2 * 10**18. Overflowing it takes more than 9 * 10**9 records at the bound, while the
roll-up benchmark's largest dataset is 250,000 activities over ten years and ANITP records about
2,000 a year. A ratio's numerator and denominator are summed separately, never multiplied in SQL.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.deconstruct import deconstructible
from django.utils.formats import number_format
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

#: People reached, asked, trained or informed, and calls: half of Romania's population.
PEOPLE = 10_000_000
#: Printed copies handed out by one activity: many times ANITP's yearly print run.
COPIES = 10_000_000
#: Companies, associations and diplomatic missions taking part in one activity.
ORGANISATIONS = 100_000
#: Posts published or training sessions held as one activity.
SESSIONS = 100_000
#: Likes, shares, interactions and users reached online: a post seen around the world can reach
#: hundreds of millions, so a thousand million, still below 2**31 (PostgreSQL's `integer`).
ONLINE_AUDIENCE = 1_000_000_000
#: Copies of one material in one language on an order or a distribution report.
LINE_COPIES = 1_000_000

#: The bound of every figure of an activity, by field name.
ACTIVITY_FIGURES = {
    "beneficiaries": PEOPLE,
    "beneficiaries_minors": PEOPLE,
    "beneficiaries_adults": PEOPLE,
    "materials_distributed": COPIES,
    "hotline_referrals": PEOPLE,
    "tollfree_calls": PEOPLE,
    "calls_from_foreigners": PEOPLE,
    "potential_clients_informed": PEOPLE,
    "companies_involved": ORGANISATIONS,
    "companies_adopting_policies": ORGANISATIONS,
    "associations_involved": ORGANISATIONS,
    "diplomatic_missions_involved": ORGANISATIONS,
    "social_posts": SESSIONS,
    "social_likes": ONLINE_AUDIENCE,
    "social_shares": ONLINE_AUDIENCE,
    "social_interactions": ONLINE_AUDIENCE,
    "social_unique_reach": ONLINE_AUDIENCE,
    "children_surveyed": PEOPLE,
    "children_naming_two_risks": PEOPLE,
    "carers_surveyed": PEOPLE,
    "carers_naming_three_indicators": PEOPLE,
    "training_sessions": SESSIONS,
    "teachers_trained": PEOPLE,
}
#: The counts of a consular post's distribution report.
REPORT_COUNTS = {"people_reached": PEOPLE, "associations_involved": ORGANISATIONS}


def formatted(limit):
    """The bound as the reader writes numbers: 10,000,000 in English, 10.000.000 in Romanian."""
    return number_format(limit, force_grouping=True)


def _too_large_message(limit):
    return _("At most %(limit)s: a larger number cannot be right. Check it for a typing error.") % {
        "limit": formatted(limit)
    }


#: The message for a count past `limit`, in the language active when it is shown.
too_large_message = lazy(_too_large_message, str)


@deconstructible
class AtMost(MaxValueValidator):
    """A MaxValueValidator whose message gives the bound with thousands separators."""

    def __call__(self, value):
        if value is not None and value > self.limit_value:
            raise ValidationError(too_large_message(self.limit_value), code="max_value")


def bound_checks(table, maxima):
    """One CheckConstraint per count, named after it so a refused write says which one.

    NULL ("not collected") passes, as SQL's CHECK lets an unknown through.
    """
    return [
        models.CheckConstraint(
            condition=models.Q(**{f"{name}__lte": limit}), name=f"{table}_{name}_bound"
        )
        for name, limit in maxima.items()
    ]
