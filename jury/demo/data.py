# ruff: noqa: E501  (demo texts in three languages, one per line)
"""Example juries: jurors, rounds and criteria of each programme, and how the demo scores.

Everything here is example data. The award's criteria follow what the communication
strategy asks of the "Mykty Mekendesh" award: compatriots' investment of money,
knowledge and skills at home, stories of people whose lives the projects changed, and
public recognition that encourages others to invest. The journalists' and the
invest-challenge's criteria follow those contests' aims in the same strategy.
"""

from decimal import Decimal

from contests.demo.data import t
from contests.enums import ContestKind
from jury.enums import ConflictType, HeadlineMethod, ScoreVisibility

# (username, full name, interface language, scale bias): the bias is added to every
# score the juror gives, so one juror is generous, one strict and one harsh (the harsh
# scale shows why the normalised score matters).
JURORS = [
    ("juror-aibek", "Aibek Toktosunov", "ky", 0),
    ("juror-gulnara", "Gulnara Ismailova", "ru", 0),
    ("juror-timur", "Timur Sadykov", "ru", -2),
    ("juror-asel", "Asel Zhumabaeva", "ky", 1),
    ("juror-sergei", "Sergei Kuznetsov", "ru", -1),
]
HARSH_JUROR = "juror-timur"
JURORS_PER_ENTRY = 3

# (position, name, rules); round names are in Kyrgyz, the demo's source language.
ROUNDS = [
    (1, "Биринчи тур", {"score_visibility": ScoreVisibility.NEVER}),
    (
        2,
        "Финал",
        {
            "score_visibility": ScoreVisibility.AFTER_OWN,
            "headline_method": HeadlineMethod.MEDIAN,
        },
    ),
]
BLIND_KINDS = {ContestKind.JOURNALISTS}
MIN_LABEL = "алсыз / слабо"
MAX_LABEL = "мыкты / отлично"

