"""What other apps hear from statistics.

`statistics_imported` is sent inside the transaction of an import that changed figures
(`services.statistics_import`), with `record`, `indicators` (their keys) and
`acting_user`; follow-up connects to it to add the measured values of targets tied to
those indicators.
"""

from django.dispatch import Signal

statistics_imported = Signal()
