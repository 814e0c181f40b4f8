"""Is the engine's index there, and mapped as the models say? (`manage.py ensure_search_index`,
/gezondheid/ through the finder's query, search/indexqueue.py before a first write.)

An index that the engine created by itself on a first write has guessed field types (text
where the finder filters on keywords, long where it sorts on integers): the engine then
refuses the finder's queries. So the index must exist with its mapping before anything is
written, and a wrong one must be found and rebuilt, not silently used.
"""

from modelsearch.index import get_indexed_models


def indexes_of(backend):
    """{index name: (index, [models])} for the engine backend's indexed models."""
    found = {}
    for model in get_indexed_models():
        index = backend.get_index_for_model(model)
        found.setdefault(index.name, (index, []))[1].append(model)
    return found


def _flatten(properties, prefix=""):
    flat = {}
    for name, spec in properties.items():
        if "properties" in spec:
            flat.update(_flatten(spec["properties"], f"{prefix}{name}."))
        else:
            flat[f"{prefix}{name}"] = spec.get("type", "object")
    return flat


def mapping_problems(backend, index, models):
    """Fields whose type in the engine differs from the models' mapping ([] when right)."""
    response = backend.es.indices.get_mapping(index=index.name)
    actual = {}
    for body in dict(response).values():
        actual.update(_flatten(body.get("mappings", {}).get("properties", {})))
    problems = []
    for model in models:
        expected = _flatten(backend.mapping_class(model).get_mapping()["properties"])
        for field, kind in expected.items():
            if field in actual and actual[field] != kind:
                problems.append(f"{field}: {actual[field]} (verwacht {kind})")
            elif field not in actual and kind in ("keyword", "integer", "boolean", "date"):
                problems.append(f"{field}: ontbreekt (verwacht {kind})")
    return sorted(set(problems))


def create(backend, index, models):
    index.put()
    for model in models:
        index.add_model(model)
