# ruff: noqa: E501  (demo texts in three languages, one per line)
"""The three contests of the strategy, their editions and example entries.

Programmes and the award's organisers come from the strategy; edition details, prizes
and entries are examples (entries are marked ``is_example`` and titled "Example").
"""


def t(ky: str, ru: str, en: str) -> dict[str, str]:
    return {"ky": ky, "ru": ru, "en": en}


PROGRAMMES = [
    {
        "key": "award",
        "kind": "award",
        "title": t(
            "«Мыкты Мекендеш» сыйлыгы", "Премия «Мыкты Мекендеш»", "The “Mykty Mekendesh” award"
        ),
        "slug": t("мыкты-мекендеш", "мыкты-мекендеш-ru", "mykty-mekendesh"),
        "summary": t(
            "Мекендештердин эң мыкты инвестициялык долбоору үчүн сыйлык, 2023-жылдан бери эки жылда бир жолу.",
            "Премия за лучший инвестиционный проект соотечественников, раз в два года с 2023 года.",
            "The award for the best compatriot investment project, every two years since 2023.",
        ),
        "organisers": t(
            "Миграция министрлиги; Тышкы иштер министрлиги; Мекендештер менен байланыштар боюнча кеңеш",
            "Министерство миграции; Министерство иностранных дел; Совет по связям с соотечественниками",
            "Ministry of Migration; Ministry of Foreign Affairs; Council on relations with compatriots",
        ),
        "introduction": t(
            "Сыйлык мекенине акча, билим жана тажрыйба салган мекендештерди даңазалайт.",
            "Премия отмечает соотечественников, вложивших в родину деньги, знания и опыт.",
            "The award honours compatriots who invest money, knowledge and skills at home.",
        ),
    },
    {
        "key": "journalists",
        "kind": "journalists",
        "title": t(
            "«Адамдардын жашоосун өзгөрткөн инвестициялар» журналисттер сынагы",
            "Конкурс журналистов «Инвестиции, которые меняют жизнь людей»",
            "Journalists' contest “Investments that change people's lives”",
        ),
        "slug": t("журналисттер-сынагы", "конкурс-журналистов", "journalists-contest"),
        "summary": t(
            "Долбоорлор жашоосун өзгөрткөн адамдар тууралуу материалдар үчүн ММК жана блогерлердин сынагы.",
            "Конкурс СМИ и блогеров о людях, чью жизнь изменили проекты.",
            "A contest for media and bloggers reporting on people whose lives projects changed.",
        ),
        "organisers": t("Миграция министрлиги", "Министерство миграции", "Ministry of Migration"),
        "introduction": t(
            "Сынак сыйлыктын жыйынтыктары чыгарылганда өткөрүлөт.",
            "Конкурс проводится, когда подводятся итоги премии.",
            "The contest is held when the award's results are summed up.",
        ),
    },
    {
        "key": "invest",
        "kind": "invest_challenge",
        "title": t("Инвест-челлендж", "Инвест-челлендж", "Invest-challenge"),
        "slug": t("инвест-челлендж", "инвест-челлендж-ru", "invest-challenge"),
        "summary": t(
            "Жаш мекендештердин инвестициялык стартаптарынын акселератору; жеңүүчүлөр грант алышат.",
            "Акселератор инвестиционных стартапов молодых соотечественников; победители получают гранты.",
            "An accelerator for young compatriots' investment start-ups; winners receive grants.",
        ),
        "organisers": t("Миграция министрлиги", "Министерство миграции", "Ministry of Migration"),
        "introduction": t(
            "Катышуучулар 35 жаштан ашпашы керек.",
            "Участникам должно быть не более 35 лет.",
            "Participants must be 35 or younger.",
        ),
    },
]

CATEGORIES = {
    "award": [
        (
            "investment",
            t("Инвестиция", "Инвестиции", "Investment"),
            t(
                "Мекенге салынган каражат.",
                "Средства, вложенные в родину.",
                "Money invested at home.",
            ),
        ),
        (
            "knowledge",
            t("Билим жана тажрыйба", "Знания и опыт", "Knowledge and skills"),
            t(
                "Билим берүү жана тажрыйба алмашуу.",
                "Обучение и обмен опытом.",
                "Teaching and sharing skills.",
            ),
        ),
        (
            "charity",
            t("Кайрымдуулук", "Благотворительность", "Charity"),
            t("Кайрымдуулук долбоорлору.", "Благотворительные проекты.", "Charity projects."),
        ),
    ],
    "journalists": [
        (
            "article",
            t("Макала", "Статья", "Article"),
            t(
                "Басма же онлайн макала.",
                "Печатная или онлайн-статья.",
                "A printed or online article.",
            ),
        ),
        (
            "video",
            t("Видео", "Видео", "Video"),
            t("Видеосюжет же блог.", "Видеосюжет или блог.", "A video report or vlog."),
        ),
    ],
    "invest": [
        (
            "agro",
            t("Агро", "Агро", "Agriculture"),
            t("Айыл чарба стартаптары.", "Сельскохозяйственные стартапы.", "Farming start-ups."),
        ),
        (
            "tech",
            t("Технология", "Технологии", "Technology"),
            t(
                "IT жана санариптик стартаптар.",
                "IT и цифровые стартапы.",
                "IT and digital start-ups.",
            ),
        ),
    ],
}

