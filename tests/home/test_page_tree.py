from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from ethnic_press.models import OutletIndexPage, OutletPage
from home.models import HomePage, StandardPage
from newsroom.models import ArticlePage, ClubPage


class TestTreeRules(WagtailPageTestCase):
    def test_home_page_only_under_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_home_holds_directory_club_and_standard_pages(self):
        self.assertAllowedSubpageTypes(HomePage, {OutletIndexPage, ClubPage, StandardPage})

    def test_outlets_live_in_the_directory(self):
        self.assertAllowedParentPageTypes(OutletPage, {OutletIndexPage})

    def test_articles_live_in_an_outlet_and_have_no_children(self):
        self.assertAllowedParentPageTypes(ArticlePage, {OutletPage})
        self.assertAllowedSubpageTypes(ArticlePage, set())

    def test_standard_pages_nest(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})


def test_only_one_outlet_directory_per_home(outlet_index):
    home = outlet_index.get_parent().specific
    assert not OutletIndexPage.can_create_at(home)
    assert OutletPage.can_create_at(outlet_index)
