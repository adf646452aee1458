from django.urls import path

from loften.dialogue import views

urlpatterns = [
    path("synpunkt/<slug:slug>/", views.comment_form, name="dialogue-form"),
    path("synpunkt/<slug:slug>/tack/", views.comment_thanks, name="dialogue-thanks"),
]
