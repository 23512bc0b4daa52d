"""English phrases for reading typed distress (syntax: ``dialogs.distress``).

Written from the clinical spec's section 9 examples, common spellings without apostrophes
("dont", "im", "ive"), text-speak ("kms", "wanna", "gonna") and the emergency check's groups.
Content: changes are reviewed like any wording and change the content version.
"""

from dialogs.distress.phrases import PhraseList

PHRASES = PhraseList(
    language="en",
    suicidal_act=(
        "took all .. pill*", "taken all .. pill*", "took all .. tablet*", "taken all .. tablet*",
        "took all .. med*", "taken all .. med*", "swallowed all .. pill*", "swallowed .. pills",
        "took too many pill*", "taken too many pill*", "took too many tablet*",
        "took a whole bottle", "swallowed a whole bottle", "swallowed the whole bottle",
        "took the whole bottle", "taken the whole bottle",
        "took the whole pack*", "took a whole pack*", "took the lot",
        "overdose", "overdosed", "overdosing", "oded", "taken an overdose",
        "ive cut myself", "i cut myself", "i have cut myself", "just cut myself",
        "cut my wrist*", "slit my wrist*", "slashed my wrist*", "cutting myself right now",
        "ive hurt myself", "i have hurt myself", "hurt myself on purpose", "harmed myself",
        "ive harmed myself", "self harmed", "poisoned myself", "drank bleach", "took poison",
        "hanging myself", "im hanging", "noose around my neck", "rope around my neck",
        "im on the bridge", "i am on the bridge", "on the bridge to jump", "on the roof to jump",
        "on the edge to jump", "about to jump", "standing on the edge", "on the train tracks",
        "in front of a train now", "jumped off", "took everything i had", "took all of them",
    ),
    suicidal_wish=(
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
        "disappear forever", "want it all to end", "i want to go to sleep forever",
    ),
    emergency_words=(
        # breathing_chest
        "cant breathe", "cannot breathe", "can not breathe", "cant breath", "struggling to breathe",
        "hard to breathe", "trouble breathing", "difficulty breathing", "short of breath",
        "not breathing", "choking", "chest pain*", "pain in my chest", "chest tight*",
        "heart attack", "fainted", "passed out", "blacked out", "collapsed", "unconscious",
        "cant swallow", "throat closing", "throat is closing", "throat closes",
        # stroke_brain
        "stroke", "face drooping", "face is drooping", "face droop*", "slurred speech",
        "slurring", "cant speak", "cant talk properly", "suddenly confused", "sudden confusion",
        "cant see", "lost my sight", "lost my vision", "gone blind", "going blind",
        "sudden blindness", "double vision", "worst headache", "thunderclap", "stiff neck",
        "seizure*", "having a fit", "convulsion*", "fitting",
        # sudden_weakness
        "cant walk", "cannot walk", "unable to walk", "legs gave way", "legs giving way",
        "cant move my legs", "cant move my arm*", "cant feel my legs", "paralysed", "paralyzed",
        "numb between my legs", "cant pee", "cannot pee", "cant urinate", "cannot pass urine",
        "cant pass urine", "lost control of my bladder", "lost control of my bowel*",
        "guillain barre",
        # drowsy_overdose
        "cant wake", "wont wake up", "hard to wake", "very drowsy", "cant stay awake",
        "breathing slowly", "took too much", "having a hypo", "low blood sugar",
        # sepsis_unwell
        "sepsis", "septic", "mottled", "blue lips", "lips are blue", "turning blue",
        "very high fever", "havent peed all day", "no pee all day", "havent passed urine",
        "i think im dying", "im dying", "feel like im dying", "going to die",
        # skin_swelling
        "lips swelling", "lips are swelling", "swollen lips", "swollen tongue",
        "tongue swelling", "tongue is swelling", "face swelling", "face is swelling",
        "swollen face", "anaphyla*", "allergic reaction", "epipen", "blistering",
        "blisters all over", "skin peeling", "skin is peeling", "skin coming off",
        "rash that doesnt fade", "purple spots",
        # belly_blocked
        "vomiting blood", "throwing up blood", "threw up blood", "coughing up blood",
        "black stool*", "black poo*", "tarry stool*", "cant keep fluids down",
        "cant keep anything down", "swollen belly", "belly is swollen",
        # help wanted now
        "emergency", "ambulance", "call 911", "call 999", "call 112",
    ),
    distress_unclear=(
        "killing me", "cant go on", "cant take it anymore", "cant take it any more",
        "cant take this anymore", "cant do this anymore", "cant do this any more",
        "cant cope", "cannot cope", "im done", "i am done", "im finished", "give up", "giving up",
        "hopeless", "no hope", "no point", "whats the point", "what is the point", "pointless",
        "cant carry on", "end of my rope", "end of my tether", "make it stop",
        "want it to stop", "want it to be over", "want out", "had enough", "sick of living",
        "tired of living", "tired of life", "fed up with life", "rather die", "cant live like this",
        "cant live with this", "worthless", "a burden", "burden to everyone", "nobody cares",
        "no one cares", "so depressed", "im depressed", "desperate", "in despair",
        "falling apart", "breaking down", "cant stop crying", "help me",
    ),
    not_distress=(
        "dont want to die", "do not want to die", "dont wanna die", "not suicidal",
        "never kill myself", "wouldnt kill myself", "would never kill myself",
        "never hurt myself", "would never hurt myself", "not going to hurt myself",
        "not going to kill myself", "no thoughts of suicide", "no suicidal",
        "cut myself shaving", "cut myself cooking", "cut myself by accident",
        "accidentally cut myself", "hurt myself falling", "hurt myself at the gym",
        "afraid of an overdose", "scared of an overdose", "risk of overdose", "what is an overdose",
        "had a stroke .. ago", "had a seizure .. ago", "history of stroke", "stroke risk",
        "dying to", "cant go on holiday", "cant see the doctor", "cant see my doctor",
        "give up smoking", "giving up smoking", "give up sugar", "give up gluten",
        # "kms" is also kilometres in several languages
        "# kms", "cuantos kms", "quantos kms", "kms por", "kms al", "kms a pie", "kms de",
    ),
)  # fmt: skip
