"""search/facets.py is the only definition of a facet: every spec names a real model field
and a real index field, and everything else follows the specs."""

from modelsearch.index import FilterField

from api.openapi import finder_params
from offerings.models import OfferingPage
from search import facets
from search.params import finder_parameters


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


def test_many_valued_facets_get_their_index_keys_from_the_relation():
    offering = OfferingPage()
    many = [spec for spec in facets.FACETS if spec.many]
    assert [spec.index_column for spec in many] == ["theme_ids", "audience_ids", "phase_ids"]
    for spec in many:
        assert callable(getattr(offering, spec.index_column)), spec.key


def test_the_url_parser_and_the_api_follow_the_specs():
    keys = [spec.key for spec in facets.FACETS]
    assert [name for name in finder_parameters() if name in keys] == keys
    documented = [param["name"] for param in finder_params()]
    for name in [*keys, *facets.date_params(), *(spec.key for spec in facets.FLAGS)]:
        assert name in documented, name
