"""Promise sets and what they promise: focus areas, promises, commitments, targets."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from loften.promises.contacts import phone_problem, tel_uri, web_url
from loften.promises.titles import promise_title
from loften.promises.validity import Validity, period_label
from loften.registry.models import Agreement, Cadence, Municipality, Organisation, PoliceArea


class Theme(models.TextChoices):
    """The fixed national theme taxonomy, so that kommuner can be compared."""

    DRUGS = "drugs", _("Narkotika")
    ALCOHOL_TOBACCO = "alcohol_tobacco", _("Alkohol och tobak")
    TRAFFIC = "traffic", _("Trafik")
    DOMESTIC_VIOLENCE = "domestic_violence", _("Våld i nära relationer")
    FRAUD = "fraud", _("Bedrägerier")
    BURGLARY_THEFT = "burglary_theft", _("Inbrott och stölder")
    VANDALISM = "vandalism", _("Skadegörelse")
    PUBLIC_SPACE_SAFETY = "public_space_safety", _("Trygghet i offentliga miljöer")
    YOUTH = "youth", _("Barn och unga")
    ORGANISED_CRIME = "organised_crime", _("Organiserad brottslighet")
    WORK_CRIME = "work_crime", _("Arbetslivskriminalitet")
    PROSTITUTION_TRAFFICKING = "prostitution_trafficking", _("Prostitution och människohandel")
    SEGREGATION = "segregation", _("Segregation och utanförskap")
    LICENSED_PREMISES = "licensed_premises", _("Krogar och serveringstillstånd")
    EXTREMISM = "extremism", _("Våldsbejakande extremism")
    PUBLIC_ORDER = "public_order", _("Ordning och störningar")
    NEIGHBOURHOOD_WATCH = "neighbourhood_watch", _("Grannsamverkan")
    POLICE_PRESENCE = "police_presence", _("Polisnärvaro och förtroende")
    OTHER = "other", _("Övrigt")

    @property
    def slug(self) -> str:
        """The theme's Swedish address, /tema/<slug>/ (see THEME_SLUGS)."""
        return THEME_SLUGS[self]

    @classmethod
    def from_slug(cls, slug: str) -> Theme | None:
        """The theme whose Swedish address this is, if any."""
        return _THEMES_BY_SLUG.get(slug)


# Each theme's address: its Swedish name slugified. Written out, not computed, so that
# an address stays put if a name is reworded; a test checks they still agree.
THEME_SLUGS: dict[Theme, str] = {
    Theme.DRUGS: "narkotika",
    Theme.ALCOHOL_TOBACCO: "alkohol-och-tobak",
    Theme.TRAFFIC: "trafik",
    Theme.DOMESTIC_VIOLENCE: "vald-i-nara-relationer",
    Theme.FRAUD: "bedragerier",
    Theme.BURGLARY_THEFT: "inbrott-och-stolder",
    Theme.VANDALISM: "skadegorelse",
    Theme.PUBLIC_SPACE_SAFETY: "trygghet-i-offentliga-miljoer",
    Theme.YOUTH: "barn-och-unga",
    Theme.ORGANISED_CRIME: "organiserad-brottslighet",
    Theme.WORK_CRIME: "arbetslivskriminalitet",
    Theme.PROSTITUTION_TRAFFICKING: "prostitution-och-manniskohandel",
    Theme.SEGREGATION: "segregation-och-utanforskap",
    Theme.LICENSED_PREMISES: "krogar-och-serveringstillstand",
    Theme.EXTREMISM: "valdsbejakande-extremism",
    Theme.PUBLIC_ORDER: "ordning-och-storningar",
    Theme.NEIGHBOURHOOD_WATCH: "grannsamverkan",
    Theme.POLICE_PRESENCE: "polisnarvaro-och-fortroende",
    Theme.OTHER: "ovrigt",
}
_THEMES_BY_SLUG = {slug: theme for theme, slug in THEME_SLUGS.items()}


class Party(models.TextChoices):
    POLICE = "police", _("Polisen")
    MUNICIPALITY = "municipality", _("Kommunen")
    OTHERS = "others", _("Andra aktörer")
    JOINT = "joint", _("Polisen och kommunen tillsammans")


