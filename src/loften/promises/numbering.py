"""One number per promise and per commitment, the same on every page, file and report.

A promise is numbered by its place in the set (1, 2, 3 ... across focus areas, in
the set's order, counting promises without commitments too); a commitment by its
promise's number and its own place under it: "6.1" is the sixth promise's first
commitment. Plain Python: the callers read the keys from the database.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Numbering:
    promises: dict[int, int] = field(default_factory=dict)
    commitments: dict[int, str] = field(default_factory=dict)

    def commitment_key(self, pk: int) -> tuple[int, ...]:
        """Sorts commitments by number: "2.10" after "2.9"."""
        return tuple(int(part) for part in self.commitments[pk].split("."))

    def commitments_by_number(self) -> dict[str, int]:
        return {number: pk for pk, number in self.commitments.items()}


def number(
    promises: Iterable[tuple[int, int]], commitments: Iterable[tuple[int, int, int]]
) -> Numbering:
    """Number promises given as (pk, position) and commitments as (pk, promise pk, position)."""
    promise_numbers = {
        pk: index for index, (_, pk) in enumerate(sorted((p, k) for k, p in promises), start=1)
    }
    counts: dict[int, int] = {}
    commitment_numbers: dict[int, str] = {}
    for _, _, pk, promise in sorted(
        (promise_numbers[promise], position, pk, promise) for pk, promise, position in commitments
    ):
        counts[promise] = counts.get(promise, 0) + 1
        commitment_numbers[pk] = f"{promise_numbers[promise]}.{counts[promise]}"
    return Numbering(promises=promise_numbers, commitments=commitment_numbers)
