"""Body blocks for offering pages: plain, accessible building blocks only."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Tussenkop")
        template = "blocks/heading.html"


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=200)
    url = blocks.URLBlock(label=_("Webadres"))

    class Meta:
        icon = "link"
        label = _("Link")


class OfferingBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Tekst"), icon="pilcrow")
    links = blocks.ListBlock(LinkBlock(), label=_("Links"), template="blocks/links.html")
    quote = blocks.BlockQuoteBlock(label=_("Citaat"))

    class Meta:
        block_counts = {}
