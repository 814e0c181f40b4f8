"""Store check results: the link's current state and one history row per check."""

from django.db import transaction
from django.utils import timezone

from linkcheck.models import HISTORY_PER_LINK, Link, LinkCheck


@transaction.atomic
def record(results, now=None):
    now = now or timezone.now()
    links = Link.objects.select_for_update().in_bulk([r.url for r in results], field_name="url")
    checks = []
    for result in results:
        link = links.get(result.url)
        if link is None:  # removed from every page while it was being checked
            continue
        link.ok = result.ok
        link.status_code = result.status_code
        link.error = result.error[:200]
        link.final_url = result.final_url[:2000]
        link.checked_at = now
        if result.ok:
            link.broken_since = None
            link.failures = 0
        else:
            link.broken_since = link.broken_since or now
            link.failures += 1
        link.save()
        checks.append(
            LinkCheck(
                link=link,
                checked_at=now,
                method=result.method,
                ok=result.ok,
                status_code=result.status_code,
                redirect_status=result.redirect_status,
                error=result.error[:200],
                final_url=result.final_url[:2000],
                elapsed_ms=result.elapsed_ms,
            )
        )
    LinkCheck.objects.bulk_create(checks)
    prune_history([link.pk for link in links.values()])
    return len(checks)


def prune_history(link_ids):
    for link_id in link_ids:
        keep = LinkCheck.objects.filter(link_id=link_id).values_list("pk", flat=True)[:HISTORY_PER_LINK]
        LinkCheck.objects.filter(link_id=link_id).exclude(pk__in=list(keep)).delete()
