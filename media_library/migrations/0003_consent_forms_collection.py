"""The private "Consent forms" collection, readable only by the consent-form groups.

Idempotent: running it where the collection, its restriction or the groups already
exist adds only what is missing. Rolling back leaves them (and the forms) in place.
"""

from django.db import migrations

from media_library.consent import CONSENT_FORM_READERS, CONSENT_FORMS_COLLECTION

# django-treebeard's materialised path: 4 characters per level in this alphabet.
PATH_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
STEP_LENGTH = 4


def next_child_path(parent_path, last_child_path):
    if last_child_path is None:
        return parent_path + "0001"
    value = 0
    for char in last_child_path[-STEP_LENGTH:]:
        value = value * len(PATH_ALPHABET) + PATH_ALPHABET.index(char)
    value += 1
    step = ""
    for _ in range(STEP_LENGTH):
        value, digit = divmod(value, len(PATH_ALPHABET))
        step = PATH_ALPHABET[digit] + step
    return parent_path + step


def create_consent_forms_collection(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    CollectionViewRestriction = apps.get_model("wagtailcore", "CollectionViewRestriction")
    Group = apps.get_model("auth", "Group")

    root = Collection.objects.filter(depth=1).order_by("path").first()
    if root is None:
        return
    children = Collection.objects.filter(depth=2, path__startswith=root.path)
    collection = children.filter(name=CONSENT_FORMS_COLLECTION).first()
    if collection is None:
        last = children.order_by("-path").values_list("path", flat=True).first()
        collection = Collection.objects.create(
            name=CONSENT_FORMS_COLLECTION,
            path=next_child_path(root.path, last),
            depth=2,
            numchild=0,
        )
        Collection.objects.filter(pk=root.pk).update(numchild=children.count())

    restriction = CollectionViewRestriction.objects.filter(
        collection=collection, restriction_type="groups"
    ).first()
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type="groups"
        )
    groups = [Group.objects.get_or_create(name=name)[0] for name in CONSENT_FORM_READERS]
    restriction.groups.add(*groups)


class Migration(migrations.Migration):
    dependencies = [
        ("media_library", "0002_private_image_file"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(create_consent_forms_collection, migrations.RunPython.noop),
    ]
