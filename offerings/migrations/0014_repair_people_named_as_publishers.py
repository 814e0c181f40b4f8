"""Repair what the first version of 0006 did to credits with several people (issue 21).

Installations that upgraded before 0006 was fixed (5 Dec) have, for a legacy text such as
"M. de Boer en K. Yilmaz (Movisie)", an organisation named "M. de Boer en K. Yilmaz" with the
abbreviation "Movisie" as the publisher and no authors; and for "A. Jansen, B. Smit & C.
Bakker" or "M. de Boer (Nederlands Jeugdinstituut)" one author entry holding the whole text.
Nothing was thrown away: the people's names are the organisation's name, the organisation is
its abbreviation, and the whole texts are still the author entries. This migration applies
the fixed 0006's rule to them, in the pages and in their stored revisions:

- an organisation whose name lists only people's names and that has an abbreviation becomes
  the organisation its abbreviation names (an existing one, the partner of that name, or the
  same row renamed, so every publication and commission pointing at it follows), and the
  publications it published get those people as authors (first, unless already there);
- an author entry listing several people, or people followed by "(Organisatie)", is split into
  those people, and the organisation is added as publisher.

On an installation that ran the fixed 0006 (or none) nothing matches and nothing changes.
What cannot be repaired: an organisation that an editor has since renamed or removed (the
people's names were only in it; restore them from a backup taken before the upgrade). The
search index is brought up to date with `manage.py update_index` after the upgrade
(docs/upgrading.md). Going back changes nothing.
"""

import importlib

from django.db import migrations

credit_rules = importlib.import_module("offerings.migrations.0006_move_authors_and_dates_into_bibliography")


def _merge_names(names, existing):
    """`names` first (in their order), then the existing names that are not among them."""
    return names + [name for name in existing if name not in names]


def _author_rows(page_id, names):
    return [
        {"pk": None, "page": page_id, "sort_order": order, "name": name[:255]}
        for order, name in enumerate(names)
    ]


def _split_author(text, credits):
    """(names, organisation or None) for an author entry the first 0006 kept whole, or None
    when the entry is one person or a text that is not only people."""
    match = credit_rules.TRAILING_ORGANISATION.match(text)
    if match and not credit_rules.abbreviates(match["organisation"], match["people"]):
        names = credit_rules.people(match["people"])
        if names:
            named = match["organisation"].strip()
            return names, credits.organisation(named) or credits.get_or_create_named(named)
    names = credit_rules.people(text)
    return (names, None) if len(names) > 1 else None


