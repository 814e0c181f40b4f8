"""Following the mailed enrolment link as its owner would (issue 22 B2)."""

import re

from django.core import mail

LINK = re.compile(r"http://testserver(/admin/tweestapsverificatie/inschrijven/[^/\s]+/)")


def mailed_link(client):
    """Ask for the link on the set-up page; returns its path from the mail in the outbox."""
    before = len(mail.outbox)
    client.post("/admin/tweestapsverificatie/instellen/")
    assert len(mail.outbox) == before + 1
    return LINK.search(mail.outbox[-1].body).group(1)


def open_enrolment(client):
    """Request, open and use the link: afterwards the set-up page shows the QR code."""
    link = mailed_link(client)
    assert client.post(link)["Location"] == "/admin/tweestapsverificatie/instellen/"
    return link
