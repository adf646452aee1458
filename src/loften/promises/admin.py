from django.contrib import admin

from loften.promises.models import (
    Approval,
    Attachment,
    Commitment,
    Contact,
    FocusArea,
    Promise,
    PromiseSet,
    PromiseTheme,
    Signatory,
    Target,
)


class FocusAreaInline(admin.TabularInline[FocusArea, PromiseSet]):
    model = FocusArea
    extra = 0


class SignatoryInline(admin.TabularInline[Signatory, PromiseSet]):
    model = Signatory
    extra = 0
    exclude = ["agreement"]
    autocomplete_fields = ["organisation"]


class AttachmentInline(admin.TabularInline[Attachment, PromiseSet]):
    model = Attachment
    extra = 0
    exclude = ["agreement", "document"]


class ContactInline(admin.StackedInline[Contact, PromiseSet]):
    model = Contact
    extra = 0


class TargetInline(admin.StackedInline[Target, PromiseSet]):
    model = Target
    extra = 0
    autocomplete_fields = ["promise"]


@admin.register(PromiseSet)
class PromiseSetAdmin(admin.ModelAdmin[PromiseSet]):
    list_display = ["title", "status", "period_start", "period_end", "until_replaced"]
    list_filter = ["status", "until_replaced", "extends_indefinitely"]
    search_fields = ["title", "municipalities__name"]
    autocomplete_fields = ["municipalities", "police_areas", "agreement"]
    readonly_fields = ["source_document", "published_at", "created_at", "updated_at"]
    inlines = [FocusAreaInline, TargetInline, SignatoryInline, ContactInline, AttachmentInline]


class PromiseThemeInline(admin.TabularInline[PromiseTheme, Promise]):
    model = PromiseTheme
    extra = 0


class CommitmentInline(admin.StackedInline[Commitment, Promise]):
    model = Commitment
    extra = 0


@admin.register(Promise)
class PromiseAdmin(admin.ModelAdmin[Promise]):
    list_display = ["__str__", "promise_set", "by_police", "by_municipality", "with_others"]
    list_filter = ["by_police", "by_municipality", "with_others", "themes__theme"]
    search_fields = ["text", "promise_set__title"]
    autocomplete_fields = ["promise_set", "focus_area"]
    inlines = [PromiseThemeInline, CommitmentInline]


@admin.register(FocusArea)
class FocusAreaAdmin(admin.ModelAdmin[FocusArea]):
    list_display = ["title", "promise_set", "position"]
    search_fields = ["title", "promise_set__title"]


@admin.register(Commitment)
class CommitmentAdmin(admin.ModelAdmin[Commitment]):
    list_display = ["what", "party", "count", "per", "promise"]
    list_filter = ["party", "per"]
    search_fields = ["what", "target_group"]
    autocomplete_fields = ["promise"]


@admin.register(Target)
class TargetAdmin(admin.ModelAdmin[Target]):
    list_display = ["indicator", "direction", "change_percent", "deadline", "promise_set"]
    search_fields = ["indicator", "data_source"]
    autocomplete_fields = ["promise_set", "promise"]


@admin.register(Signatory)
class SignatoryAdmin(admin.ModelAdmin[Signatory]):
    list_display = ["name", "title", "organisation_name", "promise_set", "agreement"]
    search_fields = ["name", "title", "organisation_name"]
    autocomplete_fields = ["promise_set", "agreement", "organisation"]


@admin.register(Contact)
class ContactAdmin(admin.ModelAdmin[Contact]):
    list_display = ["organisation_name", "name", "title", "phone", "email", "promise_set"]
    search_fields = ["organisation_name", "name", "title", "email"]
    autocomplete_fields = ["promise_set"]


@admin.register(Attachment)
class AttachmentAdmin(admin.ModelAdmin[Attachment]):
    list_display = ["title", "promise_set", "agreement"]
    search_fields = ["title"]
    autocomplete_fields = ["promise_set", "agreement"]


@admin.register(Approval)
class ApprovalAdmin(admin.ModelAdmin[Approval]):
    list_display = ["promise_set", "organisation", "signatory_name", "approved_at"]
    autocomplete_fields = ["promise_set", "organisation"]
