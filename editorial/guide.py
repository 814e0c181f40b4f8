"""The editors' guide (docs/editors.md) shown in the admin, in Dutch, under Help.

Rendered with markdown-it-py (CommonMark, maintained; HTML in the source is not passed
through), once per process: the file changes only with a deploy.
"""

import functools
from pathlib import Path

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from markdown_it import MarkdownIt

GUIDE = Path(settings.BASE_DIR) / "docs" / "editors.md"


@functools.cache
def guide_html():
    text = GUIDE.read_text(encoding="utf-8")
    # The file's own title becomes the page header; the rest is the body.
    body = text.split("\n", 1)[1] if text.startswith("# ") else text
    return mark_safe(MarkdownIt("commonmark", {"html": False}).enable("table").render(body))  # noqa: S308


def editors_guide(request):
    return TemplateResponse(
        request,
        "editorial/guide.html",
        {"heading": _("Handleiding voor redacteuren"), "guide": guide_html()},
    )
