from django.urls import path

from loften.dialogue import office

urlpatterns = [
    path("", office.dialogue_start, name="dialogue-office"),
    path("anteckning/<int:note_id>/", office.note_page, name="dialogue-note"),
    path("anteckning/<int:note_id>/ta-bort/", office.note_remove, name="dialogue-note-delete"),
    path("synpunkt/<int:comment_id>/", office.comment_page, name="dialogue-comment"),
    path(
        "synpunkt/<int:comment_id>/ta-bort/",
        office.comment_remove,
        name="dialogue-comment-delete",
    ),
    path("<str:code>/", office.dialogue_list, name="dialogue-list"),
    path("<str:code>/ny/", office.note_new, name="dialogue-note-new"),
]
