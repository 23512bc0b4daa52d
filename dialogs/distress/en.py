"""English phrases for reading typed distress (syntax: ``dialogs.distress``).

Written from the clinical spec's section 9 examples, common spellings without apostrophes
("dont", "im", "ive"), text-speak ("kms", "wanna", "gonna") and the emergency check's groups.
Content: changes are reviewed like any wording and change the content version.
"""

from dialogs.distress.phrases import PhraseList

# A number of pills taken ("I swallowed 40 paracetamol", "took like 30 of my pills"): a verb, a
# number (up to three words after it: "took about 30"), then a pill word (up to three words after
# the number: "30 of my pills") or a medicine named right after the number ("taken 30 pregabalin";
# not "took 300 mg of pregabalin"). Numbers 0 to 5 are cancelled in ``not_distress`` ("took 2
# paracetamol"), and so are times and doses ("took 10 days for the pills to work", "took 150 mg
# capsules"). Numbers 6 and more read as an act, whatever the medicine.
_TOOK = (
    "took", "taken", "swallowed", "downed", "necked", "popped", "ate", "eaten", "drank", "drunk",
)  # fmt: skip
_PILLS = (
    "pill*", "tablet*", "capsule*", "caps", "tabs", "meds", "medication*", "medicine*",
)  # fmt: skip
_MEDICINES = (
    "paracet*", "acetaminophen", "tylenol", "panadol", "ibupro*", "nurofen", "aspirin*",
    "co codamol", "cocodamol", "codein*", "tramad*", "morphin*", "oxycod*", "oxycontin",
    "fentanyl", "pregab*", "lyrica", "gabap*", "neurontin", "amitrip*", "nortrip*", "dulox*",
    "cymbalta", "sertral*", "citalo*", "escitalo*", "fluox*", "prozac", "venlaf*", "mirtaz*",
    "diazep*", "valium", "loraz*", "clonaz*", "alpraz*", "xanax", "zopic*", "zolpi*", "temaz*",
    "quetia*", "seroquel", "hydroxychlor*", "plaquenil", "carbamaz*", "lamotrig*", "lithium",
    "propran*", "pilocar*", "predni*", "methotrex*", "benzo*", "opioid*", "opiate*",
    "painkill*", "antidepress*", "antihistamin*", "sleeping pill*", "sleeping tablet*",
)  # fmt: skip
_WORD_NUMBERS = ("twenty", "thirty", "forty", "fifty", "sixty", "hundred", "dozen", "dozens")
_NUMBER_TAKEN = (
    *(f"{took} .. # .. {pill}" for took in _TOOK for pill in _PILLS),
    *(f"{took} .. # {medicine}" for took in _TOOK for medicine in _MEDICINES),
    *(f"{took} .. # of my" for took in _TOOK),
    *(f"{took} .. # of them" for took in _TOOK),
    *(
        f"{took} .. {number} .. {pill}"
        for took in ("took", "taken")
        for number in _WORD_NUMBERS
        for pill in (
            "pill*", "tablet*", "capsule*", "meds", "painkill*", "sleeping", "paracet*", "tramad*",
            "codein*", "co codamol", "ibupro*",
        )
    ),
    # "swallowed thirty" needs no pill word
    *(
        f"{took} {number}"
        for took in ("swallowed", "downed", "necked", "popped")
        for number in _WORD_NUMBERS
    ),
    # "I took my whole supply of morphine"
    *(
        f"{took} .. {whole} {supply}"
        for took in ("took", "taken", "swallowed", "downed")
        for whole in ("whole", "entire")
        for supply in ("supply", "stash")
    ),
)  # fmt: skip
_SMALL = ("0", "1", "2", "3", "4", "5")
_SMALL_NUMBERS = (
    *(f"{took} {n}" for took in (*_TOOK, "take", "swallow") for n in _SMALL),
    # right next to the number only: "2 hours ago I took 30 pills" is 30 pills ("took 2
    # paracetamol" is cancelled by "took 2", "took my 2 paracetamol" by "my 2")
    *(
        f"{n} {pill}"
        for n in _SMALL
        for pill in (
            *_PILLS, "of my", "of them", "of the", "more", "extra", "x", "morning", "evening",
            "night*", "daily",
        )
    ),
    *(f"{my} {n}" for my in ("my", "the", "another", "usual") for n in _SMALL),
)  # fmt: skip
_NOT_A_COUNT = tuple(
    f"# {unit}"
    for unit in (
        "min*", "hour*", "hrs", "hr", "day*", "week*", "wk*", "month*", "year*", "yr*", "sec*",
        "mg", "mcg", "ml", "milligram*", "microgram*", "gram*", "iu", "unit*", "percent",
        "oclock", "times",
    )
)  # fmt: skip
# A weekly methotrexate dose is 6 to 10 tablets, a day's paracetamol or ibuprofen up to 8.
_MTX_WEEK = ("6", "7", "8", "9", "10")
_ROUTINE_COUNT = (
    *(f"{n} {medicine}" for n in _MTX_WEEK for medicine in ("methotrex*", "mtx")),
    *(f"{n} {pill} of methotrex*" for n in _MTX_WEEK for pill in ("tablets", "pills")),
    *(
        f"{n} {medicine}"
        for n in ("6", "7", "8")
        for medicine in (
            "paracet*", "acetaminophen", "tylenol", "panadol", "ibupro*", "nurofen",
        )
    ),
    *(
        f"{n} {pill} of {medicine}"
        for n in ("6", "7", "8")
        for pill in ("tablets", "pills")
        for medicine in ("paracet*", "ibupro*")
    ),
)  # fmt: skip
# All of a named medicine ("I took all my morphine"): not "took all my energy".
_ALL_OF_A_MEDICINE = tuple(
    f"{took} all .. {medicine}"
    for took in ("took", "taken", "swallowed", "downed", "necked", "injected")
    for medicine in (*_MEDICINES, "insulin")
)  # fmt: skip
# On purpose, with a pill word or "too much" ("took a handful of pills on purpose").
_ON_PURPOSE = ("on purpose", "deliberately", "intentionally", "purposely", "to die", "to end it")
_PURPOSE_TAKEN = (
    *(
        f"{took} .. {pill} .. {purpose}"
        for took in ("took", "taken", "swallowed", "downed")
        for pill in _PILLS
        for purpose in _ON_PURPOSE
    ),
    *(f"{much} .. {purpose}" for much in ("too much", "too many") for purpose in _ON_PURPOSE[:4]),
    *(
        f"{purpose} {took}"
        for purpose in ("deliberately", "intentionally", "purposely", "purposefully")
        for took in ("took", "overdosed", "swallowed", "taken", "drank")
    ),
)  # fmt: skip
# Poison, bleach, antifreeze... taken or drunk ("I took rat poison", "drank some bleach").
_POISONS = (
    "poison", "rat poison", "bleach", "antifreeze", "anti freeze", "weedkiller", "weed killer",
    "paraquat", "pesticide*", "insecticide*", "drain cleaner", "cyanide", "methanol",
    "white spirit", "lighter fluid",
)  # fmt: skip
_POISON_TAKEN = (
    *(
        f"{drank} .. {poison}"
        for drank in ("drank", "drunk", "swallowed", "ate", "eaten", "downed")
        for poison in _POISONS
    ),
    # "took the bleach out of the cupboard" is not drinking it
    *(
        f"{took} .. {poison}"
        for took in ("took", "taken")
        for poison in ("poison", "rat poison", "cyanide", "paraquat", "weedkiller", "weed killer")
    ),
)  # fmt: skip
# A plan to take them all, or a number of them ("I'm going to take all my pills tonight"); not
# "I'm going to take all my medication" (keeping to the prescription), and "I will take all my
# pills" only with "at once", "to die"...
_PLAN = (
    "going to take", "gonna take", "going to swallow", "gonna swallow", "plan to take",
    "planning to take",
)  # fmt: skip
_PLAN_TAKE = tuple(plan for plan in _PLAN if plan.endswith("take"))
_PLAN_ALL = ("pill*", "tablet*", "capsule*", "tabs", *_MEDICINES)
_AT_ONCE = (
    "at once", "in one go", "and die", "to die", "and end it", "to end it", "tonight",
)  # fmt: skip
_PLANNED_TAKING = (
    *(f"{plan} all .. {pill}" for plan in _PLAN for pill in _PLAN_ALL[:4]),
    *(f"{plan} all .. {medicine}" for plan in _PLAN_TAKE for medicine in _MEDICINES),
    *(
        f"{plan} all .. {pill} {at_once}"
        for plan in ("will take", "ill take", "will swallow", "ill swallow")
        for pill in ("pill*", "tablet*", "capsule*", "meds", "medication*")
        for at_once in _AT_ONCE
    ),
    *(f"{plan} .. # .. {pill}" for plan in (*_PLAN, "will take", "ill take") for pill in _PILLS),
    *(f"{plan} .. # {medicine}" for plan in _PLAN_TAKE for medicine in _MEDICINES),
    *(f"{plan} {what}" for plan in _PLAN for what in ("the lot", "everything i have", "them all")),
)  # fmt: skip
# Taking them all as prescribed is routine ("I will take all my pills with food").
_ROUTINE = tuple(
    f"{pill} {how}"
    for pill in (*_PILLS, "them")
    for how in (
        "with food", "with meals", "with a meal", "with breakfast", "with lunch", "with dinner",
        "with water", "with milk", "with me", "in the morning", "at breakfast", "at bedtime",
        "on time", "as prescribed", "as usual", "every day", "each day", "a day", "per day",
        "daily", "a week", "per week", "this week", "in total", "on holiday", "on the trip",
    )
)  # fmt: skip
# One side of the face or body numb, drooping or weak (a stroke sign).
_ONE_SIDE = (
    "one side of my face", "side of my face", "half my face", "half of my face",
    "one side of my body", "half my body", "half of my body", "my face on one side",
    "one side of his face", "one side of her face", "side of his face", "side of her face",
)  # fmt: skip
_ONE_SIDED = tuple(
    f"{side} .. {state}"
    for side in _ONE_SIDE
    for state in (
        "numb", "droop*", "dropped", "weak", "paralys*", "paralyz*", "fallen", "sagging", "dead",
        "cant move", "wont move", "frozen",
    )
)  # fmt: skip
_SUDDENLY = tuple(
    f"{sudden} {cant}"
    for sudden in ("suddenly", "all of a sudden", "out of nowhere")
    for cant in (
        "cant move", "cant walk", "cant see", "cant speak", "cant talk", "cant feel", "cant stand",
        "cant lift", "cant swallow", "cant breathe", "cant pee", "numb", "weak", "blind",
    )
)  # fmt: skip
# "Can't see" the screen or a doctor is not loss of sight.
_NOT_SIGHT = (
    *(
        f"{cant} the {thing}"
        for cant in ("cant see", "cannot see", "can not see")
        for thing in (
            "number*", "button*", "text", "words", "letters", "small print", "print", "font",
            "options", "question*", "menu", "link*", "message*", "screen properly", "keyboard",
            "results", "answers", "point of question*", "point of this question*",
            "point of the question*",
        )
    ),
    *(
        f"cant see {whose} {who}"
        for whose in ("a", "my", "the", "any", "your")
        for who in (
            "doctor", "gp", "specialist", "consultant", "nurse", "rheumatologist",
            "neurologist", "optician", "dentist", "eye doctor", "ophthalmologist",
        )
    ),
    "cant see without", "cant see any difference", "cant see any improvement",
    "cant see any change*", "cant see how", "cant see why", "cant see where", "cant see what",
    "cant see if", "cant see whether",
)  # fmt: skip
# Giving up a product or a habit is not despair ("I give up on artificial tears").
_GIVE_UP_ON = tuple(
    f"{give} .. {thing}"
    for give in ("give up", "giving up", "given up", "gave up")
    for thing in (
        "artificial tears", "eye drop*", "eyedrop*", "eye gel", "saliva spray*", "mouth spray*",
        "lozenge*", "chewing gum", "cream*", "ointment*", "diet", "gluten", "dairy", "sugar",
        "coffee", "caffeine", "alcohol", "wine", "smoking", "cigarettes", "meat", "chocolate",
        "the gym", "yoga", "crosswords", "this app", "the app", "this bot", "the buttons",
    )
)  # fmt: skip

