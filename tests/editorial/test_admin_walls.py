"""Issue 12 B: every admin URL, walked as a partner user with another partner's ids.

The URL patterns come from Django's resolver (nothing hand-listed), so a view added by a
Wagtail upgrade or a new app is walked too. Each pattern is requested with GET and POST,
its URL arguments filled with KIS's objects (two pages: one in review and never published,
one live with a secret draft; a document, an image, a review item, snippets, the workflow,
the collection, an upload in progress, an editing session) and the query string carrying
KIS's ids and a search term. No response may contain a draft title, draft text, file title,
file name, tag or review note of KIS, and the database must be unchanged afterwards.
"""

import re

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.db.models import CharField, Count, Max, UUIDField
from django.db.models.functions import Cast
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageLogEntry,
    PageViewRestriction,
    Revision,
    Task,
    TaskState,
    UploadedFile,
    Workflow,
    WorkflowState,
)

from editorial.provisioning import partner_collection
from review.models import ReviewAction, ReviewItem, ReviewRound
from search.models import Synonym
from taxonomy.models import Audience, Form, Phase, Question, Theme
from tests.editorial.conftest import (
    add_draft,
    add_live_with_draft,
    partner,
    png_bytes,
    snapshot,
    submit,
)

ACTING_USER = "vng-eindredacteur"
SECRETS = [
    "KIS geheime concepttitel",
    "KIS aanbod in beoordeling",
    "KIS geheime samenvatting",
    "KIS intern document",
    "kis-intern",
    "KIS interne afbeelding",
    "kisgeheimlabel",
    "KIS interne reviewnotitie",
    "kis-upload-geheim",
]
# Views that end the walker's own session or belong to it: not about another partner.
SKIPPED_VIEWS = {"wagtailadmin_logout", "wagtailadmin_password_reset_confirm", "wagtailadmin_error_test"}
# Tables a request may touch for the acting user alone: session, editing presence, login
# attempts, and the admin profile Wagtail creates on the user's first visit.
VOLATILE_TABLES = {
    "django_session",
    "wagtailadmin_editingsession",
    "axes_accessattempt",
    "axes_accesslog",
    "wagtailusers_userprofile",
}


def admin_patterns():
    """(route, view name, argument names) of every admin URL pattern, from the resolver."""
    found = []

    def walk(resolver, prefix, namespaces):
        for pattern in resolver.url_patterns:
            if isinstance(pattern, URLResolver):
                namespace = (pattern.namespace,) if pattern.namespace else ()
                walk(pattern, prefix + [pattern.pattern], namespaces + namespace)
            elif isinstance(pattern, URLPattern):
                name = ":".join(namespaces + (pattern.name or "",))
                found.append((prefix + [pattern.pattern], name))

    walk(get_resolver(), [], ())
    return [(parts, name) for parts, name in found if str(parts[0]).startswith("admin/")]


def build_path(parts, values):
    """Fill each part's regex groups with values; None when a group has no value."""
    path = ""
    for part in parts:
        regex = part.regex.pattern.lstrip("^").rstrip("$").replace("\\Z", "")
        names = list(part.regex.groupindex)
        for name in names:
            if name not in values:
                return None
        text = re.sub(r"\(\?P<(\w+)>[^)]*\)", lambda m: str(values[m.group(1)]), regex)
        path += text.replace("\\", "")
    return "/" + path


