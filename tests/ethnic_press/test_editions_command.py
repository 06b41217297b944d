"""`manage.py extract_editions`: the whole archive or a part of it, with a progress bar and a summary."""

import datetime

from django.core.management import CommandError, call_command

import pytest

from ethnic_press.editions.extraction import deferred_extraction
from ethnic_press.editions.models import EditionText, PrintPage
from tests import factories
from tests.ethnic_press import editions as make

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(outlet, outlet_index):
    """Editions queued but never read (no worker ran): two of `outlet`, one of Koryo Ilbo."""
    koryo = factories.OutletPageFactory(parent=outlet_index, slug="koryo-ilbo", languages=["ko"])
    old = make.edition(outlet, make.born_digital(make.strip("kk", make.KAZAKH)), number=1)
    new = make.edition(outlet, make.born_digital(make.strip("ru", make.RUSSIAN)), number=2)
    for edition, date in ((old, datetime.date(1994, 5, 6)), (new, datetime.date(2024, 5, 6))):
        edition.issue_date = date
        edition.save()
    korean = make.edition(koryo, make.born_digital(make.strip("de", make.GERMAN)), number=3)
    return {"old": old, "new": new, "korean": korean}


def state(edition) -> EditionText:
    return EditionText.objects.get(document=edition.pdf)


def test_reads_only_the_chosen_outlets_editions_since_a_date(archive, capsys):
    call_command("extract_editions", "--outlet", "dostyq", "--since", "2000-01-01")
    output = capsys.readouterr()
    assert "Read 1 editions, 1 pages" in output.out
    assert "1/1" in output.err  # tqdm's bar
    assert state(archive["new"]).status == EditionText.Status.DONE
    assert state(archive["old"]).status == state(archive["korean"]).status == EditionText.Status.QUEUED


def test_second_run_reads_nothing_and_force_reads_again_without_corrections(archive, capsys):
    call_command("extract_editions", verbosity=0)
    page = state(archive["old"]).pages.get()
    PrintPage.objects.filter(pk=page.pk).update(corrected_text="Түзетілген мәтін", corrected_at=page.updated_at)
    call_command("extract_editions", verbosity=0)
    assert "Read 0 editions" in capsys.readouterr().out
    call_command("extract_editions", "--force", "--outlet", "dostyq", verbosity=0)
    page = state(archive["old"]).pages.get()
    assert not page.is_corrected and make.KAZAKH in page.text


def test_unreadable_edition_is_reported_and_the_exit_status_says_so(archive, outlet, capsys):
    make.edition(outlet, b"%PDF-1.4 broken", number=9)
    with pytest.raises(CommandError) as failure:
        call_command("extract_editions", verbosity=0)
    assert failure.value.returncode == 1
    assert "1 editions and 0 pages could not be read" in capsys.readouterr().out
    assert state(archive["korean"]).status == EditionText.Status.DONE


@pytest.mark.parametrize(
    ("arguments", "message"), [(["--since", "1.5.2024"], "YYYY-MM-DD"), (["--outlet", "x"], "No outlet")]
)
def test_bad_arguments_are_refused_with_a_message(arguments, message):
    with pytest.raises(CommandError, match=message):
        call_command("extract_editions", *arguments)


def test_editions_saved_while_extraction_is_deferred_are_marked_queued_once_when_it_ends(
    outlet, django_capture_on_commit_callbacks
):
    """As the demo seeding saves them (add, revise, publish): each document checked once, at the end, left
    queued for `extract_editions` with its edition's language, and nothing handed to the task queue."""
    with django_capture_on_commit_callbacks(execute=True), deferred_extraction():  # tasks run at once
        edition = make.edition(outlet, make.born_digital(make.strip("ru", make.RUSSIAN)), language="ru")
        edition.save_revision().publish()
        assert not EditionText.objects.exists()
    assert (state(edition).status, state(edition).language) == (EditionText.Status.QUEUED, "ru")  # not read
