"""Contact blocks read as Swedish public documents write them, and never taken for promises."""

from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client
from hypothesis import given, settings
from hypothesis import strategies as st

from loften.ingest.contacts import contacts_of, details_of
from loften.ingest.extract import Reference, extract
from loften.promises.models import PromiseSet
from tests.factories import member
from tests.ingest.test_extract import SEEDS, read

REFERENCE = Reference.from_shipped_files()
FIELDS = ("organisation", "name", "title", "phone", "email", "website", "address")


def contacts(text: str, default: str | None = "Älvsbyns kommun") -> list[dict[str, Any]]:
    return [
        {key: contact[key] for key in FIELDS}
        for contact in contacts_of(text, default_organisation=default)
    ]


def contact(organisation: str, **details: str) -> dict[str, str]:
    return {key: details.get(key, "") for key in FIELDS} | {"organisation": organisation}


@pytest.mark.parametrize("name", ["001_fdd24d6d2ed0ef15", "003_55caf2bb7bed1e8d"])
def test_the_seeds_contacts_are_read_per_organisation(name: str) -> None:
    found, expected = read(name)
    assert [{key: c[key] for key in FIELDS} for c in found["contacts"]] == expected["contacts"]


@pytest.mark.parametrize("name", ["000_2d4a401379370ee3", "002_307e26fc5e31ffd9"])
def test_a_document_without_contact_details_has_none(name: str) -> None:
    found, _ = read(name)
    assert found["contacts"] == []


def test_a_web_address_in_a_sentence_is_not_a_contact() -> None:
    found, _ = read("004_a34657226f142e30")
    assert "www.ostersund.se" in found["text"]
    assert found["contacts"] == []


def test_each_contact_points_at_its_block_in_the_text() -> None:
    found, _ = read("003_55caf2bb7bed1e8d")
    text, sources = found["text"], found["sources"]
    first = text[sources["contacts.0"]["start"] : sources["contacts.0"]["end"]]
    second = text[sources["contacts.1"]["start"] : sources["contacts.1"]["end"]]
    assert first.startswith("Strömsunds kommun") and first.endswith("(växel)")
    assert second.startswith("Richard Persson") and second.endswith("0670-169 74")


def test_labelled_details_under_a_kontakt_heading() -> None:
    text = (
        "Kontakt\n\n"
        "Älvsbyns kommun\n"
        "Besöksadress: Storgatan 13\n"
        "Postadress: 942 85 Älvsbyn\n"
        "Telefon: 0929-170 00\n"
        "E-post: kommun@alvsbyn.se\n"
        "Webbplats: www.alvsbyn.se\n"
    )
    assert contacts(text) == [
        contact(
            "Älvsbyns kommun",
            phone="0929-170 00",
            email="kommun@alvsbyn.se",
            website="www.alvsbyn.se",
            address="Besöksadress: Storgatan 13\nPostadress: 942 85 Älvsbyn",
        )
    ]


def test_people_in_their_roles_written_in_either_order() -> None:
    text = (
        "Kontaktpersoner\n"
        "Kommunpolis Anna Berg\n"
        "anna.berg@polisen.se\n"
        "Per Lind, trygghetssamordnare\n"
        "Mobil: 070-123 45 67\n"
    )
    assert contacts(text, default=None) == [
        contact("Polisen", name="Anna Berg", title="Kommunpolis", email="anna.berg@polisen.se"),
        contact("", name="Per Lind", title="trygghetssamordnare", phone="070-123 45 67"),
    ]


def test_a_role_over_its_number_and_details_on_one_line() -> None:
    text = (
        "Kontakta oss\nPiteå kommun\nVäxel\n0911-69 60 00\nPolisen\nTel. 114 14 | www.polisen.se\n"
    )
    assert contacts(text) == [
        contact("Piteå kommun", title="Växel", phone="0911-69 60 00"),
        contact("Polisen", phone="114 14", website="www.polisen.se"),
    ]


def test_international_numbers_and_the_växel_label() -> None:
    text = "Lokalpolisområde Piteå älvdal\nVäxel: +46 10-564 00 00\nE-mail: registrator@polisen.se"
    assert contacts(text) == [
        contact(
            "Lokalpolisområde Piteå älvdal",
            phone="+46 10-564 00 00 (växel)",
            email="registrator@polisen.se",
        )
    ]


def test_details_with_nobody_above_them_belong_to_the_kommun_or_to_polisen() -> None:
    text = "Mer information\ninfo@alvsbyn.se\n\nHar du frågor?\n114 14\nwww.polisen.se\n"
    assert contacts(text) == [
        contact("Älvsbyns kommun", email="info@alvsbyn.se"),
        contact("Polisen", phone="114 14", website="www.polisen.se"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Läs mer på kommunens webbplats, www.alvsbyn.se, där uppföljningen publiceras.",
        "Medborgarlöften 2021–2022\n\n2021\n\nPolisen lovar att synas mer.",
        "Hans Lindberg\nkommunstyrelsens ordförande, Umeå kommun\n",
        "www.alvsbyn.se\n\nNarkotika\n\nPolisen lovar att arbeta mot narkotika.",
        "Ring 112 vid nödläge. Vid andra ärenden, ring 114 14 eller mejla info@polisen.se.",
        "SKURUPS KOMMUN POLISEN\n\nAktivitetsplan 2027\n\nPlanen visar när löftet genomförs.",
    ],
)
def test_prose_signatures_years_and_a_lone_address_are_not_contacts(text: str) -> None:
    assert contacts(text) == []


