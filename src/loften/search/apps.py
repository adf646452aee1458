from typing import Any

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "loften.search"
    verbose_name = _("Sökning")

    def ready(self) -> None:
        from loften.promises.signals import promise_set_published

        post_migrate.connect(index_unindexed_promise_sets, sender=self)
        promise_set_published.connect(index_published, dispatch_uid="search.published")


def index_published(promise_set: Any, **kwargs: Any) -> None:
    """A publication supersedes sets and ends their time in force: index the kommuner again."""
    from loften.search.services import search_index_update

    search_index_update(promise_set.municipalities.all())


def index_unindexed_promise_sets(**kwargs: Any) -> None:
    """After a migration, every published promise is searchable.

    This covers a database that held published promise sets before the search
    index existed, and any set published while the index was being changed.
    """
    from loften.search.services import search_index_missing

    search_index_missing()
