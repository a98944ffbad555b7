"""Benchmark: the PNA roll-up over 25,000 and 250,000 activities (15 centres, 10 years).

Run through `make bench`, against a scratch database. It loads the PNA, makes 15 centres, two
consular posts and a handful of campaigns linked to PNA actions, then bulk-inserts activities
(some figures left empty, as in the field) with their reporting periods. Each size is timed for
one year and for all years, counting every activity or only approved periods: the query count
must stay the same whatever the number of activities, because the activities are summed in one
grouped SQL statement (see `campaigns.reach.rollup`).
"""

import datetime
import io
import logging
import random
import statistics
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page

from campaigns.materials.models import Material
from campaigns.pages.factories import CampaignIndexPageFactory, CampaignPageFactory
from campaigns.pages.models import CampaignPage, HomePage
from campaigns.pna.models import Action, Plan
from campaigns.posts.models import ConsularPost, DistributionLine, DistributionReport
from campaigns.taxonomy.factories import AudienceFactory, RegionalCentreFactory

from ...models import Activity, ReportingPeriod, Setting, VenueType
from ...places import COUNTIES
from ...rollup import Period, build_rollup

TITLE = "Bench activity"
HOME_SLUG = "bench-rollup-home"
CENTRES = 15
YEARS = range(2017, 2027)
CAMPAIGNS = 8
ACTIONS_PER_CAMPAIGN = 3
BATCH = 5000


