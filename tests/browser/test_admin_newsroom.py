"""The newsroom's loop in a real browser (Debian's Chromium, Playwright), as its people do it, for a
Korean, a German and an Uyghur paper: the journalist writes with a photo uploaded through the chooser and
submits; the editor requests changes, the journalist fixes and resubmits, the editor approves;
translation is requested by itself with an owner (the Kazakh translator; Russian waits in the editors'
queue); the translator translates in wagtail-localize's editor and sends for review; the editor requests
changes, then approves and the translation is live; a correction of the original makes it stale (in the
overview and the translator's list) and the translator updates it.

Every screen is checked for JavaScript and server errors and for the mixed-language admin: no letter
peculiar to Kazakh (the admin's old Kazakh fallback: «Іздеу», «Жою», «Іріктеу») and none of Wagtail's
English words in a non-English admin; the translation editor also for the English wagtail-localize's
script writes. This project's strings that the catalogs do not have yet are listed in
test-artifacts/admin-untranslated.txt (the languages engineer's list), not failed on. Screenshots of
each screen go to test-artifacts/admin-<language>-<screen>.png.

One module: the newsroom is built once (conftest.newsroom_site); each outlet's test walks its loop in order.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from django.urls import reverse

import pytest
from PIL import Image, ImageDraw

from newsroom.models import ArticlePage
from translations.models import Assignment

from .admin_screens import CONTENT, Screens
from .conftest import DESKTOP, FAILED
from .newsroom import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@dataclass(frozen=True)
class Story:
    """What one outlet's people write in the loop."""

    title: str
    lead: str
    too_long: str  # the first lead, over the limit the editor is warned about
    review_comment: str  # the editor's "request changes" to the journalist
    correction: str
    kazakh_title: str
    kazakh_lead: str
    kazakh_correction: str

    def texts(self) -> set[str]:
        return set(vars(self).values())


STORIES = {
    "ko": Story(
        title="알마티 고려극장, 새 시즌 개막",
        lead="고려극장이 창립 기념 공연으로 새 시즌을 열었다.",
        too_long="고려극장이 창립 기념 공연으로 새 시즌을 열었다. " * 12,
        review_comment="리드를 한 문장으로 줄여 주세요.",
        correction="정정: 첫 공연은 11월 28일에 열렸습니다.",
        kazakh_title="Алматыдағы Корей театры жаңа маусымды ашты",
        kazakh_lead="Корей театры жаңа маусымды мерейтойлық қойылыммен ашты.",
        kazakh_correction="Түзету: алғашқы қойылым 28 қарашада өтті.",
    ),
    "de": Story(
        title="Deutsche Woche in Almaty: Filme, Konzerte und Lesungen",
        lead="Eine Woche lang zeigen die deutschen Kulturzentren Filme und laden zu Konzerten ein.",
        too_long="Eine Woche lang zeigen die deutschen Kulturzentren Filme und laden zu Konzerten ein. " * 5,
        review_comment="Bitte den Vorspann auf einen Satz kürzen.",
        correction="Korrektur: Die Woche beginnt am 28. November.",
        kazakh_title="Алматыдағы неміс апталығы: фильмдер, концерттер, кездесулер",
        kazakh_lead="Бір апта бойы неміс мәдени орталықтары фильм көрсетіп, концерттерге шақырады.",
        kazakh_correction="Түзету: апталық 28 қарашада басталады.",
    ),
    "ug": Story(
        title="Алмутида уйғур нахшилири фестивали болуп өтти",
        lead="Фестивальға йүздин ошуқ нахшичи қатнашти.",
        too_long="Фестивальға йүздин ошуқ нахшичи қатнашти. " * 9,
        review_comment="Лидни бир җүмлигә қисқартиң.",
        correction="Түзитиш: фестиваль 28-ноябрьда болди.",
        kazakh_title="Алматыда ұйғыр әндерінің фестивалі өтті",
        kazakh_lead="Фестивальға жүзден астам әнші қатысты.",
        kazakh_correction="Түзету: фестиваль 28 қарашада өтті.",
    ),
}
# The admin language of each outlet's journalist and editor (tests/browser/newsroom.py), and the translator's.
ADMIN = {"ko": ("ko", "ko"), "de": ("de", "de"), "ug": ("ug-arab", "ru")}
TRANSLATOR_ADMIN = "ru"
TRANSLATOR_COMMENT = "Лидті де аударыңыз."


