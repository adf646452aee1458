import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.contrib.auth.models import User

pytestmark = pytest.mark.django_db

PASSWORD = "ett långt lösenord"


def test_a_new_password_is_hashed_with_argon2() -> None:
    user = User.objects.create_user("samordnare", password=PASSWORD)
    assert user.password.startswith("argon2$argon2id$")
    assert user.check_password(PASSWORD)


def test_an_older_pbkdf2_password_still_works_and_becomes_argon2_at_login() -> None:
    user = User.objects.create_user("samordnare")
    user.password = PBKDF2PasswordHasher().encode(PASSWORD, "saltsaltsalt", iterations=1000)
    user.save()
    assert user.check_password(PASSWORD)
    user.refresh_from_db()
    assert user.password.startswith("argon2$")
