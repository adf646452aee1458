from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest

from loften.accounts.selectors import signed_in
from loften.followup.models import (
    Activity,
    ActivityAttachment,
    FollowUpRound,
    Measurement,
    Outcome,
    Subscription,
)
from loften.followup.services import follow_up_round_publish


@admin.register(FollowUpRound)
class FollowUpRoundAdmin(admin.ModelAdmin[FollowUpRound]):
    """A round is published through its service (this action), never by editing the date."""

    list_display = [
        "promise_set",
        "number",
        "covers_from",
        "covers_until",
        "due_date",
        "published_at",
    ]
    list_select_related = ["promise_set"]
    readonly_fields = ["published_at"]
    actions = ["publish"]

    @admin.action(description="Publicera valda uppföljningar")
    def publish(self, request: HttpRequest, queryset: QuerySet[FollowUpRound]) -> None:
        for follow_up_round in queryset:
            try:
                follow_up_round_publish(
                    follow_up_round=follow_up_round, acting_user=signed_in(request)
                )
            except ValidationError as refusal:
                self.message_user(request, " ".join(refusal.messages), messages.ERROR)


class ActivityAttachmentInline(admin.TabularInline[ActivityAttachment, Activity]):
    model = ActivityAttachment
    fields = ["filename", "content_type", "size"]
    readonly_fields = ["filename", "content_type", "size"]
    extra = 0


@admin.register(Activity)
class ActivityAdmin(admin.ModelAdmin[Activity]):
    """Date and commitments are changed in the workspace only, whose service keeps them
    together: each link to a commitment carries the activity's date."""

    list_display = ["date", "promise_set", "party", "description", "quantity"]
    list_filter = ["party"]
    list_select_related = ["promise_set"]
    search_fields = ["description"]
    autocomplete_fields = ["promise_set", "organisation"]
    inlines = [ActivityAttachmentInline]

    def get_readonly_fields(self, request: HttpRequest, obj: Activity | None = None) -> list[str]:
        return ["commitments"] if obj is None else ["date", "commitments"]


@admin.register(Outcome)
class OutcomeAdmin(admin.ModelAdmin[Outcome]):
    list_display = ["promise", "kind", "text", "reason"]
    list_filter = ["kind"]
    list_select_related = ["promise"]


@admin.register(Measurement)
class MeasurementAdmin(admin.ModelAdmin[Measurement]):
    list_display = ["target", "value", "measured_on", "source"]
    list_select_related = ["target"]


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin[Subscription]):
    list_display = ["email", "promise_set", "created_at"]
    list_select_related = ["promise_set"]