def log_in(browser, site, user, screens: Screens, who: str, language: str):
    # Reduced motion: Wagtail's sidebar badge of new menu items pulses forever (its `ping-warning` animation),
    # which repainted each open tab 60 times a second, ~18 % of a core per idle tab and three tabs open:
    # most of Chromium's CPU in a journey. Wagtail's own CSS stops the pulse then; the screens are the same.
    context = browser.new_context(viewport=DESKTOP, reduced_motion="reduce")
    context.set_default_timeout(60_000)  # a loaded CI machine publishes slowly
    tab = screens.watch(context.new_page(), who)
    tab.goto(site.url + reverse("wagtailadmin_login"))
    tab.fill("#id_username", user.get_username())
    tab.fill("#id_password", PASSWORD)
    tab.click("button[type=submit]")
    tab.wait_for_url(site.url + reverse("wagtailadmin_home"))
    assert tab.get_attribute("html", "lang") == language
    return tab


def click_menu_action(tab, selector: str):
    """An item of the editor's footer menu (mounted, hidden until the menu opens)."""
    tab.locator(selector).first.evaluate("button => button.click()")


def primary_action(tab):
    return tab.locator("footer .w-dropdown-button button, footer button.button").first


MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# What wagtail-localize's script writes in English (static/js/translation_editor.js replaces it).
LOCALIZE_ENGLISH = re.compile(rf"More actions|\w to \w+ translation|\b\d{{1,2}} ({MONTHS}) \d{{4}}\b")


def assert_translation_editor_speaks(tab, name: str) -> None:
    """No English left by wagtail-localize's script, hidden labels included (what a screen reader reads)."""
    text = tab.locator(".js-translation-editor").evaluate("editor => editor.textContent")
    english = [match.group(0) for match in LOCALIZE_ENGLISH.finditer(text)]
    assert not english, f"{name}: {english} in {text}"


# The editor form's own state (its Stimulus controllers, `window.wagtail.app`): every change in the form is
# autosaved (`w-autosave:success` makes `w-unsaved` take the saved form as its initial data) and no autosave
# is pending or in flight; or autosave has paused on an error (the checks then report the error). Before
# `w-unsaved` has taken its initial data nothing counts as a change, so no autosave can be on its way.
AUTOSAVED = """form => {
    const app = window.wagtail.app;
    const unsaved = app.getControllerForElementAndIdentifier(form, "w-unsaved");
    const autosave = app.getControllerForElementAndIdentifier(form, "w-autosave");
    const indicator = document.querySelector("#w-autosave-indicator");
    if (indicator && indicator.dataset.wAutosaveStateValue === "paused") return true;
    if (!unsaved.initialFormData) return true;  // taken 2 s after load: what the form holds then is not a change
    return unsaved.formData === unsaved.initialFormData && !autosave.submitPromise;
}"""


def autosaved(tab) -> None:
    """Wagtail 8 autosaves the form about a second after a change (its change check every 500 ms, then two
    debounces). An action posted while the autosave of a new page is in flight creates the page twice
    (Wagtail's race: the second answers 400, or 500 on the slug), so the test waits, as a person sees
    "Saved", before acting: until the form holds nothing unsaved and no autosave is on its way (it was a
    fixed 0.7 s wait, then the indicator not "saving", which a save not started yet also passed)."""
    form = tab.locator("form[data-controller~='w-autosave']")
    tab.wait_for_function(AUTOSAVED, arg=form.element_handle(), polling=50)


def photo(path: Path) -> Path:
    """A photo as a camera would give it: a JPEG of 1200 × 800 with something in it."""
    image = Image.new("RGB", (1200, 800), (40, 90, 140))
    ImageDraw.Draw(image).ellipse((300, 150, 900, 650), fill=(230, 180, 60))
    image.save(path, "JPEG", quality=85)
    return path


