"""Links found in live pages, their latest status and a short history of checks.

A Link is one URL, shared by every page that points to it, so a URL is checked once per run
however many offerings use it. PageLink says which page holds it and in which field.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

HISTORY_PER_LINK = 20  # checks kept per link; older ones are pruned after each run


class Link(models.Model):
    url = models.URLField(_("webadres"), max_length=2000, unique=True)
    ok = models.BooleanField(_("werkt"), null=True, help_text=_("Leeg: nog niet gecontroleerd."))
    status_code = models.PositiveSmallIntegerField(_("HTTP-status"), null=True, blank=True)
    error = models.CharField(_("fout"), max_length=200, blank=True)
    final_url = models.URLField(_("doorgestuurd naar"), max_length=2000, blank=True)
    checked_at = models.DateTimeField(_("laatst gecontroleerd"), null=True, blank=True, db_index=True)
    broken_since = models.DateTimeField(_("kapot sinds"), null=True, blank=True)
    failures = models.PositiveIntegerField(_("keer achter elkaar kapot"), default=0)

    class Meta:
        verbose_name = _("link")
        verbose_name_plural = _("links")

    def __str__(self):
        return self.url

    @property
    def problem(self):
        """A Dutch description of what is wrong, for editors."""
        if self.ok is not False:
            return ""
        if self.error:
            return self.error
        return _("De server antwoordt met foutcode %(code)s.") % {"code": self.status_code}


class LinkCheck(models.Model):
    link = models.ForeignKey(Link, on_delete=models.CASCADE, related_name="checks", verbose_name=_("link"))
    checked_at = models.DateTimeField(_("gecontroleerd op"), db_index=True)
    method = models.CharField(_("methode"), max_length=4)
    ok = models.BooleanField(_("werkt"))
    status_code = models.PositiveSmallIntegerField(_("HTTP-status"), null=True, blank=True)
    redirect_status = models.PositiveSmallIntegerField(_("eerste doorverwijzing"), null=True, blank=True)
    error = models.CharField(_("fout"), max_length=200, blank=True)
    final_url = models.URLField(_("doorgestuurd naar"), max_length=2000, blank=True)
    elapsed_ms = models.PositiveIntegerField(_("duur (ms)"), default=0)

    class Meta:
        verbose_name = _("linkcontrole")
        verbose_name_plural = _("linkcontroles")
        ordering = ["-checked_at", "-pk"]

    def __str__(self):
        return f"{self.link.url} {self.checked_at:%Y-%m-%d %H:%M} {self.status_code or self.error}"


class PageLink(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="checked_links", verbose_name=_("pagina")
    )
    link = models.ForeignKey(
        Link, on_delete=models.CASCADE, related_name="page_links", verbose_name=_("link")
    )
    field = models.CharField(_("veld"), max_length=100)

    class Meta:
        verbose_name = _("link op een pagina")
        verbose_name_plural = _("links op pagina's")
        constraints = [
            models.UniqueConstraint(fields=["page", "link", "field"], name="one_pagelink_per_field")
        ]

    def __str__(self):
        return f"{self.page_id} {self.field}: {self.link.url}"
