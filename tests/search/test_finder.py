"""The finder service and page: filters, disjunctive counts, questions, pins, expiry,
synonyms, "bedoelde u", drop-filter hints, query count."""

import datetime
import re

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from offerings.models import OfferingPage, TrainingPage
from search.finder import run_finder
from search.models import Synonym
from search.params import FinderQuery
from search.visibility import public_offerings
from taxonomy.models import Question, QuestionPick
from tests import engine_support

pytestmark = pytest.mark.django_db


def find(querystring, **kwargs):
    return run_finder(FinderQuery.from_querydict(QueryDict(querystring)), **kwargs)


def facet(result, name):
    return {value.slug: value for value in next(f for f in result.facets if f.name == name).values}


def live_ids(**filters):
    return set(public_offerings().filter(**filters).values_list("pk", flat=True))


def test_no_filters_lists_all_live_current_offerings():
    result = find("")
    assert result.total == len(live_ids())
    assert len(result.items) == 20
    titles = [item.title for item in result.items]
    assert titles == sorted(titles)


def test_values_within_a_facet_combine_with_or_and_facets_with_and():
    either = live_ids(themes__slug="polarisatie") | live_ids(themes__slug="radicalisering")
    assert find("thema=polarisatie&thema=radicalisering").total == len(either)
    both = either & live_ids(kind="training")
    assert find("thema=polarisatie&thema=radicalisering&soort=training").total == len(both)


def test_counts_are_disjunctive():
    result = find("thema=polarisatie&soort=training")
    themes, kinds = facet(result, "thema"), facet(result, "soort")
    trainings = live_ids(kind="training")
    # Within 'thema' the count ignores the theme selection, but respects 'soort'.
    assert themes["radicalisering"].count == len(trainings & live_ids(themes__slug="radicalisering"))
    assert kinds["publicatie"].count == len(
        live_ids(kind="publicatie") & live_ids(themes__slug="polarisatie")
    )
    assert themes["polarisatie"].selected and not themes["radicalisering"].selected


def test_selected_value_with_zero_results_stays_visible(client):
    empty_theme = "problematisch-gedrag"
    ids = live_ids(themes__slug=empty_theme)
    OfferingPage.objects.filter(pk__in=ids).update(cost="kosten")
    engine_support.reindex(ids)
    response = client.get("/aanbod/", {"thema": empty_theme, "kosten": "gratis"})
    value = facet(response.context["result"], "thema")[empty_theme]
    assert value.selected and value.count == 0
    assert f'id="f-thema-{empty_theme}"' in response.content.decode()


def test_chips_summary_and_clear_link(client):
    response = client.get("/aanbod/", {"q": "radicalisering", "thema": ["polarisatie", "extremisme"]})
    body = response.content.decode()
    assert "Actieve filters: Thema: Polarisatie, Extremisme." in body
    assert 'href="?q=radicalisering&amp;thema=extremisme"' in body  # removes polarisatie
    assert "Wis alle filters" in body
    assert 'value="radicalisering"' in body


def test_expired_trainings_hidden_by_default_and_labelled_when_included(client):
    training = TrainingPage.objects.live().first()
    TrainingPage.objects.filter(pk=training.pk).update(
        start_date=datetime.date(2020, 1, 1), end_date=datetime.date(2020, 2, 1)
    )
    engine_support.reindex([training.pk])
    assert training.pk not in {item.pk for item in find(f"q={training.title}").items}
    response = client.get("/aanbod/", {"q": training.title, "verlopen": "1"})
    assert training.pk in {item.pk for item in response.context["result"].items}
    assert 'Afgelopen op <time datetime="2020-02-01">1 februari 2020</time>' in response.content.decode()
    assert OfferingPage.objects.filter(pk=training.pk).exists()  # nothing deleted


def test_sort_orders():
    newest = find("sorteer=nieuw").items
    dates = [item.first_published_at for item in newest]
    assert dates == sorted(dates, reverse=True)
    assert find("q=radicalisering").query.sort == "relevantie"


