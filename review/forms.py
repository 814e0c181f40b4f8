from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from partners.models import PartnerPage
from review.models import ReviewRound, RoundStatus
from review.services import MAX_NOTE_LENGTH


class ReviewRoundForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "partners" in self.fields:
            self.fields["partners"].queryset = PartnerPage.objects.order_by("abbreviation")
        if "all_partners" in self.fields:
            self.fields["all_partners"].help_text = one_round_rule()
        if "grace_days" in self.fields:
            self.fields["grace_days"].required = False  # empty: the default

    def clean_grace_days(self):
        value = self.cleaned_data.get("grace_days")
        return ReviewRound._meta.get_field("grace_days").default if value is None else value

    def clean_deadline(self):
        deadline = self.cleaned_data["deadline"]
        if deadline < timezone.localdate():
            raise forms.ValidationError(_("De uiterste datum ligt in het verleden. Kies vandaag of later."))
        return deadline

    def clean(self):
        cleaned = super().clean()
        if "all_partners" in self.fields and not cleaned.get("all_partners") and not cleaned.get("partners"):
            self.add_error("partners", _("Kies minstens één partner, of vink 'alle partners' aan."))
        return cleaned


def one_round_rule():
    """The rule as the form states it, with the rounds that are open now."""
    rule = str(_("Per partner kan één ronde tegelijk open zijn."))
    open_rounds = []
    for review_round in ReviewRound.objects.filter(status=RoundStatus.OPEN).prefetch_related("partners"):
        scope = (
            str(_("alle partners"))
            if review_round.all_partners
            else ", ".join(p.abbreviation for p in review_round.partners.all())
        )
        open_rounds.append(f"'{review_round.name}' ({scope})")
    if not open_rounds:
        return rule + " " + str(_("Er is nu geen ronde open."))
    return rule + " " + str(_("Nu open: %(rounds)s.")) % {"rounds": "; ".join(open_rounds)}


class ActionNoteForm(forms.Form):
    note = forms.CharField(
        label=_("Notitie (optioneel)"),
        required=False,
        max_length=MAX_NOTE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Bijvoorbeeld waarom het aanbod nog klopt of wat er verandert."),
    )
