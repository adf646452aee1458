"""What other apps hear from the promises app.

`promise_set_published` is sent inside the transaction that publishes a set,
with `promise_set`, `superseded` (the pks of the sets it replaced) and
`acting_user` (None for a command). The apps above connect to it in their
`ready()`: follow-up rounds, followers' e-mails, the search index, the public
cache. So `promises` never imports them, and what a publication sets off is
written where it belongs.
"""

from django.dispatch import Signal

promise_set_published = Signal()