def upload_hero_image(tab, path: Path, title: str, alt_text: str, screens: Screens, name: str, language: str):
    """Through the hero image's chooser: its upload tab, a real file, the alt text; the image is chosen."""
    tab.click("#id_hero_image-chooser .unchosen [data-chooser-action-choose]")
    tab.click(".modal #tab-label-upload")
    tab.set_input_files("#id_image-chooser-upload-file", str(path))
    tab.fill("#id_image-chooser-upload-title", title)
    tab.fill("#id_image-chooser-upload-description", alt_text)
    screens.check(tab, name, language)
    tab.click(".modal #tab-upload button[type=submit]")
    tab.wait_for_selector("#id_hero_image-chooser:not(.blank)")
    tab.wait_for_selector(".modal", state="hidden")


def translate_in_editor(tab, source: str, text: str) -> None:
    """One segment translated in wagtail-localize's editor: its Translate (or Edit) button, the text, Save."""
    segment = tab.locator(".js-translation-editor li.incomplete, .js-translation-editor li.complete").filter(
        has_text=source
    )
    segment.locator("button").last.click()
    segment.locator("textarea").fill(text)
    segment.locator("button").last.click()  # Save
    tab.locator(".js-translation-editor li.complete").filter(has_text=text).wait_for()
    Screens.settle(tab)  # its PUT answered: the page may be left or the form sent at once


