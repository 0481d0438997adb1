"""Demo content for the information campaign: the central theme and the five topics.

Texts follow Annex 1 ("Draft information campaign concept") of the Communication Strategy
2022–2025 and the parts of the strategy the topics build on. Kyrgyz first, with Russian and
English translations.
"""

# Key messages of Annex 1's table, reused by the topics; identical Kyrgyz text always has the
# same translation.
EVERY_CONTRIBUTION = {
    "ky": "Мекендештердин жана мигранттардын өлкөнүн өнүгүүсүнө кошкон ар бир салымы "
    "адамдардын жашоосун жакшыртат",
    "ru": "Каждый вклад соотечественников и мигрантов в развитие страны делает жизнь людей лучше",
    "en": "Each contribution of compatriots and migrants to the development of the country "
    "makes people's lives better",
}
COOPERATION_BENEFITS_ALL = {
    "ky": "Өлкөнү өнүктүрүү үчүн мекендештер жана мигранттар менен кызматташуу баарына "
    "пайдалуу жана адамдардын жашоосун жакшыртат",
    "ru": "Сотрудничество с соотечественниками и мигрантами ради развития страны выгодно "
    "всем и делает жизнь людей лучше",
    "en": "Cooperation with compatriots and migrants for the development of the country is "
    "beneficial for all and makes people's lives better",
}

