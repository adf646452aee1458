"""Who reports, sees and changes which incidents; every change in the history."""

import pytest
from django.test import Client

from loften.accounts.permissions import can_see_incident_counts, incident_organisations_to_read
from loften.incidents.categories import Category
from loften.incidents.models import Area, Incident
from loften.incidents.selectors import readable_incidents
from loften.incidents.services import (
    IncidentError,
    Place,
    areas_upload,
    incident_edit,
    incident_report,
)
from loften.registry.models import Municipality, Organisation
from tests.factories import member, municipality
from tests.incidents.conftest import (
    ALVSBYN,
    CENTRUM_POINT,
    HOUSING,
    POLICE,
    at,
    geojson,
    square,
)

pytestmark = pytest.mark.django_db


def report(kommun: Municipality, organisation: Organisation, user: object = None) -> Incident:
    return incident_report(
        municipality=kommun, organisation=organisation, category=Category.GRAFFITI,
        occurred_at=at("2025-04-02 22:15"), place=Place(*CENTRUM_POINT),
        description="Klotter på busskuren", acting_user=user,  # type: ignore[arg-type]
    )  # fmt: skip


def test_a_point_is_placed_in_the_area_it_lies_in(alvsbyn: Municipality, centrum: Area) -> None:
    incident = report(alvsbyn, Organisation.objects.get(name=ALVSBYN))
    assert incident.area == centrum


def test_an_incident_needs_a_place(alvsbyn: Municipality) -> None:
    with pytest.raises(IncidentError, match="Ange var det hände"):
        incident_report(
            municipality=alvsbyn, organisation=Organisation.objects.get(name=ALVSBYN),
            category=Category.FIRE, occurred_at=at("2025-04-02 22:15"), place=Place(),
            description="", acting_user=None,
        )  # fmt: skip


def test_the_kommun_and_the_police_see_everything_a_housing_company_its_own_and_counts(
    alvsbyn: Municipality, housing: Organisation
) -> None:
    kommun_person = member(ALVSBYN, "viewer")
    police_person = member(POLICE, "reporter")
    housing_person = member(HOUSING, "reporter")
    by_police = report(alvsbyn, Organisation.objects.get(name=POLICE), police_person)
    by_housing = report(alvsbyn, housing, housing_person)

    assert set(readable_incidents(kommun_person, alvsbyn)) == {by_police, by_housing}
    assert set(readable_incidents(police_person, alvsbyn)) == {by_police, by_housing}
    assert list(readable_incidents(housing_person, alvsbyn)) == [by_housing]
    assert can_see_incident_counts(housing_person, alvsbyn)


def test_another_kommun_or_an_anonymous_visitor_gets_nothing(alvsbyn: Municipality) -> None:
    report(alvsbyn, Organisation.objects.get(name=ALVSBYN))
    outsider = member("Piteå kommun", "coordinator")
    assert incident_organisations_to_read(outsider, alvsbyn) == []
    assert not readable_incidents(outsider, alvsbyn).exists()
    assert not can_see_incident_counts(outsider, alvsbyn)
    client = Client()
    page = client.get("/arbetsyta/est/2560/vecka/2025-W14/")
    assert page.status_code == 302 and "/konto/" in page["Location"]
    client.force_login(outsider)
    for path in (
        "vecka/2025-W14/",
        "rapportera/",
        "omraden/",
        "las-in/",
        "vecka/2025-W14/utskrift/",
    ):
        assert client.get(f"/arbetsyta/est/2560/{path}").status_code == 404, path


def test_nobody_reports_for_an_organisation_they_do_not_work_for(
    alvsbyn: Municipality, housing: Organisation
) -> None:
    housing_person = member(HOUSING, "reporter")
    with pytest.raises(IncidentError, match="Du kan inte rapportera"):
        report(alvsbyn, Organisation.objects.get(name=ALVSBYN), housing_person)
    viewer = member(ALVSBYN, "viewer")
    with pytest.raises(IncidentError):
        report(alvsbyn, Organisation.objects.get(name=ALVSBYN), viewer)
    assert not Incident.objects.exists()


