from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from offerings.owner import limit_owner_choices
from taxonomy.kinds import KIND_PLURALS


class OfferingPageForm(WagtailAdminPageForm):
    """Offers editors only the forms (vormen) that belong to this page type's kind."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        kind = getattr(self._meta.model, "KIND", None)
        if kind and "form" in self.fields:
            field = self.fields["form"]
            field.queryset = field.queryset.filter(kind=kind)
            field.empty_label = _("Kies een vorm")
            field.label_from_instance = lambda form: form.name  # the kind goes without saying
            # A form of another kind (only possible with a forged request) is not in the
            # queryset; say which forms are allowed instead of Django's generic message.
            field.error_messages["invalid_choice"] = _(
                "Deze vorm hoort niet bij %(kind)s. Kies een van de vormen in de lijst: %(forms)s."
            ) % {
                "kind": str(KIND_PLURALS[kind]).lower(),
                "forms": ", ".join(form.name for form in field.queryset),
            }
        limit_owner_choices(self, kwargs.get("parent_page"))


class PublicationPageForm(OfferingPageForm):
    """A publication names at least one author or publisher (as the old single field did)."""

    def clean(self):
        cleaned_data = super().clean()
        # The model's own rules run before the formsets reach the instance: tell it.
        self.instance.editions_in_form = self.names_someone("editions")
        self.instance.newest_edition_in_form = self.newest_edition()
        # An unreadable date has its own message; "fill in a date" would be a second one.
        self.instance.published_refused_in_form = "published" in self.errors
        if "publishers" in self.formsets and not any(map(self.names_someone, ("authors", "publishers"))):
            self.add_error(None, _("Vul minstens één auteur of uitgever in (onder 'Makers')."))
        return cleaned_data

    def newest_edition(self):
        """The newest date among the editions kept in the form (a periodical's date)."""
        formset = self.formsets.get("editions")
        dates = [
            form.cleaned_data["published"]
            for form in (formset.forms if formset is not None else [])
            if form.is_valid() and form.cleaned_data.get("published") and not form.cleaned_data.get("DELETE")
        ]
        return max(dates, key=lambda date: date.sort_key, default="")

    def names_someone(self, relation):
        """Does this inline formset keep at least one filled-in, not deleted row?"""
        formset = self.formsets.get(relation)
        if formset is None:
            return False
        for form in formset.forms:
            if not form.is_valid():
                return True  # an invalid row gets its own error; do not add a second one
            if (form.instance.pk or form.has_changed()) and not form.cleaned_data.get("DELETE"):
                return True
        return False


class TrainingPageForm(OfferingPageForm):
    """ "Werkvorm" is required to submit, and the form says so (an asterisk); a draft may still
    leave it open (Wagtail defers required fields of a draft). The model hears whether the
    sessions in the formset name their places."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "delivery" in self.fields:
            self.fields["delivery"].required = True
            self.fields["delivery"].error_messages["required"] = _(
                "Kies of de training online, op locatie of hybride is."
            )

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("sessions")
        if formset is not None:
            kept = [
                form
                for form in formset.forms
                if form.is_valid()
                and (form.instance.pk or form.has_changed())
                and not form.cleaned_data.get("DELETE")
            ]
            self.instance.sessions_located_in_form = bool(kept) and all(
                form.cleaned_data.get("location") for form in kept
            )
        return cleaned_data
