from django.dispatch import receiver
from wagtail.search import index
from wagtail.signals import post_page_move

from offerings.models import OfferingPage


@receiver(post_page_move)
def update_partner_after_move(sender, instance, **kwargs):
    """An offering moved into another partner's section becomes that partner's, in the
    database and in the search index (update() saves without the signal that reindexes)."""
    for offering in OfferingPage.objects.descendant_of(instance, inclusive=True):
        partner = offering.find_partner()
        if partner is None or partner.pk != offering.partner_id:
            OfferingPage.objects.filter(pk=offering.pk).update(partner=partner)
            index.insert_or_update_object(OfferingPage.objects.get(pk=offering.pk).specific)
