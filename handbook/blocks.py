"""StreamField blocks of a handbook chapter.

Every block has its own template in templates/handbook/blocks/. Blocks that point at
catalogue pages (a publication analysis, internal further reading) render nothing when the
page is deleted, unpublished or restricted, so a chapter never shows a dead link; editors
see those references in the chapter's admin panel and in the broken-references report.
"""

import copy
import re

from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import Page

from core.baseurl import page_url
from core.relationlists import read_relation_lists
from core.rows import read_in_bulk

# Restricted rich text: no headings (they come from heading blocks, which feed the TOC),
# no images or embeds, so every chapter reads and prints the same way.
ANALYSIS_FEATURES = ["bold", "italic", "link", "ul", "ol"]
INLINE_FEATURES = ["bold", "italic", "link"]

ANCHOR_RE = re.compile(r"^[a-z][a-z0-9-]{0,59}$")
# "gemeente Zwolle", "Gemeente Den Bosch": a named municipality in an anonymised case.
NAMED_MUNICIPALITY_RE = re.compile(r"\bgemeente\s+(?:[A-Z]|'s-|[Dd]en\s+[A-Z])")
OFFERING_PAGE_TYPES = ["offerings.PublicationPage", "offerings.TrainingPage", "offerings.ContactPointPage"]


def heading_anchor(text):
    """A stable fragment id for a heading: derived from its text unless given explicitly."""
    return slugify(text)[:60].strip("-") or "kop"


def is_available(page):
    """Whether a referenced page may be shown to the public (restrictions checked in bulk)."""
    return page is not None and page.live


def error(message):
    return ValidationError(message)


def shared_page_model(models):
    """The most specific page model every one of `models` derives from (Page at least)."""
    for candidate in models[0].__mro__:
        if (
            isinstance(candidate, type)
            and issubclass(candidate, Page)
            and not candidate._meta.abstract
            and all(issubclass(model, candidate) for model in models)
        ):
            return candidate
    return Page


class BulkPageChooserBlock(blocks.PageChooserBlock):
    """A page chooser that loads all its pages in a stream with one query per page type.

    Wagtail calls bulk_to_python once per block type for the whole StreamField, so a chapter
    with twenty publication analyses loads its publications in a single query.
    """

    def bulk_to_python(self, values):
        ids = [value for value in values if value is not None]
        if len(self.target_models) == 1 and self.target_models[0] is not Page:
            model = self.target_models[0]
            objects = read_in_bulk(model, ids, related=("form",))
            if hasattr(model, "credit_lists"):  # a publication's authors and publishers: one query for all
                read_relation_lists(list(objects.values()), model.credit_lists())
        else:
            # Several page types: read them in one query through the table they share (the
            # offering kinds: OfferingPage) and make each its specific class without a second
            # query (Wagtail's `specific(defer=True)`); what the blocks show (title, URL, kind,
            # live, path) is in that table, a field of one kind alone is read when asked for.
            base = shared_page_model(self.target_models)
            if base is Page:
                objects = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
            else:  # the shared table's query built once per number of pages (core/rows.py)
                objects = {pk: page.specific_deferred for pk, page in read_in_bulk(base, ids).items()}
        result, seen = [], set()
        for value in values:
            obj = objects.get(value)
            if obj is not None and value in seen:
                obj = copy.copy(obj)
            seen.add(value)
            result.append(obj)
        return result

    def get_api_representation(self, value, context=None):
        if not is_available(value):
            return None
        return {"id": value.pk, "title": value.title, "url": page_url(value)}


class SectionHeadingBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), max_length=120)
    anchor = blocks.CharBlock(
        label=_("Vast anker"),
        required=False,
        max_length=60,
        help_text=_(
            "Optioneel. Houdt verwijzingen naar deze paragraaf geldig als de kop verandert, "
            "bijvoorbeeld 'signalen-herkennen'."
        ),
    )

    class Meta:
        icon = "title"
        label = _("Tussenkop")
        template = "handbook/blocks/section_heading.html"

    def clean(self, value):
        value = super().clean(value)
        if value["anchor"] and not ANCHOR_RE.match(value["anchor"]):
            raise StructBlockValidationError(
                block_errors={
                    "anchor": error(
                        _(
                            "Gebruik alleen kleine letters, cijfers en streepjes en begin met een "
                            "letter, bijvoorbeeld 'signalen-herkennen'."
                        )
                    )
                }
            )
        return value

    def anchor_for(self, value):
        return value["anchor"] or heading_anchor(value["heading"])

    def get_api_representation(self, value, context=None):
        # The anchor as rendered (before de-duplication within a chapter).
        return {"heading": value["heading"], "anchor": self.anchor_for(value)}

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context.setdefault("anchor", self.anchor_for(value))
        return context


class AnalysisTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=ANALYSIS_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Analysetekst")
        template = "handbook/blocks/analysis_text.html"


class KeyPointsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=120, default=_("Kernpunten"))
    points = blocks.ListBlock(blocks.CharBlock(max_length=300, label=_("Kernpunt")), label=_("Kernpunten"))

    MIN_POINTS, MAX_POINTS = 2, 8

    class Meta:
        icon = "list-ul"
        label = _("Kernpunten")
        template = "handbook/blocks/key_points.html"

    def clean(self, value):
        value = super().clean(value)
        points = [point for point in value["points"] if point.strip()]
        if len(points) < self.MIN_POINTS:
            raise StructBlockValidationError(
                non_block_errors=[
                    error(_("Geef minstens twee kernpunten. Eén punt past beter in de analysetekst."))
                ]
            )
        if len(points) > self.MAX_POINTS:
            raise StructBlockValidationError(
                non_block_errors=[
                    error(_("Houd het bij hoogstens acht kernpunten, zodat ze scanbaar blijven."))
                ]
            )
        return value


class PublicationAnalysisBlock(blocks.StructBlock):
    publication = BulkPageChooserBlock(
        page_type="offerings.PublicationPage", label=_("Publicatie"), required=False
    )
    analysis = blocks.RichTextBlock(
        features=INLINE_FEATURES,
        max_length=1200,
        label=_("Korte analyse"),
        help_text=_("Wat staat erin? Twee tot vijf zinnen in eenvoudige taal."),
    )
    meaning = blocks.RichTextBlock(
        features=ANALYSIS_FEATURES,
        max_length=1200,
        label=_("Wat betekent dit voor uw gemeente?"),
    )
    pull_quote = blocks.TextBlock(
        label=_("Citaat uit de publicatie"),
        required=False,
        max_length=300,
        help_text=_("Optioneel. Zonder aanhalingstekens; die zet de site er zelf omheen."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Publicatie-analyse")
        template = "handbook/blocks/publication_analysis.html"

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if value["publication"] is None:
            errors["publication"] = error(_("Kies de publicatie die u in deze analyse bespreekt."))
        quote = value["pull_quote"].strip()
        if quote and quote[0] in "\"'“‘„" and quote[-1] in "\"'”’":
            errors["pull_quote"] = error(
                _("Laat de aanhalingstekens om het citaat weg; de site zet ze er zelf omheen.")
            )
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value

    @staticmethod
    def anchor_for(value):
        publication = value["publication"]
        return f"publicatie-{publication.pk}" if publication is not None else "publicatie"

    def render(self, value, context=None):
        # A deleted or unpublished publication: leave the whole analysis out.
        if not is_available(value["publication"]):
            return ""
        hidden = (context or {}).get("hidden_page_ids", ())
        if value["publication"].pk in hidden:
            return ""
        return super().render(value, context)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context.setdefault("anchor", self.anchor_for(value))
        return context

    def get_api_representation(self, value, context=None):
        data = super().get_api_representation(value, context)
        data["anchor"] = self.anchor_for(value)
        return data


class CaseExampleBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=120)
    setting = blocks.CharBlock(
        label=_("Soort gemeente"),
        max_length=160,
        help_text=_("Zonder naam, bijvoorbeeld: een middelgrote gemeente in het oosten van het land."),
    )
    situation = blocks.RichTextBlock(features=INLINE_FEATURES, label=_("De situatie"))
    approach = blocks.RichTextBlock(features=ANALYSIS_FEATURES, label=_("Wat deed de gemeente?"))
    lesson = blocks.TextBlock(label=_("Wat kunt u hiervan leren?"), required=False, max_length=500)
    anonymised = blocks.BooleanBlock(
        label=_("Dit voorbeeld is geanonimiseerd"),
        required=False,
        help_text=_("Geen namen van gemeenten, personen of organisaties die tot hen te herleiden zijn."),
    )

    class Meta:
        icon = "group"
        label = _("Praktijkvoorbeeld")
        template = "handbook/blocks/case_example.html"

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if not value["anonymised"]:
            errors["anonymised"] = error(
                _("Bevestig dat het voorbeeld geanonimiseerd is voordat u het publiceert.")
            )
        for name in ("setting", "situation", "approach", "lesson"):
            text = value[name].source if hasattr(value[name], "source") else value[name]
            if NAMED_MUNICIPALITY_RE.search(strip_tags(text or "")):
                errors[name] = error(
                    _("Noem geen gemeentenaam: beschrijf de gemeente, bijvoorbeeld 'een kleine gemeente'.")
                )
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class SignalsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=120, default=_("Signalen om op te letten"))
    intro = blocks.TextBlock(label=_("Inleiding"), required=False, max_length=400)
    signals = blocks.ListBlock(blocks.CharBlock(max_length=250, label=_("Signaal")), label=_("Signalen"))

    class Meta:
        icon = "warning"
        label = _("Signalen om op te letten")
        template = "handbook/blocks/signals.html"

    def clean(self, value):
        value = super().clean(value)
        signals = [signal.strip() for signal in value["signals"] if signal.strip()]
        if not signals:
            raise StructBlockValidationError(non_block_errors=[error(_("Noem minstens één signaal."))])
        seen = set()
        for signal in signals:
            if signal.lower() in seen:
                raise StructBlockValidationError(
                    non_block_errors=[
                        error(_("Het signaal '%(signal)s' staat er twee keer in.") % {"signal": signal})
                    ]
                )
            seen.add(signal.lower())
        return value


class DilemmaBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Het dilemma"), max_length=200)
    side_a_title = blocks.CharBlock(label=_("Kant A: kop"), max_length=120)
    side_a = blocks.TextBlock(label=_("Kant A: toelichting"), max_length=800)
    side_b_title = blocks.CharBlock(label=_("Kant B: kop"), max_length=120)
    side_b = blocks.TextBlock(label=_("Kant B: toelichting"), max_length=800)
    consideration = blocks.TextBlock(label=_("Om mee te wegen"), required=False, max_length=600)

    class Meta:
        icon = "resubmit"
        label = _("Dilemma")
        template = "handbook/blocks/dilemma.html"

    def clean(self, value):
        value = super().clean(value)
        if value["side_a_title"].strip().lower() == value["side_b_title"].strip().lower():
            raise StructBlockValidationError(
                block_errors={
                    "side_b_title": error(_("Geef de twee kanten van het dilemma elk een eigen kop."))
                }
            )
        if value["side_a"].strip() == value["side_b"].strip():
            raise StructBlockValidationError(
                block_errors={
                    "side_b": error(_("De twee kanten van het dilemma hebben dezelfde toelichting."))
                }
            )
        return value


class InternalReadingBlock(blocks.StructBlock):
    page = BulkPageChooserBlock(page_type=OFFERING_PAGE_TYPES, label=_("Aanbod"))
    note = blocks.CharBlock(label=_("Waarom lezen?"), required=False, max_length=200)

    class Meta:
        icon = "doc-empty"
        label = _("Aanbod op deze site")


class ExternalReadingBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=200)
    url = blocks.URLBlock(label=_("Webadres"))
    source = blocks.CharBlock(label=_("Bron"), max_length=120, help_text=_("Wie heeft het gepubliceerd?"))
    note = blocks.CharBlock(label=_("Waarom lezen?"), required=False, max_length=200)

    class Meta:
        icon = "link-external"
        label = _("Externe bron")

    def clean(self, value):
        value = super().clean(value)
        if not value["url"].lower().startswith(("https://", "http://")):
            raise StructBlockValidationError(
                block_errors={"url": error(_("Gebruik een webadres dat begint met https:// of http://."))}
            )
        return value


class FurtherReadingBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=120, default=_("Verder lezen"))
    items = blocks.StreamBlock(
        [("internal", InternalReadingBlock()), ("external", ExternalReadingBlock())],
        label=_("Bronnen"),
        required=False,  # clean() below says in Dutch what is missing
    )

    class Meta:
        icon = "list-ol"
        label = _("Verder lezen")
        template = "handbook/blocks/further_reading.html"

    def clean(self, value):
        value = super().clean(value)
        if not len(value["items"]):
            raise StructBlockValidationError(
                non_block_errors=[error(_("Voeg minstens één bron toe, op deze site of daarbuiten."))]
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        hidden = context.get("hidden_page_ids", ())
        context["entries"] = [
            item
            for item in value["items"]
            if item.block_type == "external"
            or (is_available(item.value["page"]) and item.value["page"].pk not in hidden)
        ]
        return context

    def render(self, value, context=None):
        html = super().render(value, context)
        return html if "<li" in html else ""


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Soort"),
        choices=[("tip", _("Tip")), ("let-op", _("Let op")), ("belangrijk", _("Belangrijk"))],
        default="tip",
    )
    title = blocks.CharBlock(label=_("Titel"), required=False, max_length=120)
    text = blocks.RichTextBlock(features=INLINE_FEATURES, label=_("Tekst"), max_length=600)

    class Meta:
        icon = "help"
        label = _("Kader")
        template = "handbook/blocks/callout.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["kind_label"] = dict(self.child_blocks["kind"].field.choices).get(value["kind"], "")
        return context


class HandbookBodyBlock(blocks.StreamBlock):
    heading = SectionHeadingBlock()
    text = AnalysisTextBlock()
    key_points = KeyPointsBlock()
    publication_analysis = PublicationAnalysisBlock()
    case_example = CaseExampleBlock()
    signals = SignalsBlock()
    dilemma = DilemmaBlock()
    further_reading = FurtherReadingBlock()
    callout = CalloutBlock()

    class Meta:
        block_counts = {}
