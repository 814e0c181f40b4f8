"""ISBN and DOI: validated on save, stored in one canonical form.

ISBN checksums (ISBN-10 and ISBN-13) and hyphenation come from python-stdnum, a maintained
library of standard-number checks. DOIs have no checksum; their syntax (ANSI/NISO Z39.84:
"10.", a registrant code of digits and dots, "/", a suffix) is checked here with one regular
expression, as stdnum has no DOI module and the rule is too small for a dependency. Editors
may paste a DOI as a doi.org link or with "doi:" in front; we keep the bare DOI.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from stdnum import isbn as stdnum_isbn
from stdnum.exceptions import ValidationError as StdnumError

DOI_RE = re.compile(r"10\.\d{4,9}(?:\.\d+)*/\S+")
DOI_PREFIXES = ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:")


def normalize_isbn(value):
    """'978-90-5260-123-4', '9789052601234' or an ISBN-10 -> hyphenated form; ValidationError if wrong."""
    value = (value or "").strip()
    if not value:
        return ""
    try:
        compact = stdnum_isbn.validate(value)
    except StdnumError:
        raise ValidationError(
            _(
                "Dit ISBN klopt niet: controleer de cijfers. Een ISBN heeft 10 of 13 cijfers "
                "(het laatste teken mag bij ISBN-10 een X zijn) en een geldig controlecijfer."
            ),
            code="invalid_isbn",
        ) from None
    return stdnum_isbn.format(compact)


def normalize_doi(value):
    """'https://doi.org/10.1000/xyz', 'doi:10.1000/xyz' or '10.1000/xyz' -> '10.1000/xyz'."""
    value = (value or "").strip()
    for prefix in DOI_PREFIXES:
        if value.lower().startswith(prefix):
            value = value[len(prefix) :]
            break
    if value and not DOI_RE.fullmatch(value):
        raise ValidationError(
            _("Deze DOI klopt niet. Een DOI begint met 10., bijvoorbeeld 10.1234/abc-2015."),
            code="invalid_doi",
        )
    return value


def doi_url(doi):
    return f"https://doi.org/{doi}" if doi else ""
