"""Broken links as editors see them: per page, and walled per partner section."""

from django.db.models import Q
from wagtail.permissions import page_permission_policy

from linkcheck.models import PageLink
from partners.models import PartnerPage


def broken_links_of(page_id):
    return (
        PageLink.objects.filter(page_id=page_id, link__ok=False)
        .select_related("link")
        .order_by("field", "link__url")
    )


def visible_pages(user):
    """Pages whose links the user may see: all for Coördinatie and admins, otherwise the
    pages the user can edit (their own partner's section)."""
    if user.is_superuser or user.has_perm("editorial.view_all_pages"):
        return None

    return page_permission_policy.instances_user_has_any_permission_for(user, {"change", "publish"})


def broken_links_for(user, section=None):
    queryset = PageLink.objects.filter(link__ok=False, page__live=True).select_related("link", "page")
    pages = visible_pages(user)
    if pages is not None:
        queryset = queryset.filter(page_id__in=pages.values("pk"))
    if section is not None:
        queryset = queryset.filter(Q(page__path__startswith=section.path))
    return queryset.order_by("page__path", "field", "link__url")


def sections_for(user):
    """The partner sections to filter by (only useful for who sees more than one)."""

    pages = visible_pages(user)
    sections = PartnerPage.objects.all()
    if pages is not None:
        sections = sections.filter(pk__in=pages.values("pk"))
    return sections.order_by("title")


def section_of(page_link, sections):
    for section in sections:
        if page_link.page.path.startswith(section.path):
            return section
    return None
