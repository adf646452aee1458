from django.urls import path

from loften.surveys import office

urlpatterns = [
    path("", office.survey_list, name="surveys-office"),
    path("ny/", office.survey_new, name="survey-new"),
    path("fragor/<str:code>/", office.questions_page, name="survey-questions"),
    path("<int:survey_id>/", office.survey_page, name="survey-office"),
    path("<int:survey_id>/las-in/", office.responses_upload, name="survey-upload"),
    path("<int:survey_id>/koder/", office.codes_download, name="survey-codes"),
    path("<int:survey_id>/resultat.csv", office.results_csv, name="survey-results-csv"),
]