# The fields a set's validity is read from, in the order `stated_validity` takes them.
VALIDITY_FIELDS = (
    "period_start",
    "period_end",
    "until_replaced",
    "extends_indefinitely",
    "signed_on",
    "published_at",
)


def stated_validity(
    period_start: date | None,
    period_end: date | None,
    until_replaced: bool,
    extends_indefinitely: bool,
    signed_on: date | None,
    published_at: datetime | None,
) -> Validity:
    """The period a promise set states.

    A document that states no start is in force from its signing, or failing
    that from its publication.
    """
    start = period_start or signed_on
    if start is None and published_at is not None:
        start = timezone.localdate(published_at)
    return Validity(
        start=start,
        end=period_end,
        until_replaced=until_replaced,
        extends_indefinitely=extends_indefinitely,
    )


def decision_order(via: str = "") -> tuple[models.OrderBy, models.OrderBy, str]:
    """Oldest decision first, the order `validity.in_force` takes sets in.

    The same on SQLite and PostgreSQL, which sort NULL differently. `via` is
    the path to the promise set from another model, such as "promiseset__".
    """
    return (
        models.F(f"{via}period_start").asc(nulls_first=True),
        models.F(f"{via}published_at").asc(nulls_first=True),
        f"{via}pk",
    )


class PromiseSetQuerySet(models.QuerySet["PromiseSet", "PromiseSet"]):
    def decided(self) -> PromiseSetQuerySet:
        """Sets that were published, in force or not: the only ones the public may see."""
        return self.filter(status__in=PromiseSet.DECIDED)

    def undecided(self) -> PromiseSetQuerySet:
        """Sets still being written or signed: only their kommun's people may see them."""
        return self.exclude(status__in=PromiseSet.DECIDED)


