"""Demo content for the success stories: places, countries, sectors, heroes and cases.

Every fact comes from the Communication Strategy 2022–2025 (Annex 2, "Successful practices
(cases) of Kyrgyz diasporas in assistance to Kyrgyzstan") and the IOM note "Accelerating the
Kyrgyz Diaspora's Engagement in the Development of the Kyrgyz Republic". Texts are Kyrgyz
first, with Russian and English translations.
"""

# Units and labels shared by several key figures; identical Kyrgyz text always has the same
# translation.
USD = {"ky": "АКШ доллары", "ru": "долларов США", "en": "US dollars"}
SOMS = {"ky": "сом", "ru": "сомов", "en": "soms"}
ROUBLES = {"ky": "рубль", "ru": "рублей", "en": "roubles"}
UNITS = {"ky": "даана", "ru": "шт.", "en": "units"}
CHICAGO = {
    "ky": "Чикаго (Иллинойс штаты)",
    "ru": "Чикаго (штат Иллинойс)",
    "en": "Chicago (Illinois)",
}

PLACES = [
    # Cities of republican significance and the seven regions.
    {
        "key": "bishkek",
        "parent": None,
        "kind": "city",
        "name": {"ky": "Бишкек шаары", "ru": "город Бишкек", "en": "Bishkek city"},
        "latitude": 42.8746,
        "longitude": 74.5698,
    },
    {
        "key": "osh-city",
        "parent": None,
        "kind": "city",
        "name": {"ky": "Ош шаары", "ru": "город Ош", "en": "Osh city"},
        "latitude": 40.5283,
        "longitude": 72.7985,
    },
    {
        "key": "batken",
        "parent": None,
        "kind": "region",
        "name": {"ky": "Баткен облусу", "ru": "Баткенская область", "en": "Batken region"},
        "latitude": 39.9500,
        "longitude": 70.8500,
    },
    {
        "key": "jalal-abad",
        "parent": None,
        "kind": "region",
        "name": {
            "ky": "Жалал-Абад облусу",
            "ru": "Джалал-Абадская область",
            "en": "Jalal-Abad region",
        },
        "latitude": 41.4000,
        "longitude": 72.2000,
    },
    {
        "key": "issyk-kul",
        "parent": None,
        "kind": "region",
        "name": {
            "ky": "Ысык-Көл облусу",
            "ru": "Иссык-Кульская область",
            "en": "Issyk-Kul region",
        },
        "latitude": 42.0000,
        "longitude": 78.0000,
    },
    {
        "key": "naryn",
        "parent": None,
        "kind": "region",
        "name": {"ky": "Нарын облусу", "ru": "Нарынская область", "en": "Naryn region"},
        "latitude": 41.3000,
        "longitude": 75.5000,
    },
    {
        "key": "osh",
        "parent": None,
        "kind": "region",
        "name": {"ky": "Ош облусу", "ru": "Ошская область", "en": "Osh region"},
        "latitude": 39.8500,
        "longitude": 73.3000,
    },
    {
        "key": "talas",
        "parent": None,
        "kind": "region",
        "name": {"ky": "Талас облусу", "ru": "Таласская область", "en": "Talas region"},
        "latitude": 42.3500,
        "longitude": 72.2000,
    },
    {
        "key": "chui",
        "parent": None,
        "kind": "region",
        "name": {"ky": "Чүй облусу", "ru": "Чуйская область", "en": "Chüy region"},
        "latitude": 42.6000,
        "longitude": 74.5000,
    },
    # Districts, rural districts and villages named in the cases.
    {
        "key": "batken-district",
        "parent": "batken",
        "kind": "district",
        "name": {"ky": "Баткен району", "ru": "Баткенский район", "en": "Batken district"},
        "latitude": 39.9000,
        "longitude": 70.9000,
    },
    {
        "key": "leilek-district",
        "parent": "batken",
        "kind": "district",
        "name": {"ky": "Лейлек району", "ru": "Лейлекский район", "en": "Leilek district"},
        "latitude": 39.8500,
        "longitude": 69.7000,
    },
    {
        "key": "maksat",
        "parent": "leilek-district",
        "kind": "village",
        "name": {"ky": "Максат айылы", "ru": "село Максат", "en": "Maksat village"},
        "latitude": 40.1397,
        "longitude": 69.7142,
    },
    {
        "key": "nookat-district",
        "parent": "osh",
        "kind": "district",
        "name": {"ky": "Ноокат району", "ru": "Ноокатский район", "en": "Nookat district"},
        "latitude": 40.0500,
        "longitude": 72.6000,
    },
    {
        "key": "zulpuev-rural-district",
        "parent": "nookat-district",
        "kind": "rural_district",
        "name": {
            "ky": "Зулпуев айыл аймагы",
            "ru": "Зулпуевский айыл аймак",
            "en": "Zulpuev rural district",
        },
        "latitude": 40.3400,
        "longitude": 72.5600,
    },
    {
        "key": "kashkaldak",
        "parent": "zulpuev-rural-district",
        "kind": "village",
        "name": {"ky": "Кашкалдак айылы", "ru": "село Кашкалдак", "en": "Kashkaldak village"},
        "latitude": 40.3300,
        "longitude": 72.5500,
    },
]

COUNTRIES = [
    {"code": "KG", "name": {"ky": "Кыргызстан", "ru": "Кыргызстан", "en": "Kyrgyzstan"}},
    {"code": "TR", "name": {"ky": "Түркия", "ru": "Турция", "en": "Türkiye"}},
    {
        "code": "US",
        "name": {
            "ky": "Америка Кошмо Штаттары",
            "ru": "Соединенные Штаты Америки",
            "en": "United States of America",
        },
    },
    {"code": "UA", "name": {"ky": "Украина", "ru": "Украина", "en": "Ukraine"}},
    {
        "code": "RU",
        "name": {"ky": "Россия Федерациясы", "ru": "Российская Федерация", "en": "Russia"},
    },
    {"code": "CH", "name": {"ky": "Швейцария", "ru": "Швейцария", "en": "Switzerland"}},
    {"code": "DE", "name": {"ky": "Германия", "ru": "Германия", "en": "Germany"}},
]

SECTORS = [
    {"key": "tourism", "name": {"ky": "Туризм", "ru": "Туризм", "en": "Tourism"}},
    {
        "key": "ict",
        "name": {
            "ky": "Маалыматтык-коммуникациялык технологиялар",
            "ru": "Информационно-коммуникационные технологии",
            "en": "Information and communication technologies",
        },
    },
    {
        "key": "agriculture",
        "name": {"ky": "Айыл чарба", "ru": "Сельское хозяйство", "en": "Agriculture"},
    },
    {
        "key": "green-energy",
        "name": {"ky": "Жашыл энергетика", "ru": "Зеленая энергетика", "en": "Green energy"},
    },
    {"key": "education", "name": {"ky": "Билим берүү", "ru": "Образование", "en": "Education"}},
    {
        "key": "health",
        "name": {"ky": "Саламаттык сактоо", "ru": "Здравоохранение", "en": "Health"},
    },
    {
        "key": "infrastructure",
        "name": {"ky": "Инфраструктура", "ru": "Инфраструктура", "en": "Infrastructure"},
    },
    {
        "key": "humanitarian-aid",
        "name": {
            "ky": "Гуманитардык жардам",
            "ru": "Гуманитарная помощь",
            "en": "Humanitarian aid",
        },
    },
    {
        "key": "social-protection",
        "name": {"ky": "Социалдык коргоо", "ru": "Социальная защита", "en": "Social protection"},
    },
    {"key": "housing", "name": {"ky": "Турак жай", "ru": "Жилье", "en": "Housing"}},
    {
        "key": "public-safety",
        "name": {
            "ky": "Коомдук коопсуздук",
            "ru": "Общественная безопасность",
            "en": "Public safety",
        },
    },
]

