"""The article editor's form: the "republished from" chooser knows which outlet is reprinting, and a new
article is pre-filled with its writer's byline."""

from django.apps import apps

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets import AdminPageChooser


class RepublicationChooser(AdminPageChooser):
    """A page chooser of live articles of outlets other than `outlet_id`.

    Wagtail's page chooser sends `target_pages[]` with every request of the modal, browsing and
    search included; newsroom/wagtail_hooks.py narrows the chooser's pages to live articles outside
    those pages when the chooser asks for articles.
    """

    def __init__(self, outlet_id: int | None = None, **kwargs):
        super().__init__(target_models=["newsroom.ArticlePage"], **kwargs)
        self.outlet_id = outlet_id

    @property
    def base_js_init_options(self):
        options = super().base_js_init_options
        if self.outlet_id:
            options["targetPages"] = [self.outlet_id]
        return options


def prefill_author(page, user) -> None:
    """Credit the journalist whose admin account `user` is as the author of a new, empty `page`."""
    journalist = apps.get_model("newsroom", "Journalist").objects.filter(user=user).first()
    if journalist is not None and not page.bylines.all():
        byline = apps.get_model("newsroom", "ArticleByline")
        page.bylines = [byline(journalist=journalist, role=byline.Role.AUTHOR)]


class ArticlePageForm(WagtailAdminPageForm):
    def __init__(self, *args, parent_page=None, **kwargs):
        instance, user = kwargs.get("instance"), kwargs.get("for_user")
        if not args and kwargs.get("data") is None and instance is not None and instance.pk is None and user:
            prefill_author(instance, user)  # the blank form of a new article, not a submitted one
        super().__init__(*args, parent_page=parent_page, **kwargs)
        if "republished_from" in self.fields:
            outlet = parent_page or (self.instance.get_parent() if self.instance.pk else None)
            self.fields["republished_from"].widget = RepublicationChooser(outlet_id=outlet.pk if outlet else None)
