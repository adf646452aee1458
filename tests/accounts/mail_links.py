"""Following the one-time "choose a password" link of an e-mail, as its reader would."""

import re

from django.test import Client


def password_link(body: str) -> str:
    found = re.search(r"http://testserver(/konto/losenord/\S+/)", body)
    assert found is not None, body
    return found.group(1)


def choose_password(client: Client, link: str, password: str) -> str:
    """Open the link, choose the password, and return the page that follows."""
    form = client.get(link, follow=True)
    assert "lösenord" in form.content.decode()
    done = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": password, "new_password2": password},
        follow=True,
    )
    return done.content.decode()


def log_in(client: Client, username: str, password: str) -> bool:
    response = client.post("/konto/logga-in/", {"username": username, "password": password})
    return response.status_code == 302 and "_auth_user_id" in client.session
