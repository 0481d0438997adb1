import datetime

import factory

import wagtail_factories

from contests.enums import ContestKind
from contests.models import (
    ContestEditionPage,
    ContestProgrammePage,
    EditionCategory,
    EditionQuestion,
    EligibilityRule,
)


class ContestProgrammePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Сынак {n}")
    kind = ContestKind.AWARD
    summary = "Мекендештердин эң мыкты инвестициялык долбоору"

    class Meta:
        model = ContestProgrammePage


class ContestEditionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Сынак {2020 + n}")
    opens_on = factory.LazyFunction(lambda: datetime.date.today() - datetime.timedelta(days=10))
    closes_on = factory.LazyFunction(lambda: datetime.date.today() + datetime.timedelta(days=10))
    results_on = factory.LazyFunction(lambda: datetime.date.today() + datetime.timedelta(days=60))
    privacy_notice_version = "2026-1"

    class Meta:
        model = ContestEditionPage


def add_categories(edition, *keys):
    for number, key in enumerate(keys):
        EditionCategory.objects.create(
            page=edition,
            key=key,
            name=f"Номинация {key}",
            sort_order=number,
            locale=edition.locale,
        )


def add_rule(edition, key, text):
    return EligibilityRule.objects.create(page=edition, key=key, text=text, locale=edition.locale)


def add_question(edition, key, field_type="text", required=False, choices=""):
    return EditionQuestion.objects.create(
        page=edition,
        key=key,
        label=f"Суроо {key}",
        field_type=field_type,
        required=required,
        choices=choices,
        locale=edition.locale,
    )
