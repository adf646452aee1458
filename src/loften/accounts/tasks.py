"""Background jobs of the accounts app, run by `loften worker`."""

from django.core.mail import send_mail
from django_tasks import task


@task()
def send_email(subject: str, body: str, to: list[str]) -> int:
    """An e-mail written in a request (an invitation, a password link), sent by the worker."""
    return send_mail(subject=subject, message=body, from_email=None, recipient_list=to)
