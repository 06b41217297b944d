"""Creating, translating and renaming an outlet keeps its collection, groups and workflow in step."""

from django.contrib.auth.models import Group

from wagtail.models import Collection, GroupPagePermission, Workflow, WorkflowPage

from ethnic_press.models import OutletAccess
from ethnic_press.permissions import NETWORK_EDITORS, add_member
from ethnic_press.provisioning import access_for, deferred_provisioning
from languages.localize import translate_page
from tests import factories
from tests.helpers import make_user

EDITOR_CODENAMES = {"add_page", "change_page", "publish_page", "lock_page", "unlock_page"}


def page_codenames(group, page) -> set[str]:
    return set(
        GroupPagePermission.objects.filter(group=group, page=page).values_list("permission__codename", flat=True)
    )


def test_creating_an_outlet_creates_its_collection_groups_and_workflow(outlet_a):
    access = OutletAccess.objects.get(translation_key=outlet_a.translation_key)
    assert access.collection.name == "Коре ильбо"
    assert access.collection.get_parent() == Collection.get_first_root_node()
    assert access.journalists.name == "Коре ильбо journalists"
    assert access.editors.name == "Коре ильбо editors"
    assert page_codenames(access.journalists, outlet_a) == {"add_page", "change_page"}
    assert page_codenames(access.editors, outlet_a) == EDITOR_CODENAMES
    for group in (access.journalists, access.editors):
        assert group.permissions.filter(codename="access_admin").exists()
    workflow = Workflow.objects.get(name="editorial review: Коре ильбо")
    assert WorkflowPage.objects.get(page=outlet_a).workflow == workflow
    task = workflow.tasks.get().specific
    assert list(task.groups.all()) == [access.editors]


def test_journalists_may_upload_and_choose_but_not_change_others_media(outlet_a):
    access = OutletAccess.objects.get(translation_key=outlet_a.translation_key)
    journalist_perms = set(
        access.journalists.collection_permissions.filter(collection=access.collection).values_list(
            "permission__codename", flat=True
        )
    )
    assert journalist_perms == {"add_image", "choose_image", "add_document", "choose_document"}
    assert access.editors.collection_permissions.filter(permission__codename="change_image").exists()


def test_a_translation_of_the_outlet_gets_the_same_groups_and_workflow(outlet_a):
    access = OutletAccess.objects.get(translation_key=outlet_a.translation_key)
    for ancestor in (outlet_a.get_parent().get_parent(), outlet_a.get_parent()):
        translate_page(ancestor, "ru")
    translated = translate_page(outlet_a, "ru", title="Коре ильбо (рус.)")
    assert OutletAccess.objects.count() == 1
    assert page_codenames(access.journalists, translated) == {"add_page", "change_page"}
    assert "publish_page" in page_codenames(access.editors, translated)
    assert WorkflowPage.objects.get(page=translated).workflow == access.workflow
    # The translation's own title does not rename the outlet's groups.
    access.refresh_from_db()
    assert access.editors.name == "Коре ильбо editors"


def test_renaming_the_outlet_renames_collection_groups_and_workflow(outlet_a):
    outlet_a.title = "Корё ильбо"
    outlet_a.save_revision().publish()
    access = OutletAccess.objects.select_related("collection", "journalists", "editors", "workflow").get()
    assert access.collection.name == "Корё ильбо"
    assert access.journalists.name == "Корё ильбо journalists"
    assert access.editors.name == "Корё ильбо editors"
    assert access.workflow.name == "editorial review: Корё ильбо"
    assert access.workflow.tasks.get().name == "Review by Корё ильбо editors"


def test_two_outlets_with_the_same_title_get_distinct_groups(outlet_index):
    first = factories.OutletPageFactory(parent=outlet_index, title="Достық", slug="dostyq-1")
    second = factories.OutletPageFactory(parent=outlet_index, title="Достық", slug="dostyq-2")
    names = {OutletAccess.objects.get(translation_key=page.translation_key).editors.name for page in (first, second)}
    assert names == {"Достық editors", "Достық editors (2)"}


def test_network_editors_have_every_page_and_collection(outlet_a):
    group = Group.objects.get(name=NETWORK_EDITORS)
    root_permissions = group.page_permissions.filter(page__depth=1).values_list("permission__codename", flat=True)
    assert "publish_page" in set(root_permissions)
    assert group.collection_permissions.filter(collection__depth=1, permission__codename="choose_image").exists()


def test_adding_a_member_puts_them_in_the_role_group(outlet_a):
    user = make_user("new-reporter")
    add_member(user, access_for(outlet_a), "editor")
    assert list(user.groups.values_list("name", flat=True)) == ["Коре ильбо editors"]


def test_deferred_provisioning_provisions_each_page_once_on_leaving(outlet_index):
    """Seeding's path: an outlet built in two locales inside `deferred_provisioning()` is provisioned only
    when the block is left, with the same grants and workflow as a save-by-save provisioning."""
    ancestors = (outlet_index.get_parent(), outlet_index)
    with deferred_provisioning():
        outlet = factories.OutletPageFactory(parent=outlet_index, title="Достық", slug="dostyq")
        for ancestor in ancestors:
            translate_page(ancestor, "ru")
        translated = translate_page(outlet, "ru", title="Дружба")
        assert not OutletAccess.objects.exists()
        assert not WorkflowPage.objects.filter(page__in=[outlet, translated]).exists()
    access = OutletAccess.objects.select_related("collection", "journalists", "editors", "workflow").get()
    assert access.collection.name == "Достық"  # the default-locale title, not the translation's
    assert access.editors.name == "Достық editors"
    for page in (outlet, translated):
        assert page_codenames(access.journalists, page) == {"add_page", "change_page"}
        assert page_codenames(access.editors, page) == EDITOR_CODENAMES
        assert WorkflowPage.objects.get(page=page).workflow == access.workflow

    with deferred_provisioning():  # saved again: nothing new, nothing doubled
        translated.save_revision().publish()
    assert GroupPagePermission.objects.filter(page=translated).count() == 7
    assert OutletAccess.objects.count() == 1
