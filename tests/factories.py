"""Factories that build just what a test needs. Text defaults are real Kazakh, not lorem ipsum."""

import datetime

from django.utils import timezone

from wagtail.models import Locale

import factory
import wagtail_factories

from ethnic_press.models import Community, OutletIndexPage, OutletLanguage, OutletPage, PressImage, Region
from home.models import HomePage, StandardPage
from newsroom.models import ArticleByline, ArticlePage, ArticleTopic, Journalist, Topic


def locale(code: str = "kk") -> Locale:
    return Locale.objects.get(language_code=code)


class TranslatableFactory(factory.django.DjangoModelFactory):
    locale = factory.LazyFunction(locale)


class CommunityFactory(TranslatableFactory):
    class Meta:
        model = Community

    name = factory.Sequence(lambda n: f"Этномәдени бірлестік {n}")
    slug = factory.Sequence(lambda n: f"community-{n}")


class RegionFactory(TranslatableFactory):
    class Meta:
        model = Region

    code = factory.Sequence(lambda n: f"KZ-{n:02d}")
    name = factory.Sequence(lambda n: f"Облыс {n}")


class TopicFactory(TranslatableFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Тақырып {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")


class JournalistFactory(TranslatableFactory):
    class Meta:
        model = Journalist

    name = factory.Sequence(lambda n: f"Айгүл Сәрсенова {n}")
    slug = factory.Sequence(lambda n: f"journalist-{n}")


class PressImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = PressImage

    title = factory.Sequence(lambda n: f"Фото {n}")
    description = "Достық үйіндегі мереке"
    credit = "Ethnic Press"


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Этникалық баспасөз"
    locale = factory.LazyFunction(locale)


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = "Біз туралы"


class OutletIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = OutletIndexPage

    title = "Басылымдар"
    slug = "outlets"


class OutletPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = OutletPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Газет {n}")
    slug = factory.Sequence(lambda n: f"outlet-{n}")
    city = "Алматы"
    founded = 1991
    community = factory.SubFactory(CommunityFactory)
    region = factory.SubFactory(RegionFactory)

    @factory.post_generation
    def languages(obj, create, extracted, **kwargs):
        if create:
            for code in extracted or ["kk"]:
                OutletLanguage.objects.create(outlet=obj, language=code)


class ArticlePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ArticlePage

    title = factory.Sequence(lambda n: f"Достық үйінде мереке өтті {n}")
    slug = factory.Sequence(lambda n: f"article-{n}")
    lead = "Алматыдағы Достық үйінде ұлттық мәдени орталықтардың мерекелік кеші өтті."
    published_at = factory.Sequence(lambda n: timezone.now() - datetime.timedelta(hours=n))


class ArticleBylineFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ArticleByline

    journalist = factory.SubFactory(JournalistFactory)
    role = ArticleByline.Role.AUTHOR


class ArticleTopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ArticleTopic

    topic = factory.SubFactory(TopicFactory)
