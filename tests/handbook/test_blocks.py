"""Every handbook block: how it renders and how it validates (in Dutch)."""

from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.db.models.sql.compiler import SQLCompiler
from django.test import RequestFactory
from wagtail.blocks.struct_block import StructBlockValidationError

from core.baseurl import page_url
from handbook import blocks
from offerings.models import ContactPointPage, PublicationPage, TrainingPage


def messages(exc):
    """All messages of a (nested) block validation error, flattened."""
    found = []
    if isinstance(exc, StructBlockValidationError):
        for error in exc.non_block_errors.as_data():
            found.extend(error.messages)
        for error in exc.block_errors.values():
            found.extend(messages(error))
    else:
        found.extend(exc.messages)
    return found


def clean_errors(block, raw):
    with pytest.raises(ValidationError) as info:
        block.clean(block.to_python(raw))
    return messages(info.value)


@pytest.fixture
def request_context(rf=None):
    return {"request": RequestFactory().get("/")}


# Section heading ----------------------------------------------------------------------------
def test_heading_renders_h2_with_anchor_from_text():
    block = blocks.SectionHeadingBlock()
    html = block.render(block.to_python({"heading": "Wat ziet u?", "anchor": ""}))
    assert (
        html.strip()
        == '<h2 id="wat-ziet-u" class="nl-heading nl-heading--level-2 handbook-heading">Wat ziet u?</h2>'
    )


def test_heading_uses_explicit_anchor():
    block = blocks.SectionHeadingBlock()
    html = block.render(block.to_python({"heading": "Wat ziet u?", "anchor": "signalen"}))
    assert 'id="signalen"' in html


@pytest.mark.parametrize("anchor", ["Met Hoofdletters", "1-begint-met-cijfer", "spatie erin", "é"])
def test_heading_rejects_bad_anchor(anchor):
    errors = clean_errors(blocks.SectionHeadingBlock(), {"heading": "Kop", "anchor": anchor})
    assert any("kleine letters, cijfers en streepjes" in m for m in errors)


def test_heading_api_gives_the_rendered_anchor():
    block = blocks.SectionHeadingBlock()
    data = block.get_api_representation(block.to_python({"heading": "Wat ziet u?", "anchor": ""}))
    assert data == {"heading": "Wat ziet u?", "anchor": "wat-ziet-u"}


def test_heading_accepts_good_anchor():
    block = blocks.SectionHeadingBlock()
    assert (
        block.clean(block.to_python({"heading": "Kop", "anchor": "goed-anker-2"}))["anchor"] == "goed-anker-2"
    )


# Analysis text ------------------------------------------------------------------------------
def test_analysis_text_renders_rich_text():
    block = blocks.AnalysisTextBlock()
    html = block.render(block.to_python("<p>Een <b>vette</b> zin.</p>"))
    assert '<div class="handbook-text"><p>Een <b>vette</b> zin.</p></div>' in html


def test_analysis_text_feature_set_is_restricted():
    block = blocks.AnalysisTextBlock()
    assert set(block.features) == {"bold", "italic", "link", "ul", "ol"}
    assert "h2" not in block.features and "image" not in block.features


def test_analysis_text_is_required():
    with pytest.raises(ValidationError) as info:
        blocks.AnalysisTextBlock().clean(blocks.AnalysisTextBlock().to_python(""))
    assert "Dit is een verplicht veld." in info.value.messages


# Key points ---------------------------------------------------------------------------------
def test_key_points_render_as_list():
    block = blocks.KeyPointsBlock()
    html = block.render(block.to_python({"title": "Kernpunten", "points": ["Eén", "Twee"]}))
    assert '<h3 class="nl-heading nl-heading--level-3 handbook-block__title">Kernpunten</h3>' in html
    item = '<li class="utrecht-unordered-list__item">'
    assert f"{item}Eén</li>{item}Twee</li>" in html


