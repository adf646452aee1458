"""The Django admin is the first back office: every model has a working Swedish page."""

import pytest
from django.contrib import admin
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from tests.factories import CommitmentFactory

pytestmark = pytest.mark.django_db

MODELS = [
    model
    for model in admin.site._registry
    if model._meta.app_label in {"registry", "promises", "ingest", "accounts"}
]


@pytest.fixture
def admin_client(client: Client) -> Client:
    client.force_login(User.objects.create_superuser("root", "root@example.org", "pw"))
    return client


def test_every_domain_model_is_in_the_admin() -> None:
    names = {model.__name__ for model in MODELS}
    assert {
        "Municipality",
        "PoliceArea",
        "Organisation",
        "Agreement",
        "PromiseSet",
        "FocusArea",
        "Promise",
        "Commitment",
        "Target",
        "Signatory",
        "Attachment",
        "SourceDocument",
        "Membership",
    } <= names


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_the_list_and_the_add_form_open(admin_client: Client, model: type) -> None:
    CommitmentFactory()
    meta = model._meta  # type: ignore[attr-defined]
    changelist = reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist")
    assert admin_client.get(changelist).status_code == 200
    add = reverse(f"admin:{meta.app_label}_{meta.model_name}_add")
    assert admin_client.get(add).status_code == 200


def test_the_admin_speaks_swedish(admin_client: Client) -> None:
    page = admin_client.get(reverse("admin:promises_promiseset_changelist")).content.decode()
    assert "medborgarlöfte" in page.lower()
    assert "Lägg till" in page
