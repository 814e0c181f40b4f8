"""{% shared_fragment "name" var ... [offering=offering] %}...{% endshared_fragment %}: a
fragment that many URLs render the same, kept until what it shows changes; with `offering=`,
a fragment of that one offering (search/fragments.py makes the key)."""

from django import template
from django.utils.safestring import mark_safe

from search import fragments

register = template.Library()


class SharedFragmentNode(template.Node):
    def __init__(self, nodelist, name, vary_on, offering):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on
        self.offering = offering

    def render(self, context):
        name = self.name.resolve(context)
        vary_on = [value.resolve(context) for value in self.vary_on]
        offering = self.offering.resolve(context) if self.offering is not None else None
        content = fragments.get_or_render(
            context.get("request"), name, vary_on, lambda: self.nodelist.render(context), offering
        )
        return mark_safe(content)  # noqa: S308 (rendered by this template, escaped there)


@register.tag
def shared_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("shared_fragment needs a name")
    offering = None
    if bits[-1].startswith("offering="):
        offering = parser.compile_filter(bits.pop().removeprefix("offering="))
    nodelist = parser.parse(("endshared_fragment",))
    parser.delete_first_token()
    return SharedFragmentNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]], offering
    )
