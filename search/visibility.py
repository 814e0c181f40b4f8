"""Public visibility for the search app: the catalogue as the finder shows it, and the
files public pages offer. The rule itself lives in core/visibility.py."""

from django.db.models import Q
from django.utils import timezone

from core.visibility import has_hidden_ancestor, public_pages
from offerings.models import OfferingPage, PublicationPage
from partners.models import PartnerPage

__all__ = [
    "has_hidden_ancestor",
    "public_document_ids",
    "public_image_ids",
    "public_offerings",
    "public_pages",
]


def public_offerings(include_expired=False):
    """Public offerings, without trainings that have ended unless asked for."""
    queryset = public_pages(OfferingPage.objects.all())
    if not include_expired:
        queryset = queryset.filter(Q(end_date__isnull=True) | Q(end_date__gte=timezone.localdate()))
    return queryset


def public_document_ids():
    """Documents that a public page offers for download (read from the live page rows, which
    hold published content only; a draft's new document stays out until it is published)."""
    return public_pages(PublicationPage.objects.exclude(document=None)).values("document_id")


def public_image_ids():
    """Images that a public page shows: the partner logos."""
    return public_pages(PartnerPage.objects.exclude(logo=None)).values("logo_id")
