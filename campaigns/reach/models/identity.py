"""What makes two records the same activity, kept as a fingerprint the database holds unique.

The same activity is one reporter's record of one campaign, on the same days, of what took place
(the title, compared without case, diacritics or extra spaces), in the same setting and place
(county or country, venue type), for the same audience. The figures are left out on purpose: a
spreadsheet uploaded again with a figure corrected holds the same activities, and importing them
again would count them twice. Two real sessions of one day differ in where or for whom they took
place, or are told apart in the title ("... at the Carmen Sylva high school"), as the form and
the import ask.

The fingerprint is a hash of those values, not a unique index over the columns, because "the
same title" is decided by `fold`, which SQL cannot do the same way on SQLite and PostgreSQL.
"""

import hashlib
import re
import unicodedata

#: The fields the fingerprint is made of; a change to any of them changes it.
IDENTITY_FIELDS = (
    "regional_centre",
    "consular_post",
    "campaign",
    "title",
    "start_date",
    "end_date",
    "setting",
    "county",
    "country",
    "venue_type",
    "audience",
)


def fold(text):
    """Text as compared: no case, no diacritics (ș = ş = s), `_` and `-` read as spaces."""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(char for char in text if not unicodedata.combining(char)).casefold()
    return " ".join(re.split(r"[\s_\-]+", text)).strip()


def fingerprint(activity):
    """The SHA-256 of the activity's identity, as 64 hexadecimal digits."""
    parts = (
        activity.regional_centre_id,
        activity.consular_post_id,
        activity.campaign_id,
        fold(activity.title or ""),
        activity.start_date and activity.start_date.isoformat(),
        activity.end_date and activity.end_date.isoformat(),
        activity.setting,
        activity.county,
        activity.country,
        activity.venue_type,
        activity.audience_id,
    )
    text = "\x1f".join("" if part is None else str(part) for part in parts)
    return hashlib.sha256(text.encode()).hexdigest()