@pytest.fixture
def kis(user):
    """KIS's objects with secrets in them, made by KIS's own users."""
    kis_editor = user("kis-redacteur")
    in_review = add_draft("KIS", "KIS aanbod in beoordeling", kis_editor)
    in_review.summary = "KIS geheime samenvatting"
    in_review.save_revision(user=kis_editor)
    submit(in_review, kis_editor)
    live = add_live_with_draft("KIS", "KIS live aanbod", "KIS geheime concepttitel", kis_editor)
    collection = partner_collection(partner("KIS"))
    document = apps.get_model("wagtaildocs", "Document").objects.create(
        title="KIS intern document",
        file=ContentFile(b"%PDF-1.4 x", name="kis-intern.pdf"),
        collection=collection,
    )
    document.tags.add("kisgeheimlabel")
    image = apps.get_model("wagtailimages", "Image").objects.create(
        title="KIS interne afbeelding",
        file=ContentFile(png_bytes(), name="kis-intern.png"),
        collection=collection,
    )
    image.tags.add("kisgeheimlabel")
    item = ReviewItem.objects.filter(partner=partner("KIS")).first()
    item.note = "KIS interne reviewnotitie"
    item.save()
    ReviewAction.objects.create(
        item=item, kind="confirmed", user=kis_editor, note="KIS interne reviewnotitie"
    )
    upload = UploadedFile.objects.create(
        file=ContentFile(png_bytes(), name="kis-upload-geheim.png"),
        uploaded_by_user=kis_editor,
        for_content_type=ContentType.objects.get_for_model(type(image)),
    )
    session = apps.get_model("wagtailadmin", "EditingSession").objects.create(
        user=kis_editor,
        content_type=ContentType.objects.get_for_model(Page),
        object_id=str(in_review.pk),
        last_seen_at=timezone.now(),
    )
    workflow_state = WorkflowState.objects.get(
        object_id=str(in_review.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )
    return {
        "pages": [in_review, live],
        "in_review": in_review,
        "document": document,
        "image": image,
        "item": item,
        "upload": upload,
        "session": session,
        "workflow_state": workflow_state,
        "task_state": TaskState.objects.get(
            workflow_state=workflow_state, status=TaskState.STATUS_IN_PROGRESS
        ),
        "workflow": Workflow.objects.get(name="Redactie KIS"),
        "task": Task.objects.get(name="Eindredactie KIS"),
        "collection": collection,
        "group": Group.objects.get(name="KIS redacteuren"),
        "user": kis_editor,
    }


SNIPPETS = {
    "taxonomy_theme": Theme,
    "taxonomy_audience": Audience,
    "taxonomy_phase": Phase,
    "taxonomy_form": Form,
    "taxonomy_question": Question,
    "search_synonym": Synonym,
}


def object_for(name, page, kis):
    """The KIS object a `pk`-like argument of view `name` stands for."""
    if "wagtaildocs" in name or "documents" in name:
        return kis["document"].pk
    if "wagtailimages" in name or ":images:" in name:
        return kis["image"].pk
    if "reviewitem" in name:
        return kis["item"].pk
    if "reviewround" in name:
        return ReviewRound.objects.first().pk
    for key, model in SNIPPETS.items():
        if key in name:
            return model.objects.first().pk
    if "wagtailusers_users" in name:
        return kis["user"].pk
    if "wagtailusers_groups" in name:
        return kis["group"].pk
    if "wagtailadmin_collections" in name:
        return kis["collection"].pk
    if "wagtailadmin_workflows" in name:
        return kis["task"].pk if "task" in name else kis["workflow"].pk
    if "missingoffer" in name:
        report = apps.get_model("insight", "MissingOfferReport").objects.first()
        return report.pk if report else 1
    if "wagtailsites" in name:
        return apps.get_model("wagtailcore", "Site").objects.first().pk
    return page.pk


def argument_sets(name, page, kis):
    """Values for the URL arguments of view `name`, one dict per variant to request."""
    pk = object_for(name, page, kis)
    revision = Revision.page_revisions.filter(object_id=str(page.pk)).order_by("-pk").first()
    base = {
        "page_id": page.pk,
        "parent_page_id": page.pk,
        "page_to_move_id": page.pk,
        "page_pk": page.pk,
        "pk": pk,
        "instance_pk": pk,
        "object_id": page.pk,
        "destination_id": partner("VNG").pk,
        "revision_id": revision.pk,
        "task_state_id": kis["task_state"].pk,
        "task_id": kis["task"].pk,
        "workflow_state_id": kis["workflow_state"].pk,
        "workflow_pk": kis["workflow"].pk,
        "document_id": kis["document"].pk,
        "doc_id": kis["document"].pk,
        "image_id": kis["image"].pk,
        "uploaded_file_id": kis["upload"].pk,
        "collection_id": kis["collection"].pk,
        "session_id": kis["session"].pk,
        "filter_spec": "fill-100x100",
        "query_id": 1,
        "redirect_id": 1,
        "content_type_app_name": "offerings",
        "content_type_model_name": "publicationpage",
        "app_label": "wagtailcore",
        "model_name": "page",
        "app_name": "wagtaildocs",
        "action_name": "approve",
        "action": "delete",
        "user_id": kis["user"].pk,
        "token": "kis-geen-geldige-link",
    }
    if name == "wagtailadmin_api:pages:action":
        return [
            {**base, "action_name": action}
            for action in (
                "copy",
                "move",
                "delete",
                "publish",
                "unpublish",
                "revert_to_page_revision",
                "create_alias",
                "convert_alias",
            )
        ]
    if name == "wagtail_bulk_action":
        return [
            {**base, "app_label": app_label, "model_name": model_name, "action": action_type}
            for app_label, model_name, action_type in bulk_actions()
        ]
    if name == "wagtailadmin_tag_model_autocomplete":
        return [
            {**base, "app_name": "wagtaildocs", "model_name": "document"},
            {**base, "app_name": "wagtailimages", "model_name": "image"},
        ]
    if name.startswith("wagtailadmin_pages:workflow") or name.endswith("workflow_action_data"):
        return [{**base, "action_name": action} for action in ("approve", "reject")]
    if name.startswith("wagtailadmin_editing_sessions:"):
        return [{**base, "app_label": "wagtailcore", "model_name": "page"}]
    if name.startswith("wagtailsettings:"):
        return []  # no settings models are registered for editors
    return [base]


def bulk_actions():
    return sorted(
        (app_label, model_name, action_type)
        for app_label, models in bulk_action_registry.actions.items()
        for model_name, actions in models.items()
        for action_type in actions
    )


def query_string(name, values, page, kis):
    """KIS's ids in ?id= (bulk actions, chosen-multiple) and search terms in ?q=."""
    ids = {
        "wagtaildocs": kis["document"].pk,
        "wagtailimages": kis["image"].pk,
        "wagtailusers": kis["user"].pk,
    }
    params = [
        f"id={ids.get(values.get('app_label'), page.pk)}",
        "q=KIS",
        "p=1",
    ]
    if "tag" in name:
        params.append("term=kis")
    return "?" + "&".join(params)


def body_of(response):
    if response.streaming:
        return b"".join(response.streaming_content).decode("utf-8", "replace")
    return response.content.decode("utf-8", "replace")


def database_state(kis):
    """Row counts and newest ids of every table, and the full state of KIS's objects."""
    state = {}
    for model in apps.get_models():
        table = model._meta.db_table
        if table in VOLATILE_TABLES or model._meta.proxy:
            continue
        newest = Max("pk")
        if isinstance(model._meta.pk, UUIDField):  # PostgreSQL has no max(uuid) (the task queue's rows)
            newest = Max(Cast("pk", CharField()))
        state[table] = (model._base_manager.count(), model._base_manager.aggregate(m=newest)["m"])
    for page in kis["pages"]:
        state[f"page {page.pk}"] = snapshot(page)
    for key in ("document", "image", "item"):
        obj = kis[key]
        state[key] = list(type(obj)._base_manager.filter(pk=obj.pk).values())
    state["collections"] = list(Collection.objects.values_list("pk", "path", "name"))
    state["log entries"] = PageLogEntry.objects.count()
    return state


def quick_state(kis):
    """A cheap fingerprint checked after every POST (the full comparison runs at the end)."""
    pages = Page.objects.filter(pk__in=[page.pk for page in kis["pages"]]).order_by("pk")
    return (
        list(pages.values_list("live", "latest_revision_id", "locked", "path", "title", "draft_title")),
        Revision.objects.aggregate(n=Count("pk"), m=Max("pk")),
        PageLogEntry.objects.aggregate(n=Count("pk"), m=Max("pk")),
        TaskState.objects.filter(status=TaskState.STATUS_IN_PROGRESS).count(),
        [
            type(kis[key])._base_manager.filter(pk=kis[key].pk).values().first()
            for key in ("document", "image", "item")
        ],
    )


def walk_admin(client, kis):
    """Request every admin URL pattern with KIS's ids; the leaks, changes and errors found."""
    before = database_state(kis)
    quick_before = quick_state(kis)
    leaks, changes, errors, requested = [], [], [], 0
    patterns = admin_patterns()
    assert len(patterns) > 250, "the resolver should list Wagtail's whole admin"
    for parts, name in patterns:
        if name in SKIPPED_VIEWS:
            continue
        for page in kis["pages"]:
            for values in argument_sets(name, page, kis):
                path = build_path(parts, values)
                if path is None:
                    continue
                url = path + query_string(name, values, page, kis)
                # POST where the URL names an object; the others are KIS-free forms.
                for method in (
                    ("get", "post") if path.count("/") > 3 and any(c.isdigit() for c in path) else ("get",)
                ):
                    requested += 1
                    try:
                        if method == "get":
                            response = client.get(url)
                        else:
                            data = {"id": [page.pk], "destination_page_id": partner("VNG").pk}
                            response = client.post(url, data)
                    except Exception as error:  # noqa: BLE001 (collected, reported below)
                        errors.append(f"{method.upper()} {url} ({name}): {type(error).__name__}: {error}")
                        continue
                    if response.status_code >= 500:
                        errors.append(f"{method.upper()} {url} ({name}): {response.status_code}")
                    body = body_of(response)
                    for secret in SECRETS:
                        if secret.lower() in body.lower():
                            leaks.append(f"{method.upper()} {url} ({name}): {secret!r}")
                    if method == "post" and quick_state(kis) != quick_before:
                        changes.append(f"POST {url} ({name}) changed KIS's objects")
                        quick_before = quick_state(kis)
            if not any(key in name for key in ("page", "explore", "choose", "workflow", "bulk", "forms")):
                break  # arguments do not depend on the page: one pass is enough
    after = database_state(kis)
    changed_tables = sorted(key for key in before if before[key] != after.get(key))
    assert requested > 500
    return leaks + changes + [f"table changed: {table}" for table in changed_tables] + errors


def test_admin_walls_hold_for_every_url_pattern(login, kis):
    client = login(ACTING_USER)
    problems = walk_admin(client, kis)
    assert not problems, "\n".join(problems)
    # Still logged in as the partner user: the walk did not end its own session.
    assert client.get("/admin/").status_code == 200


@pytest.fixture
def documents_on_disk(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
    }


def test_password_only_session_reaches_nothing_private(documents_on_disk, kis, user, client, settings):
    """Issue 22 B1: KIS's own final editor, where the role requires two-factor login, with the
    password only: no admin URL, no document of KIS's group-only collection and no login-only
    page shows anything private, and nothing changes."""
    settings.TWO_FACTOR_REQUIRED = True
    account = user("kis-eindredacteur")
    restriction = CollectionViewRestriction.objects.create(
        collection=kis["collection"], restriction_type="groups"
    )
    restriction.groups.set(account.groups.all())
    live = kis["pages"][1]
    PageViewRestriction.objects.create(page=live, restriction_type="login")
    client.force_login(account)
    problems = walk_admin(client, kis)
    assert not problems, "\n".join(problems)
    document = client.get(kis["document"].url)
    assert document.status_code == 302 and b"%PDF" not in body_of(document).encode()
    page = client.get(live.url)
    assert page.status_code == 302 and "login" in page["Location"]
    # The same session, once verified, does reach them: the walk tested the second factor.
    device = apps.get_model("otp_totp", "TOTPDevice").objects.create(user=account, name="app", confirmed=True)
    session = client.session
    session["otp_device_id"] = device.persistent_id
    session.save()
    assert client.get(live.url).status_code == 200
    assert b"".join(client.get(kis["document"].url).streaming_content) == b"%PDF-1.4 x"
