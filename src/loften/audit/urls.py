from django.urls import path

from loften.audit import views

urlpatterns = [
    path("<int:promise_set_id>/", views.history, name="history"),
]
