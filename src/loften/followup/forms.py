"""Back-office forms for the follow-up: log an activity, give a reason, enter a value."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile

from loften.followup.models import Activity
from loften.followup.rules import DESCRIPTION_MAX_LENGTH, check_description, check_quantity
from loften.followup.services import ActivityFields, AttachmentFile
from loften.promises.models import Commitment, Party, PromiseSet
from loften.promises.numbering import Numbering
from loften.registry.models import Organisation

# What a phone camera or a scanner gives, recognised by the file's first bytes, not its name.
SIGNATURES = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)
HEIF_BRANDS = (b"heic", b"heix", b"heif", b"mif1", b"msf1", b"hevc")


def attachment_type(content: bytes) -> str | None:
    """The real type of an image or PDF, or None for anything else."""
    for signature, content_type in SIGNATURES:
        if content.startswith(signature):
            return content_type
    if content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return "image/webp"
    if content[4:8] == b"ftyp" and content[8:12] in HEIF_BRANDS:
        return "image/heic"
    return None


def date_input() -> forms.DateInput:
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class ActivityForm(forms.Form):
    day = forms.DateField(label="Datum", widget=date_input())
    party = forms.ChoiceField(
        label="Vem gjorde det", choices=Party.choices, widget=forms.RadioSelect
    )
    organisation = forms.ModelChoiceField(
        label="Organisation", queryset=Organisation.objects.none(), empty_label=None
    )
    commitments = forms.MultipleChoiceField(
        label="Åtaganden som aktiviteten uppfyller",
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Välj minst ett åtagande som aktiviteten hör till."},
    )
    description = forms.CharField(
        label="Vad gjordes",
        validators=[check_description],
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": DESCRIPTION_MAX_LENGTH}),
    )
    quantity = forms.IntegerField(
        label="Hur många",
        required=False,
        validators=[check_quantity],
        help_text="Till exempel antal besökta skolor. Kan lämnas tomt.",
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    attachment = forms.FileField(
        label="Bild eller PDF",
        required=False,
        widget=forms.FileInput(attrs={"accept": "image/*,application/pdf"}),
    )
    remove_attachments = forms.MultipleChoiceField(
        label="Ta bort bilagor", required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(
        self,
        *args: Any,
        promise_set: PromiseSet,
        commitments: Sequence[Commitment],
        numbering: Numbering,
        organisations: Sequence[Organisation],
        today: date,
        activity: Activity | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.promise_set, self.today, self.activity = promise_set, today, activity
        self.commitments_by_id = {str(c.pk): c for c in commitments}
        self.fields["commitments"].choices = _grouped(commitments, numbering)  # type: ignore[attr-defined]
        self.organisations = list(organisations)
        if len(self.organisations) > 1:
            field = self.fields["organisation"]
            field.queryset = Organisation.objects.filter(  # type: ignore[attr-defined]
                pk__in=[o.pk for o in self.organisations]
            ).order_by("name")
        else:
            del self.fields["organisation"]
        if activity is None or not activity.attachments.all():
            del self.fields["remove_attachments"]
        else:
            self.fields["remove_attachments"].choices = [  # type: ignore[attr-defined]
                (str(a.pk), a.filename) for a in activity.attachments.all()
            ]

    def clean_day(self) -> date:
        day: date = self.cleaned_data["day"]
        start = self.promise_set.validity.start
        if day > self.today:
            raise forms.ValidationError(
                "Datumet ligger i framtiden. Logga en aktivitet när den är gjord."
            )
        if start is not None and day < start:
            raise forms.ValidationError(
                f"Datumet ligger före medborgarlöftets period, som börjar {start.isoformat()}."
            )
        return day

    def clean_attachment(self) -> AttachmentFile | None:
        upload: UploadedFile | None = self.cleaned_data.get("attachment")
        if not upload:
            return None
        limit = settings.MAX_UPLOAD_BYTES
        if (upload.size or 0) > limit:
            raise forms.ValidationError(
                f"Filen är för stor. Största tillåtna storlek är {limit // (1024 * 1024)} MB."
            )
        content = upload.read()
        content_type = attachment_type(content)
        if content_type is None:
            raise forms.ValidationError(
                "Bilagan måste vara en bild (JPEG, PNG, GIF, WebP eller HEIC) eller en PDF."
            )
        return AttachmentFile(
            filename=(upload.name or "bilaga")[-255:], content_type=content_type, content=content
        )

    def activity_fields(self) -> ActivityFields:
        data = self.cleaned_data
        if "organisation" in data:
            organisation = data["organisation"]
        elif self.activity is not None:
            organisation = self.activity.organisation
        else:
            organisation = self.organisations[0] if self.organisations else None
        return ActivityFields(
            day=data["day"],
            party=data["party"],
            organisation=organisation,
            commitments=[self.commitments_by_id[pk] for pk in data["commitments"]],
            description=data["description"],
            quantity=data["quantity"],
        )

    def removed_attachments(self) -> list[int]:
        return [int(pk) for pk in self.cleaned_data.get("remove_attachments", [])]


def _grouped(
    commitments: Sequence[Commitment], numbering: Numbering
) -> list[tuple[str, list[tuple[str, str]]]]:
    """Checkbox choices under their promise, numbered as on every other page."""
    groups: dict[int, tuple[str, list[tuple[str, str]]]] = {}
    for commitment in sorted(commitments, key=lambda c: numbering.commitment_key(c.pk)):
        promise = commitment.promise
        title = f"{numbering.promises[promise.pk]}. {_shorten(promise.text)}"
        _, choices = groups.setdefault(promise.pk, (title, []))
        label = (
            f"{numbering.commitments[commitment.pk]} "
            f"{commitment.get_party_display()}: {commitment.what}"
        )
        if commitment.schedule_label:
            label += f" ({commitment.schedule_label})"
        choices.append((str(commitment.pk), label))
    return list(groups.values())


def _shorten(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class ReasonForm(forms.Form):
    text = forms.CharField(label="Vad blev inte gjort", max_length=2000)
    reason = forms.CharField(
        label="Varför",
        max_length=5000,
        widget=forms.Textarea(
            attrs={"rows": 3, "placeholder": "Till exempel: på grund av pandemin"}
        ),
    )


class MeasurementForm(forms.Form):
    value = forms.DecimalField(label="Värde", max_digits=12, decimal_places=2, localize=True)
    measured_on = forms.DateField(label="Mätt den", widget=date_input())
    source = forms.CharField(
        label="Källa", max_length=300, help_text="Till exempel Polisens öppna statistik."
    )
    note = forms.CharField(
        label="Kommentar", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args: Any, today: date, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.today = today

    def clean_measured_on(self) -> date:
        measured_on: date = self.cleaned_data["measured_on"]
        if measured_on > self.today:
            raise forms.ValidationError("Datumet ligger i framtiden.")
        return measured_on


class DayForm(forms.Form):
    """The day a dashboard shows, for looking back or ahead."""

    dag = forms.DateField(label="Visa läget den", required=False, widget=date_input())
