"""The open data API, version 1: each list with filters, pages, a CSV download and details.

Every resource gets the same three routes from its `Resource` entry:
`/api/v1/<name>` (a page of JSON), `/api/v1/<name>.csv` (every matching row)
and `/api/v1/<name>/<id>` (one, with more detail; kommuner by kommunkod).
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Generic, TypeVar

from django.db.models import Model, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.utils import timezone
from ninja import Field, NinjaAPI, Path, Query, Schema
from ninja.errors import ValidationError
from ninja.renderers import JSONRenderer

from loften.opendata import schemas, selectors
from loften.opendata.export import csv_response

MAX_LIMIT = 1000
MAX_OFFSET = 10**9

DESCRIPTION = """\
Öppna data om medborgarlöften: alla publicerade (och ersatta) medborgarlöften i
Sveriges kommuner, deras löften, åtaganden, genomförda aktiviteter och
publicerade uppföljningar, och kommunernas publicerade lägesbilder. Utkast och
löften som väntar på underskrift finns aldrig med.

Varje lista tar filter som frågeparametrar och svarar med en sida:
`count` (antal träffar), `next` och `previous` (länkar till nästa och föregående
sida eller null) och `results`. Sidans storlek väljs med `limit` (högst 1000)
och var den börjar med `offset`. Listorna är ordnade efter id, kommuner efter
kommunkod.

Samma lista finns som CSV-fil med samma filter: lägg till `.csv` efter namnet,
till exempel `/api/v1/promises.csv?municipality=2560`. Filen är UTF-8 med BOM
och har semikolon mellan fälten.

Koder har en svensk text bredvid sig i fältet med samma namn och `_label`.
Svar har ETag och Last-Modified och besvaras med 304 vid villkorliga frågor.
"""

T = TypeVar("T")


class _JSON(JSONRenderer):
    json_dumps_params = {"ensure_ascii": False}


api = NinjaAPI(
    title="Löften – öppna data",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api-v1",
    docs_url=None,
    renderer=_JSON(),
)


class PageParams(Schema):
    limit: int = Field(100, ge=1, le=MAX_LIMIT, description="Antal poster per sida, högst 1000.")
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="Antal poster före sidan.")


class Page(Schema, Generic[T]):
    count: int = Field(description="Antal poster som matchar filtren.")
    next: str | None = Field(description="Nästa sida, eller null på sista sidan.")
    previous: str | None = Field(description="Föregående sida, eller null på första sidan.")
    results: list[T]


Id = Annotated[int, Path(ge=1, le=schemas.MAX_ID, description="Postens id.")]
MunicipalityCode = Annotated[
    str, Path(pattern=schemas.MUNICIPALITY_CODE, description="Kommunkod, t.ex. 2560.")
]


@dataclass(frozen=True)
class Resource:
    name: str
    heading: str
    filters: type[Schema]
    item: type[Schema]
    detail: type[Schema]
    rows: Callable[[Mapping[str, Any], date], QuerySet[Any]]
    one: Callable[[Any, date], Model | None]
    id: Any = Id
    # How many rows `rows` holds, where counting that queryset itself is slow.
    count: Callable[[Mapping[str, Any], date], int] | None = None


RESOURCES = [
    Resource(
        "municipalities",
        "Kommuner",
        schemas.MunicipalityFilters,
        schemas.MunicipalityItem,
        schemas.MunicipalityDetail,
        lambda filters, on: selectors.municipality_list(filters),
        lambda code, on: selectors.municipality_detail(code),
        id=MunicipalityCode,
    ),
    Resource(
        "promise-sets",
        "Medborgarlöften",
        schemas.PromiseSetFilters,
        schemas.PromiseSetItem,
        schemas.PromiseSetDetail,
        selectors.promise_set_list,
        selectors.promise_set_detail,
    ),
    Resource(
        "promises",
        "Löften",
        schemas.PromiseFilters,
        schemas.PromiseItem,
        schemas.PromiseDetail,
        selectors.promise_list,
        selectors.promise_detail,
    ),
    Resource(
        "commitments",
        "Åtaganden",
        schemas.CommitmentFilters,
        schemas.CommitmentItem,
        schemas.CommitmentItem,
        selectors.commitment_list,
        selectors.commitment_detail,
    ),
    Resource(
        "activities",
        "Aktiviteter",
        schemas.ActivityFilters,
        schemas.ActivityItem,
        schemas.ActivityItem,
        selectors.activity_list,
        selectors.activity_detail,
        count=selectors.activity_count,
    ),
    Resource(
        "follow-up-rounds",
        "Uppföljningar",
        schemas.FollowUpRoundFilters,
        schemas.FollowUpRoundItem,
        schemas.FollowUpRoundDetail,
        selectors.follow_up_round_list,
        selectors.follow_up_round_detail,
    ),
    Resource(
        "assessments",
        "Lägesbilder",
        schemas.AssessmentFilters,
        schemas.AssessmentItem,
        schemas.AssessmentDetail,
        selectors.assessment_list,
        selectors.assessment_detail,
    ),
]

_CSV_RESPONSE = {
    "responses": {
        200: {
            "description": "CSV-fil: UTF-8 med BOM, semikolon mellan fälten, en rad per post.",
            "content": {"text/csv": {"schema": {"type": "string"}}},
        }
    }
}
_ERRORS: dict[int, type[Schema]] = {422: schemas.InvalidRequest}


def _route(resource: Resource, path: str, kind: str, summary: str, **options: Any) -> Any:
    """The decorator that adds one of a resource's routes (kind: list, csv or detail)."""
    return api.get(
        f"/{resource.name}{path}",
        tags=[resource.heading],
        summary=f"{resource.heading}: {summary}",
        operation_id=f"{resource.name.replace('-', '_')}_{kind}",
        url_name=resource.name if kind == "list" else f"{resource.name}-{kind}",
        **options,
    )


