"""Elasticsearch index settings: a Dutch analyzer as the default for every text field.

Offerings are indexed as stems from search/dutch.py and queries get the same reduction,
so the stemmer here only has to be deterministic; it also serves the raw text of other
page types in the site search. Imported by settings, so no Django imports here.
"""

INDEX_SETTINGS = {
    "settings": {
        "index": {
            "analysis": {
                "filter": {
                    "dutch_stop": {"type": "stop", "stopwords": "_dutch_"},
                    "dutch_stemmer": {"type": "stemmer", "language": "dutch"},
                    "dutch_decompounder": {
                        "type": "dictionary_decompounder",
                        "word_list": ["werk", "werker", "werkers", "jongeren", "jeugd", "team", "beleid"],
                        "min_subword_size": 4,
                        "only_longest_match": True,
                    },
                },
                "analyzer": {
                    "default": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": [
                            "lowercase",
                            "asciifolding",
                            "dutch_stop",
                            "dutch_decompounder",
                            "dutch_stemmer",
                        ],
                    },
                },
            }
        }
    }
}
