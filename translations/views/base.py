"""What this app's admin screens share."""

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin


class TranslationsAdminView(WagtailAdminTemplateMixin):
    """An admin screen whose header names it: Home › <its title> (Wagtail's base shows just "Home")."""

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]