PEOPLE = [
    {
        "key": "dostuk-zhana-madaniyat",
        "name": {
            "ky": "«Кыргызстан, Достук жана Маданият» диаспоралык бирикмеси",
            "ru": "Диаспорная ассоциация «Кыргызстан, Достук жана Маданият»",
            "en": "Diaspora association «Kyrgyzstan, Dostuk zhana Madaniyat»",
        },
        "role": "organisation",
        "country": "TR",
        "home_place": None,
        "description": {
            "ky": "Стамбулдагы кыргыз диаспорасынын бирикмеси. 2020-жылы пандемияга каршы "
            "күрөштө Кыргызстанга кычкылтек концентраторлорун жана дары-дармек жөнөткөн.",
            "ru": "Объединение кыргызской диаспоры в Стамбуле. В 2020 году в рамках борьбы "
            "с пандемией передало Кыргызстану кислородные концентраторы и лекарства.",
            "en": "An association of the Kyrgyz diaspora in Istanbul. In 2020, as part of the "
            "fight against the pandemic, it sent oxygen concentrators and medicines to "
            "Kyrgyzstan.",
        },
    },
    {
        "key": "a-kochkorov",
        "name": {"ky": "А. Кочкоров", "ru": "А. Кочкоров", "en": "A. Kochkorov"},
        "role": "investor",
        "country": "TR",
        "home_place": None,
        "description": {
            "ky": "Стамбулдагы «Кыргызстан, Достук жана Маданият» кыргыз диаспорасынын "
            "аткаруучу директору. 2020-жылы мекенге жардам жөнөтүү ишин жетектеген.",
            "ru": "Исполнительный директор кыргызской диаспоры «Кыргызстан, Достук жана "
            "Маданият» в Стамбуле. В 2020 году руководил отправкой помощи на родину.",
            "en": "Executive director of the Kyrgyz diaspora association «Kyrgyzstan, Dostuk "
            "zhana Madaniyat» in Istanbul, who led the sending of aid home in 2020.",
        },
    },
    {
        "key": "ministry-of-health",
        "name": {
            "ky": "Кыргыз Республикасынын Саламаттык сактоо министрлиги",
            "ru": "Министерство здравоохранения Кыргызской Республики",
            "en": "Ministry of Health of the Kyrgyz Republic",
        },
        "role": "official",
        "country": "KG",
        "home_place": "bishkek",
        "description": {
            "ky": "2020-жылы Түркиядагы кыргыз диаспорасынан кычкылтек концентраторлорун "
            "кабыл алып, медициналык мекемелерге бөлүштүргөн.",
            "ru": "В 2020 году приняло кислородные концентраторы от кыргызской диаспоры "
            "в Турции и распределило их по медицинским учреждениям.",
            "en": "In 2020 it received oxygen concentrators from the Kyrgyz diaspora in Türkiye "
            "and distributed them to medical institutions.",
        },
    },
    {
        "key": "kyrgyz-diaspora-philadelphia",
        "name": {
            "ky": "Филадельфиядагы кыргыз диаспорасы",
            "ru": "Кыргызская диаспора в Филадельфии",
            "en": "Kyrgyz diaspora in Philadelphia",
        },
        "role": "organisation",
        "country": "US",
        "home_place": None,
        "description": {
            "ky": "АКШнын Филадельфия шаарындагы мекендештер. 2020-жылдын жайында "
            "Кыргызстанга 54 кычкылтек концентраторун жана дары-дармек жөнөтүшкөн.",
            "ru": "Соотечественники в Филадельфии (США). Летом 2020 года отправили "
            "в Кыргызстан 54 кислородных концентратора и лекарства.",
            "en": "Compatriots in Philadelphia, USA. In the summer of 2020 they sent "
            "54 oxygen concentrators and medicines to Kyrgyzstan.",
        },
    },
    {
        "key": "kyrgyz-diaspora-ukraine",
        "name": {
            "ky": "Украинадагы кыргыз диаспорасы",
            "ru": "Кыргызская диаспора в Украине",
            "en": "Kyrgyz diaspora in Ukraine",
        },
        "role": "organisation",
        "country": "UA",
        "home_place": None,
        "description": {
            "ky": "Украинада жашаган мекендештер. 2020-жылы диаспора жана анын ардактуу "
            "төрагасы пандемияга каршы күрөшкө 1500 АКШ доллар которушкан.",
            "ru": "Соотечественники, живущие в Украине. В 2020 году диаспора и ее почетный "
            "председатель перечислили 1500 долларов США на борьбу с пандемией.",
            "en": "Compatriots living in Ukraine. In 2020 the diaspora and its honorary "
            "chairman transferred 1,500 US dollars for the fight against the pandemic.",
        },
    },
    {
        "key": "elim-barsynby",
        "name": {
            "ky": "«Элим барсыңбы» коомдук кайрымдуулук фонду",
            "ru": "Общественный благотворительный фонд «Элим барсынбы»",
            "en": "Public charity fund «Elim Barsynby»",
        },
        "role": "organisation",
        "country": "KG",
        "home_place": "bishkek",
        "description": {
            "ky": "Бишкектеги коомдук кайрымдуулук фонду. 2020-жылы Украинадагы кыргыз "
            "диаспорасынын жардамын региондордун пандемияга каршы күрөшүнө кабыл алган.",
            "ru": "Общественный благотворительный фонд в Бишкеке. В 2020 году принял помощь "
            "кыргызской диаспоры в Украине для борьбы регионов с пандемией.",
            "en": "A public charity fund in Bishkek. In 2020 it received the help of the "
            "Kyrgyz diaspora in Ukraine for the regions' fight against the pandemic.",
        },
    },
    {
        "key": "kyrgyz-diaspora-novosibirsk",
        "name": {
            "ky": "Новосибирск облусундагы кыргыз диаспорасы",
            "ru": "Кыргызская диаспора в Новосибирской области",
            "en": "Kyrgyz diaspora in Novosibirsk region",
        },
        "role": "organisation",
        "country": "RU",
        "home_place": None,
        "description": {
            "ky": "Россия Федерациясынын Новосибирск облусундагы мекендештер. 2021-жылдын "
            "майында Баткен облусуна 3 миллион сомдон ашык жардам көрсөтүшкөн.",
            "ru": "Соотечественники в Новосибирской области Российской Федерации. В мае "
            "2021 года оказали Баткенской области помощь на сумму более 3 миллионов сомов.",
            "en": "Compatriots in Novosibirsk region of the Russian Federation. In May 2021 "
            "they gave Batken region aid worth more than 3 million soms.",
        },
    },
    {
        "key": "consulate-general-novosibirsk",
        "name": {
            "ky": "Кыргыз Республикасынын Новосибирсктеги Башкы консулдугу",
            "ru": "Генеральное консульство Кыргызской Республики в Новосибирске",
            "en": "Consulate General of the Kyrgyz Republic in Novosibirsk",
        },
        "role": "official",
        "country": "RU",
        "home_place": None,
        "description": {
            "ky": "Консулдуктун кызматкерлери 2021-жылдын майында диаспоранын өкүлдөрү менен "
            "бирге Баткен облусунун чек арадагы айылдарына барышкан.",
            "ru": "Сотрудники консульства в мае 2021 года вместе с представителями диаспоры "
            "посетили приграничные села Баткенской области.",
            "en": "In May 2021 its staff visited the border villages of Batken region together "
            "with representatives of the diaspora.",
        },
    },
    {
        "key": "resource-center-for-the-elderly",
        "name": {
            "ky": "«Улгайган адамдар үчүн ресурстук борбор» коомдук бирикмеси",
            "ru": "Общественное объединение «Ресурсный центр для пожилых»",
            "en": "Public Association «Resource Center for the Elderly»",
        },
        "role": "organisation",
        "country": "KG",
        "home_place": None,
        "description": {
            "ky": "Кыргызстандагы жалгыз улгайган адамдарды колдогон коомдук бирикме. "
            "Швейцариялык өнөктөштөрдүн колдоосу менен беш облуста азык-түлүк таратты.",
            "ru": "Общественное объединение, поддерживающее одиноких пожилых людей "
            "Кыргызстана. При поддержке партнеров из Швейцарии раздало продукты в пяти "
            "областях.",
            "en": "A public association supporting single elderly people in Kyrgyzstan. "
            "With the support of Swiss partners it provided food in five regions.",
        },
    },
    {
        "key": "bridge-to-kyrgyzstan",
        "name": {
            "ky": "«Bridge to Kyrgyzstan – Brücke nach Kirgisistan» бирикмеси",
            "ru": "Ассоциация «Bridge to Kyrgyzstan – Brücke nach Kirgisistan»",
            "en": "Association «Bridge to Kyrgyzstan – Brücke nach Kirgisistan»",
        },
        "role": "organisation",
        "country": "CH",
        "home_place": None,
        "description": {
            "ky": "Кыргыз-швейцар бейөкмөт бирикмеси. Кыргызстандагы жалгыз улгайган "
            "адамдарды жана аз камсыз болгон үй-бүлөлөрдүн балдарын колдогон.",
            "ru": "Кыргызско-швейцарская неправительственная ассоциация. Поддержала одиноких "
            "пожилых людей и детей из малообеспеченных семей Кыргызстана.",
            "en": "A Kyrgyz-Swiss non-governmental association. It supported single elderly "
            "people and children from low-income families in Kyrgyzstan.",
        },
    },
    {
        "key": "mekendesh-foundation",
        "name": {
            "ky": "«Мекендеш» фонду",
            "ru": "Фонд «Мекендеш»",
            "en": "Mekendesh Foundation",
        },
        "role": "organisation",
        "country": "RU",
        "home_place": "kashkaldak",
        "description": {
            "ky": "Россия Федерациясында иштеп жүргөн кашкалдактыктар түзгөн фонд. "
            "Айылдагы төрт баласын жалгыз тарбиялап жаткан энеге үй салып берген.",
            "ru": "Фонд, созданный уроженцами Кашкалдака, работающими в Российской Федерации. "
            "Построил дом для матери, которая одна воспитывает четырех детей.",
            "en": "A foundation set up by natives of Kashkaldak working in the Russian "
            "Federation. It built a house for a mother raising four children alone.",
        },
    },
    {
        "key": "abdysamat-karataev",
        "name": {
            "ky": "Абдысамат Каратаев",
            "ru": "Абдысамат Каратаев",
            "en": "Abdysamat Karataev",
        },
        "role": "investor",
        "country": "RU",
        "home_place": "kashkaldak",
        "description": {
            "ky": "«Мекендеш» фондунун жетекчилеринин бири.",
            "ru": "Один из руководителей фонда «Мекендеш».",
            "en": "One of the leaders of the Mekendesh Foundation.",
        },
    },
    {
        "key": "shumkar-erkebayev",
        "name": {"ky": "Шумкар Эркебаев", "ru": "Шумкар Эркебаев", "en": "Shumkar Erkebayev"},
        "role": "investor",
        "country": "RU",
        "home_place": "kashkaldak",
        "description": {
            "ky": "«Мекендеш» фондунун жетекчилеринин бири.",
            "ru": "Один из руководителей фонда «Мекендеш».",
            "en": "One of the leaders of the Mekendesh Foundation.",
        },
    },
    {
        "key": "beknur-ergeshov",
        "name": {"ky": "Бекнур Эргешов", "ru": "Бекнур Эргешов", "en": "Beknur Ergeshov"},
        "role": "investor",
        "country": "RU",
        "home_place": "kashkaldak",
        "description": {
            "ky": "Кашкалдактагы үйдүн курулушун жана керектүү материалдар менен "
            "камсыздоону көзөмөлдөгөн.",
            "ru": "Руководил строительством дома в Кашкалдаке и обеспечением необходимыми "
            "материалами.",
            "en": "Supervised the construction of the house in Kashkaldak and the provision "
            "of the necessary materials.",
        },
    },
    {
        "key": "kashkaldak-mother",
        "name": {
            "ky": "Кашкалдактагы төрт баласын жалгыз тарбиялаган эне",
            "ru": "Мать четырех детей из Кашкалдака",
            "en": "A mother of four in Kashkaldak",
        },
        "role": "beneficiary",
        "country": "KG",
        "home_place": "kashkaldak",
        "description": {
            "ky": "Төрт баласын жалгыз тарбиялап жаткан эне. Айылдаштары ага жаңы үй салып "
            "беришти.",
            "ru": "Мать, которая одна воспитывает четырех детей. Односельчане построили "
            "для нее новый дом.",
            "en": "A mother raising four children alone, for whom fellow villagers built "
            "a new house.",
        },
    },
    {
        "key": "kyrgyz-diaspora-chicago",
        "name": {
            "ky": "Чикагодогу кыргыз диаспорасы",
            "ru": "Кыргызская диаспора в Чикаго",
            "en": "Kyrgyz diaspora in Chicago",
        },
        "role": "organisation",
        "country": "US",
        "home_place": None,
        "description": {
            "ky": "АКШнын Чикаго шаарындагы мекендештер. 2021-жылы Баткен облусунда жабыр "
            "тарткандарга жардам үчүн каражат чогултушкан.",
            "ru": "Соотечественники в Чикаго (США). В 2021 году собрали средства для помощи "
            "пострадавшим в Баткенской области.",
            "en": "Compatriots in Chicago, USA. In 2021 they raised funds to help the victims "
            "in Batken region.",
        },
    },
    {
        "key": "kyrgyz-diaspora-usa",
        "name": {
            "ky": "АКШдагы кыргыз диаспорасы",
            "ru": "Кыргызская диаспора в США",
            "en": "Kyrgyz diaspora in the USA",
        },
        "role": "organisation",
        "country": "US",
        "home_place": None,
        "description": {
            "ky": "АКШнын ар кайсы шаарларында жана штаттарында жашаган мекендештер. "
            "2021-жылдын майында Баткен облусуна жардам үчүн каражат чогултушкан.",
            "ru": "Соотечественники, живущие в разных городах и штатах США. В мае 2021 года "
            "собирали средства в помощь Баткенской области.",
            "en": "Compatriots living in different cities and states of the USA. In May 2021 "
            "they raised funds to help Batken region.",
        },
    },
    {
        "key": "biz-germany",
        "name": {
            "ky": "BIZ (Bildung Initiative Zusammenarbeit e.V.)",
            "ru": "BIZ (Bildung Initiative Zusammenarbeit e.V.)",
            "en": "BIZ (Bildung Initiative Zusammenarbeit e.V.)",
        },
        "role": "organisation",
        "country": "DE",
        "home_place": None,
        "description": {
            "ky": "Германияда жашаган кыргыз диаспорасын, мекендештерди жана мигранттарды "
            "бириктирген диаспоралык уюм. ЭМУнун гранты менен «Ашар» платформасында "
            "краудфандингди сынап көрүүдө.",
            "ru": "Диаспорная организация, объединяющая кыргызскую диаспору, "
            "соотечественников и мигрантов в Германии. По гранту МОМ пилотирует "
            "краудфандинг на платформе Ashar.",
            "en": "A diaspora organisation that unites the Kyrgyz diaspora, compatriots and "
            "migrants living in Germany. With an IOM grant it is piloting crowdfunding on "
            "the Ashar platform.",
        },
    },
]

