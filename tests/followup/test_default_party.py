"""Who did it, as the log form first suggests."""

from loften.followup.rules import default_party
from loften.promises.models import Party


def test_a_police_commitment_was_done_by_the_police_even_when_the_kommun_logs_it() -> None:
    assert default_party(["police"], Party.MUNICIPALITY) == Party.POLICE


def test_a_joint_commitment_was_done_by_the_own_party() -> None:
    assert default_party(["joint"], Party.MUNICIPALITY) == Party.MUNICIPALITY
    assert default_party(["joint"], Party.OTHERS) == Party.JOINT


def test_the_own_party_when_it_may_have_done_every_commitment() -> None:
    assert default_party(["police", "police"], Party.POLICE) == Party.POLICE
    assert default_party([], Party.POLICE) == Party.POLICE
    assert default_party(["police", "municipality"], Party.OTHERS) == Party.OTHERS
    assert default_party(["municipality"], None) == Party.MUNICIPALITY
