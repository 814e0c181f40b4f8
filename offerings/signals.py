from django.dispatch import receiver
from wagtail.signals import post_page_move


@receiver(post_page_move)
def update_partner_after_move(sender, instance, **kwargs):
    """An offering moved into another partner's section becomes that partner's."""
    from offerings.models import OfferingPage

    for offering in OfferingPage.objects.descendant_of(instance, inclusive=True):
        partner = offering.find_partner()
        if partner is None or partner.pk != offering.partner_id:
            OfferingPage.objects.filter(pk=offering.pk).update(partner=partner)