class PromiseSet(models.Model):
    """One medborgarlöfte document: the promises of a kommun for a period."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("utkast")
        FOR_SIGNING = "for_signing", _("för underskrift")
        PUBLISHED = "published", _("publicerad")
        SUPERSEDED = "superseded", _("ersatt")

    class Signing(models.TextChoices):
        """How a published set was signed, as its publication recorded it."""

        IN_LOFTEN = "loften", _("godkänt av varje part i Löften")
        ON_PAPER = "paper", _("undertecknat på papper")
        FROM_DOCUMENT = "document", _("inläst från ett publicerat dokument")

    title = models.CharField(_("rubrik"), max_length=300)
    municipalities = models.ManyToManyField(
        Municipality, related_name="promise_sets", verbose_name=_("kommuner")
    )
    police_areas = models.ManyToManyField(
        PoliceArea, related_name="promise_sets", blank=True, verbose_name=_("polisområden")
    )
    agreement = models.ForeignKey(
        Agreement,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="promise_sets",
        verbose_name=_("samverkansöverenskommelse"),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.DRAFT
    )
    period_start = models.DateField(_("gäller från"), null=True, blank=True)
    period_end = models.DateField(_("gäller till"), null=True, blank=True)
    until_replaced = models.BooleanField(
        _("eller tills nytt löfte ges"),
        default=False,
        help_text=_("Gäller efter slutdatum tills nästa löfte börjar gälla."),
    )
    extends_indefinitely = models.BooleanField(
        _("förlängs tillsvidare"),
        default=False,
        help_text=_("Förlängs efter slutdatum om inget nytt löfte ges."),
    )
    signed_on = models.DateField(_("undertecknat den"), null=True, blank=True)
    signed_place = models.CharField(_("undertecknat i"), max_length=100, blank=True)
    follow_up_cadence = models.CharField(
        _("uppföljning"), max_length=20, choices=Cadence.choices, blank=True
    )
    report_to = models.JSONField(_("redovisas för"), default=list, blank=True)
    published_on = models.JSONField(_("publiceras på"), default=list, blank=True)
    published_at = models.DateTimeField(_("publicerat"), null=True, blank=True)
    signing = models.CharField(
        _("undertecknat"), max_length=10, choices=Signing.choices, blank=True
    )
    provenance = models.JSONField(
        _("var uppgifterna står i källtexten"),
        default=dict,
        blank=True,
        help_text=_('Fält → {"start", "end"} i källdokumentets text, från inläsningen.'),
    )
    source_document = models.ForeignKey(
        "ingest.SourceDocument",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="promise_sets",
        verbose_name=_("källdokument"),
    )
    based_on = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="later_versions",
        verbose_name=_("bygger på"),
        help_text=_("Föregående period eller den publicerade version som denna ändrar."),
    )
    created_at = models.DateTimeField(_("skapat"), auto_now_add=True)
    updated_at = models.DateTimeField(_("ändrat"), auto_now=True)

    DECIDED = (Status.PUBLISHED, Status.SUPERSEDED)

    objects = models.Manager.from_queryset(PromiseSetQuerySet)()

    class Meta:
        db_table = "promises_promise_set"
        ordering = ["-period_start", "-pk"]
        verbose_name = _("medborgarlöfte")
        verbose_name_plural = _("medborgarlöften")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(period_end__isnull=True)
                | models.Q(period_start__isnull=True)
                | models.Q(period_end__gte=models.F("period_start")),
                name="promise_set_period_in_order",
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def validity(self) -> Validity:
        """The period as the document states it (see `stated_validity`)."""
        return stated_validity(*(getattr(self, name) for name in VALIDITY_FIELDS))

    @property
    def period_label(self) -> str:
        return period_label(self.period_start, self.period_end, self.validity.start)


class FocusArea(models.Model):
    """A heading the promises stand under (inriktning, fokusområde)."""

    promise_set = models.ForeignKey(
        PromiseSet, on_delete=models.CASCADE, related_name="focus_areas", verbose_name=_("löfte")
    )
    title = models.CharField(_("rubrik"), max_length=300)
    description = models.TextField(_("beskrivning"), blank=True)
    position = models.PositiveIntegerField(_("ordning"), default=0)

    class Meta:
        db_table = "promises_focus_area"
        ordering = ["promise_set", "position", "pk"]
        verbose_name = _("inriktning")
        verbose_name_plural = _("inriktningar")

    def __str__(self) -> str:
        return self.title


class Promise(models.Model):
    """One undertaking: who will do what."""

    promise_set = models.ForeignKey(
        PromiseSet, on_delete=models.CASCADE, related_name="promises", verbose_name=_("löfte")
    )
    focus_area = models.ForeignKey(
        FocusArea,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="promises",
        verbose_name=_("inriktning"),
    )
    text = models.TextField(_("löftet"))
    by_police = models.BooleanField(_("Polisen lovar"), default=False)
    by_municipality = models.BooleanField(_("kommunen lovar"), default=False)
    with_others = models.BooleanField(_("tillsammans med andra aktörer"), default=False)
    position = models.PositiveIntegerField(_("ordning"), default=0)
    source_start = models.PositiveIntegerField(_("källtext från"), null=True, blank=True)
    source_end = models.PositiveIntegerField(_("källtext till"), null=True, blank=True)

    class Meta:
        db_table = "promises_promise"
        ordering = ["promise_set", "position", "pk"]
        verbose_name = _("löfte")
        verbose_name_plural = _("löften")

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def title(self) -> str:
        """The promise as a page shows it: a sentence without the document's line label."""
        return promise_title(self.text)

    @property
    def parties(self) -> list[Party]:
        flags = [
            (self.by_police, Party.POLICE),
            (self.by_municipality, Party.MUNICIPALITY),
            (self.with_others, Party.OTHERS),
        ]
        return [party for flag, party in flags if flag]


class PromiseTheme(models.Model):
    promise = models.ForeignKey(
        Promise, on_delete=models.CASCADE, related_name="themes", verbose_name=_("löfte")
    )
    theme = models.CharField(_("tema"), max_length=30, choices=Theme.choices)
    position = models.PositiveSmallIntegerField(_("ordning"), default=0)

    class Meta:
        db_table = "promises_promise_theme"
        ordering = ["promise", "position"]
        verbose_name = _("tema")
        verbose_name_plural = _("teman")
        constraints = [
            models.UniqueConstraint(fields=["promise", "theme"], name="promise_theme_unique")
        ]
        indexes = [models.Index(fields=["theme"], name="promise_theme_theme_idx")]

    def __str__(self) -> str:
        return self.get_theme_display()

    def get_absolute_url(self) -> str:
        return reverse("theme", args=[Theme(self.theme).slug])


