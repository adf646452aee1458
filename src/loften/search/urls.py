from django.urls import path

from loften.search import views

urlpatterns = [
    path("sok", views.search_page, name="search"),
]
