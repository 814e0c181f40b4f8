from django.db.models import Q
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.search import index
from wagtail.signals import post_page_move

from offerings.models import OfferingPage, PublicationPage


@receiver(post_page_move)
def update_partner_after_move(sender, instance, **kwargs):
    """An offering moved into another partner's section becomes that partner's, in the
    database and in the search index (update() saves without the signal that reindexes)."""
    for offering in OfferingPage.objects.descendant_of(instance, inclusive=True):
        partner = offering.find_partner()
        if partner is None or partner.pk != offering.partner_id:
            OfferingPage.objects.filter(pk=offering.pk).update(partner=partner)
            index.insert_or_update_object(OfferingPage.objects.get(pk=offering.pk).specific)


@receiver(post_save, sender="partners.Organisation")
def reindex_publications_of_organisation(sender, instance, **kwargs):
    """The finder's text of a publication holds its publishers' and commissioners' names."""

    named = Q(publishers__organisation=instance) | Q(commissioners__organisation=instance)
    for page in PublicationPage.objects.live().filter(named).distinct():
        index.insert_or_update_object(page)
