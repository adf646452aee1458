"""File sizes as Swedish readers write them."""


def megabytes(size: int) -> str:
    """Bytes in MB with a decimal comma: "20", "1,5"."""
    value = round(size / (1024 * 1024), 1)
    return (f"{value:.0f}" if value == int(value) else f"{value:.1f}").replace(".", ",")
