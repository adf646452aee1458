"""The follow-up back office, under /arbetsyta/uppfoljning/ (see loften/urls.py)."""

from django.urls import path

from loften.followup import views

urlpatterns = [
    path("", views.start, name="follow-up-start"),
    path("<slug:slug>/", views.dashboard, name="follow-up-dashboard"),
    path("<slug:slug>/aktivitet/ny/", views.activity_new, name="activity-new"),
    path("<slug:slug>/aktiviteter/", views.activities, name="activities"),
    path("<slug:slug>/aktivitet/<int:activity_id>/", views.activity_edit, name="activity-edit"),
    path(
        "<slug:slug>/aktivitet/<int:activity_id>/ta-bort/",
        views.activity_remove,
        name="activity-remove",
    ),
    path(
        "<slug:slug>/aktivitet/<int:activity_id>/bilaga/<int:attachment_id>/",
        views.activity_attachment,
        name="activity-attachment",
    ),
    path(
        "<slug:slug>/atagande/<int:commitment_id>/skal/",
        views.commitment_reason,
        name="commitment-reason",
    ),
    path(
        "<slug:slug>/atagande/<int:commitment_id>/skal/ta-bort/",
        views.commitment_reason_remove,
        name="commitment-reason-remove",
    ),
    path("<slug:slug>/mal/<int:target_id>/varde/", views.measurement_new, name="measurement-new"),
    path(
        "<slug:slug>/uppfoljning/<int:round_id>/publicera/",
        views.round_publish,
        name="round-publish",
    ),
]