CASES = [
    {
        "key": "turkey-oxygen-concentrators-2020",
        "slug": {
            "ky": "түркиядан-15-кычкылтек-концентратору",
            "ru": "15-кислородных-концентраторов-из-турции",
            "en": "15-oxygen-concentrators-from-turkiye",
        },
        "title": {
            "ky": "Түркиядагы кыргыз диаспорасы 15 кычкылтек концентраторун жана "
            "дары-дармек жөнөттү",
            "ru": "Кыргызская диаспора в Турции передала 15 кислородных концентраторов "
            "и лекарства",
            "en": "The Kyrgyz diaspora in Türkiye sends 15 oxygen concentrators and medicines",
        },
        "standfirst": {
            "ky": "2020-жылдын жайында пандемияга каршы күрөштүн алкагында Стамбулдагы кыргыз "
            "диаспорасы Саламаттык сактоо министрлигине 15 кычкылтек концентраторун өткөрүп "
            "берип, турмуштук маанилүү дары-дармек жөнөттү.",
            "ru": "Летом 2020 года в рамках борьбы с пандемией кыргызская диаспора "
            "из Стамбула передала Министерству здравоохранения 15 кислородных "
            "концентраторов и отправила жизненно важные лекарства.",
            "en": "In the summer of 2020, as part of the fight against the pandemic, the Kyrgyz "
            "diaspora in Istanbul handed 15 oxygen concentrators to the Ministry of Health "
            "and sent vitally important medicines.",
        },
        "body": [
            {
                "type": "paragraph",
                "text": {
                    "ky": "Түркия Республикасындагы кыргыз диаспорасы пандемияга каршы "
                    "күрөштүн жана Кыргыз Республикасына көмөк көрсөтүүнүн алкагында "
                    "2020-жылдын июль айынын башында гуманитардык жардам катары наркы "
                    "10 миң АКШ долларынан ашкан 15 кычкылтек концентраторун берди. "
                    "Жабдуулар Кыргыз Республикасынын Саламаттык сактоо министрлигине "
                    "өткөрүлүп берилип, Чүй жана Ысык-Көл облустарынын, ошондой эле "
                    "Бишкек шаарынын медициналык мекемелерине жеткирилип, бөлүштүрүлдү.",
                    "ru": "В рамках борьбы с пандемией и помощи Кыргызской Республике "
                    "кыргызская диаспора в Турецкой Республике в начале июля 2020 года "
                    "предоставила гуманитарную помощь — 15 кислородных концентраторов "
                    "стоимостью более 10 тысяч долларов США. Их передали Министерству "
                    "здравоохранения Кыргызской Республики, доставили и распределили "
                    "по медицинским учреждениям Чуйской и Иссык-Кульской областей, а также "
                    "города Бишкек.",
                    "en": "As part of the fight against the pandemic and to assist the Kyrgyz "
                    "Republic, in early July 2020 the Kyrgyz diaspora in the Republic of "
                    "Türkiye provided humanitarian aid: 15 oxygen concentrators worth over "
                    "10 thousand US dollars. They were handed over to the Ministry of Health "
                    "of the Kyrgyz Republic, then delivered and distributed to medical "
                    "institutions of Chüy and Issyk-Kul regions and Bishkek city.",
                },
            },
            {
                "type": "paragraph",
                "text": {
                    "ky": "Мындан тышкары, диаспора наркы болжол менен 13 миң АКШ доллары "
                    "болгон турмуштук маанилүү дары-дармектерди кошумча жөнөттү. Бул "
                    "дарылар региондорго жиберилмек.",
                    "ru": "Кроме того, диаспора дополнительно отправила жизненно важные "
                    "лекарства примерно на 13 тысяч долларов США, которые предстояло "
                    "направить в регионы.",
                    "en": "The diaspora also sent additional vitally important medicines "
                    "worth about 13,000 US dollars, which were to be sent on to the regions.",
                },
            },
            {
                "type": "key_figures",
                "items": [
                    {
                        "number": "15",
                        "unit": UNITS,
                        "label": {
                            "ky": "кычкылтек концентратору Саламаттык сактоо министрлигине "
                            "өткөрүлүп берилди",
                            "ru": "кислородных концентраторов передано Министерству "
                            "здравоохранения",
                            "en": "oxygen concentrators handed over to the Ministry of Health",
                        },
                    },
                    {
                        "number": "10000",
                        "unit": USD,
                        "label": {
                            "ky": "концентраторлордун наркы (андан ашык)",
                            "ru": "стоимость концентраторов (более)",
                            "en": "value of the concentrators (over)",
                        },
                    },
                    {
                        "number": "13000",
                        "unit": USD,
                        "label": {
                            "ky": "дары-дармектердин наркы (болжол менен)",
                            "ru": "стоимость лекарств (около)",
                            "en": "value of the medicines (about)",
                        },
                    },
                ],
            },
            {
                "type": "paragraph",
                "text": {
                    "ky": "Бул ишти Стамбулдагы «Кыргызстан, Достук жана Маданият» кыргыз "
                    "диаспорасынын мүчөлөрү анын аткаруучу директору А. Кочкоровдун "
                    "жетекчилиги менен аткарышты. Бул тууралуу Мамлекеттик миграция "
                    "кызматынын басма сөз кызматы 2020-жылдын 23-июлунда кабарлады.",
                    "ru": "Эту работу провели члены кыргызской диаспоры «Кыргызстан, Достук "
                    "жана Маданият» из Стамбула во главе с ее исполнительным директором "
                    "А. Кочкоровым. Об этом 23 июля 2020 года сообщила пресс-служба "
                    "Государственной миграционной службы.",
                    "en": "The work was carried out by members of the Kyrgyz diaspora "
                    "association «Kyrgyzstan, Dostuk zhana Madaniyat» from Istanbul, led by "
                    "its executive director A. Kochkorov. The press service of the State "
                    "Migration Service reported it on 23 July 2020.",
                },
            },
        ],
        "heroes": ["dostuk-zhana-madaniyat", "a-kochkorov", "ministry-of-health"],
        "place": "chui",
        "places": ["chui", "issyk-kul", "bishkek"],
        "country": "TR",
        "sectors": ["health", "humanitarian-aid"],
        "contributions": ["money", "charity"],
        "amount": "23000",
        "currency": "USD",
        "beneficiaries": None,
        "sdgs": [3, 17],
        "topics": ["peoples-stories", "state-as-responsible-partner"],
        "sources": [
            {
                "publisher": {
                    "ky": "Мамлекеттик миграция кызматынын басма сөз кызматы",
                    "ru": "Пресс-служба Государственной миграционной службы",
                    "en": "Press service of the State Migration Service",
                },
                "title": None,
                "url": "http://ssm.gov.kg/ru/post/118",
                "date": "2020-07-23",
            }
        ],
        "published": "2020-07-23",
    },
    {
        "key": "philadelphia-oxygen-concentrators-2020",
        "slug": {
            "ky": "филадельфиядан-54-кычкылтек-концентратору",
            "ru": "54-кислородных-концентратора-из-филадельфии",
            "en": "54-oxygen-concentrators-from-philadelphia",
        },
        "title": {
            "ky": "Филадельфиядагы кыргыз диаспорасы 54 кычкылтек концентраторун жөнөттү",
            "ru": "Кыргызская диаспора в Филадельфии отправила 54 кислородных концентратора",
            "en": "The Kyrgyz diaspora in Philadelphia sends 54 oxygen concentrators",
        },
        "standfirst": {
            "ky": "2020-жылдын жайында АКШнын Филадельфия шаарындагы мекендештер "
            "Кыргызстанга гуманитардык жардам жөнөтүштү. Жардам өлкө боюнча бөлүштүрүлдү.",
            "ru": "Летом 2020 года соотечественники из Филадельфии (США) отправили "
            "в Кыргызстан гуманитарную помощь, которую распределили по всей стране.",
            "en": "In the summer of 2020, compatriots in Philadelphia, USA, sent humanitarian "
            "aid to Kyrgyzstan, and it was distributed throughout the country.",
        },
        "body": [
            {
                "type": "paragraph",
                "text": {
                    "ky": "2020-жылдын жайында АКШнын Филадельфия шаарындагы кыргыз "
                    "диаспорасы Кыргызстанга гуманитардык жардам катары 54 кычкылтек "
                    "концентраторун, ошондой эле 5000 АКШ долларлык дары-дармек жөнөттү.",
                    "ru": "Летом 2020 года кыргызская диаспора в Филадельфии (США) направила "
                    "в Кыргызстан гуманитарную помощь — 54 кислородных концентратора, "
                    "а также лекарства на сумму 5000 долларов США.",
                    "en": "In the summer of 2020 the Kyrgyz diaspora in Philadelphia, USA, "
                    "sent humanitarian aid to Kyrgyzstan: 54 oxygen concentrators and "
                    "medicines worth 5,000 US dollars.",
                },
            },
            {
                "type": "key_figures",
                "items": [
                    {
                        "number": "54",
                        "unit": UNITS,
                        "label": {
                            "ky": "кычкылтек концентратору Кыргызстанга жөнөтүлдү",
                            "ru": "кислородных концентраторов отправлено в Кыргызстан",
                            "en": "oxygen concentrators sent to Kyrgyzstan",
                        },
                    },
                    {
                        "number": "5000",
                        "unit": USD,
                        "label": {
                            "ky": "дары-дармектердин наркы",
                            "ru": "стоимость лекарств",
                            "en": "value of the medicines",
                        },
                    },
                ],
            },
            {
                "type": "paragraph",
                "text": {
                    "ky": "Жардам бүткүл өлкө боюнча бөлүштүрүлдү. Бул тууралуу Тышкы иштер "
                    "министрлигинин басма сөз кызматы 2020-жылдын 22-августунда кабарлады.",
                    "ru": "Помощь распределили по всей стране. Об этом 22 августа 2020 года "
                    "сообщила пресс-служба Министерства иностранных дел.",
                    "en": "The aid was distributed throughout the country. The press service "
                    "of the Ministry of Foreign Affairs reported it on 22 August 2020.",
                },
            },
        ],
        "heroes": ["kyrgyz-diaspora-philadelphia"],
        "place": None,
        "places": [
            "bishkek",
            "osh-city",
            "batken",
            "jalal-abad",
            "issyk-kul",
            "naryn",
            "osh",
            "talas",
            "chui",
        ],
        "country": "US",
        "sectors": ["health", "humanitarian-aid"],
        "contributions": ["money", "charity"],
        "amount": None,
        "currency": None,
        "beneficiaries": None,
        "sdgs": [3, 17],
        "topics": ["peoples-stories"],
        "sources": [
            {
                "publisher": {
                    "ky": "Тышкы иштер министрлигинин басма сөз кызматы",
                    "ru": "Пресс-служба МИД",
                    "en": "MFA press service",
                },
                "title": None,
                "url": "http://ssm.gov.kg/ru/post/146#",
                "date": "2020-08-22",
            }
        ],
        "published": "2020-08-22",
    },
    {
        "key": "ukraine-elim-barsynby-2020",
        "slug": {
            "ky": "украинадагы-диаспора-элим-барсыңбы-фондуна",
            "ru": "диаспора-в-украине-фонду-элим-барсынбы",
            "en": "ukraine-diaspora-elim-barsynby-fund",
        },
        "title": {
            "ky": "Украинадагы кыргыз диаспорасы кайрымдуулук фондуна 1500 доллар которду",
            "ru": "Кыргызская диаспора в Украине перечислила 1500 долларов в благотворительный "
            "фонд",
            "en": "The Kyrgyz diaspora in Ukraine transfers 1,500 dollars to a charity fund",
        },
        "standfirst": {
            "ky": "Украинадагы кыргыз диаспорасынын жана анын ардактуу төрагасынын атынан "
            "Бишкектеги «Элим барсыңбы» коомдук кайрымдуулук фондуна региондордун "
            "пандемияга каршы күрөшү үчүн 1500 АКШ доллары которулду.",
            "ru": "От имени кыргызской диаспоры в Украине и ее почетного председателя "
            "в общественный благотворительный фонд «Элим барсынбы» в Бишкеке перечислили "
            "1500 долларов США на борьбу регионов с пандемией.",
            "en": "On behalf of the Kyrgyz diaspora in Ukraine and its honorary chairman, "
            "1,500 US dollars went to the public charity fund «Elim Barsynby» in Bishkek "
            "for the regions' fight against the pandemic.",
        },
        "body": [
            {
                "type": "paragraph",
                "text": {
                    "ky": "Кыргыз диаспорасынын жана Украинадагы диаспоранын ардактуу "
                    "төрагасынын атынан кыргызстандыктар 1500 АКШ доллары өлчөмүндө "
                    "каржылык жардам алышты. Бул тууралуу Мамлекеттик миграция кызматынын "
                    "басма сөз кызматы кабарлады.",
                    "ru": "От имени кыргызской диаспоры и почетного председателя диаспоры "
                    "в Украине кыргызстанцы получили финансовую помощь в размере 1500 "
                    "долларов США. Об этом сообщила пресс-служба Государственной "
                    "миграционной службы.",
                    "en": "On behalf of the Kyrgyz diaspora and the honorary chairman of the "
                    "diaspora in Ukraine, citizens of Kyrgyzstan received 1,500 US dollars "
                    "in financial aid. This was reported by the press service of the State "
                    "Migration Service.",
                },
            },
            {
                "type": "key_figures",
                "items": [
                    {
                        "number": "1500",
                        "unit": USD,
                        "label": {
                            "ky": "каржылык жардам",
                            "ru": "финансовая помощь",
                            "en": "financial aid",
                        },
                    }
                ],
            },
            {
                "type": "paragraph",
                "text": {
                    "ky": "Мекендештердин айтымында, каражат Бишкектеги «Элим барсыңбы» "
                    "коомдук кайрымдуулук фондунун эсебине которулган. Бул акча "
                    "региондордун пандемияга каршы күрөштөгү муктаждыктарына жумшалышы "
                    "керек.",
                    "ru": "По словам соотечественников, средства перечислены на расчетный "
                    "счет общественного благотворительного фонда «Элим барсынбы» в Бишкеке. "
                    "Эти деньги предполагается направить на нужды регионов в борьбе "
                    "с пандемией.",
                    "en": "According to the compatriots, the money was transferred to the "
                    "current account of the public charity fund «Elim Barsynby» in Bishkek. "
                    "It is to be spent on the needs of the regions in the fight against the "
                    "pandemic.",
                },
            },
        ],
        "heroes": ["kyrgyz-diaspora-ukraine", "elim-barsynby"],
        "place": "bishkek",
        "places": ["bishkek"],
        "country": "UA",
        "sectors": ["health", "humanitarian-aid"],
        "contributions": ["money", "charity"],
        "amount": "1500",
        "currency": "USD",
        "beneficiaries": None,
        "sdgs": [3, 17],
        "topics": ["peoples-stories"],
        "sources": [
            {
                "publisher": {
                    "ky": "«Акчабар» маалымат агенттиги",
                    "ru": "ИА «Акчабар»",
                    "en": "News agency «Akchabar»",
                },
                "title": None,
                "url": "https://www.akchabar.kg/ru/news/kyrgyzskaya-diaspora-v-ukraine-"
                "perechislila-v-blagotvoritelnyj-fond-15-tysyachi/",
                "date": "2020-07-24",
            }
        ],
        "published": "2020-07-24",
    },
    {
        "key": "novosibirsk-batken-aid-2021",
        "slug": {
            "ky": "новосибирсктеги-диаспора-баткенге-жардам",
            "ru": "диаспора-в-новосибирске-помощь-баткену",
            "en": "novosibirsk-diaspora-helps-batken",
        },
        "title": {
            "ky": "Новосибирск облусундагы кыргыз диаспорасы Баткен облусуна жардам берди",
            "ru": "Кыргызская диаспора в Новосибирской области оказала помощь Баткенской области",
            "en": "The Kyrgyz diaspora in Novosibirsk region helps Batken region",
        },
        "standfirst": {
            "ky": "2021-жылдын 23–24-майында Новосибирсктеги мекендештер дипломаттар менен "
            "бирге Баткен облусунун чек арадагы айылдарына барып, 3 миллион сомдон ашык "
            "жардам көрсөтүштү.",
            "ru": "23–24 мая 2021 года соотечественники из Новосибирска вместе с дипломатами "
            "посетили приграничные села Баткенской области и оказали помощь на сумму более "
            "3 миллионов сомов.",
            "en": "On 23–24 May 2021 compatriots from Novosibirsk, together with diplomats, "
            "visited border villages of Batken region and provided aid worth more than "
            "3 million soms.",
        },
        "body": [
            {
                "type": "paragraph",
                "text": {
                    "ky": "2021-жылдын апрель айынын аягында кыргыз-тажик мамлекеттик чек "
                    "арасындагы жаңжалдан Баткен облусунун Баткен жана Лейлек "
                    "райондорундагы чек арадагы айылдар жабыр тартты.",
                    "ru": "В конце апреля 2021 года приграничные села Баткенского "
                    "и Лейлекского районов Баткенской области пострадали во время "
                    "конфликта на кыргызско-таджикской государственной границе.",
                    "en": "In late April 2021 the border villages of Batken and Leilek "
                    "districts of Batken region suffered during the conflict on the "
                    "Kyrgyz-Tajik state border.",
                },
            },
            {
                "type": "paragraph",
                "text": {
                    "ky": "2021-жылдын 23–24-майында Россия Федерациясынын Новосибирск "
                    "облусундагы кыргыз диаспорасынын өкүлдөрү Кыргыз Республикасынын "
                    "Новосибирсктеги Башкы консулдугунун жана Элчилигинин кызматкерлери "
                    "менен бирге ошол айылдарга барышты. Сапардын жүрүшүндө диаспора курман "
                    "болгондордун туугандарына жана жабыр тарткан тургундарга каржылык "
                    "жардам көрсөттү.",
                    "ru": "23–24 мая 2021 года представители кыргызской диаспоры "
                    "в Новосибирской области Российской Федерации вместе с сотрудниками "
                    "Генерального консульства Кыргызской Республики в Новосибирске "
                    "и Посольства посетили эти села. Во время поездки диаспора оказала "
                    "финансовую помощь родственникам погибших и пострадавшим жителям.",
                    "en": "On 23–24 May 2021 representatives of the Kyrgyz diaspora in "
                    "Novosibirsk region of the Russian Federation visited these villages "
                    "together with employees of the Consulate General of the Kyrgyz Republic "
                    "in Novosibirsk and of the Embassy. During the trip the diaspora gave "
                    "financial assistance to the relatives of the victims and to affected "
                    "residents.",
                },
            },
            {
                "type": "paragraph",
                "text": {
                    "ky": "Мындан тышкары, каражат Лейлек районундагы Максат айылынын милиция "
                    "пунктун жана мечитин калыбына келтирүүгө, Чек ара кызматынын Баткен "
                    "облустук башкармалыгынын унааларына бөлүндү.",
                    "ru": "Средства были выделены также на восстановление сельского пункта "
                    "милиции и мечети в селе Максат Лейлекского района и на автомобили "
                    "Баткенского областного управления Пограничной службы.",
                    "en": "Funds also went to restoring the village police station and the "
                    "mosque in Maksat village of Leilek district, and to vehicles of the "
                    "Batken regional department of the Border Guard Service.",
                },
            },
            {
                "type": "key_figures",
                "items": [
                    {
                        "number": "3000000",
                        "unit": SOMS,
                        "label": {
                            "ky": "жардамдын жалпы суммасы (андан ашык)",
                            "ru": "общая сумма помощи (более)",
                            "en": "total aid (more than)",
                        },
                    }
                ],
            },
            {
                "type": "timeline",
                "events": [
                    {
                        "date": "2021-05-23",
                        "title": {
                            "ky": "Чек арадагы айылдарга сапар башталды",
                            "ru": "Начало поездки в приграничные села",
                            "en": "The trip to the border villages begins",
                        },
                        "description": {
                            "ky": "Диаспоранын өкүлдөрү жана дипломаттар Баткен жана Лейлек "
                            "райондорунун чек арадагы айылдарына барышты.",
                            "ru": "Представители диаспоры и дипломаты приехали "
                            "в приграничные села Баткенского и Лейлекского районов.",
                            "en": "Diaspora representatives and diplomats arrive in the "
                            "border villages of Batken and Leilek districts.",
                        },
                    },
                    {
                        "date": "2021-05-24",
                        "title": {
                            "ky": "Сапар аяктады",
                            "ru": "Завершение поездки",
                            "en": "The trip ends",
                        },
                        "description": {
                            "ky": "Эки күндүк сапардын жүрүшүндө жалпы суммасы 3 миллион "
                            "сомдон ашкан жардам көрсөтүлдү.",
                            "ru": "За два дня поездки была оказана помощь на общую сумму "
                            "более 3 миллионов сомов.",
                            "en": "Over the two days of the trip, aid totalling more than "
                            "3 million soms was provided.",
                        },
                    },
                ],
            },
        ],
        "heroes": ["kyrgyz-diaspora-novosibirsk", "consulate-general-novosibirsk"],
        "place": "batken",
        "places": ["batken", "batken-district", "leilek-district", "maksat"],
        "country": "RU",
        "sectors": ["humanitarian-aid", "social-protection", "infrastructure", "public-safety"],
        "contributions": ["money", "charity"],
        "amount": "3000000",
        "currency": "KGS",
        "beneficiaries": None,
        "sdgs": [1, 16, 17],
        "topics": ["peoples-stories", "state-as-responsible-partner"],
        "sources": [
            {
                "publisher": {
                    "ky": "Тышкы иштер министрлигинин басма сөз кызматы",
                    "ru": "Пресс-служба МИД",
                    "en": "MFA press service",
                },
                "title": None,
                "url": "https://mfa.gov.kg/ru/osnovnoe-menyu/press-sluzhba/novosti/"
                "kyrgyzskaya-diaspora-v-novosibirskoy-oblasti-okazala-finansovuyu-pomoshch-"
                "batkenskoy-oblasti",
                "date": "2021-05-23",
            }
        ],
        "published": "2021-05-23",
    },
    {
        "key": "swiss-patrons-elderly-2020",
        "slug": {
            "ky": "швейцариялык-меценаттар-карыларга-жардам",
            "ru": "помощь-пожилым-от-меценатов-из-швейцарии",
            "en": "swiss-patrons-help-elderly-people",
        },
        "title": {
            "ky": "Швейцариялык меценаттар көп балалуу үй-бүлөлөргө жана жалгыз карыларга "
            "жардам беришти",
            "ru": "Многодетные семьи и одинокие пожилые люди Кыргызстана получили помощь "
            "от меценатов из Швейцарии",
            "en": "Swiss patrons help large families and single elderly people in Kyrgyzstan",
        },
        "standfirst": {
            "ky": "Жаңы жылдын алдында кыргыз-швейцар бирикмесинин колдоосу менен беш "
            "облустагы 29 жалгыз улгайган жаранга жана аз камсыз болгон үй-бүлөлөрдүн "
            "балдарына азык-түлүк сатып берилди.",
            "ru": "В канун Нового года при поддержке кыргызско-швейцарской ассоциации "
            "29 одиноким пожилым гражданам и детям из малообеспеченных семей в пяти "
            "областях купили продукты.",
            "en": "On the eve of the New Year, with the support of a Kyrgyz-Swiss "
            "association, food was bought for 29 single elderly citizens and children "
            "from low-income families in five regions.",
        },
        "body": [
            {
                "type": "paragraph",
                "text": {
                    "ky": "Жаңы жылдын алдында «Улгайган адамдар үчүн ресурстук борбор» "
                    "коомдук бирикмеси «Bridge to Kyrgyzstan – Brücke nach Kirgisistan» "
                    "кыргыз-швейцар бейөкмөт бирикмесинин колдоосу менен Кыргызстандагы "
                    "жалгыз жашаган улгайган адамдарга жардам көрсөттү.",
                    "ru": "В канун Нового года общественное объединение «Ресурсный центр "
                    "для пожилых» при поддержке кыргызско-швейцарской неправительственной "
                    "ассоциации «Bridge to Kyrgyzstan – Brücke nach Kirgisistan» "
                    "поддержало одиноких пожилых людей Кыргызстана.",
                    "en": "On the eve of the New Year, the Public Association «Resource "
                    "Center for the Elderly», with the support of the Kyrgyz-Swiss "
                    "non-governmental association «Bridge to Kyrgyzstan – Brücke nach "
                    "Kirgisistan», supported single elderly people in Kyrgyzstan.",
                },
            },
            {
                "type": "paragraph",
                "text": {
                    "ky": "Каражат Кыргыз Республикасынын Чүй, Талас, Ысык-Көл, Ош жана "
                    "Жалал-Абад облустарында жашаган 29 жалгыз улгайган жаран жана аз "
                    "камсыз болгон үй-бүлөлөрдүн балдары үчүн зарыл азык-түлүк сатып "
                    "алууга жумшалды.",
                    "ru": "На эти средства купили необходимые продукты для 29 одиноких "
                    "пожилых граждан и детей из малообеспеченных семей, живущих в Чуйской, "
                    "Таласской, Иссык-Кульской, Ошской и Джалал-Абадской областях "
                    "Кыргызской Республики.",
                    "en": "The funds were used to buy the necessary food for 29 single "
                    "elderly citizens and children from low-income families living in the "
                    "Chüy, Talas, Issyk-Kul, Osh and Jalal-Abad regions of the Kyrgyz "
                    "Republic.",
                },
            },
            {
                "type": "key_figures",
                "items": [
                    {
                        "number": "29",
                        "unit": {"ky": "адам", "ru": "человек", "en": "people"},
                        "label": {
                            "ky": "жалгыз улгайган жарандар азык-түлүк алышты",
                            "ru": "одиноких пожилых граждан получили продукты",
                            "en": "single elderly citizens received food",
                        },
                    },
                    {
                        "number": "5",
                        "unit": {"ky": "облус", "ru": "областей", "en": "regions"},
                        "label": {
                            "ky": "Чүй, Талас, Ысык-Көл, Ош жана Жалал-Абад",
                            "ru": "Чуйская, Таласская, Иссык-Кульская, Ошская и Джалал-Абадская",
                            "en": "Chüy, Talas, Issyk-Kul, Osh and Jalal-Abad",
                        },
                    },
                ],
            },
            {
                "type": "paragraph",
                "text": {
                    "ky": "Бул тууралуу «Улгайган адамдар үчүн ресурстук борбор» коомдук "
                    "бирикмеси 2020-жылдын 30-декабрында кабарлады.",
                    "ru": "Об этом 30 декабря 2020 года сообщило общественное объединение "
                    "«Ресурсный центр для пожилых».",
                    "en": "The Public Association «Resource Center for the Elderly» reported "
                    "this on 30 December 2020.",
                },
            },
        ],
        "heroes": ["resource-center-for-the-elderly", "bridge-to-kyrgyzstan"],
        "place": "chui",
        "places": ["chui", "talas", "issyk-kul", "osh", "jalal-abad"],
        "country": "CH",
        "sectors": ["social-protection", "humanitarian-aid"],
        "contributions": ["money", "charity"],
        "amount": None,
        "currency": None,
        "beneficiaries": 29,
        "sdgs": [1, 2, 17],
        "topics": ["peoples-stories"],
        "sources": [
            {
                "publisher": {
                    "ky": "«Улгайган адамдар үчүн ресурстук борбор» КБ",
                    "ru": "ОО «Ресурсный центр для пожилых»",
                    "en": "PA «Resource Center for Elderly»",
                },
                "title": {
                    "ky": "Кыргызстандын көп балалуу үй-бүлөлөрүнө жана жалгыз карыларына "
                    "Швейцариядан келген меценаттар жардам көрсөтүштү",
                    "ru": "Многодетным семьям и одиноким пожилым Кыргызстана оказана помощь "
                    "от меценатов из Швейцарии",
                    "en": "Many children's families and single elderly people of Kyrgyzstan "
                    "received assistance from Swiss patrons",
                },
                "url": "https://rce.kg/2020/12/30/mnogodetnym-semyam-i-odinokim-pozhilym-"
                "kyrgyzstana-okazana-pomoshh-ot-metsenatov-iz-shvejtsarii/",
                "date": "2020-12-30",
            }
        ],
        "published": "2020-12-30",
    },
    {
        "key": "kashkaldak-house-2019",
        "slug": {
            "ky": "кашкалдакта-төрт-балалуу-энеге-үй",
            "ru": "дом-для-матери-четырех-детей-в-кашкалдаке",
            "en": "house-for-a-mother-of-four-in-kashkaldak",
        },
        "title": {
            "ky": "Россияда иштеген кашкалдактыктар төрт баласын жалгыз тарбиялаган энеге "
            "үй салып беришти",
            "ru": "Уроженцы Кашкалдака, работающие в России, построили дом для матери "
            "четырех детей",
            "en": "Natives of Kashkaldak working in Russia build a house for a mother of four",
        },
        "standfirst": {
            "ky": "Ноокат районундагы Кашкалдак айылынан чыгып, Россияда иштеп жүргөн "
            "жердештер «Мекендеш» фондун түзүп, төрт баласын жалгыз тарбиялап жаткан энеге "
            "үй салып беришти.",
            "ru": "Уроженцы села Кашкалдак Ноокатского района, работающие в России, создали "
            "фонд «Мекендеш» и построили дом для матери, которая одна воспитывает четырех "
            "детей.",
            "en": "Natives of Kashkaldak village in Nookat district who work in Russia set up "
            "the Mekendesh Foundation and built a house for a mother raising four children "
            "alone.",
        },
        "body": [
            {
                "type": "paragraph",
                "text": {
                    "ky": "Ош облусунун Ноокат районуна караштуу Зулпуев айыл аймагынын "
                    "Кашкалдак айылында төрт баласын жалгыз тарбиялап жаткан энеге үй "
                    "салынып берилди.",
                    "ru": "В селе Кашкалдак Зулпуевского айыл аймака Ноокатского района "
                    "Ошской области построили дом для матери, которая одна воспитывает "
                    "четырех детей.",
                    "en": "In the village of Kashkaldak in the Zulpuev rural district of "
                    "Nookat district, Osh region, a house was built for a mother raising "
                    "four children alone.",
                },
            },
            {
                "type": "paragraph",
                "text": {
                    "ky": "Россия Федерациясында иштеп жүргөн кашкалдактыктар фонд түзүшкөн. "
                    "Май айында фонддун мүчөлөрү демилге көтөрүштү. Жалпысынан 600 миң сом "
                    "сарпталып, анын 450 миң рублин Россияда иштеп жүргөн айылдаштар "
                    "жөнөтүштү.",
                    "ru": "Уроженцы Кашкалдака, работавшие в Российской Федерации, создали "
                    "фонд. В мае его участники выступили с инициативой. Всего потратили "
                    "600 тысяч сомов, из них 450 тысяч рублей прислали односельчане, "
                    "работающие в России.",
                    "en": "Natives of Kashkaldak who were working in the Russian Federation "
                    "created a foundation, and in May its members launched the initiative. "
                    "In total 600,000 soms were spent, of which 450,000 roubles were sent by "
                    "villagers working in Russia.",
                },
            },
            {
                "type": "key_figures",
                "items": [
                    {
                        "number": "600000",
                        "unit": SOMS,
                        "label": {
                            "ky": "үйдүн курулушуна жалпысынан сарпталды",
                            "ru": "всего потрачено на строительство дома",
                            "en": "spent in total on the house",
                        },
                    },
                    {
                        "number": "450000",
                        "unit": ROUBLES,
                        "label": {
                            "ky": "Россияда иштеген айылдаштар жөнөтүштү",
                            "ru": "прислали односельчане, работающие в России",
                            "en": "sent by villagers working in Russia",
                        },
                    },
                    {
                        "number": "4",
                        "unit": {"ky": "бала", "ru": "ребенка", "en": "children"},
                        "label": {
                            "ky": "эне аларды жалгыз тарбиялап жатат",
                            "ru": "мать воспитывает одна",
                            "en": "raised by their mother alone",
                        },
                    },
                ],
            },
            {
                "type": "quote",
                "quote": {
                    "ky": "Фондго 1981-жылы туулган айылдаштар жардам беришти. Кирпичти "
                    "1988-жылы туулган жигиттер ташып келишти. Бир топ жигит чатырды жабууга "
                    "жардамдашты. 100 сомдон 100 миң сомго чейин жардам берилди.",
                    "ru": "Фонду помогли односельчане 1981 года рождения. Кирпич привезли "
                    "ребята 1988 года рождения. Группа ребят помогла покрыть крышу. Помощь "
                    "оказывали в размере от 100 сомов до 100 тысяч сомов.",
                    "en": "Villagers born in 1981 helped with the foundation. Bricks were "
                    "brought by guys born in 1988. A group of guys helped cover the roof. "
                    "Help in the amount of 100 soms to 100,000 soms was provided.",
                },
                "attribution": {
                    "ky": "Migranty.org келтирген сөздөр, 2019-жылдын декабры",
                    "ru": "Слова, приведенные Migranty.org, декабрь 2019 года",
                    "en": "As quoted by Migranty.org, December 2019",
                },
            },
            {
                "type": "paragraph",
                "text": {
                    "ky": "«Мекендеш» фондун Абдысамат Каратаев менен Шумкар Эркебаев "
                    "жетектешет. Курулушту жана керектүү материалдар менен камсыздоону "
                    "Бекнур Эргешов көзөмөлдөдү.",
                    "ru": "Фонд «Мекендеш» возглавляют Абдысамат Каратаев и Шумкар "
                    "Эркебаев. Строительством и обеспечением необходимыми материалами "
                    "руководил Бекнур Эргешов.",
                    "en": "Abdysamat Karataev and Shumkar Erkebayev lead the Mekendesh "
                    "Foundation. Beknur Ergeshov supervised the construction and the "
                    "provision of the necessary materials.",
                },
            },
        ],
        "heroes": [
            "mekendesh-foundation",
            "abdysamat-karataev",
            "shumkar-erkebayev",
            "beknur-ergeshov",
            "kashkaldak-mother",
        ],
        "place": "kashkaldak",
        "places": ["osh", "nookat-district", "zulpuev-rural-district", "kashkaldak"],
        "country": "RU",
        "sectors": ["housing", "social-protection"],
        "contributions": ["money", "skills", "volunteering", "charity"],
        "amount": "600000",
        "currency": "KGS",
        "beneficiaries": 1,
        "sdgs": [1, 11, 17],
        "topics": ["peoples-stories", "investment-success-formula", "skills-and-knowledge"],
        "sources": [
            {
                "publisher": {"ky": "Migranty.org", "ru": "Migranty.org", "en": "Migranty.org"},
                "title": None,
                "url": "https://migranty.org/novosti/nahodjashhiesja-na-zarabotkah-v-rossii-"
                "kyrgyzstancy-postroili-dom-materi-s-chetyrmja-detmi/",
                "date": "2019-12-01",
            }
        ],
        "published": "2019-12-01",
    },
    {
        "key": "chicago-batken-fundraising-2021",
        "slug": {
            "ky": "чикагодогу-диаспора-баткенге-70-миң-доллар",
            "ru": "диаспора-в-чикаго-собрала-70-тысяч-долларов",
            "en": "chicago-diaspora-raises-70000-dollars-for-batken",
        },
        "title": {
            "ky": "Чикагодогу кыргыз диаспорасы баткендиктер үчүн 70 миң доллар чогултту",
            "ru": "Кыргызская диаспора в Чикаго собрала 70 тысяч долларов для помощи баткенцам",
            "en": "The Kyrgyz diaspora in Chicago raises 70,000 dollars for Batken",
        },
        "standfirst": {
            "ky": "Чикагодогу мекендештер Баткен облусунда жабыр тарткандар үчүн каражат "
            "чогултушту, анын бир бөлүгү улуттук тамак-аш жарманкесинде чогулду.",
            "ru": "Соотечественники в Чикаго собрали средства для пострадавших в Баткенской "
            "области, часть из них — на ярмарке национальной кухни.",
            "en": "Compatriots in Chicago raised money for the victims in Batken region, part "
            "of it at an ethnic food fair.",
        },
        "body": [
            {
                "type": "paragraph",
                "text": {
                    "ky": "АКШнын Чикаго шаарындагы кыргыз диаспорасы Баткен облусунда "
                    "жабыр тарткандарга жардам көрсөтүү үчүн 70 миң АКШ долларын чогултту. "
                    "Бул тууралуу Кыргыз Республикасынын Тышкы иштер министрлигинин басма "
                    "сөз кызматы кабарлады.",
                    "ru": "Кыргызская диаспора в Чикаго (США) собрала 70 тысяч долларов США "
                    "для помощи пострадавшим в Баткенской области. Об этом сообщила "
                    "пресс-служба Министерства иностранных дел Кыргызской Республики.",
                    "en": "The Kyrgyz diaspora in Chicago, USA, collected 70,000 US dollars "
                    "to help the victims in Batken region. This was reported by the press "
                    "service of the Ministry of Foreign Affairs of the Kyrgyz Republic.",
                },
            },
            {
                "type": "key_figures",
                "items": [
                    {
                        "number": "70000",
                        "unit": USD,
                        "label": {
                            "ky": "Баткен облусунда жабыр тарткандар үчүн чогултулду",
                            "ru": "собрано для пострадавших в Баткенской области",
                            "en": "raised for the victims in Batken region",
                        },
                    }
                ],
            },
            {
                "type": "paragraph",
                "text": {
                    "ky": "Министрликтин тактоосу боюнча, каражаттын бир бөлүгү диаспора "
                    "Чикагонун чет жакаларында уюштурган улуттук тамак-аш жарманкесинде "
                    "чогулган.",
                    "ru": "В министерстве уточнили, что часть средств собрана на ярмарке "
                    "национальной кухни, которую диаспора организовала в пригородах Чикаго.",
                    "en": "The Ministry specified that part of the funds was collected at an "
                    "ethnic food fair organised by the diaspora in the suburbs of Chicago.",
                },
            },
            {
                "type": "paragraph",
                "text": {
                    "ky": "Мындан тышкары, Кыргыз Республикасынын Элчилиги диаспоранын "
                    "өкүлдөрү АКШнын башка шаарларында жана аймактарында да каражат "
                    "чогултуп жатканы тууралуу маалымат алды. Анын жыйынтыгы жакын арада "
                    "жарыяланары айтылды.",
                    "ru": "Кроме того, Посольство Кыргызской Республики получило информацию "
                    "о сборе средств представителями диаспоры в других городах и регионах "
                    "США; его итоги обещали объявить в ближайшее время.",
                    "en": "The Embassy of the Kyrgyz Republic also received information "
                    "about fundraising by representatives of the diaspora in other cities "
                    "and regions of the USA; the results were to be announced soon.",
                },
            },
        ],
        "heroes": ["kyrgyz-diaspora-chicago"],
        "place": "batken",
        "places": ["batken"],
        "country": "US",
        "sectors": ["humanitarian-aid"],
        "contributions": ["money", "charity", "volunteering"],
        "amount": "70000",
        "currency": "USD",
        "beneficiaries": None,
        "sdgs": [1, 16, 17],
        "topics": ["peoples-stories", "investment-success-formula"],
        "sources": [
            {
                "publisher": {
                    "ky": "Economist.kg",
                    "ru": "Economist.kg",
                    "en": "Economist.kg",
                },
                "title": None,
                "url": "https://economist.kg/novosti/2021/05/04/kyrgyzskaya-diaspora-v-ssha-"
                "sobrala-70-tysyach-dlya-pomoshhi-batkencam/",
                "date": "2021-05-14",
            }
        ],
        "published": "2021-05-14",
    },
    {
        "key": "usa-cities-batken-fundraising-2021",
        "slug": {
            "ky": "акш-диаспорасы-баткен-үчүн-каражат-чогултууда",
            "ru": "диаспора-в-сша-собирает-средства-для-баткена",
            "en": "us-diaspora-fundraising-for-batken",
        },
        "title": {
            "ky": "АКШдагы кыргыз диаспорасы Баткен облусунда жабыр тарткандар үчүн каражат "
            "чогултууну улантууда",
            "ru": "Кыргызская диаспора в США продолжает сбор средств для пострадавших "
            "в Баткенской области",
            "en": "The Kyrgyz diaspora in the USA keeps raising funds for those affected in "
            "Batken region",
        },
        "standfirst": {
            "ky": "2021-жылдын май айында диаспоранын өкүлдөрү АКШнын ар кайсы шаарларында "
            "жана штаттарында жашаган мекендештер канча каражат чогултканын билдиришти.",
            "ru": "В мае 2021 года представители диаспоры сообщили, сколько собрали "
            "соотечественники в разных городах и штатах США.",
            "en": "In May 2021 representatives of the diaspora reported how much compatriots "
            "in different US cities and states had raised.",
        },
        "body": [
            {
                "type": "paragraph",
                "text": {
                    "ky": "2021-жылдын май айында диаспоранын өкүлдөрү АКШнын ар кайсы "
                    "шаарларында жана штаттарында жашаган мекендештер Баткен облусунда "
                    "жабыр тарткандарга жардам көрсөтүү үчүн төмөнкү суммаларды "
                    "чогултканын билдиришти.",
                    "ru": "В мае 2021 года представители диаспоры сообщили, что "
                    "соотечественники, живущие в разных городах и штатах США, собрали "
                    "для помощи пострадавшим в Баткенской области следующие суммы.",
                    "en": "In May 2021 representatives of the diaspora reported that "
                    "compatriots living in different cities and states of the USA had "
                    "raised the following amounts to help those affected in Batken region.",
                },
            },
            {
                "type": "key_figures",
                "items": [
                    {
                        "number": "22000",
                        "unit": USD,
                        "label": {
                            "ky": "Нью-Йорк (Нью-Йорк штаты)",
                            "ru": "Нью-Йорк (штат Нью-Йорк)",
                            "en": "New York City (New York State)",
                        },
                    },
                    {
                        "number": "20000",
                        "unit": USD,
                        "label": {"ky": "Огайо штаты", "ru": "Штат Огайо", "en": "Ohio State"},
                    },
                    {
                        "number": "10000",
                        "unit": USD,
                        "label": {
                            "ky": "Питтсбург (Пенсильвания штаты)",
                            "ru": "Питтсбург (штат Пенсильвания)",
                            "en": "Pittsburgh (Pennsylvania)",
                        },
                    },
                    {
                        "number": "20000",
                        "unit": USD,
                        "label": {
                            "ky": "Филадельфия (Пенсильвания штаты)",
                            "ru": "Филадельфия (штат Пенсильвания)",
                            "en": "Philadelphia (Pennsylvania)",
                        },
                    },
                    {"number": "105000", "unit": USD, "label": CHICAGO},
                    {"number": "14000", "unit": USD, "label": CHICAGO},
                ],
            },
            {
                "type": "paragraph",
                "text": {
                    "ky": "Тизмеде Чикаго үчүн эки сумма көрсөтүлгөн: 105 миң жана 14 миң "
                    "АКШ доллары. Бул маалыматты «Кабар» маалымат агенттиги 2021-жылдын "
                    "7-майында жарыялады.",
                    "ru": "Для Чикаго в списке указаны две суммы: 105 тысяч и 14 тысяч "
                    "долларов США. Эти данные 7 мая 2021 года опубликовало ИА «Кабар».",
                    "en": "The list gives two amounts for Chicago: 105,000 and 14,000 US "
                    "dollars. The news agency «Kabar» published the figures on 7 May 2021.",
                },
            },
        ],
        "heroes": [
            "kyrgyz-diaspora-usa",
            "kyrgyz-diaspora-chicago",
            "kyrgyz-diaspora-philadelphia",
        ],
        "place": "batken",
        "places": ["batken"],
        "country": "US",
        "sectors": ["humanitarian-aid"],
        "contributions": ["money", "charity"],
        "amount": "191000",
        "currency": "USD",
        "beneficiaries": None,
        "sdgs": [1, 16, 17],
        "topics": ["peoples-stories"],
        "sources": [
            {
                "publisher": {
                    "ky": "«Кабар» маалымат агенттиги",
                    "ru": "ИА «Кабар»",
                    "en": "News agency «Kabar»",
                },
                "title": None,
                "url": "https://kabar.kg/news/kyrgyzskaia-diaspora-v-ssha-prodolzhaet-sbor-"
                "sredstv-dlia-okazaniia-pomoshchi-postradavshim-v-batkenskoi-oblasti/",
                "date": "2021-05-07",
            }
        ],
        "published": "2021-05-07",
    },
]

# Som rates for the demo's amounts in other currencies, by currency and year of the story.
# They are rounded examples, not official figures, and their source says so.
EXAMPLE_KGS_RATES = {
    ("USD", 2020): "77.50",
    ("USD", 2021): "84.80",
}
EXAMPLE_RATE_SOURCE = {
    "ky": "Мисал үчүн алынган курс (Улуттук банктын курсуна жакын), расмий эмес",
    "ru": "Примерный курс для демонстрации (близкий к курсу Нацбанка), не официальный",
    "en": "Example rate for the demo (close to the National Bank's), not official",
}