def test_key_points_need_two_and_at_most_eight():
    block = blocks.KeyPointsBlock()
    assert any("minstens twee kernpunten" in m for m in clean_errors(block, {"title": "K", "points": ["x"]}))
    many = {"title": "K", "points": [f"punt {i}" for i in range(9)]}
    assert any("hoogstens acht" in m for m in clean_errors(block, many))
    assert block.clean(block.to_python({"title": "K", "points": ["a", "b"]}))


# Publication analysis -----------------------------------------------------------------------
@pytest.mark.django_db
def test_publication_analysis_renders_publication_and_sections(request_context):
    publication = PublicationPage.objects.live().first()
    block = blocks.PublicationAnalysisBlock()
    value = block.to_python(
        {
            "publication": publication.pk,
            "analysis": "<p>Wat erin staat.</p>",
            "meaning": "<p>Wat het betekent.</p>",
            "pull_quote": "Een zin uit de publicatie.",
        }
    )
    html = block.render(value, request_context)
    assert f'id="publicatie-{publication.pk}"' in html
    assert f'href="{publication.url}"' in html
    assert "Wat erin staat." in html and "Wat het betekent." in html
    assert "Wat betekent dit voor uw gemeente?" in html
    assert (
        '<blockquote class="pull-quote"><p class="nl-paragraph">“Een zin uit de publicatie.”</p></blockquote>'
        in html
    )


@pytest.mark.django_db
def test_publication_analysis_without_quote_has_no_blockquote(request_context):
    publication = PublicationPage.objects.live().first()
    block = blocks.PublicationAnalysisBlock()
    raw = {"publication": publication.pk, "analysis": "<p>a</p>", "meaning": "<p>b</p>", "pull_quote": ""}
    assert "blockquote" not in block.render(block.to_python(raw), request_context)


@pytest.mark.django_db
def test_publication_analysis_renders_nothing_for_unpublished_or_deleted(request_context):
    publication = PublicationPage.objects.live().first()
    block = blocks.PublicationAnalysisBlock()
    raw = {"publication": publication.pk, "analysis": "<p>a</p>", "meaning": "<p>b</p>", "pull_quote": ""}
    publication.unpublish()
    assert block.render(block.to_python(raw), request_context) == ""
    assert block.render(block.to_python({**raw, "publication": 999_999}), request_context) == ""


@pytest.mark.django_db
def test_publication_analysis_validation():
    block = blocks.PublicationAnalysisBlock()
    publication = PublicationPage.objects.live().first()
    raw = {"publication": None, "analysis": "<p>a</p>", "meaning": "<p>b</p>", "pull_quote": ""}
    assert "Kies de publicatie die u in deze analyse bespreekt." in clean_errors(block, raw)
    quoted = {**raw, "publication": publication.pk, "pull_quote": "“Tussen aanhalingstekens”"}
    assert any("aanhalingstekens" in m for m in clean_errors(block, quoted))
    too_long = {**raw, "publication": publication.pk, "analysis": "<p>" + "x" * 1300 + "</p>"}
    assert clean_errors(block, too_long)
    assert block.clean(block.to_python({**raw, "publication": publication.pk}))


@pytest.mark.django_db
def test_publication_chooser_is_limited_to_publications():
    chooser = blocks.PublicationAnalysisBlock().child_blocks["publication"]
    assert chooser.target_models == [PublicationPage]


@pytest.mark.django_db
def test_publication_analysis_api_representation():
    publication = PublicationPage.objects.live().first()
    block = blocks.PublicationAnalysisBlock()
    raw = {"publication": publication.pk, "analysis": "<p>a</p>", "meaning": "<p>b</p>", "pull_quote": "q"}
    data = block.get_api_representation(block.to_python(raw))
    assert data["publication"] == {
        "id": publication.pk,
        "title": publication.title,
        "url": page_url(publication),
    }
    assert data["anchor"] == f"publicatie-{publication.pk}"
    assert data["pull_quote"] == "q" and data["analysis"] == "<p>a</p>"
    publication.unpublish()
    assert block.get_api_representation(block.to_python(raw))["publication"] is None


