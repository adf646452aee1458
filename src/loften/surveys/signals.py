"""What other apps hear from surveys.

`survey_results_changed` is sent with `survey` when a round's results change for good:
a file of responses is imported, or a round that took answers on the web has closed.
Follow-up connects to it to measure targets tied to a survey index.
"""

from django.dispatch import Signal

survey_results_changed = Signal()
