"""Upload checks for documents and images, with messages editors understand.

Wagtail already checks image formats, sizes and pixel counts, and document extensions.
On top of that: a size limit for documents, a check that a file's content matches its
extension (a renamed executable is refused), and SVG images without scripts.
"""

import re

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

# First bytes of the document formats we accept (WAGTAILDOCS_EXTENSIONS).
PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"  # docx, xlsx, pptx, odt, ods, odp are zip containers
TEXT_EXTENSIONS = {"txt", "csv"}
ZIP_EXTENSIONS = {"docx", "xlsx", "pptx", "odt", "ods", "odp"}
SVG_DANGER = re.compile(rb"<script|<foreignobject|\son[a-z]+\s*=|javascript:|<!entity", re.IGNORECASE)


def extension_of(name):
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def read_head(uploaded, size=4096):
    position = uploaded.tell() if hasattr(uploaded, "tell") else 0
    uploaded.seek(0)
    head = uploaded.read(size)
    uploaded.seek(position)
    return head


def read_all(uploaded):
    uploaded.seek(0)
    data = uploaded.read()
    uploaded.seek(0)
    return data


def document_problem(uploaded):
    """Return a Dutch message if this document must be refused, else None."""
    limit = settings.EDITORIAL_MAX_DOCUMENT_SIZE
    if uploaded.size > limit:
        return _("Het bestand is %(size)s; documenten mogen maximaal %(limit)s zijn.") % {
            "size": filesizeformat(uploaded.size),
            "limit": filesizeformat(limit),
        }
    if uploaded.size == 0:
        return _("Het bestand is leeg. Kies het juiste bestand.")
    extension = extension_of(uploaded.name)
    head = read_head(uploaded)
    if extension == "pdf" and not head.startswith(PDF_MAGIC):
        return _("Dit bestand heet .pdf maar is geen PDF-bestand. Sla het opnieuw op als PDF.")
    if extension in ZIP_EXTENSIONS and not head.startswith(ZIP_MAGIC):
        return _(
            "Dit bestand heet .%(ext)s maar de inhoud past daar niet bij. Sla het opnieuw op vanuit "
            "uw tekstverwerker of spreadsheet."
        ) % {"ext": extension}
    if extension in TEXT_EXTENSIONS:
        try:
            read_all(uploaded).decode("utf-8")
        except UnicodeDecodeError:
            return _("Dit tekstbestand is geen geldige UTF-8-tekst. Sla het op als UTF-8 en probeer opnieuw.")
    return None


def svg_problem(uploaded):
    if extension_of(uploaded.name) != "svg":
        return None
    if SVG_DANGER.search(read_all(uploaded)):
        return _(
            "Deze SVG-afbeelding bevat scripts of koppelingen die we om veiligheidsredenen niet "
            "toestaan. Upload een PNG, JPG of WebP, of een SVG zonder scripts."
        )
    return None


class CheckedDocumentForm(BaseDocumentForm):
    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            problem = document_problem(uploaded)
            if problem:
                raise forms.ValidationError(problem, code="document_refused")
        return uploaded


class CheckedImageForm(BaseImageForm):
    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and "file" in self.changed_data:
            problem = svg_problem(uploaded)
            if problem:
                raise forms.ValidationError(problem, code="image_refused")
        return uploaded
