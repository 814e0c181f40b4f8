"""One form of address: editors and the public are "u", never "je" (issue 15, point 4).

Checks the project's own texts (templates, Python strings, demo content) and every Dutch
string of Wagtail as the project serves it (Wagtail's catalogue says "je"; locale/ overrides
those strings), so a Wagtail upgrade that brings a new "je" string fails here.
"""

import gettext
import io
import re
import tokenize
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

INFORMAL = re.compile(r"\b(je|jouw|jij|jou|jezelf|jullie)\b", re.IGNORECASE)
ROOT = Path(settings.BASE_DIR)
SKIP_DIRS = {".venv", "tests", "node_modules", "static_collected", "media", ".git"}
# Not texts anyone reads: the Dutch stop-word list of the stemmer, and its word endings
# ("je" is the diminutive ending in search/lemmas.py).
NOT_SHOWN = {Path("search/dutch.py"), Path("search/lemmas.py")}


def project_files(suffixes):
    for path in ROOT.rglob("*"):
        relative = path.relative_to(ROOT)
        if relative.parts[0] in SKIP_DIRS or relative in NOT_SHOWN or path.suffix not in suffixes:
            continue
        yield relative, path


def test_project_templates_and_python_strings_say_u():
    found = []
    for relative, path in project_files({".html", ".txt"}):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if INFORMAL.search(line):
                found.append(f"{relative}:{number}: {line.strip()}")
    for relative, path in project_files({".py"}):
        source = path.read_text(encoding="utf-8")
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type == tokenize.STRING and INFORMAL.search(token.string):
                found.append(f"{relative}:{token.start[0]}: {token.string.strip()[:100]}")
    assert found == []


def wagtail_catalogues():
    import wagtail
    import wagtail_modeladmin

    for package in (wagtail, wagtail_modeladmin):
        yield from Path(package.__path__[0]).rglob("locale/nl/LC_MESSAGES/*.mo")


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_every_wagtail_string_is_served_with_u(domain):
    from django.views.i18n import JavaScriptCatalog

    informal = []
    with translation.override("nl"):
        if domain == "djangojs":
            catalog = JavaScriptCatalog(domain="djangojs", packages=["wagtail.admin"])
            catalog.translation = translation.trans_real.DjangoTranslation(
                "nl", domain="djangojs", localedirs=catalog.get_paths(["wagtail.admin"])
            )
            serve = catalog.translation
        for path in wagtail_catalogues():
            if path.stem != domain:
                continue
            with path.open("rb") as handle:
                keys = gettext.GNUTranslations(handle)._catalog.keys()
            for key in keys:
                if key == "":
                    continue
                if isinstance(key, tuple):
                    msgid, index = key
                    text = (
                        serve.ngettext(msgid, msgid, 1 if index == 0 else 2)
                        if domain == "djangojs"
                        else translation.ngettext(msgid, msgid, 1 if index == 0 else 2)
                    )
                else:
                    msgid = key
                    if "\x04" in key:
                        context, message = key.split("\x04", 1)
                        text = (
                            serve.pgettext(context, message)
                            if domain == "djangojs"
                            else translation.pgettext(context, message)
                        )
                    else:
                        text = serve.gettext(key) if domain == "djangojs" else translation.gettext(key)
                if INFORMAL.search(text):
                    informal.append(f"{path.parent.parent.parent.parent.name}: {msgid!r} -> {text!r}")
    assert informal == []


def test_permission_denied_says_u():
    with translation.override("nl"):
        text = translation.gettext("Sorry, you do not have permission to access this area.")
    assert text == "Sorry, u heeft geen toegang tot dit gedeelte."
