from django.urls import path

from loften.statistics import views

urlpatterns = [
    path(
        "kommun/<slug:slug>/statistik/",
        views.municipality_statistics,
        name="municipality-statistics",
    ),
]
