"""Give every training with a date range one session holding that range, in the pages and in
their stored revisions (drafts, pages in a workflow), so publishing an old draft keeps its
dates. The session takes the training's location (online for an online training); its
registration link stays empty (the training's link applies). Going back, the page's range
is rebuilt from its sessions (first day to last day) and the sessions are dropped.
"""

import datetime

from django.db import migrations


def _session_row(page_id, start, end, delivery, location):
    online = delivery == "online"
    return {
        "pk": None,
        "page": page_id,
        "sort_order": 0,
        "start_date": start,
        "end_date": end if end and end != start else None,
        "start_time": None,
        "end_time": None,
        "online": online,
        "location": "" if online else (location or ""),
        "capacity": None,
        "places_taken": None,
        "registration_url": "",
        "registration_deadline": None,
    }


def _training_revisions(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    content_type = ContentType.objects.filter(app_label="offerings", model="trainingpage").first()
    if content_type is None:
        return []
    return Revision.objects.filter(content_type=content_type).iterator()


def forward(apps, schema_editor):
    TrainingPage = apps.get_model("offerings", "TrainingPage")
    TrainingSession = apps.get_model("offerings", "TrainingSession")
    for page in TrainingPage.objects.filter(start_date__isnull=False):
        if TrainingSession.objects.filter(page_id=page.pk).exists():
            continue
        row = _session_row(page.pk, page.start_date, page.end_date, page.delivery, page.location)
        del row["pk"], row["page"]
        TrainingSession.objects.create(page_id=page.pk, **row)

    for revision in _training_revisions(apps):
        content = revision.content
        if "sessions" in content:
            continue  # already in the new shape
        start = content.get("start_date")
        content["sessions"] = (
            [
                _session_row(
                    int(revision.object_id),
                    start,
                    content.get("end_date"),
                    content.get("delivery"),
                    content.get("location"),
                )
            ]
            if start
            else []
        )
        revision.save(update_fields=["content"])


def backward(apps, schema_editor):
    TrainingPage = apps.get_model("offerings", "TrainingPage")
    TrainingSession = apps.get_model("offerings", "TrainingSession")
    for page in TrainingPage.objects.all():
        sessions = list(TrainingSession.objects.filter(page_id=page.pk))
        page.start_date = min((s.start_date for s in sessions), default=None)
        page.end_date = max((s.end_date or s.start_date for s in sessions), default=None)
        page.save(update_fields=["start_date", "end_date"])

    for revision in _training_revisions(apps):
        content = revision.content
        if "sessions" not in content:
            continue
        sessions = content.pop("sessions")
        starts = [datetime.date.fromisoformat(row["start_date"]) for row in sessions if row.get("start_date")]
        ends = [
            datetime.date.fromisoformat(row.get("end_date") or row["start_date"])
            for row in sessions
            if row.get("start_date")
        ]
        content["start_date"] = min(starts).isoformat() if starts else None
        content["end_date"] = max(ends).isoformat() if ends else None
        revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("offerings", "0010_training_sessions"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forward, backward)]
