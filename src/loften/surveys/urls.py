from django.urls import path

from loften.surveys import views

urlpatterns = [
    path("trygghetsmatning/<int:survey_id>/", views.survey_form, name="survey-form"),
    path("trygghetsmatning/<int:survey_id>/tack/", views.survey_thanks, name="survey-thanks"),
]
