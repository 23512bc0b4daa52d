"""Words that are not names or places: function words, common and symptom words, months.

Function words, common words, states and symptom words per language, months and weekdays,
and the endings of adjectives and of German nouns. Only word lists.
"""

from __future__ import annotations

from storage.redact.folding import word_keys

# Words that never start or continue a name or a place, in any of the languages.
FUNCTION = word_keys(
    # en
    """i me my mine myself you your he him his she her it its we us our they them their this
    that these those a an the and or but so if then than as of in on at to for from with
    without by about into over under after before since until up down out off again also too
    very really quite just only still even ever never not no yes yeah yep nope ok okay please
    thanks thank hi hello hey dear is am are was were be been being have has had do does did
    done will would can could may might must shall should there here what when where why how
    who which whom whose all any some each every both either neither none one two three four
    five six seven eight nine ten first last next other another such more most less least
    much many few lot lots bit little enough same own m s t re ve ll d don doesn didn isn
    aren wasn weren haven hasn hadn won wouldn couldn shouldn cannot gonna wanna like unlike
    around through during while because although though yet per via whether almost always
    sometimes often usually mostly rarely every""",
    # es
    """yo tú tu te ti mi mis me se le les lo la las los el un una unos unas y o u e pero que
    de del en con sin por para a al muy más mas menos ya no sí si también tambien aún aun
    todavía siempre nunca hace desde hasta sobre entre cuando donde como porque pues este
    esta estos estas ese esa eso esto aquí aqui allí alli ahí bien mal mucho mucha muchos
    muchas poco poca todo toda todos todas nada algo alguien nadie es soy eres son estoy está
    estamos están fue era he ha han hemos tengo tiene tenemos hola gracias buenos buenas
    su sus nos nuestro nuestra cada otro otra otros ni sino aunque""",
    # fr
    """je j moi me m te t il elle on nous vous ils elles le la les l un une des du de d au aux
    et ou mais que qu qui ne n pas plus très tres trop bien mal aussi encore toujours jamais
    déjà depuis pendant avec sans pour par sur sous dans en à chez ce cet cette ces ça ca
    mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs suis es est sommes êtes
    sont ai as avons avez ont été être avoir fait oui non merci bonjour salut tout tous toute
    toutes rien quelque peu beaucoup si ici là comme quand où parce y c s""",
    # de
    """ich mich mir du dich dir er sie es wir uns ihr ihnen man mein meine meinen meinem
    meiner meines dein deine sein seine ihre unser unsere der die das den dem des ein eine
    einen einem einer kein keine keinen und oder aber denn doch dass daß wenn weil als wie
    auch noch schon sehr so zu zum zur im in an am auf aus bei beim mit nach von vom vor seit
    über unter durch für gegen ohne um nicht nichts nie immer oft ja nein bin bist ist sind
    war waren habe hast hat haben hatte hatten wird werden kann können muss soll will hier
    da dort jetzt heute gestern ganz total völlig etwas viel viele wenig mehr bitte danke
    hallo dann sonst manchmal wieder""",
    # it
    """io mi ti ci vi si lui lei noi voi loro il lo la i gli le un uno una di da in con su per
    tra fra a al allo alla ai agli alle del dello della dei degli delle dal dalla dai nel
    nello nella nei negli nelle sul sulla e ed o ma che non più piu molto tanto poco anche
    ancora sempre mai già gia sono sei è siamo siete ho hai ha abbiamo avete hanno mio mia
    miei mie tuo tua suo sua nostro nostra questo questa quello quella qui qua lì là sì no
    bene male tutto tutti tutta niente qualcosa ciao grazie buongiorno come quando dove
    perché perche""",
    # pt
    """eu me mim você voce ele ela nós nos eles elas o a os as um uma uns umas de do da dos
    das em no na nas com sem por pelo pela para pra ao aos e ou mas que não nao sim muito
    muita mais menos também tambem ainda sempre nunca já ja sou é somos são sao estou está
    esta estamos estão tenho tem temos tive meu minha meus minhas seu sua este isso isto
    esse essa aqui ali lá bem mal tudo nada algo olá ola oi obrigada obrigado quando onde
    como porque""",
    # nl
    """ik mij me mijn jij je jou jouw u uw hij zij ze het wij we ons onze jullie hun de een en
    of maar dat die dit deze van in op aan met voor naar bij uit over onder door tot sinds
    zonder om te niet geen wel ook nog al heel erg zeer zo altijd nooit vaak ben bent is zijn
    was waren heb hebt heeft hebben had kan moet wil ja nee hier daar nu vandaag hallo dank
    bedankt soms weer""",
    # pl
    """ja mnie mi mną ty cię ci on ona ono my nas nam wy oni one mój moja moje mojej mojego
    moim jest są był była było jestem jesteś mam masz ma mamy i a oraz albo lub ale że czy
    nie tak w we z ze na do od o po przy za pod nad przez dla bez u to ten ta te tego tej
    bardzo już jeszcze też także zawsze nigdy często tu tutaj tam teraz dziś dzisiaj wczoraj
    się co jak gdzie kiedy dzień dobry cześć dziękuję proszę czasem""",
    # ru
    """я меня мне мной ты тебя тебе он она оно мы нас нам вы вас они их мой моя моё мое мои
    моих это этот эта эти тот та те и а но или что чтобы как когда где не нет да в во на с со
    из к ко по о об от до за под над при у для без уже ещё еще тоже также очень всегда
    никогда часто здесь тут там сейчас сегодня вчера был была было были есть буду привет
    здравствуйте спасибо иногда""",
    # uk
    """я мене мені мною ти тебе він вона воно ми нас нам ви вас вони їх мій моя моє мої це
    цей ця ці той та ті і й а але або що щоб як коли де не ні так в у на з із зі до від за
    під над при для без вже ще теж також дуже завжди ніколи часто тут там зараз сьогодні
    вчора був була було були є маю привіт вітаю дякую іноді""",
    # tr
    """ben beni bana benim sen seni sana o onu ona biz bizi siz onlar bu şu bir ve veya ya
    da de ama fakat çünkü ile için gibi kadar daha çok en hiç her hep bazen artık hâlâ hala
    şimdi bugün dün evet hayır var yok değil mi mı mu mü merhaba selam teşekkürler""",
    # ar
    """أنا انا أنت انت هو هي نحن هم في من إلى الى على عن مع و أو او لكن ثم لا لم لن ما
    هذا هذه ذلك تلك كل بعض جدا أيضا ايضا دائما أحيانا الآن اليوم أمس نعم كلا مرحبا شكرا
    عندي لدي لي كان كانت""",
)

