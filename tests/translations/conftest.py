"""A campaign with a body that uses every kind of text block, and PO helpers."""

import io
import re

import pytest
from babel.messages.pofile import read_po, write_po
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import translation

from campaigns.pages.factories import CampaignIndexPageFactory, CampaignPageFactory
from campaigns.pages.models import CampaignPage
from campaigns.pages.roles import CENTRE_STAFF_GROUP
from campaigns.taxonomy.factories import RegionalCentreFactory
from campaigns.translations.po import export_po
from tests.conftest import build_site_tree

PARAGRAPH_RO = (
    '<p data-block-key="k1">Sună gratuit la <b>0800 800 678</b> sau, în caz de urgență, la 112. '
    'Află mai multe de la <a href="https://anitp.mai.gov.ro/">ANITP</a>.</p>'
)
BODY_RO = [
    {"type": "heading", "id": "head", "value": {"text": "Oferta perfectă", "level": "h2"}},
    {"type": "paragraph", "id": "para", "value": PARAGRAPH_RO},
    {
        "type": "warning_signs",
        "id": "signs",
        "value": {
            "heading": "Semne de avertizare",
            "signs": [
                {"type": "item", "id": "sign-1", "value": "Îți cer pașaportul."},
                {"type": "item", "id": "sign-2", "value": "Ți se spune că ai o datorie."},
            ],
        },
    },
    {
        "type": "steps",
        "id": "steps",
        "value": {
            "heading": "Ce poți face",
            "steps": [
                {
                    "type": "item",
                    "id": "step-1",
                    "value": {"title": "Scrie-ne", "text": "Scrie la %(email)s, {name}."},
                }
            ],
        },
    },
    {
        "type": "questions",
        "id": "faq",
        "value": {
            "heading": "Întrebări",
            "items": [
                {
                    "type": "item",
                    "id": "qa-1",
                    "value": {
                        "question": "Apelul este gratuit?",
                        "answer": '<p data-block-key="k2">Da, <i>mereu</i>.</p>',
                    },
                }
            ],
        },
    },
    {
        "type": "survivor_quote",
        "id": "quote",
        "value": {
            "quote": "Nu a fost vina mea.",
            "attribution": "o femeie care a supraviețuit",
            "consent_recorded": True,
        },
    },
    {"type": "hotline", "id": "call", "value": {"heading": "Ai nevoie de ajutor?", "text": ""}},
]
# The text segments of BODY_RO with their expected format, in document order. The hotline's
# empty text is a segment too (it counts for digests) but is never exported.
BODY_SEGMENTS = [
    ("body/head/text", "plain"),
    ("body/para", "html"),
    ("body/signs/heading", "plain"),
    ("body/signs/signs/sign-1", "plain"),
    ("body/signs/signs/sign-2", "plain"),
    ("body/steps/heading", "plain"),
    ("body/steps/steps/step-1/title", "plain"),
    ("body/steps/steps/step-1/text", "plain"),
    ("body/faq/heading", "plain"),
    ("body/faq/items/qa-1/question", "plain"),
    ("body/faq/items/qa-1/answer", "html"),
    ("body/quote/quote", "plain"),
    ("body/quote/attribution", "plain"),
    ("body/call/heading", "plain"),
    ("body/call/text", "plain"),
]


def build_campaign():
    home, _workers = build_site_tree()
    with translation.override("ro"):
        index = CampaignIndexPageFactory(parent=home)
        centre = RegionalCentreFactory(key="timisoara", city="Timișoara")
        return CampaignPageFactory(
            parent=index,
            regional_centre=centre,
            title_ro="Jobul perfect",
            title_en="The perfect job",
            slug_ro="jobul-perfect",
            intro_ro="O ofertă prea bună ca să fie adevărată.",
            hero_alt_ro="",
            body_ro=BODY_RO,
        )


@pytest.fixture(scope="module")
def campaign_id(django_db_setup, django_db_blocker):
    """Built once per module inside a transaction that is rolled back after the module.

    Each test runs in a savepoint within it (pytest-django's `db`), so tests stay isolated
    from each other and no other module ever sees this tree.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        page_id = build_campaign().pk
        yield page_id
        transaction.set_rollback(True)


@pytest.fixture
def campaign(db, campaign_id):
    return CampaignPage.objects.get(pk=campaign_id)


@pytest.fixture
def other_centre_staff(db, django_user_model):
    """A regional centre's staff member: may edit campaigns, but not this centre's."""
    user = django_user_model.objects.create_user(username="iasi-staff", password="pw")
    user.groups.add(Group.objects.get(name=CENTRE_STAFF_GROUP))
    RegionalCentreFactory(key="iasi", city="Iași").staff.add(user)
    return user


def latest(page):
    """The page as its editor sees it now (a page object in memory may be stale)."""
    return type(page).objects.get(pk=page.pk).get_latest_revision_as_object()


def read_catalog(data):
    return read_po(io.BytesIO(data))


def catalog_bytes(catalog):
    buffer = io.BytesIO()
    write_po(buffer, catalog, sort_output=False)
    return buffer.getvalue()


def nepali(msgid):
    """A stand-in translation that keeps markup, placeholders and numbers as they are."""
    if msgid.startswith("<p>"):
        return re.sub(r"^<p>", "<p>NE ", msgid, count=1)
    return f"NE {msgid}"


def filled_po(page, language="ne", translate=nepali):
    """The page's export with every msgstr filled by `translate`."""
    catalog = read_catalog(export_po([page], language))
    for message in catalog:
        if message.id:
            message.string = translate(message.id)
            message.flags.discard("fuzzy")
    return catalog


def line_of(data, context):
    """The PO line of the entry with `context` (its msgid line, as babel and the errors say)."""
    for message in read_catalog(data):
        if message.context == context:
            return message.lineno
    raise AssertionError(f"no entry {context}")
