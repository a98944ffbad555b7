"""Benchmark: serving a campaign among 5 and among 5,000 sibling campaigns.

Run through `make bench`, against a scratch database. Siblings are real campaign pages: the first
is created through Wagtail, the rest are bulk copies of its rows (creating 5,000 pages one by one
takes minutes and measures nothing of interest). Each case is timed with our SQL routing and
with wagtail-modeltranslation's default, which loads every sibling and compares slugs in Python.
"""

import statistics
import time
import uuid

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client
from django.utils import translation
from wagtail.models import Page, Site
from wagtail_modeltranslation.patch_wagtailadmin import _new_route as library_route

from campaigns.languages.routing import route_by_translated_slug
from campaigns.pages.models import CampaignIndexPage, CampaignPage, HomePage
from campaigns.taxonomy.factories import AudienceFactory, RegionalCentreFactory

ROUTED_CLASSES = (HomePage, CampaignIndexPage)


def _use_route(route):
    for model in ROUTED_CLASSES:
        model.route = route


class Command(BaseCommand):
    help = "Time routing to a campaign among 5 and 5,000 siblings (scratch database only)."

    def add_arguments(self, parser):
        parser.add_argument("--siblings", type=int, nargs=2, default=[5, 5000])
        parser.add_argument("--requests", type=int, default=100)

    def handle(self, *args, siblings, requests, **options):
        if Page.objects.count() > 2 and not HomePage.objects.filter(slug_ro="bench-home").exists():
            raise CommandError("Run this against a scratch database (make bench does).")
        translation.activate("ro")
        home = self._home()
        targets = {}
        for count in siblings:
            index = self._index_with(home, count)
            targets[count] = CampaignPage.objects.child_of(index).order_by("-path").first()
        rows = []
        for language in ("ro", "ne"):
            with translation.override(language):
                urls = {count: target.get_url() for count, target in targets.items()}
            for label, route in (("ours", route_by_translated_slug), ("library", library_route)):
                _use_route(route)
                for count, (queries, median) in self._measure(urls, requests).items():
                    rows.append((count, language, label, queries, median))
        _use_route(route_by_translated_slug)
        self._report(rows, siblings)

    def _home(self):
        home = HomePage.objects.filter(slug_ro="bench-home").first()
        if home is None:
            home = HomePage(title_ro="Bench", slug_ro="bench-home")
            Page.get_first_root_node().add_child(instance=home)
            Site.objects.update_or_create(
                is_default_site=True,
                defaults={"hostname": "localhost", "port": 80, "root_page": home},
            )
        return home

    @transaction.atomic
    def _index_with(self, home, count):
        slug = f"bench-{count}"
        index = CampaignIndexPage.objects.child_of(home).filter(slug_ro=slug).first()
        if index is not None:
            return index
        index = CampaignIndexPage(title_ro=f"{count} campanii", slug_ro=slug)
        home.add_child(instance=index)
        first = CampaignPage(
            title_ro="Campania 0",
            slug_ro="campania-0",
            title_ne="अभियान 0",
            regional_centre=RegionalCentreFactory(key="bench"),
            start_date="2020-10-12",
        )
        index.add_child(instance=first)
        first.audiences.add(AudienceFactory(key="bench"))
        self._clone(first, index, count - 1)
        return index

    def _clone(self, first, index, copies):
        """Append `copies` siblings after `first`, copying its rows (paths per treebeard)."""
        base_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
        child_fields = list(CampaignPage._meta.local_concrete_fields)
        page_rows = []
        for n in range(1, copies + 1):
            page = Page(**{f.attname: getattr(first, f.attname) for f in base_fields})
            page.path = Page._get_path(index.path, index.depth + 1, n + 1)
            page.translation_key = uuid.uuid4()
            page.latest_revision_id = page.live_revision_id = None
            for code in ("ro", "ne"):
                setattr(page, f"slug_{code}", f"campania-{n}" if code == "ro" else None)
                setattr(page, f"url_path_{code}", f"{index.url_path}campania-{n}/")
            page.slug = f"campania-{n}"
            page.url_path = f"{index.url_path}campania-{n}/"
            page.title_ro = f"Campania {n}"
            page_rows.append(page)
        created = Page.objects.bulk_create(page_rows, batch_size=500)
        campaigns = []
        for page in created:
            campaign = CampaignPage(**{f.attname: getattr(first, f.attname) for f in child_fields})
            campaign.page_ptr_id = page.pk
            campaigns.append(campaign)
        # Django refuses bulk_create for multi-table inheritance; the child rows are inserted
        # directly, in batches under SQLite's limit on query parameters.
        batch = max(1, 900 // len(child_fields))
        for start in range(0, len(campaigns), batch):
            CampaignPage.objects._insert(
                campaigns[start : start + batch], fields=child_fields, using=connection.alias
            )
        Page.objects.filter(pk=index.pk).update(numchild=copies + 1)

    def _measure(self, urls, requests):
        """Median time and query count per URL, requests interleaved so noise hits all alike."""
        client = Client(SERVER_NAME="localhost")
        executed = []

        def count_query(execute, sql, *args):
            executed.append(sql)
            return execute(sql, *args)

        queries = {}
        for count, url in urls.items():
            assert client.get(url).status_code == 200, url  # warm caches
            executed.clear()
            # Counts across the reconnect each request makes (a query log would be reset).
            with connection.execute_wrapper(count_query):
                client.get(url)
            queries[count] = len(executed)
        timings = {count: [] for count in urls}
        for _ in range(requests):
            for count, url in urls.items():
                start = time.perf_counter()
                response = client.get(url)
                timings[count].append((time.perf_counter() - start) * 1000)
                assert response.status_code == 200
        return {count: (queries[count], statistics.median(timings[count])) for count in urls}

    def _report(self, rows, siblings):
        few, many = siblings
        self.stdout.write(f"\nRouting to the last of N sibling campaigns ({len(rows)} cases)")
        self.stdout.write(
            f"{'siblings':>8} {'lang':>4} {'routing':>8} {'queries':>7} {'median ms':>9}"
        )
        for count, language, label, queries, median in rows:
            self.stdout.write(f"{count:>8} {language:>4} {label:>8} {queries:>7} {median:>9.2f}")
        by_key = {(c, lang, label): (q, m) for c, lang, label, q, m in rows}
        self.stdout.write("")
        for language in ("ro", "ne"):
            for label in ("ours", "library"):
                (q_few, t_few), (q_many, t_many) = (
                    by_key[(few, language, label)],
                    by_key[(many, language, label)],
                )
                self.stdout.write(
                    f"{label:>8} {language}: {many} vs {few} siblings: time x{t_many / t_few:.2f}, "
                    f"queries {q_many} vs {q_few}"
                )
