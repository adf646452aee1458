"""Nothing personal a resident writes is shown unmasked anywhere: public pages, feeds, the
API, the lägesbild and its exports; and after the keeping time it is nowhere at all."""

from collections.abc import Iterator
from datetime import timedelta

import pytest
import time_machine
from django.apps import apps
from django.db import connection
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from loften.assessments.services import assessment_approve, assessment_draft, assessment_publish
from loften.dialogue.services import (
    ORIGINAL_DAYS,
    NoteDraft,
    comment_submit,
    dialogue_forget,
    note_create,
)
from tests.factories import member, municipality

pytestmark = pytest.mark.django_db

PERSONAL = (
    "Karin", "Lindqvist", "070-987 65 43", "karin.l@exempel.se", "851224-1238", "Ringvägen 14"
)  # fmt: skip
POLICE = "Lokalpolisområde Piteå älvdal"
HIDDEN = ("admin", "arbetsyta", "konto")
WRITTEN = (
    "Karin Lindqvist (070-987 65 43, karin.l@exempel.se, 851224-1238) på Ringvägen 14 B "
    "ser narkotikaförsäljning varje kväll."
)


def public_urls(slug: str, code: str) -> Iterator[str]:
    """Every page, feed and API address that takes no argument or only the kommun."""

    def walk(patterns: list[URLPattern | URLResolver], prefix: str) -> Iterator[str]:
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, route)
                continue
            route = route.replace("<slug:slug>", slug).replace("<int:code>", code)
            route = route.replace("<str:code>", code).lstrip("^").rstrip("$")
            if "<" not in route and "(" not in route and not route.startswith(HIDDEN):
                yield "/" + route

    yield from walk(get_resolver().url_patterns, "")


def test_a_comment_with_personal_data_appears_nowhere_unmasked() -> None:
    kommun = municipality("2560")
    for number in range(5):
        comment_submit(
            municipality=kommun, text=WRITTEN, area="Ringvägen 14", form_digest=f"{number}" * 64
        )
    note_create(
        municipality=kommun,
        draft=NoteDraft(kind="medborgardialog", organiser="Karin Lindqvist, kommunen",
                        held_on=timezone.localdate(), text=WRITTEN, place="Ringvägen 14"),
        acting_user=None,
    )  # fmt: skip
    coordinator = member("Älvsbyns kommun", "coordinator")
    assessment = assessment_draft(municipality=kommun, acting_user=coordinator)
    assert assessment.themes.get(theme="drugs").evidence[0]["label"] == (
        "Nämns i dialoger och synpunkter"
    )
    assessment_approve(assessment=assessment, acting_user=coordinator)
    assessment_approve(assessment=assessment, acting_user=member(POLICE, "coordinator"))
    assessment_publish(assessment=assessment, acting_user=coordinator)

    anonymous = Client(raise_request_exception=False)
    urls = list(public_urls(kommun.slug, kommun.code))
    assert "/kommun/alvsbyn/" in urls and "/kommun/alvsbyn/flode.atom" in urls
    assert any(url.startswith("/api/v1/") for url in urls)
    for url in urls:
        response = anonymous.get(url)
        raw = b"".join(response.streaming_content) if response.streaming else response.content  # type: ignore[attr-defined]
        body = raw.decode(errors="replace")
        assert not [value for value in PERSONAL if value in body], url

    signed_in = Client()
    signed_in.force_login(coordinator)
    for url in (
        f"/arbetsyta/lagesbild/{assessment.pk}/",
        f"/arbetsyta/lagesbild/{assessment.pk}/lagesbild.html",
        "/arbetsyta/dialog/2560/",
    ):
        body = signed_in.get(url).content.decode()
        assert not [value for value in PERSONAL if value in body], url
    assert "[namn] ([telefon], [e-post], [personnummer]) på [adress]" in body

    later = timezone.localdate() + timedelta(days=ORIGINAL_DAYS + 1)
    with time_machine.travel(later):
        dialogue_forget(today=later)
    tables = set(connection.introspection.table_names())
    with connection.cursor() as cursor:
        for model in apps.get_models(include_auto_created=True):
            if model._meta.db_table not in tables:
                continue
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(model._meta.db_table)}")  # noqa: S608
            for row in cursor.fetchall():
                text = " ".join(str(value) for value in row)
                assert not [value for value in PERSONAL if value in text], model
