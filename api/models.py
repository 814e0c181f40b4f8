"""When public content last changed: the Last-Modified of API responses, feeds and sitemaps."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ContentChange(models.Model):
    """A single row, touched by signals whenever content that the API can show is saved."""

    changed_at = models.DateTimeField(_("laatst gewijzigd"), default=timezone.now)

    class Meta:
        verbose_name = _("laatste wijziging van de inhoud")
        verbose_name_plural = _("laatste wijzigingen van de inhoud")

    def __str__(self):
        return str(self.changed_at)

    @classmethod
    def touch(cls):
        now = timezone.now()
        if not cls.objects.filter(pk=1).update(changed_at=now):
            cls.objects.update_or_create(pk=1, defaults={"changed_at": now})

    @classmethod
    def last_changed(cls):
        row = cls.objects.filter(pk=1).values_list("changed_at", flat=True).first()
        return row