def test_an_organisation_outside_the_kommuns_est_cannot_report_there(
    alvsbyn: Municipality,
) -> None:
    stranger = Organisation.objects.create(name="Vaktbolaget AB", kind=Organisation.Kind.OTHER)
    with pytest.raises(IncidentError, match="deltar inte i Älvsbyns EST"):
        report(alvsbyn, stranger)


def test_another_organisation_cannot_change_an_incident_but_a_coordinator_can(
    alvsbyn: Municipality, housing: Organisation
) -> None:
    incident = report(alvsbyn, housing, member(HOUSING, "reporter"))
    police = member(POLICE, "reporter")
    with pytest.raises(IncidentError, match="Du kan inte ändra"):
        incident_edit(
            incident=incident, category=Category.FIRE, occurred_at=incident.occurred_at,
            place=Place(address="Storgatan 1"), description="", acting_user=police,
        )  # fmt: skip
    coordinator = member(ALVSBYN, "coordinator")
    incident_edit(
        incident=incident, category=Category.FIRE, occurred_at=incident.occurred_at,
        place=Place(address="Storgatan 1"), description="Brand i soptunna",
        acting_user=coordinator,
    )  # fmt: skip
    incident.refresh_from_db()
    assert incident.category == Category.FIRE and incident.area is None


def test_every_change_is_in_the_history_with_who_made_it(
    alvsbyn: Municipality, housing: Organisation
) -> None:
    reporter = member(HOUSING, "reporter", username="rapportor")
    incident = report(alvsbyn, housing, reporter)
    coordinator = member(ALVSBYN, "coordinator", username="samordnaren")
    incident_edit(
        incident=incident, category=Category.LITTER, occurred_at=incident.occurred_at,
        place=Place(*CENTRUM_POINT), description="Skräp", acting_user=coordinator,
    )  # fmt: skip
    history = list(incident.history.order_by("history_id"))  # type: ignore[attr-defined]
    assert [(h.history_type, h.history_user.username, h.category) for h in history] == [
        ("+", "rapportor", "klotter"),
        ("~", "samordnaren", "nedskrapning"),
    ]
    assert Area.history.filter(name="Centrum", history_type="+").exists()  # type: ignore[attr-defined]


def test_only_the_kommuns_coordinators_upload_areas_and_new_areas_place_old_points(
    alvsbyn: Municipality,
) -> None:
    incident = report(alvsbyn, Organisation.objects.get(name=ALVSBYN))
    with pytest.raises(IncidentError, match="inte rätt"):
        areas_upload(
            municipality=alvsbyn, data=geojson(square("Norr", 21.0, 65.67)),
            acting_user=member(ALVSBYN, "editor"),
        )  # fmt: skip
    areas_upload(
        municipality=alvsbyn, data=geojson(square("Norr", 21.0, 65.67)),
        acting_user=member(ALVSBYN, "coordinator"),
    )  # fmt: skip
    incident.refresh_from_db()
    assert incident.area is not None and incident.area.name == "Norr"
    assert list(Area.objects.filter(municipality=alvsbyn).values_list("name", flat=True)) == [
        "Norr"
    ]


def test_a_broken_area_file_changes_nothing(alvsbyn: Municipality) -> None:
    with pytest.raises(IncidentError, match="inte giltig GeoJSON"):
        areas_upload(municipality=alvsbyn, data=b"{nej", acting_user=None)
    assert Area.objects.filter(municipality=alvsbyn).count() == 2
    assert municipality("2560").areas.count() == 2


def test_personal_data_in_a_description_is_masked_before_it_is_stored(
    alvsbyn: Municipality,
) -> None:
    incident = incident_report(
        municipality=alvsbyn, organisation=Organisation.objects.get(name=ALVSBYN),
        category=Category.DISORDER, occurred_at=at("2025-04-02 22:15"),
        place=Place(*CENTRUM_POINT),
        description="Bråk utanför Storgatan 12, ring 070-123 45 67 eller anna@example.org",
        acting_user=None,
    )  # fmt: skip
    incident.refresh_from_db()
    assert incident.description == "Bråk utanför [adress], ring [telefon] eller [e-post]"
