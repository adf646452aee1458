"""Who is acting: the person (or the command or job) every write is done for.

Every write service takes its acting user and runs inside `acting_as`; the
change history (`audit`) reads `current_actor()` and records that person, and
for writes made by a command or a background job, which one made them. Nothing
is read from the request: a write done outside a service, or a service called
from a command, is recorded as what it is, not as whoever happens to be logged
in. The actor lives in a context variable, so threads and asynchronous code
each see their own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar, Token
from dataclasses import dataclass
from functools import wraps
from typing import TYPE_CHECKING, ParamSpec, TypeVar

if TYPE_CHECKING:  # imported by the admin's app config, before the models are ready
    from django.contrib.auth.models import AnonymousUser, User


@dataclass(frozen=True)
class Actor:
    """A person (None for the system) and why the change is made: a command, a job, the admin."""

    user: User | None
    reason: str = ""


_actor: ContextVar[Actor | None] = ContextVar("loften_actor", default=None)


def start_acting(user: User | AnonymousUser | None, reason: str = "") -> Token[Actor | None]:
    """From now on writes are done by `user` (None: the system), for `reason`, until
    `stop_acting` with the token. Within another actor a missing reason is kept from it,
    so a service called by a command still says which command it was."""
    outer = _actor.get()
    person = user if user is not None and user.is_authenticated else None
    return _actor.set(Actor(person, reason or (outer.reason if outer else "")))


def stop_acting(token: Token[Actor | None]) -> None:
    """Back to the actor before the `start_acting` that gave this token."""
    _actor.reset(token)


@contextmanager
def acting_as(user: User | AnonymousUser | None, reason: str = "") -> Iterator[None]:
    """Every write inside is done by `user` (None: the system), for `reason`."""
    token = start_acting(user, reason)
    try:
        yield
    finally:
        stop_acting(token)


def current_actor() -> Actor | None:
    """The actor of the write going on, if any."""
    return _actor.get()


P = ParamSpec("P")
R = TypeVar("R")


def acts(service: Callable[P, R]) -> Callable[P, R]:
    """A write service: it runs as its keyword argument `acting_user`."""

    @wraps(service)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with acting_as(kwargs.get("acting_user")):  # type: ignore[arg-type]
            return service(*args, **kwargs)

    return run
