from django.urls import path

from loften.ingest import views

urlpatterns = [
    path("", views.uploads, name="uploads"),
    path("utkast/<int:promise_set_id>/", views.review, name="review"),
    path("utkast/<int:promise_set_id>/lofte/<int:promise_id>/", views.correct, name="correct"),
    path("utkast/<int:promise_set_id>/ta-som-lofte/", views.take, name="take"),
    path("utkast/<int:promise_set_id>/dokumentet/", views.document, name="document"),
    path("utkast/<int:promise_set_id>/publicera/", views.publish, name="publish"),
]
