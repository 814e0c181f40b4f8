"""Loads the demo content. Idempotent: what exists (matched by slug) is left alone."""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.models import Page
from wagtail.rich_text import RichText

from catalogue.models import CatalogueIndexPage
from core.roles import COORDINATION_GROUP, editors_group_name, final_editors_group_name
from demo.content.contact_points import CONTACT_POINTS
from demo.content.organisations import ORGANISATIONS
from demo.content.partners import PARTNERS
from demo.content.public_pages import PAGES as PUBLIC_PAGES
from demo.content.publications import PUBLICATIONS
from demo.content.questions import QUESTIONS
from demo.content.taxonomy import AUDIENCES, FORMS, PHASES, SCHEMA_TYPES, THEMES
from demo.content.trainings import TRAININGS
from demo.handbook import load_handbook, load_handbook_editors
from demo.ownership import load_ownership_demo
from demo.review import load_review_demo
from demo.search import load_search_demo
from editorial.provisioning import provision_partner
from home.models import ContentPage, HomePage, PublicSiteSettings
from offerings.dates import parse_partial_date
from offerings.models import (
    ContactPointPage,
    PublicationAuthor,
    PublicationCommissioner,
    PublicationEdition,
    PublicationPage,
    PublicationPublisher,
    TrainingPage,
    TrainingSession,
)
from offerings.ordering import in_order
from partners.models import Organisation
from taxonomy.models import Audience, Form, Phase, Question, Theme

HOME_INTRO = (
    "Demo-inhoud: hier vindt u als gemeente het leer- en ondersteuningsaanbod van landelijke "
    "partners over sociale stabiliteit: publicaties, trainingen en contactpunten."
)


class DemoLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.created = 0

    def log(self, message):
        if self.stdout:
            self.stdout.write(message)

    @transaction.atomic
    def load(self):
        self.load_taxonomies()
        home = self.home_page()
        catalogue = self.catalogue(home)
        partners = self.partners(catalogue)
        self.offerings(partners)
        self.questions()
        load_search_demo(self)
        self.content_pages(home)
        load_handbook(self, home)
        self.users()
        load_handbook_editors(self)
        load_ownership_demo(self)
        load_review_demo(self)
        self.log(f"Demo-inhoud geladen: {self.created} nieuwe objecten.")
        return self.created

    # Taxonomies -------------------------------------------------------------------
    def load_taxonomies(self):
        for model, rows in ((Theme, THEMES), (Audience, AUDIENCES), (Phase, PHASES)):
            for order, (slug, name) in enumerate(rows):
                self.get_or_create(model, slug=slug, defaults={"name": name, "sort_order": order})
        for kind, rows in FORMS.items():
            for order, (slug, name) in enumerate(rows):
                schema_type = SCHEMA_TYPES.get(slug, "LearningResource")
                defaults = {"name": name, "kind": kind, "sort_order": order, "schema_type": schema_type}
                self.get_or_create(Form, slug=slug, defaults=defaults)

    def get_or_create(self, model, **kwargs):
        obj, created = model.objects.get_or_create(**kwargs)
        self.created += created
        return obj

    # Pages ------------------------------------------------------------------------
    def home_page(self):
        home = HomePage.objects.first()
        if home is None:
            root = Page.get_first_root_node()
            home = HomePage(title="Leer- en ondersteuningsaanbod maatschappelijke stabiliteit", slug="home")
            root.add_child(instance=home)
            self.created += 1
        if not home.intro:
            home.intro = HOME_INTRO
            home.save_revision().publish()
        return home

    def catalogue(self, home):
        catalogue = CatalogueIndexPage.objects.first()
        if catalogue is None:
            catalogue = CatalogueIndexPage(
                title="Aanbod",
                slug="aanbod",
                intro="Zoek op uw vraag of filter op thema, doelgroep en soort aanbod.",
            )
            home.add_child(instance=catalogue)
            catalogue.save_revision().publish()
            self.created += 1
        return catalogue

    def partners(self, catalogue):
        partners = {}
        for abbreviation, name, website, description in PARTNERS:
            report = provision_partner(catalogue, abbreviation, name, description, website)
            self.created += len(report.changes)
            partners[abbreviation] = report.partner
        return partners

    def offerings(self, partners):
        forms = {form.slug: form for form in Form.objects.all()}
        taxonomies = {
            "themes": {t.slug: t for t in Theme.objects.all()},
            "audiences": {t.slug: t for t in Audience.objects.all()},
            "phases": {t.slug: t for t in Phase.objects.all()},
        }
        kinds = (
            (PublicationPage, PUBLICATIONS, self.publication_fields),
            (TrainingPage, TRAININGS, self.training_fields),
            (ContactPointPage, CONTACT_POINTS, self.contact_point_fields),
        )
        existing = set(Page.objects.filter(depth__gte=5).values_list("slug", flat=True))
        for model, records, kind_fields in kinds:
            for record in records:
                slug = slugify(record["title"])[:80]
                if slug in existing:
                    continue
                page = model(
                    title=record["title"],
                    slug=slug,
                    summary=record["summary"],
                    body=[("paragraph", f"<p>{escape(text)}</p>") for text in record["body"]],
                    form=forms[record["form"]],
                    cost=record["cost"],
                    price_note=record["price_note"],
                    language=record["language"],
                    region=record["region"],
                    **kind_fields(record),
                )
                for name, lookup in taxonomies.items():
                    setattr(page, name, [lookup[s] for s in record[name]])
                page.full_clean(exclude=["path", "depth"])
                partners[record["partner"]].add_child(instance=page)
                page.save_revision().publish()
                reviewed = timezone.now() - datetime.timedelta(days=record["reviewed_days_ago"])
                type(page).objects.filter(pk=page.pk).update(last_reviewed_at=reviewed)
                existing.add(slug)
                self.created += 1

    def organisations(self):
        """Organisations by partner abbreviation, abbreviation and name (see demo/content/SCHEMA.txt)."""
        for name, abbreviation, website in ORGANISATIONS:
            self.get_or_create(
                Organisation, name=name, defaults={"abbreviation": abbreviation, "website": website}
            )
        lookup = {}
        for organisation in Organisation.objects.select_related("partner"):
            lookup[organisation.name] = organisation
            if organisation.abbreviation:
                lookup[organisation.abbreviation] = organisation
            if organisation.partner_id:
                lookup[organisation.partner.abbreviation] = organisation
        return lookup

    def publication_fields(self, record):
        if not hasattr(self, "_organisations"):
            self._organisations = self.organisations()
        organisations = self._organisations
        return {
            "published": parse_partial_date(record["published"]),
            "authors": in_order(PublicationAuthor(name=name) for name in record["authors"]),
            "publishers": in_order(
                PublicationPublisher(organisation=organisations[key]) for key in record["publishers"]
            ),
            "commissioners": in_order(
                PublicationCommissioner(organisation=organisations[key])
                for key in record.get("commissioned_by", [])
            ),
            "edition": record.get("edition", ""),
            "subtitle": record.get("subtitle", ""),
            "series": record.get("series", ""),
            "series_number": record.get("series_number", ""),
            "isbn": record.get("isbn", ""),
            "doi": record.get("doi", ""),
            "editions": in_order(
                PublicationEdition(title=title, published=parse_partial_date(published), url=url)
                for title, published, url in record.get("editions", [])
            ),
            "page_count": record["pages"],
            "external_url": record["external_url"],
        }

    @staticmethod
    def training_fields(record):
        def date(value):
            return datetime.date.fromisoformat(value) if value else None

        def time(value):
            return datetime.time.fromisoformat(value) if value else None

        # A record lists its sessions, or gives one date range (one session).
        rows = record.get("sessions")
        if rows is None:
            start, end = record.get("start_date"), record.get("end_date")
            online = record["delivery"] == "online"
            rows = [{"start_date": start, "end_date": end if end != start else None, "online": online}]
            rows = rows if start else []
        sessions = in_order(
            TrainingSession(
                start_date=date(row["start_date"]),
                end_date=date(row.get("end_date")),
                start_time=time(row.get("start_time")),
                end_time=time(row.get("end_time")),
                online=row.get("online", False),
                location=row.get("location", ""),
                capacity=row.get("capacity"),
                places_taken=row.get("places_taken"),
                registration_deadline=date(row.get("registration_deadline")),
            )
            for row in rows
        )
        return {
            "delivery": record["delivery"],
            "sessions": sessions,
            "location": record["location"],
            "duration": record["duration"],
            "group_size": record["group_size"],
            "registration_url": record["registration_url"],
        }

    @staticmethod
    def contact_point_fields(record):
        keys = ("email", "phone", "form_url", "availability", "response_time")
        return {key: record[key] for key in keys}

    def content_pages(self, home):
        pages = [
            (
                "over-deze-site",
                "Over deze site",
                "Demo-inhoud: deze site bundelt het aanbod van landelijke partners over sociale stabiliteit. "
                "Het aanbod wordt periodiek gecontroleerd, zodat het actueel blijft.",
                [],
            ),
            *PUBLIC_PAGES,
        ]
        by_slug = {}
        for slug, title, intro, sections in pages:
            page = ContentPage.objects.filter(slug=slug).first()
            if page is None:
                body = []
                for heading, paragraphs in sections:
                    body.append(("heading", heading))
                    body.extend(("paragraph", RichText(f"<p>{text}</p>")) for text in paragraphs)
                page = ContentPage(title=title, slug=slug, intro=intro, body=body)
                home.add_child(instance=page)
                page.save_revision().publish()
                self.created += 1
            by_slug[slug] = page
        config = PublicSiteSettings.load()
        config.accessibility_page = config.accessibility_page or by_slug["toegankelijkheid"]
        config.privacy_page = config.privacy_page or by_slug["privacy"]
        config.colophon_page = config.colophon_page or by_slug["colofon"]
        config.save()

    # Questions ----------------------------------------------------------------------
    def questions(self):
        for order, data in enumerate(QUESTIONS):
            if Question.objects.filter(slug=data["slug"]).exists():
                continue
            question = Question(
                slug=data["slug"],
                question=data["question"],
                intro=data["intro"],
                kinds=data["kinds"],
                sort_order=order,
            )
            question.themes = list(Theme.objects.filter(slug__in=data["themes"]))
            question.audiences = list(Audience.objects.filter(slug__in=data["audiences"]))
            question.save()
            self.created += 1

    # Users ------------------------------------------------------------------------
    def users(self):
        # Hash once: the same demo password for every account, and hashing is slow by design.
        password = make_password(settings.DEMO_PASSWORD)
        User = get_user_model()
        if not User.objects.filter(username="admin").exists():
            User.objects.create(
                username="admin",
                email="admin@example.org",
                password=password,
                is_staff=True,
                is_superuser=True,
            )
            self.created += 1
        coordination, _ = Group.objects.get_or_create(name=COORDINATION_GROUP)
        self.demo_user("coordinator", coordination, password)
        for abbreviation, *_rest in PARTNERS:
            lower = abbreviation.lower()
            self.demo_user(
                f"{lower}-redacteur", Group.objects.get(name=editors_group_name(abbreviation)), password
            )
            self.demo_user(
                f"{lower}-eindredacteur",
                Group.objects.get(name=final_editors_group_name(abbreviation)),
                password,
            )

    def demo_user(self, username, group, password):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            return
        user = User.objects.create(username=username, email=f"{username}@example.org", password=password)
        user.groups.add(group)
        self.created += 1
