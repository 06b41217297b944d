"""`{% rendition image "role" attr=value … %}`: Wagtail's image tags with the spec named in newsroom/renditions.py.

A role whose spec has several formats renders Wagtail's `{% picture %}`, one with several sizes its
`{% srcset_image %}`, any other its `{% image %}`; attributes (alt, sizes, loading, class) pass through.
"""

from django import template
from django.template.base import Token, TokenType

from wagtail.images.templatetags.wagtailimages_tags import SrcsetImageNode
from wagtail.images.templatetags.wagtailimages_tags import image as wagtail_image_tag

from ..renditions import RENDITIONS

register = template.Library()


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
    node = wagtail_image_tag(parser, Token(TokenType.BLOCK, contents, token.position, token.lineno))
    if isinstance(node, SrcsetImageNode):
        # Wagtail builds the role's Filters (and parses their operations) again at every render, for
        # every image; the spec is fixed here, so they are built once with the template.
        filters = node.get_filters()
        node.get_filters = lambda: filters
    return node