class Command(BaseCommand):
    help = "Time the PNA roll-up over 25,000 and 250,000 activities (scratch database only)."

    def add_arguments(self, parser):
        parser.add_argument("--sizes", type=int, nargs="+", default=[25_000, 250_000])
        parser.add_argument("--runs", type=int, default=5)
        parser.add_argument("--year", type=int, default=2024)

    def handle(self, *args, sizes, runs, year, **options):
        if Activity.objects.exclude(title__startswith=TITLE).exists():
            raise CommandError("Run this against a scratch database (make bench does).")
        translation.activate("ro")
        self.random = random.Random(2024)
        # Creating the campaign pages logs every revision and search task: not what is measured.
        logging.disable(logging.INFO)
        try:
            call_command("load_pna", stdout=io.StringIO(), stderr=io.StringIO())
            world = self._world()
        finally:
            logging.disable(logging.NOTSET)
        rows = []
        for size in sorted(sizes):
            started = time.perf_counter()
            added = self._seed(world, size - Activity.objects.count())
            seconds = time.perf_counter() - started
            self.stdout.write(f"Seeded {added:,} activities (now {size:,}) in {seconds:.1f} s")
            for label, period in ((str(year), Period(year)), ("all years", Period())):
                for approved_only in (False, True):
                    queries, median = self._measure(world["plan"], period, approved_only, runs)
                    rows.append((size, label, approved_only, queries, median))
        self._report(rows, sizes, runs)

    # The data ----------------------------------------------------------------------------------

    @transaction.atomic
    def _world(self):
        plan = Plan.objects.get(code="pna-2024-2026")
        centres = [
            RegionalCentreFactory(key=f"bench-centre-{n}", city=f"Oraș {n + 1}")
            for n in range(CENTRES)
        ]
        audiences = [AudienceFactory(key=f"bench-audience-{n}") for n in range(8)]
        posts = [
            ConsularPost.objects.get_or_create(
                code=code,
                defaults={"name": name, "country": country, "city": city, "email": "b@x.org"},
            )[0]
            for code, name, country, city in (
                ("bench-gb-london", "Consulatul General Londra", "GB", "London"),
                ("bench-it-roma", "Consulatul General Roma", "IT", "Roma"),
            )
        ]
        # The prevention actions that have indicators a reach metric feeds.
        actions = list(
            Action.objects.filter(plan=plan, indicators__metric_key__gt="")
            .distinct()
            .order_by("sort_key")
        )
        campaigns = list(CampaignPage.objects.filter(slug_ro__startswith="bench-rollup-"))
        if not campaigns:
            home = HomePage(title_ro="Bench roll-up", slug_ro=HOME_SLUG)
            Page.get_first_root_node().add_child(instance=home)
            index = CampaignIndexPageFactory(parent=home, slug_ro="bench-rollup-campanii")
            for n in range(CAMPAIGNS):
                linked = [
                    actions[(n * ACTIONS_PER_CAMPAIGN + k) % len(actions)]
                    for k in range(ACTIONS_PER_CAMPAIGN)
                ]
                campaigns.append(
                    CampaignPageFactory(
                        parent=index,
                        title_ro=f"Campania {n}",
                        slug_ro=f"bench-rollup-{n}",
                        regional_centre=centres[n % CENTRES],
                        audiences=audiences[:3],
                        pna_actions=linked,
                    )
                )
            leaflet = Material.objects.create(
                key="bench-leaflet",
                title_ro="Pliant",
                type=Material.Type.LEAFLET,
                review_by=datetime.date(2099, 1, 1),
            )
            leaflet.pna_actions.set(actions[:4])
            leaflet.save()
            self._distribution_reports(posts, leaflet)
        return {
            "plan": plan,
            "centres": centres,
            "posts": posts,
            "audiences": audiences,
            "campaigns": campaigns,
        }

    def _distribution_reports(self, posts, material):
        for post in posts:
            for year in YEARS:
                for semester in (1, 2):
                    report = DistributionReport.objects.create(
                        post=post,
                        year=year,
                        semester=semester,
                        status=self.random.choice(list(DistributionReport.Status.values)),
                    )
                    DistributionLine.objects.create(
                        report=report,
                        material=material,
                        language="ro",
                        quantity=self.random.randint(50, 500),
                    )

    def _maybe(self, share, low, high):
        """A count collected by `share` of the activities, else None (not collected)."""
        return self.random.randint(low, high) if self.random.random() < share else None

    def _activity(self, world, number):
        rand = self.random
        campaign = rand.choice(world["campaigns"])
        abroad = rand.random() < 0.03
        day = datetime.date(rand.choice(YEARS), rand.randint(1, 12), rand.randint(1, 28))
        setting = Setting.ABROAD if abroad else rand.choice([Setting.RURAL, Setting.URBAN])
        surveyed = self._maybe(0.3, 10, 40)
        carers = self._maybe(0.05, 5, 20)
        return Activity(
            campaign=campaign,
            regional_centre=None if abroad else rand.choice(world["centres"]),
            consular_post=rand.choice(world["posts"]) if abroad else None,
            # Numbered: random draws repeat a centre, day and place; an activity is recorded once.
            title=f"{TITLE} {number}",
            start_date=day,
            year=day.year,
            semester=1 if day.month <= 6 else 2,
            setting=setting,
            county="" if abroad else rand.choice(COUNTIES)[0],
            country="IT" if abroad else "",
            venue_type=rand.choice(VenueType.values),
            audience=rand.choice(world["audiences"]),
            beneficiaries=self._maybe(0.9, 5, 300),
            materials_distributed=self._maybe(0.7, 0, 500),
            hotline_referrals=self._maybe(0.3, 0, 3),
            tollfree_calls=self._maybe(0.1, 0, 5),
            potential_clients_informed=self._maybe(0.05, 0, 100),
            social_interactions=self._maybe(0.1, 0, 5000),
            training_sessions=self._maybe(0.05, 1, 3),
            teachers_trained=self._maybe(0.05, 1, 40),
            children_surveyed=surveyed,
            children_naming_two_risks=rand.randint(0, surveyed) if surveyed else None,
            carers_surveyed=carers,
            carers_naming_three_indicators=rand.randint(0, carers) if carers else None,
        )

    def _seed(self, world, count):
        """Bulk-insert `count` activities, and open (or submit, approve) their periods."""
        first = Activity.objects.count()
        for start in range(0, count, BATCH):
            batch = [
                self._activity(world, first + number)
                for number in range(start, min(count, start + BATCH))
            ]
            with transaction.atomic():
                Activity.objects.bulk_create(batch)
        existing = set(
            ReportingPeriod.objects.values_list("regional_centre_id", "consular_post_id", "year")
        )
        statuses = [ReportingPeriod.Status.APPROVED] * 3 + [
            ReportingPeriod.Status.SUBMITTED,
            ReportingPeriod.Status.OPEN,
        ]
        periods = [
            ReportingPeriod(
                regional_centre_id=centre_id,
                consular_post_id=post_id,
                year=year,
                semester=semester,
                status=self.random.choice(statuses),
            )
            for centre_id, post_id in [(c.pk, None) for c in world["centres"]]
            + [(None, p.pk) for p in world["posts"]]
            for year in YEARS
            if (centre_id, post_id, year) not in existing
            for semester in (1, 2)
        ]
        ReportingPeriod.objects.bulk_create(periods)
        return max(count, 0)

    # Measuring ---------------------------------------------------------------------------------

    def _measure(self, plan, period, approved_only, runs):
        with CaptureQueriesContext(connection) as queries:
            build_rollup(plan, period, approved_only=approved_only)
        timings = []
        for _ in range(runs):
            started = time.perf_counter()
            build_rollup(plan, period, approved_only=approved_only)
            timings.append((time.perf_counter() - started) * 1000)
        return len(queries), statistics.median(timings)

    def _report(self, rows, sizes, runs):
        self.stdout.write(
            f"\nPNA roll-up ({CENTRES} centres, {len(YEARS)} years, median of {runs} runs)"
        )
        self.stdout.write(
            f"{'activities':>10} {'period':>10} {'counted':>13} {'queries':>7} {'median ms':>10}"
        )
        for size, label, approved_only, queries, median in rows:
            counted = "approved only" if approved_only else "all recorded"
            self.stdout.write(f"{size:>10,} {label:>10} {counted:>13} {queries:>7} {median:>10.1f}")
        few, many = min(sizes), max(sizes)
        by_key = {(s, label, a): (q, m) for s, label, a, q, m in rows}
        self.stdout.write("")
        for label in sorted({row[1] for row in rows}):
            for approved_only in (False, True):
                (q_few, t_few), (q_many, t_many) = (
                    by_key[(few, label, approved_only)],
                    by_key[(many, label, approved_only)],
                )
                counted = "approved only" if approved_only else "all recorded"
                verdict = "constant" if q_few == q_many else "GROWS"
                self.stdout.write(
                    f"{label:>10} {counted:>13}: {many:,} vs {few:,} activities: "
                    f"queries {q_many} vs {q_few} ({verdict}), time x{t_many / t_few:.1f}"
                )
        if any(
            by_key[(few, label, a)][0] != by_key[(many, label, a)][0]
            for label in {row[1] for row in rows}
            for a in (False, True)
        ):
            raise CommandError("The roll-up's query count grows with the number of activities.")
