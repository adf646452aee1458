"""What other apps hear from the lägesbild.

`assessment_published` is sent inside the transaction that publishes a lägesbild
(`services.assessment_publish`), with `assessment` and `acting_user`; the public cache
connects to it, since the kommun page shows the published summary.
"""

from django.dispatch import Signal

assessment_published = Signal()