RULES = {
    "award": [
        (
            "compatriot",
            t(
                "Автор чет өлкөдө жашаган мекендеш.",
                "Автор — соотечественник, живущий за рубежом.",
                "The author is a compatriot living abroad.",
            ),
        ),
        (
            "completed",
            t(
                "Долбоор ишке ашырылган.",
                "Проект реализован.",
                "The project has been carried out.",
            ),
        ),
    ],
    "journalists": [
        (
            "published",
            t(
                "Материал сынак мезгилинде жарыяланган.",
                "Материал опубликован в период конкурса.",
                "The work was published during the contest period.",
            ),
        ),
        (
            "theme",
            t(
                "Материал инвестициялар тууралуу.",
                "Материал об инвестициях.",
                "The work is about investments.",
            ),
        ),
    ],
    "invest": [
        (
            "age",
            t(
                "Команданын ар бир мүчөсү 35 жаштан ашпайт.",
                "Каждому члену команды не более 35 лет.",
                "Every team member is 35 or younger.",
            ),
        ),
        (
            "compatriot",
            t(
                "Команда мекендештерден турат.",
                "Команда состоит из соотечественников.",
                "The team is made of compatriots.",
            ),
        ),
    ],
}

PRIZES = {
    "award": [(t("Башкы сыйлык", "Главная премия", "Grand prize"), "5000", "USD")],
    "journalists": [(t("Биринчи орун", "Первое место", "First place"), "1000", "USD")],
    "invest": [(t("Грант", "Грант", "Grant"), "10000", "USD")],
}

QUESTION = {
    "key": "heard-from",
    "label": t(
        "Сынак тууралуу каяктан уктуңуз?",
        "Откуда вы узнали о конкурсе?",
        "Where did you hear about the contest?",
    ),
    "help_text": t("Милдеттүү эмес.", "Необязательно.", "Optional."),
}

# (programme key, year or offset key, title, slug, dates as (opens, closes, results)).
# Offsets are days from the day the demo is loaded, so a demo loaded any day has an
# open award and an open journalists' contest, and an upcoming invest-challenge.
EDITIONS = [
    (
        "award",
        t("«Мыкты Мекендеш» 2023", "«Мыкты Мекендеш» 2023", "Mykty Mekendesh 2023"),
        t("2023", "2023-ru", "2023-en"),
        ("2023-03-01", "2023-06-30", "2023-10-15"),
    ),
    (
        "award",
        t("«Мыкты Мекендеш» 2025", "«Мыкты Мекендеш» 2025", "Mykty Mekendesh 2025"),
        t("2025", "2025-ru", "2025-en"),
        ("2025-03-01", "2025-06-30", "2025-10-15"),
    ),
    (
        "award",
        t(
            "«Мыкты Мекендеш»: кабыл алуу ачык",
            "«Мыкты Мекендеш»: приём открыт",
            "Mykty Mekendesh: entries open",
        ),
        t("ачык", "открыт", "open"),
        (-30, 45, 120),
    ),
    (
        "journalists",
        t(
            "Журналисттер сынагы: кабыл алуу ачык",
            "Конкурс журналистов: приём открыт",
            "Journalists' contest: entries open",
        ),
        t("ачык", "открыт", "open"),
        (-10, 60, 120),
    ),
    (
        "invest",
        t("Инвест-челлендж: жакында", "Инвест-челлендж: скоро", "Invest-challenge: coming soon"),
        t("жакында", "скоро", "coming-soon"),
        (30, 90, 150),
    ),
]

# (edition index, category, country, state, reason, extra answers); every entry is an example.
ENTRIES = [
    (0, "investment", "TR", "eligible", "", {}),
    (0, "investment", "RU", "eligible", "", {}),
    (0, "charity", "US", "ineligible", "completed", {}),
    (0, "knowledge", "DE", "eligible", "", {}),
    (1, "investment", "RU", "eligible", "", {}),
    (1, "charity", "TR", "ineligible", "compatriot", {}),
    (1, "knowledge", "CH", "eligible", "", {}),
    (1, "investment", "UA", "eligible", "", {}),
    (2, "investment", "RU", "submitted", "", {}),
    (2, "charity", "TR", "submitted", "", {}),
    (2, "knowledge", "US", "eligible", "", {}),
    (2, "investment", "DE", "submitted", "", {}),
    (3, "article", "RU", "submitted", "", {"medium": "article"}),
    (3, "video", "KG", "eligible", "", {"medium": "video"}),
    (3, "article", "TR", "ineligible", "theme", {"medium": "article"}),
    (3, "video", "US", "submitted", "", {"medium": "video"}),
    (3, "article", "KG", "withdrawn", "", {"medium": "article"}),
    (2, "investment", "RU", "submitted", "", {"duplicate_of": 8}),
    (1, "investment", "KG", "eligible", "", {}),
    (0, "knowledge", "CH", "eligible", "", {}),
    (0, "charity", "KZ", "eligible", "", {}),
    (0, "investment", "US", "eligible", "", {}),
]