class Commitment(models.Model):
    """What a party undertakes, with a schedule and a size, so it can be checked."""

    class Per(models.TextChoices):
        YEAR = "year", _("per år")
        HALF_YEAR = "half_year", _("per halvår")
        SEASON = "season", _("per årstid")
        MONTH = "month", _("per månad")
        PERIOD = "period", _("under perioden")

    class Season(models.TextChoices):
        SPRING = "spring", _("vår")
        SUMMER = "summer", _("sommar")
        AUTUMN = "autumn", _("höst")
        WINTER = "winter", _("vinter")

    promise = models.ForeignKey(
        Promise, on_delete=models.CASCADE, related_name="commitments", verbose_name=_("löfte")
    )
    party = models.CharField(_("part"), max_length=20, choices=Party.choices)
    what = models.TextField(_("åtagande"))
    count = models.PositiveIntegerField(_("antal"), null=True, blank=True)
    at_least = models.BooleanField(_("minst"), default=False)
    per = models.CharField(_("per"), max_length=10, choices=Per.choices, blank=True)
    seasons = models.JSONField(_("årstider"), default=list, blank=True)
    season_topics = models.JSONField(_("inriktning per årstid"), default=dict, blank=True)
    target_group = models.CharField(_("målgrupp"), max_length=300, blank=True)
    responsible = models.CharField(_("ansvarig"), max_length=200, blank=True)
    responsible_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="commitments",
        verbose_name=_("ansvarig användare"),
        help_text=_("Får påminnelser när åtagandet närmar sig eller har passerat sitt datum."),
    )
    due_date = models.DateField(_("senast"), null=True, blank=True)
    position = models.PositiveIntegerField(_("ordning"), default=0)
    source_start = models.PositiveIntegerField(_("källtext från"), null=True, blank=True)
    source_end = models.PositiveIntegerField(_("källtext till"), null=True, blank=True)

    class Meta:
        db_table = "promises_commitment"
        ordering = ["promise", "position", "pk"]
        verbose_name = _("åtagande")
        verbose_name_plural = _("åtaganden")

    def __str__(self) -> str:
        return self.what[:80]

    def clean(self) -> None:
        known = set(self.Season.values)
        if not isinstance(self.seasons, list) or not set(self.seasons) <= known:
            raise ValidationError({"seasons": _("Okänd årstid.")})
        if not isinstance(self.season_topics, dict) or not set(self.season_topics) <= known:
            raise ValidationError({"season_topics": _("Okänd årstid.")})

    @property
    def schedule_label(self) -> str:
        """The schedule in Swedish, e.g. "minst 2 gånger per år (vår, höst)"."""
        if self.count is None and not self.per:
            return ""
        parts = []
        if self.count is not None:
            times = "gång" if self.count == 1 else "gånger"
            parts.append(f"{'minst ' if self.at_least else ''}{self.count} {times}")
        if self.per:
            parts.append(str(self.get_per_display()))
        label = " ".join(parts)
        if self.seasons:
            names = ", ".join(str(self.Season(s).label) for s in self.seasons)
            label = f"{label} ({names})"
        return label


