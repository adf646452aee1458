from django.urls import path

from loften.assessments import office

_ONE = "<int:assessment_id>/"
_THEME = _ONE + "tema/<int:theme_id>/"

urlpatterns = [
    path("", office.assessment_list, name="assessments-office"),
    path(_ONE, office.assessment_page, name="assessment-office"),
    path(_ONE + "text/", office.texts_save, name="assessment-texts"),
    path(_ONE + "godkann/", office.step, {"name": "approve"}, name="assessment-approve"),
    path(_ONE + "publicera/", office.step, {"name": "publish"}, name="assessment-publish"),
    path(_ONE + "lagesbild.<str:file_format>", office.export, name="assessment-export"),
    path(_THEME + "analys/", office.analysis_save, name="assessment-analysis"),
    path(_THEME + "nytt-lofte/", office.promise_start, name="assessment-promise"),
]
