"""Typed readers for settings that come from the environment.

Each reader fails loudly with ImproperlyConfigured on a value it cannot
understand, so a typo in a deployment is found at start-up, not in production.
"""

import os

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str) -> str:
    """Return the variable, or the contents of the file named by NAME_FILE."""
    file_name = os.environ.get(f"{name}_FILE")
    if file_name:
        try:
            with open(file_name, encoding="utf-8") as handle:
                return handle.read().strip()
        except OSError as exc:
            raise ImproperlyConfigured(f"{name}_FILE={file_name!r} cannot be read: {exc}") from exc
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean (use 1/0, true/false, yes/no).")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name}={raw!r} is not an integer.") from exc


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def tile_origin(url: str) -> str:
    """The scheme and host of a map tile URL (https://karta.example.se/{z}/{x}/{y}.png),
    which the content security policy then allows; "" for none. Only https is accepted."""
    if not url:
        return ""
    scheme, _, rest = url.partition("://")
    host = rest.split("/", 1)[0]
    if scheme != "https" or not host or "{" in host.replace("{s}.", ""):
        raise ImproperlyConfigured(
            f"LOFTEN_MAP_TILE_URL={url!r} must be an https URL with a fixed host, "
            "e.g. https://karta.example.se/{z}/{x}/{y}.png"
        )
    return f"{scheme}://{host.replace('{s}.', '*.')}"
