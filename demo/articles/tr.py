# ruff: noqa: E501
"""Demo articles in Turkish: sample stories written for the demo network."""

ARTICLES = [
    {
        "key": "hidrellez-taraz",
        "title": "Taraz'da Hıdrellez coşkusu: Ahıska Türkleri baharı ateşin üzerinden atlayarak karşıladı",
        "lead": "Jambıl bölgesinin merkezi Taraz'da Ahıska Türkleri, baharın gelişini simgeleyen Hıdrellez'i şehir parkında düzenlenen bir şenlikle kutladı. Kutlamaya farklı halklardan yüzlerce misafir de katıldı.",
        "body": [
            "Hıdrellez, Hızır ile İlyas'ın yeryüzünde buluştuğuna inanılan 6 Mayıs'ta kutlanır ve bolluğun, sağlığın simgesi sayılır. Taraz'daki şenlik de bu geleneğe uygun olarak sabah erkenden başladı; aileler parka sepetlerle gelip çimenlerin üzerine sofralar kurdu.",
            "Günün en renkli anı, akşamüstü yakılan ateşin üzerinden atlamak oldu. Gençler dileklerini kâğıtlara yazıp gül fidanının dallarına bağladı, kızlar ise mâniler söyleyerek eski bir oyun olan “niyet çekme”yi canlandırdı.",
            "Kutlamaya Kazak, Rus, Kore ve Alman kültür merkezlerinin temsilcileri de katıldı. Ahıska Türkleri Derneği'nin hazırladığı dolma, baklava ve yayla çorbası misafirlere ikram edildi; şenlik gece geç saatlere kadar halk oyunlarıyla sürdü.",
        ],
        "quote": {
            "text": "Hıdrellez bizim için baharın, umudun ve birlikteliğin bayramı. Bu sevinci komşularımızla paylaşmak bizi çok mutlu ediyor.",
            "attribution": "Gülsüm Bayramova, dernek yönetim kurulu üyesi",
        },
        "fact_box": None,
        "topics": ["festivals", "culture"],
        "region": "KZ-31",
        "translations": {
            "kk": {
                "title": "Таразда Хыдыреллез мерекесі: Ахыска түріктері көктемді от үстінен секіріп қарсы алды",
                "lead": "Жамбыл облысының орталығы Таразда Ахыска түріктері көктемнің келуін білдіретін Хыдыреллез мерекесін қалалық саябақта өткен мерекелік шарамен атап өтті. Оған түрлі ұлт өкілдерінен жүздеген қонақ қатысты.",
                "body": [
                    "Хыдыреллез Қыдыр мен Ілияс жер бетінде кездеседі деп есептелетін 6 мамырда тойланады және молшылық пен саулықтың нышаны саналады. Таразда да мереке осы дәстүр бойынша таңертең ерте басталды: отбасылар саябаққа себеттерін алып келіп, көк шөптің үстіне дастарқан жайды.",
                    "Күннің ең қызықты сәті кешке қарай жағылған оттың үстінен секіру болды. Жастар тілектерін қағазға жазып, раушан бұтасының бұтақтарына байлады, ал қыздар тақпақ айтып, «ниет тарту» деп аталатын көне ойынды жаңғыртты.",
                    "Мерекеге қазақ, орыс, корей және неміс мәдени орталықтарының өкілдері де келді. Ахыска түріктері қоғамы дайындаған долма, пахлава және айран қосылған сорпа қонақтарға ұсынылды, ал мереке түн ортасына дейін халық билерімен жалғасты.",
                ],
                "quote": {
                    "text": "Хыдыреллез біз үшін көктемнің, үміттің және бірліктің мерекесі. Бұл қуанышты көршілерімізбен бөлісу бізді қатты қуантады.",
                    "attribution": "Гүлсүм Байрамова, қоғам басқармасының мүшесі",
                },
            },
            "ru": {
                "title": "Хыдыреллез в Таразе: турки-ахыска встретили весну прыжками через костёр",
                "lead": "В Таразе, центре Жамбылской области, турки-ахыска отметили Хыдыреллез — праздник прихода весны — большим гулянием в городском парке. На праздник пришли и сотни гостей разных национальностей.",
                "body": [
                    "Хыдыреллез отмечают 6 мая: считается, что в этот день на земле встречаются Хызыр и Ильяс, а сам праздник символизирует изобилие и здоровье. В Таразе, следуя традиции, гулянье началось рано утром: семьи приходили в парк с корзинами и накрывали столы прямо на траве.",
                    "Самым ярким моментом дня стали прыжки через костёр, который разожгли ближе к вечеру. Молодёжь писала желания на бумажках и привязывала их к веткам розового куста, а девушки под частушки-мани возродили старинную игру-гадание «нийет чекме».",
                    "На праздник пришли представители казахского, русского, корейского и немецкого культурных центров. Гостей угощали долмой, пахлавой и супом на айране, приготовленными обществом турок-ахыска, а гулянье с народными танцами продолжалось до поздней ночи.",
                ],
                "quote": {
                    "text": "Хыдыреллез для нас — праздник весны, надежды и единства. Мы очень рады разделить его с соседями.",
                    "attribution": "Гульсум Байрамова, член правления общества",
                },
            },
        },
    },
    {
        "key": "nevruz-shymkent",
        "title": "Şımkent'te Nevruz: Ahıska Türkleri Dostluk Evi'nde bahar sofrası kurdu",
        "lead": "Şımkent'teki Dostluk Evi'nde düzenlenen Nevruz kutlamasında Ahıska Türkleri, şehrin diğer topluluklarıyla birlikte baharı karşıladı. Etkinlikte geleneksel yemekler, halk oyunları ve şiirler yer aldı.",
        "body": [
            "Kazakistan'da Nauryz adıyla kutlanan bayram, Ahıska Türkleri için de yeni yılın ve doğanın uyanışının simgesi. Dostluk Evi'nin bahçesine kurulan Kazak otağının çevresinde her topluluk kendi sofrasını hazırladı.",
            "Ahıska Türklerinin sofrasında semeni, pilav ve ev yapımı baklava dikkat çekti. Derneğin yaşlı kadınları gençlere semeninin nasıl hazırlandığını anlattı; buğdayın günlerce filizlendirilmesi gerektiğini öğrenen misafirler şaşkınlıklarını gizleyemedi.",
            "Kutlamanın sonunda Kazak ve Ahıska Türk gençleri birlikte halk oyunları oynadı. Dostluk Evi yöneticileri, farklı toplulukların bayramlarını birlikte kutlama geleneğinin her yıl sürdürüleceğini söyledi.",
        ],
        "quote": {
            "text": "Nevruz paylaşmanın bayramıdır. Bugün bu bahçede on ayrı halkın ekmeği vardı ama hepimiz aynı sevinci yaşadık.",
            "attribution": "İslam Kurbanov, Şımkent Ahıska Türkleri Derneği başkanı",
        },
        "fact_box": None,
        "topics": ["festivals", "assembly"],
        "region": "KZ-79",
    },
    {
        "key": "ahiska-newspaper-readers-meeting",
        "title": "Ahıska gazetesi okurlarıyla buluştu: üç dilde yayın, tek bir topluluk",
        "lead": "Türkçe, Rusça ve Kazakça yayımlanan Ahıska gazetesi, Almatı'da okurlarıyla bir araya geldi. Buluşmada gazetenin içeriği, genç okurlara ulaşmanın yolları ve topluluğun hafızasını koruma çalışmaları konuşuldu.",
        "body": [
            "Toplantıya Almatı ve çevre ilçelerden gelen yüzü aşkın okur katıldı. Yaşlı okurlar gazeteyi ana dillerini canlı tutmanın bir yolu olarak gördüklerini anlatırken gençler, haberlerin sosyal medyada daha kısa ve görsel biçimde paylaşılmasını istedi.",
            "Yazı işleri ekibi, önümüzdeki aylarda köylerden ve kasabalardan gelen okur mektuplarına daha fazla yer vereceğini açıkladı. Ayrıca topluluğun büyüklerinin hatıralarının kaydedileceği yeni bir köşe açılacağı duyuruldu.",
            "Buluşmanın sonunda okurlar, gazeteye yazmak isteyen gençler için kısa bir atölye düzenlenmesini önerdi. Yazı işleri ekibi öneriyi memnuniyetle karşıladı ve ilk atölyenin yaz tatilinde yapılacağını bildirdi.",
        ],
        "quote": {
            "text": "Gazete, uzak köylerdeki akrabalarımızla aramızdaki köprüdür. Her sayıda tanıdık bir isim görmek insana iyi geliyor.",
            "attribution": "Zarifa Hasanova, okur",
        },
        "fact_box": None,
        "topics": ["media", "language"],
        "region": "KZ-75",
        "translations": {
            "kk": {
                "title": "«Ахыска» газеті оқырмандарымен кездесті: үш тілде шығатын басылым, бір қауымдастық",
                "lead": "Түрік, орыс және қазақ тілдерінде шығатын «Ахыска» газеті Алматыда оқырмандарымен кездесу өткізді. Кездесуде газеттің мазмұны, жас оқырмандарға жету жолдары және қауымдастықтың тарихи жадын сақтау жұмысы талқыланды.",
                "body": [
                    "Кездесуге Алматыдан және маңайдағы аудандардан жүзден астам оқырман келді. Егде оқырмандар газетті ана тілін сақтаудың бір жолы деп санайтынын айтса, жастар жаңалықтарды әлеуметтік желілерде қысқа әрі көрнекі түрде жариялауды сұрады.",
                    "Редакция алдағы айларда ауылдар мен шағын қалалардан келетін оқырман хаттарына көбірек орын беретінін хабарлады. Сондай-ақ қауымдастық ақсақалдарының естеліктері жазылатын жаңа айдар ашылатыны мәлім болды.",
                    "Кездесу соңында оқырмандар газетке жазғысы келетін жастарға қысқа шеберлік сабағын өткізуді ұсынды. Редакция бұл ұсынысты қуана қабылдап, алғашқы сабақ жазғы демалыста өтетінін айтты.",
                ],
                "quote": {
                    "text": "Газет — алыс ауылдардағы туыстарымыз бен біздің арамыздағы көпір. Әр санынан таныс есім көру адамның көңілін көтереді.",
                    "attribution": "Зарифа Гасанова, оқырман",
                },
            },
            "ru": {
                "title": "Газета «Ахыска» встретилась с читателями: три языка — одна община",
                "lead": "Газета «Ахыска», выходящая на турецком, русском и казахском языках, провела в Алматы встречу с читателями. Говорили о содержании газеты, о том, как привлечь молодых читателей, и о сохранении памяти общины.",
                "body": [
                    "На встречу пришли более ста читателей из Алматы и окрестных районов. Старшие читатели рассказывали, что видят в газете способ сохранить родной язык, а молодёжь просила публиковать новости в соцсетях в более коротком и наглядном виде.",
                    "Редакция объявила, что в ближайшие месяцы будет уделять больше места письмам читателей из сёл и небольших городов. Кроме того, появится новая рубрика с воспоминаниями старейшин общины.",
                    "В конце встречи читатели предложили провести короткий мастер-класс для молодёжи, которая хочет писать в газету. Редакция с радостью приняла предложение и сообщила, что первое занятие пройдёт во время летних каникул.",
                ],
                "quote": {
                    "text": "Газета — это мост между нами и родственниками в далёких сёлах. Увидеть в каждом номере знакомое имя — большая радость.",
                    "attribution": "Зарифа Гасанова, читательница",
                },
            },
        },
    },
    {
        "key": "sunday-school-turkistan",
        "title": "Türkistan'da pazar okulu: çocuklar Türkçeyi masallar ve türkülerle öğreniyor",
        "lead": "Türkistan'daki Ahıska Türkleri Derneği'nin pazar okulunda yeni eğitim yılı başladı. Bu yıl okula 6 ile 14 yaş arasında yetmişten fazla çocuk kaydoldu.",
        "body": [
            "Dersler her pazar sabahı derneğin kiraladığı bir okul binasında yapılıyor. Çocuklar yaşlarına ve dil seviyelerine göre dört sınıfa ayrılmış durumda; öğretmenlerin tamamı gönüllü olarak çalışıyor.",
            "Derslerde ders kitaplarının yanı sıra masallar, bilmeceler ve türküler kullanılıyor. Küçük öğrenciler her hafta yeni bir mâni ezberlerken büyükler kısa kompozisyonlar yazıp sınıfta sesli okuyor. Büyük sınıfın panosunda Yunus Emre'nin “İlim ilim bilmektir, ilim kendin bilmektir” dizesi asılı.",
            "Öğretmenler, evde Türkçe konuşulan ailelerin çocuklarının bile yazı dilinde zorlandığını söylüyor. Bu nedenle okuma ve yazma çalışmalarına özel önem veriliyor; yıl sonunda öğrenciler kendi hazırladıkları bir okul gazetesini yayımlayacak.",
        ],
        "quote": {
            "text": "Çocuklar ninelerinin söylediği türküyü sınıfta duyunca gözleri parlıyor. Dil böyle, sevgiyle yaşatılır.",
            "attribution": "Elvira Yusupova, pazar okulu öğretmeni",
        },
        "fact_box": {
            "title": "Pazar okulu hakkında",
            "items": [
                "Dersler: her pazar 10.00–13.00",
                "Yaş grubu: 6–14",
                "Sınıflar: dört seviye",
                "Kayıt: ücretsiz, yıl boyunca açık",
            ],
        },
        "topics": ["education", "language"],
        "region": "KZ-61",
    },
    {
        "key": "fact-checking-training-esik",
        "title": "Gazeteciler kulübünden doğrulama eğitimi: sahte haberi yayımlamadan önce yakalamak",
        "lead": "Etnik basın gazeteciler kulübü, Almatı bölgesindeki Esik kasabasında iki günlük bir haber doğrulama eğitimi düzenledi. Eğitime Türkçe, Korece, Uygurca ve Kürtçe yayın yapan gazetelerden yirmi beş muhabir katıldı.",
        "body": [
            "Eğitmenler, sosyal medyada hızla yayılan yanlış bilgilerin nasıl ortaya çıktığını gerçek örneklerle anlattı. Katılımcılar, yeni olaylarmış gibi paylaşılan eski fotoğrafları ve bağlamından koparılmış alıntıları tanımayı öğrendi.",
            "İkinci gün muhabirler küçük gruplar hâlinde çalıştı. Gruplardan biri, ırmak taşkını diye paylaşılan bir videonun aslında yıllar önce başka bir ülkede çekildiğini tersine görsel arama yöntemiyle ortaya çıkardı.",
            "Eğitimin sonunda katılımcılar, yayından önce her haberi kontrol etmek için ortak bir liste hazırladı. Kulüp, eğitim materyallerini Türkçe, Kazakça ve Rusça olarak üye gazetelere gönderecek.",
        ],
        "quote": None,
        "fact_box": {
            "title": "Paylaşmadan önce sor",
            "items": [
                "Haberin ilk kaynağı kim?",
                "Fotoğraf ne zaman ve nerede çekildi?",
                "Alıntı tam mı, doğru kişiye mi ait?",
                "Bunu başka bağımsız bir kaynak doğruluyor mu?",
            ],
        },
        "topics": ["journalists-club", "media"],
        "region": "KZ-19",
        "translations": {
            "kk": {
                "title": "Журналистер клубы ақпарат тексеруді үйретті: жалған жаңалықты жарияламай тұрып ұстау",
                "lead": "Этникалық баспасөз журналистер клубы Алматы облысының Есік қаласында ақпаратты тексеру бойынша екі күндік оқу өткізді. Оған түрік, корей, ұйғыр және күрд тілдеріндегі газеттердің жиырма бес тілшісі қатысты.",
                "body": [
                    "Жаттықтырушылар әлеуметтік желілерде тез таралатын жалған ақпараттың қалай пайда болатынын нақты мысалдармен түсіндірді. Қатысушылар жаңа оқиға ретінде таратылған ескі суреттерді және мәнмәтінінен жұлып алынған дәйексөздерді ажыратуды үйренді.",
                    "Екінші күні тілшілер шағын топтарда жұмыс істеді. Топтардың бірі өзен тасқыны деп таралған бейнежазбаның шын мәнінде бірнеше жыл бұрын басқа елде түсірілгенін кері сурет іздеу әдісімен анықтады.",
                    "Оқу соңында қатысушылар әрбір жаңалықты жарияламас бұрын тексеруге арналған ортақ тізім жасады. Клуб оқу материалдарын түрік, қазақ және орыс тілдерінде мүше газеттерге жібереді.",
                ],
                "fact_box": {
                    "title": "Бөліспес бұрын сұраңыз",
                    "items": [
                        "Жаңалықтың алғашқы дереккөзі кім?",
                        "Сурет қашан және қай жерде түсірілген?",
                        "Дәйексөз толық па, дұрыс адамға тиесілі ме?",
                        "Мұны басқа тәуелсіз дереккөз растай ма?",
                    ],
                },
            },
            "ru": {
                "title": "Клуб журналистов учил проверке фактов: как поймать фейк до публикации",
                "lead": "Клуб журналистов этнической прессы провёл в городе Есик Алматинской области двухдневное обучение проверке информации. В нём участвовали двадцать пять корреспондентов газет, выходящих на турецком, корейском, уйгурском и курдском языках.",
                "body": [
                    "Тренеры на реальных примерах объяснили, как возникает ложная информация, которая быстро расходится по социальным сетям. Участники учились распознавать старые фотографии, выдаваемые за снимки новых событий, и цитаты, вырванные из контекста.",
                    "На второй день корреспонденты работали в небольших группах. Одна из групп с помощью обратного поиска по изображению установила, что видео, распространявшееся как съёмка разлива реки, на самом деле было снято несколько лет назад в другой стране.",
                    "В завершение участники составили общий список для проверки каждой новости перед публикацией. Клуб разошлёт учебные материалы газетам-участницам на турецком, казахском и русском языках.",
                ],
                "fact_box": {
                    "title": "Спросите, прежде чем поделиться",
                    "items": [
                        "Кто первоисточник новости?",
                        "Когда и где сделан снимок?",
                        "Цитата приведена полностью и принадлежит тому, кому её приписывают?",
                        "Подтверждает ли это другой, независимый источник?",
                    ],
                },
            },
        },
    },
    {
        "key": "young-journalists-contest-kyzylorda",
        "title": "Genç gazeteciler yarışmasında Kızılordalı liseli kız birinci oldu",
        "lead": "Etnik basının genç gazeteciler yarışmasında Türkçe haber kategorisinin birincisi, Kızılorda'dan on altı yaşındaki Ayşe Mamedova oldu. Ödül, Almatı'da düzenlenen bir törenle sahibine verildi.",
        "body": [
            "Yarışmaya Kazakistan'ın dört bir yanından 14–18 yaş arası gençler, dokuz dilde yazılmış yüz yirmiyi aşkın çalışmayla katıldı. Deneyimli editörlerden oluşan jüri, haberlerin doğruluğunu, kurgusunu ve dilini değerlendirdi.",
            "Ayşe, haberinde Kızılorda yakınlarındaki bir köyde Sırderya ırmağının kıyısında pirinç yetiştiren Ahıska Türk ailelerini anlattı. Aylarca süren çalışması boyunca çiftçilerle, öğretmenlerle ve köyün en yaşlı sakinleriyle konuştu.",
            "Jüri, haberin sade ve sıcak bir dille yazıldığını, okuru köyün gündelik hayatına davet ettiğini belirtti. Dereceye girenler diplomalarını aldı ve Almatı'daki yaz gazetecilik okuluna davet edildi; kazanan haberler etnik basın gazetelerinde yayımlanacak.",
        ],
        "quote": {
            "text": "Köydeki insanların hikâyesini anlatmak istedim, çünkü onları benden başka yazan yoktu.",
            "attribution": "Ayşe Mamedova, yarışma birincisi",
        },
        "fact_box": None,
        "topics": ["youth", "media"],
        "region": "KZ-43",
    },
    {
        "key": "yildiz-folk-dance-taldykorgan",
        "title": "Taldıkorgan'da Ahıska halk dansları topluluğu “Yıldız” yeni dansçılarıyla sahnede",
        "lead": "Taldıkorgan'daki Ahıska Türkleri halk dansları topluluğu “Yıldız”, yeni katılan genç dansçılarla hazırladığı programı Dostluk Evi'nde sergiledi. Gösteride Ahıska düğünlerinden tanıdık oyunlar yeni bir koreografiyle yorumlandı.",
        "body": [
            "Topluluğun otuz dansçısı arasında sekiz yaşındaki çocuklardan emekli öğretmenlere kadar her yaştan insan var. Bu yıl gruba on iki genç katıldı; provalar haftada üç akşam yapılıyor.",
            "Kostümleri topluluğun anneleri ve nineleri, eski fotoğraflardaki düğün kıyafetlerini örnek alarak dikti. Kızların başlıklarındaki ve yeleklerindeki işlemeler uzun kış akşamlarında elde işlendi.",
            "Gösteriyi izleyenler arasında Kazak, Uygur ve Kore kültür merkezlerinin dansçıları da vardı. Programın sonunda topluluklar birbirlerine birer dans öğreterek ortak bir final yaptı.",
        ],
        "quote": {
            "text": "Bu oyunları düğünlerde büyüklerimizden gördük. Şimdi sahneye taşıyoruz ki çocuklarımız da unutmasın.",
            "attribution": "Şahin Aslanov, topluluğun koreografı",
        },
        "fact_box": None,
        "topics": ["culture", "youth"],
        "region": "KZ-33",
    },
    {
        "key": "family-sports-day-kaskelen",
        "title": "Kaskelen'de aile spor şenliği: güreşten halat çekmeye dolu dolu bir gün",
        "lead": "Ahıska Türkleri Derneği'nin Almatı bölgesi şubesi, Kaskelen'de aile spor şenliği düzenledi. Üç kuşaktan oluşan aile takımları güreş, futbol ve halat çekme yarışmalarında kıyasıya mücadele etti.",
        "body": [
            "Şenliğe Kaskelen ve çevre köylerden yaklaşık dört yüz kişi katıldı. Açılışta bütün katılımcılar birlikte ısınma hareketleri yaptı; en yaşlı katılımcı seksen bir yaşındaki Yusuf dede oldu.",
            "Günün en çok ilgi gören yarışması güreş oldu. Ahıska güreşçilerinin yanı sıra Kazak küreş sporcuları da gösteri maçları yaptı ve seyirciler iki güreş geleneğini yan yana izleme fırsatı buldu. Çocuklar için ise çuval yarışı ve kaşıkta yumurta taşıma oyunları düzenlendi.",
            "Genel klasmanda birinciliği on bir kişilik takımıyla Kurbanov ailesi kazandı. Gün, ılık bir yaz akşamında hep birlikte yenen pilav ve çay sohbetiyle sona erdi.",
        ],
        "quote": None,
        "fact_box": {
            "title": "Şenliğin yarışmaları",
            "items": [
                "Güreş (yetişkinler ve gençler)",
                "Aile futbolu",
                "Halat çekme",
                "Çuval yarışı (çocuklar)",
            ],
        },
        "topics": ["sport"],
        "region": "KZ-19",
    },
    {
        "key": "charity-fair-aktau",
        "title": "Aktau'da hayır kermesi: toplanan gelirle çocuklara kışlık giysi alındı",
        "lead": "Mangıstav bölgesindeki Ahıska Türkleri, Aktau'da düzenledikleri hayır kermesinde kalabalık ailelerin çocukları için yardım topladı. Kermeste ev yapımı yemekler, tatlılar ve el işleri satıldı.",
        "body": [
            "Derneğin kadın kolu kermes için bir hafta boyunca baklava, börek ve kurabiye hazırladı. Gençler ise tezgâhları kurup satışa yardım etti; bazıları yüz boyama köşesinde çocukları eğlendirdi.",
            "Kermese yalnızca topluluk üyeleri değil, şehrin farklı halklarından pek çok aile de geldi. Kazak ve Rus misafirler özellikle Ahıska mantısına ve el örgüsü yün çoraplara büyük ilgi gösterdi.",
            "Toplanan gelirle otuz beş çocuğa mont, bot ve okul çantası alındı. Hediyeler, derneğin gönüllüleri tarafından yeni yıldan önce ailelere elden teslim edildi.",
        ],
        "quote": {
            "text": "İyilik paylaştıkça çoğalır. Bu kermesin asıl kazancı, bir araya gelen gönüllerdir.",
            "attribution": "Nazire Efendiyeva, derneğin kadın kolu başkanı",
        },
        "fact_box": None,
        "topics": ["culture", "youth"],
        "region": "KZ-47",
    },
    {
        "key": "ethnic-press-meeting-astana",
        "title": "Astana'daki Dostluk Evi'nde etnik basın buluşması: gazeteler ortak takvimde anlaştı",
        "lead": "Kazakistan Halkı Asamblesi'nin ev sahipliğinde Astana'da yapılan toplantıda etnik basının temsilcileri bir yıllık ortak çalışma planını konuştu. Türkçe yayın yapan basın da toplantıda temsil edildi.",
        "body": [
            "Toplantıya on bir dilde yayın yapan otuzdan fazla gazete ve derginin editörleri katıldı. Her yayın organı, geçen yıl okurlarına ulaşmak için yaptığı çalışmaları kısaca anlattı.",
            "Editörler, bayram ve festival haberlerini birbirleriyle paylaşmak için ortak bir takvim hazırlama kararı aldı. Böylece örneğin bir Alman kültür günü haberi Türkçe, bir Hıdrellez haberi de Korece ya da Lehçe okurlara ulaşabilecek.",
            "Toplantıda ayrıca genç muhabirler için ortak bir eğitim programı ve gazeteler arasındaki iletişimi kolaylaştıracak çevrim içi bir çalışma grubu ele alındı. İlk ortak eğitimin sonbaharda yapılması planlanıyor.",
        ],
        "quote": {
            "text": "Her gazete kendi dilinde yazıyor ama hepimiz aynı ülkenin hikâyesini anlatıyoruz.",
            "attribution": "Rauf Hasanov, editör",
        },
        "fact_box": None,
        "topics": ["assembly", "media"],
        "region": "KZ-71",
    },
    {
        "key": "photojournalism-workshop-zhezkazgan",
        "title": "Jezkazgan'da foto muhabirliği atölyesi: bir günü beş karede anlatmak",
        "lead": "Gazeteciler kulübü, Ulıtav bölgesinin merkezi Jezkazgan'da yerel muhabirler ve üniversite öğrencileri için üç günlük bir foto muhabirliği atölyesi düzenledi. Katılımcılar şehrin farklı köşelerinde çektikleri fotoğraflarla birer foto hikâye hazırladı.",
        "body": [
            "Atölyenin ilk günü kompozisyon, ışık ve anı yakalama üzerine derslerle geçti. Eğitmen, insanların fotoğrafını çekmeden önce izin almanın ve fotoğraf altı yazısını doğru yazmanın önemini vurguladı.",
            "Sonraki iki gün katılımcılar çarşıda, tren garında ve madencilerin kültür evinde çekim yaptı. Her biri, seçtiği bir kişinin gününü beş fotoğrafla anlatan bir seri hazırladı; fırıncı, otobüs şoförü, kütüphaneci ve bir müzik öğretmeni bu hikâyelerin kahramanları oldu.",
            "Atölyenin sonunda en iyi seriler, şehrin Dostluk Evi'nde açılan küçük bir sergide izleyiciyle buluştu. Kulüp, benzer atölyeleri başka bölgelerde de düzenlemeyi planlıyor.",
        ],
        "quote": None,
        "fact_box": None,
        "topics": ["journalists-club", "media"],
        "region": "KZ-62",
    },
    {
        "key": "oral-history-tulkibas",
        "title": "Tülkibas'ta sözlü tarih projesi: gençler dedelerinin ve ninelerinin hatıralarını kaydediyor",
        "lead": "Türkistan bölgesinin Tülkibas ilçesinde Ahıska Türk gençleri, topluluğun en yaşlı üyelerinin hatıralarını kayda alan bir sözlü tarih projesi başlattı. Toplanan anlatılar gelecek yıl bir kitap ve sesli arşiv olarak yayımlanacak.",
        "body": [
            "Projeye on beş lise ve üniversite öğrencisi katılıyor. Gençler önce gazeteciler kulübünün bir eğitmeninden röportaj tekniklerini ve ses kaydı yapmayı öğrendi, ardından köy köy dolaşarak yaşlılarla görüşmeye başladı.",
            "Kaydedilen hatıralar, 1944 sürgününden sonra Orta Asya'ya gelen ailelerin yeni bir hayat kurma çabasını, düğün ve bayram geleneklerini, Kazak komşularla kurulan dostlukları anlatıyor. Anlatıcılar, zor yıllarda yanlarında olan komşularının adlarını tek tek hatırlıyor.",
            "Yaşlılar genç muhabirleri sıcak karşılıyor; pek çoğu, anlattıklarının ilk kez bu kadar dikkatle dinlendiğini söylüyor. Öğrenciler her görüşmeden sonra anlatıcıya kaydın bir kopyasını hediye ediyor.",
            "Proje, bölgedeki Dostluk Evi'nin ve Ahıska Türkleri Derneği'nin desteğiyle yürütülüyor. Kayıtlardan seçilen bölümler yerel basında da yayımlanacak.",
        ],
        "quote": {
            "text": "Ninem anlatırken hem ağladı hem güldü. O gün, tarih kitaplarında olmayan bir tarihi dinlediğimi anladım.",
            "attribution": "Aslı Kurbanova, 19, proje katılımcısı",
        },
        "fact_box": None,
        "topics": ["history", "youth"],
        "region": "KZ-61",
    },
]
