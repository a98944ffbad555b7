"""A distribution report's life: a draft, submitted by the post, approved (and so locked) by a
coordinator, and reopened by a coordinator when it must be corrected.

A locked period is checked under a row lock before anything is written, so an approval that lands
while a post is saving cannot be overwritten; every write is one transaction.
"""

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from campaigns.pages.roles import is_coordinator

from .models import DistributionLine, DistributionReport
from .roles import acts_for

Status = DistributionReport.Status


class ReportError(Exception):
    """A change the report's status does not allow; the message says why, to the user."""


def locked_message(report):
    return _(
        "This period is locked: the report of %(post)s for %(period)s was approved on %(date)s. "
        "A national coordinator must reopen it before it can be changed or deleted."
    ) % {
        "post": report.post,
        "period": report.period,
        "date": formats.date_format(timezone.localtime(report.locked_at or timezone.now())),
    }


def duplicate_message(report):
    return _(
        "%(post)s already has a report for %(period)s; there is one report per post and "
        "semester. Change that report instead."
    ) % {"post": report.post, "period": report.period}


def _check_acts_for(user, post_id):
    if not acts_for(user, post_id):
        raise PermissionDenied


def _write_lines(report, lines):
    report.lines.all().delete()
    DistributionLine.objects.bulk_create(
        DistributionLine(report=report, material=material, language=language, quantity=quantity)
        for material, language, quantity in lines
    )


def create_report(user, post, year, semester, lines, **counts):
    """A new draft report with its lines, unless the post already has one for the semester."""
    _check_acts_for(user, post.pk)
    with transaction.atomic():
        existing = (
            DistributionReport.objects.select_for_update()
            .select_related("post")
            .filter(post=post, year=year, semester=semester)
            .first()
        )
        if existing is not None:
            raise ReportError(
                locked_message(existing) if existing.is_locked else duplicate_message(existing)
            )
        try:
            with transaction.atomic():
                report = DistributionReport.objects.create(
                    post=post, year=year, semester=semester, **counts
                )
        except IntegrityError as error:  # created meanwhile by a colleague
            raise ReportError(
                duplicate_message(DistributionReport(post=post, year=year, semester=semester))
            ) from error
        _write_lines(report, lines)
    return report


def _locked_for_update(report):
    current = (
        DistributionReport.objects.select_for_update().select_related("post").get(pk=report.pk)
    )
    if current.is_locked:
        raise ReportError(locked_message(current))
    return current


def update_report(user, report, lines, **counts):
    """Replace a report's counts and lines, unless its period is locked."""
    _check_acts_for(user, report.post_id)
    with transaction.atomic():
        current = _locked_for_update(report)
        for name, value in counts.items():
            setattr(current, name, value)
        current.save(update_fields=list(counts))
        _write_lines(current, lines)
    return current


def delete_report(user, report):
    _check_acts_for(user, report.post_id)
    with transaction.atomic():
        current = _locked_for_update(report)
        current.delete()


def submit_report(user, report):
    """The post says the report is complete and asks the coordinators to approve it."""
    _check_acts_for(user, report.post_id)
    with transaction.atomic():
        current = _locked_for_update(report)
        if current.status == Status.SUBMITTED:
            raise ReportError(
                _("The report for %(period)s has already been submitted.")
                % {"period": current.period}
            )
        current.status = Status.SUBMITTED
        current.submitted_at = timezone.now()
        current.save(update_fields=["status", "submitted_at"])
    return current


def approve_report(user, report):
    """A coordinator accepts the report; its period is locked from then on."""
    if not is_coordinator(user):
        raise PermissionDenied
    with transaction.atomic():
        current = _locked_for_update(report)
        if current.status != Status.SUBMITTED:
            raise ReportError(
                _(
                    "The report for %(period)s is still a draft: the post must submit it before "
                    "it can be approved."
                )
                % {"period": current.period}
            )
        current.status = Status.LOCKED
        current.locked_at = timezone.now()
        current.save(update_fields=["status", "locked_at"])
    return current


def reopen_report(user, report):
    """A coordinator unlocks an approved report so the post can correct it (as a draft)."""
    if not is_coordinator(user):
        raise PermissionDenied
    with transaction.atomic():
        current = DistributionReport.objects.select_for_update().get(pk=report.pk)
        if not current.is_locked:
            raise ReportError(
                _("The report for %(period)s is not locked, so there is nothing to reopen.")
                % {"period": current.period}
            )
        current.status = Status.DRAFT
        current.locked_at = None
        current.save(update_fields=["status", "locked_at"])
    return current
