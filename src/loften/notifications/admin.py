from django.contrib import admin

from loften.notifications.models import (
    Announcement,
    CommitmentReminder,
    ReminderRun,
    RoundDigest,
    SubscriptionRequest,
)


@admin.register(SubscriptionRequest)
class SubscriptionRequestAdmin(admin.ModelAdmin[SubscriptionRequest]):
    list_display = ["email", "promise_set", "requested_at"]
    list_select_related = ["promise_set"]
    exclude = ["token"]


@admin.register(Announcement)
class AnnouncementAdmin(admin.ModelAdmin[Announcement]):
    list_display = ["created_at", "event", "promise_set", "recipients", "failures"]
    list_filter = ["event"]
    list_select_related = ["promise_set"]


@admin.register(CommitmentReminder)
class CommitmentReminderAdmin(admin.ModelAdmin[CommitmentReminder]):
    list_display = ["sent_at", "kind", "commitment", "window", "recipient"]
    list_filter = ["kind"]
    list_select_related = ["commitment"]


@admin.register(RoundDigest)
class RoundDigestAdmin(admin.ModelAdmin[RoundDigest]):
    list_display = ["sent_at", "follow_up_round", "recipient"]
    list_select_related = ["follow_up_round__promise_set", "recipient"]


@admin.register(ReminderRun)
class ReminderRunAdmin(admin.ModelAdmin[ReminderRun]):
    list_display = ["on", "started_at", "summary"]
