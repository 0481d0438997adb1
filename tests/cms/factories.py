import factory

import wagtail_factories

from cms.models import HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Башкы бет {n}")
    central_theme = "Өлкөнүн өнүгүүсүнө салынган инвестиция жашоону жакшыртат!"

    class Meta:
        model = HomePage
