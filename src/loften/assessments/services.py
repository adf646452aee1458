"""Every write to a lägesbild: one function each, with the acting user.

A draft is made from the sources as they stand (`assessment_draft`), its texts written,
then approved by both parties (the kommun and a police area covering it) and published.
Changing an approved draft takes the approvals back: what was approved is what is
published. A published lägesbild is never changed; the next version is a new draft.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone

from loften.accounts.acting import acts
from loften.accounts.permissions import assessment_approving_organisations, can_edit_assessments
from loften.assessments.evidence import (
    crime_figures,
    dialogue_figures,
    findings,
    incident_figures,
    ranked_themes,
    walk_figures,
)
from loften.assessments.models import Assessment, AssessmentApproval, ThemeAssessment
from loften.assessments.signals import assessment_published
from loften.dialogue.selectors import dialogue_mentions, period_before
from loften.incidents.selectors import incident_trends
from loften.incidents.weeks import Week
from loften.promises.drafting import part_save, promise_save
from loften.promises.models import Promise, PromiseSet, Target
from loften.registry.models import Municipality, Organisation
from loften.statistics.selectors import crime_indicators, trend
from loften.surveys.aggregate import Aggregate
from loften.surveys.models import Survey
from loften.surveys.selectors import survey_aggregate
from loften.walks.selectors import walk_findings_by_theme

NOT_ALLOWED = "Du har inte rätt att ändra kommunens lägesbild."


class AssessmentError(ValueError):
    """A write refused, with the reason in Swedish."""


def _require(acting_user: User | None, municipality: Municipality) -> None:
    if acting_user is not None and not can_edit_assessments(acting_user, municipality):
        raise AssessmentError(NOT_ALLOWED)


def _lock_draft(assessment: Assessment) -> Assessment:
    locked = Assessment.objects.select_for_update().get(pk=assessment.pk)
    if locked.status != Assessment.Status.DRAFT:
        raise AssessmentError("En publicerad lägesbild ändras inte. Gör en ny version i stället.")
    return locked


def latest_survey(municipality: Municipality) -> Survey | None:
    """The kommun's newest survey round that has answers."""
    return (
        Survey.objects.filter(municipality=municipality, responses__isnull=False)
        .order_by("-year", "-pk")
        .distinct()
        .first()
    )


@acts
@transaction.atomic
def assessment_draft(
    *,
    municipality: Municipality,
    acting_user: User | None,
    as_of: date | None = None,
    survey: Survey | None = None,
) -> Assessment:
    """A new version of the kommun's lägesbild, its themes ranked from the sources of today."""
    _require(acting_user, municipality)
    Municipality.objects.select_for_update().filter(pk=municipality.pk).first()
    earlier = Assessment.objects.filter(municipality=municipality)
    if (draft := earlier.filter(status=Assessment.Status.DRAFT).first()) is not None:
        raise AssessmentError(
            f"Det finns redan ett utkast (version {draft.version}). Arbeta vidare i det."
        )
    survey = survey or latest_survey(municipality)
    day = as_of or timezone.localdate()
    assessment = Assessment.objects.create(
        municipality=municipality,
        version=(earlier.aggregate(last=Max("version"))["last"] or 0) + 1,
        as_of=day,
        title=f"Lägesbild för {municipality.name} {day.year}",
        survey=survey,
    )
    crimes = crime_figures(
        [
            (
                indicator.key,
                indicator.name,
                [(p.year, p.rate) for p in trend(indicator, municipality).municipality],
            )
            for indicator in crime_indicators(municipality)
        ],
        source="Brå, anmälda brott per 1 000 invånare",
        link=reverse("municipality-statistics", args=[municipality.slug]),
    )
    start, end = period_before(day)
    mentions = dialogue_mentions(municipality, start, end)
    list_url = reverse("dialogue-list", args=[municipality.code])
    dialogue = dialogue_figures(
        mentions.by_theme,
        mentions.total,
        source=f"Dialoger och synpunkter {start}–{end}",
        link=lambda theme: f"{list_url}?tema={theme}&fran={start}&till={end}",
    )
    week_link = reverse("incidents-week", args=[municipality.code, str(Week.of(day).minus(1))])
    incidents = incident_figures(
        [
            (t.theme, t.area, t.recent, t.earlier, week_link)
            for t in incident_trends(municipality, day)
        ],
        source="EST-händelser rapporterade av kommunen, polisen och andra aktörer",
    )
    walks = walk_figures(
        [(t.theme, t.found, t.fixed) for t in walk_findings_by_theme(municipality, day)],
        source=f"Trygghetsvandringar det senaste året till {day}",
        link=reverse("walks-list", args=[municipality.code]),
    )
    result = survey_aggregate(survey) if survey is not None else None
    if result is not None and survey is not None:
        assessment.respondents = result.respondents
        assessment.findings = findings(result)
        assessment.save(update_fields=["respondents", "findings"])
    survey_source = (
        f"{survey.title} ({survey.year}), {result.respondents} svarande"
        if survey and result
        else ""
    )
    ranked = ranked_themes(
        result or Aggregate(0, []),
        source=survey_source,
        link=reverse("survey-office", args=[survey.pk]) if survey else "",
        extra=[*crimes, *dialogue, *incidents, *walks],
    )
    for rank, evidence in enumerate(ranked, start=1):
        ThemeAssessment.objects.create(
            assessment=assessment,
            theme=evidence.theme,
            rank=rank,
            score=evidence.score,
            evidence=evidence.as_json()["figures"],
        )
    return assessment


