"""Dialogue input: notes from medborgardialoger and medarbetardialoger, and comments sent
by residents through the kommun's public form.

Both are stored masked (`masking.py`): `text` is what anyone shown the note or comment
reads. The words as written (`original`) are kept only until `original_until`, for the
kommun's own editors to check the masking, and are then forgotten (`loften dialogue
forget`); they are left out of the change history, the API, the feeds and every export.
Each carries the themes suggested from its words (`suggested_themes`) and the themes a
person settled on (`themes`), ids of `promises.Theme`.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from loften.promises.models import Theme
from loften.registry.models import Municipality


class Tagged(models.Model):
    """What notes and comments share: the masked text, the words as written while they
    are kept, and the themes."""

    text = models.TextField(_("text"))
    original = models.TextField(_("som det skrevs"), blank=True)
    original_until = models.DateField(_("sparas som det skrevs till"), null=True, blank=True)
    themes = models.JSONField(_("teman"), default=list, blank=True)
    suggested_themes = models.JSONField(_("föreslagna teman"), default=list, blank=True)

    class Meta:
        abstract = True

    def theme_labels(self) -> list[str]:
        return [str(Theme(theme).label) for theme in self.themes]

    def suggested_labels(self) -> list[str]:
        return [str(Theme(theme).label) for theme in self.suggested_themes]


class DialogueNote(Tagged):
    """The notes from one dialogue meeting."""

    class Kind(models.TextChoices):
        CITIZENS = "medborgardialog", _("medborgardialog")
        STAFF = "medarbetardialog", _("medarbetardialog")

    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="dialogue_notes",
        verbose_name=_("kommun"),
    )
    kind = models.CharField(_("slag"), max_length=20, choices=Kind.choices)
    organiser = models.CharField(_("arrangör"), max_length=200)
    held_on = models.DateField(_("datum"))
    place = models.CharField(_("plats"), max_length=200, blank=True)
    participants = models.PositiveIntegerField(_("antal deltagare"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("skriven av"),
    )
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)

    class Meta:
        db_table = "dialogue_dialoguenote"
        ordering = ["-held_on", "-pk"]
        verbose_name = _("dialoganteckning")
        verbose_name_plural = _("dialoganteckningar")

    def __str__(self) -> str:
        return f"{self.get_kind_display().capitalize()} {self.held_on}"


class DialogueComment(Tagged):
    """One anonymous comment from the kommun's public form: its words (masked), the
    area it is about if the sender named one, and the day it came in; nothing else."""

    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="dialogue_comments",
        verbose_name=_("kommun"),
    )
    received_on = models.DateField(_("inkommen"))
    area = models.CharField(_("område"), max_length=100, blank=True)

    class Meta:
        db_table = "dialogue_dialoguecomment"
        ordering = ["-received_on", "-pk"]
        verbose_name = _("synpunkt")
        verbose_name_plural = _("synpunkter")

    def __str__(self) -> str:
        return f"Synpunkt {self.pk} ({self.received_on})"


class SentCommentForm(models.Model):
    """The hash of a sent comment form's one-time token, so that the same form is not
    taken twice; forgotten a day after, when the token has long expired."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    digest = models.CharField(max_length=64)
    sent_on = models.DateField()

    class Meta:
        db_table = "dialogue_sentcommentform"
        constraints = [
            models.UniqueConstraint(fields=["municipality", "digest"], name="comment_form_once")
        ]

    def __str__(self) -> str:
        return f"formulär {self.pk}"
