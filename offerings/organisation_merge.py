"""Coördinatie merges two organisations that are one (issue 26): every reference to the
duplicate moves to the organisation kept, then the duplicate goes. Nothing is lost:
publishers and commissioners of pages and of their stored revisions (drafts, pages in a
workflow), units (parent), the partner link, and an abbreviation or website the kept one
lacks. Here, not in partners/: the references live in offerings (imports flow one way).
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.log_actions import log
from wagtail.models import Revision
from wagtail.search import index

from offerings.models import PublicationCommissioner, PublicationPage, PublicationPublisher
from partners.models import Organisation

LINK_MODELS = {"publishers": PublicationPublisher, "commissioners": PublicationCommissioner}


def merge_organisations(keep, duplicate, user=None):
    """Move everything that names `duplicate` to `keep` and delete `duplicate`. Returns the
    number of publications whose credits changed."""
    if keep.pk == duplicate.pk:
        raise ValueError("an organisation cannot be merged with itself")
    with transaction.atomic():
        keep = Organisation.objects.select_for_update().get(pk=keep.pk)
        duplicate = Organisation.objects.select_for_update().get(pk=duplicate.pk)
        pages = set()
        for model in LINK_MODELS.values():
            for link in model.objects.filter(organisation=duplicate):
                pages.add(link.page_id)
                if model.objects.filter(page_id=link.page_id, organisation=keep).exists():
                    link.delete()  # the page already names the organisation kept
                else:
                    link.organisation = keep
                    link.save(update_fields=["organisation"])
        pages |= _move_in_revisions(keep.pk, duplicate.pk)
        Organisation.objects.filter(parent=duplicate).exclude(pk=keep.pk).update(parent=keep)
        if keep.parent_id == duplicate.pk:
            keep.parent = duplicate.parent if duplicate.parent_id != keep.pk else None
        if duplicate.partner_id and not keep.partner_id:
            partner = duplicate.partner
            duplicate.partner = None
            duplicate.save(update_fields=["partner"])
            keep.partner = partner
        keep.abbreviation = keep.abbreviation or duplicate.abbreviation
        keep.website = keep.website or duplicate.website
        keep.save()
        duplicate_label = str(duplicate)
        duplicate.delete()
        log(instance=keep, action="wagtail.edit", user=user, data={"merged": duplicate_label})
        transaction.on_commit(lambda: _reindex(pages))
    return len(pages)


def _move_in_revisions(keep_pk, duplicate_pk):
    """Rewrite the organisation in stored revisions of publications; returns their page ids."""
    content_type = ContentType.objects.get_for_model(PublicationPage)
    changed_pages = set()
    revisions = Revision.objects.filter(content_type=content_type).only("pk", "content", "object_id")
    for revision in revisions.iterator():
        content, changed = revision.content, False
        for relation in LINK_MODELS:
            rows, kept = content.get(relation) or [], []
            for row in rows:
                if row.get("organisation") == duplicate_pk:
                    row["organisation"], changed = keep_pk, True
                if row.get("organisation") in {r.get("organisation") for r in kept}:
                    changed = True
                    continue
                kept.append(row)
            if rows:
                content[relation] = kept
        if changed:
            Revision.objects.filter(pk=revision.pk).update(content=content)
            changed_pages.add(int(revision.object_id))
    return changed_pages


def _reindex(page_ids):
    """The finder's text holds the organisations' names: index the live pages again."""
    for page in PublicationPage.objects.live().filter(pk__in=page_ids):
        index.insert_or_update_object(page)
