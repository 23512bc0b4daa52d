"""Turkish phrases for reading typed distress (syntax: ``dialogs.distress``).

Forms of ölmek are spelled out: without dots they read like olmak (to be) and oğlum ("olum").
"""

from dialogs.distress.phrases import PhraseList

# A number of pills taken ("30 tane hap ictim", "40 parol yuttum", "30 tane uyku hapi ictim"):
# a number, up to three words, then a verb of taking in the past. Numbers 0 to 4 are cancelled in
# ``not_distress`` ("2 parol ictim"), and so are units that are not pills ("20 damla", "75 mg",
# "10 bardak su", "30 gun antibiyotik").
# Whole words, not stems: "ict*" would read "ictus" (stroke, es/it) and "aldi*" the shop (de).
_TOOK = (
    "ictim", "icti", "ictik", "yuttum", "yuttu", "aldim", "icmisim", "icmis", "yutmusum",
    "yutmus",
)  # fmt: skip
_WILL_TAKE = ("icecegim", "icicem", "yutacagim", "yutucam")
_MEDICINES = (
    "parol*", "minoset*", "tylol*", "lyrica*", "pregabalin*", "gabapentin*", "neurontin*",
    "xanax*", "rivotril*", "diazem*", "diazepam*", "lustral*", "cipralex*", "prozac*",
    "tramadol*", "contramal*", "morfin*", "majezik*", "arveles*", "apranax*", "dolorex*",
    "aspirin*", "plaquenil*", "metotreksat*", "prednol*", "ketiapin*", "seroquel*",
    "antidepresan*", "sakinlestirici*", "uyku hap*", "agri kesici*",
)  # fmt: skip
_NUMBER_WORDS = ("on", "onbes", "yirmi", "otuz", "kirk", "elli", "yuz", "onlarca", "yuzlerce")
_NUMBER_TAKEN = (
    *(f"# .. {took}" for took in _TOOK),
    *(f"{number} tane .. {took}" for number in _NUMBER_WORDS for took in _TOOK),
    *(
        f"{number} .. {pill} {took}"
        for number in _NUMBER_WORDS
        for pill in ("hap*", "ilac*", "tablet*")
        for took in _TOOK
    ),
    # "butun morfinimi ictim", "lyricalarin hepsini yuttum"
    *(
        phrase.format(medicine=medicine, took=took)
        for medicine in _MEDICINES
        for took in ("ictim", "icti", "yuttum", "yuttu")
        for phrase in (
            "butun {medicine} .. {took}",
            "tum {medicine} .. {took}",
            "{medicine} hepsini .. {took}",
        )
    ),
)
_NOT_PILLS = (
    "mg", "miligram", "gram", "gr", "ml", "damla", "bardak", "su", "kahve", "cay", "gun",
    "hafta", "ay", "yil*", "yas*", "saat", "dakika", "kez", "defa", "kere", "kg", "kilo",
    "lira*", "tl", "euro", "dolar", "cesit", "farkli", "tur", "adim", "unite", "iu", "mcg",
    "sise", "bira", "kadeh", "fincan", "litre", "lt", "kutu kola", "porsiyon",
)  # fmt: skip
_SMALL_NUMBERS = tuple(
    f"{n} .. {took}" for n in ("0", "1", "2", "3", "4") for took in (*_TOOK, *_WILL_TAKE)
)
_POISONS = (
    "zehir*", "fare zehir*", "sican zehir*", "camasir suyu*", "tuz ruhu*", "kezzap*",
    "antifriz*", "bocek ilac*", "tarim ilac*", "zirai ilac*", "siyanur*", "amonyak*", "kostik*",
    "lavabo acici*", "deterjan*",
)  # fmt: skip
_ON_PURPOSE = ("bilerek", "kasten", "isteyerek", "bile bile", "kasitli olarak", "bilincli olarak")
# "yuzumun yarisi uyustu", "vucudumun bir tarafi tutmuyor"
_ONE_SIDED = tuple(
    f"{side} .. {numb}"
    for side in (
        "yuzumun yarisi", "yuzunun yarisi", "yuzumun bir yani", "yuzunun bir yani",
        "vucudumun yarisi", "vucudunun yarisi", "yarim yuzum", "agzimin bir tarafi",
        "agzinin bir tarafi",
    )
    for numb in ("uyus*", "sark*", "dustu", "kayd*", "kaymis", "tutmuyor", "hissetmiyor*")
)  # fmt: skip

