"""Several to-many relations of some objects read in one query, as prefetch_related reads them.

A page that shows a few short lists (an offering's themes, audiences and phases; a
publication's authors, publishers, commissioners and editions) costs one query per list with
`prefetch_related`, and Django builds each query's SQL anew on every request: for an offering
page seven queries, about a quarter of its CPU, nearly all of it building the SQL.
`read_relation_lists` asks the database for all of them at once (a UNION ALL of one part per
relation, each row's fields as a JSON object, ordered as the related model's `Meta.ordering`
orders it), and Django builds that query's SQL once per shape in a process (the objects' keys
are its only parameters that change). The rows go where `prefetch_related` puts them (each
object's prefetch cache, as modelcluster's FakeQuerySet), so `page.themes.all` in a template
reads them without a query, as before.

A relation is named as `prefetch_related` names it: a many-to-many field of the objects (its
target's fields are read) or a reverse foreign key (a modelcluster ParentalKey: the child's
fields), with the foreign keys of the related model to read with it, as `select_related`
paths mapped to the fields wanted of each (`{"organisation": ("id", "name")}`); a field not
named there is deferred, as with `only()`.

Written here because neither Django nor Wagtail reads several relations in one query nor
keeps a query's SQL between requests.
"""

import json

from django.db import router
from django.db.models import CharField, F, Value
from django.db.models.functions import Cast, JSONObject
from modelcluster.queryset import FakeQuerySet

from core.prepared import Prepared
from core.rows import from_values

# (model, relations) -> its Prepared query
_PREPARED = {}


def _ordering(model):
    """The two sort keys of `model`'s Meta.ordering (ascending fields; a second one padded)."""
    ordering = list(model._meta.ordering)
    if not 1 <= len(ordering) <= 2 or any(not isinstance(name, str) or name[:1] in "-?" for name in ordering):
        raise ValueError(f"{model.__name__}: only one or two ascending ordering fields are supported")
    return ordering + [None] * (2 - len(ordering))


def _relation(model, name):
    """(related model, the objects' key in the model the part starts from, the prefix of the
    related model's fields there, the model the part starts from)."""
    field = model._meta.get_field(name)
    if field.many_to_many and not field.auto_created:
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        return field.related_model, f"{source}_id", f"{target}__", field.remote_field.through
    if field.one_to_many and field.auto_created:
        return field.related_model, field.field.attname, "", field.related_model
    raise ValueError(f"{model.__name__}.{name}: neither a many-to-many field nor a reverse foreign key")


def _part(model, keys, name, related):
    """One relation's rows: (name, object's key, sort key, sort key, JSON object of the fields)."""
    target, key, prefix, base = _relation(model, name)
    fields = {field.attname: F(prefix + field.attname) for field in target._meta.concrete_fields}
    for path, wanted in related.items():
        fields.update({f"{path}__{attname}": F(f"{prefix}{path}__{attname}") for attname in wanted})
    first, second = _ordering(target)
    return (
        base._default_manager.filter(**{f"{key}__in": keys})
        .annotate(
            relation_name=Value(name, output_field=CharField()),
            relation_owner=F(key),
            relation_first=F(prefix + first),
            relation_second=Cast(F(prefix + second), CharField()) if second else Value("", CharField()),
            relation_fields=JSONObject(**fields),
        )
        .order_by()
        .values_list(*COLUMNS)
    )


# The columns of every part; the union is ordered by the first four.
COLUMNS = ("relation_name", "relation_owner", "relation_first", "relation_second", "relation_fields")


def _prepared(model, relations):
    """The query for `relations` of objects of `model` (core/prepared.py: built once per
    number of objects)."""
    shape = (model, repr(relations))
    if shape not in _PREPARED:

        def build(keys):
            parts = [_part(model, keys, name, related) for name, related in relations.items()]
            union = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
            return union.order_by(*COLUMNS[:4])

        _PREPARED[shape] = Prepared(build)
    return _PREPARED[shape]


def _attach(instance, path, data, using):
    """Set the related object at `path` (its parents attached before) from `data`'s fields
    "<path>__<attname>" (None when its key is null)."""
    holder, _, last = path.rpartition("__")
    owner = instance
    for step in holder.split("__") if holder else []:
        owner = getattr(owner, step)
        if owner is None:
            return
    field = owner._meta.get_field(last)
    values = {key[len(path) + 2 :]: value for key, value in data.items() if key.startswith(path + "__")}
    values = {key: value for key, value in values.items() if "__" not in key}
    target = field.related_model
    found = values.get(target._meta.pk.attname) is not None
    field.set_cached_value(owner, from_values(target, values, using) if found else None)


def read_relation_lists(objects, relations):
    """Read `relations` ({name: {select_related path: attnames}}) of `objects` (saved, of one
    model) in one query into their prefetch caches, as `prefetch_related_objects(objects,
    *names)` would (with the paths as `select_related` and `only`). Relations already
    prefetched on the first object are left alone."""
    objects = [obj for obj in objects if obj.pk is not None]
    if not objects:
        return
    model = type(objects[0])
    caches = [obj.__dict__.setdefault("_prefetched_objects_cache", {}) for obj in objects]
    relations = {name: related for name, related in relations.items() if name not in caches[0]}
    if not relations:
        return
    using = router.db_for_read(model, instance=objects[0])
    keys = list(dict.fromkeys(obj.pk for obj in objects))
    rows = {(name, key): [] for name in relations for key in keys}
    for row in _prepared(model, relations).rows(None, {"keys": keys}, using):
        data = row["relation_fields"]
        data = json.loads(data) if isinstance(data, str) else data
        rows[row["relation_name"], row["relation_owner"]].append(data)
    for name, related in relations.items():
        target = _relation(model, name)[0]
        field = model._meta.get_field(name)
        # A child's key to its object, set as prefetch_related sets it.
        back = field.field if field.one_to_many else None
        paths = sorted(related, key=lambda path: path.count("__"))
        for obj, cache in zip(objects, caches, strict=True):
            found = []
            for data in rows[name, obj.pk]:
                instance = from_values(target, {k: v for k, v in data.items() if "__" not in k}, using)
                for path in paths:
                    _attach(instance, path, data, using)
                if back is not None:
                    back.set_cached_value(instance, obj)
                found.append(instance)
            cache[name] = FakeQuerySet(target, found)
