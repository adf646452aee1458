from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

admin.site.site_header = _("Löften – administration")
admin.site.site_title = _("Löften")
admin.site.index_title = _("Register och medborgarlöften")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("konto/", include("loften.accounts.urls")),
    path("arbetsyta/inlasning/", include("loften.ingest.urls")),
    path(
        "arbetsyta/uppfoljning/<slug:slug>/aktiviteter/",
        include("loften.followup.bulk_urls"),
    ),
    path("folj/", include("loften.notifications.urls")),
    path("arbetsyta/uppfoljning/", include("loften.followup.urls")),
    path("", include("loften.reports.urls")),
    path("arbetsyta/historik/", include("loften.audit.urls")),
    path("arbetsyta/trygghet/", include("loften.surveys.office_urls")),
    path("arbetsyta/lagesbild/", include("loften.assessments.office_urls")),
    path("arbetsyta/dialog/", include("loften.dialogue.office_urls")),
    path("arbetsyta/est/", include("loften.incidents.urls")),
    path("arbetsyta/vandringar/", include("loften.walks.urls")),
    path("arbetsyta/", include("loften.workspace.urls")),
    path("", include("loften.search.urls")),
    path("", include("loften.opendata.urls")),
    path("", include("loften.surveys.urls")),
    path("", include("loften.dialogue.urls")),
    path("", include("loften.statistics.urls")),
    path("", include("loften.publicsite.urls")),
]

handler404 = "loften.http.page_not_found"
