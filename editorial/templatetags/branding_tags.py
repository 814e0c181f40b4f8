"""The platform's name in the admin's own templates (login, title, logo): WAGTAIL_SITE_NAME."""

from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def platform_name():
    return settings.WAGTAIL_SITE_NAME
