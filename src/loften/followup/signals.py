"""What other apps hear from follow-up.

`follow_up_round_published` is sent inside the transaction that publishes a
round (`services.follow_up_round_publish`), with `follow_up_round` and
`acting_user`. Followers' e-mails and the public cache connect to it in their
apps' `ready()`.
"""

from django.dispatch import Signal

follow_up_round_published = Signal()
