"""The reader site in a real browser (Debian's Chromium, Playwright).

What readers do: switch language and script, get offered a story in their language, search with a
filter and open a story, follow a topic, reach the club from the phone menu, use the keyboard.
Budgets they feel, on home, outlet, article and search in kk, ko and ug-arab: no serious accessibility
problem (axe-core), a layout that uses the screen and never overflows a small phone, the right-to-left
mirror, the article's weight without images, Lighthouse on a phone profile. Screenshots of every page
type land in test-artifacts/ (look at them).

One module: the site is built once per module (conftest.reader_site), so a second module would build it again.
"""

import datetime
import statistics

from django.utils import formats, translation

import pytest

from .conftest import DESKTOP, NARROW, PHONE, axe_script, require
from .lighthouse import CLI, run_lighthouse
from .site import COMMUNITY, REGION, draw_the_images
from .waits import settle, track_requests

# django_db: a test database (the site is built once per module in conftest.reader_site).
pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture(scope="module", autouse=True)
def _pictures_drawn(reader_site, django_db_blocker):
    """The photos' renditions made once for the module, not in each test's rolled-back transaction (site.py)."""
    with django_db_blocker.unblock():
        draw_the_images(reader_site.pages)


def test_reader_switches_language_and_script_and_the_front_page_remembers_it(reader_site, tab):
    article = reader_site.pages["article"]
    tab.set_viewport_size(DESKTOP)
    tab.goto(reader_site.url + article["kk"].url)
    tab.click(".language-picker > summary")
    tab.click('.language-picker__list a[hreflang="kk-latn"]')
    tab.wait_for_url(reader_site.url + article["kk-latn"].url)
    assert tab.locator("h1").inner_text() == article["kk-latn"].title
    # The Uyghur row holds both scripts; the Arabic one turns the page right to left.
    tab.click(".language-picker > summary")
    tab.click('.language-picker__list a[hreflang="ug-arab"]')
    tab.wait_for_url(reader_site.url + article["ug-arab"].url)
    assert tab.evaluate("document.documentElement.dir") == "rtl"
    tab.goto(reader_site.url + "/")
    assert tab.url == reader_site.url + "/ug-arab/"


def test_reader_landing_on_another_language_is_offered_the_story_in_theirs(reader_site, tab):
    article = reader_site.pages["article"]
    tab.goto(reader_site.url + f"/language/ko/?next={article['ko'].url}")
    tab.goto(reader_site.url + article["kk"].url)
    offer = tab.locator("#language-offer")
    offer.wait_for(state="visible")
    offer.locator(f'a[href="{article["ko"].url}"]').click()
    tab.wait_for_url(reader_site.url + article["ko"].url)


def test_reader_searches_with_a_filter_and_opens_a_story(reader_site, tab):
    stories = reader_site.pages["stories"]
    tab.set_viewport_size(DESKTOP)
    tab.goto(reader_site.url + "/kk/")
    tab.fill("#site-search-q", "мерекесі")
    tab.press("#site-search-q", "Enter")
    tab.wait_for_selector(".search-count")
    assert tab.locator(".search-result").count() >= 1
    tab.click(".facet--topic a")  # the culture topic, with its count
    tab.wait_for_selector(".search-chips .chip--selected")
    assert "topic=culture" in tab.url
    tab.click(f'.search-result a[href="{stories[0]["kk"].url}"]')
    tab.wait_for_url(reader_site.url + stories[0]["kk"].url)
    assert tab.locator("h1").inner_text() == stories[0]["kk"].title


def test_search_filters_fold_away_on_a_phone_and_open_on_demand(reader_site, tab):
    tab.set_viewport_size(PHONE)
    tab.goto(reader_site.url + "/ko/search/?q=축제")
    assert tab.locator(".facet--topic").is_hidden()
    first_result = tab.locator(".search-result").first.bounding_box()
    assert first_result["y"] < PHONE["height"]  # results come first, above the fold
    tab.click(".facets > summary")
    assert tab.locator(".facet--topic").is_visible()


def test_reader_follows_a_topic_from_a_story(reader_site, tab):
    article = reader_site.pages["article"]["ko"]
    tab.goto(reader_site.url + article.url)
    tab.click('.topics-list a:has-text("문화")')
    tab.wait_for_url(reader_site.url + "/ko/topics/culture/")
    assert tab.locator("h1").inner_text() == "문화"
    titles = tab.locator(".card__title").all_inner_texts()
    assert article.title in titles and len(titles) == len(reader_site.pages["stories"])