def _publish(resource: Resource) -> None:
    """Add the list, CSV and detail routes of one resource to the API."""
    # Ninja reads the types of parameters and answers at run time, here from the
    # resource; mypy cannot follow types held in variables, hence its ignores.
    filters_type, id_type = resource.filters, resource.id
    page_type = Page[resource.item]  # type: ignore[name-defined]

    @_route(resource, "", "list", "lista", response={200: page_type, **_ERRORS})
    def listing(
        request: HttpRequest,
        filters: Query[filters_type],  # type: ignore[valid-type]
        page: Query[PageParams],
    ) -> dict[str, Any]:
        _refuse_unknown(request, filters_type, PageParams)
        values, on = _values(filters), timezone.localdate()
        rows = resource.rows(values, on)
        count = rows.count() if resource.count is None else resource.count(values, on)
        return _page(request, rows, count, page)

    @_route(resource, ".csv", "csv", "CSV-fil", response=_ERRORS, openapi_extra=_CSV_RESPONSE)
    def download(
        request: HttpRequest,
        filters: Query[filters_type],  # type: ignore[valid-type]
    ) -> HttpResponseBase:
        _refuse_unknown(request, filters_type)
        rows = resource.rows(_values(filters), timezone.localdate())
        return csv_response(request, rows, resource.item, f"loften-{resource.name}")

    detail_responses = {200: resource.detail, 404: schemas.Problem, **_ERRORS}

    @_route(resource, "/{id}", "detail", "en post", response=detail_responses)
    def detail(request: HttpRequest, id: id_type) -> Model:  # type: ignore[valid-type]
        found = resource.one(id, timezone.localdate())
        if found is None:
            raise Http404
        return found


def _refuse_unknown(request: HttpRequest, *accepted: type[Schema]) -> None:
    """A filter this list does not have is an error, not a silently unfiltered list."""
    known = {name for schema in accepted for name in schema.model_fields}
    unknown = sorted(set(request.GET) - known)
    if unknown:
        raise ValidationError(
            [{"loc": ("query", name), "type": "unknown_parameter", "ctx": {}} for name in unknown]
        )


def _values(filters: Schema) -> dict[str, Any]:
    return filters.model_dump()


def _page(
    request: HttpRequest, rows: QuerySet[Any], count: int, page: PageParams
) -> dict[str, Any]:
    end = page.offset + page.limit
    return {
        "count": count,
        "next": _link(request, end, page.limit) if end < count else None,
        "previous": (
            _link(request, max(page.offset - page.limit, 0), page.limit) if page.offset else None
        ),
        "results": list(rows[page.offset : end]),
    }


def _link(request: HttpRequest, offset: int, limit: int) -> str:
    query = request.GET.copy()
    query["offset"] = str(offset)
    query["limit"] = str(limit)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


for _resource in RESOURCES:
    _publish(_resource)


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    detail = "Det finns ingen publicerad post med det id:t."
    return api.create_response(request, {"detail": detail}, status=404)


@api.exception_handler(ValidationError)
def invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    errors = [
        {"parameter": str(error["loc"][-1]), "message": _message(error)} for error in exc.errors
    ]
    detail = "Frågan har ogiltiga parametrar."
    return api.create_response(request, {"detail": detail, "errors": errors}, status=422)


_MESSAGES = {
    "missing": "Värdet saknas.",
    "int_parsing": "Ska vara ett heltal.",
    "int_from_float": "Ska vara ett heltal.",
    "bool_parsing": "Ska vara true eller false.",
    "greater_than_equal": "Ska vara minst {ge}.",
    "less_than_equal": "Får vara högst {le}.",
    "string_pattern_mismatch": "Har fel form, se beskrivningen av parametern.",
    "enum": "Ska vara ett av {expected}.",
    "unknown_parameter": "Listan har ingen sådan parameter.",
}


def _message(error: Mapping[str, Any]) -> str:
    """A Swedish sentence for one of pydantic's validation errors."""
    template = _MESSAGES.get(error["type"], "Ogiltigt värde.")
    # Pydantic lists the allowed values as "'a', 'b' or 'c'".
    context = {
        key: str(value).replace(" or ", " eller ") for key, value in error.get("ctx", {}).items()
    }
    return template.format(**context)
