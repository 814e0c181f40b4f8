from urllib.parse import urlencode

from django import template
from django.urls import reverse

from review.admin_views import LIST_PARAM
from review.rules import bulk_confirm_partners
from review.unconfirmed import unconfirmed_round_for

register = template.Library()


@register.simple_tag
def unconfirmed_round(page):
    """The closed round that left this page unconfirmed, once its grace period has passed."""
    if not getattr(page, "pk", None):
        return None
    return unconfirmed_round_for(page, public=True)


@register.simple_tag
def bulk_confirm_link(request):
    """The bulk 'nog actueel' page with the list's round and kind, for who may use it (else None)."""
    if not bulk_confirm_partners(request.user):
        return None
    params = {LIST_PARAM: request.GET.urlencode()}
    if request.GET.get("review_round__id__exact"):
        params["ronde"] = request.GET["review_round__id__exact"]
    if request.GET.get("offering__kind__exact"):
        params["soort"] = request.GET["offering__kind__exact"]
    return reverse("review_bulk_confirm") + "?" + urlencode(params)
