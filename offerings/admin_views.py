"""Coördinatie's "Samenvoegen" view for organisations (offerings/organisation_merge.py)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from offerings.organisation_merge import merge_organisations
from partners.models import Organisation

MERGE_PERMISSION = "partners.delete_organisation"  # Coördinatie changes and deletes organisations


class MergeForm(forms.Form):
    keep = forms.ModelChoiceField(
        queryset=Organisation.objects.none(),
        label=gettext_lazy("Samenvoegen met"),
        help_text=gettext_lazy(
            "De organisatie die blijft. Publicaties, edities in concepten, onderdelen en de "
            "partnerkoppeling gaan naar haar over; deze organisatie verdwijnt."
        ),
        empty_label=gettext_lazy("Kies de organisatie die blijft"),
    )

    def __init__(self, *args, duplicate, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].queryset = Organisation.objects.exclude(pk=duplicate.pk)


def merge_organisation(request, pk):
    if not request.user.has_perm(MERGE_PERMISSION):
        raise PermissionDenied
    duplicate = get_object_or_404(Organisation, pk=pk)
    form = MergeForm(request.POST or None, duplicate=duplicate)
    if request.method == "POST" and form.is_valid():
        keep = form.cleaned_data["keep"]
        label = str(duplicate)
        count = merge_organisations(keep, duplicate, user=request.user)
        messages.success(
            request,
            _(
                "'%(duplicate)s' is samengevoegd met '%(keep)s'; %(count)s publicatie(s) "
                "verwijzen nu naar '%(keep)s'."
            )
            % {"duplicate": label, "keep": keep.name, "count": count},
        )
        return redirect(reverse("wagtailsnippets_partners_organisation:edit", args=[keep.pk]))
    context = {
        "heading": _("Organisatie samenvoegen"),
        "duplicate": duplicate,
        "form": form,
        "cancel_url": reverse("wagtailsnippets_partners_organisation:list"),
    }
    return TemplateResponse(request, "offerings/admin/merge_organisation.html", context)
