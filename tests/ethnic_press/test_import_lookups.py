"""A batch's authors are looked up at once, with the answers one look-up per name gives."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from ethnic_press.importing import LineError
from ethnic_press.importing.lookups import Lookups
from tests import factories

NAMES = ["Айгүл Сәрсенова", "Aigul Sarsenova", "Сергей Ли", "Жаңа Автор", "Ерлан"]


def _answer(lookups: Lookups, name: str):
    try:
        return lookups.journalist(name)
    except LineError as error:
        return str(error)


def test_a_batchs_authors_are_found_in_one_query_as_one_look_up_per_name_finds_them(outlets):
    aigul = factories.JournalistFactory(name="Айгүл Сәрсенова", name_latin="Aigul Sarsenova")
    factories.JournalistFactory(name="Сергей Ли")
    factories.JournalistFactory(name="Сергей Ли", slug="sergei-li-2")
    factories.JournalistFactory(name="Ерлан Жұмабаев", name_cyrillic="Ерлан")
    one_by_one = {name: _answer(Lookups(), name) for name in NAMES}

    lookups = Lookups()
    with CaptureQueriesContext(connection) as queries:
        lookups.prefetch_journalists(NAMES)
    with CaptureQueriesContext(connection) as later:
        batch = {name: _answer(lookups, name) for name in NAMES}

    assert len(queries) == 1 and len(later) == 0
    assert batch == one_by_one
    assert batch["Aigul Sarsenova"] == aigul and batch["Жаңа Автор"] is None
    assert batch["Сергей Ли"] == "author 'Сергей Ли' matches several journalists"
