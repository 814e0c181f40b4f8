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

from django.db import connections, router
from django.db.models import CharField, F, Value
from django.db.models.functions import Cast, JSONObject
from modelcluster.queryset import FakeQuerySet

from core.rows import from_values

# (model, relations, database, number of objects) -> (SQL, its parameters, where the objects' keys are)
_SHAPES = {}


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
    return base._default_manager.filter(**{f"{key}__in": keys}).values_list(
        Value(name, output_field=CharField()),
        F(key),
        F(prefix + first),
        Cast(F(prefix + second), CharField()) if second else Value("", output_field=CharField()),
        JSONObject(**fields),
    )


def _sql(model, keys, relations, using):
    """The query's SQL and parameters for objects with `keys`. Django builds it once per
    shape; other objects of the same number change only their keys in the parameters."""
    shape = (model, repr(relations), using, len(keys))
    if shape not in _SHAPES:
        parts = [_part(model, keys, name, related) for name, related in relations.items()]
        query = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
        sql, params = query.query.get_compiler(using).as_sql()
        # The parts' filters on the objects' keys are the integer parameters (the others are
        # the relations' names and the JSON keys, strings).
        index = {key: number for number, key in enumerate(keys)}
        places = [(i, index[p]) for i, p in enumerate(params) if type(p) is int and p in index]
        if len(places) != len(parts) * len(keys) or not all(isinstance(key, int) for key in keys):
            raise ValueError(f"{model.__name__}: the objects' keys are not the query's only integers")
        # Per relation and object, in the related model's order (the sort keys: columns 3 and 4).
        ordered = f"SELECT * FROM ({sql}) AS relation_lists ORDER BY 1, 2, 3, 4"  # noqa: S608 (Django's SQL)
        _SHAPES[shape] = (ordered, list(params), places)
    sql, params, places = _SHAPES[shape]
    params = list(params)
    for position, number in places:
        params[position] = keys[number]
    return sql, params


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
    sql, params = _sql(model, keys, relations, using)
    rows = {(name, key): [] for name in relations for key in keys}
    with connections[using].cursor() as cursor:
        cursor.execute(sql, params)
        for name, key, _first, _second, data in cursor.fetchall():
            rows[name, key].append(json.loads(data) if isinstance(data, str) else data)
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
