# ruff: noqa: E501
"""Demo articles in Kurdish (Kurmanji): sample stories written for the demo network."""

ARTICLES = [
    {
        "key": "newroz-almaty",
        "title": "Li Almatiyê Newroz bi agir, govend û stranan hat pîrozkirin",
        "lead": "Civaka kurd a Almatiyê cejna Newrozê li Mala Dostaniyê bi sedan mêvanan re pîroz kir. Ji zarokan heta kalemêran, her kes beşdarî şahiyê bû.",
        "body": [
            "Şahiya Newrozê li hewşa Mala Dostaniyê bi vêxistina agirê kevneşopî dest pê kir. Ciwanan li dora agir govend girt, zarokan jî helbestên li ser biharê xwendin.",
            "Koma folklorî ya «Zozan» stranên gelêrî yên kurdî pêşkêş kirin û temaşevan jî tevlî govendê bûn. Li ser sifreya cejnê xwarinên kurdî hebûn: dew, nanê tenûrê û şîranî.",
            "Nûnerên civakên din ên Mala Dostaniyê jî hatin pîrozbahiyê: qazax, ûygur, ûzbek û azerî. Her yekî ji wan bi zimanê xwe Newroz pîroz kir, û ev yek bû nîşana dostaniya gelan.",
        ],
        "quote": {
            "text": "Newroz ji bo me cejna hêviyê ye. Em dixwazin zarokên me vê kevneşopiyê bi zimanê dayika xwe bidomînin.",
            "attribution": "Gulîstan Ûsivova, berpirsa navenda çanda kurdî",
        },
        "fact_box": None,
        "topics": ["festivals", "culture"],
        "region": "KZ-75",
        "translations": {
            "kk": {
                "title": "Алматыда күрд қауымдастығы Ньюрозды алау, би және әнмен тойлады",
                "lead": "Алматының күрд қауымдастығы Ньюроз мерекесін Достық үйінде жүздеген қонақпен бірге атап өтті. Балалардан бастап қарттарға дейін бәрі мерекеге қатысты.",
                "body": [
                    "Ньюроз мерекесі Достық үйінің ауласында дәстүрлі алау жағудан басталды. Жастар алаудың айналасында би биледі, ал балалар көктем туралы өлеңдер оқыды.",
                    "«Зозан» фольклорлық ансамблі күрдтің халық әндерін орындады, көрермендер де биге қосылды. Мереке дастарқанында күрд тағамдары болды: айран, тандыр нан және тәттілер.",
                    "Достық үйіндегі басқа қауымдастықтардың өкілдері — қазақтар, ұйғырлар, өзбектер мен әзербайжандар да құттықтауға келді. Олардың әрқайсысы Ньюрозды өз тілінде құттықтады, бұл халықтар достығының белгісіне айналды.",
                ],
                "quote": {
                    "text": "Ньюроз біз үшін — үміт мерекесі. Балаларымыздың бұл дәстүрді ана тілінде жалғастырғанын қалаймыз.",
                    "attribution": "Гүлистан Усивова, күрд мәдени орталығының жетекшісі",
                },
            },
            "ru": {
                "title": "В Алматы курды встретили Ньюроз с костром, танцами и песнями",
                "lead": "Курдская община Алматы отметила Ньюроз в Доме дружбы вместе с сотнями гостей. В празднике участвовали все — от детей до стариков.",
                "body": [
                    "Праздник Ньюроз начался во дворе Дома дружбы с того, что зажгли традиционный костёр. Молодёжь водила вокруг огня хоровод-говенд, а дети читали стихи о весне.",
                    "Фольклорный ансамбль «Зозан» исполнил курдские народные песни, и зрители тоже включились в танец. На праздничном столе были блюда курдской кухни: айран, тандырный хлеб и сладости.",
                    "Поздравить общину пришли и представители других объединений Дома дружбы — казахи, уйгуры, узбеки и азербайджанцы. Каждый из них поздравил всех с Ньюрозом на своём языке, и это стало знаком дружбы народов.",
                ],
                "quote": {
                    "text": "Ньюроз для нас — праздник надежды. Мы хотим, чтобы наши дети продолжали эту традицию на родном языке.",
                    "attribution": "Гулистан Усивова, руководитель курдского культурного центра",
                },
            },
        },
    },
    {
        "key": "library-opens-taraz",
        "title": "Li Tarazê navenda çanda kurdî pirtûkxaneyeke nû vekir",
        "lead": "Di pirtûkxaneyê de zêdetirî pênc sed pirtûk hene: çîrok, helbest, ferheng û pirtûkên dersê yên bi kurmancî. Piraniya wan ji aliyê malbatên civakê ve hatine diyarkirin.",
        "body": [
            "Pirtûkxane li qata duyem a avahiya navenda çandê, di odeyeke ronak de hat vekirin. Refên wê ji aliyê ciwanên dilxwaz ve hatin çêkirin, û li ser her pirtûkê navê kesê ku ew diyarî kiriye hatiye nivîsîn.",
            "Di merasîma vekirinê de rêveberê navendê Nadir Celîlov got ku armanca wan ew e ku zarok bi zimanê xwe bixwînin û ji pirtûkan hez bikin. Piştre zarokên dibistana yekşemê çîrokên gelêrî bi dengê bilind xwendin.",
            "Pirtûkxane dê her şemî û yekşemê vekirî be. Navend plan dike ku mehê carekê şevên xwendinê û hevdîtinên bi nivîskaran re li dar bixe.",
        ],
        "quote": None,
        "fact_box": {
            "title": "Pirtûkxane bi hejmaran",
            "items": [
                "Zêdetirî 500 pirtûk",
                "120 pirtûkên zarokan",
                "Ferhengên kurmancî–qazaxî û kurmancî–rûsî",
                "Şemî û yekşemê vekirî ye",
            ],
        },
        "topics": ["culture", "education"],
        "region": "KZ-31",
        "translations": {},
    },
    {
        "key": "kurdistan-newspaper-readers",
        "title": "Rojnameya «Kurdistan» li Almatiyê bi xwendevanên xwe re civiya",
        "lead": "Rojnamevanên rojnameyê bi xwendevan û nivîskaran re li ser rûpelên nû, zimanê rojnameyê û beşdariya ciwanan axivîn.",
        "body": [
            "Hevdîtin li Mala Dostaniyê pêk hat û gelek xwendevanên ku bi salan e rojnameyê dişopînin, beşdar bûn. Hinekan ji wan hejmarên kevn ên rojnameyê bi xwe re anîbûn û behs kirin ka rojname çawa digihîşt gundên wan.",
            "Rojnamevanan rûpelên nû yên ji bo zarok û ciwanan nîşanî xwendevanan dan. Ji niha û pê ve, di her hejmarê de dê rûpeleke dersên kurmancî û beşeke bi navê «Dengê ciwanan» hebe.",
            "Xwendevanan pêşniyar kir ku rojname zêdetir behsa dîroka malbatên kurd ên Qazaxistanê bike. Rojnamevan Rizgar Mehmûdov got ku redaksiyon dê ji bo vê yekê beşeke taybet veke û xwendevanan vexwîne ku bîranînên xwe bişînin.",
        ],
        "quote": {
            "text": "Rojname bi xwendevanên xwe dijî. Her nameyeke ku tê redaksiyonê, ji bo me nûçeyeke nû ye.",
            "attribution": "Rizgar Mehmûdov, rojnamevanê «Kurdistan»",
        },
        "fact_box": None,
        "topics": ["media"],
        "region": "KZ-75",
        "translations": {
            "kk": {
                "title": "«Курдистан» газеті Алматыда оқырмандарымен кездесті",
                "lead": "Газет журналистері оқырмандарымен және авторларымен жаңа беттер, газет тілі және жастардың қатысуы туралы әңгімелесті.",
                "body": [
                    "Кездесу Достық үйінде өтті, оған газетті көп жылдан бері оқып келе жатқан көптеген оқырмандар қатысты. Олардың кейбірі газеттің ескі сандарын ала келіп, газеттің өз ауылдарына қалай жеткенін әңгімеледі.",
                    "Журналистер оқырмандарға балалар мен жастарға арналған жаңа беттерді көрсетті. Енді әр санда курманджи тілі сабақтарының беті және «Жастар үні» атты айдар болады.",
                    "Оқырмандар газетке Қазақстандағы күрд отбасыларының тарихы туралы көбірек жазуды ұсынды. Журналист Ризгар Мехмудов редакцияның бұл үшін арнайы айдар ашатынын айтып, оқырмандарды өз естеліктерін жіберуге шақырды.",
                ],
                "quote": {
                    "text": "Газет өз оқырмандарымен тірі. Редакцияға келген әр хат біз үшін — тың жаңалық.",
                    "attribution": "Ризгар Мехмудов, «Курдистан» газетінің журналисі",
                },
            },
            "ru": {
                "title": "Газета «Курдистан» встретилась с читателями в Алматы",
                "lead": "Журналисты газеты поговорили с читателями и авторами о новых страницах, языке газеты и участии молодёжи.",
                "body": [
                    "Встреча прошла в Доме дружбы, и на неё пришли многие читатели, которые следят за газетой много лет. Некоторые принесли с собой старые номера и рассказали, как газета доходила до их сёл.",
                    "Журналисты показали читателям новые страницы для детей и молодёжи. Теперь в каждом номере будут страница уроков курманджи и рубрика «Голос молодёжи».",
                    "Читатели предложили газете больше писать об истории курдских семей Казахстана. Журналист Ризгар Мехмудов сказал, что редакция откроет для этого специальную рубрику, и пригласил читателей присылать свои воспоминания.",
                ],
                "quote": {
                    "text": "Газета живёт своими читателями. Каждое письмо, которое приходит в редакцию, для нас — свежая новость.",
                    "attribution": "Ризгар Мехмудов, журналист газеты «Курдистан»",
                },
            },
        },
    },
    {
        "key": "sunday-school-shymkent",
        "title": "Dibistana yekşemê ya kurmancî li Şimkentê dest bi sala nû ya xwendinê kir",
        "lead": "Îsal zêdetirî sî zarok li dibistanê hatin qeydkirin. Mamoste dersan bi alfabeya latînî didin û bi stran û lîstikan zimanê zarokan xurt dikin.",
        "body": [
            "Dibistan her yekşemê li Mala Dostaniyê ya Şimkentê dixebite. Zarokên di navbera şeş û çardeh saliyê de di sê koman de xwendin û nivîsandina kurmancî, çîrok û stranên gelêrî hîn dibin.",
            "Mamoste Şêrîn Hecîyeva dibêje ku gelek zarok kurmancî ji dapîr û bapîrên xwe dibihîzin, lê nikarin pê binivîsin. Ji ber vê yekê di dersan de giraniya herî mezin li ser xwendin û nivîsandinê ye, û zarok her hefte nameyekê bi kurmancî ji malbata xwe re dinivîsin.",
            "Dê û bav jî tevlî dersan dibin: îsal ji bo wan komeke axaftinê hat vekirin. Dibistan dixwaze di dawiya salê de lîstikeke şanoyê ya piçûk bi kurmancî pêşkêş bike.",
        ],
        "quote": {
            "text": "Gava zarokek cara yekem navê xwe bi kurmancî dinivîse, çavên wî dibiriqin. Ev kêfxweşî ji bo me her tişt e.",
            "attribution": "Şêrîn Hecîyeva, mamosteya dibistana yekşemê",
        },
        "fact_box": None,
        "topics": ["language", "education"],
        "region": "KZ-79",
        "translations": {},
    },
    {
        "key": "fact-checking-training-almaty",
        "title": "Klûba rojnamevanan li Almatiyê perwerdeya piştrastkirina agahiyan li dar xist",
        "lead": "Nivîskarên ciwan ên rojnameyên kurdî, ûygurî û koreyî du rojan fêr bûn ka meriv çawa nûçeyên derewîn nas dike û çavkaniyan kontrol dike.",
        "body": [
            "Perwerde li Mala Dostaniyê ya Almatiyê pêk hat û bîst ciwan beşdarî wê bûn. Piraniya wan xwendekarên zanîngehê ne û ji bo rojnameyên civakên xwe wekî nûçegihan dinivîsin.",
            "Rahêner Dilovan Qasimov nîşan da ka wêne û vîdyo çawa ji çarçoveya xwe tên derxistin û bi wateyeke xelet belav dibin. Beşdaran bi amûrên lêgerîna wêneyan çavkaniyên çend wêneyên ku di torên civakî de belav bûbûn dîtin.",
            "Di roja duyem de her kom bi nûçeyekê re rû bi rû ma û di nav saetekê de rastiya wê kontrol kir. Beşdar gihîştin wê encamê ku gelek caran amûra herî bi bandor bangeke têlefonê ye ji kesê ku gotin jê tê veguhestin re.",
        ],
        "quote": None,
        "fact_box": {
            "title": "Berî weşanê sê pirs",
            "items": [
                "Nivîskarê agahiyê kî ye û meriv dikare bigihîje wî?",
                "Hejmar û gotin ji ku hatine?",
                "Gelo çavkaniyên din ên serbixwe jî vê dibêjin?",
            ],
        },
        "topics": ["journalists-club", "media"],
        "region": "KZ-75",
        "translations": {
            "kk": {
                "title": "Журналистер клубы Алматыда ақпаратты тексеру бойынша тренинг өткізді",
                "lead": "Күрд, ұйғыр және корей газеттерінің жас авторлары екі күн бойы жалған жаңалықты қалай тануға және дереккөздерді қалай тексеруге болатынын үйренді.",
                "body": [
                    "Тренинг Алматыдағы Достық үйінде өтті, оған жиырма жас қатысты. Олардың көбі — университет студенттері, өз қауымдастықтарының газеттеріне тілші ретінде жазады.",
                    "Тренер Дилован Касимов фото мен бейнежазбалардың өз контексінен қалай жұлынып алынып, бұрмаланған мағынада таралатынын көрсетті. Қатысушылар суретті іздеу құралдарының көмегімен әлеуметтік желілерде тараған бірнеше суреттің түпкі дереккөзін тапты.",
                    "Екінші күні әр топқа бір жаңалық берілді, олар бір сағат ішінде оның шын-жалғанын тексерді. Қатысушылар көбінесе ең тиімді құрал — сөзі келтірілген адамға телефон соғу деген қорытындыға келді.",
                ],
                "fact_box": {
                    "title": "Жарияламас бұрын үш сұрақ",
                    "items": [
                        "Хабардың авторы кім және онымен байланысуға бола ма?",
                        "Сандар мен дәйексөздер қайдан алынған?",
                        "Басқа тәуелсіз дереккөздер де осыны айта ма?",
                    ],
                },
            },
            "ru": {
                "title": "Клуб журналистов провёл в Алматы тренинг по проверке информации",
                "lead": "Молодые авторы курдских, уйгурских и корейских газет два дня учились распознавать фейковые новости и проверять источники.",
                "body": [
                    "Тренинг прошёл в алматинском Доме дружбы, в нём участвовали двадцать молодых людей. Большинство из них — студенты, которые пишут для газет своих общин как корреспонденты.",
                    "Тренер Дилован Касимов показал, как фотографии и видео вырывают из контекста и распространяют с искажённым смыслом. С помощью поиска по изображениям участники нашли первоисточники нескольких снимков, разошедшихся по социальным сетям.",
                    "На второй день каждая группа получила новость и за час проверила, правдива ли она. Участники пришли к выводу, что самым действенным инструментом часто оказывается телефонный звонок человеку, чьи слова цитируют.",
                ],
                "fact_box": {
                    "title": "Три вопроса перед публикацией",
                    "items": [
                        "Кто автор сообщения и можно ли с ним связаться?",
                        "Откуда взяты цифры и цитаты?",
                        "Говорят ли об этом другие независимые источники?",
                    ],
                },
            },
        },
    },
    {
        "key": "dance-ensemble-astana-festival",
        "title": "Koma dîlanê ya kurdî li festîvala Asambleya Gelê Qazaxistanê ya li Astanayê derket ser sehneyê",
        "lead": "Koma ciwanan a ji Almatiyê bi dîlanên gelêrî yên kurdî festîvala dostaniya gelan xemiland. Temaşevanan ew bi çepikên germ pêşwazî kirin.",
        "body": [
            "Festîval li Mala Dostaniyê ya paytextê pêk hat û komên çandî yên bi dehan civakan tê de cih girtin. Her komê çend deqe dem hebû ku çanda gelê xwe bi stran û dîlanan nîşan bide.",
            "Koma kurdî bi cilên kevneşopî yên rengîn derket ser sehneyê û bi govenda Newrozê dest pê kir. Piştre ciwanan dîlaneke ji herêmên çiyayî pêşkêş kir, ku tê de ritma def û zirneyê her ku diçe bileztir dibe.",
            "Rêvebera komê Cemîle Ezîzova got ku zêdetirî nîvê endamên komê xwendekarên zanîngehê ne û her hefte du caran provayan dikin. Kom niha ji bo festîvala havînê ya li Şimkentê amade dibe.",
        ],
        "quote": {
            "text": "Dîlan zimanekî ye ku her kes jê fam dike. Li ser sehneyê em nîşan didin ku çanda me zindî ye.",
            "attribution": "Cemîle Ezîzova, rêvebera koma dîlanê",
        },
        "fact_box": None,
        "topics": ["culture", "assembly"],
        "region": "KZ-71",
        "translations": {},
    },
    {
        "key": "young-reporters-contest",
        "title": "Pêşbirka nûçegihanên ciwan: xelat ji bo çîrokên li ser malbat û gund",
        "lead": "Di pêşbirka salane ya tora rojnameyên etnîkî de sê nivîskarên ciwan ên kurd ketin nav serketiyan. Nivîsarên wan dê di rojnameya «Kurdistan» de bên weşandin.",
        "body": [
            "Îsal zêdetirî heftê xebatên xwendekarên dibistan û zanîngehan gihîştin pêşbirkê. Beşdaran li ser mirovên derdora xwe nivîsar nivîsîn: mamoste, cîran, kalik û pîrikên xwe.",
            "Xelata yekem para Zelal Xidirova ya panzdeh salî bû, ku ji gundekî herêma Almatiyê ye. Wê hevpeyvînek bi bapîrê xwe re kiribû, yê ku çil salan li gund mamostetî kiriye, û hemû dîrok û navên di nivîsê de bi baldarî kontrol kiribûn.",
            "Merasîma xelatdanê li bajarê Qonayevê pêk hat. Serketiyan dîploma, kamerayek û vexwendina dibistana havînê ya klûba rojnamevanan wergirtin, û serokê jûriyê şîret li wan kir ku nivîsarên xwe ji niha ve ji redaksiyonan re bişînin.",
        ],
        "quote": None,
        "fact_box": None,
        "topics": ["youth", "media"],
        "region": "KZ-19",
        "translations": {},
    },
    {
        "key": "youth-football-turkistan",
        "title": "Ciwanên kurd ên herêma Tirkistanê di tûrnûvaya futbolê ya havînê de pêşbazî kirin",
        "lead": "Şeş tîmên ji gund û bajarên herêmê beşdarî tûrnûvayê bûn. Kupa ji aliyê tîma ciwanan a bajarê Kentauyê ve hat bidestxistin.",
        "body": [
            "Tûrnûva ji aliyê navenda çanda kurdî ya herêmê ve, bi piştgiriya Asambleya Gelê Qazaxistanê, hat lidarxistin. Di tîman de lîstikvanên di navbera panzdeh û bîst û pênc saliyê de hebûn.",
            "Lîstika dawî ya di navbera Kentau û Tirkistanê de pir germ derbas bû û bi penaltiyan bi dawî bû. Dergevanê Kentauyê Serhat Şêxov du penaltî girtin û wekî lîstikvanê herî baş ê tûrnûvayê hat hilbijartin.",
            "Piştî lîstikan malbatan ji bo hemû tîman sifreyeke mezin amade kir. Rêxistinkeran soz da ku tûrnûva dê her sal bê lidarxistin û sala bê tîmên keçan jî dê beşdar bibin.",
        ],
        "quote": None,
        "fact_box": None,
        "topics": ["sport", "youth"],
        "region": "KZ-61",
        "translations": {},
    },
    {
        "key": "photojournalism-workshop-astana",
        "title": "Wênegiriya rojnamevaniyê bi têlefonê: dersa klûba rojnamevanan li Astanayê",
        "lead": "Deh nivîskarên ciwan ên rojnameyên etnîkî hefteyekê bi kameraya têlefonê wêneyên jiyana paytextê kişandin. Wêneyên herî baş dê di pêşangehekê de bên nîşandan.",
        "body": [
            "Perwerde ji aliyê wênegirê rojnamevan Azad Reşîdov ve hat dayîn, ku zêdetirî deh sal in ji bo rojname û ajansan wêneyan dikişîne. Wî ji beşdaran re rave kir ku wêneyeke nûçeyê divê çalakiyê nîşan bide, ne pozdanê.",
            "Erka her beşdarî ew bû ku çîrokeke wênekî ya ji pênc wêneyan li ser civaka xwe amade bike. Beşdaran wêneyên provaya koreke zarokan, karê nanpêjxaneyekê û dersên zimên ên roja yekşemê kişandin.",
            "Piştî her derketinê, beşdaran wêne bi hev re nirxandin û yên ku bê şirove jî tên fêmkirin hilbijartin. Her wiha li ser exlaqê wênegiriyê hat axaftin: destûr çawa ji mirovan tê xwestin û çima divê nav û dîrok di binnivîsê de rast bin.",
        ],
        "quote": {
            "text": "Têlefon jî kamerayek e. Ya girîng ew e ku tu bizanibî tu çi û çima dikişînî.",
            "attribution": "Azad Reşîdov, wênegirê rojnamevan",
        },
        "fact_box": {
            "title": "Şîretên ji bo wêneya nûçeyê",
            "items": [
                "Nêzîk bibe, zoomê bi kar neyne",
                "Çalakiyê bikişîne, ne pozdanê",
                "Destûrê bixwaze û navan binivîse",
                "Binnivîsê jî wekî nivîsê kontrol bike",
            ],
        },
        "topics": ["journalists-club", "media"],
        "region": "KZ-71",
        "translations": {},
    },
    {
        "key": "winter-help-taraz",
        "title": "Ciwanên kurd ên Tarazê ji bo kalemêrên bi tenê alîkariya zivistanê berhev kirin",
        "lead": "Dilxwazên navenda çandê du hefteyan xwarin, cilên germ û betanî berhev kirin. Alîkarî gihîşt zêdetirî çil malbatan li Tarazê û li gundên derdora wê.",
        "body": [
            "Kampanya bi navê «Zivistana germ» dest pê kir. Ciwanan li bazaran û li ber dibistanan stand danîn, û malbatên civakê xwarin, betanî û cil anîn.",
            "Di rojên dawî de dilxwazan bi otomobîlên xwe pakêtên alîkariyê gihandin malan. Gelek kalemêran spasiya ciwanan kir, ne tenê ji bo diyariyan, lê ji bo sohbet û çaya ku bi hev re vexwarin jî.",
            "Navenda çandê dibêje ku ev kampanya dê her zivistan were dubarekirin. Dibistanên herêmê jî pêşniyar kir ku xwendekar bibin alîkarên kampanyayê.",
        ],
        "quote": None,
        "fact_box": None,
        "topics": ["youth"],
        "region": "KZ-31",
        "translations": {},
    },
    {
        "key": "dengbej-evening-almaty",
        "title": "Şeva dengbêjan li Mala Dostaniyê: stranên kevn ên ku nifş bi nifş hatine parastin",
        "lead": "Navenda çanda kurdî ya Almatiyê şeveke taybet ji kevneşopiya dengbêjiyê re veqetand. Dengbêjên temenmezin û ciwan kilamên dîrokî û evînî gotin.",
        "body": [
            "Dengbêjî hunera vegotina çîrokan bi stranê ye û bi sedsalan di civaka kurd de bûye arşîva dîrok û bîranînan. Li Qazaxistanê jî ev kevneşopî di nav malbatan de maye û îro bi saya ciwanan ji nû ve geş dibe.",
            "Di şevê de dengbêj Xelîl Emînov, ku heftê û pênc salî ye, kilamên ku ji bavê xwe hîn bûbû gotin. Piştre du xwendekar, Berfîn û Hejar, bi hev re kilameke evînî ya kevn gotin û temaşevanan ew bi çepikên dirêj pêşwazî kirin.",
            "Rêxistinkeran hemû kilam tomar kirin û dê wan di arşîva dengî ya navendê de biparêzin. Armanc ew e ku ciwan bikaribin li wan guhdarî bikin û fêrî wan bibin.",
        ],
        "quote": {
            "text": "Bavê min digot: heta kilam bên gotin, dîroka me jî zindî ye. Ez dixwazim ev kilam piştî min jî bên gotin.",
            "attribution": "Xelîl Emînov, dengbêj",
        },
        "fact_box": None,
        "topics": ["culture", "history"],
        "region": "KZ-75",
        "translations": {},
    },
    {
        "key": "unity-day-karaganda",
        "title": "Roja Yekîtiya Gelê Qazaxistanê li Qaragandayê: civaka kurd bi sifre û stranan beşdar bû",
        "lead": "Li Mala Dostaniyê ya Qaragandayê civakên etnîkî yên herêmê bi hev re Roja Yekîtiya Gelê Qazaxistanê pîroz kir. Standa civaka kurd bi xwarinên kevneşopî û pêşangeha xalîçeyan bal kişand.",
        "body": [
            "Zêdetirî bîst navendên çandî yên etnîkî beşdarî pîrozbahiyê bûn. Her navendê standeke xwe amade kiribû, ku tê de cil, destkarî û xwarinên gelê xwe nîşan dida.",
            "Li standa kurdî, jinên civakê xalîçe û çenteyên bi destan hatine çêkirin nîşan dan. Mêvanan herî zêde ji nanê sêlê û dewê hez kir, û gelek kesan reçeteyên wan pirsîn.",
            "Di konsera êvarê de koma ciwanan a kurdî stranên bi kurmancî û qazaxî gotin. Serokê navenda kurdî ya herêmê Hesen Îsoyev got ku ev roj ji bo wan ne tenê cejn e, lê rojeke ku mirov cîranên xwe baştir nas dike.",
        ],
        "quote": None,
        "fact_box": None,
        "topics": ["assembly", "festivals"],
        "region": "KZ-35",
        "translations": {},
    },
]
