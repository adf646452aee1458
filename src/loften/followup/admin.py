from django.contrib import admin

from loften.followup.models import (
    Activity,
    ActivityAttachment,
    FollowUpRound,
    Measurement,
    Outcome,
    Subscription,
)


@admin.register(FollowUpRound)
class FollowUpRoundAdmin(admin.ModelAdmin[FollowUpRound]):
    list_display = ["promise_set", "number", "covers_from", "covers_until", "due_date"]
    list_select_related = ["promise_set"]


class ActivityAttachmentInline(admin.TabularInline[ActivityAttachment, Activity]):
    model = ActivityAttachment
    fields = ["filename", "content_type", "size"]
    readonly_fields = ["filename", "content_type", "size"]
    extra = 0


@admin.register(Activity)
class ActivityAdmin(admin.ModelAdmin[Activity]):
    list_display = ["date", "promise_set", "party", "description", "quantity"]
    list_filter = ["party"]
    list_select_related = ["promise_set"]
    search_fields = ["description"]
    autocomplete_fields = ["promise_set", "commitments", "organisation"]
    inlines = [ActivityAttachmentInline]


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
