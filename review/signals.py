from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, workflow_approved

from offerings.models import OfferingPage
from review import services


@receiver(page_published)
def complete_update_on_publish(sender, instance, revision=None, **kwargs):

    if isinstance(instance, OfferingPage):
        with transaction.atomic():
            services.complete_updates_for_page(instance, revision)


@receiver(page_unpublished)
def withdraw_on_unpublish(sender, instance, **kwargs):

    if isinstance(instance, OfferingPage):
        with transaction.atomic():
            services.withdraw_after_unpublish(instance)


@receiver(workflow_approved)
def approval_counts_as_check(sender, instance, user=None, **kwargs):

    page = instance.content_object
    if isinstance(page, OfferingPage) or (page is not None and isinstance(page.specific, OfferingPage)):
        with transaction.atomic():
            services.record_approval(page, user)
