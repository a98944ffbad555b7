"""Load the demo activities: the real 2020 totals spread over activity records, and a few dozen
activities of the current semester.

`load_reach(stdout)` is called by `load_demo_data` once the campaigns, materials, consular posts
and demo accounts exist. The figures are `reach_content.py`; this module decides, with seeded
random generators, which centre did what, where and when, and splits every total exactly, so
the demo's sums are the report's figures to the unit.

The 2020 activities are seeded history: they are written with `bulk_create` (the loader must stay
fast: `make run`, the tests and the browser tests all load the demo), so `Activity.save` does not
run for them and they leave no `FigureChange` rows; the audit trail starts with the demo's own
edits. Their periods are then approved by the demo coordinator, with the submit and approve
transitions dated in 2020 and 2021 as a real review would have been. The current-semester
activities go through `Activity.save` (and so the lock check and the audit trail) like an
editor's entry.

Idempotent: a campaign's 2020 activities are written only if it has none for 2020, a centre's
current-semester activities for a campaign only if it has none there yet, and a period's review
is recorded only for a period with no review history, so a second run writes nothing and never
touches a locked period or a decision taken in the demo.
"""

import calendar
import datetime
import random
from collections import Counter
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from campaigns.materials.models import Material
from campaigns.pages.models import CampaignPage
from campaigns.posts.models import ConsularPost
from campaigns.reach.models import (
    Activity,
    ActivityMaterial,
    PeriodTransition,
    ReportingPeriod,
    Setting,
    acting_as,
    semester_of,
)
from campaigns.reach.models.identity import fold
from campaigns.taxonomy.models import Audience, RegionalCentre

from . import reach_content as content

COORDINATOR_USERNAME = "coordonator"
YEAR = 2020
# The last school day of a month when it was not the month's end: the closure of 11 March 2020
# and the winter holiday.
TERM_ENDS = {3: 10, 12: 18}
ORDINALS_RO = {2: "a doua", 3: "a treia", 4: "a patra", 5: "a cincea"}


def split_exactly(total, weights, minimum=1):
    """`total` split into len(weights) whole parts of at least `minimum`, summing to `total`.

    The part above the minimum follows the weights; the rounding remainder goes to the parts
    that lost most to rounding (largest remainder), so no unit is lost or invented.
    """
    if total < minimum * len(weights):
        raise ValueError(f"cannot split {total} into {len(weights)} parts of {minimum} or more")
    spare = total - minimum * len(weights)
    weight_sum = sum(weights)
    shares = [spare * weight / weight_sum for weight in weights]
    parts = [int(share) for share in shares]
    by_remainder = sorted(range(len(parts)), key=lambda i: parts[i] - shares[i])
    for index in by_remainder[: spare - sum(parts)]:
        parts[index] += 1
    return [part + minimum for part in parts]


def _spread(rng, counts):
    """A shuffled list holding each key as many times as `counts` says."""
    items = [key for key, count in counts.items() for _ in range(count)]
    rng.shuffle(items)
    return items


def _counts(total, weights):
    keys = list(weights)
    parts = split_exactly(total, [weights[key] for key in keys], minimum=0)
    return dict(zip(keys, parts, strict=True))


def _weekday(rng, year, month, first=1, last=None):
    last = last or calendar.monthrange(year, month)[1]
    while True:
        day = datetime.date(year, month, rng.randint(first, last))
        if day.weekday() < 5:
            return day


def _title(rng, venue, setting):
    titles = content.TITLES.get((venue, setting)) or content.TITLES[(venue, "any")]
    return rng.choice(titles)


@dataclass
class Planned:
    """One activity to write: its reporter by key, its audience and materials by key."""

    campaign: str
    centre: str = ""
    post: str = ""
    title: str = ""
    start_date: datetime.date = None
    end_date: datetime.date = None
    setting: str = Setting.URBAN
    county: str = ""
    venue_type: str = ""
    audience: str = "general-public"
    figures: dict = field(default_factory=dict)
    lines: list = field(default_factory=list)


def _ages(rng, venue, beneficiaries):
    """(minors, adults) where the split is usually known for that venue, else (None, None)."""
    if beneficiaries is None:
        return None, None
    if venue in ("school", "placement_centre"):
        adults = min(rng.randint(1, 3 if venue == "school" else 2), beneficiaries)
        return beneficiaries - adults, adults
    if venue in ("university", "workplace", "job_fair"):
        return 0, beneficiaries
    if venue == "community" and rng.random() < 0.5:
        minors = round(beneficiaries * rng.uniform(0.05, 0.25))
        return minors, beneficiaries - minors
    return None, None


