"""EMAIL_BACKEND is the outbox everywhere: Wagtail's review mail and production included."""

import pytest
from django.core import mail

from campaigns.mail.models import OutgoingEmail
from tests.frame.test_settings import run_manage
from tests.pages.campaign_tree import build_campaign_tree
from tests.pages.test_campaign_permissions import submit_for_review


@pytest.mark.django_db
def test_wagtails_review_mail_is_stored_and_delivered(client, django_user_model):
    tree = build_campaign_tree(django_user_model)

    submit_for_review(client, tree["timisoara_staff"], tree["jobs"])

    stored = OutgoingEmail.objects.get(recipients__contains="coordinator@anitp.example.org")
    assert stored.status == OutgoingEmail.Status.SENT
    (delivered,) = [m for m in mail.outbox if "coordinator@anitp.example.org" in m.to]
    assert delivered.subject == stored.subject
    assert "Jobul perfect" in delivered.body
    assert stored.message == {}  # delivered: the content is not kept


def test_production_queues_mail_and_delivers_it_through_the_anymail_backend_it_names():
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; "
        "print(settings.EMAIL_BACKEND, settings.MAIL_DELIVERY_BACKEND)",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1].split() == [
        "campaigns.mail.backends.QueuedEmailBackend",
        "anymail.backends.mailgun.EmailBackend",
    ]
