"""People and the organisations they work for."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from loften.registry.models import Organisation


class Membership(models.Model):
    """That a user works for an organisation, and in which role."""

    class Role(models.TextChoices):
        ADMIN = "admin", _("administratör")
        COORDINATOR = "coordinator", _("samordnare")
        EDITOR = "editor", _("redaktör")
        REPORTER = "reporter", _("rapportör")
        VIEWER = "viewer", _("läsare")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("användare"),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("organisation"),
    )
    role = models.CharField(_("roll"), max_length=20, choices=Role.choices)

    class Meta:
        db_table = "accounts_membership"
        ordering = ["organisation__name", "user__username"]
        verbose_name = _("medlemskap")
        verbose_name_plural = _("medlemskap")
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="membership_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.organisation} ({self.get_role_display()})"
