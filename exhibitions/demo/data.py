"""The 2025 photo exhibition of the communication strategy (its action plan: "Photo
exhibition … mobile exhibition in embassies, Centres for the Development of Culture and
Traditions abroad; archive on YouTube and migrant.kg; indicator: number of exhibitions").

Its exhibits are the eight cases of Annex 2, already demo success stories; their photos
are the stories' own. Venues are placed at their city's centre; the tour's dates and
visitor numbers are made up and marked as examples.
"""

EXHIBITION = {
    "title": {
        "ky": "Мекенге көңүл: мекендештердин жардамы",
        "ru": "Забота о Родине: помощь соотечественников",
        "en": "Caring for the Homeland: Help from Compatriots",
    },
    "slug": {
        "ky": "мекенге-көңүл",
        "ru": "забота-о-родине",
        "en": "caring-for-the-homeland",
    },
    "year": 2025,
    "introduction": {
        "ky": "Мекенинде долбоорлорду колдогон жана ишке ашырган адамдар, ошондой эле "
        "жашоосу ушул долбоорлордун аркасында өзгөргөн адамдар тууралуу көчмө сүрөт көргөзмөсү.",
        "ru": "Передвижная фотовыставка о людях, которые поддержали и реализовали проекты на "
        "родине, и о тех, чья жизнь благодаря этим проектам изменилась.",
        "en": "A travelling photo exhibition about people who supported and carried out "
        "projects at home, and about those whose lives these projects changed.",
    },
    "curator_text": {
        "ky": "Ар бир сүрөттүн артында чыныгы окуя турат: алыста жүргөн кыргыздар "
        "жердештерине кантип жардам беришкенин стратегиянын 2-тиркемесиндеги "
        "сегиз окуя айтып берет.",
        "ru": "За каждой фотографией стоит настоящая история: восемь случаев из приложения 2 "
        "стратегии рассказывают, как кыргызстанцы за рубежом помогали своим землякам.",
        "en": "Behind every photo is a real story: the eight cases of Annex 2 of the strategy "
        "tell how Kyrgyz people abroad helped their fellow countrymen.",
    },
    "credits": {
        "ky": "Кыргыз Республикасынын Эмгек, социалдык камсыздоо жана миграция министрлиги; "
        "Тышкы иштер министрлиги.",
        "ru": "Министерство труда, социального обеспечения и миграции Кыргызской Республики; "
        "Министерство иностранных дел.",
        "en": "Ministry of Labour, Social Security and Migration of the Kyrgyz Republic; "
        "Ministry of Foreign Affairs.",
    },
}

SECTIONS = [
    {
        "title": {"ky": "Пандемия жылдары", "ru": "Годы пандемии", "en": "The pandemic years"},
        "slug": {"ky": "пандемия-жылдары", "ru": "годы-пандемии", "en": "the-pandemic-years"},
        "introduction": {
            "ky": "2020-жылы диаспоралар ооруканаларга жана муктаж үй-бүлөлөргө жардам жөнөтүштү.",
            "ru": "В 2020 году диаспоры отправляли помощь больницам и нуждающимся семьям.",
            "en": "In 2020 the diasporas sent help to hospitals and families in need.",
        },
        "cases": [
            "turkey-oxygen-concentrators-2020",
            "philadelphia-oxygen-concentrators-2020",
            "ukraine-elim-barsynby-2020",
            "swiss-patrons-elderly-2020",
        ],
    },
    {
        "title": {"ky": "Баткенге колдоо", "ru": "Поддержка Баткена", "en": "Support for Batken"},
        "slug": {"ky": "баткенге-колдоо", "ru": "поддержка-баткена", "en": "support-for-batken"},
        "introduction": {
            "ky": "2021-жылы жабыр тарткан баткендиктерге ар кайсы өлкөдөн жардам келди.",
            "ru": "В 2021 году пострадавшим жителям Баткена помогали из разных стран.",
            "en": "In 2021 help came from many countries for the people of Batken who suffered.",
        },
        "cases": [
            "novosibirsk-batken-aid-2021",
            "chicago-batken-fundraising-2021",
            "usa-cities-batken-fundraising-2021",
        ],
    },
    {
        "title": {"ky": "Жердештерге үй", "ru": "Дом для земляков", "en": "A home for neighbours"},
        "slug": {"ky": "жердештерге-үй", "ru": "дом-для-земляков", "en": "a-home-for-neighbours"},
        "introduction": {
            "ky": "Россияда иштеген айылдаштар бир үй-бүлөгө жаңы үй салып беришти.",
            "ru": "Односельчане, работающие в России, построили новый дом для одной семьи.",
            "en": "Villagers working in Russia built a new house for one family.",
        },
        "cases": ["kashkaldak-house-2019"],
    },
]

KOREA = {
    "code": "KR",
    "name": {"ky": "Корея Республикасы", "ru": "Республика Корея", "en": "Republic of Korea"},
}

VENUES = [
    {
        "code": "moscow",
        "kind": "embassy",
        "country": "RU",
        "name": {
            "ky": "Кыргыз Республикасынын Россия Федерациясындагы элчилиги",
            "ru": "Посольство Кыргызской Республики в Российской Федерации",
            "en": "Embassy of the Kyrgyz Republic in the Russian Federation",
        },
        "city": {"ky": "Москва", "ru": "Москва", "en": "Moscow"},
        "latitude": "55.75580",
        "longitude": "37.61730",
    },
    {
        "code": "istanbul",
        "kind": "consulate",
        "country": "TR",
        "name": {
            "ky": "Кыргыз Республикасынын Стамбулдагы башкы консулдугу",
            "ru": "Генеральное консульство Кыргызской Республики в Стамбуле",
            "en": "Consulate General of the Kyrgyz Republic in Istanbul",
        },
        "city": {"ky": "Стамбул", "ru": "Стамбул", "en": "Istanbul"},
        "latitude": "41.00820",
        "longitude": "28.97840",
    },
    {
        "code": "seoul",
        "kind": "embassy",
        "country": "KR",
        "name": {
            "ky": "Кыргыз Республикасынын Корея Республикасындагы элчилиги",
            "ru": "Посольство Кыргызской Республики в Республике Корея",
            "en": "Embassy of the Kyrgyz Republic in the Republic of Korea",
        },
        "city": {"ky": "Сеул", "ru": "Сеул", "en": "Seoul"},
        "latitude": "37.56650",
        "longitude": "126.97800",
    },
    {
        "code": "yekaterinburg",
        "kind": "cultural_centre",
        "country": "RU",
        "name": {
            "ky": "Кыргыз маданиятын жана салттарын өнүктүрүү борбору (мисал)",
            "ru": "Центр развития кыргызской культуры и традиций (пример)",
            "en": "Centre for the Development of Kyrgyz Culture and Traditions (example)",
        },
        "city": {"ky": "Екатеринбург", "ru": "Екатеринбург", "en": "Yekaterinburg"},
        "latitude": "56.83890",
        "longitude": "60.60570",
    },
]

# Example dates: held stops on fixed days of 2025; coming stops a number of days after
# the day the demo is loaded (moved when it is loaded on another day).
TOUR = [
    {"venue": "moscow", "dates": ("2025-03-14", "2025-04-13"), "status": "held", "visitors": 1240},
    {
        "venue": "istanbul",
        "dates": ("2025-06-02", "2025-06-29"),
        "status": "held",
        "visitors": 860,
    },
    {"venue": "seoul", "dates": (30, 60), "status": "confirmed", "visitors": None},
    {"venue": "yekaterinburg", "dates": (120, 150), "status": "planned", "visitors": None},
]