CENTRAL_THEME = {
    "key": "central-theme",
    "slug": {"ky": "борбордук-тема", "ru": "центральная-тема", "en": "central-theme"},
    "title": {
        "ky": "Маалыматтык кампаниянын борбордук темасы",
        "ru": "Центральная тема информационной кампании",
        "en": "The central theme of the information campaign",
    },
    "statement": {
        "ky": "Өлкөнүн өнүгүүсүнө салынган инвестиция мекениңдеги конкреттүү адамдардын "
        "жашоосун жакшыртат!",
        "ru": "Инвестиции в развитие страны делают лучше жизнь конкретных людей на вашей родине!",
        "en": "Investing in the development of the country makes the lives of specific "
        "people in your homeland better!",
    },
    "introduction": {
        "ky": "Борбордук тема маалыматтык кампаниянын бардык негизги билдирүүлөрүн бир "
        "системага келтирип, маалыматтык ызы-чууну чыпкалайт. Ал көйгөйгө жана аны "
        "мамлекеттик органдардын колдоосу жана түздөн-түз катышуусу менен мекенинде "
        "социалдык, экономикалык жана маданий долбоорлорго инвестиция салган кыргыз "
        "диаспораларынын, мекендештердин жана мигранттардын күчү жана ресурстары менен "
        "чечүү мүмкүнчүлүктөрүнө бүтүндөй көз карашты калыптандырат.",
        "ru": "Центральная тема структурирует все ключевые сообщения информационной "
        "кампании и фильтрует информационный шум. Она формирует целостное представление "
        "о проблеме и о возможностях ее решения силами и ресурсами кыргызских диаспор, "
        "соотечественников и мигрантов, которые инвестируют в социальные, экономические "
        "и культурные проекты на родине при поддержке и непосредственном участии "
        "государственных органов.",
        "en": "The central theme structures all the key messages of the information "
        "campaign and filters out information noise. It forms a holistic view of the "
        "problem and of the opportunities to solve it through the efforts and resources of "
        "Kyrgyz diasporas, compatriots and migrants who invest in social, economic and "
        "cultural projects in their homeland with the support and direct participation of "
        "government agencies.",
    },
    "hashtags": ["#Мекендеш", "#Mekendesh", "#МекенгеСалым", "#МыктыМекендеш"],
    "active_from": "2022-01-01",
    "active_to": "2025-12-31",
    "key_messages": [
        {
            "audience": "primary",
            "message": EVERY_CONTRIBUTION,
            "interests": [
                {
                    "ky": "Социалдык-экономикалык өнүгүү жагынан да, каржылык натыйжа "
                    "жагынан да пайдалуу долбоорлорго инвестиция салуу мүмкүнчүлүктөрү "
                    "тууралуу маалымдуулукту жогорулатуу",
                    "ru": "Повышение осведомленности о возможностях инвестировать в проекты, "
                    "выгодные с точки зрения социально-экономического развития, а также "
                    "финансовых результатов",
                    "en": "Raising awareness of opportunities to invest in projects that are "
                    "profitable in terms of social and economic development, as well as "
                    "financial results",
                },
                {
                    "ky": "Жалпы кызыкчылыктарды илгерилетүү үчүн мамлекеттик органдар "
                    "(борбордук бийлик органдары, жергиликтүү өз алдынча башкаруу органдары, "
                    "Кыргыз Республикасынын чет өлкөлөрдөгү мекемелери, консулдуктары жана "
                    "элчиликтери) менен өз ара маалымдуулукту жогорулатуу",
                    "ru": "Взаимное информирование с государственными органами "
                    "(центральными органами власти, органами местного самоуправления, "
                    "загранучреждениями, консульствами и посольствами Кыргызской "
                    "Республики) для продвижения общих интересов",
                    "en": "Awareness-raising with government agencies (central authorities, "
                    "local self-government bodies, foreign missions, consulates and "
                    "embassies of the Kyrgyz Republic) to promote common interests",
                },
                {
                    "ky": "Өз инвестициялык долбоорлорун иштеп чыгуу жана ишке ашыруу үчүн "
                    "бири-бири менен маалымат агымдарын түзүү жана жакшыртуу",
                    "ru": "Налаженные информационные потоки друг с другом для разработки "
                    "и реализации собственных инвестиционных проектов",
                    "en": "Having and improving information flows with each other to develop "
                    "and implement their own investment projects",
                },
                {
                    "ky": "Салымдарынын ачык-айкын колдонулушу тууралуу маалымат алуу",
                    "ru": "Информирование о прозрачности использования их вкладов",
                    "en": "Informing about the transparency of the use of their contributions",
                },
                {
                    "ky": "Кыргыз Республикасынын калкына билимин, көндүмдөрүн жана "
                    "тажрыйбасын өткөрүп берүү мүмкүнчүлүктөрү тууралуу маалымат алуу",
                    "ru": "Информирование о возможностях передать знания, навыки и опыт "
                    "населению Кыргызской Республики",
                    "en": "Informing about opportunities to transfer knowledge, skills and "
                    "experience to the population of the Kyrgyz Republic",
                },
                {
                    "ky": "Калктын кыргыз диаспораларынын, мекендештердин жана мигранттардын "
                    "жардамы тууралуу кабардар болушу",
                    "ru": "Осведомленность населения о помощи кыргызских диаспор, "
                    "соотечественников и мигрантов",
                    "en": "Awareness of the population about the assistance of Kyrgyz "
                    "diasporas, compatriots and migrants",
                },
                {
                    "ky": "Мамлекеттин миграциялык саясаттын концепциясын ишке ашыруу боюнча "
                    "кадамдары тууралуу ыкчам жана актуалдуу маалымат",
                    "ru": "Оперативная и актуальная информация о шагах государства "
                    "по реализации концепции миграционной политики",
                    "en": "Prompt and up-to-date information about the state's steps to "
                    "implement the migration policy concept",
                },
                {
                    "ky": "Өлкөнүн өнүгүүсүнүн ар кандай тараптары (каржылык, социалдык, "
                    "маданий ж.б.) тууралуу көбүрөөк маалымат",
                    "ru": "Больше информации о разных аспектах развития страны (финансовых, "
                    "социальных, культурных и др.)",
                    "en": "More information about different aspects of the country's "
                    "development (financial, social, cultural, etc.)",
                },
            ],
        },
        {
            # Annex 1's table lists no interests for the secondary group.
            "audience": "secondary",
            "message": COOPERATION_BENEFITS_ALL,
            "interests": [],
        },
        {
            "audience": "tertiary",
            "message": COOPERATION_BENEFITS_ALL,
            "interests": [
                {
                    "ky": "Кыргыз диаспораларынын, мекендештердин жана мигранттардын "
                    "колдоосу менен өз жашоосун кантип жакшыртуу, жергиликтүү аймактарды "
                    "жана жамааттарды кантип өнүктүрүү тууралуу көбүрөөк актуалдуу маалымат",
                    "ru": "Больше актуальной информации о том, как улучшить свою жизнь "
                    "и развивать местные территории и сообщества при поддержке кыргызских "
                    "диаспор, соотечественников и мигрантов",
                    "en": "More relevant information on how to improve their lives and "
                    "develop local areas and communities with the support of Kyrgyz "
                    "diasporas, compatriots and migrants",
                },
                {
                    "ky": "Өзүн өнүктүрүү жана каржылык бакубаттуулук үчүн көбүрөөк "
                    "мүмкүнчүлүк жана маалымат",
                    "ru": "Больше возможностей и информации для саморазвития и финансового "
                    "благополучия",
                    "en": "More opportunities and information for self-development and "
                    "financial well-being",
                },
                {
                    "ky": "Башкалардын тажрыйбасын кайталоо үчүн алардын инвестициялык "
                    "ийгиликтери тууралуу билүү",
                    "ru": "Знать об инвестиционных успехах других, чтобы повторить их опыт",
                    "en": "To know about the investment successes of others in order to "
                    "replicate their experience",
                },
            ],
        },
    ],
}