def _with_figures(planned, beneficiaries, materials, rng):
    minors, adults = _ages(rng, planned.venue_type, beneficiaries)
    planned.figures.update(
        beneficiaries=beneficiaries,
        beneficiaries_minors=minors,
        beneficiaries_adults=adults,
        materials_distributed=materials,
    )


# 2020: "Dă-i libertate! Nu-i plăti exploatarea!" --------------------------------------------


def plan_libertate(rng):
    data = content.LIBERTATE
    posts = data["posts"]
    slug = data["slug"]
    centre_total = data["activities"] - posts["activities"]
    venues = _spread(rng, _counts(centre_total, {k: v[0] for k, v in data["venues"].items()}))
    centres = _spread(rng, _counts(centre_total, content.CENTRE_WEIGHTS))
    # Schools and universities work in term time: closed from March to mid-September 2020.
    in_term = sum(venue in ("school", "university") for venue in venues)
    term_months = _spread(rng, _counts(in_term, data["term_month_weights"]))
    other_months = _spread(
        rng, _counts(centre_total - in_term, dict(enumerate(data["month_weights"], 1)))
    )

    planned = []
    for venue, centre in zip(venues, centres, strict=True):
        in_school = venue in ("school", "university")
        month = (term_months if in_school else other_months).pop()
        first_day = 14 if in_school and month == 9 else 8 if month == 1 else 1
        last_day = TERM_ENDS.get(month) if in_school else None
        counties = content.CENTRE_COUNTIES[centre]
        rural = venue in ("school", "community", "other", "workplace") and (
            rng.random() < data["rural_share"]
        )
        setting = Setting.RURAL if rural else Setting.URBAN
        county = counties[0] if venue == "media" else rng.choice(counties)
        if venue in ("school", "placement_centre"):
            audience = "minors-parents"
        elif venue == "community" and rng.random() < 0.2:
            audience = "demand-reduction"
        else:
            audience = "general-public"
        planned.append(
            Planned(
                campaign=slug,
                centre=centre,
                title=_title(rng, venue, setting),
                start_date=_weekday(rng, YEAR, month, first=first_day, last=last_day),
                setting=setting,
                county=county,
                venue_type=venue,
                audience=audience,
            )
        )

    # Radio, television and press reach people nobody counts and hand out nothing: beneficiaries
    # are "not collected" (None), materials are 0. A few stands did not count either figure.
    counted = [item for item in planned if item.venue_type != "media" and not rng.random() < 0.02]
    with_materials = [
        item for item in planned if item.venue_type != "media" and not rng.random() < 0.02
    ]
    centre_beneficiaries = data["beneficiaries"] - posts["beneficiaries"]
    centre_materials = data["materials"] - posts["materials"]
    reached = dict(
        zip(
            map(id, counted),
            split_exactly(
                centre_beneficiaries,
                [data["venues"][i.venue_type][1] * rng.uniform(0.5, 1.5) for i in counted],
                minimum=3,
            ),
            strict=True,
        )
    )
    handed = dict(
        zip(
            map(id, with_materials),
            split_exactly(
                centre_materials,
                [data["venues"][i.venue_type][2] * rng.uniform(0.5, 1.5) for i in with_materials],
            ),
            strict=True,
        )
    )
    for item in planned:
        materials = handed.get(id(item), 0 if item.venue_type == "media" else None)
        _with_figures(item, reached.get(id(item)), materials, rng)
        if materials and rng.random() < 0.8:
            leaflets = min(materials, max(1, round(materials * rng.uniform(0.55, 0.75))))
            item.lines.append((data["leaflet"], "ro", leaflets))
            if materials > leaflets:
                item.lines.append((data["card"], "ro", materials - leaflets))
    return planned + _plan_libertate_posts(rng, data)