def test_reader_reaches_the_club_from_the_phone_menu(reader_site, tab):
    club = reader_site.pages["club"]["ug-arab"]
    tab.set_viewport_size(PHONE)
    tab.goto(reader_site.url + "/ug-arab/")
    assert tab.locator(".primary-nav__list").is_hidden()
    tab.click(".primary-nav > summary")
    tab.click(f'.primary-nav__list a[href="{club.url}"]')
    tab.wait_for_url(reader_site.url + club.url)
    assert tab.locator("h1").inner_text() == club.title


def test_reader_finds_a_printed_page_and_opens_the_pdf_at_that_page(reader_site, tab, artifacts):
    edition = reader_site.pages["edition"]["kk"]
    tab.set_viewport_size(DESKTOP)
    tab.goto(reader_site.url + "/kk/search/?q=тігінділер&kind=print_page")
    result = tab.locator(".search-result--print")
    result.first.wait_for()
    assert result.count() == 1
    link = result.locator("h2 a")
    href = link.get_attribute("href")
    assert href == f"{reader_site.url}/print-pages/{edition.pk}/edition.pdf#page=2" and "2" in link.inner_text()
    thumbnail = result.locator("img")
    thumbnail.scroll_into_view_if_needed()
    tab.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=thumbnail.element_handle())
    assert "<mark>" in result.locator(".search-result__snippet").inner_html()
    tab.screenshot(path=str(artifacts / "search-print-kk-desktop.png"), full_page=True)
    pdf = tab.request.get(href.split("#")[0])
    assert pdf.status == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.headers["content-disposition"] == "inline" and pdf.body().startswith(b"%PDF")
    # The edition's own page: both pages with thumbnails, each page's text one click away.
    result.locator(".meta a").click()
    tab.wait_for_url(reader_site.url + edition.url)
    pages = tab.locator(".edition__page")
    assert pages.count() == 2
    # Thumbnails are lazy and load after the page's load event: bring each into view and wait for it.
    thumbnails = tab.locator(".edition__page img")
    for index in range(thumbnails.count()):
        thumbnails.nth(index).scroll_into_view_if_needed()
        tab.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=thumbnails.nth(index).element_handle())
    pages.nth(1).locator("summary").click()
    assert "тігінділері" in pages.nth(1).locator(".edition__page-text div").inner_text()
    tab.set_viewport_size(PHONE)
    assert tab.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    tab.screenshot(path=str(artifacts / "edition-kk-phone.png"), full_page=True)


def test_keyboard_reader_skips_to_the_story_and_opens_the_picker(reader_site, tab):
    tab.set_viewport_size(DESKTOP)
    tab.goto(reader_site.url + reader_site.pages["article"]["kk"].url)
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.className") == "skip-link"
    assert tab.locator(".skip-link").is_visible()
    tab.keyboard.press("Enter")
    assert tab.evaluate("document.activeElement.id") == "main"
    tab.focus(".language-picker > summary")
    tab.keyboard.press("Enter")
    assert tab.locator(".language-picker__list").is_visible()
    tab.keyboard.press("Escape")
    assert tab.locator(".language-picker__list").is_hidden()


LANGUAGES = ["kk", "ko", "ug-arab"]
PAGE_TYPES = ["home", "outlet", "article", "search"]
TRANSFER_BUDGET = 150 * 1024
LIGHTHOUSE_MINIMUM = 0.95


# The other page types, checked in one width each (phone), in the two scripts and directions.
OTHER_PAGE_TYPES = ["topic", "topics", "print archive", "journalist", "club", "regional club", "event", "about", "404"]
PATHS = {
    "topic": "/{code}/topics/culture/",
    "topics": "/{code}/topics/",
    "print archive": "/{code}/editions/",
    "404": "/{code}/no-such-page/",
}


def url_of(reader_site, page_type: str, code: str) -> str:
    if page_type == "search":
        query = {"kk": "мереке", "ko": "축제", "ug-arab": "بايرام"}[code]
        return f"{reader_site.url}/{code}/search/?q={query}"
    if page_type in PATHS:
        return reader_site.url + PATHS[page_type].format(code=code)
    if page_type == "journalist":
        return f"{reader_site.url}/{code}/journalists/{reader_site.pages['journalist'].slug}/"
    return reader_site.url + reader_site.pages[page_type][code].url


