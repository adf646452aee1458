"""Atom feeds of new promise sets and published follow-up rounds, national and per kommun."""

from __future__ import annotations

from datetime import datetime
from typing import TypeVar

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from loften.opendata.selectors import FeedEntry, feed_entries
from loften.registry.models import Municipality

_Object = TypeVar("_Object", None, Municipality)


class _EntryFeed(Feed[FeedEntry, _Object]):
    feed_type = Atom1Feed

    def item_title(self, item: FeedEntry) -> str:
        return item.title

    def item_description(self, item: FeedEntry) -> str:
        return item.description

    def item_link(self, item: FeedEntry) -> str:
        return item.path

    def item_guid(self, item: FeedEntry) -> str:
        return item.guid

    def item_pubdate(self, item: FeedEntry) -> datetime:
        return item.published_at

    def item_updateddate(self, item: FeedEntry) -> datetime:
        return item.published_at


class NationalFeed(_EntryFeed[None]):
    title = "Löften: nya medborgarlöften och uppföljningar"
    subtitle = "Nya medborgarlöften och publicerade uppföljningar i Sveriges kommuner."

    def link(self) -> str:
        return reverse("index")

    def items(self) -> list[FeedEntry]:
        return feed_entries(None)


class MunicipalityFeed(_EntryFeed[Municipality]):
    def get_object(self, request: HttpRequest, *args: object, **kwargs: object) -> Municipality:
        return get_object_or_404(Municipality, slug=kwargs["slug"])

    def title(self, municipality: Municipality) -> str:
        return f"Löften i {municipality.name}: nya medborgarlöften och uppföljningar"

    def subtitle(self, municipality: Municipality) -> str:
        return f"Nya medborgarlöften och publicerade uppföljningar i {municipality.official_name}."

    def link(self, municipality: Municipality) -> str:
        return municipality.get_absolute_url()

    def items(self, municipality: Municipality) -> list[FeedEntry]:
        return feed_entries(municipality)
