import pytest

from ethnic_press.models import Region
from tests import factories


@pytest.fixture
def outlets(outlet, outlet_index):
    """The `dostyq` outlet (kk, ru) plus a Korean and a Uyghur one, topics and regions, all in Kazakh."""
    # get_or_create: the factories' own region codes (KZ-NN) can reach these real ones.
    almaty, _ = Region.objects.get_or_create(code="KZ-75", locale=factories.locale(), defaults={"name": "Алматы"})
    Region.objects.get_or_create(code="KZ-71", locale=factories.locale(), defaults={"name": "Астана"})
    factories.OutletPageFactory(
        parent=outlet_index, title="Корё ильбо", slug="koryo-ilbo", languages=["ko", "ru"], region=almaty
    )
    factories.OutletPageFactory(
        parent=outlet_index, title="Ұйғыр авази", slug="uyghur-avazi", languages=["ug"], region=almaty
    )
    factories.TopicFactory(slug="culture", name="Мәдениет")