# (name, guidance, weight); weight 0 marks the information-only criterion.
CRITERIA = {
    ContestKind.AWARD: [
        (
            t("Салым", "Вклад", "Contribution"),
            t(
                "Мекенге канча акча, билим жана тажрыйба салынды, автордун өз салымы канчалык.",
                "Сколько денег, знаний и опыта вложено в родину и какова доля собственного вклада автора.",
                "How much money, knowledge and skill went home, and how much of it is the author's own.",
            ),
            Decimal("3"),
        ),
        (
            t("Адамдардын жашоосу", "Жизнь людей", "People's lives"),
            t(
                "Жумуш орундары, пайда алуучулар жана алардын жашоосундагы өзгөрүү.",
                "Рабочие места, благополучатели и перемены в их жизни.",
                "Jobs, beneficiaries and the change in their lives.",
            ),
            Decimal("3"),
        ),
        (
            t("Туруктуулук", "Устойчивость", "Sustainability"),
            t(
                "Долбоор автордун катышуусуз да уланабы, жаратылышка зыян келтирбейби.",
                "Продолжится ли проект без участия автора, не вредит ли он природе.",
                "Will the project last without the author, and does it spare the environment.",
            ),
            Decimal("2"),
        ),
        (
            t("Башкаларга үлгү", "Пример для других", "An example to others"),
            t(
                "Долбоор башка мекендештерди мекенине инвестиция салууга шыктандырабы.",
                "Вдохновляет ли проект других соотечественников вкладывать в родину.",
                "Does the project encourage other compatriots to invest at home.",
            ),
            Decimal("2"),
        ),
        (
            t("Ийгилик окуясы", "История успеха", "Success story"),
            t(
                "Маалымат үчүн гана: долбоор сайттагы ийгилик окуясына же фотокөргөзмөгө ылайыкпы.",
                "Только для сведения: подходит ли проект для истории успеха на сайте или фотовыставки.",
                "Information only: would the project make a success story on the site or a photo exhibition.",
            ),
            Decimal("0"),
        ),
    ],
    ContestKind.JOURNALISTS: [
        (
            t("Адамдардын окуясы", "Истории людей", "People's stories"),
            t(
                "Материал инвестиция жашоосун өзгөрткөн адамдарды көрсөтөбү.",
                "Показывает ли материал людей, чью жизнь изменили инвестиции.",
                "Does the work show people whose lives investments changed.",
            ),
            Decimal("3"),
        ),
        (
            t("Тактык", "Точность", "Accuracy"),
            t(
                "Фактылар текшерилгенби, булактар аталганбы.",
                "Проверены ли факты, названы ли источники.",
                "Are the facts checked and the sources named.",
            ),
            Decimal("2"),
        ),
        (
            t("Чеберчилик", "Мастерство", "Craft"),
            t(
                "Текст, сүрөт же видео канчалык жакшы жасалган.",
                "Насколько хорошо сделаны текст, фото или видео.",
                "How well the text, photos or video are made.",
            ),
            Decimal("2"),
        ),
        (
            t("Аудитория", "Охват", "Reach"),
            t(
                "Материал мекендештерге жана мигранттарга жеттиби.",
                "Дошёл ли материал до соотечественников и мигрантов.",
                "Did the work reach compatriots and migrants.",
            ),
            Decimal("1"),
        ),
        (
            t("Кайра жарыялоо", "Перепечатка", "Republishing"),
            t(
                "Маалымат үчүн гана: материалды порталда кайра жарыялоого болобу.",
                "Только для сведения: можно ли перепечатать материал на портале.",
                "Information only: could the portal republish the work.",
            ),
            Decimal("0"),
        ),
    ],
    ContestKind.INVEST_CHALLENGE: [
        (
            t("Идея жана рынок", "Идея и рынок", "Idea and market"),
            t(
                "Идея жаңыбы, ага суроо-талап барбы.",
                "Нова ли идея и есть ли на неё спрос.",
                "Is the idea new, and is there demand for it.",
            ),
            Decimal("3"),
        ),
        (
            t("Команда", "Команда", "Team"),
            t(
                "Команданын билими жана тажрыйбасы жетиштүүбү.",
                "Достаточно ли у команды знаний и опыта.",
                "Does the team have the knowledge and skills it needs.",
            ),
            Decimal("2"),
        ),
        (
            t("Мекенге пайдасы", "Польза для родины", "Benefit at home"),
            t(
                "Стартап Кыргызстанда жумуш орундарын түзөбү.",
                "Создаст ли стартап рабочие места в Кыргызстане.",
                "Will the start-up create jobs in Kyrgyzstan.",
            ),
            Decimal("2"),
        ),
        (
            t("Ишке ашуучулук", "Реализуемость", "Feasibility"),
            t(
                "План, бюджет жана мөөнөттөр реалдуубу.",
                "Реалистичны ли план, бюджет и сроки.",
                "Are the plan, budget and timing realistic.",
            ),
            Decimal("2"),
        ),
        (
            t("Менторго муктаждык", "Нужен наставник", "Mentoring need"),
            t(
                "Маалымат үчүн гана: командага ментор канчалык керек.",
                "Только для сведения: насколько команде нужен наставник.",
                "Information only: how much the team needs a mentor.",
            ),
            Decimal("0"),
        ),
    ],
}

# The edition whose first round is scored in full (its ky slug), and how: each entry's
# quality by its demo number (contests.demo.data.ENTRIES, counted from 1).
SCORED_EDITION = "2023"
QUALITY = {1: 8, 2: 6, 4: 7, 20: 5, 21: 7, 22: 5}
# One entry where the first juror assigned loves it and the others do not.
DISAGREEMENT = (22, 4)
# One declared conflict: the first juror assigned to this entry, besides the harsh one.
CONFLICT = (
    2,
    ConflictType.BUSINESS,
    "Долбоордун автору менен бир компанияда пайчы болгом (мисал).",
)
# Where the demo shows reviews still in progress: drafts for the first few assignments.
DRAFT_EDITION = "2025"
DRAFTS = 3

# The outcome of SCORED_EDITION, decided from its first round's ranking: the citations
# of every winner and of the one special mention, marked as examples in each language.
CITATIONS = {
    "winner": t(
        "Мисал: мекенге салган салымы жана адамдардын жашоосуна тийгизген таасири үчүн.",
        "Пример: за вклад в родину и перемены в жизни людей.",
        "Example: for the contribution at home and the change in people's lives.",
    ),
    "special_mention": t(
        "Мисал: башка мекендештерге үлгү болгон долбоор үчүн атайын белгилөө.",
        "Пример: особое упоминание за проект, ставший примером для других соотечественников.",
        "Example: a special mention for a project that sets an example to other compatriots.",
    ),
}
