from django.urls import path

from loften.walks import views

urlpatterns = [
    path("", views.walk_home, name="walks-home"),
    path("iakttagelse/<int:finding_id>/", views.finding_page, name="walks-finding"),
    path("iakttagelse/<int:finding_id>/ratta/", views.finding_correct_page, name="walks-correct"),
    path("iakttagelse/<int:finding_id>/foto/", views.finding_photo, name="walks-photo"),
    path("iakttagelse/<int:finding_id>/lofte/", views.finding_promise, name="walks-promise"),
    path("<str:code>/", views.walk_list, name="walks-list"),
    path("<str:code>/ny/", views.walk_new, name="walks-new"),
    path("<str:code>/<int:walk_id>/", views.walk_page, name="walks-walk"),
    path("<str:code>/<int:walk_id>/ratta/", views.walk_correct_page, name="walks-correct-walk"),
    path("<str:code>/<int:walk_id>/ta-bort/", views.walk_delete_page, name="walks-delete-walk"),
]
