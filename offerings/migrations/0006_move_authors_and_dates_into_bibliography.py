"""Move each publication's single "Auteur(s) of uitgever" text and its full date into the
bibliographic fields, in the pages and in their stored revisions (drafts, workflows).

Nothing is lost: a text that names an organisation (a partner's name or abbreviation, an
existing organisation, or "Name (ABBR)") becomes that publisher. People followed by an
organisation, "M. de Boer en K. Yilmaz (Movisie)", become authors (split on "en", "&" and
commas when every part is a person's name) and the organisation stays the publisher
(issue 21: the release of 29 Nov made the people the publisher and lost Movisie). Any
other text becomes one author entry holding the text exactly as it was, for an editor to
split later. The date
keeps its day ("2025-03-14"). Going back, the text is rebuilt from the authors, else the
publishers, and the date from the first day of the (partial) date.
"""

import datetime
import re

from django.db import migrations

ORGANISATION_WITH_ABBREVIATION = re.compile(r"^(?P<name>.+?)\s*\((?P<abbreviation>[^()]{2,20})\)$")
TRAILING_ORGANISATION = re.compile(r"^(?P<people>.+?)\s*\((?P<organisation>[^()]{2,120})\)$")
PEOPLE_SEPARATOR = re.compile(r"\s*(?:,|&|\ben\b)\s*")
PARTICLES = r"(?:(?:van|de|der|den|het|ter|ten|te|op|in|'t|von|el|al|la|le|du|da|di)\s+)*"
NAME = r"[A-ZÀ-Ý][\w'’-]+"
PERSON = re.compile(
    rf"^(?:(?:[A-ZÀ-Ý][a-z]?\.\s*)+|{NAME}\s+(?:{NAME}\s+)?){PARTICLES}{NAME}(?:[-\s]{NAME})?$"
)
CHILD_RELATIONS = ("authors", "publishers", "commissioners", "editions")


class Credits:
    """Finds or creates the organisation a credit text names (historical models)."""

    def __init__(self, apps):
        self.Organisation = apps.get_model("partners", "Organisation")
        PartnerPage = apps.get_model("partners", "PartnerPage")
        self.partners = {}
        for partner in PartnerPage.objects.all():
            self.partners[partner.title.casefold()] = partner
            self.partners[partner.abbreviation.casefold()] = partner

    def organisation(self, text):
        """The organisation `text` names, or None when it does not look like one."""
        existing = self.Organisation.objects.filter(name__iexact=text).first()
        if existing:
            return existing
        partner = self.partners.get(text.casefold())
        if partner is not None:
            return self._get_or_create(partner.title, partner.abbreviation, partner)
        match = ORGANISATION_WITH_ABBREVIATION.match(text)
        if match:
            name, abbreviation = match["name"].strip(), match["abbreviation"].strip()
            partner = self.partners.get(name.casefold()) or self.partners.get(abbreviation.casefold())
            return self._get_or_create(name, abbreviation, partner)
        return None

    def get_or_create_named(self, name):
        """The organisation called `name` (a partner when one has that name or abbreviation)."""
        partner = self.partners.get(name.casefold())
        if partner is not None:
            return self._get_or_create(partner.title, partner.abbreviation, partner)
        return self._get_or_create(name, "", None)

    def _get_or_create(self, name, abbreviation, partner):
        organisation = self.Organisation.objects.filter(name__iexact=name).first()
        if organisation is None:
            if partner is not None and self.Organisation.objects.filter(partner=partner).exists():
                partner = None  # one organisation per partner; keep the first
            organisation = self.Organisation.objects.create(
                name=name,
                abbreviation=abbreviation or "",
                website=getattr(partner, "website", "") or "",
                partner=partner,
            )
        return organisation


def people(text):
    """The persons' names in `text` ("M. de Boer en K. Yilmaz", "A. Jansen, B. Smit & C. Bakker"),
    or [] when some part is not a person's name."""
    names = [part.strip() for part in PEOPLE_SEPARATOR.split(text) if part.strip()]
    if names and all(PERSON.match(name) for name in names):
        return names
    return []


def split_credit(text, credits):
    """(author names, organisation or None) for a legacy "Auteur(s) of uitgever" text."""
    if not _names_people(text):
        organisation = credits.organisation(text)
        if organisation is not None:
            return [], organisation
    match = TRAILING_ORGANISATION.match(text)
    if match:
        names = people(match["people"])
        if names:
            named = match["organisation"].strip()
            return names, credits.organisation(named) or credits.get_or_create_named(named)
    return people(text) or [text], None


