"""The public statistics page of a kommun: reported crimes per 1 000 inhabitants over the
years, beside its län and the country."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from loften.opendata.cache import public_cache
from loften.publicsite.selectors import municipality_with_county
from loften.statistics.charts import trend_chart
from loften.statistics.selectors import crime_indicators, trend


@public_cache
def municipality_statistics(request: HttpRequest, slug: str) -> HttpResponse:
    municipality = municipality_with_county(slug)
    if municipality is None:
        raise Http404("Det finns ingen kommun med det namnet.")
    names = {
        "municipality": municipality.name,
        "county": municipality.county.name,
        "nation": "Hela Sverige",
    }
    series = []
    for number, indicator in enumerate(crime_indicators(municipality), start=1):
        seen = trend(indicator, municipality)
        by_year = {
            year: [
                next((p.rate for p in points if p.year == year), None)
                for points in (seen.municipality, seen.county, seen.nation)
            ]
            for year in sorted({p.year for p in seen.municipality})
        }
        series.append(
            {
                "indicator": indicator,
                "chart": trend_chart(seen, names=names, chart_id=f"serie-{number}"),
                "rows": by_year,
            }
        )
    return render(
        request,
        "statistics/municipality.html",
        {"municipality": municipality, "series": series, "names": names},
    )
