"""Every submit, approve, reject, publish and unpublish is in the page history and the site
history report, with the acting user."""

from django.urls import reverse
from wagtail.models import PageLogEntry

from tests.editorial.conftest import add_draft, current_task_state, offering_data, submit, workflow_action_url


def actions_by_user(page):
    return [
        (entry.action, entry.user.username if entry.user else None)
        for entry in PageLogEntry.objects.filter(page_id=page.pk).order_by("timestamp", "pk")
    ]


def test_workflow_and_publication_are_logged_with_acting_user(login, user, admin_client_logged_in):
    page = add_draft("VNG", "Audit aanbod", user("vng-redacteur"))

    # First round: submitted, then sent back by eindredactie.
    login("vng-redacteur").post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        offering_data(page.title, page.slug, **{"action-submit": "1"}),
    )
    assert current_task_state(page) is not None
    login("vng-eindredacteur").post(workflow_action_url(page, "reject"), {"comment": "Bron ontbreekt."})
    # Second round: resubmitted, approved twice, live.
    login("vng-redacteur").post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        offering_data(page.title, page.slug, **{"action-submit": "1"}),
    )
    login("vng-eindredacteur").post(workflow_action_url(page, "approve"))
    login("coordinator").post(workflow_action_url(page, "approve"))
    # And taken offline again by the eindredactie.
    login("vng-eindredacteur").post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    page.refresh_from_db()
    assert not page.live

    logged = actions_by_user(page)
    for expected in [
        ("wagtail.workflow.start", "vng-redacteur"),
        ("wagtail.workflow.reject", "vng-eindredacteur"),
        ("wagtail.workflow.approve", "vng-eindredacteur"),
        ("wagtail.workflow.approve", "coordinator"),
        ("wagtail.publish", "coordinator"),
        ("wagtail.unpublish", "vng-eindredacteur"),
    ]:
        assert expected in logged, (expected, logged)
    reject = PageLogEntry.objects.get(page_id=page.pk, action="wagtail.workflow.reject")
    assert reject.data["comment"] == "Bron ontbreekt."

    # The page's history in the admin shows the acting users.
    history = admin_client_logged_in.get(reverse("wagtailadmin_pages:history", args=[page.pk]))
    assert history.status_code == 200
    body = history.content.decode()
    for username in ("vng-redacteur", "vng-eindredacteur", "coordinator"):
        assert username in body
    # So does the site history report.
    report = admin_client_logged_in.get(reverse("wagtailadmin_reports:site_history"), {"object_type": ""})
    assert report.status_code == 200
    text = report.content.decode()
    assert "Audit aanbod" in text
    for username in ("vng-redacteur", "vng-eindredacteur", "coordinator"):
        assert username in text


def test_partner_sees_own_history_but_not_others(login, user):
    page = add_draft("VNG", "Eigen historie", user("vng-redacteur"))
    submit(page, user("vng-redacteur"))
    vng = login("vng-eindredacteur")
    assert vng.get(reverse("wagtailadmin_pages:history", args=[page.pk])).status_code == 200
    report = login("kis-eindredacteur").get(reverse("wagtailadmin_reports:site_history"))
    assert "Eigen historie" not in report.content.decode()
