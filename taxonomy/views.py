"""Deleting a term that is in use is refused, with a message that says where it is used.

Wagtail's delete view counts references through its ReferenceIndex, which does not see the
offerings' ParentalManyToMany links (a theme on 26 offerings showed "1 verwijzing"), and
deleting it would silently strip the theme from offerings that require one; for a protected
foreign key (Vorm) it answered "no access". Here usage is read from the model relations
themselves, so the count is the real one and the reason is shown.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.snippets.views.snippets import DeleteView

EXAMPLES_SHOWN = 5


def term_usage(term):
    """[(label, count, example titles)] for every model that points at `term`."""
    usage = []
    for relation in type(term)._meta.related_objects:
        if not relation.field.concrete and not relation.many_to_many:
            continue
        related = relation.related_model._base_manager.filter(**{relation.field.name: term}).distinct()
        count = related.count()
        if count:
            examples = [str(obj) for obj in related.order_by("pk")[:EXAMPLES_SHOWN]]
            usage.append((str(relation.related_model._meta.verbose_name_plural), count, examples))
    return usage


def usage_message(term, usage):
    parts = [
        ngettext(
            "%(count)d %(label)s (%(examples)s)",
            "%(count)d %(label)s (o.a. %(examples)s)",
            count,
        )
        % {"count": count, "label": label, "examples": "; ".join(examples)}
        for label, count, examples in usage
    ]
    return _(
        "'%(term)s' kan niet worden verwijderd, want het is nog in gebruik bij %(usage)s. Kies daar "
        "eerst een andere waarde, of pas de naam van '%(term)s' aan in plaats van het te verwijderen."
    ) % {"term": term, "usage": ", ".join(parts)}


class TermDeleteView(DeleteView):
    """Refuses to delete a term that offerings or questions still use (GET and POST)."""

    # get/post, not dispatch: Wagtail checks the delete permission in dispatch first.
    def get(self, request, *args, **kwargs):
        return self.refuse_if_used(request) or super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        return self.refuse_if_used(request) or super().post(request, *args, **kwargs)

    def refuse_if_used(self, request):
        usage = term_usage(self.object)
        if not usage:
            return None
        messages.error(request, usage_message(self.object, usage))
        return redirect(self.get_success_url())
