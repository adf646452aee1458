"""The public survey form: anonymous, counted once, closed to bots, and storing nothing of who."""

from datetime import date, timedelta
from typing import Any

import pytest
from django.apps import apps
from django.db import connection
from django.test import Client
from django.utils import timezone

from loften.surveys.anonymity import form_token
from loften.surveys.models import Response, SubmittedForm, Survey, SurveyCode
from loften.surveys.services import survey_codes_create, survey_create, surveys_forget_ended
from tests.factories import member, municipality

pytestmark = pytest.mark.django_db

ADDRESS = "198.51.100.23"
BROWSER = "Unika-Webblasaren/9.9 (test)"


@pytest.fixture
def survey() -> Survey:
    today = timezone.localdate()
    return survey_create(
        municipality=municipality("2560"), title="Trygghetsmätning 2026", year=2026,
        areas=["Centrum", "Vidsel"], opens_on=today - timedelta(days=1),
        closes_on=today + timedelta(days=30), acting_user=None,
    )  # fmt: skip


@pytest.fixture
def quick(settings: Any) -> None:
    settings.LOFTEN_SURVEY_MIN_SECONDS = 0


@pytest.fixture
def client() -> Client:
    return Client(REMOTE_ADDR=ADDRESS, HTTP_USER_AGENT=BROWSER)


def answers(survey: Survey, **extra: str) -> dict[str, str]:
    return {
        "token": form_token(survey.pk, now=timezone.now().timestamp() - 60),
        "webbplats": "",
        "omrade": "Vidsel",
        "kon": "kvinna",
        "alder": "65-84",
        "otrygg_kvall": "3",
        "problem_belysning": "2",
        "utsatt_12_man": "0",
        **extra,
    }


def test_the_form_asks_every_question_and_sets_no_cookie(client: Client, survey: Survey) -> None:
    page = client.get(f"/trygghetsmatning/{survey.pk}/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "Hur trygg eller otrygg känner du dig om du går ut ensam sent en kväll" in text
    assert "Vidsel" in text and "Går aldrig ut ensam av andra skäl" in text
    assert not page.cookies
    assert page["Cache-Control"] == "no-store"


def test_an_answer_is_stored_once_and_thanked_for(
    client: Client, survey: Survey, quick: None
) -> None:
    sent = answers(survey)
    first = client.post(f"/trygghetsmatning/{survey.pk}/", sent)
    again = client.post(f"/trygghetsmatning/{survey.pk}/", sent)  # the back button, sent again

    assert first.status_code == again.status_code == 302
    assert first["Location"] == f"/trygghetsmatning/{survey.pk}/tack/"
    (response,) = Response.objects.all()
    assert (response.omrade, response.kon, response.alder) == ("Vidsel", "kvinna", "65-84")
    assert (response.otrygg_kvall, response.problem_belysning, response.utsatt_12_man) == (3, 2, 0)
    assert response.problem_klotter is None and response.channel == "form"
    assert not first.cookies and not again.cookies


def test_nothing_stored_anywhere_identifies_the_respondent(
    client: Client, survey: Survey, quick: None
) -> None:
    client.post(f"/trygghetsmatning/{survey.pk}/", answers(survey))
    assert Response.objects.count() == 1
    tables = set(connection.introspection.table_names())
    with connection.cursor() as cursor:
        for model in apps.get_models(include_auto_created=True):
            if model._meta.db_table not in tables:
                continue
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(model._meta.db_table)}")  # noqa: S608
            for row in cursor.fetchall():
                text = " ".join(str(value) for value in row)
                assert ADDRESS not in text and "Unika-Webblasaren" not in text, model
    stored = {field.name for field in Response._meta.get_fields()}
    assert not stored & {"created_at", "submitted_at", "ip", "user", "session"}


def test_a_form_sent_within_seconds_is_refused_and_keeps_the_answers(
    client: Client, survey: Survey
) -> None:
    sent = {**answers(survey), "token": form_token(survey.pk)}
    page = client.post(f"/trygghetsmatning/{survey.pk}/", sent)
    assert page.status_code == 200
    assert "Formuläret skickades för snabbt" in page.content.decode()
    assert 'value="Vidsel" selected' in page.content.decode()
    assert not Response.objects.exists()


def test_a_bot_filling_the_hidden_field_is_thanked_and_ignored(
    client: Client, survey: Survey, quick: None
) -> None:
    page = client.post(f"/trygghetsmatning/{survey.pk}/", answers(survey, webbplats="http://x"))
    assert page.status_code == 302 and not Response.objects.exists()


