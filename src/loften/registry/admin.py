from django.contrib import admin

from loften.registry.models import (
    Agreement,
    County,
    Municipality,
    Organisation,
    PoliceArea,
    PoliceAreaCoverage,
)


@admin.register(County)
class CountyAdmin(admin.ModelAdmin[County]):
    list_display = ["code", "name"]
    search_fields = ["code", "name"]


class CoverageInline(admin.TabularInline[PoliceAreaCoverage, PoliceArea]):
    model = PoliceAreaCoverage
    extra = 0
    autocomplete_fields = ["municipality"]


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin[Municipality]):
    list_display = ["code", "name", "county"]
    list_filter = ["county"]
    search_fields = ["code", "name"]
    readonly_fields = ["slug"]


@admin.register(PoliceArea)
class PoliceAreaAdmin(admin.ModelAdmin[PoliceArea]):
    list_display = ["name", "level", "parent"]
    list_filter = ["level"]
    search_fields = ["name"]
    inlines = [CoverageInline]


@admin.register(PoliceAreaCoverage)
class PoliceAreaCoverageAdmin(admin.ModelAdmin[PoliceAreaCoverage]):
    list_display = ["police_area", "municipality", "verified"]
    list_filter = ["verified", "police_area__parent__parent"]
    search_fields = ["police_area__name", "municipality__name", "note"]
    autocomplete_fields = ["police_area", "municipality"]


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin[Organisation]):
    list_display = ["name", "kind"]
    list_filter = ["kind"]
    search_fields = ["name"]
    autocomplete_fields = ["municipality", "police_area"]


@admin.register(Agreement)
class AgreementAdmin(admin.ModelAdmin[Agreement]):
    list_display = ["title", "municipality", "valid_from", "valid_until", "extends_indefinitely"]
    list_filter = ["extends_indefinitely"]
    search_fields = ["title", "municipality__name"]
    autocomplete_fields = ["municipality", "parties"]
