"""Sizes and counts as Swedish readers write them."""


def megabytes(size: int) -> str:
    """Bytes in MB with a decimal comma: "20", "1,5"."""
    value = round(size / (1024 * 1024), 1)
    return (f"{value:.0f}" if value == int(value) else f"{value:.1f}").replace(".", ",")


def count(value: int) -> str:
    """A number with a space between thousands: "2 000", "659 999"."""
    return f"{value:,}".replace(",", " ")
