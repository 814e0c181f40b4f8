"""Dates editors type: a year, a month or a day, possibly "ca."; anything else is refused in
Dutch and never replaced by another date."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from offerings.dates import PARTIAL_DATE_PATTERN, PartialDate, parse_partial_date


@pytest.mark.parametrize(
    ("typed", "stored", "label", "iso"),
    [
        ("2015", "2015", "2015", "2015"),
        ("ca. 2015", "2015~", "ca. 2015", "2015"),
        ("circa 2015", "2015~", "ca. 2015", "2015"),
        ("Ca 2015", "2015~", "ca. 2015", "2015"),
        ("2015~", "2015~", "ca. 2015", "2015"),
        ("maart 2015", "2015-03", "maart 2015", "2015-03"),
        ("mrt. 2015", "2015-03", "maart 2015", "2015-03"),
        ("03-2015", "2015-03", "maart 2015", "2015-03"),
        ("14 maart 2015", "2015-03-14", "14 maart 2015", "2015-03-14"),
        ("14-03-2015", "2015-03-14", "14 maart 2015", "2015-03-14"),
        ("1-1-2015", "2015-01-01", "1 januari 2015", "2015-01-01"),
        ("01/01/2015", "2015-01-01", "1 januari 2015", "2015-01-01"),
        ("2015-03-14", "2015-03-14", "14 maart 2015", "2015-03-14"),
        ("  2015-03 ", "2015-03", "maart 2015", "2015-03"),
        ("ca. september 2019", "2019-09~", "ca. september 2019", "2019-09"),
    ],
)
def test_readable_dates_keep_their_precision(typed, stored, label, iso):
    value = parse_partial_date(typed)
    assert (str(value), value.label, value.iso) == (stored, label, iso)
    assert parse_partial_date(value.label) == value  # what the form shows reads back the same


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("vorig jaar", "Deze datum kunnen we niet lezen"),
        ("15", "Deze datum kunnen we niet lezen"),
        ("2015-2016", "Deze datum kunnen we niet lezen"),
        ("31-02-2015", "Deze datum bestaat niet: 31-02-2015."),
        ("14-13-2015", "Deze datum bestaat niet"),
        ("ca. 1066", "Het jaar 1066 klopt niet"),
        ("", "Deze datum kunnen we niet lezen"),
    ],
)
def test_unreadable_dates_are_refused_in_dutch(typed, message):
    with pytest.raises(ValidationError) as error:
        parse_partial_date(typed)
    assert message in error.value.messages[0]


def test_the_form_field_takes_long_dutch_dates():
    from offerings.models import PublicationPage

    field = PublicationPage._meta.get_field("published").formfield()
    assert field.widget.attrs["maxlength"] == "40"
    assert field.clean("ca. 14 september 2015") == "2015-09-14~"


def test_partial_dates_sort_by_date_and_give_their_first_day():
    values = [PartialDate(v) for v in ["2016", "2015-03-14", "2015~", "2014-12"]]
    assert sorted(values, reverse=True)[0] == "2016"
    assert sorted(values)[0] == "2014-12"
    assert PartialDate("2015-03").first_day == datetime.date(2015, 3, 1)
    with pytest.raises(ValueError):
        PartialDate("2015-02-30")


def test_the_browser_pattern_accepts_what_the_server_reads():
    """The HTML pattern is an independent copy of the grammar: check both agree on samples."""
    import re

    pattern = re.compile(PARTIAL_DATE_PATTERN)
    for typed in ["2015", "ca. 2015", "Maart 2015", "14 maart 2015", "14-03-2015", "2015-03-14", "03-2015"]:
        assert pattern.fullmatch(typed), typed
        parse_partial_date(typed)
    for typed in ["vorig jaar", "15", "2015-2016", "ca 20 15"]:
        assert not pattern.fullmatch(typed), typed
        with pytest.raises(ValidationError):
            parse_partial_date(typed)


def test_admin_date_pickers_never_replace_what_was_typed():
    """Wagtail's picker replaces unreadable text by now on blur unless validateOnBlur is off."""
    from offerings.models import TrainingPage

    form_class = TrainingPage.get_edit_handler().get_form_class()
    session_form = form_class.formsets["sessions"].form
    for name in ("start_date", "end_date", "registration_deadline"):
        widget = session_form.base_fields[name].widget
        assert widget.get_config()["validateOnBlur"] is False, name
