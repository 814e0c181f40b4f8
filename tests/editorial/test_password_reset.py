"""Issue 12 F: password reset mails are throttled (10 requests sent 10 mails to one user)."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse

from editorial.security import PASSWORD_RESET_MAILS_PER_ADDRESS, PASSWORD_RESET_REQUESTS_PER_CLIENT


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def ask_reset(client, email, address="192.0.2.10"):
    return client.post(reverse("wagtailadmin_password_reset"), {"email": email}, REMOTE_ADDR=address)


@pytest.mark.django_db
def test_ten_requests_send_at_most_the_limit_of_mails(client):
    for _ in range(10):
        response = ask_reset(client, "vng-redacteur@example.org")
        assert response.status_code == 302  # the same "mail is on its way" page every time
    assert len(mail.outbox) == PASSWORD_RESET_MAILS_PER_ADDRESS
    assert all(message.to == ["vng-redacteur@example.org"] for message in mail.outbox)


@pytest.mark.django_db
def test_limit_is_per_client_and_address(client):
    for _ in range(PASSWORD_RESET_MAILS_PER_ADDRESS + 2):
        ask_reset(client, "vng-redacteur@example.org")
    ask_reset(client, "vng-redacteur@example.org", address="198.51.100.7")
    ask_reset(client, "kis-redacteur@example.org")
    assert len(mail.outbox) == PASSWORD_RESET_MAILS_PER_ADDRESS + 2


@pytest.mark.django_db
def test_one_client_cannot_mail_many_addresses_without_limit(client, django_user_model):
    users = django_user_model.objects.exclude(email="").filter(is_active=True).order_by("pk")
    emails = list(users.values_list("email", flat=True)[: PASSWORD_RESET_REQUESTS_PER_CLIENT + 5])
    assert len(emails) > PASSWORD_RESET_REQUESTS_PER_CLIENT
    for email in emails:
        ask_reset(client, email)
    assert len(mail.outbox) <= PASSWORD_RESET_REQUESTS_PER_CLIENT
