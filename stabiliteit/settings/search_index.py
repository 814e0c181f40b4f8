"""Index settings for the distributed engine: a plain default analyzer for every text field.

The text arrives already reduced to Dutch stems by search/dutch.py (offerings' search
fields, and every query through search/text.py), the same stems the database backends
compare; so the engine must not stem, drop stop words or split compounds again: it splits
on word boundaries, lower-cases and folds diacritics (for the raw titles of other pages in
the site search), nothing Dutch. Imported by settings, so no Django imports here.
"""

INDEX_SETTINGS = {
    "settings": {
        "index": {
            "analysis": {
                "analyzer": {
                    "default": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": ["lowercase", "asciifolding"],
                    },
                },
            }
        }
    }
}