def _plan_libertate_posts(rng, data):
    posts = data["posts"]
    codes = _spread(rng, posts["weights"])
    months = _spread(rng, _counts(len(codes), dict(enumerate(data["month_weights"], 1))))
    beneficiaries = split_exactly(
        posts["beneficiaries"], [rng.uniform(0.5, 1.5) for _ in codes], minimum=3
    )
    materials = split_exactly(posts["materials"], [rng.uniform(0.5, 1.5) for _ in codes], 10)
    planned = []
    association_recorded = False
    for code, month, reached, handed in zip(codes, months, beneficiaries, materials, strict=True):
        venue = "consulate" if rng.random() < 0.6 else "community"
        item = Planned(
            campaign=data["slug"],
            post=code,
            title=_title(rng, venue, "abroad"),
            start_date=_weekday(rng, YEAR, month, first=8 if month == 1 else 1),
            setting=Setting.ABROAD,
            venue_type=venue,
            audience="diaspora",
        )
        _with_figures(item, reached, handed, rng)
        if code == posts["association_post"] and not association_recorded:
            # INCA România put the materials at the disposal of Romanians in Italy [003:1857-1858].
            item.venue_type = "community"
            item.title = "Distribuire de materiale împreună cu o asociație a românilor din Italia"
            item.figures["associations_involved"] = 1
            association_recorded = True
        english = round(handed * 0.3) if code in ("gb-london", "ie-dublin") else 0
        leaflets = round(handed * 0.6)
        item.lines.append((data["leaflet"], "ro", leaflets - english))
        if english:
            item.lines.append((data["leaflet"], "en", english))
        item.lines.append((data["card"], "ro", handed - leaflets))
        planned.append(item)
    return planned


# 2020: "Jobul perfect - iluzie cu sens unic" ---------------------------------------------------


def plan_jobul():
    """One online activity per month of 2020.

    Unique users are not additive: a person reached in March and again in June is one user. So
    each month records the users reached for the first time that month (the platform's
    cumulative unique count minus the previous month's), which makes the months add up to the
    campaign's 500,114 unique users instead of counting returning people twice.
    """
    data = content.JOBUL
    weights = data["month_weights"]
    likes = split_exactly(data["likes"], weights)
    shares = split_exactly(data["shares"], weights)
    # Interactions include the likes and shares, plus comments, clicks and reactions.
    others = split_exactly(data["interactions"] - data["likes"] - data["shares"], weights)
    posts = split_exactly(data["posts"], weights)
    new_reach = split_exactly(data["unique_reach"], data["new_reach_weights"])
    planned = []
    for month in range(1, 13):
        i = month - 1
        planned.append(
            Planned(
                campaign=data["slug"],
                centre=data["centre"],
                title=(
                    f"Postări „Jobul perfect” pe rețelele sociale și pe OLX – "
                    f"{content.MONTHS_RO[i]} {YEAR}"
                ),
                start_date=datetime.date(YEAR, month, 1),
                end_date=datetime.date(YEAR, month, calendar.monthrange(YEAR, month)[1]),
                setting=Setting.ONLINE,
                venue_type="online_platform",
                figures={
                    "social_posts": posts[i],
                    "social_likes": likes[i],
                    "social_shares": shares[i],
                    "social_interactions": likes[i] + shares[i] + others[i],
                    "social_unique_reach": new_reach[i],
                    # OLX România, the partner for the whole campaign, counted once.
                    "companies_involved": 1 if month == 1 else None,
                },
            )
        )
    return planned


# 2020: the Prevention Week, 12-18 October ------------------------------------------------------


