"""Authentication that never accepts the published demo password."""

from django.conf import settings
from django.contrib.auth.backends import ModelBackend


class RefuseDemoPasswordBackend(ModelBackend):
    """The demo password is public (README); outside dev it must never log anyone in."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if password == settings.DEMO_PASSWORD and not getattr(settings, "ALLOW_DEMO_PASSWORD", False):
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