def _names_people(text):
    """True for "M. de Boer (Movisie)", False for "Nederlands Instituut Publieke Veiligheid
    (NIPV)": an organisation's name can look like a person's, but then the text between the
    brackets abbreviates it."""
    match = ORGANISATION_WITH_ABBREVIATION.match(text)
    return bool(match and people(match["name"]) and not abbreviates(match["abbreviation"], match["name"]))


def abbreviates(abbreviation, name):
    """True when `abbreviation`'s letters appear in `name` in order, starting with its first
    letter (NCTV, RUG, NIPV, JEP in "Platform JEP"), as an abbreviation of that name does."""
    letters = [char for char in abbreviation.casefold() if char.isalnum()]
    text = name.casefold()
    if not letters or not (text.startswith(letters[0]) or abbreviation.casefold() in text):
        return False
    position = 0
    for letter in letters:
        position = text.find(letter, position) + 1
        if not position:
            return False
    return True


def _iso(date):
    return date.isoformat() if date else ""


def _first_day(partial):
    partial = (partial or "").rstrip("~")
    if not partial:
        return None
    year, month, day = (int(part) for part in (partial.split("-") + ["1", "1"])[:3])
    if 33 <= month <= 36:  # a quarter (EDTF 33-36, offerings/dates.py): its first month
        month = (month - 33) * 3 + 1
    return datetime.date(year, month, day)


def forward(apps, schema_editor):
    PublicationPage = apps.get_model("offerings", "PublicationPage")
    Author = apps.get_model("offerings", "PublicationAuthor")
    Publisher = apps.get_model("offerings", "PublicationPublisher")
    credits = Credits(apps)

    for page in PublicationPage.objects.all():
        page.published = _iso(page.published_on)
        page.save(update_fields=["published"])
        text = (page.legacy_authors or "").strip()
        if not text:
            continue
        names, organisation = split_credit(text, credits)
        for order, name in enumerate(names):
            Author.objects.create(page_id=page.pk, name=name[:255], sort_order=order)
        if organisation is not None:
            Publisher.objects.create(page_id=page.pk, organisation=organisation, sort_order=0)

    for revision in _publication_revisions(apps):
        content = revision.content
        if not isinstance(content.get("authors", []), str) and "published" in content:
            continue  # already in the new shape
        text = (content.pop("authors", "") or "").strip()
        content["published"] = content.pop("published_on", None) or ""
        page_id = int(revision.object_id)
        for relation in CHILD_RELATIONS:
            content.setdefault(relation, [])
        names, organisation = split_credit(text, credits) if text else ([], None)
        if organisation is not None:
            content["publishers"] = [
                {"pk": None, "page": page_id, "sort_order": 0, "organisation": organisation.pk}
            ]
        content["authors"] = [
            {"pk": None, "page": page_id, "sort_order": order, "name": name[:255]}
            for order, name in enumerate(names)
        ]
        revision.save(update_fields=["content"])


def backward(apps, schema_editor):
    PublicationPage = apps.get_model("offerings", "PublicationPage")
    Organisation = apps.get_model("partners", "Organisation")

    def credit_text(author_names, organisation_ids):
        names = list(author_names)
        if not names:
            organisations = Organisation.objects.in_bulk(organisation_ids)
            names = [_organisation_text(organisations[pk]) for pk in organisation_ids if pk in organisations]
        return ", ".join(names)[:255]

    for page in PublicationPage.objects.all():
        authors = page.authors.order_by("sort_order").values_list("name", flat=True)
        publishers = list(page.publishers.order_by("sort_order").values_list("organisation_id", flat=True))
        page.legacy_authors = credit_text(authors, publishers)
        page.published_on = _first_day(page.published)
        page.save(update_fields=["legacy_authors", "published_on"])

    for revision in _publication_revisions(apps):
        content = revision.content
        if isinstance(content.get("authors", ""), str):
            continue  # already in the old shape
        authors = [row.get("name", "") for row in content.pop("authors", [])]
        publishers = [row.get("organisation") for row in content.get("publishers", [])]
        content["authors"] = credit_text(authors, publishers)
        content["published_on"] = _iso(_first_day(content.pop("published", "")))
        for relation in CHILD_RELATIONS[1:]:
            content.pop(relation, None)
        revision.save(update_fields=["content"])


def _organisation_text(organisation):
    if organisation.abbreviation and organisation.partner_id is None:
        return f"{organisation.name} ({organisation.abbreviation})"
    return organisation.name


def _publication_revisions(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    content_type = ContentType.objects.filter(app_label="offerings", model="publicationpage").first()
    if content_type is None:
        return []
    return Revision.objects.filter(content_type=content_type).iterator()


class Migration(migrations.Migration):
    dependencies = [
        ("offerings", "0005_publication_bibliography"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forward, backward)]
