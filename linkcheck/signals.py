from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from linkcheck.sync import sync_page


@receiver(page_published)
@receiver(page_unpublished)
def resync_links(sender, instance, **kwargs):
    # After commit: the published row is what the check must read.
    transaction.on_commit(lambda: sync_page(instance))
