"""Provisioning a partner organisation: its page, its groups and their page permissions.

Used by the demo content and (later) by the add_partner command, so every partner is set
up by the same code. Idempotent: running it again repairs what is missing.
"""

from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from django.utils.text import slugify
from wagtail.models import GroupPagePermission

from partners.models import PartnerPage

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
FINAL_EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
COORDINATION_GROUP = "Coördinatie"


@dataclass
class ProvisionReport:
    partner: PartnerPage = None
    changes: list = field(default_factory=list)


def editors_group_name(abbreviation):
    return f"{abbreviation} redacteuren"


def final_editors_group_name(abbreviation):
    return f"{abbreviation} eindredactie"


def admin_access_permission():
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")


def ensure_group(name, report):
    group, created = Group.objects.get_or_create(name=name)
    if created:
        report.changes.append(f"groep '{name}' aangemaakt")
    if not group.permissions.filter(pk=admin_access_permission().pk).exists():
        group.permissions.add(admin_access_permission())
        report.changes.append(f"groep '{name}': toegang tot beheeromgeving gegeven")
    return group


def ensure_page_permissions(group, page, codenames, report):
    for codename in codenames:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        _obj, created = GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=permission
        )
        if created:
            report.changes.append(f"groep '{group.name}': recht '{codename}' op '{page.title}'")


def ensure_partner_page(catalogue, abbreviation, name, description, website, report):
    partner = PartnerPage.objects.filter(abbreviation=abbreviation).first()
    if partner is None:
        partner = PartnerPage(
            title=name,
            slug=slugify(abbreviation),
            abbreviation=abbreviation,
            description=description or name,
            website=website,
        )
        catalogue.add_child(instance=partner)
        partner.save_revision().publish()
        report.changes.append(f"partnerpagina '{name}' aangemaakt")
    return partner


def provision_partner(catalogue, abbreviation, name, description="", website=""):
    report = ProvisionReport()
    partner = ensure_partner_page(catalogue, abbreviation, name, description, website, report)
    report.partner = partner
    editors = ensure_group(editors_group_name(abbreviation), report)
    final_editors = ensure_group(final_editors_group_name(abbreviation), report)
    ensure_page_permissions(editors, partner, EDITOR_PAGE_PERMISSIONS, report)
    ensure_page_permissions(final_editors, partner, FINAL_EDITOR_PAGE_PERMISSIONS, report)
    return report
