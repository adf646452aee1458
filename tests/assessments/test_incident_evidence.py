"""EST incidents in the lägesbild: a theme whose incidents grew in an area moves up."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from loften.assessments.evidence import incident_figures
from loften.assessments.services import assessment_draft
from loften.incidents.categories import Category
from loften.incidents.services import Place, incident_report
from loften.promises.models import Theme
from loften.registry.models import Organisation
from tests.factories import municipality

STOCKHOLM = ZoneInfo("Europe/Stockholm")
# A Thursday: its ISO week (2025-W15) is the one the draft is made in; the four full
# weeks before it are W11-W14, the twelve before those 2024-W51 to 2025-W10.
AS_OF = date(2025, 4, 10)


def test_incidents_that_grew_in_an_area_weigh_by_the_growth_and_few_do_not_count() -> None:
    found = incident_figures(
        [
            (Theme.DRUGS, "Centrum", 6, 2.0, "/v"),
            (Theme.VANDALISM, "Vidsel", 2, 0.0, "/v"),  # too few to be a trend
            (Theme.PUBLIC_ORDER, "Centrum", 4, 5.0, "/v"),  # fell
        ],
        source="EST",
    )
    ((theme, figure),) = found
    assert theme == Theme.DRUGS and figure.value == 1.0
    assert figure.label == "Centrum: EST-händelser (narkotika) ökar"
    assert figure.shown == "6 händelser senaste 4 veckorna, mot 2 i snitt 4 veckor före"


@pytest.mark.django_db
def test_incidents_move_a_theme_in_a_new_lagesbild_with_a_link_to_the_week() -> None:
    kommun = municipality("2560")
    police = Organisation.objects.get(name="Lokalpolisområde Piteå älvdal")

    def report(category: Category, day: date) -> None:
        incident_report(
            municipality=kommun, organisation=police, category=category,
            occurred_at=datetime.combine(day, datetime.min.time(), STOCKHOLM).replace(hour=22),
            place=Place(address="Torget"), description="", acting_user=None,
        )  # fmt: skip

    for days in (3, 6, 9, 13, 20):  # five in the last four weeks
        report(Category.DRUGS, AS_OF - timedelta(days=days + 7))
    report(Category.DRUGS, AS_OF - timedelta(days=60))  # one in the twelve weeks before
    report(Category.LITTER, AS_OF - timedelta(days=12))  # a single one: no trend

    assessment = assessment_draft(municipality=kommun, acting_user=None, as_of=AS_OF)

    (drugs,) = assessment.themes.all()
    assert drugs.theme == Theme.DRUGS and drugs.rank == 1 and drugs.score == 1.0
    (figure,) = drugs.evidence
    assert figure["label"] == "Utanför områdena: EST-händelser (narkotika) ökar"
    assert figure["link"] == "/arbetsyta/est/2560/vecka/2025-W14/"
    assert figure["shown"].startswith("5 händelser senaste 4 veckorna")