# Case example -------------------------------------------------------------------------------
CASE = {
    "title": "Een loket dat luistert",
    "setting": "Een kleine gemeente in het noorden",
    "situation": "<p>Veel klachten.</p>",
    "approach": "<p>Spreekuren in de dorpen.</p>",
    "lesson": "Luisteren helpt.",
    "anonymised": True,
}


def test_case_example_renders_steps():
    block = blocks.CaseExampleBlock()
    html = block.render(block.to_python(CASE))
    assert "Praktijkvoorbeeld:</span> Een loket dat luistert" in html
    assert "Een kleine gemeente in het noorden" in html
    for label in ("De situatie", "Wat deed de gemeente?", "Wat kunt u hiervan leren?"):
        assert f"<dt>{label}</dt>" in html


def test_case_example_must_be_confirmed_anonymous():
    errors = clean_errors(blocks.CaseExampleBlock(), {**CASE, "anonymised": False})
    assert "Bevestig dat het voorbeeld geanonimiseerd is voordat u het publiceert." in errors


@pytest.mark.parametrize("field", ["setting", "situation", "approach", "lesson"])
def test_case_example_refuses_a_named_municipality(field):
    value = (
        "<p>In de gemeente Zwolle ging het mis.</p>"
        if field in ("situation", "approach")
        else ("De gemeente Zwolle")
    )
    errors = clean_errors(blocks.CaseExampleBlock(), {**CASE, field: value})
    assert any("Noem geen gemeentenaam" in m for m in errors)


def test_case_example_valid():
    block = blocks.CaseExampleBlock()
    assert block.clean(block.to_python(CASE))["anonymised"] is True


# Signals ------------------------------------------------------------------------------------
def test_signals_render():
    block = blocks.SignalsBlock()
    html = block.render(block.to_python({"title": "Signalen", "intro": "Let op:", "signals": ["Geruchten"]}))
    assert (
        '<p class="nl-paragraph">Let op:</p>' in html
        and '<li class="utrecht-unordered-list__item">Geruchten</li>' in html
    )


def test_signals_validation():
    block = blocks.SignalsBlock()
    assert "Noem minstens één signaal." in clean_errors(block, {"title": "S", "intro": "", "signals": []})
    duplicate = {"title": "S", "intro": "", "signals": ["Geruchten", "geruchten"]}
    assert any("twee keer" in m for m in clean_errors(block, duplicate))


# Dilemma ------------------------------------------------------------------------------------
DILEMMA = {
    "question": "Zelf organiseren?",
    "side_a_title": "Ja",
    "side_a": "Dan is het serieus.",
    "side_b_title": "Nee",
    "side_b": "Dan komt iedereen.",
    "consideration": "Kijk naar het onderwerp.",
}


def test_dilemma_renders_both_sides():
    block = blocks.DilemmaBlock()
    html = block.render(block.to_python(DILEMMA))
    assert "Dilemma:</span> Zelf organiseren?" in html
    assert "Dan is het serieus." in html and "Dan komt iedereen." in html
    assert "Om mee te wegen:" in html


def test_dilemma_needs_two_different_sides():
    block = blocks.DilemmaBlock()
    assert any("eigen kop" in m for m in clean_errors(block, {**DILEMMA, "side_b_title": "ja"}))
    assert any(
        "dezelfde toelichting" in m for m in clean_errors(block, {**DILEMMA, "side_b": "Dan is het serieus."})
    )


# Further reading ----------------------------------------------------------------------------
@pytest.mark.django_db
def test_further_reading_renders_internal_and_external(request_context):
    training = TrainingPage.objects.live().first()
    contact = ContactPointPage.objects.live().first()
    block = blocks.FurtherReadingBlock()
    raw = {
        "title": "Verder lezen",
        "items": [
            {"type": "internal", "value": {"page": training.pk, "note": "Goede training."}},
            {"type": "internal", "value": {"page": contact.pk, "note": ""}},
            {
                "type": "external",
                "value": {"title": "Extern", "url": "https://example.org/x", "source": "Bron", "note": ""},
            },
        ],
    }
    html = block.render(block.to_python(raw), request_context)
    assert f'href="{training.url}"' in html and "Goede training." in html
    assert f'href="{contact.url}"' in html and "(contactpunt)" in html
    assert (
        '<a class="nl-link" href="https://example.org/x">Extern</a> <span class="site-meta">(Bron)</span>'
        in html
    )


