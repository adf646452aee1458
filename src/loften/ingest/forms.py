from typing import Any

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db.models import QuerySet

from loften.ingest.readers import READABLE_EXTENSIONS, SNIFF_BYTES, UnreadableDocument, sniff
from loften.ingest.review import KINDS
from loften.promises.models import Party, Theme
from loften.registry.models import Municipality
from loften.sizes import megabytes


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data: Any, initial: Any = None) -> list[UploadedFile]:
        files = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleFileField, self).clean(item, initial) for item in files if item]


class UploadForm(forms.Form):
    municipality = forms.ModelChoiceField(
        queryset=Municipality.objects.none(),
        label="Kommun",
        empty_label=None,
        help_text="Dokumenten läses in som utkast för den här kommunen.",
    )
    documents = MultipleFileField(
        label="Dokument",
        help_text="PDF, Word (DOCX), webbsida (HTML) eller text. Du kan välja flera filer.",
        widget=MultipleFileInput(attrs={"accept": ",".join(READABLE_EXTENSIONS)}),
    )

    def __init__(self, *args: Any, municipalities: QuerySet[Municipality], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["municipality"].queryset = municipalities  # type: ignore[attr-defined]

    def clean_documents(self) -> list[UploadedFile]:
        files: list[UploadedFile] = self.cleaned_data["documents"]
        limit = settings.MAX_UPLOAD_BYTES
        too_big = [f.name for f in files if (f.size or 0) > limit]
        if too_big:
            raise forms.ValidationError(
                f"För stor fil: {', '.join(str(n) for n in too_big)}. "
                f"Största tillåtna storlek är {megabytes(limit)} MB."
            )
        unreadable = []
        for upload in files:
            try:
                sniff(_head(upload))
            except UnreadableDocument as exc:
                unreadable.append(f"{upload.name} kan inte läsas in. {exc}")
        if unreadable:
            raise forms.ValidationError(unreadable)
        total = sum(f.size or 0 for f in files)
        if total > settings.MAX_REQUEST_BYTES:
            raise forms.ValidationError(
                f"Filerna är tillsammans {megabytes(total)} MB. Högst "
                f"{megabytes(settings.MAX_REQUEST_BYTES)} MB kan laddas upp åt gången; "
                "ladda upp dem i flera omgångar."
            )
        return files


def _head(upload: UploadedFile) -> bytes:
    """The first bytes of an uploaded file, which is then read again from its start."""
    head = upload.read(SNIFF_BYTES)
    upload.seek(0)
    return head


class PromiseCorrectionForm(forms.Form):
    text = forms.CharField(label="Löftet", widget=forms.Textarea(attrs={"rows": 4}))
    focus_area = forms.CharField(label="Inriktning", required=False, max_length=300)
    parties = forms.MultipleChoiceField(
        label="Vem lovar",
        choices=[(p.value, p.label) for p in (Party.POLICE, Party.MUNICIPALITY, Party.OTHERS)],
        widget=forms.CheckboxSelectMultiple,
    )
    themes = forms.MultipleChoiceField(
        label="Teman", choices=Theme.choices, required=False, widget=forms.CheckboxSelectMultiple
    )


class PassageForm(forms.Form):
    """A passage of the source, by its place in the stored text."""

    start = forms.IntegerField(min_value=0)
    end = forms.IntegerField(min_value=1)


class DocumentCorrectionForm(forms.Form):
    kind = forms.ChoiceField(label="Slags dokument", choices=list(KINDS.items()))
    period_start = forms.DateField(label="Gäller från", required=False)
    period_end = forms.DateField(label="Gäller till och med", required=False)
    municipalities = forms.ModelMultipleChoiceField(
        label="Kommuner", queryset=Municipality.objects.none(), widget=forms.CheckboxSelectMultiple
    )
    signatories = forms.CharField(
        label="Undertecknare (ett namn per rad)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args: Any, municipalities: QuerySet[Municipality], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["municipalities"].queryset = municipalities  # type: ignore[attr-defined]
