"""The archive import checks each line's language and finds topics and regions by any of their names."""

import pytest

from ethnic_press.models import Region
from newsroom.models import ArticlePage, Topic
from tests import factories
from tests.ethnic_press.importing import AVAZI_UG, DOSTYQ_KK, DOSTYQ_RU, run_import

RUSSIAN_DECLARED_KAZAKH = {
    **DOSTYQ_RU,
    "language": "kk",
    "source_id": "dq-mislabelled",
    "lead": "В Алматы прошёл фестиваль этнокультурных объединений, на праздник пришла почти тысяча горожан.",
}


def source_ids() -> list[str]:
    return sorted(ArticlePage.objects.values_list("source_id", flat=True))


def test_a_line_in_another_language_than_declared_is_reported_and_the_rest_import(outlets, tmp_path):
    out, err, failed = run_import(tmp_path, [DOSTYQ_KK, RUSSIAN_DECLARED_KAZAKH, DOSTYQ_RU])

    assert failed
    assert err.strip() == "line 2: text looks like Russian, declared Kazakh"
    assert "created 2, updated 0, failed 1" in out
    assert source_ids() == ["dq-2024-031", "dq-2024-040"]


def test_trust_language_imports_the_line_as_declared(outlets, tmp_path):
    out, err, failed = run_import(tmp_path, [RUSSIAN_DECLARED_KAZAKH], "--trust-language")

    assert not failed and err == ""
    assert ArticlePage.objects.get(source_id="dq-mislabelled").locale.language_code == "kk"


def test_the_dry_run_reports_the_language_too(outlets, tmp_path):
    _, err, failed = run_import(tmp_path, [RUSSIAN_DECLARED_KAZAKH], "--dry-run")

    assert failed and "text looks like Russian, declared Kazakh" in err
    assert source_ids() == []


def test_cyrillic_uyghur_imports_as_uyghur_and_is_caught_when_declared_kazakh(outlets, tmp_path):
    uyghur = {
        **AVAZI_UG,
        "body": "Кечигә җумһурийәтниң һәр қайси вилайәтлиридин меһманлар кәлди. Яшлар қедимий нахшиларни ейтти, "
        "уссул ойниди вә балиларға соғилар тарқатти.",
    }
    _, err, failed = run_import(tmp_path, [uyghur, {**uyghur, "outlet": "dostyq", "language": "kk", "source_id": "x"}])

    assert err.strip() == "line 2: text looks like Uyghur, declared Kazakh"
    assert source_ids() == ["ua-5512"]


@pytest.mark.parametrize(
    "line",
    [
        {  # Kazakh in the 2021 Latin alphabet
            **DOSTYQ_KK,
            "title": "Dostyq üiınde Nauryz merekesı toilandy",
            "lead": "Almatydağy Dostyq üiınde etnomädeni bırlestıkter Nauryz meiramyn bırge atap öttı.",
            "body": "Merekege jiyrmadan astam etnomädeni ortalyq qatysty. Keş ūlttyq änder men bilerge ūlasty.",
        },
        {  # Uyghur in the Arabic script
            **AVAZI_UG,
            "title": "ئۇيغۇر مەدەنىيەت مەركىزى نورۇزنى تەنتەنىلىك نىشانلىدى",
            "lead": "ئالمۇتىدىكى دوستلۇق ئۆيىدە ئۇيغۇر ياشلىرى كونسېرت بەردى.",
            "body": "كەچكە جۇمھۇرىيەتنىڭ ھەر قايسى ۋىلايەتلىرىدىن مېھمانلار كەلدى. ياشلار قەدىمىي ناخشىلارنى ئېيتتى.",
        },
    ],
    ids=["kazakh-latin", "uyghur-arabic"],
)
def test_a_text_in_another_script_of_the_declared_language_imports(outlets, tmp_path, line):
    _, err, failed = run_import(tmp_path, [line])

    assert not failed, err


def test_topics_are_found_by_slug_or_name_in_any_locale_whatever_the_case(outlets, tmp_path):
    culture = Topic.objects.get(slug="culture")
    factories.TopicFactory(
        slug="culture", name="Kültür", locale=factories.locale("tr"), translation_key=culture.translation_key
    )
    lines = [
        {**DOSTYQ_KK, "source_id": f"t-{number}", "topics": [name]}
        for number, name in enumerate(["CULTURE", "мәдениет", "МӘДЕНИЕТ", "KÜLTÜR", "kültür"])
    ]
    _, err, failed = run_import(tmp_path, lines)

    assert not failed, err
    assert {page.article_topics.get().topic for page in ArticlePage.objects.all()} == {culture}


@pytest.mark.parametrize("region", ["KZ-75", "kz-75", "almaty", "Алматы", "АЛМАТЫ", "Ałmaty", "알마티", "Алмута"])
def test_regions_are_found_by_code_slug_or_name_in_any_language(outlets, tmp_path, region):
    _, err, failed = run_import(tmp_path, [{**DOSTYQ_KK, "region": region}])

    assert not failed, err
    assert ArticlePage.objects.get().region == Region.objects.get(code="KZ-75")


def test_an_unknown_region_name_is_an_error(outlets, tmp_path):
    _, err, failed = run_import(tmp_path, [{**DOSTYQ_KK, "region": "Атлантида"}])

    assert failed and err.strip() == "line 1: unknown region 'Атлантида'"
