"""Waiting for a page to be done: loaded, its scripts' work after the load event done, no request in flight.

Playwright's "networkidle" waits for 500 ms without a request every time, whatever the page: in the admin's
journeys and the reader site's budget and policy checks that was most of the time the browser was idle. A page
here is settled when its load event has fired, its event loop has gone idle once (the work its scripts queued
on load has run: `requestIdleCallback`), and none of its requests has been in flight for QUIET seconds. The
admin journeys waited 150 ms of quiet: in 86 settled screens of all five admin tests, no request ever started
once a tab had been seen quiet. A request that starts later (a timer's) still reports its errors to the tab,
which the next check asserts (`Screens.no_late_errors` at the end of each admin test).
"""

import time

from playwright.sync_api import Error

QUIET = 0.05  # seconds without a request in flight
SETTLE_TIMEOUT = 10
IDLE = "() => new Promise(done => requestIdleCallback(() => done(), {timeout: 1000}))"


def track_requests(tab):
    """`tab.in_flight`: the tab's requests not answered yet (settle()), from now on; once per tab."""
    if hasattr(tab, "in_flight"):
        return tab
    tab.in_flight = set()
    tab.on("request", lambda request: tab.in_flight.add(request))
    tab.on("requestfinished", lambda request: tab.in_flight.discard(request))
    tab.on("requestfailed", lambda request: tab.in_flight.discard(request))
    return tab


def settle(tab) -> None:
    """The page loaded, idle once, and none of its requests unanswered for QUIET seconds (track_requests)."""
    tab.wait_for_load_state("load")
    try:
        tab.evaluate(IDLE)
    except Error:  # the page navigated meanwhile (a form's answer, a redirect): the new one is waited for
        tab.wait_for_load_state("load")
    quiet_since = time.monotonic()
    deadline = quiet_since + SETTLE_TIMEOUT
    while time.monotonic() < deadline:
        if tab.in_flight:
            quiet_since = time.monotonic()
        elif time.monotonic() - quiet_since >= QUIET:
            return
        tab.wait_for_timeout(25)  # lets Playwright deliver the tab's request events
    tab.wait_for_load_state("networkidle")  # a request never reported as finished: Playwright's own wait
