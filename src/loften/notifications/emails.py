"""The e-mails Löften sends, each written as a template in templates/notifications/email/.

A template extends email/base.txt: its `subject` block is the subject line,
its `body` block the text. Links are absolute (LOFTEN_SITE_URL), since they
are read in a mail program, far from any request.
"""

from __future__ import annotations

import re
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse

from loften.promises.models import PromiseSet

_SUBJECT_MARK = "\x1e"


def absolute_url(view_name: str, *args: object) -> str:
    return settings.SITE_URL + reverse(view_name, args=args)


def municipality_names(promise_set: PromiseSet) -> str:
    """The kommuner of a set as a reader says them: "Älvsbyn", "Piteå och Älvsbyn"."""
    return " och ".join(m.name for m in promise_set.municipalities.all())


def email_message(
    template: str, context: dict[str, Any], to: str, *, unsubscribe_url: str | None = None
) -> EmailMessage:
    """A plain-text e-mail; with an unsubscribe link in its text and in its headers (RFC 8058)."""
    text = render_to_string(
        f"notifications/email/{template}.txt",
        {
            **context,
            "site_url": settings.SITE_URL,
            "unsubscribe_url": unsubscribe_url,
            "subject_mark": _SUBJECT_MARK,
        },
    )
    subject, _, body = text.partition(_SUBJECT_MARK)
    headers = {}
    if unsubscribe_url:
        headers = {
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
    return EmailMessage(
        subject=" ".join(subject.split()),
        body=re.sub(r"\n{3,}", "\n\n", body.strip()) + "\n",
        to=[to],
        headers=headers,
    )
