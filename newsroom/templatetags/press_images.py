"""`{% rendition image "role" attr=value … %}`: Wagtail's image tags with the spec named in newsroom/renditions.py.

A role whose spec has several formats renders Wagtail's `{% picture %}`, one with several sizes its
`{% srcset_image %}`, any other its `{% image %}`; attributes (alt, sizes, loading, class) pass through.
An image whose renditions a page prefetched (newsroom.renditions.prefetch_renditions) is drawn from the
rows read, as Wagtail's `Picture`, `ResponsiveImage` and `img_tag` write it (newsroom/picture_html.py) but without
rendition objects; any other, or a rendition not made yet, goes through Wagtail's tag.
"""

from django import template
from django.template.base import Token, TokenType

from wagtail.images.models import Filter
from wagtail.images.templatetags.wagtailimages_tags import ImageNode, PictureNode, SrcsetImageNode
from wagtail.images.templatetags.wagtailimages_tags import image as wagtail_image_tag

from ..picture_html import Layout
from ..renditions import RENDITIONS, prefetched

register = template.Library()


class RoleNode(template.Node):
    """Wagtail's image node for a role, drawing prefetched rows itself."""

    def __init__(self, wagtail_node):
        self.wagtail_node = wagtail_node
        if isinstance(wagtail_node, SrcsetImageNode):
            # Wagtail builds the role's Filters (and parses their operations) again at every render, for
            # every image; the spec is fixed here, so they are built once with the template.
            filters = wagtail_node.get_filters()
            wagtail_node.get_filters = lambda: filters
            self.filters = filters
        else:
            self.filters = [Filter(spec="|".join(wagtail_node.filter_specs))]
        self.layout = Layout([spec_filter.spec for spec_filter in self.filters], isinstance(wagtail_node, PictureNode))

    def render(self, context) -> str:
        node = self.wagtail_node
        if node.output_var_name and type(node) is not ImageNode:
            return node.render(context)
        try:
            image = node.image_expr.resolve(context)
        except template.VariableDoesNotExist:
            return ""
        if not image:
            return ""
        renditions = prefetched(image, self.filters) if hasattr(image, "get_rendition") else None
        if renditions is None:
            return node.render(context)
        if node.output_var_name:  # `as name`: the prefetched row stands for the rendition (its url, size, img_tag)
            context[node.output_var_name] = next(iter(renditions.values()))
            return ""
        attrs = {key: value.resolve(context) for key, value in node.attrs.items()}
        return self.layout.html(list(renditions.values()), attrs)


@register.tag
def rendition(parser, token):
    tag_name, *bits = token.split_contents()
    if len(bits) < 2 or bits[1][:1] not in "\"'" or bits[1][-1:] != bits[1][:1]:
        raise template.TemplateSyntaxError(f'usage: {{% {tag_name} image "card" [attr=value …] %}}')
    image, role, *attrs = bits
    spec = RENDITIONS.get(role[1:-1])
    if spec is None:
        raise template.TemplateSyntaxError(f"{tag_name}: unknown role {role}; the roles are {', '.join(RENDITIONS)}")
    if "format-{" in spec:
        wagtail_tag = "picture"
    elif "{" in spec:
        wagtail_tag = "srcset_image"
    else:
        wagtail_tag = "image"
    contents = " ".join([wagtail_tag, image, spec, *attrs])
    return RoleNode(wagtail_image_tag(parser, Token(TokenType.BLOCK, contents, token.position, token.lineno)))
