"""Model instances from values read as rows (`values_list`, JSON), their other fields deferred;
and pages read by key with their SQL built once (`read_in_bulk`).

Django builds a model instance for every row a queryset reads; a page model's instance is
costly (modelcluster's `ClusterableModel.__init__` lists the model's child relations each
time). Where a query reads many rows and the page shows a few of them, the rows are read as
values and only those shown become instances, exactly as `only()` would have made them.
"""

import datetime
import json

from django.conf import settings
from django.db import connections, router
from django.db.models import F
from django.db.models.functions import JSONObject
from django.utils import timezone as dj_timezone

from core.prepared import Prepared


def from_values(model, data, using):
    """An instance of `model` from `data` ({attname: value or its JSON form}), as Django's
    `from_db` makes it: the fields not in `data` deferred."""
    fields = [field for field in model._meta.concrete_fields if field.attname in data]  # from_db's order
    timezone = connections[using].timezone
    values = [None if data[f.attname] is None else _python(f, data[f.attname], timezone) for f in fields]
    return model.from_db(using, [field.attname for field in fields], values)


def _python(field, value, timezone):
    """`value` as the field holds it. A datetime in JSON carries no offset where the database
    stores none (SQLite): it is in the connection's time zone, as Django's own converter
    for such a column assumes."""
    value = field.to_python(value)
    if isinstance(value, datetime.datetime) and settings.USE_TZ and dj_timezone.is_naive(value):
        value = dj_timezone.make_aware(value, timezone)
    return value


def _column(name):
    """The column of the related object `name` (`with_related`)."""
    return f"related_object_{name}"


def with_related(objects, related):
    """`objects` (a queryset) with each of `related` (foreign keys of its model) as a JSON
    object of the related object's fields: what `select_related` reads, for `instances`."""
    for name in related:
        target = objects.model._meta.get_field(name).related_model
        fields = {f.attname: F(f"{name}__{f.attname}") for f in target._meta.concrete_fields}
        objects = objects.annotate(**{_column(name): JSONObject(**fields)})
    return objects


def instances(model, prepared, shape, values, related=(), using=None):
    """The instances of `model` a Prepared query (core/prepared.py) of `with_related(a
    queryset of model, related)` reads, as that queryset with `select_related(*related)`
    makes them (its `only()`, its annotations), with the SQL built once per shape."""
    using = using or router.db_for_read(model)
    found = []
    for instance in model._default_manager.raw(*prepared.sql(shape, values, using)).using(using):
        for name in related:
            data = instance.__dict__.pop(_column(name))
            data = json.loads(data) if isinstance(data, str) else data
            field = model._meta.get_field(name)
            target = field.related_model
            exists = data.get(target._meta.pk.attname) is not None
            field.set_cached_value(instance, from_values(target, data, using) if exists else None)
        found.append(instance)
    return found


# (model, related) -> its Prepared query
_IN_BULK = {}


def read_in_bulk(model, ids, related=()):
    """`model._default_manager.select_related(*related).in_bulk(ids)` (`related`: foreign keys
    of `model` itself), whole instances as that makes them, with the query's SQL built once
    per number of ids (core/prepared.py): Django's building it cost more than reading the
    rows. The related objects are read as JSON objects of their fields."""
    ids = list(dict.fromkeys(ids))
    if not ids:
        return {}
    related = tuple(related)
    key = (model, related)
    if key not in _IN_BULK:
        _IN_BULK[key] = Prepared(lambda ids: with_related(model._default_manager.filter(pk__in=ids), related))
    found = instances(model, _IN_BULK[key], None, {"ids": ids}, related)
    return {instance.pk: instance for instance in found}