def plan_week(rng):
    data = content.WEEK
    total = data["activities"]
    venues = _spread(rng, {key: value[0] for key, value in data["venues"].items()})
    centres = _spread(rng, _counts(total, content.CENTRE_WEIGHTS))
    days = _spread(rng, _counts(total, dict(enumerate(data["day_weights"], 12))))
    planned = []
    for venue, centre, day in zip(venues, centres, days, strict=True):
        counties = content.CENTRE_COUNTIES[centre]
        if venue == "online_platform":
            setting, county = Setting.ONLINE, ""
        else:
            rural = venue in ("school", "community") and rng.random() < data["rural_share"]
            setting = Setting.RURAL if rural else Setting.URBAN
            county = counties[0] if venue == "media" else rng.choice(counties)
        minors = venue in ("school", "placement_centre") or (
            venue == "online_platform" and rng.random() < 0.5
        )
        planned.append(
            Planned(
                campaign=data["slug"],
                centre=centre,
                title=_title(rng, venue, setting),
                start_date=datetime.date(YEAR, 10, day),
                setting=setting,
                county=county,
                venue_type=venue,
                audience="minors-parents" if minors else "general-public",
            )
        )

    physical = [item for item in planned if item.venue_type not in ("media", "online_platform")]
    reached = split_exactly(
        data["beneficiaries"],
        [data["venues"][item.venue_type][1] * rng.uniform(0.6, 1.4) for item in physical],
        minimum=3,
    )
    # Five activities did not count their materials: "not collected", not zero.
    uncounted = set(map(id, rng.sample(physical, 5)))
    counted = [item for item in physical if id(item) not in uncounted]
    handed = dict(
        zip(
            map(id, counted),
            split_exactly(
                data["materials"],
                [data["venues"][item.venue_type][2] * rng.uniform(0.6, 1.4) for item in counted],
                minimum=2,
            ),
            strict=True,
        )
    )
    for item, people in zip(physical, reached, strict=True):
        materials = handed.get(id(item))
        _with_figures(item, people, materials, rng)
        if materials:
            lesson_plans = 1 if item.venue_type == "school" else 0
            item.lines.append((data["leaflet"], "ro", materials - lesson_plans))
            if lesson_plans:
                item.lines.append((data["lesson_plan"], "ro", lesson_plans))
    for item in planned:
        if item.venue_type == "online_platform":
            # Posts and the animated video; the week's online reach was not collected.
            item.figures.update(materials_distributed=0, social_posts=rng.randint(2, 6))
        elif item.venue_type == "media":
            item.figures.update(materials_distributed=0)
    callers = rng.sample(physical, data["tollfree_activities"])
    calls = split_exactly(data["tollfree_calls"], [1] * len(callers))
    for item, count in zip(callers, calls, strict=True):
        item.figures["tollfree_calls"] = count
    return planned


# 2020: "Prieteni pe bune, NU pe net!", with the pupils' answers -----------------------------


def plan_friends(rng):
    data = content.FRIENDS
    count = data["sessions"]
    months = _spread(rng, _counts(count, dict.fromkeys(data["months"], 1)))
    reached = split_exactly(
        data["beneficiaries"], [rng.uniform(0.7, 1.3) for _ in range(count)], minimum=15
    )
    surveyed = set(rng.sample(range(count), data["surveyed_sessions"]))
    planned = []
    for index, (month, people) in enumerate(zip(months, reached, strict=True)):
        county = rng.choice(["TM", "TM", "TM", "AR", "AR", "CS"])
        rural = rng.random() < 0.4
        item = Planned(
            campaign=data["slug"],
            centre=data["centre"],
            title=data["titles"][0] if rural else rng.choice(data["titles"]),
            start_date=_weekday(rng, YEAR, month, last=TERM_ENDS.get(month)),
            setting=Setting.RURAL if rural else Setting.URBAN,
            county=county,
            venue_type="school",
            audience="minors-parents",
            figures={
                "beneficiaries": people,
                "beneficiaries_minors": people - 1,
                "beneficiaries_adults": 1,
            },
        )
        if index in surveyed:
            asked = max(1, people - 1 - rng.randint(0, 3))
            item.figures.update(
                children_surveyed=asked,
                children_naming_two_risks=round(asked * rng.uniform(0.55, 0.9)),
            )
        planned.append(item)
    return planned


def plan_2020():
    """Every 2020 activity, by campaign slug; always the same for the same content."""
    rng = random.Random(2020)
    plans = {}
    for planned in (plan_libertate(rng), plan_jobul(), plan_week(rng), plan_friends(rng)):
        plans[planned[0].campaign] = tell_apart(planned)
    return plans


def tell_apart(planned):
    """The same title for a second activity of one centre, day, place and audience is numbered,
    as staff tell two sessions apart, so each is recorded once (`campaigns.reach.models.identity`).
    """
    seen = Counter()
    for item in planned:
        key = (
            item.centre,
            item.post,
            item.campaign,
            fold(item.title),
            item.start_date,
            item.end_date,
            item.setting,
            item.county,
            item.venue_type,
            item.audience,
        )
        seen[key] += 1
        if seen[key] > 1:
            item.title = f"{item.title} ({ORDINALS_RO[seen[key]]})"
    return planned


# The current semester --------------------------------------------------------------------------


