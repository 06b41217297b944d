# ruff: noqa: E501
"""Demo articles in Polish: sample stories written for the demo network."""

ARTICLES = [
    {
        "key": "polish-culture-days-kokshetau",
        "title": "Dni Kultury Polskiej w Kokszetau: pierogi, polonez i koncert pod gołym niebem",
        "lead": "W Kokszetau zakończyły się trzydniowe Dni Kultury Polskiej, zorganizowane przez miejscowe stowarzyszenie Polaków. Na koncerty, warsztaty i kiermasz przyszły tłumy mieszkańców miasta i okolicznych wsi.",
        "body": [
            "Obchody otworzył polonez zatańczony na placu przed Domem Przyjaźni przez uczniów polskiej szkoły niedzielnej i ich rodziców. Potem na scenie wystąpiły zespoły folklorystyczne z Kokszetau, Szczuczyńska i Krasnego Jaru.",
            "Największym powodzeniem cieszyły się warsztaty lepienia pierogów. Gospodynie ze stowarzyszenia uczyły, jak zagnieść ciasto i przygotować farsz z ziemniaków i twarogu, a gotowe pierogi można było od razu spróbować. W tym czasie dzieci robiły z kolorowego papieru tradycyjne polskie wycinanki.",
            "W ostatni dzień w bibliotece obwodowej odbył się wieczór poezji, podczas którego młodzież czytała wiersze Adama Mickiewicza po polsku i po kazachsku. Organizatorzy zapowiedzieli, że za rok Dni Kultury Polskiej potrwają cały tydzień.",
        ],
        "quote": {
            "text": "Mieszkamy tu od pokoleń i chcemy, żeby nasi sąsiedzi poznali to, co przekazali nam dziadkowie: język, pieśni i smak domowych pierogów.",
            "attribution": "Halina Kowalewska, prezes stowarzyszenia",
        },
        "fact_box": None,
        "topics": ["festivals", "culture"],
        "region": "KZ-11",
        "translations": {
            "kk": {
                "title": "Көкшетауда Поляк мәдениеті күндері: вареник, полонез және ашық аспан астындағы концерт",
                "lead": "Көкшетауда жергілікті поляктар бірлестігі ұйымдастырған үш күндік Поляк мәдениеті күндері аяқталды. Концерттерге, шеберлік сабақтары мен жәрмеңкеге қала мен маңайдағы ауылдардың тұрғындары көптеп келді.",
                "body": [
                    "Мерекені Достық үйінің алдындағы алаңда поляк жексенбілік мектебінің оқушылары мен олардың ата-аналары билеген полонез ашты. Одан кейін сахнада Көкшетаудан, Щучинскіден және Красный Ярдан келген фольклорлық ансамбльдер өнер көрсетті.",
                    "Ең көп қызығушылық тудырған — вареник жасау шеберлік сабағы. Бірлестіктің шебер аспаз әйелдері қамыр илеп, картоп пен сүзбеден салма дайындауды үйретті, ал дайын варениктің дәмін бірден татып көруге болатын еді. Осы уақытта балалар түрлі түсті қағаздан поляктың дәстүрлі өрнектерін қиып жасады.",
                    "Соңғы күні облыстық кітапханада поэзия кеші өтіп, жастар Адам Мицкевичтің өлеңдерін поляк және қазақ тілдерінде оқыды. Ұйымдастырушылар келесі жылы Поляк мәдениеті күндері бір аптаға созылатынын айтты.",
                ],
                "quote": {
                    "text": "Біз мұнда ұрпақтан-ұрпаққа тұрып келеміз және көршілеріміздің аталарымыз бізге аманат еткен мұраны — тілді, әндерді және үйде жасалған варениктің дәмін білгенін қалаймыз.",
                    "attribution": "Галина Ковалевская, бірлестік төрайымы",
                },
            },
            "ru": {
                "title": "Дни польской культуры в Кокшетау: вареники, полонез и концерт под открытым небом",
                "lead": "В Кокшетау завершились трёхдневные Дни польской культуры, организованные местным объединением поляков. На концерты, мастер-классы и ярмарку пришло множество жителей города и окрестных сёл.",
                "body": [
                    "Праздник открыл полонез, который на площади перед Домом дружбы станцевали ученики польской воскресной школы и их родители. Затем на сцену вышли фольклорные ансамбли из Кокшетау, Щучинска и Красного Яра.",
                    "Больше всего желающих собрал мастер-класс по лепке вареников. Хозяйки из объединения учили замешивать тесто и готовить начинку из картофеля и творога, а готовые вареники можно было сразу попробовать. Тем временем дети вырезали из цветной бумаги традиционные польские узоры.",
                    "В последний день в областной библиотеке прошёл поэтический вечер, на котором молодёжь читала стихи Адама Мицкевича на польском и казахском языках. Организаторы пообещали, что через год Дни польской культуры продлятся целую неделю.",
                ],
                "quote": {
                    "text": "Мы живём здесь не одно поколение и хотим, чтобы соседи узнали то, что передали нам деды: язык, песни и вкус домашних вареников.",
                    "attribution": "Галина Ковалевская, председатель объединения",
                },
            },
        },
    },
    {
        "key": "sunday-school-astana",
        "title": "Szkoła niedzielna w Astanie: polski dla dzieci, rodziców i dziadków",
        "lead": "Przy polskim centrum kultury w Astanie rozpoczął się nowy rok nauki w szkole niedzielnej. Na zajęcia zapisało się w tym roku ponad sześćdziesiąt osób w wieku od pięciu do siedemdziesięciu lat.",
        "body": [
            "Lekcje odbywają się w każdą niedzielę w czterech grupach, podzielonych według wieku i poziomu znajomości języka. Nauczycielki pracują społecznie, a podręczniki i książki dla dzieci szkoła otrzymała od organizacji polonijnych i prywatnych darczyńców.",
            "Najmłodsi uczą się przez zabawę: śpiewają piosenki, układają rymowanki i przygotowują przedstawienia na Boże Narodzenie i Wielkanoc. Starsi uczniowie czytają polską prasę i piszą krótkie teksty do szkolnej gazetki.",
            "Coraz więcej słuchaczy to dorośli, którzy chcą odświeżyć język zapamiętany z rodzinnego domu. Niektórzy przygotowują się do egzaminu z języka polskiego, inni po prostu chcą swobodnie rozmawiać z krewnymi mieszkającymi w Polsce.",
        ],
        "quote": None,
        "fact_box": {
            "title": "Szkoła niedzielna w liczbach",
            "items": [
                "4 grupy wiekowe",
                "ponad 60 uczniów",
                "3 nauczycielki-wolontariuszki",
                "zajęcia w każdą niedzielę od 10.00",
            ],
        },
        "topics": ["education", "language"],
        "region": "KZ-71",
    },
    {
        "key": "photo-reportage-workshop-pavlodar",
        "title": "Klub dziennikarzy w Pawłodarze: jak opowiedzieć historię jednym zdjęciem",
        "lead": "Klub dziennikarzy prasy etnicznej zorganizował w Pawłodarze trzydniowe warsztaty fotoreportażu. Dziennikarze i studenci dziennikarstwa uczyli się, jak za pomocą zdjęć opowiedzieć historię człowieka i miejsca.",
        "body": [
            "W warsztatach wzięło udział dwadzieścia osób z redakcji gazet społeczności polskiej, niemieckiej, ukraińskiej i tatarskiej. Pierwszy dzień poświęcono kompozycji, światłu oraz pracy z aparatem reporterskim i telefonem.",
            "Kolejne dni uczestnicy spędzili w terenie: na targu, w porcie rzecznym nad Irtyszem i w domach kultury. Każdy z nich miał przygotować fotoreportaż złożony z pięciu zdjęć, pokazujący jeden dzień z życia wybranej osoby.",
            "Na zakończenie prowadząca omówiła wszystkie prace i przypomniała, że rzetelny podpis pod zdjęciem jest równie ważny jak samo zdjęcie. Najlepsze fotoreportaże zostaną pokazane na wystawie w Domu Przyjaźni w Pawłodarze.",
        ],
        "quote": {
            "text": "Dobre zdjęcie nie musi być idealne technicznie. Musi być prawdziwe i mówić coś o człowieku, którego pokazuje.",
            "attribution": "Marta Wiśniewska, prowadząca warsztaty",
        },
        "fact_box": None,
        "topics": ["journalists-club", "media"],
        "region": "KZ-55",
        "translations": {
            "kk": {
                "title": "Павлодардағы журналистер клубы: бір суретпен оқиғаны қалай баяндауға болады",
                "lead": "Этникалық баспасөз журналистер клубы Павлодарда үш күндік фоторепортаж шеберханасын өткізді. Журналистер мен журналистика мамандығының студенттері адам мен мекен туралы әңгімені сурет арқылы жеткізуді үйренді.",
                "body": [
                    "Шеберханаға поляк, неміс, украин және татар қауымдастықтары газеттерінің редакцияларынан жиырма адам қатысты. Алғашқы күн композицияға, жарыққа және репортерлік фотоаппаратпен әрі телефонмен жұмыс істеуге арналды.",
                    "Келесі күндері қатысушылар далада жұмыс істеп, базарды, Ертіс бойындағы өзен портын және мәдениет үйлерін аралады. Әрқайсысы таңдаған адамның бір күнін көрсететін бес суреттен тұратын фоторепортаж дайындауға тиіс болды.",
                    "Соңында жетекші барлық жұмысты талдап, сурет астындағы нақты жазудың суреттің өзі сияқты маңызды екенін еске салды. Ең үздік фоторепортаждар Павлодардағы Достық үйінде өтетін көрмеде көрсетіледі.",
                ],
                "quote": {
                    "text": "Жақсы сурет техникалық жағынан мінсіз болуы міндетті емес. Ол шынайы болып, өзі бейнелеген адам туралы бір нәрсе айтуы керек.",
                    "attribution": "Марта Вишневская, шеберхана жетекшісі",
                },
            },
            "ru": {
                "title": "Клуб журналистов в Павлодаре: как рассказать историю одним снимком",
                "lead": "Клуб журналистов этнической прессы провёл в Павлодаре трёхдневную мастерскую фоторепортажа. Журналисты и студенты-журналисты учились рассказывать историю человека и места с помощью фотографии.",
                "body": [
                    "В мастерской участвовали двадцать человек из редакций газет польской, немецкой, украинской и татарской общин. Первый день был посвящён композиции, свету и работе с репортёрской камерой и телефоном.",
                    "Следующие дни участники провели на выезде: на рынке, в речном порту на Иртыше и в домах культуры. Каждый должен был подготовить фоторепортаж из пяти снимков, показывающий один день из жизни выбранного человека.",
                    "В завершение ведущая разобрала все работы и напомнила, что точная подпись под снимком не менее важна, чем сам снимок. Лучшие фоторепортажи покажут на выставке в Доме дружбы Павлодара.",
                ],
                "quote": {
                    "text": "Хороший снимок не обязан быть технически безупречным. Он должен быть правдивым и говорить что-то о человеке, которого показывает.",
                    "attribution": "Марта Вишневская, ведущая мастерской",
                },
            },
        },
    },
    {
        "key": "polskie-kwiaty-ensemble-karaganda",
        "title": "Zespół „Polskie Kwiaty” z Karagandy świętuje jubileusz koncertem dla całego miasta",
        "lead": "Zespół pieśni i tańca „Polskie Kwiaty” działający przy polskim centrum kultury w Karagandzie obchodził piętnastolecie. Na jubileuszowym koncercie wystąpiło kilka pokoleń tancerzy, od przedszkolaków po założycieli zespołu.",
        "body": [
            "Program koncertu był przeglądem piętnastu lat pracy: krakowiak, kujawiak, oberek i mazur przeplatały się z pieśniami ludowymi w wykonaniu chóru seniorów. Na scenie pojawiło się łącznie ponad osiemdziesięciu wykonawców.",
            "Stroje ludowe zespołu szyły przez lata matki i babcie tancerzy, wzorując się na zdjęciach i opisach z polskich książek etnograficznych. Część kostiumów, w tym krakowskie gorsety wyszywane cekinami, zespół otrzymał w darze od zaprzyjaźnionej szkoły tańca.",
            "Gratulacje złożyli przedstawiciele Domu Przyjaźni oraz niemieckiego, ukraińskiego i koreańskiego centrum kultury. Zespół zapowiedział, że w nowym sezonie przygotuje program tańców śląskich i otworzy grupę dla najmłodszych.",
        ],
        "quote": {
            "text": "Zaczynaliśmy w małej sali z jednym magnetofonem. Dziś na scenie tańczą dzieci naszych pierwszych tancerzy.",
            "attribution": "Teresa Nowicka, kierowniczka zespołu",
        },
        "fact_box": None,
        "topics": ["culture"],
        "region": "KZ-35",
    },
    {
        "key": "christmas-eve-seniors-petropavl",
        "title": "Wigilia dla samotnych seniorów w Pietropawłowsku: młodzież przygotowała kolację i kolędy",
        "lead": "Młodzież z polskiego stowarzyszenia w Pietropawłowsku zaprosiła samotnych seniorów z miasta na wspólną wieczerzę wigilijną. Przy stole zasiadło ponad pięćdziesiąt osób różnych narodowości.",
        "body": [
            "Przygotowania trwały tydzień. Wolontariusze lepili uszka i pierogi, piekli makowiec i pierniki, a ze składek członków stowarzyszenia kupili produkty na barszcz i kompot z suszu.",
            "Zgodnie z tradycją na stole znalazło się dwanaście potraw, a pod obrusem siano. Goście dzielili się opłatkiem i składali sobie życzenia po polsku, po rosyjsku i po kazachsku; dla wielu z nich była to pierwsza polska Wigilia w życiu.",
            "Po kolacji młodzież zaśpiewała kolędy, a seniorzy wspominali święta swojego dzieciństwa. Na pożegnanie każdy gość otrzymał paczkę ze słodyczami i ciepły szalik zrobiony na drutach przez uczennice szkoły niedzielnej.",
        ],
        "quote": None,
        "fact_box": {
            "title": "Na wigilijnym stole",
            "items": [
                "barszcz czerwony z uszkami",
                "pierogi z kapustą i grzybami",
                "smażony karp",
                "makowiec i pierniki",
                "kompot z suszu",
            ],
        },
        "topics": ["culture", "youth"],
        "region": "KZ-59",
    },
    {
        "key": "nauryz-taldykorgan",
        "title": "Polacy z Tałdykorganu świętowali Nauryz razem z sąsiadami z innych wspólnot",
        "lead": "Na placu przed Domem Przyjaźni w Tałdykorganie odbyły się obchody Nauryzu, kazachskiego święta wiosny i nowego roku. Polskie stowarzyszenie przygotowało stoisko z wypiekami i występ zespołu tanecznego.",
        "body": [
            "Nauryz przypada w dniu równonocy wiosennej i jest świętem wszystkich mieszkańców Kazachstanu. Na placu stanęły jurty, w których kazachskie rodziny częstowały gości baursakami i tradycyjną zupą nauryz-koże z siedmiu składników.",
            "Na polskim stoisku można było spróbować szarlotki i drożdżówek z kruszonką, a dzieci uczyły się tańczyć krakowiaka. Polskie gospodynie z kolei dopytywały sąsiadki o przepis na koże.",
            "Wieczorem na scenie wystąpiły zespoły wszystkich wspólnot działających przy Domu Przyjaźni. Wspólny taniec na zakończenie, w którym tancerze w strojach polskich, kazachskich i koreańskich trzymali się za ręce, nagrodzono długimi brawami.",
        ],
        "quote": {
            "text": "Nauryz to święto odnowy i zgody. Obchodzimy je tu wszyscy razem, jak jedna wielka rodzina.",
            "attribution": "Jan Zieliński, członek zarządu polskiego stowarzyszenia",
        },
        "fact_box": None,
        "topics": ["festivals", "assembly"],
        "region": "KZ-33",
    },
    {
        "key": "young-journalists-contest-almaty",
        "title": "Konkurs młodych dziennikarzy rozstrzygnięty: nagrody wręczono w Ałmaty",
        "lead": "W Ałmaty wręczono nagrody w ogólnokrajowym konkursie dla młodych dziennikarzy prasy etnicznej. Laureatką w kategorii tekstów polskojęzycznych została uczennica z Kokszetau, która napisała reportaż o swojej prababci.",
        "body": [
            "Na konkurs wpłynęło ponad sto dwadzieścia prac z całego Kazachstanu, napisanych w dziewięciu językach. Jury złożone z doświadczonych redaktorów oceniało rzetelność, kompozycję i język tekstów.",
            "Zwyciężczyni, siedemnastoletnia Anna Dąbrowska, przez kilka miesięcy rozmawiała z krewnymi i przeglądała rodzinne listy i fotografie. Jej reportaż opowiada o prababci, która przez czterdzieści lat uczyła w wiejskiej szkole i do końca życia prowadziła pamiętnik po polsku.",
            "Laureaci otrzymali dyplomy oraz zaproszenie na letnią szkołę dziennikarstwa. Najlepsze prace ukażą się w gazetach i na portalach prasy etnicznej.",
        ],
        "quote": None,
        "fact_box": {
            "title": "Konkurs w liczbach",
            "items": [
                "ponad 120 nadesłanych prac",
                "teksty w 9 językach",
                "uczestnicy w wieku 14–18 lat",
                "15 laureatów w trzech kategoriach",
            ],
        },
        "topics": ["youth", "media"],
        "region": "KZ-75",
        "translations": {
            "kk": {
                "title": "Жас журналистер байқауы қорытындыланды: марапаттар Алматыда табысталды",
                "lead": "Алматыда этникалық баспасөздің жас журналистеріне арналған республикалық байқаудың жүлделері табысталды. Поляк тіліндегі мәтіндер аталымында әжесінің анасы туралы репортаж жазған көкшетаулық оқушы жеңімпаз атанды.",
                "body": [
                    "Байқауға Қазақстанның түкпір-түкпірінен тоғыз тілде жазылған жүз жиырмадан астам жұмыс келіп түсті. Тәжірибелі редакторлардан құралған қазылар алқасы мәтіндердің нақтылығын, құрылымын және тілін бағалады.",
                    "Жеңімпаз, он жеті жастағы Анна Домбровская бірнеше ай бойы туыстарымен әңгімелесіп, отбасылық хаттар мен суреттерді қарап шықты. Оның репортажы қырық жыл бойы ауыл мектебінде сабақ берген және өмірінің соңына дейін поляк тілінде күнделік жүргізген әжесінің анасы туралы баяндайды.",
                    "Жүлдегерлер дипломмен қатар жазғы журналистика мектебіне шақырту алды. Үздік жұмыстар этникалық баспасөздің газеттері мен порталдарында жарияланады.",
                ],
                "fact_box": {
                    "title": "Байқау сандармен",
                    "items": [
                        "120-дан астам жұмыс келіп түсті",
                        "мәтіндер 9 тілде жазылған",
                        "қатысушылардың жасы — 14–18",
                        "үш аталым бойынша 15 жүлдегер",
                    ],
                },
            },
            "ru": {
                "title": "Подведены итоги конкурса юных журналистов: награды вручили в Алматы",
                "lead": "В Алматы вручили награды республиканского конкурса для юных журналистов этнической прессы. Победительницей в номинации польскоязычных текстов стала школьница из Кокшетау, написавшая репортаж о своей прабабушке.",
                "body": [
                    "На конкурс поступило более ста двадцати работ со всего Казахстана, написанных на девяти языках. Жюри из опытных редакторов оценивало достоверность, композицию и язык текстов.",
                    "Победительница, семнадцатилетняя Анна Домбровская, несколько месяцев беседовала с родственниками и изучала семейные письма и фотографии. Её репортаж рассказывает о прабабушке, которая сорок лет проработала учительницей в сельской школе и до конца жизни вела дневник на польском языке.",
                    "Лауреаты получили дипломы и приглашение в летнюю школу журналистики. Лучшие работы опубликуют газеты и порталы этнической прессы.",
                ],
                "fact_box": {
                    "title": "Конкурс в цифрах",
                    "items": [
                        "более 120 присланных работ",
                        "тексты на 9 языках",
                        "возраст участников — 14–18 лет",
                        "15 лауреатов в трёх номинациях",
                    ],
                },
            },
        },
    },
    {
        "key": "volleyball-tournament-kostanay",
        "title": "Turniej siatkówki w Kostanaju: puchar dla drużyny polskiego centrum kultury",
        "lead": "W hali sportowej w Kostanaju odbył się turniej siatkówki drużyn centrów kultury działających przy Zgromadzeniu Narodu Kazachstanu. Puchar zdobyła drużyna polskiego centrum, która w finale pokonała zespół centrum niemieckiego.",
        "body": [
            "Do rywalizacji stanęło osiem drużyn mieszanych, w których grali zarówno uczniowie, jak i rodzice. Organizatorzy zadbali o to, by w każdym zespole grały co najmniej dwie kobiety.",
            "Finał był najbardziej wyrównanym meczem turnieju. Polska drużyna przegrywała już 1:2 w setach, ale zdołała odwrócić losy spotkania i wygrała 3:2. Trzecie miejsce zajęli zawodnicy centrum kultury kazachskiej.",
            "Po meczu finaliści zrobili sobie wspólne pamiątkowe zdjęcie, a kibice obu drużyn zaśpiewali zwycięzcom „Sto lat”. Turniej ma się odbywać co roku, za każdym razem w innym mieście regionu.",
        ],
        "quote": {
            "text": "Dla nas najważniejsze było to, że na boisku spotkały się rodziny z różnych wspólnot. Wynik to tylko dodatek.",
            "attribution": "Tomasz Lewandowski, trener polskiej drużyny",
        },
        "fact_box": None,
        "topics": ["sport", "assembly"],
        "region": "KZ-39",
    },
    {
        "key": "polish-evening-shymkent",
        "title": "Wieczór polski w Szymkencie: mieszkańcy południa poznali polskie tradycje",
        "lead": "Dom Przyjaźni w Szymkencie gościł wieczór poświęcony kulturze polskiej. Niewielka polska wspólnota miasta przygotowała wystawę, poczęstunek i lekcję języka dla początkujących.",
        "body": [
            "Na wystawie pokazano pamiątki przechowywane w polskich rodzinach z Szymkentu: stare śpiewniki, haftowane serwety, listy i fotografie. Każdy eksponat opatrzono krótkim opisem w trzech językach.",
            "Podczas lekcji dla początkujących goście nauczyli się podstawowych zwrotów: „dzień dobry”, „dziękuję” i „smacznego”. Wielu z nich zaskoczyło, jak dużo słów brzmi podobnie jak w języku rosyjskim i jak wiele z nich znaczy zupełnie co innego.",
            "Wieczór zakończył się degustacją bigosu i sernika oraz wspólnym śpiewem. Przedstawiciele uzbeckiego i kazachskiego centrum kultury zaprosili polską wspólnotę na swoje święta jeszcze w tym roku.",
        ],
        "quote": None,
        "fact_box": {
            "title": "Pierwsze polskie słowa",
            "items": [
                "dzień dobry",
                "dziękuję",
                "proszę",
                "smacznego",
                "do widzenia",
            ],
        },
        "topics": ["culture", "language"],
        "region": "KZ-79",
    },
    {
        "key": "family-albums-exhibition-oskemen",
        "title": "„Albumy naszych babć”: w Ust-Kamienogorsku otwarto wystawę rodzinnych fotografii",
        "lead": "W Domu Przyjaźni w Ust-Kamienogorsku otwarto wystawę zdjęć z albumów polskich rodzin z Kazachstanu Wschodniego. Fotografie pokazują codzienność kilku pokoleń: śluby, szkolne akademie, pracę w polu i rodzinne święta.",
        "body": [
            "Zdjęcia przez pół roku zbierali członkowie polskiego stowarzyszenia i uczniowie szkoły niedzielnej. Młodzież odwiedzała starszych mieszkańców, nagrywała ich wspomnienia i skanowała fotografie, aby oryginały mogły wrócić do właścicieli.",
            "Każde zdjęcie opatrzono podpisem: kto jest na fotografii, gdzie i kiedy ją zrobiono. Przy niektórych umieszczono kody, dzięki którym można odsłuchać nagrane wspomnienia w telefonie.",
            "Na otwarciu wielu gości rozpoznało na zdjęciach swoich bliskich i sąsiadów. Stowarzyszenie planuje wydać wybór fotografii w formie albumu i pokazać wystawę w innych miastach regionu.",
        ],
        "quote": {
            "text": "Te zdjęcia latami leżały w szafach. Teraz każdy może zobaczyć, jak żyli nasi dziadkowie, i dopisać do nich własną historię.",
            "attribution": "Katarzyna Mazur, kuratorka wystawy",
        },
        "fact_box": None,
        "topics": ["history", "youth"],
        "region": "KZ-63",
    },
    {
        "key": "media-literacy-seniors-aktobe",
        "title": "Seniorzy w Aktobe uczą się rozpoznawać fałszywe wiadomości",
        "lead": "Klub dziennikarzy prasy etnicznej przeprowadził w Aktobe zajęcia z edukacji medialnej dla starszych czytelników gazet. Uczestnicy dowiedzieli się, jak sprawdzać informacje z internetu i nie dać się oszukać.",
        "body": [
            "Na zajęcia przyszło ponad trzydzieści osób, w tym wielu czytelników gazet wspólnoty polskiej, niemieckiej i ukraińskiej. Prowadzący, dziennikarze z wieloletnim doświadczeniem redakcyjnym, mówili prostym językiem i cierpliwie odpowiadali na pytania.",
            "Seniorzy ćwiczyli na przykładach wiadomości, które krążą w komunikatorach: o cudownych lekach, fałszywych konkursach i alarmujących prośbach o pieniądze. Uczyli się sprawdzać, kto jest autorem wiadomości, i szukać potwierdzenia w wiarygodnych źródłach.",
            "Na koniec każdy uczestnik otrzymał ulotkę z najważniejszymi zasadami, wydrukowaną dużą czcionką w trzech językach. Klub zapowiada podobne spotkania w kolejnych miastach.",
        ],
        "quote": None,
        "fact_box": {
            "title": "Zanim przekażesz dalej",
            "items": [
                "Sprawdź, kto jest autorem.",
                "Poszukaj tej samej informacji w innym źródle.",
                "Nie ufaj wiadomościom, które wywołują panikę.",
                "Nigdy nie podawaj danych karty płatniczej.",
            ],
        },
        "topics": ["journalists-club", "media"],
        "region": "KZ-15",
    },
    {
        "key": "writing-for-the-web-semey",
        "title": "Pisanie do sieci: warsztaty klubu dziennikarzy w Semeju dla redakcji małych czasopism",
        "lead": "Jak prowadzić stronę internetową gazety, która w druku ukazuje się raz na kwartał? Na to pytanie odpowiadali prowadzący warsztaty klubu dziennikarzy prasy etnicznej w Semeju.",
        "body": [
            "W zajęciach wzięli udział redaktorzy i autorzy kwartalników oraz miesięczników wydawanych przez wspólnoty polską, niemiecką, tatarską i ukraińską. Wielu z nich pracuje w redakcjach liczących zaledwie dwie, trzy osoby.",
            "Prowadząca pokazała, jak z jednego obszernego artykułu przygotować kilka krótkich tekstów do sieci i jak pisać tytuły, które mówią czytelnikowi, o czym jest tekst. Uczestnicy ćwiczyli też pisanie podpisów do zdjęć i krótkich zapowiedzi do mediów społecznościowych.",
            "Osobna część warsztatów dotyczyła planowania: redakcje przygotowały kalendarze publikacji, dzięki którym ich strony będą żyły także między wydaniami papierowymi. Klub dziennikarzy obiecał pomóc w ich realizacji.",
        ],
        "quote": {
            "text": "Czytelnik w sieci daje nam kilka sekund. Jeśli w pierwszym zdaniu nie powiemy, o co chodzi, przewinie dalej.",
            "attribution": "Ewa Kamińska, prowadząca warsztaty",
        },
        "fact_box": None,
        "topics": ["journalists-club", "media"],
        "region": "KZ-10",
    },
]
