import pytest

from languages import names


@pytest.fixture(autouse=True)
def _names_from_the_data_files_only(request):
    """Unit tests of the letter rules and the table run without a database; tests marked django_db use
    the registered (database) names too."""
    if request.node.get_closest_marker("django_db"):
        yield
        return
    with names.static_only():
        yield
