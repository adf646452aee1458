"""A lägesbild from draft to the kommun page: both parties approve, suppression holds."""

import io
import json
from datetime import timedelta
from pathlib import Path

import docx
import pytest
import time_machine
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone
from pypdf import PdfReader

from loften.assessments.evidence import RANKING_METHOD
from loften.assessments.models import Assessment
from loften.assessments.services import (
    AssessmentError,
    assessment_approve,
    assessment_draft,
    assessment_publish,
    promise_from_theme,
    theme_analysis_save,
)
from loften.dialogue.services import comment_submit
from loften.promises.models import Promise
from loften.statistics.services import statistics_import
from loften.surveys.models import Survey
from loften.surveys.questions import COLUMNS
from loften.surveys.services import responses_import, survey_create
from tests.factories import PromiseSetFactory, member, municipality

pytestmark = pytest.mark.django_db

ALVSBYN = "Älvsbyns kommun"
POLICE = "Lokalpolisområde Piteå älvdal"


def answers(area: str, gender: str, safe: int, drugs: int, count: int) -> list[str]:
    row = dict.fromkeys(COLUMNS, "")
    row.update(omrade=area, kon=gender, alder="25-44", otrygg_kvall=str(safe),
               problem_narkotika=str(drugs), problem_klotter="0")  # fmt: skip
    return [";".join(row[c] for c in COLUMNS)] * count


@pytest.fixture
def survey() -> Survey:
    survey = survey_create(
        municipality=municipality("2560"), title="Trygghetsmätning 2026", year=2026,
        acting_user=None,
    )  # fmt: skip
    lines = [";".join(COLUMNS)]
    lines += answers("Centrum", "kvinna", 3, 3, 30) + answers("Centrum", "man", 1, 2, 30)
    lines += answers("Vidsel", "kvinna", 4, 0, 4)  # a group too small to show
    responses_import(
        survey=survey, filename="svar.csv", data="\n".join(lines).encode(), acting_user=None
    )
    return survey


@pytest.fixture
def coordinator() -> object:
    return member(ALVSBYN, "coordinator", username="samordnare")


def test_a_draft_ranks_the_themes_and_finds_the_groups_from_the_survey(
    survey: Survey, coordinator: object
) -> None:
    assessment = assessment_draft(municipality=survey.municipality, acting_user=coordinator)  # type: ignore[arg-type]

    themes = list(assessment.themes.order_by("rank"))
    assert themes[0].theme == "drugs" and themes[0].evidence[0]["shown"] == "94 %"  # 60 of 64
    assert themes[0].evidence[0]["link"] == f"/arbetsyta/trygghet/{survey.pk}/"
    assert assessment.respondents == 64 and assessment.version == 1
    assert any(f.startswith("Kvinnor känner sig otrygga") for f in assessment.findings)
    assert not any("Vidsel" in f for f in assessment.findings)
    assert {r.history_user for r in assessment.history.all()} == {coordinator}  # type: ignore[attr-defined]


def test_publishing_needs_both_parties_and_a_change_takes_approvals_back(
    survey: Survey, coordinator: object
) -> None:
    assessment = assessment_draft(municipality=survey.municipality, acting_user=coordinator)  # type: ignore[arg-type]
    police = member(POLICE, "editor")  # the kommunpolis approves for the police

    assessment_approve(assessment=assessment, acting_user=coordinator)  # type: ignore[arg-type]
    with pytest.raises(AssessmentError, match="Saknas: polisen"):
        assessment_publish(assessment=assessment, acting_user=coordinator)  # type: ignore[arg-type]
    assessment_approve(assessment=assessment, acting_user=police)
    theme = assessment.themes.first()
    assert theme is not None
    theme_analysis_save(
        theme=theme, analysis="Narkotikan syns mest i centrum.", acting_user=coordinator
    )  # type: ignore[arg-type]
    with pytest.raises(AssessmentError, match="inte rätt"):
        theme_analysis_save(theme=theme, analysis="Polisens egen text", acting_user=police)
    with pytest.raises(AssessmentError, match="Saknas: kommunen och polisen"):
        assessment_publish(assessment=assessment, acting_user=coordinator)  # type: ignore[arg-type]

    assessment_approve(assessment=assessment, acting_user=coordinator)  # type: ignore[arg-type]
    assessment_approve(assessment=assessment, acting_user=police)
    published = assessment_publish(assessment=assessment, acting_user=coordinator)  # type: ignore[arg-type]
    assert published.status == Assessment.Status.PUBLISHED
    with pytest.raises(AssessmentError, match="ny version"):
        theme_analysis_save(theme=theme, analysis="Ändrat i efterhand", acting_user=coordinator)  # type: ignore[arg-type]
    assert assessment_draft(municipality=survey.municipality, acting_user=coordinator).version == 2  # type: ignore[arg-type]


