"""Walk findings feed the lägesbild: a theme with many findings nobody fixed rises."""

from datetime import date

import pytest
from django.contrib.auth.models import User

from loften.assessments.evidence import walk_figures
from loften.assessments.services import assessment_draft
from loften.promises.models import Theme
from loften.registry.models import Municipality, Organisation
from loften.walks.categories import FindingCategory
from loften.walks.models import Finding, Walk
from loften.walks.services import finding_update
from tests.walks.conftest import add_finding

pytestmark = pytest.mark.django_db


def test_the_share_not_fixed_is_the_weight_and_few_findings_do_not_count() -> None:
    figures = dict(
        walk_figures([(Theme.VANDALISM, 4, 1), (Theme.TRAFFIC, 2, 0)], source="Vandringar")
    )
    assert list(figures) == [Theme.VANDALISM]
    assert figures[Theme.VANDALISM].value == 0.75
    assert figures[Theme.VANDALISM].shown == "4 iakttagelser, 1 åtgärdade (25 %)"


def test_walk_findings_move_a_theme_in_the_lagesbild(
    alvsbyn: Municipality, walk: Walk, editor: User, energy: Organisation
) -> None:
    for _ in range(3):
        add_finding(walk, editor, energy, category=FindingCategory.GRAFFITI)
    fixed = add_finding(walk, editor, energy, category=FindingCategory.DAMAGE)
    finding_update(finding=fixed, status=Finding.Status.FIXED, due_date=None, acting_user=editor)
    Finding.objects.filter(pk=fixed.pk).update(closed_on=date(2026, 10, 10))
    assessment = assessment_draft(municipality=alvsbyn, acting_user=None, as_of=date(2026, 11, 1))
    vandalism = assessment.themes.get(theme=Theme.VANDALISM)
    figure = vandalism.evidence[0]
    assert figure["label"] == "Iakttagelser från trygghetsvandringar"
    assert figure["value"] == 0.75
    assert figure["link"] == "/arbetsyta/vandringar/2560/"
    assert vandalism.rank == 1
