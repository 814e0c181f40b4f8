"""Issue 22: the import sees no other partner's drafts (B3), respects page locks (B5) and
bounds its work (B4)."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django_tasks.signals import task_finished
from wagtail.models import Revision

from imports import limits, progress
from imports.models import ImportedOffering, PendingImport
from imports.reader import work_size
from imports.validation import validate_file
from imports.writer import ImportRefused, run_import
from offerings.models import PublicationPage
from partners.models import PartnerPage
from tests.editorial.conftest import add_draft, add_live_with_draft
from tests.imports.conftest import HEADERS, csv_bytes, publication, xlsx_bytes

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


def test_too_many_filled_cells_is_refused_before_checking_rows(vng):
    headers = HEADERS + [f"extra{n}" for n in range(30 - len(HEADERS))]
    rows = [dict.fromkeys(headers, "x") for _ in range(limits.MAX_CELLS // 30 + 10)]
    assert len(rows) < limits.MAX_ROWS  # the rows limit alone would let this through
    report = validate_file(csv_bytes(rows, headers=headers), "breed.csv", vng)
    assert report.file_errors == [
        f"Het bestand heeft meer dan {limits.MAX_CELLS} gevulde cellen. Splits het in kleinere "
        "bestanden of laat lege en overbodige kolommen weg."
    ]
    assert report.rows == [] and not report.ok


def test_checking_past_the_time_budget_gives_a_dutch_error(vng, monkeypatch):
    monkeypatch.setattr(limits, "MAX_SECONDS_IN_REQUEST", -1)
    report = validate_file(csv_bytes([publication()]), "aanbod.csv", vng)
    assert report.file_errors and "duurt te lang" in report.file_errors[0]
    assert not report.ok


def test_writing_past_the_time_budget_writes_nothing(vng):
    budget = limits.Budget(3600)

    def run_out(done, total):  # the budget runs out once writing has started
        budget.ends = 0

    rows = [publication(externe_id="W-1"), publication(externe_id="W-2", titel="Tweede handreiking")]
    before = PublicationPage.objects.count()
    with pytest.raises(ImportRefused) as refused:
        run_import(
            csv_bytes(rows), "aanbod.csv", vng, user=user("vng-redacteur"), budget=budget, progress=run_out
        )
    assert "duurt te lang" in refused.value.report.as_text()
    assert PublicationPage.objects.count() == before
    assert not ImportedOffering.objects.exists()


def test_large_upload_is_checked_and_written_by_a_task_with_progress(login, vng, monkeypatch):
    monkeypatch.setattr(limits, "BACKGROUND_FROM_BYTES", 1)  # every upload counts as large
    finished = []

    def receiver(sender, task_result, **kwargs):
        if task_result.task.module_path.startswith("imports."):
            finished.append(task_result.task.name)

    task_finished.connect(receiver)
    try:
        client = login("vng-redacteur")
        upload = SimpleUploadedFile("aanbod.csv", csv_bytes([publication(externe_id="G-1")]))
        response = client.post("/admin/aanbod-importeren/", {"partner": vng.pk, "file": upload})
        pending = PendingImport.objects.get(partner=vng)
        assert response["Location"] == f"/admin/aanbod-importeren/voortgang/{pending.pk}/"
        assert finished == ["check_import"]
        assert pending.status == PendingImport.CHECKED and not ImportedOffering.objects.exists()
        page = client.get(response["Location"]).content.decode()
        assert "1 rij importeren als concept" in page

        confirmed = client.post(f"/admin/aanbod-importeren/{pending.pk}/")
        assert confirmed["Location"] == f"/admin/aanbod-importeren/voortgang/{pending.pk}/"
        assert finished == ["check_import", "write_import"]
        assert ImportedOffering.objects.filter(partner=vng, external_id="G-1").exists()
        done = client.get(confirmed["Location"]).content.decode()
        assert "1 nieuwe en 0 bijgewerkte concepten opgeslagen." in done
        assert bytes(PendingImport.objects.get(pk=pending.pk).content) == b""
    finally:
        task_finished.disconnect(receiver)


def test_progress_page_shows_how_far_the_task_is(login, vng):
    pending = PendingImport.objects.create(
        partner=vng,
        user=user("vng-redacteur"),
        filename="groot.xlsx",
        content=b"x",
        status=PendingImport.CHECKING,
    )
    progress.report(pending.pk, 50, 200)
    page = login("vng-redacteur").get(f"/admin/aanbod-importeren/voortgang/{pending.pk}/").content.decode()
    assert "50 van 200 rijen" in page and 'http-equiv="refresh"' in page
    # Another partner's editor does not see it.
    other = login("kis-redacteur").get(f"/admin/aanbod-importeren/voortgang/{pending.pk}/")
    assert other.status_code == 404


def test_an_xlsx_counts_unpacked_for_running_in_the_background():
    """A 2000-row XLSX is about 100 KB but unpacks to megabytes of XML: the task reads it."""
    rows = [publication(externe_id=f"X-{n}", titel=f"Handreiking nummer {n}") for n in range(400)]
    content = xlsx_bytes(rows)
    assert len(content) < limits.BACKGROUND_FROM_BYTES <= work_size(content)