class Target(models.Model):
    """A measurable goal with its baseline and data source, for one promise or the whole set."""

    class Direction(models.TextChoices):
        DECREASE = "decrease", _("minska")
        INCREASE = "increase", _("öka")

    promise_set = models.ForeignKey(
        PromiseSet, on_delete=models.CASCADE, related_name="targets", verbose_name=_("löfte")
    )
    promise = models.ForeignKey(
        Promise,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="targets",
        verbose_name=_("enskilt löfte"),
    )
    indicator = models.CharField(_("indikator"), max_length=300)
    direction = models.CharField(
        _("riktning"), max_length=10, choices=Direction.choices, blank=True
    )
    baseline_value = models.DecimalField(
        _("utgångsvärde"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    baseline_year = models.PositiveSmallIntegerField(_("utgångsår"), null=True, blank=True)
    baseline_text = models.TextField(_("utgångsläge"), blank=True)
    change_percent = models.DecimalField(
        _("förändring i procent"), max_digits=6, decimal_places=2, null=True, blank=True
    )
    target_value = models.DecimalField(
        _("målvärde"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    deadline = models.DateField(_("senast"), null=True, blank=True)
    data_source = models.CharField(_("datakälla"), max_length=300, blank=True)
    # A statistics series ("brott:bedrageri", "kolada:N07403") whose imports add the
    # target's measured values by themselves.
    indicator_key = models.CharField(_("mätvärden från statistiken"), max_length=100, blank=True)
    source_start = models.PositiveIntegerField(_("källtext från"), null=True, blank=True)
    source_end = models.PositiveIntegerField(_("källtext till"), null=True, blank=True)

    class Meta:
        db_table = "promises_target"
        ordering = ["promise_set", "promise", "pk"]
        verbose_name = _("mål")
        verbose_name_plural = _("mål")

    def __str__(self) -> str:
        return self.indicator

    @property
    def change_size(self) -> Decimal | None:
        """The size of the change without its sign: the direction says which way."""
        return None if self.change_percent is None else abs(self.change_percent)


class Signatory(models.Model):
    """A named signer with title and organisation, of a promise set or an agreement."""

    promise_set = models.ForeignKey(
        PromiseSet,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="signatories",
        verbose_name=_("löfte"),
    )
    agreement = models.ForeignKey(
        Agreement,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="signatories",
        verbose_name=_("samverkansöverenskommelse"),
    )
    name = models.CharField(_("namn"), max_length=200)
    title = models.CharField(_("titel"), max_length=200, blank=True)
    organisation_name = models.CharField(
        _("organisation (som skriven)"), max_length=200, blank=True
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="signatories",
        verbose_name=_("organisation"),
    )
    position = models.PositiveSmallIntegerField(_("ordning"), default=0)

    class Meta:
        db_table = "promises_signatory"
        ordering = ["position", "pk"]
        verbose_name = _("undertecknare")
        verbose_name_plural = _("undertecknare")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(promise_set__isnull=False, agreement__isnull=True)
                | models.Q(promise_set__isnull=True, agreement__isnull=False),
                name="signatory_belongs_to_one_document",
            )
        ]

    def __str__(self) -> str:
        return self.name


class Attachment(models.Model):
    """A bilaga of a promise set or an agreement, by title and, when we have it, its file."""

    promise_set = models.ForeignKey(
        PromiseSet,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="attachments",
        verbose_name=_("löfte"),
    )
    agreement = models.ForeignKey(
        Agreement,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="attachments",
        verbose_name=_("samverkansöverenskommelse"),
    )
    title = models.CharField(_("rubrik"), max_length=300)
    document = models.ForeignKey(
        "ingest.SourceDocument",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="attachments",
        verbose_name=_("fil"),
    )
    position = models.PositiveSmallIntegerField(_("ordning"), default=0)

    class Meta:
        db_table = "promises_attachment"
        ordering = ["position", "pk"]
        verbose_name = _("bilaga")
        verbose_name_plural = _("bilagor")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(promise_set__isnull=False, agreement__isnull=True)
                | models.Q(promise_set__isnull=True, agreement__isnull=False),
                name="attachment_belongs_to_one_document",
            )
        ]

    def __str__(self) -> str:
        return self.title


