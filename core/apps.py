from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The kernel below every app: who is who, the one visibility rule, rate limits, counters,
    the client's address and absolute URLs. It imports no project app."""

    name = "core"
