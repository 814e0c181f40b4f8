"""An offering checked in a review round, in the page's own history.

Whenever an offering counts as checked ("Nog actueel", a published update, an approval in
the editorial workflow: review/services.py), its `last_reviewed_at` is set by a queryset
update, without a new page revision, and a line is written to the page's history
(Wagtail's PageLogEntry, action CHECKED, its label registered in review/wagtail_hooks.py).

The line is also how the rest of the site learns that the public page changed ("Laatst
gecontroleerd op", the API's `last_reviewed_at`): the catalogue stamp and the surroundings
stamp of the shared fragments move with it (search/facetindex.py), and the front cache
refreshes the page and the API's listings (frontcache/changes.py).
"""

from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from offerings.models import OfferingPage

CHECKED = "review.checked"
CHECKED_LABEL = gettext_lazy("Gecontroleerd in een controleronde")


def log_checked(offering_id, user=None):
    page = OfferingPage.objects.filter(pk=offering_id).first()
    if page is not None:
        log(instance=page, action=CHECKED, user=user)
