"""The change history of promise sets and their follow-up, kept in this app's tables.

Every save or delete of an audited model writes a historical row: the whole
object as it became, who did it (the acting user of the write service, see
`accounts/acting.py`), why (the command, job or admin page that made it, for
writes not made through the workspace) and when. The rows live here, not in the
apps that own the models.
"""

from __future__ import annotations

from typing import Any

import simple_history
from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from loften.accounts.acting import current_actor
from loften.assessments.models import Assessment, AssessmentApproval, ThemeAssessment
from loften.dialogue.models import DialogueComment, DialogueNote
from loften.followup.models import Activity, Measurement, Outcome
from loften.incidents.models import Area, EstActor, Incident
from loften.promises.models import (
    Approval,
    Commitment,
    Contact,
    FocusArea,
    Promise,
    PromiseSet,
    Target,
)
from loften.surveys.models import LocalQuestion, QuestionBank, Survey
from loften.walks.models import Finding, Walk


class AuditRecord(models.Model):
    """What every historical row adds: the acting user's name, kept if the user is removed."""

    history_username = models.CharField(_("användarnamn"), max_length=150, blank=True)

    class Meta:
        abstract = True


class ChangedOnlyRecords(HistoricalRecords):
    """Records a save only when a tracked field changed; a save that changes nothing is no change.

    Fields Django fills in by itself (created and changed times) do not count.
    """

    def post_save(self, instance: models.Model, created: bool, **kwargs: Any) -> None:
        if not created and not kwargs.get("raw", False) and self._unchanged(instance):
            return
        super().post_save(instance, created, **kwargs)

    def get_history_user(self, instance: models.Model) -> Any:
        """The acting user of the write going on; never the request's."""
        explicit = getattr(instance, "_history_user", None)
        if explicit is not None:
            return explicit
        actor = current_actor()
        return actor.user if actor else None

    def get_change_reason_for_object(
        self, instance: models.Model, history_type: str, using: str | None
    ) -> str | None:
        actor = current_actor()
        explicit = super().get_change_reason_for_object(instance, history_type, using)
        return explicit or (actor.reason[:100] if actor and actor.reason else None)

    def _unchanged(self, instance: models.Model) -> bool:
        latest = getattr(instance, self.manager_name).first()
        if latest is None:
            return False
        return all(
            getattr(latest, field.attname) == getattr(instance, field.attname)
            for field in self.fields_included(instance)
            if field.editable
        )


AUDITED: tuple[type[models.Model], ...] = (
    PromiseSet,
    FocusArea,
    Promise,
    Commitment,
    Target,
    Approval,
    Activity,
    Outcome,
    Measurement,
    Contact,
    Survey,
    QuestionBank,
    LocalQuestion,
    Assessment,
    ThemeAssessment,
    AssessmentApproval,
    DialogueNote,
    DialogueComment,
    Incident,
    Area,
    EstActor,
    Walk,
    Finding,
)

# Many-to-many relations whose changes are recorded too.
AUDITED_RELATIONS: dict[type[models.Model], list[str]] = {Activity: ["commitments"]}
# Fields the history never copies: the words of a dialogue as written, before masking,
# are kept only for a while (see loften.dialogue.services.ORIGINAL_DAYS).
NOT_RECORDED: dict[type[models.Model], list[str]] = {
    DialogueNote: ["original", "original_until"],
    DialogueComment: ["original", "original_until"],
}


def _register() -> None:
    for model in AUDITED:
        simple_history.register(
            model,
            app="loften.audit",
            records_class=ChangedOnlyRecords,
            bases=[AuditRecord],
            m2m_fields=AUDITED_RELATIONS.get(model, []),
            excluded_fields=NOT_RECORDED.get(model, []),
            verbose_name=format_lazy("{} (historik)", model._meta.verbose_name),
            verbose_name_plural=format_lazy("{} (historik)", model._meta.verbose_name_plural),
        )


_register()
