"""Upload checks for documents and images, with messages editors understand.

Wagtail already checks image formats, sizes and pixel counts, and document extensions.
On top of that: a size limit for documents, a check that a file's content matches its
extension (a renamed executable is refused), and for images a Dutch refusal of SVG and of
images with too many pixels *before* Wagtail decodes them.

SVG is refused, not sanitised. An SVG is an XML document that can carry scripts in many
spellings (namespaced <x:script>, xlink:href="&#106;avascript:", <foreignObject>, CSS,
external entities); a regular expression cannot find them all, and no maintained Python
parser-based SVG sanitiser exists (bleach is deprecated, nh3/ammonia clean HTML, not SVG).
Sanitising would also rely on every place that serves /media/ adding a CSP header. Partners
upload logos and illustrations, for which PNG and WebP serve just as well. So the image
extensions leave out "svg" (settings) and this form explains why.

A decompression bomb (e.g. a 109 KB PNG of 30000 x 30000 pixels) made Pillow raise
DecompressionBombError inside Wagtail's field: a 500. The pixel count is read from the
header first (Image.open does not decode) and refused with a form error.
"""

import warnings

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from PIL import Image as PILImage
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

# First bytes of the document formats we accept (WAGTAILDOCS_EXTENSIONS).
PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"  # docx, xlsx, pptx, odt, ods, odp are zip containers
TEXT_EXTENSIONS = {"txt", "csv"}
ZIP_EXTENSIONS = {"docx", "xlsx", "pptx", "odt", "ods", "odp"}


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


def looks_like_svg(uploaded):
    head = read_head(uploaded, 256).lstrip()
    return extension_of(uploaded.name) == "svg" or head.startswith((b"<?xml", b"<svg"))


def pixel_count(uploaded):
    """Width x height from the image header (nothing decoded); None if Pillow cannot read it."""
    position = uploaded.tell() if hasattr(uploaded, "tell") else 0
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            uploaded.seek(0)
            with PILImage.open(uploaded) as image:
                width, height = image.size
        return width * height
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
        return float("inf")  # more than Pillow will even open
    except Exception:  # noqa: BLE001 (not an image Pillow reads: Wagtail's own checks explain)
        return None
    finally:
        uploaded.seek(position)


UNREADABLE_IMAGE = _lazy(
    "Dit bestand is geen afbeelding die we kunnen lezen, of het is beschadigd. Sla de afbeelding "
    "opnieuw op als PNG, JPEG, WebP of GIF en upload haar opnieuw."
)


def decodes(uploaded):
    """True when Pillow decodes the image (called only below the pixel limit, so bounded)."""
    position = uploaded.tell() if hasattr(uploaded, "tell") else 0
    try:
        uploaded.seek(0)
        with PILImage.open(uploaded) as image:
            image.load()
        return True
    except Exception:  # noqa: BLE001 (any decoder error means: not a readable image)
        return False
    finally:
        uploaded.seek(position)


def image_problem(uploaded):
    """Return a Dutch message if this image must be refused before Wagtail opens it, else None."""
    if looks_like_svg(uploaded):
        return _(
            "SVG-afbeeldingen nemen we niet aan: ze kunnen scripts bevatten. Sla de afbeelding op "
            "als PNG of WebP en upload die."
        )
    limit = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    pixels = pixel_count(uploaded)
    if pixels is not None and pixels > limit:
        return _(
            "Deze afbeelding heeft te veel pixels: het maximum is %(limit)s miljoen (bijvoorbeeld "
            "6000 x 4000). Maak haar kleiner en upload haar opnieuw."
        ) % {"limit": limit // 1_000_000}
    # Every allowed format (WAGTAILIMAGES_EXTENSIONS) is one Pillow reads; a file it cannot
    # read or decode made Wagtail's own field raise (a 500 for "GIF89a" and nonsense). Decoded
    # only after the pixel limit, so the work is bounded.
    if pixels is None or not decodes(uploaded):
        return UNREADABLE_IMAGE
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
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            field = self.fields["file"]
            wagtail_clean = field.clean

            def clean(data, initial=None):
                # Before Wagtail's own field checks, which decode the image.
                if data and hasattr(data, "read"):
                    problem = image_problem(data)
                    if problem:
                        raise forms.ValidationError(problem, code="image_refused")
                return wagtail_clean(data, initial)

            field.clean = clean
