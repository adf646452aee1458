"""Report routes: the back office's under /arbetsyta/rapport/, the public one beside the
promise set's page. Included before publicsite, whose routes these extend."""

from django.urls import path, register_converter

from loften.reports import views


class FileFormatConverter:
    """The download formats of a report, as the end of its address: "12.pdf"."""

    regex = "pdf|docx"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(FileFormatConverter, "report_format")

PUBLIC = "kommun/<slug:slug>/lofte/<int:promise_set_id>/sa-gick-det"

urlpatterns = [
    path(
        "arbetsyta/rapport/<int:promise_set_id>/",
        views.workspace_report,
        name="workspace-report",
    ),
    path(
        "arbetsyta/rapport/<int:promise_set_id>.<report_format:file_format>",
        views.workspace_report,
        name="workspace-report",
    ),
    path(f"{PUBLIC}/", views.public_report, name="public-report"),
    path(f"{PUBLIC}.<report_format:file_format>", views.public_report, name="public-report"),
]
