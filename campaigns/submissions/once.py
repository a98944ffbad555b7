"""A create form is saved once, however many times it is sent (a double click, a reload).

The form carries a hidden random token (`OneTimeTokenMixin`). The view spends it (`spend`) in
the transaction that saves the record, by inserting it into a unique column: a second request
with the same token waits for the first to commit, then finds the token spent and answers with
the record the first one saved (`SentOnceMixin`). Nothing is written twice and nobody sees an
error for a click too many.
"""

import re
import secrets

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from .models import Submission

FIELD = "submission_token"
_WELL_FORMED = re.compile(r"[A-Za-z0-9_-]{20,64}")


def new_token():
    return secrets.token_urlsafe(24)


class TokenField(forms.CharField):
    """The hidden token; a form sent back with errors keeps it, or gets a new one if it had none."""

    widget = forms.HiddenInput

    def __init__(self, **kwargs):
        super().__init__(required=False, initial=new_token, **kwargs)

    def bound_data(self, data, initial):
        return data if _WELL_FORMED.fullmatch(data or "") else initial


class OneTimeTokenMixin:
    """A form with the one-time token, for creating; `needs_token` says when it applies."""

    stale_message = _(
        "This form was out of date, so nothing was saved. Check it and send it again."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.needs_token():
            self.fields[FIELD] = TokenField()

    def needs_token(self):
        return True

    def clean(self):
        cleaned_data = super().clean()
        # Told above the form: the hidden field has nowhere to show its own error.
        if FIELD in self.fields and not _WELL_FORMED.fullmatch(cleaned_data.get(FIELD) or ""):
            self.add_error(None, ValidationError(self.stale_message, code="stale_token"))
        return cleaned_data


class Repeated(Exception):
    """The token was spent by an earlier request; `submission` says what it saved."""

    def __init__(self, submission):
        super().__init__(submission.token)
        self.submission = submission


def earlier_submission(request):
    """The Submission that already spent the token POSTed, or None."""
    token = request.POST.get(FIELD, "")
    if not _WELL_FORMED.fullmatch(token):
        return None
    return Submission.objects.filter(token=token).first()


def spend(request):
    """Record the POSTed token as spent, inside the caller's transaction; Repeated if it was.

    On PostgreSQL a second request's insert waits on the unique index until the first commits
    (then fails) or rolls back (then succeeds); on SQLite the writers queue for the database.
    """
    token = request.POST[FIELD]
    try:
        with transaction.atomic():
            return Submission.objects.create(token=token, user=request.user)
    except IntegrityError:
        raise Repeated(Submission.objects.get(token=token)) from None


def settle(submission, url):
    """Remember where the record the submission saved can be seen."""
    submission.url = url
    submission.save(update_fields=["url"])


def repeated_response(request, submission, fallback):
    messages.warning(
        request, _("The form was sent more than once. It was saved once: this is what it saved.")
    )
    return redirect(submission.url or fallback)


class SentOnceMixin:
    """A create view answering a spent token with the record it saved, before anything else.

    The view's saving code calls `spend` and `settle` in its transaction; `repeat_fallback` is
    where to go should the earlier submission have left no address. The record's own page
    checks who may see it.
    """

    repeat_fallback = "/admin/"

    def dispatch(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().dispatch(request, *args, **kwargs)
        if (earlier := earlier_submission(request)) is not None:
            return repeated_response(request, earlier, self.repeat_fallback)
        try:
            response = super().dispatch(request, *args, **kwargs)
        except Repeated as repeat:
            return repeated_response(request, repeat.submission, self.repeat_fallback)
        # Refused because its twin, sent with the same token, saved the record meanwhile (the
        # record is "already recorded"): the twin's answer is this one's too.
        if response.status_code == 200 and (earlier := earlier_submission(request)) is not None:
            list(messages.get_messages(request))  # what the refusal said no longer applies
            return repeated_response(request, earlier, self.repeat_fallback)
        return response