def test_others_cannot_draft_approve_or_read_a_kommuns_lagesbild(survey: Survey) -> None:
    assessment = assessment_draft(municipality=survey.municipality, acting_user=None)
    outsider = member("Umeå kommun", "coordinator")
    reporter = member(ALVSBYN, "reporter")
    with pytest.raises(AssessmentError):
        assessment_draft(municipality=survey.municipality, acting_user=outsider)
    for user in (outsider, reporter):
        with pytest.raises(AssessmentError):
            assessment_approve(assessment=assessment, acting_user=user)
    client = Client()
    client.force_login(outsider)
    base = f"/arbetsyta/lagesbild/{assessment.pk}/"
    for url in (base, base + "lagesbild.pdf", base + "lagesbild.docx"):
        assert client.get(url).status_code == 404
    assert client.post(base + "publicera/").status_code == 404
    assert client.post(base + "godkann/").status_code == 404
    assert not assessment.approvals.exists()


def test_the_kommun_page_shows_the_published_summary_only(
    survey: Survey, coordinator: object
) -> None:
    assessment = assessment_draft(municipality=survey.municipality, acting_user=coordinator)  # type: ignore[arg-type]
    page = Client().get("/kommun/alvsbyn/").content.decode()
    assert "Lägesbild" not in page

    assessment_approve(assessment=assessment, acting_user=coordinator)  # type: ignore[arg-type]
    assessment_approve(assessment=assessment, acting_user=member(POLICE, "coordinator"))
    assessment_publish(assessment=assessment, acting_user=coordinator)  # type: ignore[arg-type]
    page = Client().get("/kommun/alvsbyn/").content.decode()
    assert "Lägesbild för Älvsbyn" in page and "64 svarande" in page
    assert "Narkotika" in page and "Kvinnor känner sig otrygga" in page
    assert "Vidsel" not in page
    cache.clear()


def test_exports_carry_the_themes_and_the_chart(
    survey: Survey, coordinator: object, tmp_path: Path
) -> None:
    assessment = assessment_draft(municipality=survey.municipality, acting_user=coordinator)  # type: ignore[arg-type]
    client = Client()
    client.force_login(coordinator)  # type: ignore[arg-type]
    base = f"/arbetsyta/lagesbild/{assessment.pk}/lagesbild."
    html = client.get(base + "html").content.decode()
    assert '<svg class="chart" role="img"' in html and "Narkotika: 94 %" in html
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "")
    pdf = PdfReader(io.BytesIO(client.get(base + "pdf").content))
    assert "Narkotika" in "".join(page.extract_text() for page in pdf.pages)
    word = docx.Document(io.BytesIO(client.get(base + "docx").content))
    assert any(p.text == "1. Narkotika" for p in word.paragraphs)
    # Readers of every form are told how the themes were ranked.
    assert RANKING_METHOD in html
    assert RANKING_METHOD in [p.text for p in word.paragraphs]

    output = tmp_path / "lagesbild.docx"
    with pytest.raises(CommandError, match="no such"):
        call_command("assessment", "export", "--municipality", "2560", "--output", str(output))
    call_command("assessment", "export", "--municipality", "2560", "--version", "1",
                 "--output", str(output), stdout=io.StringIO())  # fmt: skip
    assert docx.Document(str(output)).core_properties.title == assessment.title


def test_a_theme_starts_a_promise_with_its_baseline_in_a_draft(
    survey: Survey, coordinator: object
) -> None:
    assessment = assessment_draft(municipality=survey.municipality, acting_user=coordinator)  # type: ignore[arg-type]
    theme = assessment.themes.get(theme="drugs")
    draft = PromiseSetFactory()
    client = Client()
    client.force_login(coordinator)  # type: ignore[arg-type]

    answer = client.post(
        f"/arbetsyta/lagesbild/{assessment.pk}/tema/{theme.pk}/nytt-lofte/",
        {"promise_set": draft.pk, "text": "Polisen och kommunen lovar att minska narkotikan."},
    )

    promise = Promise.objects.get(promise_set=draft)
    assert answer.status_code == 302 and str(promise.pk) in answer["Location"]
    assert [t.theme for t in promise.themes.all()] == ["drugs"]
    target = promise.targets.get()
    assert float(target.baseline_value or 0) == pytest.approx(93.75)
    assert target.baseline_year == 2026
    assert target.direction == "decrease"


def test_a_draft_weighs_crime_statistics_that_grew(coordinator: object) -> None:
    crimes = (
        "Region;Brottskategori;År;Antal\nÄlvsbyn;Bedrägeri;2021;100\nÄlvsbyn;Bedrägeri;2024;150\n"
    )
    population = {
        "values": [
            {"kpi": "N01951", "municipality": "2560", "period": year,
             "values": [{"gender": "T", "count": 1, "status": "", "value": 8000}]}
            for year in (2021, 2024)
        ]
    }  # fmt: skip
    statistics_import(data=crimes.encode(), filename="brott.csv", acting_user=None)
    statistics_import(data=json.dumps(population).encode(), filename="k.json", acting_user=None)

    assessment = assessment_draft(municipality=municipality("2560"), acting_user=coordinator)  # type: ignore[arg-type]

    (fraud,) = assessment.themes.all()
    assert fraud.theme == "fraud" and fraud.score == pytest.approx(0.5)
    assert fraud.evidence[0]["shown"] == "18,8 per 1 000 invånare 2024 (+50 % sedan 2021)"
    assert fraud.evidence[0]["link"] == "/kommun/alvsbyn/statistik/"


