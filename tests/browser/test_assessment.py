"""The lägesbild and the statistics in the browser: the coordinator's page, the kommun
page's summary, the crime statistics page."""

import json

import pytest

from loften.assessments.services import assessment_approve, assessment_draft, assessment_publish
from loften.statistics.services import statistics_import
from loften.surveys.questions import COLUMNS
from loften.surveys.services import responses_import, survey_create
from tests.browser.browsing import Visitor, assert_accessible
from tests.factories import member, municipality


@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_a_published_lagesbild_reads_well_in_the_back_office_and_on_the_kommun_page(
    visitor: Visitor, width: str
) -> None:
    coordinator = member("Älvsbyns kommun", "coordinator", username="samordnare")
    survey = survey_create(
        municipality=municipality("2560"), title="Trygghetsmätning 2026", year=2026,
        acting_user=None,
    )  # fmt: skip
    row = dict.fromkeys(COLUMNS, "") | {"omrade": "Centrum", "kon": "kvinna", "alder": "25-44",
                                         "otrygg_kvall": "3", "problem_narkotika": "3"}  # fmt: skip
    lines = [";".join(COLUMNS)] + [";".join(row[c] for c in COLUMNS)] * 40
    responses_import(survey=survey, filename="svar.csv", data="\n".join(lines).encode(),
                     acting_user=None)  # fmt: skip
    assessment = assessment_draft(municipality=survey.municipality, acting_user=coordinator)
    assessment_approve(assessment=assessment, acting_user=coordinator)
    assessment_approve(
        assessment=assessment, acting_user=member("Lokalpolisområde Piteå älvdal", "coordinator")
    )
    assessment_publish(assessment=assessment, acting_user=coordinator)

    page = visitor.open("/kommun/alvsbyn/")
    summary = page.get_by_role("region", name="Lägesbild")
    assert summary.get_by_text("Narkotika").is_visible()
    assert visitor.page_width() <= (360 if width == "phone" else 1280)
    assert_accessible(page)

    visitor.log_in("samordnare", "ett långt lösenord")
    page = visitor.open(f"/arbetsyta/lagesbild/{assessment.pk}/")
    assert page.get_by_role("img", name="Teman efter tyngd i underlaget").is_visible()
    assert visitor.page_width() <= (360 if width == "phone" else 1280)
    assert_accessible(page)


@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_the_crime_statistics_page_reads_well(visitor: Visitor, width: str) -> None:
    crimes = "Region;Brottskategori;År;Antal\n" + "".join(
        f"{name};Bedrägeri;{year};{count}\n"
        for name, counts in (("Älvsbyn", (150, 182)), ("Luleå", (1500, 1400)))
        for year, count in zip((2023, 2024), counts, strict=True)
    )
    population = {"values": [
        {"kpi": "N01951", "municipality": code, "period": year,
         "values": [{"gender": "T", "count": 1, "status": "", "value": people}]}
        for code, people in (("2560", 8000), ("2580", 80000)) for year in (2023, 2024)
    ]}  # fmt: skip
    statistics_import(data=crimes.encode(), filename="brott.csv", acting_user=None)
    statistics_import(data=json.dumps(population).encode(), filename="k.json", acting_user=None)

    page = visitor.open("/kommun/alvsbyn/statistik/")
    assert page.get_by_role("img", name="Anmälda brott: Bedrägeri per 1 000 invånare").is_visible()
    assert visitor.page_width() <= (360 if width == "phone" else 1280)
    assert_accessible(page)
