"""The keys of an offering's terms as index fields, one per many-to-many relation.

An engine filters and counts a many-valued facet on a list of term keys. modelsearch
indexes a many-to-many field as its related objects, not their keys (django-modelsearch#100),
so every many-to-many relation of the model gets a `<term>_ids` method and a FilterField
on it, derived from the relation: a new taxonomy relation needs no method of its own.
search/facets.py finds the column of a many-valued facet with `term_ids_name`.
"""

from wagtail.search import index


def term_ids_name(field):
    """`theme_ids` for a relation to taxonomy.Theme (also before the model is resolved)."""
    model = field.remote_field.model
    name = model.rsplit(".", 1)[-1] if isinstance(model, str) else model.__name__
    return f"{name.lower()}_ids"


def _term_ids(relation):
    def term_ids(self):
        return [term.pk for term in getattr(self, relation).all()]

    term_ids.__name__ = f"{relation}_ids"
    return term_ids


def with_term_ids(model):
    """Class decorator: a `<term>_ids` method and FilterField per many-to-many relation."""
    fields = []
    for field in model._meta.local_many_to_many:
        name = term_ids_name(field)
        setattr(model, name, _term_ids(field.name))
        fields.append(index.FilterField(name))
    model.search_fields = [*model.search_fields, *fields]
    return model
