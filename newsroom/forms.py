"""Page editor forms: every page's images and documents come from collections the editor may choose
from, the article's "republished from" chooser knows which outlet is reprinting, and a new article is
pre-filled with its writer's byline."""

from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets import AdminPageChooser
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry


class MediaScopedPageForm(WagtailAdminPageForm):
    """The base form of every page: an image or document the page points at (a field, or a block of
    a StreamField) must be one the editor may choose — an id typed into the POST cannot pull another
    outlet's photo into a page. What the page already used stays allowed (a network editor may have
    chosen it)."""

    refused = _("This item is in a collection you cannot use. Choose one from your own collections.")

    def clean(self):
        cleaned_data = super().clean()
        user = getattr(self, "for_user", None)
        if user is None or user.is_superuser:
            return cleaned_data
        media = (get_image_model(), get_document_model())
        for field in self.instance._meta.get_fields():
            if field.name not in cleaned_data or cleaned_data[field.name] is None:
                continue
            if isinstance(field, models.ForeignKey) and field.related_model in media:
                chosen = {(field.related_model, cleaned_data[field.name].pk)}
                before = {(field.related_model, getattr(self.instance, field.attname))}
            elif isinstance(field, (StreamField, RichTextField)):
                chosen = self._references(field, cleaned_data[field.name], media)
                before = (
                    self._references(field, getattr(self.instance, field.name), media) if self.instance.pk else set()
                )
            else:
                continue
            if any(not self._may_choose(user, model, pk) for model, pk in chosen - before):
                self.add_error(field.name, self.refused)
        return cleaned_data

    @staticmethod
    def _references(field, value, media) -> set:
        return {
            (model, int(pk))
            for model, pk, _path, _content_path in field.extract_references(value)
            if model in media and str(pk).isdigit()
        }

    @staticmethod
    def _may_choose(user, model, pk) -> bool:
        policy = policy_registry.get_by_type(model)
        return policy.instances_user_has_any_permission_for(user, ["choose"]).filter(pk=pk).exists()


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


class ArticlePageForm(MediaScopedPageForm):
    def __init__(self, *args, parent_page=None, **kwargs):
        instance, user = kwargs.get("instance"), kwargs.get("for_user")
        if not args and kwargs.get("data") is None and instance is not None and instance.pk is None and user:
            prefill_author(instance, user)  # the blank form of a new article, not a submitted one
        super().__init__(*args, parent_page=parent_page, **kwargs)
        if "republished_from" in self.fields:
            outlet = parent_page or (self.instance.get_parent() if self.instance.pk else None)
            self.fields["republished_from"].widget = RepublicationChooser(outlet_id=outlet.pk if outlet else None)
