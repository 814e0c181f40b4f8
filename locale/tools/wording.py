"""Write the editors' words into the project's Dutch overrides of Wagtail (issue 26, item 10).

Wagtail's Dutch says "reviewers", "workflow" and "validatiefouten"; the platform says
"beoordelaars", "werkstroom" and "fouten in het formulier". For every Wagtail string whose
Dutch text (as the project serves it, so with the "u" overrides already applied) holds one
of those words, this writes an override entry to locale/nl/LC_MESSAGES/<domain>.po,
keeping placeholders (%(workflow)s, {workflow_name}) untouched. Entries already in the file
are replaced by the rewritten text. Run after a Wagtail upgrade, then `make messages`:

    .venv/bin/python locale/tools/wording.py && make messages

tests/editorial/test_admin_language.py fails when a served string still has those words.
"""

import gettext
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "stabiliteit.settings.test")

import django  # noqa: E402

django.setup()

from django.utils import translation  # noqa: E402

from editorial.wording import WAGTAIL_WORDING, reword  # noqa: E402


def wagtail_catalogues(domain):
    import wagtail
    import wagtail_modeladmin

    for package in (wagtail, wagtail_modeladmin):
        yield from Path(package.__path__[0]).rglob(f"locale/nl/LC_MESSAGES/{domain}.mo")


def quote(text):
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def served(domain):
    """{key: served Dutch text} for every Wagtail string of the domain."""
    found = {}
    for path in wagtail_catalogues(domain):
        with path.open("rb") as handle:
            catalog = gettext.GNUTranslations(handle)._catalog
        for key in catalog:
            if key == "" or key in found:
                continue
            if isinstance(key, tuple):
                msgid, index = key
                found[key] = translation.ngettext(msgid, msgid, 1 if index == 0 else 2)
            elif "\x04" in key:
                found[key] = translation.pgettext(*key.split("\x04", 1))
            else:
                found[key] = translation.gettext(key)
    return found


def entries(domain):
    """.po entries for the strings whose served text needs rewording."""
    texts = served(domain) if domain == "django" else {}
    singular, plural = {}, {}
    for key, text in texts.items():
        new = reword(text)
        if new == text:
            continue
        if isinstance(key, tuple):
            plural.setdefault(key[0], {})[key[1]] = new
        else:
            singular[key] = new
    for msgid, forms in plural.items():  # a plural entry needs both forms
        for index in (0, 1):
            forms.setdefault(index, reword(translation.ngettext(msgid, msgid, 1 if index == 0 else 2)))
    lines = []
    for key, text in sorted(singular.items()):
        if "\x04" in key:
            context, key = key.split("\x04", 1)
            lines.append(f"msgctxt {quote(context)}")
        lines += [f"msgid {quote(key)}", f"msgstr {quote(text)}", ""]
    for msgid, forms in sorted(plural.items()):
        lines += [f"msgid {quote(msgid)}", f"msgid_plural {quote(msgid)}"]
        lines += [f"msgstr[{index}] {quote(forms[index])}" for index in (0, 1)] + [""]
    return "\n".join(lines)


def main():
    with translation.override("nl"):
        po = ROOT / "locale" / "nl" / "LC_MESSAGES" / "django.po"
        wording = po.with_name("wording.tmp.po")
        header = po.read_text(encoding="utf-8").split("\n\n", 1)[0]
        wording.write_text(f"{header}\n\n{entries('django')}", encoding="utf-8")
        # The reworded entries win over the file's own ("u") entries for the same string.
        command = ["msgcat", "--use-first", "--no-wrap", "-o", str(po), str(wording), str(po)]
        subprocess.run(command, check=True)  # noqa: S603, S607 (gettext's msgcat, fixed arguments)
        wording.unlink()
    print(f"{po.relative_to(ROOT)}: {len(WAGTAIL_WORDING)} words reworded")


if __name__ == "__main__":
    main()