def test_the_buttons_approve_and_refuse_to_publish_until_both_have_approved(
    survey: Survey, coordinator: object
) -> None:
    assessment = assessment_draft(municipality=survey.municipality, acting_user=coordinator)  # type: ignore[arg-type]
    client = Client()
    client.force_login(coordinator)  # type: ignore[arg-type]
    base = f"/arbetsyta/lagesbild/{assessment.pk}/"

    client.post(base + "godkann/")
    page = client.post(base + "publicera/", follow=True).content.decode()

    assert [a.organisation.name for a in assessment.approvals.all()] == [ALVSBYN]
    assert "Saknas: polisen." in page
    assessment.refresh_from_db()
    assert assessment.status == Assessment.Status.DRAFT


def test_a_promise_started_from_a_survey_theme_is_measured_by_the_next_round(
    survey: Survey, coordinator: object
) -> None:
    assessment = assessment_draft(municipality=survey.municipality, acting_user=coordinator)  # type: ignore[arg-type]
    draft = PromiseSetFactory()
    promise = promise_from_theme(
        theme=assessment.themes.get(theme="drugs"), promise_set=draft,
        text="Mindre narkotika", acting_user=coordinator,  # type: ignore[arg-type]
    )  # fmt: skip
    target = promise.targets.get()
    assert target.indicator_key == "trygghet:problem_narkotika_share"

    later = survey_create(
        municipality=survey.municipality, title="Trygghetsmätning 2027", year=2027,
        acting_user=None,
    )  # fmt: skip
    lines = [
        ";".join(COLUMNS),
        *answers("Centrum", "kvinna", 1, 3, 10),
        *answers("Centrum", "man", 1, 0, 30),
    ]
    responses_import(survey=later, filename="2027.csv", data="\n".join(lines).encode(),
                     acting_user=None)  # fmt: skip

    measured = target.measurements.get()
    assert float(measured.value) == pytest.approx(25.0)  # 10 of 40 call it big
    assert measured.measured_on.year == 2027 and "40 svarande" in measured.source


def test_the_open_data_api_serves_published_lagesbilder_only(
    survey: Survey, coordinator: object
) -> None:
    draft = assessment_draft(municipality=survey.municipality, acting_user=coordinator)  # type: ignore[arg-type]
    client = Client()
    assert client.get("/api/v1/assessments").json()["count"] == 0
    assert client.get(f"/api/v1/assessments/{draft.pk}").status_code == 404

    assessment_approve(assessment=draft, acting_user=coordinator)  # type: ignore[arg-type]
    assessment_approve(assessment=draft, acting_user=member(POLICE, "editor"))
    assessment_publish(assessment=draft, acting_user=coordinator)  # type: ignore[arg-type]
    listing = client.get("/api/v1/assessments?municipality=2560").json()
    assert [item["id"] for item in listing["results"]] == [draft.pk]
    year = draft.as_of.year
    for query, found in [
        ("municipality=2480", []),
        ("county=25", [draft.pk]),
        ("county=24", []),
        (f"year={year}", [draft.pk]),
        (f"year={year - 1}", []),
    ]:
        narrowed = client.get(f"/api/v1/assessments?{query}").json()["results"]
        assert [item["id"] for item in narrowed] == found, query
    detail = client.get(f"/api/v1/assessments/{draft.pk}").json()
    assert detail["themes"][0]["theme"] == "drugs"
    assert detail["themes"][0]["theme_label"] == "Narkotika"
    assert not any("Vidsel" in finding for finding in detail["findings"])
    answer = client.get("/api/v1/assessments.csv")
    exported = b"".join(answer.streaming_content).decode("utf-8-sig")  # type: ignore[attr-defined]
    assert "Lägesbild för Älvsbyn" in exported


def test_dialogue_mentions_in_the_period_move_a_theme_with_their_link(
    survey: Survey, coordinator: object
) -> None:
    kommun = survey.municipality
    today = timezone.localdate()
    with time_machine.travel(today - timedelta(days=400)):  # before the period: not counted
        for number in range(10):
            comment_submit(municipality=kommun, text="Knark!", area="", form_digest=f"o{number}")
    for number in range(6):
        comment_submit(
            municipality=kommun, text="Klotter på skolan igen.", area="", form_digest=f"n{number}"
        )

    assessment = assessment_draft(municipality=kommun, acting_user=coordinator)  # type: ignore[arg-type]

    themes = list(assessment.themes.order_by("rank"))
    assert [t.theme for t in themes[:2]] == ["vandalism", "drugs"]
    mentioned = themes[0].evidence[0]
    assert mentioned["shown"] == "6 av 6 anteckningar och synpunkter (100 %)"
    start = today - timedelta(days=364)
    assert mentioned["link"] == f"/arbetsyta/dialog/2560/?tema=vandalism&fran={start}&till={today}"
    assert all(f["label"] != "Nämns i dialoger och synpunkter" for f in themes[1].evidence)
