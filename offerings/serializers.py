"""How a publication's bibliographic values look in the API (docs/content-model.md)."""

from rest_framework.fields import Field


class PartialDateSerializer(Field):
    """A year, month or day, possibly approximate (offerings/dates.py PartialDate):
    {"date": "2015", "precision": "year", "circa": true, "label": "ca. 2015", "edtf": "2015~"}.
    A quarter: {"date": "2025", "precision": "quarter", "label": "3e kwartaal 2025", "edtf": "2025-35"}."""

    def to_representation(self, value):
        if not value:
            return None
        return {
            "date": value.iso,
            "precision": value.precision,
            "circa": value.circa,
            "label": value.label,
            "edtf": value.edtf,
        }


class AuthorsField(Field):
    """A publication's authors (people), in the order of the title page."""

    def to_representation(self, manager):
        return [{"name": author.name} for author in manager.all()]


class EditionsField(Field):
    """The editions of a periodic publication, newest first."""

    def get_attribute(self, instance):
        return instance.editions_newest_first

    def to_representation(self, editions):
        dates = PartialDateSerializer()
        return [
            {
                "title": edition.title,
                "published": dates.to_representation(edition.published),
                "url": edition.url,
            }
            for edition in editions
        ]


class SessionsField(Field):
    """A training's sessions by date: when, where, places, registration (docs/content-model.md)."""

    def get_attribute(self, instance):
        return instance.sessions_in_order

    def to_representation(self, sessions):
        return [
            {
                "start_date": session.start_date.isoformat(),
                "end_date": session.last_day.isoformat(),
                "start_time": session.start_time.strftime("%H:%M") if session.start_time else None,
                "end_time": session.end_time.strftime("%H:%M") if session.end_time else None,
                "online": session.online,
                "location": session.location,
                "capacity": session.capacity,
                "places_left": session.places_left,
                "full": session.is_full,
                "registration_url": session.registration_url or None,
                "registration_deadline": (
                    session.registration_deadline.isoformat() if session.registration_deadline else None
                ),
            }
            for session in sessions
        ]
