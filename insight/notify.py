"""Mails about reported needs ("Mist u iets?"): Coördinatie hears of each new report; a
report handed to a partner goes to that partner's editors. The reporter's e-mail address is
never passed on."""

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils.translation import gettext as _

from core.baseurl import admin_url
from core.roles import COORDINATION_GROUP, editors_group_name, final_editors_group_name, member_emails


def _body(report, intro):
    lines = [
        intro,
        "",
        report.description,
        "",
        f"{_('Thema')}: {report.theme.name if report.theme else '-'}",
        f"{_('Gemeente')}: {report.municipality or '-'}",
        f"{_('Zoekvraag in de zoeker')}: {report.query or '-'}",
        "",
        admin_url(reverse("insight_missingofferreport_modeladmin_inspect", args=[report.pk])),
        "",
        _("Dit is een automatisch bericht van Maatschappelijke stabiliteit."),
    ]
    return "\n".join(lines)


def notify_coordination(report):
    recipients = member_emails([COORDINATION_GROUP])
    if not recipients:
        return 0
    return send_mail(
        _("Nieuwe melding 'Mist u iets?'"),
        _body(report, _("Er is een nieuwe behoefte gemeld via 'Mist u iets?':")),
        settings.DEFAULT_FROM_EMAIL,
        recipients,
    )


def notify_partner(report):
    partner = report.partner
    recipients = member_emails(
        [editors_group_name(partner.abbreviation), final_editors_group_name(partner.abbreviation)]
    )
    if not recipients:
        return 0
    return send_mail(
        _("Coördinatie geeft een gemelde behoefte aan u door"),
        _body(
            report,
            _(
                "Coördinatie geeft deze melding aan %(partner)s door: heeft u aanbod dat hierbij "
                "past, of kunt u het maken?"
            )
            % {"partner": partner.title},
        ),
        settings.DEFAULT_FROM_EMAIL,
        recipients,
    )
