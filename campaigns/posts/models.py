import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from campaigns.bounds import LINE_COPIES, REPORT_COUNTS, AtMost, bound_checks


class ConsularPost(models.Model):
    """A Romanian diplomatic mission or consular office that distributes materials abroad."""

    code = models.SlugField(_("code"), max_length=40, unique=True, help_text=_("e.g. gb-london"))
    name = models.CharField(_("name"), max_length=200)
    country = models.CharField(
        _("country"), max_length=2, help_text=_("Two-letter ISO 3166 code, e.g. GB, DE, IT.")
    )
    city = models.CharField(_("city"), max_length=100)
    email = models.EmailField(_("e-mail"))
    staff = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("staff"),
        related_name="consular_posts",
        blank=True,
    )

    class Meta:
        ordering = ["country", "city"]
        verbose_name = _("consular post")
        verbose_name_plural = _("consular posts")

    def __str__(self):
        return self.name


def _digest(secret):
    return hashlib.sha256(secret.encode()).hexdigest()


class ApiTokenQuerySet(models.QuerySet):
    def usable(self):
        now = timezone.now()
        return self.filter(revoked_at__isnull=True).filter(
            models.Q(expires_at__isnull=True) | models.Q(expires_at__gt=now)
        )


class ApiToken(models.Model):
    """A post's key to the read API. Only its SHA-256 is stored; the secret is shown once."""

    PREFIX_LENGTH = 8

    post = models.ForeignKey(ConsularPost, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("name"), max_length=100)
    prefix = models.CharField(max_length=PREFIX_LENGTH, unique=True, editable=False)
    digest = models.CharField(max_length=64, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self):
        return f"{self.post} – {self.name}"

    @classmethod
    def issue(cls, post, name, valid_for=timedelta(days=365)):
        """A new token and its secret, which is not stored and cannot be shown again."""
        secret = secrets.token_urlsafe(32)
        token = cls.objects.create(
            post=post,
            name=name,
            prefix=secret[: cls.PREFIX_LENGTH],
            digest=_digest(secret),
            expires_at=timezone.now() + valid_for if valid_for else None,
        )
        return token, secret

    @classmethod
    def authenticate(cls, secret):
        """The usable token for `secret`, or None (unknown, revoked or expired)."""
        if not secret or len(secret) < cls.PREFIX_LENGTH:
            return None
        token = (
            cls.objects.usable()
            .select_related("post")
            .filter(prefix=secret[: cls.PREFIX_LENGTH])
            .first()
        )
        if token is None or not secrets.compare_digest(token.digest, _digest(secret)):
            return None
        return token


class Order(models.Model):
    """A post's request for printed materials, from submission to receipt."""

    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("Submitted")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        SHIPPED = "shipped", _("Shipped")
        RECEIVED = "received", _("Received")

    post = models.ForeignKey(ConsularPost, on_delete=models.PROTECT, related_name="orders")
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.SUBMITTED
    )
    note = models.TextField(_("note"), blank=True)
    coordinator_comment = models.TextField(_("coordinator's comment"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    approved_at = models.DateTimeField(null=True, blank=True)
    shipped_at = models.DateTimeField(null=True, blank=True)
    received_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("order")
        verbose_name_plural = _("orders")

    def __str__(self):
        return _("Order %(number)s from %(post)s") % {"number": self.pk, "post": self.post}


class OrderLine(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="lines")
    material = models.ForeignKey(
        "materials.Material", on_delete=models.PROTECT, related_name="order_lines"
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    quantity = models.PositiveIntegerField(
        _("quantity"), validators=[MinValueValidator(1), AtMost(LINE_COPIES)]
    )

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(quantity__gte=1), name="order_line_quantity_positive"
            ),
            *bound_checks("order_line", {"quantity": LINE_COPIES}),
            models.UniqueConstraint(
                fields=["order", "material", "language"], name="one_line_per_material_language"
            ),
        ]
        verbose_name = _("order line")

    def __str__(self):
        return f"{self.material} [{self.language}] × {self.quantity}"


class DistributionReport(models.Model):
    """What a post handed out in one half-year, and to how many people. Counts only."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")
        LOCKED = "locked", _("Approved and locked")

    post = models.ForeignKey(ConsularPost, on_delete=models.PROTECT, related_name="reports")
    year = models.PositiveSmallIntegerField(_("year"))
    semester = models.PositiveSmallIntegerField(
        _("semester"), choices=[(1, _("January–June")), (2, _("July–December"))]
    )
    people_reached = models.PositiveIntegerField(
        _("people reached"),
        null=True,
        blank=True,
        validators=[AtMost(REPORT_COUNTS["people_reached"])],
    )
    associations_involved = models.PositiveIntegerField(
        _("Romanian associations abroad involved"),
        null=True,
        blank=True,
        validators=[AtMost(REPORT_COUNTS["associations_involved"])],
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    submitted_at = models.DateTimeField(null=True, blank=True)
    locked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-year", "-semester"]
        constraints = [
            models.UniqueConstraint(
                fields=["post", "year", "semester"], name="one_report_per_post_and_semester"
            ),
            *bound_checks("distribution_report", REPORT_COUNTS),
        ]
        verbose_name = _("distribution report")
        verbose_name_plural = _("distribution reports")

    def __str__(self):
        return f"{self.post} {self.year}/S{self.semester}"

    @property
    def is_locked(self):
        return self.status == self.Status.LOCKED

    @property
    def period(self):
        """The semester in words, e.g. "July-December 2026", for messages and listings."""
        return _("%(semester)s %(year)s") % {
            "semester": self.get_semester_display(),
            "year": self.year,
        }


class DistributionLine(models.Model):
    report = models.ForeignKey(DistributionReport, on_delete=models.CASCADE, related_name="lines")
    material = models.ForeignKey(
        "materials.Material", on_delete=models.PROTECT, related_name="distribution_lines"
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    quantity = models.PositiveIntegerField(
        _("materials distributed"), validators=[AtMost(LINE_COPIES)]
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["report", "material", "language"], name="one_distribution_line_per_item"
            ),
            *bound_checks("distribution_line", {"quantity": LINE_COPIES}),
        ]
        verbose_name = _("distribution line")

    def __str__(self):
        return f"{self.material} [{self.language}] × {self.quantity}"
