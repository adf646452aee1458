from django.urls import path

from loften.incidents import views

urlpatterns = [
    path("", views.est_list, name="incidents-list"),
    path("<str:code>/", views.est_start, name="incidents-start"),
    path("<str:code>/rapportera/", views.incident_new, name="incident-new"),
    path("<str:code>/handelse/<int:incident_id>/", views.incident_change, name="incident-change"),
    path("<str:code>/vecka/<str:week>/", views.week_page, name="incidents-week"),
    path("<str:code>/vecka/<str:week>/utskrift/", views.week_print, name="incidents-print"),
    path("<str:code>/vecka/<str:week>/sammanfattning.pdf", views.week_pdf, name="incidents-pdf"),
    path("<str:code>/omraden/", views.areas_page, name="incidents-areas"),
    path("<str:code>/las-in/", views.import_page, name="incidents-import"),
]
