from django.db.models import Count, Q


def broken_link_count(page_path):
    """Annotation: broken links of the page at `page_path` (a relation to a page), e.g.
    ReviewItem.objects.annotate(n=broken_link_count("offering"))."""
    relation = f"{page_path}__checked_links"
    return Count(relation, filter=Q(**{f"{relation}__link__ok": False}), distinct=True)
