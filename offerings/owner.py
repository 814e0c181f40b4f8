"""The named owner of an offering: one of its partner's editors, who keeps it up to date."""

from django.contrib.auth import get_user_model

from core.roles import editors_group_name, final_editors_group_name
from partners.models import PartnerPage


def owner_candidates(partner):
    """Active members of the partner's redacteuren and eindredactie groups."""
    users = get_user_model().objects.filter(is_active=True)
    if partner is None:
        return users.none()
    names = [editors_group_name(partner.abbreviation), final_editors_group_name(partner.abbreviation)]
    return users.filter(groups__name__in=names).distinct().order_by("last_name", "first_name", "username")


def limit_owner_choices(form, parent_page=None):
    """Offer only the editors of the offering's own partner (form field `content_owner`)."""
    field = form.fields.get("content_owner")
    if field is None:
        return
    instance = form.instance
    partner = None
    if instance.pk and instance.partner_id:
        partner = instance.partner
    elif parent_page is not None:
        partner = PartnerPage.section_of(parent_page)
    field.queryset = owner_candidates(partner)
    field.label_from_instance = lambda user: user.get_full_name() or user.get_username()
