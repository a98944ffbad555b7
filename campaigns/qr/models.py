from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ScanCount(models.Model):
    """How many times a QR code was scanned on one day.

    Per material, language and distributing post; nothing about who scanned, no cookie, no
    address.
    """

    material = models.ForeignKey(
        "materials.Material", on_delete=models.CASCADE, related_name="scan_counts"
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    post = models.ForeignKey(
        "posts.ConsularPost",
        on_delete=models.CASCADE,
        related_name="scan_counts",
        null=True,
        blank=True,
    )
    day = models.DateField(_("day"))
    scans = models.PositiveIntegerField(_("scans"), default=0)

    class Meta:
        # One row per material, language, post and day. Two partial indexes rather than one
        # with `nulls_distinct=False`, which only PostgreSQL 15+ has: Django leaves that
        # constraint out entirely on SQLite, and a plain unique index lets rows without a post
        # repeat.
        constraints = [
            models.UniqueConstraint(
                fields=["material", "language", "post", "day"],
                condition=Q(post__isnull=False),
                name="one_scan_count_per_day",
            ),
            models.UniqueConstraint(
                fields=["material", "language", "day"],
                condition=Q(post__isnull=True),
                name="one_scan_count_per_day_without_post",
            ),
        ]
        verbose_name = _("scan count")
        verbose_name_plural = _("scan counts")

    def __str__(self):
        return f"{self.material} [{self.language}] {self.day}: {self.scans}"

    @classmethod
    def _increment(cls, key):
        return cls.objects.filter(**key).update(scans=F("scans") + 1)

    @classmethod
    def record(cls, material, language, post=None, day=None):
        """Count one scan on `day` (today by default), in the database, never in Python.

        The increment is an UPDATE with F(), so concurrent scans never overwrite each other.
        The day's first scan inserts the row; if another scan inserted it in the meantime the
        unique constraints refuse the second row and the scan becomes an increment. On SQLite
        the UPDATE already takes the database's write lock, so the insert cannot race at all.
        """
        key = {
            "material": material,
            "language": language,
            "post": post,  # post=None filters on IS NULL
            "day": day or timezone.localdate(),
        }
        try:
            with transaction.atomic():
                if cls._increment(key):
                    return
                cls.objects.create(**key, scans=1)
        except IntegrityError:
            with transaction.atomic():
                cls._increment(key)