def _changed(assessment: Assessment) -> None:
    """What was approved is no longer what stands: the approvals are taken back."""
    AssessmentApproval.objects.filter(assessment=assessment).delete()


@acts
@transaction.atomic
def assessment_texts_save(
    *, assessment: Assessment, summary: str, participants: str, acting_user: User | None
) -> Assessment:
    """The draft's summary and who took part in making it."""
    _require(acting_user, assessment.municipality)
    locked = _lock_draft(assessment)
    locked.summary, locked.participants = summary.strip(), participants.strip()
    locked.save(update_fields=["summary", "participants"])
    _changed(locked)
    return locked


@acts
@transaction.atomic
def theme_analysis_save(
    *, theme: ThemeAssessment, analysis: str, acting_user: User | None
) -> ThemeAssessment:
    """The written analysis of one theme of a draft."""
    _require(acting_user, theme.assessment.municipality)
    _lock_draft(theme.assessment)
    theme.analysis = analysis.strip()
    theme.save(update_fields=["analysis"])
    _changed(theme.assessment)
    return theme


@acts
@transaction.atomic
def assessment_approve(*, assessment: Assessment, acting_user: User) -> list[Organisation]:
    """Approve the draft for every party the user coordinates for."""
    organisations = assessment_approving_organisations(acting_user, assessment.municipality)
    if not organisations:
        raise AssessmentError("Du kan inte godkänna lägesbilden för någon av parterna.")
    locked = _lock_draft(assessment)
    for organisation in organisations:
        AssessmentApproval.objects.get_or_create(
            assessment=locked, organisation=organisation, defaults={"approved_by": acting_user}
        )
    return organisations


def missing_approvals(assessment: Assessment) -> list[str]:
    """The parties that have not yet approved, in Swedish: 'kommunen', 'polisen'."""
    kinds = set(assessment.approvals.values_list("organisation__kind", flat=True))
    return [
        party
        for kind, party in (
            (Organisation.Kind.MUNICIPALITY, "kommunen"),
            (Organisation.Kind.POLICE_AREA, "polisen"),
        )
        if kind not in kinds
    ]


@acts
@transaction.atomic
def assessment_publish(*, assessment: Assessment, acting_user: User | None) -> Assessment:
    """Publish a draft both parties approved; the kommun page then shows its summary."""
    _require(acting_user, assessment.municipality)
    locked = _lock_draft(assessment)
    if missing := missing_approvals(locked):
        raise AssessmentError(
            "Lägesbilden kan publiceras först när båda parterna godkänt den. Saknas: "
            + " och ".join(missing)
            + "."
        )
    locked.status = Assessment.Status.PUBLISHED
    locked.published_at = timezone.now()
    locked.save(update_fields=["status", "published_at"])
    assessment_published.send(Assessment, assessment=locked, acting_user=acting_user)
    return locked


@acts
@transaction.atomic
def promise_from_theme(
    *, theme: ThemeAssessment, promise_set: PromiseSet, text: str, acting_user: User | None
) -> Promise:
    """Start a promise on a theme of the lägesbild in a draft promise set, with a target
    whose baseline is the theme's strongest figure, as of the lägesbild's day."""
    if not promise_set.municipalities.filter(pk=theme.assessment.municipality_id).exists():
        raise AssessmentError("Löftet måste gälla samma kommun som lägesbilden.")
    promise = Promise(
        promise_set=promise_set,
        text=text.strip() or f"{theme.get_theme_display()}: (skriv löftet här)",
        by_police=True,
        by_municipality=True,
    )
    promise_save(promise=promise, fields=[], themes=[theme.theme], acting_user=acting_user)
    if theme.evidence:
        strongest = theme.evidence[0]
        # A survey share is measured again by the next round; a crime rate is not what
        # the statistics import counts, so its target stays measured by hand.
        key = strongest.get("key", "")
        value = Decimal(str(round(strongest["value"] * 100, 2)))
        target = Target(
            promise_set=promise_set,
            promise=promise,
            indicator=f"{strongest['label']} (andel i procent, {strongest['source']})",
            direction=Target.Direction.DECREASE,
            baseline_value=value,
            baseline_year=theme.assessment.as_of.year,
            baseline_text=f"{strongest['shown']} enligt lägesbilden {theme.assessment.as_of}",
            data_source=strongest["source"][:300],
            indicator_key=key if key.startswith("trygghet:") else "",
        )
        part_save(target, fields=[], acting_user=acting_user)
    return promise
