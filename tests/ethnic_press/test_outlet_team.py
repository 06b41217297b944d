"""The outlet page's editorial team: its journalists most credited on its live stories, first the most."""

from tests import factories


def test_team_lists_the_most_credited_journalists_of_this_outlet_first(outlet, outlet_index):
    frequent, rare, elsewhere = (factories.JournalistFactory() for _ in range(3))
    stories = [factories.ArticlePageFactory(parent=outlet) for _ in range(2)]
    for story in stories:
        factories.ArticleBylineFactory(page=story, journalist=frequent)
    factories.ArticleBylineFactory(page=stories[0], journalist=rare, sort_order=1)
    other_outlet = factories.OutletPageFactory(parent=outlet_index)
    factories.ArticleBylineFactory(page=factories.ArticlePageFactory(parent=other_outlet), journalist=elsewhere)
    assert outlet.editorial_team() == [frequent, rare]
    assert other_outlet.editorial_team() == [elsewhere]