TOPICS = [
    {
        "key": "peoples-stories",
        "slug": {
            "ky": "адамдардын-окуялары",
            "ru": "истории-людей",
            "en": "peoples-stories",
        },
        "title": {"ky": "Адамдардын окуялары", "ru": "Истории людей", "en": "People's stories"},
        "tagline": {
            "ky": "Инвестициялар жашоону кантип жакшыртты",
            "ru": "Как инвестиции сделали жизнь лучше",
            "en": "How investments have made life better",
        },
        "introduction": {
            "ky": "Кыргыз диаспораларынын, мекендештердин жана мигранттардын салымынын "
            "аркасында жашоосу өзгөргөн адамдар тууралуу окуялар. Мындай окуялардын "
            "каармандары инвестиция салгандар да, ошол салымдан улам жашоосу жакшы жакка "
            "өзгөргөн аймактардагы адамдар да, ошондой эле ишке катышкан мамлекеттик "
            "органдар, мекендештердин бирикмелери, бизнес жана коомдук уюмдар да боло алат.",
            "ru": "Истории людей, чья жизнь изменилась благодаря вкладу кыргызских диаспор, "
            "соотечественников и мигрантов. Героями этих историй могут быть и инвесторы, "
            "и жители регионов, чья жизнь меняется к лучшему, и участвующие стороны — "
            "государственные органы, объединения соотечественников, бизнес и общественные "
            "организации.",
            "en": "Stories of people whose lives have changed thanks to the contributions of "
            "Kyrgyz diasporas, compatriots and migrants. Their heroes can be the investors, "
            "the people in the regions whose lives change for the better, and the parties "
            "involved: government agencies, compatriots' associations, businesses and public "
            "organisations.",
        },
        "hashtags": ["#Мекендеш", "#АдамдардынОкуялары", "#PeoplesStories"],
        "key_messages": [
            {"audience": "primary", "message": EVERY_CONTRIBUTION},
            {
                "audience": "tertiary",
                "message": {
                    "ky": "Инвестиция салып жаткан жөнөкөй адамдардын жана ошол салымдан "
                    "улам жашоосу жакшы жакка өзгөргөндөрдүн окуялары мекендештердин "
                    "жардамы эмнени өзгөртөрүн көрсөтөт",
                    "ru": "Истории обычных людей — тех, кто уже инвестирует, и тех, чья "
                    "жизнь благодаря этому меняется к лучшему, — показывают, что меняет "
                    "помощь соотечественников",
                    "en": "The stories of ordinary people, those who already invest and "
                    "those whose lives change for the better as a result, show what the help "
                    "of compatriots changes",
                },
            },
        ],
    },
    {
        "key": "investment-success-formula",
        "slug": {
            "ky": "инвестициянын-ийгилик-формуласы",
            "ru": "формула-успеха-инвестиций",
            "en": "investment-success-formula",
        },
        "title": {
            "ky": "Инвестициянын ийгилик формуласы",
            "ru": "Формула успеха инвестиций",
            "en": "Investment success formula",
        },
        "tagline": {
            "ky": "Формулаңыз менен бөлүшүп, ийгилигиңиз тууралуу айтып бериңиз",
            "ru": "Поделитесь своей формулой и расскажите историю своего успеха",
            "en": "Share your formula and tell your success story",
        },
        "introduction": {
            "ky": "Мекенге инвестиция салып калган мекендештер эмне натыйжа бергени менен "
            "бөлүшөт. Жергиликтүү бийлик, муниципалдык кеңештер жана жамааттар менен "
            "кызматташуунун ийгиликтүү окуялары диаспоралар менен мамлекеттик мекемелердин "
            "ортосундагы конструктивдүү диалогдун нормаларын иштеп чыгууга жардам берет. "
            "Бир айылдын же аймактын тургундары талкуулаган демилгелер улуттук долбоорлорго "
            "караганда тезирээк ишке ашат. Мыкты долбоорлорду коомдук таануу, мисалы, "
            "«Мыкты мекендеш» сыйлыгы аркылуу белгилөө сунушталат.",
            "ru": "Соотечественники, которые уже инвестировали на родине, делятся тем, что "
            "сработало. Истории успешного сотрудничества с местными властями, "
            "муниципальными советами и сообществами помогают выработать нормы "
            "конструктивного диалога диаспор с государственными институтами. Инициативы, "
            "которые обсуждают уроженцы одного села или региона, продвигаются быстрее "
            "общенациональных проектов. Лучшие проекты предлагается отмечать общественным "
            "признанием, например премией «Мыкты мекендеш».",
            "en": "Compatriots who have already invested at home share what worked for them. "
            "Success stories of cooperation with local authorities, municipal councils and "
            "communities help to develop norms of constructive dialogue between diasporas "
            "and state institutions. Initiatives discussed by natives of one village or "
            "region move faster than national projects. The strategy proposes public "
            "recognition for the best projects, for example the «Mykty Mekendesh» award.",
        },
        "hashtags": ["#Мекендеш", "#ИйгиликФормуласы", "#МыктыМекендеш"],
        "key_messages": [
            {
                "audience": "primary",
                "message": {
                    "ky": "Формулаңыз менен бөлүшүңүз: сиздин ийгилик окуяңыз башка "
                    "мекендештерге мекенге инвестиция салууга жардам берет",
                    "ru": "Поделитесь своей формулой: ваша история успеха поможет другим "
                    "соотечественникам инвестировать на родине",
                    "en": "Share your formula: your success story helps other compatriots "
                    "invest at home",
                },
            },
            {
                "audience": "tertiary",
                "message": {
                    "ky": "Башкалардын инвестициялык ийгиликтерин билүү алардын тажрыйбасын "
                    "өз жериңде кайталоого жардам берет",
                    "ru": "Знание об инвестиционных успехах других помогает повторить их "
                    "опыт у себя",
                    "en": "Knowing about the investment successes of others helps to "
                    "replicate their experience at home",
                },
            },
        ],
    },
    {
        "key": "state-as-responsible-partner",
        "slug": {
            "ky": "мамлекет-жоопкерчиликтүү-өнөктөш",
            "ru": "государство-ответственный-партнер",
            "en": "state-as-responsible-partner",
        },
        "title": {
            "ky": "Мамлекет инвестордун жоопкерчиликтүү өнөктөшү болгондо",
            "ru": "Когда государство — ответственный партнер инвестора",
            "en": "When the state is the investor's responsible partner",
        },
        "tagline": {
            "ky": "Ар кайсы деңгээлдеги бийлик органдары эмнеден баштоосу керек",
            "ru": "Что важно в первую очередь сделать органам власти разных уровней",
            "en": "What authorities at different levels should do first",
        },
        "introduction": {
            "ky": "Мекендештер мекендеги долбоорлорго инвестиция салуу үчүн миграция "
            "маселелерине жооптуу, салымдары сапаттуу жана максатына ылайык колдонуларына "
            "кепилдик бере алган конкреттүү адамды билгиси келет. Мигранттар көбүн жеке "
            "тааныган жергиликтүү өз алдынча башкаруу органдарына ишеним жогору, ал эми "
            "элчиликтер менен консулдуктар маалымат алуунун жана өз ара аракеттенүүнүн "
            "туруктуу пункттары болууга тийиш.",
            "ru": "Чтобы инвестировать в проекты на родине, соотечественники хотят знать "
            "конкретного человека, который отвечает за вопросы миграции и может "
            "гарантировать, что их вложения будут использованы качественно и по назначению. "
            "Больше доверия вызывают органы местного самоуправления, где мигранты многих "
            "знают лично, а посольства и консульства должны стать постоянными пунктами "
            "информации и взаимодействия.",
            "en": "To invest in projects at home, compatriots want to know a specific person "
            "who is responsible for migration issues and can guarantee that their "
            "investments will be used properly and as intended. Local self-government "
            "bodies, where migrants know many people personally, enjoy more trust, and "
            "embassies and consulates are to become permanent points of information and "
            "interaction.",
        },
        "hashtags": ["#Мекендеш", "#ЖоопкерчиликтүүӨнөктөш", "#ResponsiblePartner"],
        "key_messages": [
            {"audience": "secondary", "message": COOPERATION_BENEFITS_ALL},
            {
                "audience": "secondary",
                "message": {
                    "ky": "Мамлекеттик органдардын өз убагындагы маалыматы жана кайтарым "
                    "байланышы мекендештерге жана мигранттарга мамлекеттин колдоосун "
                    "сездирип, ага болгон ишенимин арттырат",
                    "ru": "Своевременная информация и обратная связь от государственных "
                    "органов дают соотечественникам и мигрантам почувствовать поддержку "
                    "государства и повышают доверие к нему",
                    "en": "Timely information and feedback from government agencies let "
                    "compatriots and migrants feel the support of the state and increase "
                    "their trust in it",
                },
            },
            {
                "audience": "primary",
                "message": {
                    "ky": "Элчиликтер, консулдуктар жана жергиликтүү өз алдынча башкаруу "
                    "органдары мекендеги долбоорлор боюнча маалымат алуунун жана өз ара "
                    "аракеттенүүнүн жеткиликтүү пункттары болушу керек",
                    "ru": "Посольства, консульства и органы местного самоуправления должны "
                    "быть доступными пунктами информации и взаимодействия по проектам "
                    "на родине",
                    "en": "Embassies, consulates and local self-government bodies should be "
                    "accessible points of information and interaction on projects at home",
                },
            },
        ],
    },
    {
        "key": "skills-and-knowledge",
        "slug": {
            "ky": "тажрыйбамды-билимимди-көндүмдөрүмдү-ал",
            "ru": "возьми-мой-опыт-знания-и-навыки",
            "en": "take-my-experience-knowledge-and-skills",
        },
        "title": {
            "ky": "Тажрыйбамды, билимимди жана көндүмдөрүмдү ал",
            "ru": "Возьми мой опыт, знания и навыки",
            "en": "Take my experience, knowledge and skills",
        },
        "tagline": {
            "ky": "Инвестиция бул акча гана эмес",
            "ru": "Инвестиции — это не только деньги",
            "en": "Investing is not just about money",
        },
        "introduction": {
            "ky": "Чет өлкөлөрдөгү мекендештер окуу курстарын, мастер-класстарды, "
            "консультацияларды жана лекциялык турларды өткөрүүнү, маалымат алмашууну жана "
            "жумуш орундарын түзүүгө салым кошууну каалашат. Фокус-топтордо алар жаштардын "
            "маалыматтык-коммуникациялык технологиялар боюнча мүмкүнчүлүктөрүн жана "
            "стартаптарын өнүктүрүүгө жардам берүүгө даяр экенин айтышкан.",
            "ru": "Соотечественники за рубежом хотели бы проводить учебные курсы, "
            "мастер-классы, консультации и лекционные туры, обмениваться информацией "
            "и содействовать созданию рабочих мест. В фокус-группах они выражали готовность "
            "помогать в развитии ИКТ-потенциала молодежи и молодежных ИКТ-стартапов.",
            "en": "Compatriots abroad would like to run training courses, master classes, "
            "consultations and lecture tours, to exchange information and to contribute to "
            "job creation. In focus groups they said they were willing to help build the ICT "
            "capacity of young people and young people's ICT start-ups.",
        },
        "hashtags": ["#Мекендеш", "#ТажрыйбаМенБилим", "#SkillsTransfer"],
        "key_messages": [
            {
                "audience": "primary",
                "message": {
                    "ky": "Инвестиция бул акча гана эмес: билим, көндүм жана тажрыйба да "
                    "өлкөнүн өнүгүүсүнө кошулган салым",
                    "ru": "Инвестиции — это не только деньги: знания, навыки и опыт — тоже "
                    "вклад в развитие страны",
                    "en": "Investing is not just about money: knowledge, skills and "
                    "experience are also a contribution to the development of the country",
                },
            },
            {
                "audience": "tertiary",
                "message": {
                    "ky": "Чет өлкөлөрдөгү мекендештер билими жана тажрыйбасы менен окуу "
                    "курстары, мастер-класстар жана консультациялар аркылуу бөлүшүүгө даяр",
                    "ru": "Соотечественники за рубежом готовы делиться знаниями и опытом "
                    "через учебные курсы, мастер-классы и консультации",
                    "en": "Compatriots abroad are ready to share their knowledge and "
                    "experience through training courses, master classes and consultations",
                },
            },
        ],
    },
    {
        "key": "trust-for-profitable-investment",
        "slug": {
            "ky": "ишеним-аркылуу-пайдалуу-инвестицияга",
            "ru": "через-доверие-к-выгодным-инвестициям",
            "en": "through-trust-to-profitable-investment",
        },
        "title": {
            "ky": "Ишеним аркылуу пайдалуу инвестицияга",
            "ru": "Через доверие — к выгодным инвестициям",
            "en": "Through building trust to profitable investments",
        },
        "tagline": {
            "ky": "Киреше табуу үчүн мекенге кантип инвестиция салса болот",
            "ru": "Как инвестировать на родине, чтобы зарабатывать",
            "en": "How to invest at home to make money",
        },
        "introduction": {
            "ky": "Донорлор жана инвесторлор үчүн ачык-айкындык жана отчеттуулук чечүүчү "
            "мааниге ээ. Сурамжылоодо мекендештер салым кошкусу келген бизнес тармактары "
            "катары туризм жана кызмат көрсөтүүнү (16%га жакын), ишкердик жана "
            "инвестицияны (12%), маалыматтык-коммуникациялык технологияларды (12%), онлайн "
            "соода жана кызматтарды (10%га жакын), органикалык айыл чарбаны (10%) жана "
            "жашыл энергетиканы (5%) аташкан.",
            "ru": "Для доноров и инвесторов прозрачность и подотчетность имеют решающее "
            "значение. В опросе соотечественники назвали отрасли бизнеса, в которые хотят "
            "вкладываться: туризм и сферу услуг (около 16%), предпринимательство "
            "и инвестиции (12%), ИКТ (12%), онлайн-торговлю и услуги (почти 10%), "
            "органическое сельское хозяйство (10%) и зеленую энергетику (5%).",
            "en": "For donors and investors, transparency and accountability are crucial. In "
            "a survey, compatriots named the business sectors they want to contribute to: "
            "tourism and services (about 16%), entrepreneurship and investment (12%), ICT "
            "(12%), online commerce and services (almost 10%), organic agriculture (10%) and "
            "green energy (5%).",
        },
        "hashtags": ["#Мекендеш", "#Ишеним", "#МекенгеИнвестиция"],
        "key_messages": [
            {
                "audience": "primary",
                "message": {
                    "ky": "Салымдардын ачык-айкын колдонулушу ишеним жаратат, ал эми ишеним "
                    "мекенге пайдалуу инвестиция салууга жол ачат",
                    "ru": "Прозрачное использование вкладов рождает доверие, а доверие "
                    "открывает путь к выгодным инвестициям на родине",
                    "en": "Transparent use of contributions builds trust, and trust opens "
                    "the way to profitable investment at home",
                },
            },
            {
                "audience": "primary",
                "message": {
                    "ky": "Мекендеги долбоорлор социалдык-экономикалык өнүгүү жагынан да, "
                    "каржылык натыйжа жагынан да пайдалуу болушу мүмкүн",
                    "ru": "Проекты на родине могут быть выгодны как для "
                    "социально-экономического развития, так и с точки зрения финансового "
                    "результата",
                    "en": "Projects at home can pay off both in social and economic "
                    "development and in financial results",
                },
            },
        ],
    },
]
