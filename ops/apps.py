from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Operations: client address behind a proxy, request ids and JSON logs, the health
    endpoint, backup/restore and the production system checks (docs/deploy.md)."""

    name = "ops"
    verbose_name = "Beheer en bedrijfsvoering"

    def ready(self):
        from ops import checks  # noqa: F401 (registers the system checks)
