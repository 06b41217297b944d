# ruff: noqa: E501
"""Demo articles in German: sample stories written for the demo network."""

ARTICLES = [
    {
        "key": "daz-reader-archive",
        "title": "„Unsere Zeitung, unsere Geschichte“: Deutsche Allgemeine Zeitung sammelt Erinnerungen ihrer Leser",
        "lead": "Die Deutsche Allgemeine Zeitung, die seit 1966 erscheint, ruft ihre Leserinnen und Leser in ganz Kasachstan auf, Erinnerungen und alte Ausgaben einzusenden. Aus den Beiträgen soll ein digitales Archiv der deutschen Gemeinschaft entstehen.",
        "body": [
            "Bei einem Lesernachmittag in Almaty stellte die Redaktion das Projekt vor. Rund achtzig Gäste waren gekommen, viele von ihnen lesen die Zeitung seit Jahrzehnten. Einige brachten vergilbte Ausgaben mit, in denen Familienfeste, Hochzeiten oder Schulabschlüsse ihrer Verwandten erwähnt werden.",
            "Die Redakteure wollen die eingesandten Briefe, Fotos und Zeitungsausschnitte einscannen und mit kurzen Erläuterungen auf Deutsch, Russisch und Kasachisch versehen. So sollen auch jüngere Leser, die kaum noch Deutsch sprechen, Zugang zur Geschichte ihrer Familien finden.",
            "Erste Beiträge sind bereits eingegangen, unter anderem aus Pawlodar, Karaganda und Kostanai. Die Redaktion nimmt Einsendungen per Post und über ihre Internetseite entgegen und gibt Originale auf Wunsch zurück.",
        ],
        "quote": {
            "text": "Jede alte Ausgabe, die in einer Schublade liegt, erzählt ein Stück unserer gemeinsamen Geschichte. Wir möchten diese Stücke zusammentragen, bevor sie verloren gehen.",
            "attribution": "Olga Becker, Redakteurin",
        },
        "fact_box": None,
        "topics": ["media", "history"],
        "region": "KZ-75",
        "translations": {
            "kk": {
                "title": "«Біздің газет — біздің тарих»: «Дойче Альгемайне Цайтунг» оқырмандарының естеліктерін жинап жатыр",
                "lead": "1966 жылдан бері шығып келе жатқан «Дойче Альгемайне Цайтунг» газеті Қазақстанның түкпір-түкпіріндегі оқырмандарын естеліктері мен ескі сандарын жіберуге шақырды. Жиналған материалдардан неміс қауымдастығының цифрлық мұрағаты жасалмақ.",
                "body": [
                    "Редакция жобаны Алматыда өткен оқырмандар кешінде таныстырды. Кешке сексенге жуық адам келді, олардың көбі газетті ондаған жыл бойы оқып келеді. Кейбірі туыстарының отбасылық мерекелері, үйлену тойлары немесе мектеп бітіруі туралы жазылған сарғайған сандарды ала келді.",
                    "Редакторлар жіберілген хаттарды, фотосуреттерді және газет қиындыларын сканерлеп, оларға неміс, орыс және қазақ тілдерінде қысқаша түсініктеме жазбақ. Осылайша неміс тілін аз білетін жас оқырмандар да өз отбасыларының тарихымен таныса алады.",
                    "Алғашқы материалдар Павлодардан, Қарағандыдан және Қостанайдан келіп те үлгерді. Редакция материалдарды пошта арқылы және сайты арқылы қабылдайды, сұраған жағдайда түпнұсқаларды иелеріне қайтарады.",
                ],
                "quote": {
                    "text": "Жәшікте жатқан әрбір ескі газет ортақ тарихымыздың бір бөлшегін баяндайды. Сол бөлшектерді жоғалып кетпей тұрғанда жинап алғымыз келеді.",
                    "attribution": "Ольга Беккер, редактор",
                },
            },
            "ru": {
                "title": "«Наша газета — наша история»: «Дойче Альгемайне Цайтунг» собирает воспоминания читателей",
                "lead": "Газета «Дойче Альгемайне Цайтунг», выходящая с 1966 года, призвала читателей со всего Казахстана присылать воспоминания и старые номера. Из присланных материалов будет создан цифровой архив немецкой общины.",
                "body": [
                    "Редакция представила проект на встрече с читателями в Алматы. Пришли около восьмидесяти гостей, многие из них читают газету десятилетиями. Некоторые принесли пожелтевшие номера, где упоминались семейные праздники, свадьбы или выпускные их родственников.",
                    "Редакторы отсканируют присланные письма, фотографии и газетные вырезки и снабдят их короткими пояснениями на немецком, русском и казахском языках. Так к истории своих семей смогут прикоснуться и молодые читатели, которые уже почти не говорят по-немецки.",
                    "Первые материалы уже пришли из Павлодара, Караганды и Костаная. Редакция принимает их по почте и через свой сайт, а оригиналы по желанию возвращает владельцам.",
                ],
                "quote": {
                    "text": "Каждый старый номер, лежащий в ящике стола, рассказывает частицу нашей общей истории. Мы хотим собрать эти частицы, пока они не потерялись.",
                    "attribution": "Ольга Беккер, редактор",
                },
            },
        },
    },
    {
        "key": "german-culture-days-pavlodar",
        "title": "Deutsche Kulturtage in Pawlodar: Blasmusik, Brezeln und ein volles Festzelt",
        "lead": "Drei Tage lang hat das Deutsche Kulturzentrum in Pawlodar zu seinen Kulturtagen eingeladen. Tausende Besucher kamen zu Konzerten, Handwerksständen und in ein Festzelt nach bayerischem Vorbild.",
        "body": [
            "Den Auftakt machte eine Blaskapelle aus Musikschülern, die im Stadtpark Märsche und Volkslieder spielte. Im Festzelt gab es Bratwurst, Sauerkraut und frisch gebackene Brezeln, die Mitglieder des Zentrums nach Familienrezepten zubereitet hatten.",
            "Neben dem Fest stand die Kultur im Mittelpunkt. In der Stadtbibliothek lasen Schülerinnen und Schüler der Sonntagsschule Gedichte von Goethe und Heine, und eine Ausstellung zeigte Trachten und Handarbeiten aus deutschen Familien der Region.",
            "Auch die Nachbarn feierten mit: Das kasachische, das ukrainische und das tatarische Kulturzentrum luden an eigene Stände ein, und auf der Bühne traten Ensembles aller Gemeinschaften nacheinander auf. Am letzten Abend tanzten Jung und Alt gemeinsam Polka.",
            "Die Veranstalter zählten an den drei Tagen rund 4000 Gäste. Die Kulturtage sollen im nächsten Herbst wieder stattfinden.",
        ],
        "quote": None,
        "fact_box": {
            "title": "Die Kulturtage in Zahlen",
            "items": [
                "3 Festtage im Stadtpark und in der Bibliothek",
                "12 Ensembles auf der Bühne",
                "rund 4000 Besucherinnen und Besucher",
                "über 2000 gebackene Brezeln",
            ],
        },
        "topics": ["festivals", "culture"],
        "region": "KZ-55",
    },
    {
        "key": "sunday-school-kostanai",
        "title": "Sonntagsschule in Kostanai: Deutsch lernen mit Liedern, Spielen und Großmutters Rezepten",
        "lead": "Jeden Sonntag füllen sich die Räume des Deutschen Kulturzentrums in Kostanai mit Kindern und Erwachsenen, die Deutsch lernen wollen. Die Sonntagsschule hat in diesem Jahr so viele Anmeldungen wie nie zuvor.",
        "body": [
            "Rund neunzig Schülerinnen und Schüler besuchen derzeit sechs Gruppen, von der Vorschulgruppe bis zum Gesprächskreis für Senioren. Unterrichtet wird ehrenamtlich; zwei der fünf Lehrkräfte haben selbst einmal als Kinder hier angefangen.",
            "Gelernt wird nicht nur mit Lehrbüchern. Die Jüngsten singen Kinderlieder und basteln zu Ostern und Weihnachten, die Jugendlichen drehen kurze Videos über ihre Stadt auf Deutsch. In der Seniorengruppe werden alte Familienrezepte übersetzt und gemeinsam nachgekocht.",
            "Viele Familien wollen die Sprache ihrer Großeltern wiederentdecken, andere Teilnehmer lernen Deutsch für Studium oder Beruf. Unter den Schülern sind auch kasachische und russische Kinder aus der Nachbarschaft.",
        ],
        "quote": {
            "text": "Wenn ein Kind zu Hause plötzlich ein Lied auf Deutsch singt, das schon die Urgroßmutter kannte, dann wissen wir, wofür wir das machen.",
            "attribution": "Natalja Schmidt, Leiterin der Sonntagsschule",
        },
        "fact_box": None,
        "topics": ["education", "language"],
        "region": "KZ-39",
    },
    {
        "key": "fact-checking-seminar-astana",
        "title": "Journalistenklub übt den Faktencheck: Redakteure aus zwölf Redaktionen in Astana",
        "lead": "Wie erkennt man eine gefälschte Meldung, bevor sie in der eigenen Zeitung landet? Darum ging es bei einem zweitägigen Seminar des Journalistenklubs der ethnischen Presse im Haus der Freundschaft in Astana.",
        "body": [
            "Teilgenommen haben Journalistinnen und Journalisten von zwölf Zeitungen und Zeitschriften der ethnischen Presse, darunter deutsch-, polnisch-, koreanisch- und ukrainischsprachige Redaktionen. Die Trainer zeigten an Beispielen aus sozialen Netzwerken, wie sich falsche Zitate, alte Fotos und erfundene Statistiken verbreiten.",
            "Anschließend prüften die Teilnehmer in kleinen Gruppen selbst verdächtige Meldungen. Mit der umgekehrten Bildersuche fanden sie heraus, dass ein angeblich aktuelles Foto eines Hochwassers schon mehrere Jahre alt war. Eine andere Gruppe verfolgte ein Zitat bis zu seiner ursprünglichen Quelle zurück und stellte fest, dass es verkürzt worden war.",
            "Zum Abschluss erarbeiteten die Redaktionen eine gemeinsame Checkliste, die künftig in allen beteiligten Zeitungen gelten soll. Der Journalistenklub plant, das Seminar im Herbst in Almaty und Schymkent zu wiederholen.",
        ],
        "quote": None,
        "fact_box": {
            "title": "Checkliste vor der Veröffentlichung",
            "items": [
                "Wer ist die ursprüngliche Quelle?",
                "Wann und wo ist das Foto entstanden?",
                "Ist das Zitat vollständig und richtig zugeordnet?",
                "Gibt es eine zweite, unabhängige Bestätigung?",
            ],
        },
        "topics": ["journalists-club", "media"],
        "region": "KZ-71",
        "translations": {
            "kk": {
                "title": "Журналистер клубы фактчекинг үйренді: Астанаға он екі редакцияның тілшілері жиналды",
                "lead": "Жалған хабарды өз газетіңізде жарияланып кетпей тұрып қалай анықтауға болады? Астанадағы Достық үйінде өткен этникалық баспасөз журналистер клубының екі күндік семинары осы сұраққа арналды.",
                "body": [
                    "Семинарға этникалық баспасөздің он екі газеті мен журналының тілшілері, соның ішінде неміс, поляк, корей және украин тілдеріндегі басылымдардың редакциялары қатысты. Жаттықтырушылар әлеуметтік желілерден алынған мысалдар арқылы жалған дәйексөздердің, ескі суреттердің және ойдан шығарылған статистиканың қалай таралатынын көрсетті.",
                    "Одан кейін қатысушылар шағын топтарға бөлініп, күмәнді хабарларды өздері тексерді. Кері сурет іздеу арқылы олар су тасқынының жаңа суреті ретінде таралған фотоның бірнеше жыл бұрын түсірілгенін анықтады. Тағы бір топ дәйексөзді алғашқы дереккөзіне дейін қадағалап, оның қысқартылғанын байқады.",
                    "Соңында редакциялар бірлесіп тексеру парағын жасады, енді оны семинарға қатысқан барлық газет қолданады. Журналистер клубы семинарды күзде Алматы мен Шымкентте қайталауды жоспарлап отыр.",
                ],
                "fact_box": {
                    "title": "Жарияламас бұрын тексеріңіз",
                    "items": [
                        "Алғашқы дереккөз кім?",
                        "Сурет қашан және қай жерде түсірілген?",
                        "Дәйексөз толық па, иесі дұрыс көрсетілген бе?",
                        "Екінші, тәуелсіз растау бар ма?",
                    ],
                },
            },
            "ru": {
                "title": "Клуб журналистов учился фактчекингу: в Астане собрались сотрудники двенадцати редакций",
                "lead": "Как распознать фальшивую новость, прежде чем она попадёт в вашу газету? Этому был посвящён двухдневный семинар клуба журналистов этнической прессы в Доме дружбы Астаны.",
                "body": [
                    "В семинаре участвовали журналисты двенадцати газет и журналов этнической прессы, в том числе редакций, выпускающих издания на немецком, польском, корейском и украинском языках. На примерах из социальных сетей тренеры показали, как распространяются ложные цитаты, старые фотографии и выдуманная статистика.",
                    "Затем участники в небольших группах сами проверяли сомнительные сообщения. С помощью обратного поиска по изображению они выяснили, что якобы свежий снимок паводка был сделан несколько лет назад. Другая группа проследила цитату до первоисточника и обнаружила, что её сократили.",
                    "В завершение редакции составили общий контрольный список, которым теперь будут пользоваться все газеты-участницы. Клуб журналистов планирует повторить семинар осенью в Алматы и Шымкенте.",
                ],
                "fact_box": {
                    "title": "Проверьте перед публикацией",
                    "items": [
                        "Кто первоисточник?",
                        "Когда и где сделан снимок?",
                        "Цитата приведена полностью и принадлежит тому, кому её приписывают?",
                        "Есть ли второе, независимое подтверждение?",
                    ],
                },
            },
        },
    },
    {
        "key": "choir-spring-concert-karaganda",
        "title": "Frühlingskonzert in Karaganda: Chor „Lindenblüte“ singt Volkslieder in drei Sprachen",
        "lead": "Der Chor „Lindenblüte“ des Deutschen Kulturzentrums in Karaganda hat sein traditionelles Frühlingskonzert gegeben. Im vollbesetzten Saal erklangen deutsche, kasachische und russische Volkslieder.",
        "body": [
            "Die 24 Sängerinnen und Sänger sind zwischen 19 und 78 Jahre alt und proben zweimal pro Woche. Viele von ihnen haben die Lieder in ihrer Kindheit von Eltern und Großeltern gehört; aufgeschrieben wurden die Noten oft erst viel später.",
            "Höhepunkt des Abends war ein kasachisches Volkslied, das der Chor zusammen mit dem Dombra-Ensemble einer örtlichen Musikschule vortrug. Das Publikum forderte mehrere Zugaben, bevor alle gemeinsam „Kein schöner Land in dieser Zeit“ sangen.",
            "Der Erlös aus dem Kartenverkauf geht an die Kinderabteilung eines Krankenhauses in Karaganda. Im Sommer will der Chor bei einem Chorfestival in Temirtau auftreten.",
        ],
        "quote": {
            "text": "Ein Lied verbindet Menschen schneller als jede Rede. Heute haben drei Sprachen in einem Saal zusammen geklungen.",
            "attribution": "Viktor Hahn, Chorleiter",
        },
        "fact_box": None,
        "topics": ["culture"],
        "region": "KZ-35",
    },
    {
        "key": "edelweiss-dance-group-oskemen",
        "title": "Jugendtanzgruppe „Edelweiß“ aus Öskemen kehrt mit Preis vom Folklorefestival in Almaty zurück",
        "lead": "Die Jugendtanzgruppe „Edelweiß“ des Deutschen Kulturzentrums in Öskemen ist von einem Folklorefestival in Almaty mit einem Diplom ersten Grades zurückgekehrt. Die Jury lobte vor allem die sorgfältig rekonstruierten Trachten.",
        "body": [
            "Die sechzehn Tänzerinnen und Tänzer zwischen 12 und 19 Jahren zeigten eine Suite aus Schuhplattler, Polka und einem Bändertanz. Einstudiert hatte die Choreografie ihre Leiterin, die dafür alte Fotos und Erinnerungen von Mitgliedern der deutschen Gemeinschaft in Ostkasachstan gesammelt hatte.",
            "Die Trachten nähten Eltern und Großmütter in monatelanger Arbeit nach historischen Vorlagen. Die Jury des Festivals, an dem Ensembles aus zwanzig ethnischen Kulturzentren teilnahmen, hob die Genauigkeit der Kostüme ausdrücklich hervor.",
            "Nach der Rückkehr wurde die Gruppe im Haus der Freundschaft in Öskemen feierlich empfangen. Für das kommende Jahr sucht das Ensemble noch Tänzer, vor allem Jungen.",
        ],
        "quote": {
            "text": "Wir tanzen nicht nur für die Jury. Wir tanzen, damit diese Tänze in unserer Stadt weiterleben.",
            "attribution": "Alina Wolf, 17, Tänzerin",
        },
        "fact_box": None,
        "topics": ["culture", "youth"],
        "region": "KZ-63",
    },
    {
        "key": "nauryz-house-of-friendship-petropavl",
        "title": "Nauryz im Haus der Freundschaft in Petropawlowsk: Deutsche Gemeinschaft backt Kuchen zum Frühlingsfest",
        "lead": "Zum Frühlingsfest Nauryz haben sich im Haus der Freundschaft in Petropawlowsk zahlreiche ethnische Kulturzentren zu einer gemeinsamen Feier versammelt. Die deutsche Gemeinschaft brachte selbst gebackenen Streuselkuchen mit und lernte im Gegenzug, Nauryz-Kösche zu kochen.",
        "body": [
            "Nauryz, das Fest der Frühlings-Tagundnachtgleiche, wird in Kasachstan von allen Völkern gefeiert. Im Hof des Hauses der Freundschaft stand eine Jurte, in der Vertreter der Kulturzentren die Gäste mit Tee und Baursaks empfingen.",
            "Am Stand der deutschen Gemeinschaft gab es Streuselkuchen und Kräutertee nach Großmutters Rezept. Frauen aus dem kasachischen Kulturzentrum zeigten den Besuchern, wie man Nauryz-Kösche aus sieben Zutaten zubereitet, und einige Mitglieder des deutschen Zentrums halfen gleich beim Umrühren im großen Kessel.",
            "Auf der Bühne folgten Lieder und Tänze aller Gemeinschaften aufeinander. Zum Abschluss sangen die Kinder der deutschen Sonntagsschule ein kasachisches Frühlingslied, das sie eigens für den Feiertag gelernt hatten.",
        ],
        "quote": {
            "text": "Nauryz ist für uns kein fremdes Fest. Unsere Familien leben seit Generationen hier, und wir feiern den Frühling zusammen mit unseren Nachbarn.",
            "attribution": "Irina Krause, Vorsitzende der deutschen Gemeinschaft in Petropawlowsk",
        },
        "fact_box": None,
        "topics": ["festivals", "assembly"],
        "region": "KZ-59",
        "translations": {
            "kk": {
                "title": "Петропавлдағы Достық үйінде Наурыз: неміс қауымдастығы мерекеге бәліш пісірді",
                "lead": "Наурыз мерекесіне орай Петропавлдағы Достық үйінде көптеген этномәдени орталық ортақ мерекеге жиналды. Неміс қауымдастығы үйде пісірілген штрейзель бәлішін әкеліп, оның орнына наурыз көже жасауды үйренді.",
                "body": [
                    "Көктемгі күн мен түннің теңелуі мерекесі — Наурызды Қазақстанда барлық халық тойлайды. Достық үйінің ауласына киіз үй тігіліп, онда мәдени орталықтардың өкілдері қонақтарды шай мен бауырсақпен күтіп алды.",
                    "Неміс қауымдастығының үстелінде штрейзель бәліші мен әженің рецепті бойынша демделген шөп шайы болды. Қазақ мәдени орталығының әйелдері қонақтарға жеті түрлі дәмнен наурыз көже жасауды көрсетті, ал неміс орталығының бірнеше мүшесі үлкен қазандағы көжені араластыруға бірден көмектесті.",
                    "Сахнада барлық қауымдастықтың әндері мен билері кезек-кезек орындалды. Мереке соңында неміс жексенбілік мектебінің балалары мерекеге арнайы жаттаған қазақтың көктем туралы әнін шырқады.",
                ],
                "quote": {
                    "text": "Наурыз біз үшін бөтен мереке емес. Отбасыларымыз бұл жерде ұрпақтан-ұрпаққа тұрып келеді, көктемді көршілерімізбен бірге қарсы аламыз.",
                    "attribution": "Ирина Краузе, Петропавлдағы неміс қауымдастығының төрағасы",
                },
            },
            "ru": {
                "title": "Наурыз в Доме дружбы Петропавловска: немецкая община испекла к празднику пироги",
                "lead": "По случаю Наурыза в Доме дружбы Петропавловска на общий праздник собрались многие этнокультурные центры. Немецкая община принесла домашний штрейзелькухен, а взамен научилась варить наурыз-коже.",
                "body": [
                    "Наурыз — праздник весеннего равноденствия — в Казахстане отмечают все народы. Во дворе Дома дружбы поставили юрту, где представители культурных центров встречали гостей чаем и баурсаками.",
                    "На столе немецкой общины были штрейзелькухен и травяной чай по бабушкиному рецепту. Женщины из казахского культурного центра показали гостям, как готовить наурыз-коже из семи ингредиентов, а несколько членов немецкого центра тут же взялись помешивать коже в большом казане.",
                    "На сцене одна за другой звучали песни и шли танцы всех общин. В завершение дети из немецкой воскресной школы исполнили казахскую весеннюю песню, которую специально выучили к празднику.",
                ],
                "quote": {
                    "text": "Наурыз для нас не чужой праздник. Наши семьи живут здесь поколениями, и мы встречаем весну вместе с соседями.",
                    "attribution": "Ирина Краузе, председатель немецкой общины Петропавловска",
                },
            },
        },
    },
    {
        "key": "young-journalists-contest-semei",
        "title": "Wettbewerb für junge Journalisten: Schülerin aus Semei gewinnt mit einer Reportage über ihr Dorf",
        "lead": "Beim Wettbewerb für junge Journalistinnen und Journalisten der ethnischen Presse hat eine 16-jährige Schülerin aus Semei den ersten Preis gewonnen. Ihre Reportage erzählt, wie ein Dorf im Gebiet Abai seine alte Schule in ein Heimatmuseum verwandelt hat.",
        "body": [
            "Mehr als hundert Jugendliche aus ganz Kasachstan hatten Texte, Fotoreportagen und kurze Videos in sieben Sprachen eingereicht. Die Jury aus erfahrenen Redakteurinnen und Redakteuren bewertete Recherche, Aufbau und Sprache.",
            "Die Siegerin Sofia Reimer besuchte für ihre Reportage mehrmals das Dorf ihrer Großeltern und sprach mit Lehrern, Dorfbewohnern und ehemaligen Schülern. Die Jury lobte, sie habe „mit großer Genauigkeit und noch größerer Wärme“ geschrieben.",
            "Die Preisträger erhalten eine Einladung zur Sommerschule des Journalistenklubs in Almaty. Die besten Arbeiten erscheinen in den kommenden Wochen in mehreren Zeitungen der ethnischen Presse und auf deren Internetseiten.",
        ],
        "quote": {
            "text": "Ein guter Journalist fängt vor der eigenen Haustür an. Genau das hat Sofia getan.",
            "attribution": "Markus Lehmann, Vorsitzender der Jury",
        },
        "fact_box": {
            "title": "Der Wettbewerb in Zahlen",
            "items": [
                "über 100 Einsendungen",
                "Beiträge in sieben Sprachen",
                "Teilnehmende zwischen 14 und 18 Jahren",
                "12 Preisträger in drei Kategorien",
            ],
        },
        "topics": ["youth", "media"],
        "region": "KZ-10",
    },
    {
        "key": "sports-day-shchuchinsk",
        "title": "Sportfest in Schtschutschinsk: Deutsche, Kasachen und Polen messen sich im Tauziehen",
        "lead": "Das Deutsche Kulturzentrum im Gebiet Akmola hat zu einem Sportfest am Ufer des Schtschutschje-Sees eingeladen. Familien aus mehreren Gemeinschaften traten in Staffeln, beim Volleyball und im Tauziehen gegeneinander an.",
        "body": [
            "Rund 300 Sportlerinnen und Sportler aller Altersgruppen nahmen teil. Neben den deutschen Familien kamen Mannschaften aus dem polnischen, dem kasachischen und dem ukrainischen Kulturzentrum der Region.",
            "Beim Volleyball der Jugendlichen setzte sich die gemischte Mannschaft aus Kokschetau durch. Im Tauziehen, dem Höhepunkt des Tages, gewann nach drei spannenden Runden das Team der Großväter, das von den Zuschauern lautstark angefeuert wurde.",
            "Für die Kleinsten gab es Sackhüpfen und Eierlaufen. Am Abend wurden am Ufer Grills aufgebaut, und die Mannschaften feierten gemeinsam bei Schaschlik und Musik.",
        ],
        "quote": {
            "text": "Hier gewinnt nicht der Stärkste, sondern wer am meisten Spaß hat – und das waren heute alle.",
            "attribution": "Andreas Fischer, Sportlehrer und Organisator",
        },
        "fact_box": None,
        "topics": ["sport"],
        "region": "KZ-11",
    },
    {
        "key": "advent-bazaar-aktobe",
        "title": "Adventsbasar in Aktobe: Erlös kommt Kindern aus kinderreichen Familien zugute",
        "lead": "Beim Adventsbasar des Deutschen Kulturzentrums in Aktobe sind Spenden für Kinder aus kinderreichen Familien der Stadt zusammengekommen. Angeboten wurden Selbstgebackenes, Handarbeiten und Weihnachtsschmuck.",
        "body": [
            "Wochenlang hatten die Mitglieder des Zentrums Plätzchen gebacken, Schals gestrickt und Sterne aus Stroh gebastelt. Auch die Kinder der Sonntagsschule trugen mit bemalten Holzfiguren bei.",
            "Der Basar zog viele Besucher an, die mit deutschen Weihnachtsbräuchen bisher wenig vertraut waren. Besonders gefragt waren Lebkuchen und Stollen nach alten Familienrezepten sowie Adventskränze aus Tannenzweigen.",
            "Mit dem Erlös kaufte das Zentrum Winterkleidung und Schulsachen für 40 Kinder, die ihnen kurz vor Neujahr überreicht wurden. Freiwillige aus dem Jugendklub brachten die Geschenke persönlich vorbei.",
        ],
        "quote": {
            "text": "Wir wollten, dass die Freude nicht an unseren Tischen bleibt, sondern bei Kindern ankommt, die sie besonders brauchen.",
            "attribution": "Elena Meier, Leiterin des Jugendklubs",
        },
        "fact_box": None,
        "topics": ["culture", "youth"],
        "region": "KZ-15",
    },
    {
        "key": "writing-for-the-web-atyrau",
        "title": "Schreiben fürs Netz: Seminar in Atyrau zeigt kleinen Redaktionen den Weg zu mehr Online-Lesern",
        "lead": "Kurze Absätze, klare Überschriften, gute Fotos: In Atyrau hat der Journalistenklub ein Seminar zum Schreiben für das Internet veranstaltet. Journalistinnen und Journalisten aus den Gebieten Atyrau und Mangystau lernten, wie ihre Texte online mehr Leser finden.",
        "body": [
            "Die meisten Teilnehmenden arbeiten für kleine Zeitungen, die nur einmal im Monat oder im Quartal erscheinen. Für sie ist die Internetseite oft der einzige Weg, zwischen zwei Ausgaben mit ihren Lesern in Kontakt zu bleiben.",
            "Die Trainerin erklärte, warum Online-Leser einen Text zuerst überfliegen und wie man das Wichtigste in den ersten Satz bringt. In praktischen Übungen schrieben die Teilnehmer Zeitungsartikel in kurze Online-Meldungen um und formulierten Überschriften, die informieren, statt nur neugierig zu machen.",
            "Ein eigener Teil des Seminars war der Barrierefreiheit gewidmet: Bildbeschreibungen für sehbehinderte Leser und leicht verständliche Sprache. Viele Teilnehmende wollen die neuen Regeln sofort in ihren Redaktionen einführen.",
        ],
        "quote": None,
        "fact_box": {
            "title": "Fünf Regeln für Online-Texte",
            "items": [
                "Das Wichtigste gehört in den ersten Satz.",
                "Ein Gedanke pro Absatz.",
                "Überschriften informieren, statt zu locken.",
                "Jedes Foto braucht eine Bildbeschreibung.",
                "Quellen werden verlinkt.",
            ],
        },
        "topics": ["journalists-club", "media"],
        "region": "KZ-23",
    },
    {
        "key": "regional-assembly-uralsk",
        "title": "Regionalversammlung in Uralsk: Kulturzentren planen Jugendaustausch und offene Sonntagsschulen",
        "lead": "Auf einer Sitzung der regionalen Versammlung des Volkes Kasachstans in Uralsk haben die ethnischen Kulturzentren Westkasachstans ihre Pläne für das kommende Jahr vorgestellt. Im Mittelpunkt standen Sprachkurse, Jugendarbeit und die Zusammenarbeit der Zeitungen.",
        "body": [
            "Vertreter von mehr als fünfzehn Kulturzentren kamen im Haus der Freundschaft zusammen, darunter die deutsche, die tatarische, die ukrainische und die koreanische Gemeinschaft. Jedes Zentrum berichtete kurz über seine Arbeit im vergangenen Jahr.",
            "Die deutsche Gemeinschaft schlug einen Jugendaustausch zwischen den Kulturzentren der Region vor: Jugendliche sollen eine Woche lang bei Familien anderer Gemeinschaften zu Gast sein und deren Feste und Sprachen kennenlernen. Der Vorschlag fand breite Zustimmung.",
            "Außerdem vereinbarten die Zentren, ihre Sonntagsschulen für Kinder aus allen Gemeinschaften zu öffnen und einen gemeinsamen Veranstaltungskalender herauszugeben, der auch in den regionalen Zeitungen erscheinen wird. Die erste Ausgabe soll noch vor Nauryz vorliegen.",
        ],
        "quote": {
            "text": "Jede Gemeinschaft hat ihre eigene Sprache, aber wir haben ein gemeinsames Zuhause. Das sollen schon die Kinder erleben.",
            "attribution": "Eduard Engel, Vorsitzender der deutschen Gesellschaft in Uralsk",
        },
        "fact_box": None,
        "topics": ["assembly", "youth"],
        "region": "KZ-27",
    },
]