@pytest.fixture(scope="module")
def axe_page(chromium):
    """One browser tab for the module's page checks, axe-core in every page it opens, as an init script: the
    reader site's Content-Security-Policy refuses inline scripts, and an init script is the browser's, not the
    page's (the policy stays on). A tab of its own for each check (a new renderer, every style sheet, script and
    font fetched again) cost ~1 s of wall each, 31 times, with little CPU: most of it idle. Each check loads
    its page afresh and sets its own viewport; the reader site's script keeps nothing in storage."""
    context = chromium.new_context(viewport=PHONE)
    context.add_init_script(path=str(axe_script()))
    yield context.new_page()
    context.close()


@pytest.fixture
def axe_tab(axe_page):
    """`axe_page`, without cookies (as a fresh context would be)."""
    axe_page.context.clear_cookies()
    return axe_page


def serious_violations(tab) -> list[str]:
    assert tab.evaluate("typeof axe") == "object", "axe-core was not loaded (axe_tab)"
    result = tab.evaluate(
        """async () => (await axe.run(document, {resultTypes: ['violations']})).violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))"""
    )
    return result


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_page_is_accessible_fits_the_screen_and_mirrors(reader_site, axe_tab, artifacts, page_type, code):
    tab = axe_tab
    url = url_of(reader_site, page_type, code)
    tab.set_viewport_size(DESKTOP)
    tab.goto(url)
    assert serious_violations(tab) == [], "desktop"
    # The main column uses the screen (the 736 px strip of the old article page had 54 %).
    main = tab.locator("main").bounding_box()
    assert main["width"] >= 0.6 * DESKTOP["width"]
    brand = tab.locator(".brand").bounding_box()
    if code == "ug-arab":  # mirrored: the masthead starts on the right
        assert brand["x"] > DESKTOP["width"] / 2
        assert tab.evaluate("getComputedStyle(document.querySelector('h1')).direction") == "rtl"
    else:
        assert brand["x"] < DESKTOP["width"] / 2
    if page_type == "search":  # the filters name the outlet's community and region in the page's language
        names = {"community": COMMUNITY, "region": REGION}
        for facet, translations in names.items():
            label = tab.locator(f".facet--{facet} li a").first.inner_text()
            assert label.startswith(translations[LANGUAGES.index(code)]), (facet, label)
    tab.screenshot(path=str(artifacts / f"{page_type}-{code}-desktop.png"), full_page=True)

    tab.set_viewport_size(PHONE)
    tab.goto(url)
    assert serious_violations(tab) == [], "phone"
    if page_type == "article":  # paragraphs that follow one another are spaced (a reset once made them run on)
        spacing = "b => { b.append(document.createElement('p'), document.createElement('p'));" + (
            " return getComputedStyle(b.lastElementChild).marginBlockStart; }"
        )
        assert tab.locator(".article__body").evaluate(spacing) != "0px"
    if page_type == "search":  # each choice (articles, print archive; relevance, date) stays on one line
        heights = tab.locator(".sort a, .sort span").evaluate_all("items => items.map(item => item.offsetHeight)")
        assert max(heights) - min(heights) <= 1, heights
    assert brand_name_is_whole(tab), "phone"
    tab.screenshot(path=str(artifacts / f"{page_type}-{code}-phone.png"))

    # The smallest phone by resizing the phone's page, as for the other page types: the layout is the style
    # sheet's (its media queries apply on resize) and static/js/reader.js does nothing by the screen's size.
    tab.set_viewport_size(NARROW)
    assert tab.evaluate("document.documentElement.scrollWidth") <= NARROW["width"], overflowing(tab)
    assert brand_name_is_whole(tab), "narrow phone"  # was "Қазақста/нның…" at 320 px, "…этникалық…" at 390


def brand_name_is_whole(tab) -> bool:
    """The network's name in the masthead is not cut off (its lines are clamped: an ellipsis would hide the rest)."""
    return tab.locator(".brand__name").evaluate("name => name.scrollHeight <= name.clientHeight + 1")


def overflowing(tab) -> list[str]:
    return tab.evaluate(
        """() => [...document.querySelectorAll('body *')]
            .filter(e => { const r = e.getBoundingClientRect();
                           return r.width && (r.right > innerWidth + 1 || r.left < -1); })
            .map(e => e.tagName + '.' + e.className).slice(0, 5)"""
    )