# Common words, states and symptom words that follow "I'm"-style phrases or prepositions and
# are not names or places, per language (the last group: words used in several languages).
_COMMON = word_keys(
    # en
    """pain pains painful hurt hurts hurting ache aches aching sore burn burns burning burned
    burnt tingle tingles tingling numb numbness pins needles itch itchy itching dry dryness
    eyes eye mouth skin feet foot hands hand legs leg arms arm toes toe fingers finger knees
    knee joints joint muscles muscle back neck head headache headaches face lips tongue
    throat chest stomach body night nights day days morning mornings evening evenings week
    weeks month months year years time times hour hours minutes tired exhausted fatigue
    fatigued sick ill unwell poorly weak dizzy faint nauseous worried anxious scared afraid
    frightened sad depressed low lonely alone stressed frustrated desperate confused lost
    sorry fine good bad better worse well awful terrible horrible miserable great happy glad
    grateful thankful fed ready sure unsure new old young older elderly retired married
    single divorced widowed widow pregnant diabetic allergic disabled deaf blind vegan awake
    asleep hot cold cool warm freezing doctor doctors gp nurse neurologist rheumatologist
    specialist consultant hospital clinic appointment test tests results medication medicine
    meds pills tablets drug drugs dose treatment therapy diagnosis diagnosed symptoms symptom
    disease syndrome condition lupus arthritis neuropathy fibromyalgia diabetes thyroid
    steroids vitamin mother mum mom father dad wife husband daughter son sister brother
    grandmother grandma granny nan grandfather grandpa friend partner carer teacher patient
    woman man lady person people british english scottish welsh irish american canadian
    australian german french spanish italian portuguese brazilian dutch belgian polish
    russian ukrainian turkish arab arabic egyptian saudi moroccan muslim christian catholic
    jewish european african asian indian pakistani chinese mexican home work bed outside
    inside now today tonight yesterday tomorrow everything nothing something anything
    everyone someone anyone nobody somebody everybody life same type stage level telegram
    whatsapp email mail phone number bot app google facebook instagram god jesus constant
    constantly chronic severe mild moderate sharp stabbing shooting electric crawling
    cramp cramps swelling swollen stiff stiffness weakness unable able housebound wheelchair
    feel feels felt get gets got take takes took need needs want wants know think see saw go
    went come came sleep slept wake woke walk stand sit live lives lived work works worked
    try tried use used keep kept start started stop stopped say said tell told ask asked
    help worry hope wish fear afraid mostly always also really definitely probably maybe
    literally actually honestly currently recently mainly especially particularly terribly
    extremely completely totally pretty kind sort little bit whole half sweat heat cold
    cancer covid flu infection shingles migraine anxiety depression insomnia sjogren
    sjogrens sjögren raynaud raynauds ms ra uk us nhs icu er ward surgery answer question
    questions reply yes hospitalised hospitalized alive dying dead okay alright struggling
    coping managing""",
    # es
    """dolor dolores duele duelen ardor ardores arde arden quemazón hormigueo hormigueos
    entumecimiento entumecida entumecido adormecida adormecido picor picazón sequedad seca
    seco secos secas ojos ojo boca piel pies pie manos mano piernas pierna brazos brazo dedos
    dedo rodillas rodilla articulaciones músculos espalda cuello cabeza cara labios lengua
    garganta pecho estómago cuerpo noche noches día días mañana mañanas tarde tardes semana
    semanas mes meses año años vez veces hora horas cansada cansado agotada agotado fatiga
    enferma enfermo débil mareada mareado preocupada preocupado asustada asustado triste
    deprimida deprimido sola solo estresada desesperada confundida perdida mejor peor fatal
    regular feliz contenta contento lista segura nueva vieja mayor jubilada jubilado casada
    casado soltera soltero divorciada viuda viudo embarazada diabética diabético alérgica
    alérgico discapacitada madre padre abuela abuelo esposa esposo marido mujer hombre hija
    hijo hermana hermano amiga paciente enfermera maestra profesora médica médico doctora
    doctor neurólogo neuróloga reumatólogo reumatóloga hospital clínica cita análisis pruebas
    medicación medicamento medicamentos pastillas tratamiento diagnóstico diagnosticada
    síntomas enfermedad síndrome española español mexicana mexicano argentina argentino
    colombiana colombiano latina latino católica tenía siento siente sentir noto duermo
    dormir camino caminar trabajo trabajar vivo vive puedo puede quiero necesito estaba
    casa cama calor frío dios diabetes lupus artritis ansiedad miedo pena insomnio fuerte
    fuertes constante constantes horrible terrible cansancio quemazon""",
    # fr
    """douleur douleurs maux brûlure brûlures brûle brûlent picotements picote fourmillements
    engourdissement engourdie engourdi démangeaisons sécheresse sèche sec secs yeux œil oeil
    bouche peau pieds pied mains main jambes jambe bras doigts doigt genoux genou
    articulations muscles dos cou tête visage lèvres langue gorge poitrine ventre estomac
    corps nuit nuits jour jours matin soir semaine semaines mois an ans année années fois
    heure heures fatiguée fatigué épuisée épuisé malade faible étourdie inquiète inquiet
    angoissée anxieuse peur triste déprimée seule stressée désespérée perdue désolée mieux
    pire contente heureuse prête sûre nouvelle vieille âgée retraitée retraité mariée marié
    célibataire divorcée veuve veuf enceinte diabétique allergique handicapée mère père
    grand-mère grand-père mamie femme mari fille fils sœur soeur frère amie patiente
    infirmière professeure médecin docteur neurologue rhumatologue hôpital clinique
    rendez-vous analyses examens médicaments traitement diagnostic diagnostiquée symptômes
    maladie syndrome française français belge suisse canadienne marocaine algérienne
    tunisienne catholique musulmane avait sens sent dors dormir marche marcher travaille
    travailler vis vit peux peut veux besoin était maison lit chaud froid dieu crampes
    sjögren lupus anxiété insomnie""",
    # de
    """schmerz schmerzen schmerzt brennen brennt brennende kribbeln kribbelt taubheit taub
    taubheitsgefühl juckreiz trockenheit trocken augen auge mund haut füße fuß füßen hände
    händen beine bein beinen arme armen fingern zehen knie gelenke gelenken muskeln rücken
    nacken kopf kopfschmerzen gesicht lippen zunge hals brust bauch magen körper nacht
    nachts nächte tag tage tagen morgen morgens abend abends woche wochen monat monate
    monaten jahr jahre jahren mal stunde stunden müde erschöpft erschöpfung krank schwach
    schwindelig besorgt ängstlich angst traurig depressiv allein alleine gestresst
    verzweifelt verwirrt gut schlecht besser schlechter schlimm schlimmer froh dankbar
    fertig sicher unsicher neu alt älter rentnerin rentner pensioniert verheiratet ledig
    geschieden verwitwet witwe witwer schwanger diabetikerin diabetiker zuckerkrank
    allergisch behindert mutter vater oma opa großmutter großvater ehefrau ehemann frau mann
    tochter sohn schwester bruder freundin freund patientin krankenschwester lehrerin lehrer
    ärztin arzt doktor hausarzt hausärztin neurologe neurologin rheumatologe rheumatologin
    krankenhaus klinik praxis termin untersuchung medikamente tabletten behandlung therapie
    diagnose symptome krankheit syndrom deutsche deutscher österreicherin österreicher
    schweizerin türkin katholisch evangelisch fühle spüre schlafe schlafen laufe laufen gehe
    gehen arbeite arbeiten lebe wohne brauche ruhe rente zukunft hitze kälte wärme bett
    hause zuhause haus arbeit gott sommer winter frühling herbst wadenkrämpfe krämpfe
    fußsohlen zehenspitzen unterschenkeln beschwerden problemen sorge sorgen panik waden wade
    oberschenkel oberschenkeln unterschenkel schienbein schienbeinen hüfte hüften schulter
    schultern ellbogen ellenbogen handgelenk handgelenken sprunggelenk sprunggelenken
    knöchel knöcheln ferse fersen sohlen fußrücken handflächen fingerspitzen zehen nerven
    nerv gliedern extremitäten wirbelsäule gelenk zunge lippe kiefer ohren ohr nase
    tränen speichel blase darm atemnot schwäche lähmung krämpfen anfällen schüben kopfweh
    fieber rheuma schwindel übelkeit durchfall husten schnupfen student studentin besuch""",
    # it
    """dolore dolori brucia bruciano bruciore formicolio formicolii intorpidimento
    intorpidite prurito secchezza secca secco occhi occhio bocca pelle piedi piede mani mano
    gambe gamba braccia braccio dita dito ginocchia articolazioni muscoli schiena collo testa
    viso labbra lingua gola petto pancia stomaco corpo notte notti giorno giorni mattina sera
    settimana settimane mese mesi anno anni volta volte ora ore stanca stanco esausta esausto
    malata malato debole preoccupata preoccupato spaventata triste depressa sola stressata
    disperata confusa meglio peggio contenta felice pronta sicura nuova vecchia anziana
    pensionata pensionato sposata sposato divorziata vedova vedovo incinta diabetica
    diabetico allergica allergico disabile madre padre nonna nonno moglie marito figlia
    figlio sorella fratello amica paziente infermiera insegnante maestra medico dottore
    dottoressa neurologo neurologa reumatologo ospedale clinica visita esami farmaci
    medicine pastiglie terapia cura diagnosi sintomi malattia sindrome italiana italiano
    cattolica avevo sento sente dormo dormire cammino camminare lavoro lavorare posso voglio
    devo bisogno sto casa letto caldo freddo dio crampi ansia paura insonnia""",
    # pt
    """dor dores dói doem doi ardência ardor queimação queima formigamento formigamentos
    dormência dormente coceira secura olhos olho boca pele pés pé mãos mão pernas perna
    braços braço dedos dedo joelhos joelho articulações músculos costas pescoço cabeça rosto
    lábios língua garganta peito barriga estômago corpo noite noites dia dias manhã semana
    semanas mês meses ano anos vez vezes hora horas cansada cansado exausta exausto doente
    fraca fraco tonta preocupada assustada deprimida sozinha estressada desesperada confusa
    melhor pior feliz contente pronta segura nova velha idosa aposentada aposentado casada
    casado solteira divorciada viúva viúvo grávida diabética diabético alérgica deficiente
    mãe pai avó avô esposa marido mulher homem filha filho irmã irmão amiga enfermeira
    professora médica médico doutora doutor neurologista reumatologista consulta exames
    remédios remédio medicamentos comprimidos tratamento sintomas doença brasileira
    brasileiro portuguesa católica evangélica tinha sinto durmo ando andar trabalhar moro
    preciso estava cama calor frio deus cãibras câimbras ansiedade medo insônia
    cansaço""",
    # nl
    """pijn pijnen doet branden brandt brandend tintelen tintelingen tinteling doof
    gevoelloos jeuk droogte droog ogen oog mond huid voeten voet handen benen been armen
    vingers vinger tenen knieën gewrichten spieren rug nek hoofd hoofdpijn gezicht lippen
    tong keel borst buik maag lichaam nacht nachts dag dagen ochtend avond week weken maand
    maanden jaar jaren keer uur uren moe uitgeput ziek zwak duizelig bezorgd bang angstig
    verdrietig depressief alleen gestrest wanhopig verward goed slecht beter erger blij
    dankbaar klaar zeker onzeker nieuw oud ouder gepensioneerd getrouwd alleenstaand
    gescheiden weduwe weduwnaar zwanger diabeet suikerpatiënt allergisch gehandicapt moeder
    vader oma opa vrouw dochter zoon zus broer vriendin patiënt verpleegster verpleegkundige
    lerares leraar arts dokter huisarts neuroloog reumatoloog ziekenhuis kliniek afspraak
    onderzoek medicijnen pillen behandeling diagnose symptomen ziekte syndroom nederlandse
    nederlander belgische vlaamse katholiek voel slaap slapen loop lopen werk werken woon
    sta huis warm koud krampen angst""",
    # pl
    """ból bóle boli bolą pieczenie piecze pieką mrowienie mrowią drętwienie drętwieją
    zdrętwiałe swędzenie suchość sucho suche oczy oko usta skóra stopy stopa dłonie dłoń
    ręce ręka nogi noga ramiona palce palec kolana stawy mięśnie plecy szyja kark głowa
    twarz wargi język gardło klatka brzuch żołądek ciało noc noce nocą dni rano ranek
    wieczór wieczorem tydzień tygodnie tygodni miesiąc miesiące miesięcy rok lata lat raz
    razy godzina godziny zmęczona zmęczony wyczerpana chora chory słaba słaby zawroty
    zaniepokojona przestraszona smutna przygnębiona samotna zestresowana zdesperowana
    dobrze źle lepiej gorzej szczęśliwa wdzięczna gotowa pewna nowa stara starsza emerytka
    emeryt emerytowana mężatka żonaty zamężna rozwiedziona wdowa wdowiec ciąży cukrzyczka
    cukrzyk uczulona niepełnosprawna matka mama ojciec tata babcia dziadek żona mąż córka
    syn siostra brat przyjaciółka pacjentka pacjent pielęgniarka nauczycielka lekarka lekarz
    doktor neurolog reumatolog szpital klinika przychodnia wizyta badania leki tabletki
    leczenie diagnoza objawy choroba zespół polka polką polak polakiem katoliczka miałam
    czuję śpię spać chodzę chodzić pracuję pracować mieszkam mogę chcę muszę potrzebuję
    byłam dom domu łóżko łóżku ciepło zimno boże bóg skurcze lęk""",
    # ru
    """боль боли болит болят болею болела жжение жжёт горит горят покалывание покалывает
    онемение немеют немеет зуд сухость сухие сухо глаза глаз рот кожа ноги нога ступни стопы
    руки рука кисти пальцы колени суставы мышцы спина шея голова лицо губы язык горло грудь
    живот желудок тело ночь ночью ночи день дни днём утро утром вечер вечером неделя недели
    недель месяц месяца месяцев год года лет раз час часа часов устала устал уставшая
    измучена больна болен больная слабая слабость кружится тревожно тревожная напугана
    грустно одна одинокая отчаянии хорошо плохо лучше хуже рада благодарна готова уверена
    новая старая пожилая пенсионерка пенсионер пенсии замужем женат разведена вдова
    беременна диабетик аллергия инвалид мама мать отец папа бабушка дедушка жена муж дочь
    сын сестра брат подруга пациентка пациент медсестра учительница врач доктор невролог
    невролога ревматолог больница клиника поликлиника приём анализы лекарства таблетки
    лечение диагноз симптомы болезнь синдром шегрена русская русский украинка православная
    чувствую сплю спать хожу ходить работаю работать живу могу хочу нужно надо дома
    кровать жарко холодно бог судороги страх тревога бессонница""",
    # uk
    """біль болить болять болію печіння пече печуть горить поколювання оніміння німіють
    свербіж сухість сухі очі око рот шкіра ноги нога ступні стопи руки рука пальці коліна
    суглоби спина шия голова обличчя губи язик горло груди живіт шлунок тіло ніч вночі ночі
    день дні вдень ранок вранці вечір ввечері тиждень тижні місяць місяці рік роки років
    раз година години годин втомлена втомився виснажена хвора хворий хворію слабка слабкість
    тривожно налякана сумна самотня добре погано краще гірше рада вдячна готова впевнена
    нова стара літня пенсіонерка пенсіонер заміжня одружена розлучена вдова вагітна
    діабетик алергія інвалід мама мати батько тато бабуся дідусь дружина чоловік донька син
    сестра брат подруга пацієнтка пацієнт медсестра вчителька лікарка лікар невролог
    ревматолог лікарня клініка поліклініка прийом аналізи ліки таблетки лікування діагноз
    симптоми хвороба синдром шегрена українка українець відчуваю сплю спати ходжу ходити
    працюю працювати живу можу хочу треба вдома ліжко жарко холодно бог судоми страх
    тривога безсоння втома""",
    # tr
    """ağrı ağrım ağrıyor ağrılar acı acıyor yanma yanıyor karıncalanma karıncalanıyor
    uyuşma uyuşuyor kaşıntı kuruluk kuru gözler gözlerim göz ağız ağzım cilt deri ayaklar
    ayaklarım ayak eller ellerim el bacaklar bacaklarım bacak kollar kol parmaklar
    parmaklarım diz dizler eklemler kaslar sırt boyun baş başım yüz dudaklar dil boğaz
    göğüs karın mide vücut gece geceleri gündüz gün günler sabah sabahları akşam akşamları
    hafta haftalar ay aylar yıl yıllar sene kez kere saat saatler yorgun yorgunum bitkin
    hasta hastayım halsiz zayıf dönüyor endişeli korkuyorum üzgün yalnız stresli çaresiz
    iyi iyiyim kötü kötüyüm mutlu memnun hazır emin yeni yaşlı emekli emekliyim evli bekar
    boşanmış dul hamile şeker diyabet alerjik engelli anne baba babaanne anneanne dede eş
    kocam karım kızım oğlum kız oğul kardeş abla ağabey arkadaş hemşire öğretmen doktor
    doktorum nörolog romatolog hastane klinik randevu tahlil testler ilaç ilaçlar hap tedavi
    teşhis tanı belirtiler hastalık sendrom türk türküm müslüman hissediyorum
    uyuyamıyorum uyumak yürüyorum yürümek çalışıyorum yaşıyorum yapamıyorum istiyorum
    lazım asla evde yatak sıcak soğuk teşekkür allah kramp kaygı korku uykusuzluk""",
    # ar
    """متعب متعبة تعبان تعبانة مرهق مرهقة مريض مريضة عيان عيانة خائف خائفة خايف خايفة قلق
    قلقة حزين حزينة وحيد وحيدة بخير كويس كويسة منيح منيحة سعيد سعيدة مصاب مصابة حامل متزوج
    متزوجة مطلقة أرملة متقاعد متقاعدة كبير كبيرة أم أب زوجة زوج ابنة ابن أخت أخ امرأة
    رجل سيدة معلمة ممرضة طبيبة طبيب دكتور دكتورة مسلم مسلمة مسيحية عربي عربية مصري مصرية
    سعودي سعودية مغربية أعاني أشعر أحس أتألم أعيش أسكن أريد أحتاج أعمل أنام لست هنا هناك
    بحاجة ألم الألم آلام حرقة الحرقة حرقان وخز تنميل خدر جفاف جاف جافة عيون عيني عيوني فم
    جلد قدم قدمي قدماي أقدام يد يدي يداي أيدي ساق ساقي ساقاي أرجل رجلي ذراع أصابع ركبة
    مفاصل عضلات ظهر رقبة رأس وجه لسان حلق صدر بطن معدة جسم جسمي ليل الليل ليلا نهار يوم
    أيام صباح مساء أسبوع أسابيع شهر أشهر شهور سنة سنوات سنين عام أعوام مرة مرات ساعة ساعات
    مستشفى عيادة موعد تحاليل دواء أدوية حبوب علاج تشخيص أعراض مرض متلازمة شوغرن البيت
    السرير حار بارد الله عمري العمر أعمل اعمل ضعيفة ضعيف دائخة دوخة قلقانة زهقانة مكتئبة
    مشكلة رقم رقمي هاتفي جوالي موبايلي حوالي تقريبا أكثر اكثر أقل اقل خطوة خطوات ريال
    دينار درهم جنيه دولار يساعدني تساعدني يقول تقول قال قالت يعمل تعمل يعيش تعيش يعرف
    تعرف يحب تحب يهتم تهتم يدعمني تدعمني أيضا ايضا كمان كثيرا دائما لك لكم جزيلا""",
    # several languages: seasons, places of care
    """summer winter spring autumn fall verano invierno primavera otoño été hiver printemps
    automne estate inverno autunno verão outono zomer lente herfst lato latem zima zimą zimie
    wiosna wiosną wiosnę jesień jesienią лето летом зима зимой весна весной осень осенью
    літо влітку взимку навесні восени yaz kış ilkbahar sonbahar hospital hospitals clinic
    surgery pharmacy chemist ward ambulance emergency urgencias farmacia consultorio
    hôpital pharmacie urgences krankenhaus apotheke notaufnahme uniklinik ospedale pronto
    soccorso ziekenhuis apotheek huisartsenpost szpital szpitalu szpitalem przychodni
    przychodnia apteka apteki klinice больница больнице больницу поликлиника поликлинике
    аптека аптеке лікарня лікарні лікарню поліклініка поліклініці аптека аптеці hastane
    hastanede eczane acil""",
    # several languages: medicines, conditions, apps
    """christmas easter navidad pascua semana santa noël pâques weihnachten ostern silvester
    natale pasqua ferragosto natal páscoa carnaval réveillon kerst kerstmis pasen wielkanoc
    wigilia sylwester рождество пасха нового новый новий різдво великдень ramazan bayram
    kurban رمضان العيد عيد
    gabapentin gabapentina gabapentine pregabalin pregabalina prégabaline lyrica
    neurontin duloxetine duloxetina cymbalta amitriptyline amitriptilina nortriptyline
    hydroxychloroquine hidroxicloroquina plaquenil methotrexate metotrexato prednisone
    prednisolone prednisona rituximab ivig ibuprofen ibuprofeno paracetamol tramadol
    aspirin aspirina omeprazol sjögren sjogren sjögrens raynaud guillain barré telegram
    whatsapp viber signal google covid""",
)