def test_paging_is_stable_and_complete():
    total = find("").total
    seen = []
    for page in range(1, -(-total // 20) + 1):
        seen += [item.pk for item in find(f"pagina={page}").items]
    assert len(seen) == len(set(seen)) == total


def test_api_style_offset_and_limit():
    result = find("", offset=5, limit=3)
    assert [item.pk for item in result.items] == [item.pk for item in find("").items[5:8]]
    assert (result.offset, result.limit) == (5, 3)


def test_question_applies_its_filters_and_puts_picks_on_top(client):
    question = Question.objects.get(slug="rol-jongerenwerk")
    result = find("vraag=rol-jongerenwerk")
    assert set(result.query.filters["thema"]) == set(question.themes.values_list("slug", flat=True))
    picks = list(question.picks.order_by("sort_order").values_list("offering_id", flat=True))
    assert picks
    assert [item.pk for item in result.items[: len(picks)]] == picks
    assert result.pinned_ids == set(picks)
    body = client.get("/aanbod/", {"vraag": "rol-jongerenwerk"}).content.decode()
    assert question.question in body
    assert "Uitgelicht" in body
    assert 'name="vraag" value="rol-jongerenwerk"' in body


def test_question_with_explicit_filters_keeps_the_users_filters():
    result = find("vraag=rol-jongerenwerk&soort=publicatie")
    assert result.query.filters == {"soort": ("publicatie",)}


def test_new_pick_is_shown_first():
    question = Question.objects.get(slug="samenleving-met-veerkracht")
    target = public_offerings().filter(themes__slug="inclusie").order_by("-title").first()
    QuestionPick.objects.create(question=question, offering=target, sort_order=-1)
    assert find("vraag=samenleving-met-veerkracht").items[0].pk == target.pk


def test_home_links_questions_to_the_finder(client):
    body = client.get("/").content.decode()
    assert "/aanbod/?vraag=rol-jongerenwerk" in body


def test_promoted_offering_for_a_query_comes_first():
    target = public_offerings().exclude(title__icontains="polaris").order_by("title").last()
    SearchPromotion.objects.create(
        query=Query.objects.create(query_string="polarisatie"), page=target, sort_order=0
    )
    result = find("q=Polarisatie")
    assert result.items[0].pk == target.pk
    assert target.pk in result.pinned_ids


def test_synonyms_widen_the_query():
    before = find("q=tegenstellingen").total
    polarisation = find("q=polarisatie").total
    assert before >= polarisation > 0  # the demo synonym group links them
    Synonym.objects.all().delete()
    assert find("q=tegenstellingen").total < before


def test_editor_added_synonym_takes_effect():
    assert find("q=zeldzaamsynoniem").total == 0
    Synonym.objects.create(terms="zeldzaamsynoniem, extremisme")
    assert find("q=zeldzaamsynoniem").total == find("q=extremisme").total > 0


def test_did_you_mean_from_the_catalogue_vocabulary(client):
    result = find("q=radicalisring")
    assert result.total == 0
    assert result.suggestion == "radicalisering"
    body = client.get("/aanbod/", {"q": "polarisatei"}).content.decode()
    assert "Bedoelde u:" in body and "polarisatie" in body


def test_no_suggestion_for_gibberish():
    assert find("q=qqxxzzvv").suggestion == ""


def test_zero_results_offer_filters_to_drop(client):
    theme_ids = live_ids(themes__slug="extremisme")
    OfferingPage.objects.filter(pk__in=theme_ids).update(cost="gratis")
    engine_support.reindex(theme_ids)
    querystring = "q=radicalisering&thema=extremisme&kosten=kosten"
    result = find(querystring)
    assert result.total == 0
    labels = {hint.label for hint in result.hints}
    assert "Zonder filter 'Kosten'" in labels
    for hint in result.hints:
        assert find(hint.querystring).total == hint.count > 0
    body = client.get("/aanbod/?" + querystring).content.decode()
    assert "U vindt wel aanbod als u iets weglaat" in body


def test_query_count_does_not_grow_with_page_size_or_selected_values():
    def count(querystring, limit):
        """Queries of one finder run, less the one for trainings' sessions: that is read once
        for the page, and only when the page holds a training (search/finder.py)."""
        with CaptureQueriesContext(connection) as ctx:
            items = find(querystring, limit=limit).items
        return len(ctx.captured_queries) - int(any(item.kind == "training" for item in items))

    count("", 1)  # the facet index built (it reads the sessions of all trainings once)
    small = count("thema=polarisatie", 5)
    assert count("thema=polarisatie", 50) == small
    assert count("thema=polarisatie&thema=radicalisering&thema=extremisme&thema=inclusie", 50) == small
    assert count("q=radicalisering&thema=polarisatie", 5) == count("q=radicalisering&thema=polarisatie", 50)


def test_restricted_and_draft_offerings_never_show():
    from wagtail.models import PageViewRestriction

    hidden = OfferingPage.objects.live().order_by("title").first()
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    draft = OfferingPage.objects.live().order_by("title").last()
    draft.unpublish()
    ids = {item.pk for item in find("", limit=500).items}
    assert hidden.pk not in ids and draft.pk not in ids


@pytest.mark.django_db
def test_finder_offers_missing_offer_form_with_the_query(client):
    body = client.get("/aanbod/", {"q": "zzzonvindbaarzzz"}).content.decode()
    assert "Mist u iets?" in body
    assert 'href="/mist-u-iets/?q=zzzonvindbaarzzz"' in body


def test_an_unpublished_offering_is_neither_found_nor_counted_by_text(make_offering):
    page = make_offering("Zeldzaamwoord in een aanbod")
    assert [item.pk for item in find("q=zeldzaamwoord").items] == [page.pk]
    page.unpublish()
    result = find("q=zeldzaamwoord")
    assert result.total == 0 and result.items == []
    assert all(value.count == 0 for facet in result.facets for value in facet.values)


# Region facet, trainings by period, "binnenkort" (issue 16) ---------------------------


def test_region_is_a_facet_with_landelijk_landsdelen_and_provinces():
    result = find("")
    regions = facet(result, "regio")
    assert {"landelijk", "noord-nederland", "zuid-nederland", "limburg", "gelderland"} <= set(regions)
    assert regions["landelijk"].count == len(live_ids(region="landelijk"))
    ticked = find("regio=gelderland&regio=limburg")
    assert ticked.total == len(live_ids(region__in=["gelderland", "limburg"]))
    assert all(item.region in {"gelderland", "limburg"} for item in ticked.items)


def test_added_says_what_ticking_a_value_adds():
    one = find("thema=polarisatie")
    added = facet(one, "thema")["extremisme"].added
    both = find("thema=polarisatie&thema=extremisme")
    assert added is not None and both.total == one.total + added
    assert facet(one, "thema")["polarisatie"].added is None  # ticked values add nothing


def test_period_keeps_trainings_that_overlap_it_and_ongoing_ones():
    today = datetime.date.today()
    start, until = today + datetime.timedelta(days=30), today + datetime.timedelta(days=120)
    result = find(f"vanaf={start.isoformat()}&tot={until.isoformat()}", limit=200)
    trainings = TrainingPage.objects.live().filter(pk__in=live_ids()).prefetch_related("sessions")
    expected = {
        t.pk
        for t in trainings
        if not t.sessions.all()
        or any(s.start_date <= until and s.last_day >= start for s in t.sessions.all())
    }
    assert {item.pk for item in result.items} == expected
    assert expected and any(t.start_date is None for t in trainings.filter(pk__in=expected))
    assert result.query.sort == "binnenkort"


def test_period_between_two_sessions_does_not_count_the_training(training_with_two_sessions):
    """Sessions on day 40 and day 70: a period from day 50 to day 60 lies between them."""
    today = datetime.date.today()
    between = find(
        f"vanaf={(today + datetime.timedelta(days=50)).isoformat()}"
        f"&tot={(today + datetime.timedelta(days=60)).isoformat()}",
        limit=200,
    )
    assert training_with_two_sessions.pk not in {item.pk for item in between.items}
    second = find(f"vanaf={(today + datetime.timedelta(days=65)).isoformat()}", limit=200)
    assert training_with_two_sessions.pk in {item.pk for item in second.items}


def test_bad_or_reversed_dates_are_repaired_with_a_dutch_message():
    bad = find("vanaf=31-02-2027")
    assert bad.query.starts_from is None and bad.total == len(live_ids())
    assert any("De datum '31-02-2027' kennen we niet" in m for m in bad.messages)
    reversed_ = find("vanaf=2027-06-01&tot=2027-01-01")
    assert reversed_.query.starts_from == datetime.date(2027, 1, 1)
    assert any("omgedraaid" in m for m in reversed_.messages)
    assert find("vanaf=1-3-2027").query.starts_from == datetime.date(2027, 3, 1)


def test_binnenkort_puts_upcoming_trainings_first_soonest_first():
    today = datetime.date.today()
    result = find("soort=training", limit=200)
    assert result.query.sort == "binnenkort"  # the default for trainings only
    shown = TrainingPage.objects.filter(pk__in=[i.pk for i in result.items])
    sessions = {t.pk: t.upcoming_sessions(today) for t in shown}
    dated = [max(sessions[i.pk][0].start_date, today) for i in result.items if sessions[i.pk]]
    assert dated == sorted(dated)
    first_undated = next(i for i, item in enumerate(result.items) if item.start_date is None)
    assert all(item.start_date is None for item in result.items[first_undated:])
    with_ended = find("soort=training&verlopen=1", limit=200)
    ended = [i for i, item in enumerate(with_ended.items) if item.end_date and item.end_date < today]
    assert ended and min(ended) > max(i for i in range(len(with_ended.items)) if i not in ended)
    everything = find("sorteer=binnenkort", limit=200)
    kinds = [item.kind for item in everything.items]
    assert kinds.index("publicatie") > max(i for i, k in enumerate(kinds) if k == "training")


def test_zero_results_show_no_empty_filters_feed_link_or_sort(client):
    html = client.get("/aanbod/", {"q": "qqxxzzvv"}).content.decode()
    assert "Er is geen aanbod gevonden." in html
    legends = re.findall(r"<legend[^>]*>([^<]+)</legend>", html)
    # No empty facet headings; following the search stays possible (it may find something later).
    assert legends == ["Periode (trainingen)", "Afgelopen trainingen", "Hoe vaak?"]
    assert "feed/" not in html  # neither the link nor the <link rel="alternate">
    assert 'name="sorteer"' not in html.split('id="finder-sort-form"')[0]
    assert "Mist u iets?" in html


def test_site_search_offers_bedoelde_u_and_mist_u_iets(client):
    html = client.get("/zoeken/", {"q": "polarsatie"}).content.decode()
    assert "Bedoelde u:" in html
    assert 'href="?q=polarisatie"' in html
    assert "Mist u iets?" in html
    assert "/mist-u-iets/?" in html
