from django.contrib import admin

from loften.ingest.models import SourceDocument


@admin.register(SourceDocument)
class SourceDocumentAdmin(admin.ModelAdmin[SourceDocument]):
    list_display = ["filename", "format", "created_at"]
    list_filter = ["format"]
    search_fields = ["filename", "sha256", "text"]
    exclude = ["content"]
    readonly_fields = ["sha256", "filename", "format", "text", "created_at"]
