"""Activities in bulk, under /arbetsyta/uppfoljning/<kommun>/aktiviteter/ (see loften/urls.py)."""

from django.urls import path

from loften.followup import bulk_views as views

urlpatterns = [
    path("import/", views.activities_import, name="activities-import"),
    path("import/spara/", views.activities_import_save, name="activities-import-save"),
    path(
        "export.csv", views.activities_export, {"file_format": "csv"}, name="activities-export-csv"
    ),
    path(
        "export.xlsx",
        views.activities_export,
        {"file_format": "xlsx"},
        name="activities-export-xlsx",
    ),
    path(
        "mall.csv",
        views.activities_template,
        {"file_format": "csv"},
        name="activities-template-csv",
    ),
    path(
        "mall.xlsx",
        views.activities_template,
        {"file_format": "xlsx"},
        name="activities-template-xlsx",
    ),
]