class Repair:
    def __init__(self, apps):
        self.Organisation = apps.get_model("partners", "Organisation")
        self.Author = apps.get_model("offerings", "PublicationAuthor")
        self.Publisher = apps.get_model("offerings", "PublicationPublisher")
        self.Commissioner = apps.get_model("offerings", "PublicationCommissioner")
        self.PublicationPage = apps.get_model("offerings", "PublicationPage")
        self.credits = credit_rules.Credits(apps)
        self.replaced = {}  # wrong organisation id -> right organisation id
        self.people_of = {}  # wrong organisation id -> the people's names it held
        self.split = {}  # author text -> (names, organisation id or None)

    def organisations(self):
        for wrong in self.Organisation.objects.exclude(abbreviation="").order_by("pk"):
            names = credit_rules.people(wrong.name)
            if not names or not self._made_by_first_0006(wrong):
                continue
            self.people_of[wrong.pk] = names
            right = self._right_organisation(wrong)
            pages = set(
                self.Publisher.objects.filter(organisation_id=wrong.pk).values_list("page_id", flat=True)
            )
            if right.pk != wrong.pk:
                self.replaced[wrong.pk] = right.pk
                for relation in (self.Publisher, self.Commissioner):
                    for row in relation.objects.filter(organisation_id=wrong.pk):
                        if relation.objects.filter(page_id=row.page_id, organisation_id=right.pk).exists():
                            row.delete()
                        else:
                            relation.objects.filter(pk=row.pk).update(organisation_id=right.pk)
                self.Organisation.objects.filter(parent_id=wrong.pk).update(parent_id=right.pk)
                partner_id = wrong.partner_id
                wrong.delete()
                if partner_id and right.partner_id is None:
                    self.Organisation.objects.filter(pk=right.pk).update(partner_id=partner_id)
            for page_id in pages:
                self._set_authors(page_id, names)

    def _made_by_first_0006(self, organisation):
        """An organisation whose name only looks like people's is left alone: one whose
        abbreviation abbreviates it (Nederlands Instituut Publieke Veiligheid, NIPV), or a
        partner's own (Platform JEP)."""
        if credit_rules.abbreviates(organisation.abbreviation, organisation.name):
            return False
        partner = organisation.partner
        return partner is None or partner.title.casefold() != organisation.name.casefold()

    def _right_organisation(self, wrong):
        """The organisation the abbreviation names; the wrong row itself, renamed, when
        there is none yet (so its links, website and partner stay)."""
        named = wrong.abbreviation.strip()
        partner = wrong.partner or self.credits.partners.get(named.casefold())
        name, abbreviation = (partner.title, partner.abbreviation) if partner is not None else (named, "")
        existing = (
            self.Organisation.objects.exclude(pk=wrong.pk).filter(name__iexact=name).first()
            or self.Organisation.objects.exclude(pk=wrong.pk).filter(name__iexact=named).first()
        )
        if existing is not None:
            return existing
        wrong.name, wrong.abbreviation = name, abbreviation
        if (
            partner is not None
            and not self.Organisation.objects.filter(partner=partner).exclude(pk=wrong.pk).exists()
        ):
            wrong.partner = partner
        wrong.save()
        return wrong

    def _set_authors(self, page_id, names):
        existing = list(self.Author.objects.filter(page_id=page_id).order_by("sort_order", "pk"))
        merged = _merge_names(names, [author.name for author in existing])
        self.Author.objects.filter(page_id=page_id).delete()
        for order, name in enumerate(merged):
            self.Author.objects.create(page_id=page_id, name=name[:255], sort_order=order)

    def joined_authors(self):
        for author in self.Author.objects.order_by("page_id", "sort_order", "pk"):
            found = self._split(author.name)
            if found is None:
                continue
            names, organisation_id = found
            others = [
                a.name
                for a in self.Author.objects.filter(page_id=author.page_id).order_by("sort_order", "pk")
            ]
            at = others.index(author.name)
            merged = others[:at] + [n for n in names if n not in others] + others[at + 1 :]
            self.Author.objects.filter(page_id=author.page_id).delete()
            for order, name in enumerate(merged):
                self.Author.objects.create(page_id=author.page_id, name=name[:255], sort_order=order)
            if (
                organisation_id
                and not self.Publisher.objects.filter(
                    page_id=author.page_id, organisation_id=organisation_id
                ).exists()
            ):
                count = self.Publisher.objects.filter(page_id=author.page_id).count()
                self.Publisher.objects.create(
                    page_id=author.page_id, organisation_id=organisation_id, sort_order=count
                )

    def _split(self, text):
        if text not in self.split:
            found = _split_author(text, self.credits)
            self.split[text] = found and (found[0], found[1].pk if found[1] is not None else None)
        return self.split[text]

    def revision(self, content, page_id):
        """The same repair in a stored revision's content; True when it changed."""
        authors = [row.get("name", "") for row in content.get("authors") or [] if isinstance(row, dict)]
        publishers = [row for row in content.get("publishers") or [] if isinstance(row, dict)]
        commissioners = [row for row in content.get("commissioners") or [] if isinstance(row, dict)]
        changed = False
        for row in publishers:
            if row.get("organisation") in self.people_of:
                merged = _merge_names(self.people_of[row["organisation"]], authors)
                changed = changed or merged != authors
                authors = merged
        for row in publishers + commissioners:
            if row.get("organisation") in self.replaced:
                row["organisation"] = self.replaced[row["organisation"]]
                changed = True
        new_authors = []
        for name in authors:
            found = self._split(name)
            if found is None:
                new_authors.append(name)
                continue
            changed = True
            names, organisation_id = found
            new_authors.extend(n for n in names if n not in new_authors and n not in authors)
            if organisation_id and organisation_id not in [row.get("organisation") for row in publishers]:
                publishers.append(
                    {
                        "pk": None,
                        "page": page_id,
                        "sort_order": len(publishers),
                        "organisation": organisation_id,
                    }
                )
        if not changed:
            return False
        content["authors"] = _author_rows(page_id, new_authors)
        content["publishers"] = _dedupe(publishers)
        content["commissioners"] = _dedupe(commissioners)
        return True


def _dedupe(rows):
    seen, kept = set(), []
    for row in rows:
        if row.get("organisation") not in seen:
            seen.add(row.get("organisation"))
            kept.append({**row, "sort_order": len(kept)})
    return kept


def forward(apps, schema_editor):
    repair = Repair(apps)
    repair.organisations()
    repair.joined_authors()
    for revision in credit_rules._publication_revisions(apps):
        content = revision.content
        if isinstance(content.get("authors", []), str):
            continue  # a revision in the shape before 0006: 0006 converts it
        if repair.revision(content, int(revision.object_id)):
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("offerings", "0013_catalogue_index_page_moves_to_catalogue"),
        ("partners", "0003_organisation_parent"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
