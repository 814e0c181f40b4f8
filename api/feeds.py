"""Atom feed of the catalogue at /aanbod/feed/, filtered with the finder's own parameters.

The feed runs the finder service (search.finder.run_finder) with the visitor's filters,
sorted newest first, so `?soort=training&thema=polarisatie` follows exactly what the
finder shows for those filters. Each entry's <updated> is the offering's last publication,
so feed readers also show changes to the offerings in the feed.
"""

import dataclasses

from django.contrib.syndication.views import Feed
from django.utils import formats, translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from api.caching import finish_public_response
from core.baseurl import page_url
from offerings.models import PublicationAuthor, PublicationPublisher
from search import listingscope
from search.finder import run_finder
from search.params import FinderQuery
from taxonomy.kinds import Kind

FEED_SIZE = 50


class OfferingsFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, catalogue):
        self.query = FinderQuery.from_querydict(request.GET)
        self.request = request
        self.catalogue = catalogue
        newest_first = dataclasses.replace(self.query, sort="nieuw", page=1)
        result = run_finder(newest_first, offset=0, limit=FEED_SIZE)
        listingscope.remember(request, result)
        return result

    def title(self, result):
        parts = [str(v.label) for facet in result.facets for v in facet.selected_values]
        if result.query.q:
            parts.insert(0, f"'{result.query.q}'")
        base = _("Nieuw aanbod maatschappelijke stabiliteit")
        return f"{base}: {', '.join(parts)}" if parts else base

    def subtitle(self, result):
        return _("Nieuwe en bijgewerkte publicaties, trainingen en contactpunten voor gemeenten.")

    def link(self, result):
        querystring = self.query.querystring()
        url = page_url(self.catalogue, self.request)
        return f"{url}?{querystring}" if querystring else url

    def feed_url(self, result):
        return self.request.build_absolute_uri()

    def items(self, result):
        attach_credits(result.items)
        return result.items

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        sessions = getattr(item, "listed_sessions", [])
        if not sessions:
            return item.summary
        dates = ", ".join(session_label(session) for session in sessions)
        label = _("Data") if len(sessions) > 1 else _("Datum")
        return f"{item.summary}\n\n{label}: {dates}"

    def item_link(self, item):
        return page_url(item, self.request)

    def item_guid(self, item):
        return page_url(item, self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at

    def item_author_name(self, item):
        """A publication's authors, else its publishers; the partner for other kinds."""
        credit = getattr(item, "feed_credit", "")
        if credit:
            return credit
        return item.partner.title if item.partner else None

    def item_categories(self, item):
        return [theme.name for theme in item.themes.all()]


def attach_credits(items):
    """Each publication's credit line (authors, else publishers, as PublicationPage.credit):
    two queries for the feed's publications."""
    publications = [item.pk for item in items if item.kind == Kind.PUBLICATION]
    if not publications:
        return
    authors, publishers = {}, {}
    for author in PublicationAuthor.objects.filter(page_id__in=publications).order_by("sort_order"):
        authors.setdefault(author.page_id, []).append(author.name)
    links = PublicationPublisher.objects.filter(page_id__in=publications).select_related("organisation")
    for link in links.order_by("sort_order"):
        publishers.setdefault(link.page_id, []).append(link.organisation.name)
    for item in items:
        item.feed_credit = ", ".join(authors.get(item.pk) or publishers.get(item.pk) or [])


def session_label(session):
    """'12 maart 2027 (Utrecht)': one session in a feed entry's plain text."""
    with translation.override("nl"):
        text = formats.date_format(session.start_date, "j F Y")
        if session.end_date and session.end_date != session.start_date:
            text += " " + _("tot en met") + " " + formats.date_format(session.end_date, "j F Y")
    where = _("online") if session.online else session.location
    return f"{text} ({where})" if where else text


def offerings_feed(request, catalogue):
    return finish_public_response(request, OfferingsFeed()(request, catalogue=catalogue))