class Approval(models.Model):
    """That a party approved a promise set sent for signing, and who signed for it."""

    promise_set = models.ForeignKey(
        PromiseSet, on_delete=models.CASCADE, related_name="approvals", verbose_name=_("löfte")
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="approvals",
        verbose_name=_("organisation"),
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="approvals",
        verbose_name=_("godkänt av"),
    )
    signatory_name = models.CharField(_("undertecknas av"), max_length=200)
    signatory_title = models.CharField(_("titel"), max_length=200, blank=True)
    approved_at = models.DateTimeField(_("godkänt"), default=timezone.now)

    class Meta:
        db_table = "promises_approval"
        ordering = ["promise_set", "approved_at"]
        verbose_name = _("godkännande")
        verbose_name_plural = _("godkännanden")
        constraints = [
            models.UniqueConstraint(
                fields=["promise_set", "organisation"], name="approval_one_per_party"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} – {self.promise_set}"


class Contact(models.Model):
    """How the public reaches the parties of a promise set: a function, or a person in a role.

    A named person is shown only as the contact for their role, as the
    document or the coordinator published it; a function (växel, a shared
    mailbox) needs no name.
    """

    promise_set = models.ForeignKey(
        PromiseSet, on_delete=models.CASCADE, related_name="contacts", verbose_name=_("löfte")
    )
    organisation_name = models.CharField(
        _("organisation"),
        max_length=200,
        help_text=_("Till exempel Älvsbyns kommun eller Polisen."),
    )
    name = models.CharField(
        _("namn"),
        max_length=200,
        blank=True,
        help_text=_("Bara för en person som ska kontaktas i sin roll. Lämna tomt för en funktion."),
    )
    title = models.CharField(
        _("roll"),
        max_length=200,
        blank=True,
        help_text=_("Till exempel kommunpolis, säkerhetssamordnare eller växel."),
    )
    phone = models.CharField(
        _("telefon"),
        max_length=60,
        blank=True,
        help_text=_("Till exempel 0920-150 00 eller 114 14; en anteckning får stå inom parentes."),
    )
    email = models.EmailField(_("e-post"), blank=True)
    website = models.CharField(
        _("webbplats"), max_length=200, blank=True, help_text=_("Till exempel www.alvsbyn.se.")
    )
    address = models.TextField(
        _("adress"), blank=True, help_text=_("Besöks- eller postadress, en uppgift per rad.")
    )
    position = models.PositiveSmallIntegerField(_("ordning"), default=0)

    class Meta:
        db_table = "promises_contact"
        ordering = ["promise_set", "position", "pk"]
        verbose_name = _("kontakt")
        verbose_name_plural = _("kontakter")

    def __str__(self) -> str:
        return " – ".join(
            part for part in (self.organisation_name, self.name or self.title) if part
        )

    def clean(self) -> None:
        errors: dict[str, str] = {}
        if not (self.phone or self.email or self.website or self.address):
            errors["phone"] = (
                "Ange minst ett sätt att nå kontakten: telefon, e-post, webbplats eller adress."
            )
        elif self.phone and (problem := phone_problem(self.phone)):
            errors["phone"] = problem
        if self.name and not self.title:
            errors["title"] = (
                "En person visas bara som kontakt för sin roll. Ange rollen, "
                "till exempel kommunpolis."
            )
        if self.website:
            try:
                URLValidator(schemes=["http", "https"])(web_url(self.website))
            except ValidationError:
                errors["website"] = "Ange en webbadress, till exempel www.alvsbyn.se."
        if errors:
            raise ValidationError(errors)

    @property
    def public_role(self) -> str:
        """The role as the public sees it: a person's name only together with their role."""
        if self.name and self.title:
            return f"{self.name}, {self.title}"
        return self.title

    @property
    def tel_uri(self) -> str:
        return tel_uri(self.phone) if self.phone else ""

    @property
    def web_url(self) -> str:
        return web_url(self.website)


class TenureQuerySet(models.QuerySet["Tenure", "Tenure"]):
    def on(self, day: date) -> TenureQuerySet:
        """The stretches that hold `day`: at most one per kommun."""
        return self.filter(starts_on__lte=day).filter(
            models.Q(ends_on__isnull=True) | models.Q(ends_on__gte=day)
        )


class Tenure(models.Model):
    """A stretch of days in which a decided promise set is the one in force in a kommun.

    Worked out from the kommun's decided sets by the rule in `validity.py`
    and kept up to date by `promises/tenure.py` whenever they change, so that
    pages ask the database which set is in force instead of working it out.
    """

    municipality = models.ForeignKey(
        Municipality, on_delete=models.CASCADE, related_name="tenures", verbose_name=_("kommun")
    )
    promise_set = models.ForeignKey(
        PromiseSet, on_delete=models.CASCADE, related_name="tenures", verbose_name=_("löfte")
    )
    starts_on = models.DateField(_("gäller från"))
    ends_on = models.DateField(_("gäller till och med"), null=True, blank=True)

    objects = models.Manager.from_queryset(TenureQuerySet)()

    class Meta:
        db_table = "promises_tenure"
        ordering = ["municipality", "starts_on"]
        verbose_name = _("tid i kraft")
        verbose_name_plural = _("tider i kraft")
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "starts_on"], name="tenure_one_start_per_kommun"
            ),
            models.UniqueConstraint(
                fields=["municipality", "promise_set"], name="tenure_one_per_set_and_kommun"
            ),
        ]
        indexes = [models.Index(fields=["ends_on", "starts_on"], name="tenure_ends_starts_idx")]

    def __str__(self) -> str:
        end = self.ends_on.isoformat() if self.ends_on else "tills vidare"
        return f"{self.promise_set} i kraft {self.starts_on.isoformat()}–{end}"