PHRASES = PhraseList(
    language="tr",
    suicidal_act=(
        "butun hap* .. ictim", "tum hap* .. ictim", "butun ilac* .. ictim", "tum ilac* .. ictim",
        "butun hap* .. yuttum", "tum hap* .. yuttum", "butun ilac* .. yuttum",
        "tum ilac* .. yuttum", "haplarin hepsini ictim", "haplarin hepsini yuttum",
        "ilaclarin hepsini ictim", "ilaclarin hepsini yuttum", "haplarin hepsini birden",
        "ilaclarin hepsini birden", "hepsini birden ictim", "evdeki butun ilac*",
        "evdeki butun hap*", "evdeki tum ilac*", "elimdeki butun hap*", "butun uyku hap*",
        "tum uyku hap*", "uyku haplarinin hepsini", "fazla uyku hap*", "hepsini birden yuttum",
        "kutu hap* ictim", "kutu ilac* ictim", "kutu hap* yuttum", "butun kutuyu ictim",
        "kutunun tamamini ictim", "kutunun hepsini ictim", "fazla hap ictim", "fazla hap yuttum",
        "avuc avuc hap", "asiri doz", "overdoz*", "bileklerimi kestim", "bilegimi kestim",
        "bileklerimi kesiyorum", "bilegimi kesiyorum", "kendimi kestim", "kendimi kesiyorum",
        "kollarimi kestim", "kendime zarar verdim", "kendimi yaraladim", "jiletle kendimi",
        "kendimi jiletle", "kendimi bicakla", "jiletledim", "damar* kestim", "kendimi zehirledim",
        "zehir* ictim", "camasir suyu ictim", "kendimi astim", "ip boynumda", "boynumda ip",
        "ilmik boynumda", "boynuma ip", "koprudeyim", "koprunun ustundeyim", "catidayim atla*",
        "atlamak uzereyim", "ucurumun kenarinda", "catinin kenarinda", "koprunun kenarinda",
        "raylardayim", "raylarin ustundeyim", "tren yolundayim",
        *_NUMBER_TAKEN,
        *(f"{poison} .. {took}" for poison in _POISONS for took in _TOOK),
        # a handful, or too much on purpose
        *(f"{handful} .. {took}" for handful in ("bir avuc", "avuc dolusu") for took in _TOOK),
        *(
            f"{purpose} .. {what}"
            for purpose in _ON_PURPOSE
            for what in (
                "asiri doz*", "overdoz*", "hap* ictim", "ilac* ictim", "hap* yuttum",
                "ilac* yuttum", "zehir*", "kendimi kest*", "kendime zarar", "kendimi yak*",
            )
        ),
        *(
            phrase.format(purpose=purpose, took=took)
            for purpose in _ON_PURPOSE
            for took in _TOOK
            for phrase in ("{purpose} fazla .. {took}", "fazla .. {purpose} {took}")
        ),
        # cutting, again and again ("kendimi kesip duruyorum")
        "kendimi kesip dur*", "kendimi kesmeye devam*", "kendimi kesmeye basla*",
        "yine kendimi kest*", "kendimi kesiyordum",
        # ready to do it ("haplari hazirladim", "haplar hazir")
        "haplari hazirladim", "haplar hazir", "haplarim hazir", "ilaclari hazirladim",
        "ilaclar hazir", "ilaclarim hazir", "haplarimi hazirladim", "ilaclarimi hazirladim",
        "ipi hazirladim", "ip hazir", "jilet hazir", "jileti hazirladim",
        # an attempt already made
        *(
            f"{act} {tried}"
            for act in (
                "kendimi asmaya", "kendimi oldurmeye", "canima kiymaya", "intihar etmeye",
                "kendimi zehirlemeye", "bileklerimi kesmeye", "bilegimi kesmeye",
                "kendimi atmaya", "kopruden atlamaya", "kendimi vurmaya",
            )
            for tried in ("calis*", "kalkis*", "tesebbus*")
        ),
        "intihar girisim*", "intihara tesebbus*", "intihara kalkis*", "intihar denemesi",
    ),
    suicidal_wish=(
        "olmek istiyorum", "olmek istiyom", "olmek istiyorm", "olmek istiyordum", "olmek isterdim",
        "olmek isterim", "olmek istedim", "olmek istiyo", "olmeyi istiyorum", "olmeyi dusun*",
        "olmeyi hak*", "olmeyi diliyorum", "olmeyi bekliyorum", "olmek icin dua", "olsem",
        "olseydim", "olup gitsem", "olup gitmek", "olumu bekliyorum", "olmek daha iyi", "olmeliyim",
        "olmem lazim", "yasamak istemiyor*", "yasamak istemem", "yasamak icin .. sebebim",
        "yasamak icin .. sebep yok", "yasamak icin nedenim", "yasamaya degmez",
        "yasamanin anlami yok", "yasamanin bir anlami yok", "hayatin anlami yok",
        "hayatin bir anlami yok", "hayatimin anlami kalmadi", "intihar*", "kendimi oldur*",
        "canima kiy*", "canina kiy*", "kendimi asacagim", "kendimi asmak", "kendimi asarim",
        "kendimi asmayi", "kendimi asicam", "kendimi kopruden at*", "kendimi camdan at*",
        "kendimi balkondan at*", "kendimi pencereden at*", "kendimi .. onune at*", "kopruden atla*",
        "camdan atla*", "balkondan atla*", "catidan atla*", "binadan atla*", "pencereden atla*",
        "bileklerimi kesecegim", "bileklerimi kesmek", "bilegimi kesecegim", "bilegimi kesmek",
        "kendimi kesmek", "kendimi kesecegim", "kendime zarar vermek", "kendime zarar verecegim",
        "kendime zarar veriyorum", "kendime zarar vermeyi", "kendime zarar verebilirim",
        "kendimi vurmak", "kendimi vuracagim", "kafama sikacagim", "kafama sikmak",
        "zehir icecegim", "zehir icmek istiyorum", "damar* kesecegim", "damar* kesmek",
        "haplari biriktir*", "ilaclari biriktir*", "hap biriktir*", "ilac biriktir*",
        "veda mektub*", "hayatima son ver*", "her seye son ver*", "bu hayata son ver*",
        "yasamima son ver*", "hayatimi bitirecegim", "hayatimi bitirmek", "her seyi bitirecegim",
        "burada olmak istemiyorum", "burada olmak istemiyom", "var olmak istemiyorum",
        "dunyada olmak istemiyorum", "yok olmak istiyorum", "yok olup gitmek", "dogmasaydim",
        "keske .. uyanmasam", "keske .. uyanmasaydim", "bir daha uyanmasam", "hic uyanmasam",
        "uyanmak istemiyorum", "sonsuza kadar uyumak", "bensiz daha iyi", "bensiz daha mutlu",
        "ben olmasam daha iyi", "ben olmazsam daha iyi", "ben olmasam herkes",
        "ben olmazsam herkes",
        # a plan ("bu gece butun haplari icecegim")
        *(
            f"{all_of} {what} .. {take}"
            for all_of in ("butun", "tum")
            for what in ("hap*", "ilac*", *_MEDICINES)
            for take in _WILL_TAKE
        ),
        *(f"hepsini .. {take}" for take in _WILL_TAKE),
        *(f"# .. {take}" for take in _WILL_TAKE),
    ),
    emergency_words=(
        # breathing_chest
        "nefes alam*", "nefes almakta zorlan*", "nefes darligi", "nefesim daral*", "nefesim kesil*",
        "nefesim yetmiyor", "nefes almiyor", "boguluyor*", "tukurug* yutam*", "su bile yutam*",
        "hicbir sey yutam*", "suyu yutam*", "su yutam*", "sivi yutam*", "gogus agri*",
        "gogsumde .. agri*", "gogsum .. agri*", "gogsum .. sikis*", "gogsum .. ezil*",
        "gogsumde .. baski", "gogsume .. baski", "gogsumde .. agirlik", "gogsume .. agirlik",
        "gogsumde .. sikisma", "gogsume .. oturmus", "kalbim sikis*", "kalbim .. agri*",
        "kalp agri*", "sol koluma vur*", "koluma vuran .. agri*", "gogsum agri*", "gogsumde agri*",
        "gogsum* sikis*", "gogsumde baski", "kalp kriz*", "bayilip", "bayilma gecir*",
        "kocam bayildi", "esim bayildi", "annem bayildi", "babam bayildi", "az once bayildim",
        "yine bayildim", "yere yigil*", "yigilip", "kendinden gec*", "bilinc* kayb*",
        "bilinci kapal*", "baygin",
        # stroke_brain
        "inme gecir*", "inme inmis", "inmeye ugra*", "felc", "felce", "felcli", "beyin kriz*",
        "beyin kanama*", "yuzu kayd*", "yuzu kaym*", "yuzu kayiy*", "yuzum kayd*", "yuzum kayiy*",
        "agzi kayd*", "agzi kaym*", "agzi kayiy*", "agzim kayd*", "agzim kayiy*", "dudagi kayd*",
        "yuzu sark*", "yuzum sark*", "agzi yamul*", "agzim yamul*", "yuzu* bir tarafi .. uyus*",
        "yuzu* bir tarafi .. sark*", "yuzu* bir tarafi .. dustu", "yuzu* bir tarafi .. kayd*",
        "bir tarafim uyus*", "bir tarafi uyus*", "sol tarafim uyus*", "sag tarafim uyus*",
        "sol tarafi uyus*", "sag tarafi uyus*", "vucud* bir tarafi .. uyus*",
        "vucud* bir tarafi .. tutmuyor", "vucud* bir tarafi .. gucsuz*", "tarafim tutmuyor",
        "tarafi tutmuyor", "kolum tutmuyor", "kolu tutmuyor", "dilim dolas*", "dili dolas*",
        "konusmasi bozul*", "konusmam bozul*", "konusmasi anlasilmiyor", "anlasilmaz konus*",
        "konusamiyor", "birden konusamiyorum", "aniden konusamiyorum", *_ONE_SIDED,
        "yuzum .. kaydi", "yuzu .. kaydi",
        "agzim .. kaydi", "agzi .. kaydi", "yuzum .. kaymis", "yuzum .. kayiyor", "yuzum carpil*",
        "yuzu carpil*", "agzim carpil*", "agzi carpil*", "kelimeleri bulamiyor",
        "aniden kafasi karis*", "birden kafasi karis*", "aniden kafam karis*", "bilinci bulan*",
        "bilinc bulanik*", "aniden kimseyi tanim*", "birden kimseyi tanim*",
        "aniden nerede oldugunu", "birden nerede oldugunu", "aniden goremiyorum",
        "birden goremiyorum", "gozum gormuyor", "gozu gormuyor", "gozlerim gormuyor", "gorme kayb*",
        "gormem gitti", "cift gorme*", "cift goruyor*", "cift gordu*", "cift gorunt*",
        "en kotu bas agri*", "en siddetli bas agri*", "ani siddetli bas agri*",
        "kafamda bir sey patla*", "beynimde bir sey patla*", "ense sert*", "ensem kaskati",
        "boyun sertligi", "nobet gecir*", "sara nob*", "sara kriz*", "epilepsi nob*",
        "epilepsi kriz*", "havale gecir*", "kasilip titriyor", "titreyip kasil*",
        "tum vucudu kasiliyor", "konvulsiyon*",
        # sudden_weakness
        "yuruyemiyor*", "yuruyemez*", "bacaklarim tutmuyor", "bacaklari tutmuyor",
        "bacaklarim bosal*", "dizlerim bosal*", "dizlerim tutmuyor", "bacaklarimi oynatam*",
        "bacaklarini oynatam*", "kollarimi oynatam*", "kolumu oynatam*", "bacaklarimi kipirdatam*",
        "hic kipirdayamiyor*", "kipirdamiyor", "aniden hareket edemiyor*",
        "birden hareket edemiyor*", "hic hareket edemiyor*", "bacaklarimi hissedemiyor*",
        "bacaklarimi hissetmiyor*", "bacaklarini hissetmiyor", "halsizlik .. yukari cik*",
        "gucsuzluk .. yukari cik*", "genital bolge* uyus*", "bacak aram* uyus*", "apis arasi uyus*",
        "kasigim uyus*", "kasiklarim uyus*", "oturak bolge* uyus*", "iseyemiyor*", "idrar yapam*",
        "cis yapam*", "idrarimi yapam*", "idrar tutuk*", "aniden idrarimi tutam*",
        "idrar kontrol* kaybet*", "mesane kontrol* kaybet*", "bagirsak kontrol* kaybet*",
        "altima kacirdim", "aniden altina kacir*",
        # drowsy_overdose
        "uyandiramiyor*", "uyandiramadi*", "kendine gelmiyor", "ayilmiyor", "ayiltam*",
        "asiri uykulu", "uyanik kalamiyor*", "gozlerini acamiyor", "yavas nefes al*",
        "nefesi yavasla*", "nefesi cok yavas", "fazla ilac aldi*", "fazla ilac icti*", "fazla doz",
        "fazla insulin", "sekerim dus*", "sekeri dus*", "seker dusuklugu", "hipoglisemi*",
        "kan sekeri dus*", "kan sekerim dus*", "sekerim cok dusuk", "sekeri cok dusuk",
        # sepsis_unwell
        "sepsis", "kan zehirlen*", "cok yuksek ates*", "ates* 40", "ates* 41", "cildi morar*",
        "cildim morar*", "rengi morar*", "dudak* morar*", "dudag* morar*", "dudaklari mavi",
        "dudaklarim mavi", "dudaklari mor", "dudaklarim mor", "mavi dudak*", "mor dudak*",
        "cildi mavi", "mosmor oldu", "cildi alacali", "derisi alacali",
        "butun gun .. idrar yapmadi*", "butun gun .. cis yapmadi*",
        "sabahtan beri .. idrar yapmadi*", "sabahtan beri .. cis yapmadi*",
        "gun boyu .. idrar yapmadi*", "hic idrar yapmadi*", "hic cis yapmadi*",
        "olecegimi dusunuyorum", "olecegim galiba", "galiba olecegim", "sanirim olecegim",
        "olecegim sanirim", "olecek gibi hissed*", "olecekmisim gibi", "olmek uzereyim",
        "galiba oluyorum", "sanirim oluyorum", "oluyorum galiba",
        # skin_swelling
        "dudak* sis*", "dudag* sis*", "dilim sis*", "dili sis*", "dilimde sisme", "dil sismesi",
        "yuzum sis*", "yuzu sis*", "yuzumde sisme", "yuzunde sisme", "yuz sismesi",
        "bogazim kapan*", "bogazi kapan*", "bogazim daral*", "bogazim tikan*", "anafilak*",
        "alerjik reaksiyon*", "alerjik sok*", "alerji krizi", "adrenalin kalem*", "adrenalin igne*",
        "epipen*", "deri* soyul*", "cild* soyul*", "derim dokul*", "derisi dokul*",
        "vucudum su topla*", "her yerim su topla*", "cildim su topla*", "mor lekeler",
        "mor noktalar", "morumsu lekeler", "kaybolmayan .. leke*", "solmayan .. leke*",
        "bardak testi",
        # belly_blocked
        "kan kusuy*", "kan kustu*", "kan kusma*", "kanli kusuy*", "kanli kustu*", "kanli kusma*",
        "kusmug* .. kan", "kusmuk* .. kan", "kahve telvesi", "kan oksur*", "oksururken kan",
        "oksurunce kan", "siyah diski", "diskim siyah", "diski* simsiyah", "katran gibi diski",
        "katran gibi kaka", "disk* katran", "siyah kaka", "kakam siyah", "kakasi siyah",
        "karn* sis* .. kusuy*", "karn* sis* .. kustu*", "karn* sis* .. kusma*", "karn* tas gibi",
        "midemde .. kalmiyor", "midemde tutam*", "su bile kusuy*", "suyu bile kusuy*",
        "ictigim her seyi kus*", "yedigim her seyi kus*", "ne yesem kusuy*", "ne icsem kusuy*",
        # help wanted now
        "acil", "ambulans*", "cankurtaran", "112 ara*", "112yi ara*", "112 yi ara*", "112 aradim",
        "112ye",
    ),
    distress_unclear=(
        "beni olduruyor", "beni oldurecek", "olduruyor beni", "oldurecek beni", "acidan oluyorum",
        "agridan oluyorum", "agrisindan oluyorum", "acidan olecegim", "agridan olecegim",
        "acisindan olecegim", "artik dayanam*", "dayanamiyorum artik", "daha fazla dayanam*",
        "dayanacak gucum", "artik yapamiyorum", "artik devam edemiyorum", "boyle devam edem*",
        "devam edecek gucum", "pes ediyorum", "pes ettim", "pes edecegim", "pes etmek istiyorum",
        "umutsuz*", "umudum kalmadi", "hic umut yok", "umut kalmadi", "ne anlami var",
        "ne anlami kaldi", "her sey anlamsiz", "hersey anlamsiz", "hayat anlamsiz", "bittim",
        "tukendim", "bitsin istiyorum", "artik bitsin", "bitsin artik", "son bulsun",
        "bitmesini istiyorum", "yasamaktan biktim", "hayattan biktim", "her seyden biktim",
        "hayattan sogu*", "olmeyi tercih", "yuk oluyorum", "herkese yuk", "yuk oldum",
        "kimse umursam*", "kimsenin umurunda degil*", "degersiz*", "ise yaramazin teki",
        "hicbir ise yaramiyorum", "depresyondayim", "depresyona girdim", "caresiz*",
        "aglamayi durduram*", "surekli agliyorum", "hep agliyorum", "dagiliyorum", "mahvoldum",
        "cokuyorum", "bunalimdayim", "olumu dusunuyorum", "imdat", "yardim edin",
        "biri yardim etsin", "artik kurtulmak istiyorum", "her seyden kurtulmak istiyorum",
        "artik cekemiyorum", "cekecek halim kalmadi", "boyle yasayamam", "boyle yasanmaz",
        "bununla yasayamam", "artik gucum kalmadi", "gucum kalmadi artik",
        "hicbir seye gucum kalmadi", "yasayacak gucum kalmadi", "beni oldurecekler",
        "beni olduruyorlar",
    ),
    not_distress=(
        "olmek istemiyorum", "olmek istemem", "olmek istemiyom", "intihar dusunce* yok",
        "intihar dusuncem yok", "intihar etmem", "intihar etmeyecegim", "asla intihar",
        "intihar etmeyi dusunmuyorum", "intihar risk*", "kendime zarar vermem",
        "kendime zarar vermeyecegim", "kendime zarar vermek istemiyorum", "kendimi oldurmem",
        "kendimi oldurmeyecegim", "beni oldurmez", "beni oldurmeyecek", "asiri doz risk*",
        "asiri doz nedir", "asiri doz almama*", "fazla doz almama*", "yil once felc",
        "sene once felc", "yil once inme", "sene once inme", "yil once kalp kriz*",
        "sene once kalp kriz*", "felc riski", "felc gecirmistim", "inme gecirmistim",
        "kalp krizi gecirmistim", "kalp krizi riski", "pes etme", "pes etmeyecegim", "pes etmem",
        "pes etmek yok", "yorgunluktan bittim", "acil degil", "acil bir durum degil",
        "acil olmayan", "acil sifa*", "gogus agri* yok", "sabah butun", "sabah tum", "aksam butun",
        "aksam tum", "bugunku butun", "bugunku tum", "gunluk butun", "gunluk tum",
        "yillardir .. mor leke*", "gunes yanig* .. soyul*", "koprudeyim trafik*",
        "trafik* koprudeyim", "burnumdan nefes alam*", "burundan nefes alam*",
        *_SMALL_NUMBERS, *(f"# {unit}" for unit in _NOT_PILLS), "toplam #", "gunde #",
        "saat #", "eczane* .. #", "aldim eczane*", "satin aldim", "recete* .. #",
        "# kutu* .. aldim", "# not", "# puan", "# bin", "# milyon",
        # a question about overdose is not an overdose
        *(
            f"{od} {question}"
            for od in ("asiri doz*", "overdoz*")
            for question in (
                "tehlikeli*", "mumkun*", "olabilir*", "olur mu", "olursa", "alinabilir*",
                "yapar mi", "belirtileri*", "riski*", "nedir", "nasil olur*",
            )
        ),
        "asiri dozu* .. tehlikeli*", "asiri dozu* .. mumkun*", "asiri dozu* .. olabilir*",
        "asiri dozunun", "overdozunun",
        # what a question, a result or a button means; giving up on a treatment
        *(
            f"{what} ne anlami"
            for what in (
                "sorunun", "sorularin", "soru", "testin", "testlerin", "sonucun", "sonucumun",
                "sonuclarin", "sonuclarimin", "butonun", "dugmenin", "tahlilin", "degerin",
                "degerlerin", "raporun", "raporumun",
            )
        ),
        "konusunda pes", "soruda pes", "sorularda pes", "damla* .. pes", "gozyas* .. pes",
        "diyet* .. pes", "gogsum* .. agri* yok", "gogsumde .. agri yok", "gogsumde agri yok",
        "hazir* .. tatil*", "hazir* .. yolculu*", "hazir* .. seyahat*", "hazir* .. hafta*",
        "hazir* .. kutu*", "hazir mi", "hazir* .. eczane*", "eczane* .. hazir*",
        *(f"{n} {w}" for n in "56789" for w in ("ilac*", "tane ilac*")),
    ),
)  # fmt: skip
