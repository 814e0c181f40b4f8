"""catalogue 0001 takes the catalogue page over from offerings/ on an existing database:
same table, the ContentType row renamed in place, so the page, its revisions, the group
permissions on it and /aanbod/ with its feed carry on; and back.

Runs the real migrations backwards and forwards on the demo database inside the test's
transaction, which needs transactional DDL: PostgreSQL (CI's second pass), as
tests/offerings/test_bibliography_migration.py.
"""

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Page, Revision

from catalogue.models import CatalogueIndexPage

BEFORE = [("offerings", "0012_publication_subtitle_series"), ("catalogue", None)]

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs transactional DDL (PostgreSQL); runs in CI's PostgreSQL pass",
)


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    ContentType.objects.clear_cache()


def revision_ids(page):
    return set(Revision.page_revisions.filter(object_id=str(page.pk)).values_list("pk", flat=True))


def latest():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


@pytest.mark.django_db
def test_an_existing_catalogue_page_survives_the_move(client):
    catalogue = CatalogueIndexPage.objects.get()
    catalogue.save_revision()
    content_type = ContentType.objects.get_for_model(CatalogueIndexPage)
    permissions = set(Permission.objects.filter(content_type=content_type).values_list("pk", flat=True))
    revisions = revision_ids(catalogue)
    assert permissions and revisions

    # Back to before the move: the row is offerings' again, under the same id.
    migrate(BEFORE)
    old = ContentType.objects.get(pk=content_type.pk)
    assert (old.app_label, old.model) == ("offerings", "catalogueindexpage")
    assert not ContentType.objects.filter(app_label="catalogue").exists()

    # Forward: the same row, now catalogue's; nothing that points at it has moved.
    migrate(latest())
    moved = ContentType.objects.get(pk=content_type.pk)
    assert (moved.app_label, moved.model) == ("catalogue", "catalogueindexpage")
    assert moved.model_class() is CatalogueIndexPage
    assert ContentType.objects.filter(model="catalogueindexpage").count() == 1
    page = Page.objects.get(pk=catalogue.pk)
    assert page.content_type_id == content_type.pk
    assert isinstance(page.specific, CatalogueIndexPage)
    assert set(Permission.objects.filter(content_type=moved).values_list("pk", flat=True)) == permissions
    assert (
        set(Revision.page_revisions.filter(object_id=str(catalogue.pk)).values_list("pk", flat=True))
        == revisions
    )
    assert isinstance(Revision.objects.get(pk=max(revisions)).as_object(), CatalogueIndexPage)

    finder = client.get(catalogue.url)
    assert finder.status_code == 200
    assert finder.context["result"].total > 0
    feed = client.get(catalogue.url + "feed/")
    assert feed.status_code == 200
    assert b"<entry>" in feed.content or b"<item>" in feed.content
