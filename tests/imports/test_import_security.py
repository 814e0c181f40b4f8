"""Issue 22: the import sees no other partner's drafts (B3), respects page locks (B5) and
bounds its work (B4)."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Revision

from imports.models import ImportedOffering
from imports.validation import validate_file
from imports.writer import ImportRefused, run_import
from offerings.models import PublicationPage
from partners.models import PartnerPage
from tests.editorial.conftest import add_draft, add_live_with_draft
from tests.imports.conftest import csv_bytes, publication

pytestmark = pytest.mark.django_db


def user(name):
    return get_user_model().objects.get(username=name)


@pytest.fixture
def vng():
    return PartnerPage.objects.get(abbreviation="VNG")


def report_text(rows, partner):
    return validate_file(csv_bytes(rows), "aanbod.csv", partner).as_text()


def test_duplicate_check_does_not_name_another_partners_drafts(vng):
    kis = user("kis-redacteur")
    draft = add_draft("KIS", "KIS geheime concepttitel", kis)
    draft.external_url = "https://example.org/kis/geheim"
    draft.save_revision(user=kis)
    PublicationPage.objects.filter(pk=draft.pk).update(external_url="https://example.org/kis/geheim")
    add_live_with_draft("KIS", "KIS live aanbod", "KIS hernoemd concept", kis)
    rows = [
        publication(externe_id="R-1", titel="KIS geheime concepttitel"),
        publication(externe_id="R-2", titel="Iets anders", externe_link="https://example.org/kis/geheim"),
        publication(externe_id="R-3", titel="KIS hernoemd concept"),
    ]
    report = validate_file(csv_bytes(rows), "aanbod.csv", vng)
    text = report.as_text()
    assert "bestaat al aanbod" not in text and "(KIS)" not in text, text
    assert report.ok, text


def test_duplicate_check_still_sees_public_offerings_and_the_own_drafts(vng):
    public = PublicationPage.objects.live().exclude(partner=vng).first()
    own = add_draft("VNG", "VNG eigen concept", user("vng-redacteur"))
    text = report_text(
        [
            publication(externe_id="R-1", titel=public.title),
            publication(externe_id="R-2", titel=own.title),
        ],
        vng,
    )
    assert f"‘{public.title}’ ({public.partner.abbreviation})" in text
    assert "‘VNG eigen concept’ (VNG)" in text
    assert not ImportedOffering.objects.exists()


def test_reimport_does_not_write_a_revision_of_a_locked_page(vng):
    editor, final_editor = user("vng-redacteur"), user("vng-eindredacteur")
    run_import(csv_bytes([publication(externe_id="L-1")]), "aanbod.csv", vng, user=editor)
    page = ImportedOffering.objects.get(partner=vng, external_id="L-1").page
    PublicationPage.objects.filter(pk=page.pk).update(
        locked=True, locked_by=final_editor, locked_at=timezone.now()
    )
    revisions = Revision.objects.filter(object_id=str(page.pk)).count()
    changed = [
        publication(externe_id="L-1", samenvatting="Een nieuwe samenvatting over de vergrendelde pagina.")
    ]
    for importer in (editor, None):  # the admin as the editor, and the command line
        with pytest.raises(ImportRefused) as refused:
            run_import(csv_bytes(changed), "aanbod.csv", vng, user=importer)
        assert "is vergrendeld" in refused.value.report.as_text()
    assert Revision.objects.filter(object_id=str(page.pk)).count() == revisions
    # The one who locked it may still import into it (Wagtail's own lock rule).
    run_import(csv_bytes(changed), "aanbod.csv", vng, user=final_editor)
    assert Revision.objects.filter(object_id=str(page.pk)).count() == revisions + 1
