"""The relevance corpus: four short stories per language, and queries a reader would type.

Stories are written in each language as its press writes it (Cyrillic for Kazakh, Uyghur, Uzbek,
Tatar; Latin for Kurmanji). Queries cover inflected forms, other scripts, Turkish İ/ı, Korean
particles and several words. `expected` stories must all be found; `excluded` must not be.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Story:
    key: str
    language: str
    title: str
    lead: str
    body: str


@dataclass(frozen=True)
class Case:
    language: str
    query: str
    expected: frozenset[str]
    excluded: frozenset[str] = frozenset()


def case(language: str, query: str, expected: str, excluded: str = "") -> Case:
    return Case(language, query, frozenset(expected.split()), frozenset(excluded.split()))


STORIES = [
    # Kazakh
    Story(
        "kk1",
        "kk",
        "Алматыда этникалық газеттер көрмесі ашылды",
        "Достық үйінде елдегі этникалық басылымдардың газеттері мен журналдары көрсетілді.",
        "Көрмеге оқырмандар жиналды. Газеттің алғашқы нөмірлері де қойылды.",
    ),
    Story(
        "kk2",
        "kk",
        "Жас журналистерге арналған семинар",
        "Қарағандыда өңірлік журналистер клубы жас тілшілерге шеберлік сабағын өткізді.",
        "Семинарда деректерді тексеру туралы айтылды.",
    ),
    Story(
        "kk3",
        "kk",
        "Наурыз мерекесі барлық этнос өкілдерін біріктірді",
        "Шымкенттегі мерекеге өзбек, ұйғыр және кәріс мәдени орталықтары қатысты.",
        "Ұлттық тағамдар мен әндер жұрттың көңілінен шықты.",
    ),
    Story(
        "kk4",
        "kk",
        "Мектептерде ана тілін оқыту жалғасады",
        "Тараз қаласындағы жексенбілік мектептерде балалар неміс және корей тілдерін үйренеді.",
        "Мұғалімдер жаңа оқулықтар алды.",
    ),
    # Russian
    Story(
        "ru1",
        "ru",
        "В Алматы открылась выставка этнических газет",
        "В Доме дружбы показали газеты и журналы национальных культурных центров.",
        "Посетители увидели первые номера газеты «Корё ильбо».",
    ),
    Story(
        "ru2",
        "ru",
        "Молодые журналисты учились проверять факты",
        "В Караганде региональный клуб журналистов провёл семинар для начинающих корреспондентов.",
        "Участники обсудили профессиональную этику и работу с источниками.",
    ),
    Story(
        "ru3",
        "ru",
        "Наурыз объединил представителей всех этносов",
        "На празднике в Шымкенте выступили узбекский, уйгурский и корейский ансамбли.",
        "Гостей угощали национальными блюдами.",
    ),
    Story(
        "ru4",
        "ru",
        "Ёлка в Доме дружбы",
        "Дети из воскресных школ получили новогодние подарки.",
        "Утренник подготовили немецкий и польский культурные центры.",
    ),
    # Korean
    Story(
        "ko1",
        "ko",
        "알마티에서 고려일보 창간 100주년 기념행사 열려",
        "고려인 동포들과 기자들이 신문의 역사를 함께 돌아보았다.",
        "행사에서는 옛 신문 지면을 전시했다.",
    ),
    Story(
        "ko2",
        "ko",
        "카자흐스탄 고려인 청소년 한국어 교육",
        "주말 학교에서 학생들이 한글과 한국 문화를 배우고 있다.",
        "교사들은 새 교재를 받았다.",
    ),
    Story(
        "ko3",
        "ko",
        "아스타나에서 민족 문화 축제가 개최되었다",
        "여러 민족의 공연단이 전통 춤과 노래를 선보였다.",
        "관객들은 고려인 공연에 큰 박수를 보냈다.",
    ),
    Story(
        "ko4",
        "ko",
        "언론인 클럽, 젊은 기자를 위한 세미나",
        "카라간다에서 지역 언론인 클럽이 사실 확인 교육을 진행했다.",
        "참가자들은 취재 윤리에 대해 토론했다.",
    ),
    # German
    Story(
        "de1",
        "de",
        "Deutsche Allgemeine Zeitung feiert Jubiläum",
        "Die älteste deutschsprachige Zeitung Kasachstans erscheint seit 1966 in Almaty.",
        "Die Redaktion zeigte alte Ausgaben und Fotografien.",
    ),
    Story(
        "de2",
        "de",
        "Sprachkurse für Kinder in Sonntagsschulen",
        "In Taras lernen Kinder in den Sonntagsschulen Deutsch und Kasachisch.",
        "Die Lehrerinnen erhielten neue Lehrbücher.",
    ),
    Story(
        "de3",
        "de",
        "Junge Journalisten lernen Faktenprüfung",
        "Der Journalistenklub in Karaganda veranstaltete ein Seminar für junge Redakteure.",
        "Die Teilnehmer sprachen über Ethik und Quellen.",
    ),
    Story(
        "de4",
        "de",
        "Fest der Kulturen auf der Straße in Astana",
        "Ensembles der Russlanddeutschen, Koreaner und Uiguren traten vor dem Haus der Freundschaft auf.",
        "Die Besucher tanzten bis zum Abend.",
    ),
    # Polish
    Story(
        "pl1",
        "pl",
        "Głos Polski obchodzi rocznicę",
        "Kwartalnik polskiej diaspory w Kazachstanie wydaje kolejny numer.",
        "W gazetach i czasopismach Polonii ukazały się wspomnienia.",
    ),
    Story(
        "pl2",
        "pl",
        "Warsztaty dla młodych dziennikarzy",
        "Klub dziennikarzy w Karagandzie zorganizował szkolenie z weryfikacji faktów.",
        "Uczestnicy rozmawiali o etyce zawodowej.",
    ),
    Story(
        "pl3",
        "pl",
        "Lekcje języka polskiego w szkołach sobotnich",
        "Dzieci w Astanie uczą się polskiego i kazachskiego.",
        "Nauczyciele otrzymali nowe podręczniki.",
    ),
    Story(
        "pl4",
        "pl",
        "Święto Nauryz w Szymkencie",
        "Na festiwalu wystąpiły zespoły polskie, koreańskie i ujgurskie.",
        "Goście próbowali potraw narodowych.",
    ),
    # Turkish (Ahiska)
    Story(
        "tr1",
        "tr",
        "Ahıska Türklerinin gazetesi yeni sayısını çıkardı",
        "Almatı'da yayımlanan gazete, topluluğun haberlerini üç dilde veriyor.",
        "İletişim bölümü okuyuculardan mektuplar aldı.",
    ),
    Story(
        "tr2",
        "tr",
        "Genç muhabirlere seminer",
        "Karaganda'daki basın kulübü haber doğrulama eğitimi düzenledi.",
        "Katılımcılar meslek etiğini tartıştı.",
    ),
    Story(
        "tr3",
        "tr",
        "Ilık bir bahar gününde Nevruz bayramı kutlandı",
        "Çimkent'teki şenlikte Özbek, Uygur ve Kore toplulukları sahne aldı.",
        "Misafirlere milli yemekler ikram edildi.",
    ),
    Story(
        "tr4",
        "tr",
        "Pazar okullarında Türkçe dersleri",
        "Taraz'daki okullarda çocuklar Türkçe ve Kazakça öğreniyor.",
        "Öğretmenler yeni ders kitapları aldı.",
    ),
    # Ukrainian
    Story(
        "uk1",
        "uk",
        "Газета «Українські новини» відзначила ювілей",
        "Видання української громади в Астані виходить з 1994 року.",
        "У газетах громади друкують спогади та листи читачів.",
    ),
    Story(
        "uk2",
        "uk",
        "Семінар для молодих журналістів",
        "Клуб журналістів у Караганді провів навчання з перевірки фактів.",
        "Учасники обговорили професійну етику.",
    ),
    Story(
        "uk3",
        "uk",
        "Недільна школа вчить дітей української мови",
        "Учні вивчають пісні, історію та традиції.",
        "Вчителі отримали нові підручники.",
    ),
    Story(
        "uk4",
        "uk",
        "Свято Науриз у Будинку дружби",
        "На святі виступили корейський та уйгурський ансамблі.",
        "Гостей пригощали національними стравами.",
    ),
    # Uyghur
    Story(
        "ug1",
        "ug",
        "«Уйғур авази» гезити 1957-жилдин бери чиқиватиду",
        "Гезитниң йеңи санида Алмутидики уйғур мәдәнийәт мәркизиниң хәвәрлири бар.",
        "Гезитләрдә оқурмәнләрниң хәтлири бесилди.",
    ),
    Story(
        "ug2",
        "ug",
        "Яш журналистлар үчүн семинар",
        "Қарағанда шәһиридики журналистлар клуби учурларни тәкшүрүш бойичә дәрис өткүзди.",
        "Қатнашқучилар кәспий етика тоғрилиқ сөзләшти.",
    ),
    Story(
        "ug3",
        "ug",
        "Наврузда барлиқ милләтләр бирләшти",
        "Чимкәнттики байрамда өзбек, қазақ вә корейс ансамбльлири чиқиш қилди.",
        "Меһманлар миллий таамлар билән меһман қилинди.",
    ),
    Story(
        "ug4",
        "ug",
        "Мәктәпләрдә ана тили дәрислири",
        "Балилар йәкшәнбилик мәктәптә уйғур тилини үгиниду.",
        "Оқутқучилар йеңи дәрисликләрни алди.",
    ),
    # Uzbek
    Story(
        "uz1",
        "uz",
        "«Жанубий Қозоғистон» газетаси 1991 йилдан бери чиқмоқда",
        "Газетанинг янги сонида Шимкентдаги ўзбек маданият маркази хабарлари бор.",
        "Газеталарда ўқувчиларнинг мактублари босилди.",
    ),
    Story(
        "uz2",
        "uz",
        "Ёш журналистлар учун семинар",
        "Қарағандадаги журналистлар клуби фактларни текшириш бўйича машғулот ўтказди.",
        "Иштирокчилар касб одоби ҳақида суҳбатлашди.",
    ),
    Story(
        "uz3",
        "uz",
        "Наврўз байрами барча халқларни бирлаштирди",
        "Байрамда қозоқ, уйғур ва корейс ансамбллари чиқиш қилди.",
        "Меҳмонлар миллий таомлар билан сийланди.",
    ),
    Story(
        "uz4",
        "uz",
        "Мактабларда она тили дарслари",
        "Болалар якшанба мактабида ўзбек тилини ўрганмоқда.",
        "Ўқитувчилар янги дарсликлар олди.",
    ),
    # Kurmanji (Latin)
    Story(
        "ku1",
        "ku",
        "Rojnameya Kurdistan hejmareke nû weşand",
        "Di rojnameyê de nûçeyên navenda çanda kurdî ya Almatiyê hene.",
        "Rojnameyan nameyên xwendevanan çap kirin.",
    ),
    Story(
        "ku2",
        "ku",
        "Semînerek ji bo nûçegihanên ciwan",
        "Klûba nûçegihanan li Qaragandayê dersa kontrolkirina agahiyan da.",
        "Beşdaran li ser exlaqê pîşeyî axivîn.",
    ),
    Story(
        "ku3",
        "ku",
        "Cejna Newrozê hemû gelan kom kir",
        "Di cejnê de komên stranan ên qazaxî, ozbekî û koreyî derketin.",
        "Mêvanan xwarinên neteweyî xwarin.",
    ),
    Story(
        "ku4",
        "ku",
        "Dersên zimanê dayikê li dibistanên yekşemê",
        "Zarok li Astanayê zimanê kurmancî hîn dibin.",
        "Mamosteyan pirtûkên nû wergirtin.",
    ),
    # Tatar
    Story(
        "tt1",
        "tt",
        "Татар газетасы яңа санын чыгарды",
        "Газетада Алматыдагы татар-башкорт мәдәни үзәге яңалыклары басылды.",
        "Газеталарда укучыларның хатлары урын алды.",
    ),
    Story(
        "tt2",
        "tt",
        "Яшь журналистлар өчен семинар",
        "Караганды журналистлар клубы фактларны тикшерү буенча дәрес уздырды.",
        "Катнашучылар һөнәри этика турында сөйләште.",
    ),
    Story(
        "tt3",
        "tt",
        "Сабантуй бәйрәме барлык халыкларны берләштерде",
        "Бәйрәмдә казак, үзбәк һәм корейс ансамбльләре чыгыш ясады.",
        "Кунакларны милли ашлар белән сыйладылар.",
    ),
    Story(
        "tt4",
        "tt",
        "Якшәмбе мәктәпләрендә туган тел дәресләре",
        "Балалар Астанада татар телен өйрәнә.",
        "Укытучылар яңа дәреслекләр алды.",
    ),
]

CASES = [
    case("kk", "газет", "kk1"),
    case("kk", "журналистерге", "kk2"),
    case("kk", "мерекесі", "kk3"),
    case("kk", "мектеп", "kk4"),
    case("kk", "gazetter", "kk1"),  # Kazakh Latin
    case("kk", "Jurnalister", "kk2"),
    case("kk", "Nauryz merekesi", "kk3"),
    case("kk", "жас журналистер семинар", "kk2", "kk1 kk3 kk4"),
    case("ru", "газета", "ru1"),
    case("ru", "журналистов", "ru2"),
    case("ru", "семинаре", "ru2"),
    case("ru", "елка", "ru4"),  # ё typed as е
    case("ru", "ёлки", "ru4"),
    case("ru", "узбекского ансамбля", "ru3", "ru1 ru2 ru4"),
    case("ru", "дома дружбы", "ru1 ru4", "ru2 ru3"),
    case("ko", "알마티", "ko1"),  # title has 알마티에서
    case("ko", "신문", "ko1"),
    case("ko", "고려일보", "ko1"),
    case("ko", "한국어 교육", "ko2"),
    case("ko", "축제", "ko3"),
    case("ko", "기자", "ko1 ko4", "ko2 ko3"),
    case("ko", "학생들은", "ko2"),
    case("de", "Zeitungen", "de1"),
    case("de", "Sonntagsschule", "de2"),
    case("de", "Journalist", "de3"),
    case("de", "Strasse", "de4"),  # ß typed as ss
    case("de", "Lehrbuch", "de2"),
    case("de", "deutschsprachigen Zeitungen", "de1", "de2 de3 de4"),
    case("de", "Koreanern", "de4"),
    case("pl", "gazeta", "pl1"),
    case("pl", "dziennikarz", "pl2"),
    case("pl", "szkoła", "pl3"),
    case("pl", "podręcznik", "pl3"),
    case("pl", "polskie zespoły", "pl4", "pl1 pl2 pl3"),
    case("pl", "języki", "pl3"),
    case("tr", "gazeteler", "tr1"),
    case("tr", "İLETİŞİM", "tr1", "tr3"),
    case("tr", "ılık", "tr3", "tr1"),
    case("tr", "ILIK", "tr3", "tr1"),  # Turkish capital I is ı
    case("tr", "okul", "tr4"),
    case("tr", "bayramı", "tr3"),
    case("tr", "Özbek toplulukları", "tr3", "tr1 tr2 tr4"),
    case("uk", "газета", "uk1"),
    case("uk", "журналіст", "uk2"),
    case("uk", "школах", "uk3"),
    case("uk", "будинок", "uk4"),
    case("uk", "підручник", "uk3"),
    case("uk", "українська мова", "uk3", "uk2 uk4"),
    case("uk", "ансамбль", "uk4"),
    case("ug", "гезит", "ug1"),
    case("ug", "журналистларға", "ug2"),
    case("ug", "мәктәп", "ug4"),
    case("ug", "байрам", "ug3"),
    case("ug", "گېزىت", "ug1"),  # Arabic script
    case("ug", "mektep", "ug4"),  # Uyghur Latin
    case("ug", "ана тили", "ug4", "ug1 ug2 ug3"),
    case("uz", "газета", "uz1"),
    case("uz", "журналистларга", "uz2"),
    case("uz", "мактаб", "uz4"),
    case("uz", "gazetalarda", "uz1"),  # Uzbek Latin
    case("uz", "maktab", "uz4"),
    case("uz", "Navroʻz bayrami", "uz3", "uz1 uz2 uz4"),
    case("tt", "газета", "tt1"),
    case("tt", "журналистларга", "tt2"),
    case("tt", "бәйрәм", "tt3"),
    case("tt", "мәктәп", "tt4"),
    case("tt", "дәрес", "tt2 tt4"),
    case("tt", "татар теле", "tt4", "tt2 tt3"),
    case("ku", "rojname", "ku1"),
    case("ku", "nûçegihan", "ku2"),
    case("ku", "cejna", "ku3"),
    case("ku", "Newroz", "ku3"),
    case("ku", "dibistan", "ku4"),
    case("ku", "zimanê kurmancî", "ku4", "ku1 ku2 ku3"),
]

LANGUAGES = sorted({story.language for story in STORIES})
