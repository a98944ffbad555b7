from django.conf import settings
from django.db import models
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
        constraints = [
            models.UniqueConstraint(
                fields=["material", "language", "post", "day"],
                name="one_scan_count_per_day",
                nulls_distinct=False,
            )
        ]
        verbose_name = _("scan count")
        verbose_name_plural = _("scan counts")

    def __str__(self):
        return f"{self.material} [{self.language}] {self.day}: {self.scans}"
