"""Review state lives on the offering's row but outside its page revisions.

"Laatst gecontroleerd" used to be restored from a revision: a draft saved before a
"nog actueel" click carried the old date, and publishing it wrote that old date back. Review
state is a fact about the offering, not about a version of its text, so:

- a revision never stores it (`serializable_data`), and restoring a revision (preview,
  compare, publish, revert) takes the current value (`with_content_json`);
- a page save never writes it (`save` passes every other field as `update_fields`), so
  even a publish that loaded the page a moment before a "nog actueel" click cannot
  overwrite that click;
- copies start without it (`exclude_fields_in_copy`).

Only review/services.py writes it, with a queryset update. The column stays on the
OfferingPage table so the finder, the API and the stale-offerings report filter and
sort on it without a join.
"""

from modelcluster.models import get_all_child_m2m_relations, get_all_child_relations

REVIEW_STATE_FIELDS = ("last_reviewed_at",)


class ReviewStateOutsideRevisionsMixin:
    def serializable_data(self):
        data = super().serializable_data()
        for name in REVIEW_STATE_FIELDS:
            data.pop(name, None)
        return data

    def with_content_json(self, content):
        obj = super().with_content_json(content)
        current = type(self)._default_manager.filter(pk=self.pk).values(*REVIEW_STATE_FIELDS).first() or {}
        for name in REVIEW_STATE_FIELDS:
            setattr(obj, name, current.get(name, getattr(self, name)))
        return obj

    def save(self, *args, **kwargs):
        if not self._state.adding and self.pk and kwargs.get("update_fields") is None:
            kwargs["update_fields"] = self.fields_written_by_page_saves()
        return super().save(*args, **kwargs)

    def fields_written_by_page_saves(self):
        """Every field a full save writes (incl. child relations and ParentalManyToMany
        fields, which modelcluster commits only when named), except the review state."""
        names = [
            field.name
            for field in self._meta.concrete_fields
            if not field.primary_key and field.name not in REVIEW_STATE_FIELDS
        ]
        names += [relation.get_accessor_name() for relation in get_all_child_relations(self)]
        names += [field.name for field in get_all_child_m2m_relations(self)]
        return names
