"""Model instances from values read as rows (`values_list`, JSON), their other fields deferred.

Django builds a model instance for every row a queryset reads; a page model's instance is
costly (modelcluster's `ClusterableModel.__init__` lists the model's child relations each
time). Where a query reads many rows and the page shows a few of them, the rows are read as
values and only those shown become instances, exactly as `only()` would have made them.
"""


def from_values(model, data, using):
    """An instance of `model` from `data` ({attname: value or its JSON form}), as Django's
    `from_db` makes it: the fields not in `data` deferred."""
    fields = [field for field in model._meta.concrete_fields if field.attname in data]  # from_db's order
    values = [None if data[f.attname] is None else f.to_python(data[f.attname]) for f in fields]
    return model.from_db(using, [field.attname for field in fields], values)
