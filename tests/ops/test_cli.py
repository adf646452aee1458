import subprocess
import sys

import pytest
from django.core.management import call_command


def test_loften_help_lists_every_verb() -> None:
    result = subprocess.run(
        [sys.executable, "-c", "from loften.cli import main; main(['--help'])"],
        capture_output=True,
        text=True,
        check=True,
    )
    for verb in ("demo", "serve", "migrate", "registry", "createsuperuser"):
        assert f"\n  {verb} " in result.stdout
    assert "DATABASE_URL" in result.stdout


@pytest.mark.django_db
def test_the_models_and_their_migrations_agree() -> None:
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)
