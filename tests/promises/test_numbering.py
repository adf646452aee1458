"""One number per promise and commitment: by place in the set, promises without commitments too."""

from loften.promises.numbering import number


def test_promises_are_numbered_in_the_sets_order_and_commitments_under_them() -> None:
    # Promise 11 comes first by position; promise 12 has no commitment but keeps its number.
    numbering = number(
        promises=[(10, 2), (11, 1), (12, 3), (13, 4)],
        commitments=[(100, 13, 1), (101, 10, 2), (102, 10, 1), (103, 13, 0)],
    )

    assert numbering.promises == {11: 1, 10: 2, 12: 3, 13: 4}
    assert numbering.commitments == {102: "2.1", 101: "2.2", 103: "4.1", 100: "4.2"}
    assert list(numbering.commitments_by_number()) == ["2.1", "2.2", "4.1", "4.2"]


def test_ties_in_position_are_broken_by_creation_order() -> None:
    numbering = number(promises=[(7, 0), (5, 0)], commitments=[(9, 5, 0), (8, 5, 0)])

    assert numbering.promises == {5: 1, 7: 2}
    assert numbering.commitments == {8: "1.1", 9: "1.2"}
    assert numbering.commitment_key(9) == (1, 2)
