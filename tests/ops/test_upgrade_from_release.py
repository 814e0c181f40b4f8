"""Upgrades keep data (issue 21, Build 8): a database at the schema of the release of 29 Nov,
with hand-made content of every kind (tests/ops/upgrade_release.py), migrated to the latest
migration with `manage.py migrate`: every row of every table is still there with every field
as it was, except the changes the migrations are meant to make, each checked here.

The upgrade runs in a process of its own against an empty database of its own (a SQLite file,
or a new PostgreSQL database on the server of the PostgreSQL pass), as an operator runs it
(tests/ops/conftest.py, upgraded_database).
"""

import json

import pytest

from search.dutch import padded_stems

# Where the migrations move what they remove: (table, column) -> checked in test below.
MOVED_COLUMNS = {
    ("offerings_publicationpage", "authors"): "offerings 0006: into authors and publishers",
    ("offerings_publicationpage", "published_on"): "offerings 0006: into the partial date `published`",
}
# Fields the migrations are meant to change, and how (checked in the test below).
CHANGED_FIELDS = {
    ("django_content_type", "app_label"): "catalogue 0001 takes catalogueindexpage over",
    ("offerings_offeringpage", "search_title_stems"): "search 0003, 0005-0010 recompute the stems",
    ("offerings_offeringpage", "search_summary_stems"): "search 0003, 0005-0010 recompute the stems",
    ("wagtailcore_revision", "content"): "offerings 0006 and 0011 convert stored revisions",
}

# What each hand-made credit text becomes: authors, and publishers as (name, abbreviation,
# is a partner). The people stay people and a trailing "(Organisatie)" stays the publisher.
CREDITS = {
    "publicatie-rapport": (["M. de Boer", "K. Yilmaz"], [["Movisie", "", False]]),
    "publicatie-onderzoek": (["A. Jansen", "B. van der Smit", "Karin Bakker"], []),
    "publicatie-essay": ([], [["Nationaal Coördinator Terrorismebestrijding en Veiligheid", "NCTV", False]]),
    "publicatie-boek": ([], [["Vereniging van Nederlandse Gemeenten", "VNG", True]]),
    # Not every part is a person's name: kept whole for an editor, nothing guessed.
    "publicatie-monitor": (["L. Hoogendam en R. Bakri (fictieve onderzoekers), in opdracht van BZK"], []),
    "publicatie-handreiking": (
        ["S. Öztürk", "J. van der Berg", "P. de Wit"],
        [["Nederlands Jeugdinstituut", "", False]],
    ),
    "publicatie-factsheet": ([], [["Vereniging van Nederlandse Gemeenten", "VNG", True]]),
    "publicatie-artikel": ([], [["Nederlands Instituut Publieke Veiligheid", "NIPV", False]]),
}
SESSIONS = {
    "training-op-locatie": [["2026-03-02", "2026-03-04", False, "Utrecht", ""]],
    "webinar": [["2026-04-01", "None", True, "", ""]],
    "op-aanvraag": [],
}


@pytest.fixture(scope="module")
def upgrade(upgraded_database):
    return upgraded_database["dumps"]


def test_every_row_and_field_survives_the_upgrade(upgrade):
    before, after = upgrade["before"], upgrade["after"]
    assert len(before["wagtailcore_page"]["rows"]) >= 18  # the content was really built
    problems = []
    for table, old in before.items():
        new = after.get(table)
        if new is None:
            problems.append(f"table {table} is gone ({len(old['rows'])} rows)")
            continue
        for column in set(old["columns"]) - set(new["columns"]):
            if (table, column) not in MOVED_COLUMNS:
                problems.append(f"column {table}.{column} is gone")
        for key, row in old["rows"].items():
            if key not in new["rows"]:
                problems.append(f"row {table} {key} is gone")
                continue
            for column, value in row.items():
                if (table, column) in CHANGED_FIELDS or column not in new["columns"]:
                    continue
                if new["rows"][key][column] != value:
                    problems.append(f"{table} {key}.{column}: {value!r} -> {new['rows'][key][column]!r}")
    assert problems == []


def test_the_meant_changes_are_right(upgrade):
    before, after = upgrade["before"], upgrade["after"]
    assert all(before[table]["rows"] for table, _column in CHANGED_FIELDS), "every changed table has rows"
    for table, column in CHANGED_FIELDS:
        for key, row in before[table]["rows"].items():
            old, new = row[column], after[table]["rows"][key][column]
            if table == "django_content_type":
                expected = "catalogue" if row["model"] == "catalogueindexpage" else old
                assert new == expected, (key, row)
            elif table == "offerings_offeringpage":
                # The page table holds the title, the offering row the summary.
                title = before["wagtailcore_page"]["rows"][key]["title"]
                text = title if column == "search_title_stems" else row["summary"]
                assert new == padded_stems(text), (key, column)
            else:
                old_content, new_content = json.loads(old), json.loads(new)
                kept = {k: v for k, v in old_content.items() if k not in ("authors", "published_on")}
                assert {k: new_content[k] for k in kept} == kept, key
                if "published_on" in old_content:
                    assert new_content["published"] == old_content["published_on"]


def test_credits_dates_and_sessions_in_pages_and_revisions(upgrade):
    before, current = upgrade["before"], upgrade["current"]
    old_dates = {
        before["wagtailcore_page"]["rows"][key]["slug"]: row["published_on"]
        for key, row in before["offerings_publicationpage"]["rows"].items()
    }
    for slug, (authors, publishers) in CREDITS.items():
        for where in ("page", "revision"):
            got = current[slug][where]
            assert (got["authors"], got["publishers"]) == (authors, publishers), (slug, where)
            assert got["published"] == old_dates[slug], (slug, where)
    for slug, sessions in SESSIONS.items():
        assert current[slug] == {"page": sessions, "revision": sessions}, slug
    names = [row["name"] for row in upgrade["after"]["partners_organisation"]["rows"].values()]
    assert sorted(names) == sorted(set(names))  # one organisation per name
    assert not [name for name in names if "Boer" in name or "Öztürk" in name]


def test_publication_forms_get_their_schema_type(upgrade):
    forms = {row["slug"]: row["schema_type"] for row in upgrade["after"]["taxonomy_form"]["rows"].values()}
    assert forms == {
        "rapport": "Report",
        "onderzoek": "Report",
        "essay": "Article",
        "boek": "Book",
        "monitor": "Periodical",
        "handreiking": "LearningResource",
        "factsheet": "LearningResource",
        "artikel": "LearningResource",
        "leergang": "LearningResource",
        "helpdesk": "LearningResource",
    }