def plan_current():
    data = content.CURRENT
    rng = random.Random(data["year"])
    year = data["year"]
    planned = []
    for centre, slug, count in data["plan"]:
        kind = data["workers"] if slug.startswith("muncesti") else data["diaspora"]
        counties = content.CENTRE_COUNTIES[centre]
        for index in range(count):
            venue = kind["venues"][index % len(kind["venues"])]
            school_year = venue in ("school", "university")
            day = _weekday(rng, year, rng.randint(9 if school_year else 7, 11))
            item = Planned(
                campaign=slug,
                centre=centre,
                title=kind["titles"][venue],
                start_date=day,
                setting=Setting.RURAL if venue == "community" else Setting.URBAN,
                county=rng.choice(counties[:2]),
                venue_type=venue,
                audience=kind["audience"],
            )
            if kind is data["workers"]:
                people = rng.randint(8, 40)
                minors, adults = 0, people
                item.lines = [
                    (kind["material"], language, rng.randint(1, 6))
                    for language in kind["languages"]
                ]
                if centre == data["submitted_centre"] and index < 2:
                    item.figures["calls_from_foreigners"] = 1
            else:
                people = rng.randint(20, 120)
                if venue == "school":
                    minors = round(people * 0.6)
                    adults = people - minors
                elif venue == "university":
                    minors, adults = 0, people
                else:
                    minors = adults = None
                item.lines = [(kind["material"], "ro", rng.randint(20, 120))]
            if centre == "cluj-napoca" and venue == "job_fair":
                people = minors = adults = None  # a busy stand that did not count its visitors
            item.figures.update(
                beneficiaries=people,
                beneficiaries_minors=minors,
                beneficiaries_adults=adults,
                materials_distributed=sum(quantity for _k, _l, quantity in item.lines),
            )
            planned.append(item)
    return tell_apart(planned)


# Writing ---------------------------------------------------------------------------------------


class _Lookups:
    def __init__(self):
        self.campaigns = {
            page.slug_ro: page for page in CampaignPage.objects.filter(alias_of__isnull=True)
        }
        self.centres = {centre.key: centre for centre in RegionalCentre.objects.all()}
        self.posts = {post.code: post for post in ConsularPost.objects.all()}
        self.audiences = {audience.key: audience for audience in Audience.objects.all()}
        self.materials = {material.key: material for material in Material.objects.all()}
        user_model = get_user_model()
        self.coordinator = user_model.objects.filter(username=COORDINATOR_USERNAME).first()
        self.centre_staff = _first_staff(RegionalCentre)
        self.post_staff = _first_staff(ConsularPost)

    def activity(self, planned):
        year = planned.start_date.year
        return Activity(
            campaign=self.campaigns[planned.campaign],
            regional_centre=self.centres[planned.centre] if planned.centre else None,
            consular_post=self.posts[planned.post] if planned.post else None,
            title=planned.title,
            start_date=planned.start_date,
            end_date=planned.end_date,
            year=year,
            semester=semester_of(planned.start_date),
            setting=planned.setting,
            county=planned.county,
            country=self.posts[planned.post].country if planned.post else "",
            venue_type=planned.venue_type,
            audience=self.audiences[planned.audience],
            **planned.figures,
        )

    def lines(self, planned, activity=None):
        return [
            ActivityMaterial(
                activity=activity, material=self.materials[key], language=language, quantity=qty
            )
            for key, language, qty in planned.lines
        ]


def _first_staff(model):
    """{reporter id: its first staff account}, for the demo's submissions."""
    staff = {}
    for reporter in model.objects.prefetch_related("staff"):
        members = sorted(reporter.staff.all(), key=lambda user: user.pk)
        if members:
            staff[reporter.pk] = members[0]
    return staff


def _write_2020(lookups):
    """Bulk-insert the 2020 activities of every campaign that has none yet."""
    done = set(
        Activity.objects.filter(year=YEAR).values_list("campaign__slug_ro", flat=True).distinct()
    )
    written = 0
    for slug, planned in plan_2020().items():
        if slug in done:
            continue
        activities = Activity.objects.bulk_create(
            [lookups.activity(item) for item in planned], batch_size=500
        )
        ActivityMaterial.objects.bulk_create(
            [
                line
                for item, activity in zip(planned, activities, strict=True)
                for line in lookups.lines(item, activity)
            ],
            batch_size=1000,
        )
        written += len(activities)
    return written


