"""The demo installation: the seed documents as published promise sets, and a login per party."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils.text import slugify

from loften.accounts.models import Membership
from loften.ingest.services import (
    agreement_create_from_extract,
    promise_sets_create_from_extract,
    source_document_store,
)
from loften.registry.models import Organisation

SEEDS_DIR = Path(__file__).resolve().parent / "seeds"


@dataclass(frozen=True)
class DemoLogin:
    username: str
    password: str
    organisation: str
    role: str


@dataclass(frozen=True)
class SeedResult:
    filename: str
    loaded: bool
    summary: str


def seed_files() -> list[Path]:
    """The seed documents, each with its hand-checked extract beside it."""
    return sorted(p for p in SEEDS_DIR.glob("*.txt") if p.with_suffix(".json").exists())


def seed_load(path: Path) -> SeedResult:
    """Load one seed document; a document already stored is left as it is."""
    content = path.read_bytes()
    extract = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    with transaction.atomic():
        document, created = source_document_store(
            content=content, filename=path.name, format="text", text=content.decode("utf-8")
        )
        if not created:
            return SeedResult(path.name, False, "already loaded")
        if extract["kind"] == "agreement":
            agreement = agreement_create_from_extract(extract, document=document)
            return SeedResult(path.name, True, f"agreement: {agreement.title}")
        sets = promise_sets_create_from_extract(extract, document=document, publish=True)
        summary = "; ".join(f"{s.title} ({s.promises.count()} promises)" for s in sets)
        return SeedResult(path.name, True, summary)


def demo_logins() -> list[DemoLogin]:
    """A fresh password for one login per organisation that is party to a demo document.

    Each kommun gets a coordinator, each lokalpolisområde an editor, and the
    installation one administrator. Passwords are new on every run.
    """
    user_model = get_user_model()
    organisations = (
        Organisation.objects.filter(
            Q(municipality__promise_sets__isnull=False) | Q(police_area__promise_sets__isnull=False)
        )
        .distinct()
        .order_by("kind", "name")
    )
    logins = []
    with transaction.atomic():
        admin, _ = user_model.objects.get_or_create(username="admin")
        admin.is_staff = admin.is_superuser = True
        password = secrets.token_urlsafe(9)
        admin.set_password(password)
        admin.save()
        logins.append(DemoLogin("admin", password, "hela installationen", "admin"))
        for organisation in organisations:
            role = (
                Membership.Role.COORDINATOR
                if organisation.kind == Organisation.Kind.MUNICIPALITY
                else Membership.Role.EDITOR
            )
            user, _ = user_model.objects.get_or_create(username=slugify(organisation.name))
            password = secrets.token_urlsafe(9)
            user.set_password(password)
            user.save()
            Membership.objects.update_or_create(
                user=user, organisation=organisation, defaults={"role": role}
            )
            logins.append(DemoLogin(user.username, password, organisation.name, role))
    return logins
