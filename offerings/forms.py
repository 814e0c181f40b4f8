from wagtail.admin.forms import WagtailAdminPageForm


class OfferingPageForm(WagtailAdminPageForm):
    """Offers editors only the forms (vormen) that belong to this page type's kind."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        kind = getattr(self._meta.model, "KIND", None)
        if kind and "form" in self.fields:
            self.fields["form"].queryset = self.fields["form"].queryset.filter(kind=kind)
        from offerings.owner import limit_owner_choices

        limit_owner_choices(self, kwargs.get("parent_page"))
