import pytest

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile

from wagtail.models import Collection, CollectionViewRestriction

from media_library.consent import CONSENT_FORM_READERS, CONSENT_FORMS_COLLECTION
from media_library.models import CustomDocument

FORM = b"%PDF-1.4\n% signed consent form of Aigul A.\n%%EOF\n"


@pytest.fixture
def consent_form(db):
    return CustomDocument.objects.create(
        title="Release 2024-17",
        file=ContentFile(FORM, name="release-2024-17.pdf"),
        collection=Collection.objects.get(name=CONSENT_FORMS_COLLECTION),
    )


def user_in(django_user_model, *group_names, username="someone"):
    user = django_user_model.objects.create_user(username, password="pw")
    user.groups.add(*Group.objects.filter(name__in=group_names))
    return user


@pytest.mark.django_db
def test_migration_made_a_private_collection_for_the_reader_groups():
    collection = Collection.objects.get(name=CONSENT_FORMS_COLLECTION)
    restriction = CollectionViewRestriction.objects.get(collection=collection)

    assert collection.get_parent() == Collection.get_first_root_node()
    assert restriction.restriction_type == CollectionViewRestriction.GROUPS
    assert sorted(restriction.groups.values_list("name", flat=True)) == sorted(
        CONSENT_FORM_READERS
    )


@pytest.mark.django_db
def test_migration_is_idempotent():
    from importlib import import_module

    from django.apps import apps

    migration = import_module("media_library.migrations.0003_consent_forms_collection")
    migration.create_consent_forms_collection(apps, None)
    migration.create_consent_forms_collection(apps, None)

    assert Collection.objects.filter(name=CONSENT_FORMS_COLLECTION).count() == 1
    assert (
        CollectionViewRestriction.objects.filter(collection__name=CONSENT_FORMS_COLLECTION).count()
        == 1
    )
    assert Group.objects.filter(name__in=CONSENT_FORM_READERS).count() == 2
    Collection.get_first_root_node().add_child(name="Exhibition")  # the tree is still valid


def test_anonymous_visitor_is_sent_to_log_in(client, consent_form):
    response = client.get(consent_form.url)

    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_logged_in_user_outside_the_groups_gets_no_file(client, consent_form, django_user_model):
    client.force_login(user_in(django_user_model))

    response = client.get(consent_form.url)

    assert response.status_code == 302
    assert FORM not in b"".join(getattr(response, "streaming_content", [response.content]))


@pytest.mark.parametrize("group", CONSENT_FORM_READERS)
def test_reader_groups_get_the_file(client, consent_form, django_user_model, group):
    client.force_login(user_in(django_user_model, group))

    response = client.get(consent_form.url)

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == FORM
    assert response["Content-Disposition"].startswith("attachment")


def test_public_document_is_served_to_anyone(client, db):
    document = CustomDocument.objects.create(
        title="Annual report", file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="report.pdf")
    )

    response = client.get(document.url)

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4\n%%EOF\n"
