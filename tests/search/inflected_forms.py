"""Real inflected forms of news words in the languages search strips suffixes from (and Turkish,
which Snowball stems): case, number and possession, with the sound changes the languages make.

One line per word: the base form, then its forms. Read by tests/search/test_inflection.py. KNOWN_MISSES
are forms the analysers do not bring to their base yet, with the reason; the test fails when one of
them starts to meet its base (so the list stays true) or when any other form misses.
"""

TABLES = {
    # Kazakh
    "kk": """
газет: газеттер газеттің газетке газетте газеттен газетті газеттерде газеттеріміз газетіміз
мектеп: мектепке мектепте мектептен мектептің мектептер мектептерде мектебі мектебіне мектебімізде
журналист: журналистер журналистің журналиске журналистерге журналистерді журналистермен журналистеріміз
қала: қалада қаланың қалаға қаладан қаланы қалалар қалаларда қаламыз қаласы
ауыл: ауылда ауылдың ауылға ауылдан ауылдар ауылдарда ауылымыз ауылы
мереке: мерекеде мерекенің мерекеге мерекеден мерекелер мерекесі мерекесіне
оқушы: оқушылар оқушының оқушыға оқушыдан оқушыларға оқушыларды оқушылармен
кітап: кітаптар кітаптың кітапқа кітапта кітаптан кітабы кітабын кітаптары
мәдениет: мәдениеттің мәдениетке мәдениетте мәдениеттен мәдениеті мәдениетін
ұлт: ұлттар ұлттың ұлтқа ұлттан ұлттарды ұлттардың
тіл: тілдер тілдің тілге тілде тілден тілді тілін тілімізді
орталық: орталықта орталықтың орталыққа орталықтан орталықтар орталықтары
көрме: көрмеде көрменің көрмеге көрмеден көрмелер көрмесі
қазақ: қазақтар қазақтың қазаққа қазақтан қазақтарға
""",
    # Tatar
    "tt": """
газета: газеталар газетаның газетага газетада газетадан газетаны газеталарда газетабыз
мәктәп: мәктәпләр мәктәпнең мәктәпкә мәктәптә мәктәптән мәктәпне мәктәпләрдә мәктәбе мәктәбендә
шәһәр: шәһәрдә шәһәрнең шәһәргә шәһәрдән шәһәрләр шәһәребез шәһәре
авыл: авылда авылның авылга авылдан авыллар авылларда авылыбыз авылы
бәйрәм: бәйрәмдә бәйрәмнең бәйрәмгә бәйрәмнән бәйрәмнәр бәйрәме бәйрәменә
китап: китаплар китапның китапка китапта китаптан китабы китабын китапларны
тел: телләр телнең телгә телдә телдән телне теле телебез
журналист: журналистлар журналистның журналистка журналистларга журналистлардан
укучы: укучылар укучының укучыга укучыдан укучыларга укучыларны
халык: халыкның халыкка халыктан халыклар халкы халкыбыз
театр: театрда театрның театрга театрдан театрлар театры
музей: музейда музейның музейга музейдан музейлар музее
яшь: яшьләр яшьләрнең яшьләргә яшьләрдән яшьләрне
концерт: концертта концертның концертка концерттан концертлар концерты
җыр: җырлар җырның җырга җырда җырдан җырны
""",
    # Uyghur
    "ug": """
гезит: гезитләр гезитниң гезиткә гезиттә гезиттин гезитни гезитләрдә гезитимиз
мәктәп: мәктәпләр мәктәпниң мәктәпкә мәктәптә мәктәптин мәктәпни мәктәплиримиз мәктиви
шәһәр: шәһәрдә шәһәрниң шәһәргә шәһәрдин шәһәрләр шәһиримиз шәһири
мәдәнийәт: мәдәнийәтниң мәдәнийәткә мәдәнийәттә мәдәнийәттин мәдәнийити
җамаәт: җамаәтниң җамаәткә җамаәттә җамаәттин җамаәтләр
китап: китаплар китапниң китапқа китапта китаптин китави китавини
тил: тилләр тилниң тилгә тилдә тилдин тилни тилимиз
мухбир: мухбирлар мухбирниң мухбирға мухбирлардин мухбирларни
оқуғучи: оқуғучилар оқуғучиниң оқуғучиға оқуғучидин оқуғучиларни
байрам: байрамда байрамниң байрамға байрамдин байрамлар байримимиз
мусапир: мусапирлар мусапирниң мусапирға мусапирлардин
театр: театрда театрниң театрға театрдин театрлар
нахша: нахшилар нахшиниң нахшиға нахшида нахшидин нахшини
йиғин: йиғинда йиғинниң йиғинға йиғиндин йиғинлар
ансамбль: ансамбльда ансамбльниң ансамбльға ансамбльдин ансамбльлар
вәтән: вәтәнниң вәтәнгә вәтәндә вәтәндин вәтинимиз вәтини
шаир: шаирлар шаирниң шаирға шаирдин шаирларни шаирларға шаирлардин
""",
    # Uzbek
    "uz": """
газета: газеталар газетанинг газетага газетада газетадан газетани газеталарда газетамиз
мактаб: мактаблар мактабнинг мактабга мактабда мактабдан мактабни мактабларда мактабимиз мактаби
шаҳар: шаҳарда шаҳарнинг шаҳарга шаҳардан шаҳарлар шаҳримиз шаҳри
қишлоқ: қишлоқда қишлоқнинг қишлоққа қишлоқдан қишлоқлар қишлоғи қишлоғимиз
байрам: байрамда байрамнинг байрамга байрамдан байрамлар байрами
китоб: китоблар китобнинг китобга китобда китобдан китоби китобини
тил: тиллар тилнинг тилга тилда тилдан тилни тилимиз
журналист: журналистлар журналистнинг журналистга журналистларга журналистлардан
ўқувчи: ўқувчилар ўқувчининг ўқувчига ўқувчидан ўқувчиларга ўқувчиларни
маданият: маданиятнинг маданиятга маданиятда маданиятдан маданияти
театр: театрда театрнинг театрга театрдан театрлар театри
музей: музейда музейнинг музейга музейдан музейлар музейи
ёшлар: ёшларнинг ёшларга ёшларда ёшлардан ёшларни
концерт: концертда концертнинг концертга концертдан концертлар концерти
ашула: ашулалар ашуланинг ашулага ашулада ашуладан ашулани
ватан: ватаннинг ватанга ватанда ватандан ватанимиз ватани
""",
    # Kurmanji
    "ku": """
rojname: rojnameyê rojnameyan rojnameya rojnameyek rojnameyên rojnameyeke rojnameyekê
ziman: zimanê zimanan zimanekî zimanên zimanek
çand: çanda çandê çandan çandên çandeke çandek
bajar: bajarê bajaran bajarekî bajarên bajarek bajêr
gund: gundê gundan gundekî gundên gundek
dibistan: dibistanê dibistanan dibistanekê dibistanên dibistanek dibistana
nivîskar: nivîskarê nivîskaran nivîskarek nivîskarên nivîskara
pirtûk: pirtûka pirtûkê pirtûkan pirtûkên pirtûkek pirtûkeke
şahî: şahiya şahiyê şahiyan şahiyek
civak: civaka civakê civakan civakên civakek
dîrok: dîroka dîrokê dîrokan dîrokek
gel: gelê gelan gelên
xwendekar: xwendekarê xwendekaran xwendekarek xwendekarên xwendekara
rêxistin: rêxistina rêxistinê rêxistinan rêxistinên rêxistinek
hunermend: hunermendê hunermendan hunermendên hunermendek hunermenda
stran: strana stranê stranan stranên stranek
welat: welatê welatan welatekî welatên welatek welêt
kovar: kovara kovarê kovaran kovarên kovarek
jin: jinê jinan jinên jinek
zarok: zarokê zarokan zarokên zarokek
""",
    # Turkish (Ahiska)
    "tr": """
gazete: gazeteler gazetenin gazeteye gazetede gazeteden gazeteyi gazetelerde gazetemiz gazetesi
okul: okullar okulun okula okulda okuldan okulu okullarda okulumuz okulları
şehir: şehirde şehrin şehre şehirden şehirler şehrimiz şehri
köy: köyde köyün köye köyden köyler köyümüz köyleri
bayram: bayramda bayramın bayrama bayramdan bayramlar bayramı bayramımız
kitap: kitaplar kitabın kitaba kitapta kitaptan kitabı kitaplarımız
dil: diller dilin dile dilde dilden dili dilimiz
gazeteci: gazeteciler gazetecinin gazeteciye gazetecilere gazetecilerden
öğrenci: öğrenciler öğrencinin öğrenciye öğrenciden öğrencilere öğrencileri
kültür: kültürün kültüre kültürde kültürden kültürü kültürümüz
tiyatro: tiyatroda tiyatronun tiyatroya tiyatrodan tiyatrolar
çocuk: çocuklar çocuğun çocuğa çocukta çocuktan çocuğu çocuklarımız
sürgün: sürgünler sürgünün sürgüne sürgünde sürgünden sürgünü
toplantı: toplantılar toplantının toplantıya toplantıda toplantıdan toplantıyı
müzik: müzikler müziğin müziğe müzikte müzikten müziği
""",
}

# Sound changes inside the stem that suffix stripping cannot undo.
VOWEL_DROPPED = "the stem loses its last vowel before a vowel suffix"
KNOWN_MISSES = {
    "tt": {"халкы": VOWEL_DROPPED, "халкыбыз": VOWEL_DROPPED, "музее": "й drops before е"},
    "ug": {"вәтини": "-ни is also the accusative (вәтин-и read as вәти-ни)"},
    "uz": {"шаҳримиз": VOWEL_DROPPED, "шаҳри": VOWEL_DROPPED, "ватани": "-ни is also the accusative"},
    "tr": {
        "köye": "Snowball strips the y of köy with the dative",
        **dict.fromkeys(["şehrin", "şehre", "şehrimiz", "şehri"], VOWEL_DROPPED),
    },
}
