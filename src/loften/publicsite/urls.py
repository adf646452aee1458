from django.urls import path

from loften.publicsite import views

urlpatterns = [
    path("", views.index, name="index"),
    path("kommun/<int:code>/", views.municipality_by_code, name="municipality-by-code"),
    path("kommun/<slug:slug>/", views.municipality, name="municipality"),
    path(
        "kommun/<slug:slug>/lofte/<int:promise_set_id>/",
        views.promise_set,
        name="promise-set",
    ),
    path(
        "kommun/<slug:slug>/lofte/<int:promise_set_id>/<int:promise_id>/",
        views.promise,
        name="promise",
    ),
    path(
        "kommun/<slug:slug>/lofte/<int:promise_set_id>/<int:promise_id>/aktiviteter/",
        views.promise_activities,
        name="promise-activities",
    ),
    path("tema/", views.themes, name="themes"),
    path("tema/<slug:theme>/", views.theme, name="theme"),
]
