"""Index settings for the distributed engine: a plain default analyzer for every text field.

The text arrives already reduced to Dutch stems by search/dutch.py (offerings' search
fields, and every query through search/text.py), the same stems the database backends
compare; so the engine must not stem, drop stop words or split compounds again: it splits
on word boundaries, lower-cases and folds diacritics (for the raw titles of other pages in
the site search), nothing Dutch. Imported by settings, so no Django imports here.
"""

import os

INDEX_SETTINGS = {
    "settings": {
        "index": {
            # Copies of each shard on other nodes: 1 on a cluster (SEARCH_INDEX_REPLICAS=1),
            # so a node may stop without the index going missing; 0 on a single node.
            "number_of_replicas": int(os.environ.get("SEARCH_INDEX_REPLICAS", "0")),
            "analysis": {
                "analyzer": {
                    "default": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": ["lowercase", "asciifolding"],
                    },
                },
            },
        }
    }
}
