import pytest
from django.core.exceptions import ImproperlyConfigured

from stabiliteit.settings.email_url import parse_email_url


def test_smtp_url_is_parsed():
    config = parse_email_url("smtp://user%40x:p%2Fw@mail.example.org:587?tls=1")
    assert config["EMAIL_HOST"] == "mail.example.org"
    assert config["EMAIL_PORT"] == 587
    assert config["EMAIL_HOST_USER"] == "user@x"
    assert config["EMAIL_HOST_PASSWORD"] == "p/w"
    assert config["EMAIL_USE_TLS"] is True


def test_unknown_scheme_is_refused():
    with pytest.raises(ImproperlyConfigured):
        parse_email_url("ftp://host")
