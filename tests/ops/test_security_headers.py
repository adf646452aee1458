"""Every response carries the security headers and a Content-Security-Policy."""

import re
import runpy
from pathlib import Path
from typing import Any

import pytest
from django.http import HttpResponse
from django.test import Client

from tests.factories import member

pytestmark = pytest.mark.django_db

SOURCE = Path(__file__).resolve().parents[2] / "src" / "loften"
POLICY = [
    "default-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
]


def assert_protected(response: HttpResponse) -> None:
    assert response.status_code == 200
    policy = [part.strip() for part in response["Content-Security-Policy"].split(";")]
    assert set(POLICY) <= set(policy)
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_a_public_page_is_served_with_the_policy_and_headers(client: Client) -> None:
    response = client.get("/")
    assert_protected(response)
    assert "Strict-Transport-Security" not in response


def test_a_back_office_page_is_served_with_the_policy_and_headers(client: Client) -> None:
    client.force_login(member("Älvsbyns kommun", "coordinator"))
    assert_protected(client.get("/arbetsyta/inlasning/"))


def test_https_is_made_sticky_when_secure_cookies_are_on(
    client: Client, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SECURE_COOKIES", "true")
    configured = runpy.run_path(str(SOURCE / "settings.py"))
    assert configured["SESSION_COOKIE_SECURE"] is True
    settings.SECURE_HSTS_SECONDS = configured["SECURE_HSTS_SECONDS"]
    response = client.get("/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000"


# Standalone files, never a web page: the reports printed to PDF, written by `loften
# report --format html` and `loften assessment export`, or downloaded as a file, carry
# their stylesheet inside, to be read offline.
STANDALONE_FILES = {
    Path("reports/templates/reports/document.html"),
    Path("assessments/templates/assessments/document.html"),
    Path("incidents/templates/incidents/summary.html"),
}


def test_no_template_holds_inline_script_or_style_the_policy_would_block() -> None:
    inline = re.compile(
        r"<script(?![^>]*\bsrc=)[^>]*>|<style\b|\sstyle=|\son[a-z]+=|javascript:", re.IGNORECASE
    )
    templates = [
        path
        for path in SOURCE.glob("**/templates/**/*.html")
        if path.relative_to(SOURCE) not in STANDALONE_FILES
    ]
    offenders = [
        f"{path.relative_to(SOURCE)}: {match.group(0)}"
        for path in templates
        for match in inline.finditer(path.read_text(encoding="utf-8"))
    ]
    assert len(templates) > 10
    assert offenders == []