@pytest.mark.django_db
def test_further_reading_leaves_out_unpublished_pages(request_context):
    training = TrainingPage.objects.live().first()
    block = blocks.FurtherReadingBlock()
    raw = {"title": "Verder", "items": [{"type": "internal", "value": {"page": training.pk, "note": ""}}]}
    training.unpublish()
    assert block.render(block.to_python(raw), request_context) == ""


def test_further_reading_validation():
    block = blocks.FurtherReadingBlock()
    assert any("minstens één bron" in m for m in clean_errors(block, {"title": "V", "items": []}))
    external = blocks.ExternalReadingBlock()
    raw = {"title": "X", "url": "ftp://example.org/x", "source": "Bron", "note": ""}
    assert any("https://" in m for m in clean_errors(external, raw))


@pytest.mark.django_db
def test_further_reading_chooser_limited_to_offerings():
    chooser = blocks.InternalReadingBlock().child_blocks["page"]
    assert set(chooser.target_models) == {PublicationPage, TrainingPage, ContactPointPage}


# Callout ------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind,label", [("tip", "Tip"), ("let-op", "Let op"), ("belangrijk", "Belangrijk")])
def test_callout_renders_kind(kind, label):
    block = blocks.CalloutBlock()
    html = block.render(block.to_python({"kind": kind, "title": "Kop", "text": "<p>Tekst.</p>"}))
    assert f'class="handbook-block callout callout--{kind}" role="note"' in html
    assert f"<strong>{label}: Kop</strong>" in html and "<p>Tekst.</p>" in html


def test_callout_validation():
    block = blocks.CalloutBlock()
    assert clean_errors(block, {"kind": "onbekend", "title": "", "text": "<p>x</p>"})
    assert clean_errors(block, {"kind": "tip", "title": "", "text": ""})


# Heading levels ----------------------------------------------------------------------------
def test_block_titles_follow_the_given_heading_level():
    block = blocks.SignalsBlock()
    value = block.to_python({"title": "S", "intro": "", "signals": ["x"]})
    assert "<h2 " in block.render(value, {"heading_level": 2})
    assert "<h3 " in block.render(value, {"heading_level": 3})


@pytest.mark.django_db
def test_the_pages_blocks_point_at_are_read_without_building_their_sql_again():
    """A chapter's analysed publications (with their form) and further reading read in bulk
    with their SQL built once per number of pages (issue 23, "Cheaper misses"): whole
    publications, the further reading as its specific class."""
    publications = list(PublicationPage.objects.live().order_by("pk")[:4])
    training, contact = TrainingPage.objects.live().first(), ContactPointPage.objects.live().first()
    chooser = blocks.PublicationAnalysisBlock().child_blocks["publication"]
    reading = blocks.InternalReadingBlock().child_blocks["page"]
    chooser.bulk_to_python([publications[0].pk, publications[1].pk])
    reading.bulk_to_python([training.pk, contact.pk])
    with mock.patch.object(SQLCompiler, "as_sql", side_effect=AssertionError("SQL built again")):
        found = chooser.bulk_to_python([publications[2].pk, publications[3].pk, publications[2].pk])
        pages = reading.bulk_to_python([contact.pk, training.pk])
    assert [page.pk for page in found] == [publications[2].pk, publications[3].pk, publications[2].pk]
    assert found[0] is not found[2] and found[0].get_deferred_fields() == set()
    assert found[1].form.pk == publications[3].form_id and found[1].credit == publications[3].credit
    assert [type(page) for page in pages] == [ContactPointPage, TrainingPage]
    assert [(page.pk, page.title, page.url) for page in pages] == [
        (contact.pk, contact.title, contact.url),
        (training.pk, training.title, training.url),
    ]
