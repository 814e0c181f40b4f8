"""Helpers to build handbook chapters in tests (on top of the demo handbook)."""

import json
import uuid

import pytest

from handbook.models import HandbookChapterPage, HandbookPage
from offerings.models import PublicationPage
from taxonomy.models import Phase


def block(kind, value):
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def analysis(publication, analysis="<p>Korte analyse.</p>", meaning="<p>Betekenis.</p>", quote=""):
    return block(
        "publication_analysis",
        {
            "publication": publication.pk if hasattr(publication, "pk") else publication,
            "analysis": analysis,
            "meaning": meaning,
            "pull_quote": quote,
        },
    )


def heading(text, anchor=""):
    return block("heading", {"heading": text, "anchor": anchor})


@pytest.fixture
def handbook(db):
    return HandbookPage.objects.get()


@pytest.fixture
def publications(db):
    return list(PublicationPage.objects.live().order_by("pk"))


@pytest.fixture
def make_chapter(handbook):
    def _make(
        body, title="Testhoofdstuk", slug=None, phase="zichtbare-onrust", publish=True, intro="Inleiding."
    ):
        chapter = HandbookChapterPage(
            title=title,
            slug=slug or f"test-{uuid.uuid4().hex[:8]}",
            intro=intro,
            phase=Phase.objects.get(slug=phase),
            body=json.dumps(body),
        )
        handbook.add_child(instance=chapter)
        if publish:
            chapter.save_revision().publish()
        return HandbookChapterPage.objects.get(pk=chapter.pk)

    return _make
