"""schema.org descriptions of offerings, for search engines (JSON-LD).

Publications are LearningResources, trainings are Courses (with a CourseInstance for
dates, place and mode), contact points are Organizations with a ContactPoint. The
partner is the provider of trainings and contact points; a publication names its own
authors (Person), publishers and funders (Organization, partner or not), its date with the
precision that is known ("2015") and its editions (hasPart, newest first).
"""

from core.baseurl import page_url
from offerings.choices import Cost, Delivery
from taxonomy.kinds import Kind

COURSE_MODES = {Delivery.ONLINE: "online", Delivery.ON_SITE: "onsite", Delivery.HYBRID: "blended"}


def organization(partner, request):
    if partner is None:
        return None
    data = {"@type": "Organization", "name": partner.title, "alternateName": partner.abbreviation}
    data["url"] = partner.website or page_url(partner, request)
    return data


def bibliographic_organization(organisation):
    return _clean(
        {
            "@type": "Organization",
            "name": organisation.name,
            "alternateName": organisation.abbreviation or None,
            "url": organisation.website or None,
        }
    )


def publication_data(page):
    editions = [
        _clean(
            {
                "@type": "PublicationIssue",
                "name": edition.title,
                "datePublished": edition.published.iso,
                "url": edition.url,
            }
        )
        for edition in page.editions_newest_first
    ]
    return {
        "@type": "LearningResource",
        "learningResourceType": page.form.name,
        "author": [{"@type": "Person", "name": author.name} for author in page.authors.all()],
        "publisher": [bibliographic_organization(link.organisation) for link in page.publishers.all()],
        "funder": [bibliographic_organization(link.organisation) for link in page.commissioners.all()],
        "datePublished": page.published.iso if page.published else None,
        "bookEdition": page.edition or None,
        "isbn": page.isbn or None,
        "sameAs": page.doi_url or None,
        "numberOfPages": page.page_count,
        "hasPart": editions,
    }


def _clean(data):
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def offering_structured_data(page, request=None):
    page = page.specific
    url = page_url(page, request)
    provider = organization(page.partner, request)
    common = {
        "@context": "https://schema.org",
        "name": page.title,
        "description": page.summary,
        "url": url,
        "inLanguage": page.language,
        "about": [theme.name for theme in page.themes.all()],
        "audience": [{"@type": "Audience", "audienceType": a.name} for a in page.audiences.all()],
        "isAccessibleForFree": page.cost == Cost.FREE,
        "dateModified": page.last_published_at.isoformat() if page.last_published_at else None,
    }
    if page.kind == Kind.PUBLICATION:
        data = publication_data(page)
    elif page.kind == Kind.TRAINING:
        instance = _clean(
            {
                "@type": "CourseInstance",
                "courseMode": COURSE_MODES.get(page.delivery),
                "location": page.location or None,
                "startDate": page.start_date.isoformat() if page.start_date else None,
                "endDate": page.end_date.isoformat() if page.end_date else None,
                "courseWorkload": page.duration or None,
            }
        )
        data = {
            "@type": "Course",
            "provider": provider,
            "hasCourseInstance": [instance],
            "offers": {"@type": "Offer", "price": "0", "priceCurrency": "EUR", "category": "Free"}
            if page.cost == Cost.FREE
            else _clean({"@type": "Offer", "category": "Paid", "description": page.price_note or None}),
        }
    else:
        contact = _clean(
            {
                "@type": "ContactPoint",
                "contactType": page.form.name,
                "email": page.email or None,
                "telephone": page.phone or None,
                "url": page.form_url or None,
                "hoursAvailable": page.availability or None,
                "availableLanguage": page.language,
            }
        )
        data = {"@type": "Organization", "contactPoint": contact, "parentOrganization": provider}
        common.pop("isAccessibleForFree")
        common.pop("inLanguage")
        common.pop("about")
        common.pop("audience")
    return _clean({**common, **data})