@pytest.mark.parametrize(
    ("page_type", "code"),
    # The test site's print edition is Kazakh only (an edition is translated like an article).
    [(page_type, code) for page_type in OTHER_PAGE_TYPES for code in ("kk", "ug-arab")] + [("edition", "kk")],
)
def test_every_other_page_type_is_accessible_and_fits_a_small_phone(reader_site, axe_tab, artifacts, page_type, code):
    tab = axe_tab
    tab.set_viewport_size(PHONE)
    response = tab.goto(url_of(reader_site, page_type, code))
    assert response.status == (404 if page_type == "404" else 200)
    assert serious_violations(tab) == []
    assert tab.evaluate("document.documentElement.dir") == ("rtl" if code == "ug-arab" else "ltr")
    tab.screenshot(path=str(artifacts / f"{page_type.replace(' ', '-')}-{code}-phone.png"))
    tab.set_viewport_size(NARROW)
    assert tab.evaluate("document.documentElement.scrollWidth") <= NARROW["width"], overflowing(tab)


@pytest.mark.parametrize(
    ("code", "typed", "shown"),
    [("kk", "05.03.2024", "05.03.2024"), ("ko", "2024. 3. 5.", "2024-03-05"), ("ug-arab", "05.03.2024", "05.03.2024")],
)
def test_reader_types_search_dates_in_the_pages_order_whatever_the_browsers_language(
    reader_site, tab, code, typed, shown
):
    """The browser is en-US (its date picker would ask for mm/dd/yyyy); the boxes follow the page."""
    tab.set_viewport_size(DESKTOP)
    tab.goto(url_of(reader_site, "search", code))
    box = tab.locator("#search-from")
    assert box.get_attribute("type") == "text"
    assert box.get_attribute("placeholder") == ("2025-12-31" if code == "ko" else "31.12.2025")
    box.fill(typed)
    box.press("Enter")  # no JavaScript involved: the form's own submit
    tab.wait_for_selector(".search-chips .chip--selected")
    assert "from=" in tab.url
    with translation.override(code):  # 5 March 2024 as the page writes dates
        chip = formats.date_format(datetime.date(2024, 3, 5), "DATE_FORMAT")
    assert chip in tab.locator(".search-chips").inner_text()
    assert tab.locator("#search-from").input_value() == shown
    # A date that cannot be read: the reader's language's error beside the boxes, not a server error.
    tab.fill("#search-to", "31.31.2024")
    tab.press("#search-to", "Enter")
    tab.wait_for_selector('[role="alert"] #search-to[aria-invalid="true"]')
    assert tab.locator("#search-to").input_value() == "31.31.2024"


@pytest.mark.parametrize("code", LANGUAGES)
def test_article_weighs_at_most_150_kb_without_its_images(reader_site, tab, code):
    """Bytes on the wire (compressed as served), as the browser counts them, images left out."""
    track_requests(tab).goto(url_of(reader_site, "article", code))
    settle(tab)  # every request the page makes, after its load event too, answered (waits.py)
    sizes = tab.evaluate(
        """() => Object.fromEntries([performance.getEntriesByType('navigation')[0],
                ...performance.getEntriesByType('resource').filter(e => e.initiatorType !== 'img')]
            .map(e => [e.name, e.transferSize]))"""
    )
    total = sum(sizes.values())
    assert any(url.endswith(".woff2") for url in sizes) or code == "ko", sizes  # fonts counted, not missed
    assert total <= TRANSFER_BUDGET, {url.rsplit("/", 1)[-1]: size for url, size in sizes.items()}


def test_lighthouse_on_a_phone_scores_at_least_95_in_every_category(reader_site, artifacts):
    """One page in CI (the Kazakh article); bench/lighthouse.py records every page type and language."""
    require(CLI.exists(), "Lighthouse is not installed (npm ci)")
    url = url_of(reader_site, "article", "kk")
    result = run_lighthouse(url, artifacts / "lighthouse-article-kk.json")
    scores = result["scores"]
    if any(score < LIGHTHOUSE_MINIMUM for score in scores.values()):
        # Lighthouse's performance score varies from run to run on a busy machine (its own docs advise
        # the median of several runs): a page below the bar is scored twice more and judged by the median.
        runs = [scores] + [run_lighthouse(url)["scores"] for _ in range(2)]
        scores = {category: statistics.median(run[category] for run in runs) for category in scores}
        result = {**result, "scores": scores, "runs": runs}
    assert all(score >= LIGHTHOUSE_MINIMUM for score in scores.values()), result
