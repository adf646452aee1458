from django.urls import path

from loften.workspace import views

app_name = "workspace"

_SET = "<int:promise_set_id>/"
_PROMISE = _SET + "loften/<int:promise_id>/"
_COMMITMENT = _PROMISE + "ataganden/<int:commitment_id>/"

urlpatterns = [
    path("", views.start, name="start"),
    path("nytt/", views.promise_set_create_view, name="promise_set_create"),
    path(_SET, views.promise_set_view, name="promise_set"),
    path(_SET + "uppgifter/", views.promise_set_edit, name="promise_set_edit"),
    path(_SET + "kopiera/", views.promise_set_copy_view, name="promise_set_copy"),
    path(_SET + "ta-bort/", views.promise_set_delete, name="promise_set_delete"),
    path(_SET + "andringar/", views.changes, name="changes"),
    path(
        _SET + "skicka-for-underskrift/",
        views.signing_step,
        {"step": "send_for_signing"},
        name="send_for_signing",
    ),
    path(
        _SET + "dra-tillbaka/",
        views.signing_step,
        {"step": "withdraw_from_signing"},
        name="withdraw_from_signing",
    ),
    path(_SET + "godkann/", views.approve, name="approve"),
    path(_SET + "publicera/", views.signing_step, {"step": "publish"}, name="publish"),
    path(_SET + "ny-version/", views.new_version, name="new_version"),
    path(_SET + "inriktningar/ny/", views.focus_area_form, name="focus_area_create"),
    path(_SET + "inriktningar/<int:focus_area_id>/", views.focus_area_form, name="focus_area_edit"),
    path(
        _SET + "inriktningar/<int:focus_area_id>/flytta/",
        views.focus_area_move,
        name="focus_area_move",
    ),
    path(
        _SET + "inriktningar/<int:focus_area_id>/ta-bort/",
        views.focus_area_delete,
        name="focus_area_delete",
    ),
    path(_SET + "kontakter/ny/", views.contact_form, name="contact_create"),
    path(_SET + "kontakter/<int:contact_id>/", views.contact_form, name="contact_edit"),
    path(_SET + "kontakter/<int:contact_id>/flytta/", views.contact_move, name="contact_move"),
    path(_SET + "kontakter/<int:contact_id>/ta-bort/", views.contact_delete, name="contact_delete"),
    path(_SET + "loften/nytt/", views.promise_create, name="promise_create"),
    path(_PROMISE, views.promise_edit, name="promise_edit"),
    path(_PROMISE + "flytta/", views.promise_move, name="promise_move"),
    path(_PROMISE + "ta-bort/", views.promise_delete, name="promise_delete"),
    path(_PROMISE + "ataganden/nytt/", views.commitment_form, name="commitment_create"),
    path(_COMMITMENT, views.commitment_form, name="commitment_edit"),
    path(_COMMITMENT + "flytta/", views.commitment_move, name="commitment_move"),
    path(_COMMITMENT + "ta-bort/", views.commitment_delete, name="commitment_delete"),
    path(_SET + "mal/nytt/", views.target_form, name="target_create"),
    path(_SET + "mal/<int:target_id>/", views.target_form, name="target_edit"),
    path(_SET + "mal/<int:target_id>/ta-bort/", views.target_delete, name="target_delete"),
    path(_PROMISE + "mal/nytt/", views.target_form, name="promise_target_create"),
    path(_PROMISE + "mal/<int:target_id>/", views.target_form, name="promise_target_edit"),
    path(
        _PROMISE + "mal/<int:target_id>/ta-bort/",
        views.target_delete,
        name="promise_target_delete",
    ),
]
