from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from loften.accounts import views
from loften.accounts.forms import PasswordResetByWorkerForm

urlpatterns = [
    path(
        "logga-in/",
        auth_views.LoginView.as_view(template_name="accounts/login.html"),
        name="login",
    ),
    path("logga-ut/", auth_views.LogoutView.as_view(), name="logout"),
    path("bjud-in/", views.invite, name="invite"),
    path(
        "losenord/glomt/",
        auth_views.PasswordResetView.as_view(
            form_class=PasswordResetByWorkerForm,
            template_name="accounts/forgot_password.html",
            email_template_name="accounts/email/password_reset.txt",
            subject_template_name="accounts/email/password_reset_subject.txt",
            success_url=reverse_lazy("password_reset_sent"),
        ),
        name="password_reset",
    ),
    path(
        "losenord/glomt/skickat/",
        auth_views.PasswordResetDoneView.as_view(template_name="accounts/password_reset_sent.html"),
        name="password_reset_sent",
    ),
    path(
        "losenord/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="accounts/set_password.html",
            success_url=reverse_lazy("password_set_done"),
            reset_url_token="valj",  # noqa: S106  (a path segment, not a secret)
        ),
        name="password_set",
    ),
    path(
        "losenord/klart/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="accounts/password_set_done.html"
        ),
        name="password_set_done",
    ),
]