PHRASES = PhraseList(
    language="en",
    suicidal_act=(
        "took all .. pill*", "taken all .. pill*", "took all .. tablet*", "taken all .. tablet*",
        "took all .. med*", "taken all .. med*", "swallowed all .. pill*", "swallowed .. pills",
        "took too many pill*", "taken too many pill*", "took too many tablet*",
        "took a whole bottle", "swallowed a whole bottle", "swallowed the whole bottle",
        "took the whole bottle", "taken the whole bottle",
        "took the whole pack*", "took a whole pack*", "took the lot",
        "overdose", "overdosed", "overdosing", "oded", "taken an overdose", "took an od",
        "taken an od", "did an od",
        *_NUMBER_TAKEN, *_ALL_OF_A_MEDICINE, *_PURPOSE_TAKEN, *_POISON_TAKEN,
        "ive cut myself", "i cut myself", "i have cut myself", "just cut myself",
        "cut my wrist*", "slit my wrist*", "slashed my wrist*", "cutting myself right now",
        "been cutting myself", "been cutting again", "keep cutting myself", "started cutting",
        "cut myself again", "i cut again", "cut my arms", "cutting my arms", "cut my thighs",
        "cutting my thighs", "been burning myself", "burned myself on purpose",
        "burnt myself on purpose", "been hurting myself", "been harming myself",
        "been self harming", "been selfharming", "relapsed and cut",
        "ive hurt myself", "i have hurt myself", "hurt myself on purpose", "harmed myself",
        "ive harmed myself", "self harmed", "poisoned myself", "drank bleach", "took poison",
        "hanging myself", "im hanging", "noose around my neck", "rope around my neck",
        # an attempt already made
        "tried to kill myself", "tried to hang myself", "tried to end my life", "tried to end it",
        "tried to take my life", "tried to take my own life", "tried to overdose",
        "tried to od", "tried to die", "tried to drown myself", "tried to jump",
        "tried to cut my wrist*", "tried to slit my", "tried to poison myself", "tried suicide",
        "attempted suicide", "attempted to kill myself", "attempted to end my life",
        "made a suicide attempt", "had a suicide attempt", "made an attempt on my life",
        # the means ready
        "the pills ready", "the pills are ready", "all my pills ready", "all the pills ready",
        "the tablets ready", "the tablets are ready", "pills lined up", "tablets lined up",
        "pills are lined up", "tablets are lined up", "pills all lined up",
        "pills counted out", "tablets counted out", "the rope ready", "the rope is ready",
        "the noose ready", "the noose is ready",
        "im on the bridge", "i am on the bridge", "on the bridge to jump", "on the roof to jump",
        "on the edge to jump", "about to jump", "standing on the edge", "on the train tracks",
        "in front of a train now", "jumped off", "took everything i had", "took all of them",
    ),
    suicidal_wish=(
        # From a reviewer's trial (2026-12-06): wishes the lists missed.
        "wish .. wouldnt wake up", "wish .. would not wake up", "wish .. didnt wake up",
        "wish .. did not wake up", "wish .. could not wake up", "wish .. couldnt wake up",
        "rather not wake up", "prefer not to wake up",
        "want to die", "wanna die", "want to be dead", "wish i was dead", "wish i were dead",
        "wish i could die", "wish i would die", "wish i wasnt alive", "wish i wasnt here",
        "wish i wasnt born", "wish i had never been born", "wish i didnt wake up",
        "hope i dont wake up", "dont want to wake up", "dont want to be here anymore",
        "dont want to be here any more", "not want to be here anymore", "dont want to be alive",
        "dont want to live", "dont wanna live", "do not want to live", "do not want to be alive",
        "dont want to exist", "no reason to live", "nothing to live for", "no will to live",
        "life is not worth living", "life isnt worth living", "not worth living",
        "better off dead", "better off without me", "be better off if i was gone",
        "rather be dead", "should be dead", "deserve to die", "i should just die",
        "end my life", "ending my life", "end it all", "ending it all", "going to end it",
        "gonna end it", "want to end it", "end things", "end it tonight", "end it today",
        "kill myself", "killing myself", "kms", "kill my self", "unalive myself",
        "suicide", "suicidal", "take my own life", "take my life", "hang myself",
        "jump off a bridge", "jump off the bridge", "jump in front of", "throw myself",
        "cut myself", "slit my", "hurt myself", "harm myself", "harming myself", "hurting myself",
        "self harm", "selfharm",
        "saving up my pills", "saving my pills", "saving up pills", "stockpiling", "hoarding pills",
        "plan to kill", "made a plan to", "have a plan to", "suicide note", "goodbye letter",
        "written a note", "not be here tomorrow", "wont be here tomorrow",
        "go to sleep and never wake up", "sleep and not wake up", "sleep forever",
        "sleep and never wake up", "asleep and never wake up", "asleep and not wake up",
        "disappear forever", "want it all to end", "i want to go to sleep forever",
        *_PLANNED_TAKING,
    ),
    emergency_words=(
        # breathing_chest
        "cant breathe", "cannot breathe", "can not breathe", "cant breath", "struggling to breathe",
        "hard to breathe", "trouble breathing", "difficulty breathing", "short of breath",
        "not breathing", "choking", "chest pain*", "pain in my chest", "chest tight*",
        "chest .. crush*", "crushing .. chest", "chest .. tight",
        "chest .. tighter", "tight chest", "tightness in .. chest", "pressure in .. chest",
        "pressure on .. chest", "weight on .. chest", "chest .. squeez*", "squeezing .. chest",
        "chest hurts", "chest is hurting", "chest really hurts", "pain in .. chest",
        "heart attack", "fainted", "passed out", "blacked out", "collapsed", "unconscious",
        "cant swallow", "throat closing", "throat is closing", "throat closes",
        # stroke_brain
        "stroke", "face drooping", "face is drooping", "face droop*", "slurred speech",
        "slurring", "cant speak", "cant talk properly", "suddenly confused", "sudden confusion",
        "mouth .. droop*", "drooping mouth", "face .. droop*", "face has dropped",
        "face .. dropped",
        "speech .. slurr*", "words .. slurr*", "numb on one side", "weak on one side",
        *_ONE_SIDED, *_SUDDENLY, "sudden weakness", "sudden numbness",
        "cant see", "lost my sight", "lost my vision", "gone blind", "going blind",
        "sudden blindness", "double vision", "worst headache", "thunderclap", "stiff neck",
        "seizure*", "having a fit", "convulsion*", "fitting",
        # sudden_weakness
        "cant walk", "cannot walk", "unable to walk", "legs gave way", "legs giving way",
        "cant move my legs", "cant move my arm*", "cant feel my legs", "paralysed", "paralyzed",
        "cant move .. legs", "cant lift my legs", "legs wont move", "legs stopped working",
        "legs have stopped working", "legs gave out",
        "numb between my legs", "cant pee", "cannot pee", "cant urinate", "cannot pass urine",
        "cant pass urine", "lost control of my bladder", "lost control of my bowel*",
        "guillain barre",
        # drowsy_overdose
        "cant wake", "wont wake up", "hard to wake", "very drowsy", "cant stay awake",
        "breathing slowly", "took too much", "having a hypo", "low blood sugar",
        "took a handful", "taken a handful", "swallowed a handful", "downed a handful",
        "took handfuls", "swallowed handfuls",
        *(
            f"{took} {lots} {pill}"
            for took in ("took", "taken", "swallowed", "downed")
            for lots in ("loads of", "lots of", "a load of", "a bunch of")
            for pill in ("pill*", "tablet*", "painkill*", "sleeping")
        ),
        # sepsis_unwell
        "sepsis", "septic", "mottled", "blue lips", "lips are blue", "turning blue",
        "very high fever", "havent peed all day", "no pee all day", "havent passed urine",
        "i think im dying", "im dying", "feel like im dying", "going to die",
        # skin_swelling
        "lips swelling", "lips are swelling", "swollen lips", "swollen tongue",
        "tongue swelling", "tongue is swelling", "face swelling", "face is swelling",
        "swollen face", "anaphyla*", "allergic reaction", "epipen", "blistering",
        "lips .. swell*", "lips .. swollen", "tongue .. swell*", "tongue .. swollen",
        "face .. swelling up", "face .. swollen up",
        "blisters all over", "skin peeling", "skin is peeling", "skin coming off",
        "rash that doesnt fade", "purple spots",
        # belly_blocked
        "vomiting blood", "throwing up blood", "threw up blood", "coughing up blood",
        "vomited blood", "vomit .. blood", "puking blood", "puked blood", "blood in my vomit",
        "throwing up .. blood",
        "black stool*", "black poo*", "tarry stool*", "cant keep fluids down",
        "cant keep anything down", "swollen belly", "belly is swollen",
        # help wanted now
        "emergency", "ambulance", "call 911", "call 999", "call 112",
    ),
    distress_unclear=(
        "killing me", "cant go on", "cant take it anymore", "cant take it any more",
        "cant take this anymore", "cant do this anymore", "cant do this any more",
        "cant cope", "cannot cope", "im done", "i am done", "im finished", "give up", "giving up",
        "im so done", "i am so done", "so done", "so done with", "done with everything",
        "done with it all",
        "done with life", "done with living", "done with this life", "done with all of this",
        "done with all this",
        "hopeless", "no hope", "no point", "whats the point", "what is the point", "pointless",
        "dont see the point",
        "cant carry on", "end of my rope", "end of my tether", "make it stop",
        "want it to stop", "want it to be over", "want out", "had enough", "sick of living",
        "tired of living", "tired of life", "fed up with life", "rather die", "cant live like this",
        "cant live with this", "worthless", "a burden", "burden to everyone", "nobody cares",
        "no one cares", "so depressed", "im depressed", "desperate", "in despair",
        "falling apart", "breaking down", "cant stop crying", "help me",
        "going to kill me", "gonna kill me", "will kill me", "kills me", "death of me",
        "cant bear it", "cant bear this", "cant stand it anymore", "cant stand this anymore",
        "cant handle this anymore",
        "cant handle it anymore", "no strength left", "no fight left", "cant fight anymore",
        "nothing left in me",
    ),
    not_distress=(
        "dont want to die", "do not want to die", "dont wanna die", "not suicidal",
        "never kill myself", "wouldnt kill myself", "would never kill myself",
        "never hurt myself", "would never hurt myself", "not going to hurt myself",
        "not going to kill myself", "no thoughts of suicide", "no suicidal",
        *(
            f"{never} tried to {do}"
            for never in ("never", "never ever", "never actually", "havent", "have not", "not")
            for do in (
                "kill", "hang", "hurt", "harm", "end", "take", "cut", "overdose", "od", "die",
                "drown", "jump", "poison", "slit",
            )
        ),
        "never attempted", "cut myself shaving", "cut myself cooking", "cut myself by accident",
        "accidentally cut myself", "hurt myself falling", "hurt myself at the gym",
        "cutting myself shaving", "keep cutting myself on", "keep cutting myself in the kitchen",
        "cutting myself while", "cut myself while", "cut myself on a", "cut myself on paper",
        "no strength left in my", "numb for years", "numb for months", "numb for a long time",
        "numb since", "been numb for", "tired of living with", "sick of living with",
        "give up trying to understand", "give up trying to figure", "dog overdosed",
        "cat overdosed", "not swollen", "isnt swollen", "no swelling", "not swelling",
        "no blood", "not blood", "without blood", "not on purpose", "wasnt on purpose",
        "didnt .. on purpose", "not deliberately",
        "not intentionally", "unintentionally",
        # questions about overdose are not an overdose ("is pregabalin overdose dangerous?")
        "afraid of an overdose", "scared of an overdose", "risk of overdose", "what is an overdose",
        "risk of .. overdose", "overdose risk*", "danger* of .. overdose", "signs of .. overdose",
        "symptoms of .. overdose", "overdose symptoms", "overdose signs",
        "can you overdose", "can you .. overdose", "can one overdose", "can someone overdose",
        "can people overdose", "can you die from .. overdose", "can you die of .. overdose",
        "possible to overdose", "is .. overdose .. dangerous", "is .. overdose .. possible",
        "is .. overdose .. serious", "is .. overdose .. fatal", "is .. overdose .. deadly",
        "is .. overdose .. common", "is .. overdose .. likely", "is .. overdose .. rare",
        "how dangerous is .. overdose", "overdose of .. is possible", "overdose is possible",
        "overdose .. is rare", "overdose .. is unlikely", "overdose .. is uncommon",
        "overdose .. can happen", "warned .. about .. overdose", "avoid .. overdose",
        "prevent .. overdose", "what happens if you .. overdose", "what happens in an overdose",
        "what happens with an overdose", "what counts as .. overdose",
        "had a stroke .. ago", "had a seizure .. ago", "history of stroke", "stroke risk",
        "is stroke a", "stroke a risk", "risk of stroke", "risk of a stroke", "stroke of luck",
        "stroke of good luck", "strokes of luck", "stroke of genius",
        "stroke of midnight", "brush stroke*", "stroke the cat", "stroke my cat", "stroke my dog",
        *_NOT_SIGHT,
        "dying to", "cant go on holiday", "cant see the doctor", "cant see my doctor",
        "give up smoking", "giving up smoking", "give up sugar", "give up gluten",
        *_GIVE_UP_ON,
        # done with a task, the point of a question, asking the bot for help
        "done with question*", "done with this question*", "done with the question*",
        "done with .. questionnaire*", "done with the form", "done with the survey",
        "done with the test", "done with step*", "done with #", "done with breakfast",
        "done with lunch", "done with dinner", "done for today", "done for the day",
        "done with my appointment", "done with the appointment", "done with the biopsy",
        "done with my biopsy", "done with the scan", "done eating",
        "point of .. question*", "point of this question*", "point of the question*",
        "point of this bot", "point of the bot", "point of this app", "point of the button*",
        "point of this test", "point of the test", "point of the survey",
        "can you help me", "could you help me", "can u help me", "would you help me",
        "help me understand", "help me find", "help me with", "help me figure", "help me choose",
        "help me decide", "help me to understand", "help me to find", "help me answer",
        "help me use", "help me read", "help me fill",
        # swollen salivary glands are Sjögren's, not an allergic reaction
        "swelling .. gland*", "swollen .. gland*", "gland* .. swollen", "gland* .. swelling",
        "swelling .. parotid*", "swollen .. parotid*", "parotid* .. swollen",
        "parotid* .. swelling",
        # afraid of not waking up is not wishing it
        *(
            f"{afraid} .. {sleep}"
            for afraid in ("scared", "afraid", "worried", "fear", "frightened")
            for sleep in ("sleep and never", "asleep and never", "sleep and not", "asleep and not")
        ),
        # the means ready to hand, for a trip or the week
        "ready for the week", "ready for the trip", "ready for my trip", "ready for the holiday",
        "ready for my holiday", "ready at the pharmacy", "ready at the chemist",
        "ready to collect", "ready for collection", "ready to pick up", "ready for pickup",
        "ready in my pill*", "ready in the pill*", "ready in my dosette", "ready in the dosette",
        *_SMALL_NUMBERS, *_NOT_A_COUNT, *_ROUTINE, *_ROUTINE_COUNT,
        *(
            f"{when} {pill}"
            for when in ("morning", "evening", "night", "nighttime", "bedtime", "lunchtime")
            for pill in ("pill*", "tablet*", "meds", "medication*", "medicine*", "capsule*")
        ),
        # "kms" is also kilometres in several languages
        "# kms", "cuantos kms", "quantos kms", "kms por", "kms al", "kms a pie", "kms de",
    ),
)  # fmt: skip