def test_a_forged_or_borrowed_token_is_refused(client: Client, survey: Survey, quick: None) -> None:
    other = survey_create(
        municipality=municipality("2480"), title="Umeå", year=2026,
        opens_on=survey.opens_on, acting_user=None,
    )  # fmt: skip
    for token in ("nonsense", form_token(other.pk)):
        page = client.post(f"/trygghetsmatning/{survey.pk}/", answers(survey, token=token))
        assert page.status_code == 200
        assert "Formuläret" in page.content.decode()
    assert not Response.objects.exists()


def test_a_closed_round_takes_no_answers(client: Client, survey: Survey, quick: None) -> None:
    Survey.objects.filter(pk=survey.pk).update(closes_on=timezone.localdate() - timedelta(days=1))
    page = client.post(f"/trygghetsmatning/{survey.pk}/", answers(survey))
    assert "Mätningen är stängd" in page.content.decode()
    assert not Response.objects.exists()


def test_a_letter_code_lets_in_one_answer_and_is_forgotten_when_the_round_closes(
    client: Client, survey: Survey, quick: None
) -> None:
    first, second = survey_codes_create(survey=survey, count=2, acting_user=None)
    assert SurveyCode.objects.filter(survey=survey).count() == 2
    assert not SurveyCode.objects.filter(digest__in=[first, second]).exists()  # hashes only
    url = f"/trygghetsmatning/{survey.pk}/"

    without = client.post(url, answers(survey))
    typed = client.post(url, answers(survey, kod=f"{first[:5].lower()}-{first[5:]}"))
    reused = client.post(url, answers(survey, kod=first))

    assert without.status_code == 200 and typed.status_code == 302
    assert "Koden stämmer inte eller har redan använts" in reused.content.decode()
    assert Response.objects.count() == 1
    assert SubmittedForm.objects.count() == 1

    surveys_forget_ended(today=survey.closes_on + timedelta(days=1))  # type: ignore[operator]
    assert not SurveyCode.objects.exists() and not SubmittedForm.objects.exists()


def test_only_the_kommuns_coordinators_make_codes(survey: Survey) -> None:
    from loften.surveys.services import SurveyError

    with pytest.raises(SurveyError):
        survey_codes_create(
            survey=survey, count=5, acting_user=member("Umeå kommun", "coordinator")
        )
    assert not SurveyCode.objects.exists()


def test_the_forgetting_spares_rounds_still_open(survey: Survey) -> None:
    survey_codes_create(survey=survey, count=3, acting_user=None)
    surveys_forget_ended(today=date(2026, 1, 1))
    assert SurveyCode.objects.count() == 3


def test_the_form_is_in_english_where_the_kommun_turns_it_on(
    client: Client, survey: Survey
) -> None:
    url = f"/trygghetsmatning/{survey.pk}/"
    assert "In English" not in client.get(url).content.decode()
    assert "How safe or unsafe" not in client.get(url + "?sprak=en").content.decode()

    Survey.objects.filter(pk=survey.pk).update(english=True)
    page = client.get(url + "?sprak=en").content.decode()
    assert "How safe or unsafe do you feel" in page and 'lang="en"' in page
    assert "I never go out alone for other reasons" in page and "Prefer not to say" in page
    refused = client.post(url, {**answers(survey), "sprak": "en", "token": form_token(survey.pk)})
    assert "The form was sent too quickly" in refused.content.decode()
    assert client.post(url, {**answers(survey), "sprak": "en"}).status_code == 302
    assert Response.objects.get().otrygg_kvall == 3


def test_a_web_round_that_closes_measures_the_targets_tied_to_its_index(
    client: Client, quick: None
) -> None:
    from tests.factories import PromiseSetFactory, TargetFactory

    today = timezone.localdate()
    survey = survey_create(
        municipality=municipality("2560"), title="Webbenkät", year=today.year, min_group=1,
        opens_on=today, closes_on=today + timedelta(days=3), acting_user=None,
    )  # fmt: skip
    target = TargetFactory(
        promise_set=PromiseSetFactory(publish=True), promise=None,
        indicator_key="trygghet:unsafe_share",
    )  # fmt: skip
    client.post(f"/trygghetsmatning/{survey.pk}/", answers(survey))  # feels fairly unsafe
    surveys_forget_ended(today=today)
    assert not target.measurements.exists()  # still open: nothing measured yet

    surveys_forget_ended(today=today + timedelta(days=4))
    measured = target.measurements.get()
    assert measured.value == 100 and measured.measured_on == survey.closes_on