MONTHS = word_keys(
    """january february march april may june july august september october november december
    jan feb apr jun jul aug sep sept oct nov dec""",
    """enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre
    noviembre diciembre""",
    """janvier février mars avril mai juin juillet août septembre octobre novembre
    décembre""",
    """januar jänner februar märz april mai juni juli august september oktober november
    dezember""",
    """gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre
    dicembre""",
    """janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro
    dezembro""",
    """januari februari maart april mei juni juli augustus september oktober november
    december""",
    """styczeń stycznia luty lutego marzec marca kwiecień kwietnia maj maja czerwiec czerwca
    lipiec lipca sierpień sierpnia wrzesień września październik października listopad
    listopada grudzień grudnia""",
    """январь января февраль февраля март марта апрель апреля май мая июнь июня июль июля
    август августа сентябрь сентября октябрь октября ноябрь ноября декабрь декабря""",
    """січень січня лютий лютого березень березня квітень квітня травень травня червень
    червня липень липня серпень серпня вересень вересня жовтень жовтня листопад листопада
    грудень грудня""",
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    """يناير فبراير مارس أبريل ابريل مايو يونيو يونيه يوليو يوليه أغسطس اغسطس سبتمبر أكتوبر
    اكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين""",
)

_WEEKDAYS = word_keys(
    "monday tuesday wednesday thursday friday saturday sunday",
    "lunes martes miércoles jueves viernes sábado domingo",
    "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "segunda terça quarta quinta sexta",
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "poniedziałek wtorek środa środę czwartek piątek sobota sobotę niedziela niedzielę",
    "понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье",
    "понеділок вівторок середа середу четвер субота суботу неділя неділю",
    "pazartesi salı çarşamba perşembe cuma cumartesi pazar",
    "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد",
)

# Everything that is not a name or a place when it follows an introducing word.
LEXICON = FUNCTION | _COMMON | MONTHS | _WEEKDAYS

# Lower-case endings of adjectives and participles ("exhausted", "cansada", "fatiguée"):
# after "I'm"-style phrases a lower-case word with one of them is not taken for a name.
STATE_ENDINGS = (
    "ing",
    "ed",
    "ly",
    "ful",
    "less",
    "ous",
    "ive",
    "able",
    "ible",
    "ado",
    "ada",
    "ido",
    "ida",
    "ando",
    "iendo",
    "osa",
    "oso",
    "mente",
    "ee",
    "euse",
    "eux",
    "ique",
    "lich",
    "isch",
    "ata",
    "ato",
    "endo",
    "lijk",
)
# Endings of German nouns (capitalised): "Diabetikerin", "Erschöpfung".
NOUN_ENDINGS = ("erin", "ung", "heit", "keit", "schaft")
