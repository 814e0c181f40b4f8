"""Model permissions for the review and insight apps, granted by group name.

Runs after every migrate and from the demo loader, and when a group is created (the
partner provisioning creates groups later than migrate), so a new partner's editors can
use the review round without manual setup. Row-level rules (a partner only sees its own
items) live in core.roles and the admin views, not here.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from django.dispatch import receiver

from core.roles import COORDINATION_GROUP, EDITORS_SUFFIX, FINAL_EDITORS_SUFFIX

COORDINATION_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("review", "add_reviewround"),
    ("review", "change_reviewround"),
    ("review", "view_reviewround"),
    ("review", "view_reviewitem"),
    ("review", "view_reviewinterval"),
    ("review", "change_reviewinterval"),
    ("review", "view_reminderlog"),
    ("review", "view_overduereminder"),
    ("insight", "view_missingofferreport"),
    ("insight", "change_missingofferreport"),
]
PARTNER_PERMISSIONS = [
    ("review", "view_reviewround"),
    ("review", "view_reviewitem"),
    ("review", "change_reviewitem"),
]


def permissions_for_group_name(name):
    if name == COORDINATION_GROUP:
        return COORDINATION_PERMISSIONS
    if name.endswith(EDITORS_SUFFIX) or name.endswith(FINAL_EDITORS_SUFFIX):
        return PARTNER_PERMISSIONS
    return []


def grant_to_group(group):
    wanted = permissions_for_group_name(group.name)
    if not wanted:
        return 0
    permissions = [
        permission
        for permission in Permission.objects.filter(
            content_type__app_label__in={app for app, _c in wanted},
            codename__in={codename for _a, codename in wanted},
        ).select_related("content_type")
        if (permission.content_type.app_label, permission.codename) in wanted
    ]
    missing = set(permissions) - set(group.permissions.all())
    if missing:
        group.permissions.add(*missing)
    return len(missing)


def grant_review_permissions():
    """Give every matching existing group its permissions; returns how many were added."""
    return sum(grant_to_group(group) for group in Group.objects.all())


def grant_after_migrate(sender, using="default", **kwargs):
    # Runs once per migrated app; only the last run sees every permission, repeats are harmless.
    if Permission.objects.using(using).filter(content_type__app_label="review").exists():
        grant_review_permissions()


@receiver(post_save, sender=Group)
def grant_to_new_group(sender, instance, created, raw=False, **kwargs):
    if created and not raw and Permission.objects.filter(content_type__app_label="review").exists():
        grant_to_group(instance)