@pytest.mark.parametrize("code", ["ko", "de", "ug"])
def test_a_story_written_reviewed_translated_and_corrected_in_the_outlets_languages(
    newsroom_site, chromium, artifacts, tmp_path, code
):
    """The whole loop for a Korean, a German and an Uyghur paper (their people and languages: newsroom.py)."""
    site, people, story = newsroom_site, newsroom_site.pages["outlets"][code], STORIES[code]
    translator_user = newsroom_site.pages["translator"]
    writes, edits = ADMIN[code]
    CONTENT.update(story.texts(), {people["section"].title, people["byline"].name, TRANSLATOR_COMMENT})
    screens = Screens(artifacts)

    def screen(name: str) -> str:
        return f"{code}-{name}"

    # 1. The journalist writes from her dashboard: byline pre-filled, a photo uploaded through the chooser,
    # "Submit for review" her primary action.
    journalist = log_in(chromium, site, people["journalist"], screens, f"{code}-journalist", writes)
    screens.check(journalist, screen("journalist-home"), writes)
    journalist.click(f"[data-write-article] a[href$='/{people['section'].pk}/']")
    journalist.wait_for_selector("#id_title")
    journalist.fill("#id_title", story.title)
    journalist.fill("#id_lead", story.too_long)
    assert journalist.locator("[name='bylines-0-journalist']").input_value() == str(people["byline"].pk)
    upload_hero_image(
        journalist, photo(tmp_path / f"{code}.jpg"), story.title, story.lead, screens, screen("image-upload"), writes
    )
    screens.check(journalist, screen("article-form"), writes)
    assert primary_action(journalist).get_attribute("name") == "action-submit"
    autosaved(journalist)
    with journalist.expect_navigation():
        primary_action(journalist).click()
    article = ArticlePage.objects.get(title=story.title)
    assert article.workflow_in_progress
    assert article.get_latest_revision_as_object().hero_image.collection.name.startswith(people["outlet"].title)

    # 2. The editor is warned about the long lead and requests changes with a comment.
    editor = log_in(chromium, site, people["editor"], screens, f"{code}-editor", edits)
    screens.check(editor, screen("editor-home"), edits)
    assert story.title in editor.content()
    edit_url = site.url + reverse("wagtailadmin_pages:edit", args=[article.pk])
    editor.goto(edit_url)
    editor.wait_for_selector("[data-review-checks]")
    screens.check(editor, screen("editor-review"), edits)
    click_menu_action(editor, 'button[data-workflow-action-name="reject"]')
    editor.wait_for_selector(".modal textarea[name=comment]")
    editor.fill(".modal textarea[name=comment]", story.review_comment)
    screens.check(editor, screen("editor-request-changes"), edits)
    with editor.expect_navigation():
        editor.click(".modal button[type=submit]")
    screens.check(editor, screen("editor-changes-requested"), edits)

    # 3. The journalist finds it returned with the comment on her dashboard, shortens the lead, resubmits.
    journalist.goto(site.url + reverse("wagtailadmin_home"))
    returned = journalist.locator("#returned-to-me-section")
    assert story.review_comment in returned.inner_text()
    screens.check(journalist, screen("journalist-returned"), writes)
    returned.locator(f"a:has-text('{story.title}')").click()
    journalist.wait_for_selector("#id_lead")
    journalist.fill("#id_lead", story.lead)
    assert primary_action(journalist).get_attribute("name") == "action-submit"  # "Resubmit for review"
    screens.check(journalist, screen("journalist-fix"), writes)
    autosaved(journalist)
    with journalist.expect_navigation():
        primary_action(journalist).click()
    article.refresh_from_db()
    assert article.workflow_in_progress

    # 4. The editor approves: no warning left; publishing opens the Kazakh and Russian requests, each with
    # an owner (the Kazakh translator; Russian in the editors' queue).
    editor.goto(edit_url)
    assert editor.locator("[data-review-checks]").count() == 0
    with editor.expect_navigation():
        click_menu_action(editor, 'button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])')
    screens.check(editor, screen("editor-approved"), edits)
    article.refresh_from_db()
    assert article.live and article.lead == story.lead
    requests = Assignment.objects.filter(translation__source__object_id=article.translation_key)
    owners = {a.translation.target_locale.language_code: a.translator for a in requests}
    assert owners == {"kk": translator_user, "ru": None}
    editor.goto(site.url + reverse("wagtailadmin_home"))
    queued = requests.get(translation__target_locale__language_code="ru")
    assert reverse("translations_assign", args=[queued.pk]) in editor.content()  # "unassigned: N", to assign
    screens.check(editor, screen("editor-queue"), edits)

    # 5. The translator finds the work, translates the title in the translation editor, sends it for review.
    translator = log_in(chromium, site, translator_user, screens, f"{code}-translator", TRANSLATOR_ADMIN)
    translator.goto(site.url + reverse("translations_mine"))
    screens.check(translator, screen("my-translations"), TRANSLATOR_ADMIN)
    translator.click(f"a:has-text('{story.title}')")
    translator.wait_for_selector("[data-translation-review]")
    translate_in_editor(translator, story.title, story.kazakh_title)
    # Checked as the translator sees it after saving the title (the editor re-rendered by its script; the
    # replacements of static/js/translation_editor.js follow re-renders), not after a reload of the heaviest
    # admin page; the saved title is asserted live after the approval in step 6.
    translator.wait_for_selector("[data-empty-segments]")
    screens.check(translator, screen("translation-editor"), TRANSLATOR_ADMIN)
    assert_translation_editor_speaks(translator, screen("translation-editor"))
    # No Delete, and no primary action a translator may not take; "Send for review" is theirs.
    assert translator.locator(".js-translation-editor footer a[href*='/delete/']").count() == 0
    assert translator.locator(".js-translation-editor footer nav > .w-dropdown-button").first.is_hidden()
    assert translator.locator(".js-translation-editor footer nav > .w-dropdown-button").last.is_visible()  # preview
    translator.click("[data-send-for-review]")
    translator.wait_for_selector("[data-in-review]")
    screens.check(translator, screen("translation-sent"), TRANSLATOR_ADMIN)

    # 6. The editor requests changes with a comment; the translator reads it, finishes, sends again; the
    # editor approves: the translation is live, and its history says who approved.
    page = kazakh_page(article)
    editor.goto(site.url + reverse("wagtailadmin_pages:edit", args=[page.pk]))
    editor.wait_for_selector("[data-request-changes]")
    screens.check(editor, screen("translation-review"), edits)
    assert_translation_editor_speaks(editor, screen("translation-review"))
    editor.fill("[data-translation-review] textarea[name=comment]", TRANSLATOR_COMMENT)
    editor.click("[data-request-changes]")
    editor.wait_for_selector(".messages")
    translator.reload()
    translator.wait_for_selector("[data-changes-requested]")
    assert TRANSLATOR_COMMENT in translator.inner_text("[data-changes-requested]")
    screens.check(translator, screen("translation-changes-requested"), TRANSLATOR_ADMIN)
    translate_in_editor(translator, story.lead, story.kazakh_lead)
    translator.click("[data-send-for-review]")
    translator.wait_for_selector("[data-in-review]")
    editor.reload()
    editor.click("[data-approve]")
    editor.wait_for_selector(".messages")
    kazakh = kazakh_page(article)
    assert kazakh.live and (kazakh.title, kazakh.lead) == (story.kazakh_title, story.kazakh_lead)
    editor.goto(site.url + reverse("wagtailadmin_pages:history", args=[page.pk]))
    screens.check(editor, screen("translation-history"), edits)

    # 7. The editor publishes a correction of the original: the translation is stale in the overview and
    # in the translator's list.
    editor.goto(edit_url)
    editor.click("#id_corrections-ADD")
    editor.fill("#id_corrections-0-text", story.correction)
    autosaved(editor)
    with editor.expect_navigation():
        click_menu_action(editor, "button[name=action-publish]")
    article.refresh_from_db()
    assert [correction.text for correction in article.corrections.all()] == [story.correction]
    editor.goto(site.url + reverse("translations_overview"))
    row = editor.locator("tr").filter(has=editor.locator(f"a:has-text('{story.title}')"))
    assert row.locator(".translation-cell--stale").count() == 1
    screens.check(editor, screen("overview-stale"), edits)
    translator.goto(site.url + reverse("translations_mine"))
    assert translator.locator(".translation-row--stale").filter(has_text=story.title).count() == 1
    screens.check(translator, screen("my-translations-stale"), TRANSLATOR_ADMIN)

    # 8. The translation is updated: the correction is already in the translation editor (synced when it
    # was published); the translator translates it and sends it for review, the editor approves: current.
    translator.goto(site.url + reverse("wagtailadmin_pages:edit", args=[page.pk]))
    translate_in_editor(translator, story.correction, story.kazakh_correction)
    translator.click("[data-send-for-review]")
    translator.wait_for_selector("[data-in-review]")
    editor.goto(site.url + reverse("wagtailadmin_pages:edit", args=[page.pk]))
    editor.click("[data-approve]")
    editor.wait_for_selector(".messages")
    assert [c.text for c in kazakh_page(article).corrections.all()] == [story.kazakh_correction]
    editor.goto(site.url + reverse("translations_overview"))
    assert row.locator(".translation-cell--stale").count() == 0
    assert row.locator(".translation-cell--published").count() == 1
    screens.check(editor, screen("overview-updated"), edits)
    screens.no_late_errors(journalist, editor, translator)
    screens.write_report()


