"""search/facets.py is the only definition of a facet: every spec names a real model field
and a real index field, and everything else follows the specs."""

from modelsearch.index import FilterField

from api.finder_params import FINDER_PARAMETERS
from offerings.models import OfferingPage
from search import facets
from search.params import FACETS


def test_every_spec_names_a_model_field_and_an_index_filter_field():
    filter_fields = {
        field.field_name for field in OfferingPage.get_search_fields() if isinstance(field, FilterField)
    }
    assert facets.FACETS
    for spec in facets.FACETS:
        assert spec.model_field is not None, spec.key
        assert spec.index_column in filter_fields, (
            f"add index.FilterField({spec.index_column!r}) for {spec.key}"
        )
        if spec.many:
            assert spec.index_field, f"{spec.key} is many-valued: name the method that returns its ids"


def test_the_url_parser_and_the_api_follow_the_specs():
    assert list(FACETS) == [spec.key for spec in facets.FACETS]
    assert [name for name in FINDER_PARAMETERS if name in facets.BY_KEY] == list(FACETS)
