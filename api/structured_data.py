"""schema.org descriptions of offerings, for search engines (JSON-LD).

Publications are the schema.org type of their form (Book, Report, Periodical,
ScholarlyArticle, Article, LearningResource), trainings are Courses (with a CourseInstance
per session: dates, place, mode, places and registration), contact points are Organizations
with a ContactPoint. The partner is the provider of trainings and contact points; a publication names its own
authors (Person), publishers and funders (Organization, partner or not), its date with the
precision that is known ("2015") and its editions (hasPart, newest first).
"""

from core.baseurl import page_url
from offerings.choices import Cost, Delivery
from offerings.registration import RegistrationState
from taxonomy.kinds import Kind, SchemaType

COURSE_MODES = {Delivery.ONLINE: "online", Delivery.ON_SITE: "onsite", Delivery.HYBRID: "blended"}
SESSION_AVAILABILITY = {
    RegistrationState.OPEN: "https://schema.org/InStock",
    RegistrationState.FULL: "https://schema.org/SoldOut",
    RegistrationState.CLOSED: "https://schema.org/Discontinued",
    RegistrationState.ENDED: "https://schema.org/Discontinued",
}


def course_instance(page, session):
    """One session of a training as a CourseInstance; an ongoing training (no sessions) has
    one instance without dates."""
    if session is None:
        return _clean(
            {
                "@type": "CourseInstance",
                "courseMode": COURSE_MODES.get(page.delivery),
                "location": page.location or None,
                "courseWorkload": page.duration or None,
            }
        )
    if session.online:
        mode, location = "online", None
    else:
        place = session.location or page.location
        mode = COURSE_MODES.get(page.delivery) if page.delivery != Delivery.ONLINE else "onsite"
        location = {"@type": "Place", "name": place} if place else None
    start, end = session.start_date.isoformat(), session.last_day.isoformat()
    if session.start_time:
        start = f"{start}T{session.start_time:%H:%M}"
    if session.end_time:
        end = f"{end}T{session.end_time:%H:%M}"
    remaining = session.places_left
    return _clean(
        {
            "@type": "CourseInstance",
            "courseMode": mode,
            "location": location,
            "startDate": start,
            "endDate": end,
            "courseWorkload": page.duration or None,
            "maximumAttendeeCapacity": session.capacity,
            "remainingAttendeeCapacity": remaining,
            "offers": _clean(
                {
                    "@type": "Offer",
                    "availabilityEnds": (
                        session.registration_deadline.isoformat() if session.registration_deadline else None
                    ),
                    "availability": SESSION_AVAILABILITY[session.state],
                }
            ),
        }
    )


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
            "parentOrganization": bibliographic_organization(organisation.parent)
            if organisation.parent_id
            else None,
        }
    )


def publication_data(page):
    """A publication as the schema.org type of its form (taxonomy.SchemaType): a Book, a
    Report (with its number in a series), a Periodical with its editions as
    PublicationIssues, a (Scholarly)Article, or a LearningResource."""
    schema_type = page.schema_type
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
    data = {
        "@type": schema_type,
        "alternativeHeadline": page.subtitle or None,
        "author": [{"@type": "Person", "name": author.name} for author in page.authors.all()],
        "publisher": [bibliographic_organization(link.organisation) for link in page.publishers.all()],
        "funder": [bibliographic_organization(link.organisation) for link in page.commissioners.all()],
        "datePublished": page.published.iso if page.published else None,
        "sameAs": page.doi_url or None,
        "hasPart": editions,
    }
    if page.series:
        series_type = "BookSeries" if schema_type == SchemaType.BOOK else "CreativeWorkSeries"
        data["isPartOf"] = {"@type": series_type, "name": page.series}
        data["position"] = page.series_number or None
    if schema_type == SchemaType.BOOK:
        data.update(bookEdition=page.edition or None, isbn=page.isbn or None, numberOfPages=page.page_count)
    else:
        data["version"] = page.edition or None
        if page.isbn:
            data["identifier"] = {"@type": "PropertyValue", "propertyID": "ISBN", "value": page.isbn}
        if schema_type == SchemaType.REPORT:
            data["reportNumber"] = page.series_number or None
        if schema_type == SchemaType.LEARNING_RESOURCE:
            data["learningResourceType"] = page.form.name
    return data


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
        instances = [course_instance(page, session) for session in page.sessions_in_order] or [
            course_instance(page, None)
        ]
        data = {
            "@type": "Course",
            "provider": provider,
            "hasCourseInstance": instances,
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