@pytest.fixture(autouse=True)
def last_screens(request, chromium, artifacts):
    """When a test failed, each tab's last screen and HTML (what the failed step left on screen); a passed
    journey's screens are all in test-artifacts already. The browser contexts are closed either way."""
    yield
    failed = request.node.stash.get(FAILED, False)
    for context in chromium.contexts:
        for tab in context.pages if failed else ():
            name = getattr(tab, "who", "tab")
            tab.screenshot(path=str(artifacts / f"admin-last-{name}.png"), full_page=True)
            (artifacts / f"admin-last-{name}.html").write_text(tab.content())
        context.close()


def kazakh_page(article) -> ArticlePage:
    return ArticlePage.objects.get(translation_key=article.translation_key, locale__language_code="kk")


@pytest.mark.parametrize(("code", "admin_language"), [("de", "de"), ("ug", "ru")])
def test_a_german_and_an_uyghur_editor_assign_a_queued_translation_in_their_admin_language(
    newsroom_site, chromium, artifacts, code, admin_language
):
    """Their accounts got their admin language when they joined the outlet (German; Uyghur has no admin
    catalogue, so Russian); their home, the overview and the assignment form speak it, without errors."""
    site, people = newsroom_site, newsroom_site.pages["outlets"][code]
    screens = Screens(artifacts)
    CONTENT.add(people["story"].title)
    editor = log_in(chromium, site, people["editor"], screens, f"{code}-editor", admin_language)
    screens.check(editor, f"{code}-editor-home", admin_language)
    editor.goto(site.url + reverse("translations_overview"))
    screens.check(editor, f"{code}-overview", admin_language)
    queued = Assignment.objects.get(
        translation__source__object_id=people["story"].translation_key,
        translation__target_locale__language_code="ru",
    )
    assert queued.translator is None
    editor.click(f"a[href^='{reverse('translations_assign', args=[queued.pk])}']")
    editor.wait_for_selector("#id_due_date")
    editor.click("#id_due_date")  # Wagtail's date picker opens (its script is loaded)
    editor.wait_for_selector(".xdsoft_datetimepicker", state="visible")
    screens.check(editor, f"{code}-assign", admin_language)
    screens.no_late_errors(editor)
    screens.write_report()
