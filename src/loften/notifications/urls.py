from django.urls import path

from loften.notifications import views

urlpatterns = [
    path("lofte/<int:promise_set_id>/", views.follow, name="follow"),
    path("bekrafta/<str:token>/", views.confirm, name="follow-confirm"),
    path("avsluta/<str:token>/", views.unfollow, name="unfollow"),
]
