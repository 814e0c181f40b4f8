"""POST data of the publication admin form's bibliographic part (inline formsets)."""


def formset(prefix, rows):
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for i, row in enumerate(rows):
        data.update({f"{prefix}-{i}-{key}": value for key, value in row.items()})
        data[f"{prefix}-{i}-ORDER"] = str(i + 1)
        data[f"{prefix}-{i}-DELETE"] = ""
        data[f"{prefix}-{i}-id"] = ""
    return data


def bibliography(
    published="2026-01-15", authors=("Demo-auteur",), publishers=(), commissioners=(), editions=()
):
    """publishers/commissioners: Organisation pks; editions: (title, published, url) tuples."""
    return {
        "published": published,
        **formset("authors", [{"name": name} for name in authors]),
        **formset("publishers", [{"organisation": pk} for pk in publishers]),
        **formset("commissioners", [{"organisation": pk} for pk in commissioners]),
        **formset("editions", [{"title": t, "published": p, "url": u} for t, p, u in editions]),
    }


def sessions(*rows):
    """A training's sessions formset: rows of {field: value} (start_date, online, ...)."""
    return formset("sessions", [{"start_date": "", "end_date": "", "location": "", **row} for row in rows])