@pytest.mark.parametrize(
    "line, details",
    [
        ("Telefon 114 14", [("phone", "114 14")]),
        ("090–16 10 00", [("phone", "090–16 10 00")]),
        ("0670-161 00 (växel)", [("phone", "0670-161 00 (växel)")]),
        ("Box 500", [("address", "Box 500")]),
        ("833 24 Strömsund", [("address", "833 24 Strömsund")]),
        ("Adress: Storgatan 13", [("address", "Storgatan 13")]),
        ("Skolgatan 31A", [("address", "Skolgatan 31A")]),
        ("https://polisen.se/", [("website", "https://polisen.se")]),
        # Details without a digit: the quick test for a detail must let them through.
        ("ostersund.se", [("website", "ostersund.se")]),
        ("Besök: Stadshuset", [("address", "Besök: Stadshuset")]),
        ("E-post: info@polisen.se", [("email", "info@polisen.se")]),
        ("2021", []),
        ("Besök, information och utbildning", []),
        ("Telefon: snart", []),
    ],
)
def test_a_line_is_details_only_when_it_holds_nothing_else(
    line: str, details: list[tuple[str, str]]
) -> None:
    assert details_of(line) == details


def test_a_contact_block_in_a_promise_list_is_not_a_promise() -> None:
    text = (
        "Medborgarlöfte för Älvsbyns kommun 2024\n\n"
        "Trygghet\n\n"
        "• Polisen lovar att genomföra trafikkontroller två gånger per år.\n"
        "• Älvsbyns kommun\n"
        "• Telefon: 0929-170 00\n"
        "• E-post: kommun@alvsbyn.se\n\n"
        "• Kommunen lovar att genomföra trygghetsvandringar varje år.\n"
    )
    found = extract(text, REFERENCE)
    assert [p["text"][:20] for p in found["promises"]] == [
        "Polisen lovar att ge",
        "Kommunen lovar att g",
    ]
    assert [c["organisation"] for c in found["contacts"]] == ["Älvsbyns kommun"]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Kontakta oss", "Umeå kommun", "Polisen", "Anna Berg", "Växel", "114 14",
             "0670-161 00 (växel)", "info@polisen.se", "www.umea.se", "Box 500",
             "Besök: Skolgatan 31A", "Polisen lovar att synas.", "Telefon", "\n", "\n\n", "• ",
             ", ", " | "]
        )
        | st.text(max_size=15),
        max_size=30,
    ).map("".join)
)  # fmt: skip
def test_any_text_gives_contacts_that_can_be_reached_and_point_into_it(text: str) -> None:
    for found in contacts_of(text, default_organisation="Umeå kommun"):
        assert found["phone"] or found["email"] or found["website"] or found["address"]
        assert 0 <= found["source"]["start"] < found["source"]["end"] <= len(text)


@pytest.fixture
def stromsund() -> PromiseSet:
    call_command("import", str(SEEDS / "003_55caf2bb7bed1e8d.txt"), stdout=StringIO())
    return PromiseSet.objects.get(title="Medborgarlöften 2021–2022")


@pytest.mark.django_db
def test_import_stores_the_contacts_on_the_new_periods_draft(stromsund: PromiseSet) -> None:
    assert stromsund.status == PromiseSet.Status.DRAFT
    stored = [
        (c.organisation_name, c.name, c.title, c.phone, c.address)
        for c in stromsund.contacts.order_by("position")
    ]
    assert stored == [
        ("Strömsunds kommun", "", "", "0670-161 00 (växel)", "Box 500\n833 24 Strömsund"),
        (
            "Strömsunds kommun",
            "Richard Persson",
            "Chef för teknik- och serviceförvaltningen/säkerhetsskyddschef",
            "0670-169 74",
            "",
        ),
    ]
    followed_up = PromiseSet.objects.exclude(pk=stromsund.pk).get()
    assert not followed_up.contacts.exists()  # the earlier period's set is only its outcomes


@pytest.mark.django_db
def test_the_review_shows_each_contact_with_the_words_it_was_read_from(
    client: Client, stromsund: PromiseSet
) -> None:
    client.force_login(member("Strömsunds kommun", "coordinator"))
    page = client.get(f"/arbetsyta/inlasning/utkast/{stromsund.pk}/").content.decode()
    assert "<td>Strömsunds kommun – Richard Persson</td><td><q>Richard Persson Chef för" in page
