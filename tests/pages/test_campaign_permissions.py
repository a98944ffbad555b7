"""Staff of one regional centre edit only their centre's campaigns; coordinators edit all."""

import pytest
from django.core import mail
from wagtail.models import Page, WorkflowState

from tests.pages.campaign_tree import build_campaign_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(django_user_model):
    return build_campaign_tree(django_user_model)


def edit_status(client, user, page):
    client.force_login(user)
    return client.get(f"/admin/pages/{page.pk}/edit/").status_code


def test_centre_staff_edit_their_own_centres_campaigns(client, tree):
    assert edit_status(client, tree["timisoara_staff"], tree["jobs"]) == 200


def test_centre_staff_cannot_edit_another_centres_campaigns(client, tree):
    assert edit_status(client, tree["timisoara_staff"], tree["week"]) in (302, 403)
    assert edit_status(client, tree["iasi_staff"], tree["jobs"]) in (302, 403)


def test_coordinators_edit_every_centres_campaigns(client, tree):
    assert edit_status(client, tree["coordinator"], tree["jobs"]) == 200
    assert edit_status(client, tree["coordinator"], tree["week"]) == 200


def test_centre_staff_cannot_edit_the_home_page(client, tree):
    assert edit_status(client, tree["timisoara_staff"], tree["home"]) in (302, 403)


def test_centre_staff_cannot_publish_directly(tree):
    perms = tree["jobs"].permissions_for_user(tree["timisoara_staff"])
    assert perms.can_edit()
    assert not perms.can_publish()
    assert perms.can_submit_for_moderation()


def test_centre_staff_may_add_campaigns_only_in_the_campaign_index(tree):
    staff = tree["timisoara_staff"]
    assert tree["index"].permissions_for_user(staff).can_add_subpage()
    assert not tree["home"].permissions_for_user(staff).can_add_subpage()


def test_a_campaign_cannot_be_filed_under_another_centre(client, tree):
    from campaigns.pages.forms import CampaignPageForm
    from campaigns.pages.models import CampaignPage

    form_class = CampaignPage.get_edit_handler().get_form_class()
    assert issubclass(form_class, CampaignPageForm)
    form = form_class(instance=tree["jobs"], for_user=tree["timisoara_staff"])
    assert list(form.fields["regional_centre"].queryset) == [tree["timisoara"]]


def submit_for_review(client, user, page):
    client.force_login(user)
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    from campaigns.languages import registry

    page = page.specific
    data = nested_form_data(
        {
            "title_ro": page.title_ro + " (revizuit)",
            "slug_ro": page.slug_ro,
            **{f"body_{code}": streamfield([]) for code in registry.language_codes()},
            "regional_centre": page.regional_centre_id,
            "start_date": str(page.start_date),
            "setting": page.setting,
            "action-submit": "submit",
        }
    )
    data["audiences"] = [audience.pk for audience in page.audiences.all()]
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


def test_review_round_trip_with_comment_emailed_to_the_author(client, tree):
    campaign = tree["jobs"]
    response = submit_for_review(client, tree["timisoara_staff"], campaign)
    assert response.status_code == 302
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(campaign.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    # The coordinators are told there is something to review.
    assert any("coordinator@anitp.example.org" in m.to for m in mail.outbox)

    mail.outbox.clear()
    client.force_login(tree["coordinator"])
    task_state = state.current_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{campaign.pk}/reject/{task_state.pk}/",
        {"comment": "Adăugați numărul TelVerde în introducere."},
    )
    assert response.status_code in (200, 302)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    to_author = [m for m in mail.outbox if "ana@anitp.example.org" in m.to]
    assert to_author, [m.to for m in mail.outbox]
    assert "Adăugați numărul TelVerde în introducere." in to_author[0].body

    # The author resubmits; the coordinator approves and the change goes live.
    submit_for_review(client, tree["timisoara_staff"], campaign)
    state = WorkflowState.objects.filter(object_id=str(campaign.pk)).order_by("-pk").first()
    client.force_login(tree["coordinator"])
    client.post(
        f"/admin/pages/workflow/action/{campaign.pk}/approve/{state.current_task_state.pk}/",
        {"comment": ""},
    )
    campaign = Page.objects.get(pk=campaign.pk).specific
    assert campaign.live
    assert campaign.title_ro.endswith("(revizuit)")


def test_every_change_is_in_the_history_and_can_be_restored(client, tree):
    campaign = tree["jobs"]
    first = campaign.latest_revision
    campaign.title_ro = "Titlu schimbat"
    campaign.save_revision(user=tree["coordinator"]).publish()
    client.force_login(tree["coordinator"])
    history = client.get(f"/admin/pages/{campaign.pk}/history/")
    assert history.status_code == 200
    revert = client.get(f"/admin/pages/{campaign.pk}/revisions/{first.pk}/revert/")
    assert revert.status_code == 200
    restored = first.as_object()
    restored.save_revision(user=tree["coordinator"], previous_revision=first).publish()
    campaign.refresh_from_db()
    assert campaign.title_ro == "Jobul perfect"
