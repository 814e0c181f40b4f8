from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class ReviewConfig(AppConfig):
    name = "review"
    verbose_name = _("Controleronde")

    def ready(self):
        # In ready(): these modules import models, which exist only once the app registry is.
        from review import signals  # noqa: F401
        from review.permissions import grant_after_migrate

        # Not limited to this app as sender: our receiver is connected before
        # django.contrib.auth's create_permissions, so it must also run for later apps.
        post_migrate.connect(grant_after_migrate, dispatch_uid="review_grant_permissions")
        post_migrate.connect(create_review_intervals, sender=self, dispatch_uid="review_intervals")


def create_review_intervals(sender, using="default", **kwargs):
    # Like ready(): review.intervals imports review.models, loaded only once the registry is.
    from review.intervals import ensure_review_intervals

    ensure_review_intervals()