def _review_dates(semester, offset):
    """When a semester's report was submitted and approved: the weeks after it ended."""
    if semester == 1:
        submitted = datetime.datetime(YEAR, 7, 6 + offset, 10, 0)
        approved = datetime.datetime(YEAR, 7, 14 + offset, 14, 0)
    else:
        submitted = datetime.datetime(YEAR + 1, 1, 11 + offset, 10, 0)
        approved = datetime.datetime(YEAR + 1, 1, 19 + offset, 14, 0)
    return timezone.make_aware(submitted), timezone.make_aware(approved)


def _approve_2020(lookups):
    """Every 2020 period of every centre, and of every post that reported, submitted and then
    approved by the demo coordinator; a period with any review history is left as it is."""
    reporters = {
        ("centre", centre.pk, semester)
        for centre in lookups.centres.values()
        for semester in (1, 2)
    }
    reporters |= {
        ("post", post_id, semester)
        for post_id, semester in Activity.objects.filter(year=YEAR, consular_post__isnull=False)
        .values_list("consular_post_id", "semester")
        .distinct()
    }
    periods = {
        (
            "centre" if period.regional_centre_id else "post",
            period.regional_centre_id or period.consular_post_id,
            period.semester,
        ): period
        for period in ReportingPeriod.objects.filter(year=YEAR).prefetch_related("transitions")
    }
    transitions = []
    approved = 0
    for offset, (kind, reporter_id, semester) in enumerate(sorted(reporters)):
        period = periods.get((kind, reporter_id, semester))
        if period is not None and (period.status != period.Status.OPEN or period.transitions.all()):
            continue
        if period is None:
            field = "regional_centre_id" if kind == "centre" else "consular_post_id"
            period = ReportingPeriod(year=YEAR, semester=semester, **{field: reporter_id})
        staff = (lookups.centre_staff if kind == "centre" else lookups.post_staff).get(reporter_id)
        submitted_at, approved_at = _review_dates(semester, offset % 5)
        period.status = ReportingPeriod.Status.APPROVED
        period.submitted_at, period.submitted_by = submitted_at, staff
        period.approved_at, period.approved_by = approved_at, lookups.coordinator
        period.save()
        # The two transitions `submit()` and `approve()` record, with their real dates.
        status = ReportingPeriod.Status
        transitions += [
            PeriodTransition(
                period=period,
                from_status=status.OPEN,
                to_status=status.SUBMITTED,
                by=staff,
                at=submitted_at,
            ),
            PeriodTransition(
                period=period,
                from_status=status.SUBMITTED,
                to_status=status.APPROVED,
                by=lookups.coordinator,
                at=approved_at,
            ),
        ]
        approved += 1
    PeriodTransition.objects.bulk_create(transitions)
    return approved


def _write_current(lookups):
    """The current semester's activities, saved one by one as their centre's staff would."""
    data = content.CURRENT
    done = set(
        Activity.objects.filter(year=data["year"], semester=data["semester"]).values_list(
            "campaign__slug_ro", "regional_centre__key"
        )
    )
    written = 0
    for planned in plan_current():
        if (planned.campaign, planned.centre) in done:
            continue
        activity = lookups.activity(planned)
        activity.material_lines = lookups.lines(planned)
        activity.full_clean()
        activity.clean_material_lines(list(activity.material_lines.all()))
        with acting_as(lookups.centre_staff.get(activity.regional_centre_id)):
            activity.save()
        written += 1

    centre = lookups.centres[data["submitted_centre"]]
    period = ReportingPeriod.objects.filter(
        regional_centre=centre, year=data["year"], semester=data["semester"]
    ).first()
    submitted = 0
    if period and period.status == period.Status.OPEN and not period.transitions.exists():
        period.submit(lookups.centre_staff.get(centre.pk))
        submitted = 1
    return written, submitted


def load_reach(stdout):
    with transaction.atomic():
        lookups = _Lookups()
        written_2020 = _write_2020(lookups)
        approved = _approve_2020(lookups)
        written_now, submitted = _write_current(lookups)
    stdout.write(
        f"Activities: {written_2020} of 2020 and {written_now} of the current semester written, "
        f"{Activity.objects.count()} in all; periods approved: {approved}, submitted: {submitted}"
    )
