"""Every question of the clinical spec, with its options, as data (ids are the spec's)."""

from __future__ import annotations

from dialogs.model import Option, Question
from dialogs.text import N_, Verbatim, msg


def _opt(option_id: str, label: str, detail: str | None = None) -> Option:
    return Option(option_id, msg(label), msg(detail) if detail else None)


YES = _opt("yes", N_("Yes"))
NO = _opt("no", N_("No"))
# TRANSLATORS: the button of a multi-select question that means "none of these".
NONE = _opt("none", N_("None of these"))

CONSENT = Question(
    "consent",
    "one",
    msg(
        N_(
            "May we save a record of this conversation, without your name or account details? "
            "Doctors who check the bot read these records to make it safer and better. You can "
            "say no and still use everything."
        )
    ),
    (
        _opt(
            "save",
            # TRANSLATORS: button, at most 40 characters.
            N_("I'm 18+: save without my name"),
            N_("I am 18 or older, and you may save a record without my name."),
        ),
        _opt(
            "no_save",
            # TRANSLATORS: button, at most 40 characters.
            N_("I'm 18+: don't save"),
            N_("I am 18 or older, and I do not want anything saved."),
        ),
        _opt(
            "privacy",
            N_("Read the privacy notice"),
            N_("Read what is stored, for how long, who reads it and how to delete it."),
        ),
        _opt("under_18", N_("I am under 18"), N_("I am younger than 18.")),
    ),
)

COUNTRY_PROMPT = msg(
    N_(
        "Which country are you in? We use it only to show the right emergency and crisis "
        "numbers. You can skip this."
    )
)
# TRANSLATORS: button that skips the country question.
SKIP = _opt("skip", N_("Skip"))

AFTER_EMERGENCY = Question(
    "after_emergency",
    "one",
    msg(
        N_(
            "When you are safe and someone is helping you, you can go on with the questions. "
            "What would you like to do?"
        )
    ),
    (
        # TRANSLATORS: button, at most 40 characters.
        _opt("continue", N_("I'm safe and helped: continue")),
        # TRANSLATORS: button that ends the conversation.
        _opt("end", N_("End here")),
    ),
)

EMERGENCY_NOW = Question(
    "emergency_now",
    "one",
    msg(
        N_(
            "Right now, or getting worse over the last hours or days, do you have any of these? "
            "Tap the first one that fits, or \u201cNone of these\u201d."
        )
    ),
    (
        _opt(
            "breathing_swallowing",
            N_("Breathing or swallowing"),
            N_(
                "Breathing or swallowing: new trouble breathing, suddenly you cannot swallow "
                "drinks or your own spit, or you are choking."
            ),
        ),
        _opt(
            "drowsy_overdose",
            N_("Very drowsy or too much medicine"),
            N_(
                "Very drowsy or too much medicine: very sleepy or hard to wake up, slow or "
                "shallow breathing, or you took too much of a medicine."
            ),
        ),
        _opt(
            "stroke_signs",
            N_("Signs of a stroke"),
            N_(
                "Signs of a stroke: sudden weakness or numbness of the face, arm or leg on one "
                "side, slurred or confused speech, sudden confusion, loss of balance or double "
                "vision."
            ),
        ),
        _opt(
            "rapid_weakness",
            N_("Weakness spreading fast"),
            N_(
                "Weakness spreading fast: weakness, numbness or tingling climbing up the legs or "
                "arms over hours to a few days, numbness below a line across the body, or "
                "suddenly you cannot walk."
            ),
        ),
        _opt(
            "saddle_bladder",
            N_("Numb between legs, bladder trouble"),
            N_(
                "Numb between the legs or bladder problems: numbness between the legs or around "
                "the buttocks, new loss of control of your bladder or bowels, or you cannot pass "
                "urine."
            ),
        ),
        _opt(
            "chest_faint",
            N_("Chest pain or fainting"),
            N_(
                "Chest pain or fainting: chest pain, you fainted and have not fully recovered, "
                "or you fainted with a racing or irregular heartbeat."
            ),
        ),
        _opt(
            "vision_loss",
            N_("Sudden problems seeing"),
            N_(
                "Sudden problems seeing: sudden or quickly worsening loss, blurring or doubling "
                "of vision in one or both eyes, or a painful red eye with worse vision."
            ),
        ),
        _opt(
            "brain_signs",
            N_("Bad headache, stiff neck, seizure"),
            N_(
                "Bad headache, stiff neck or seizure: a sudden, severe headache, a stiff neck "
                "with fever, or a seizure (fit)."
            ),
        ),
        _opt(
            "allergy_rash",
            N_("Swollen face or blistering rash"),
            N_(
                "Swollen face or blistering rash: swelling of the lips, tongue or face, or a "
                "widespread rash that blisters or peels."
            ),
        ),
        _opt(
            "purple_fever",
            N_("Purple spots with fever"),
            N_(
                "Purple spots with fever: new purple or dark red spots that do not fade when you "
                "press on them, with a fever or feeling very unwell."
            ),
        ),
        _opt(
            "belly_blocked",
            N_("Swollen belly and vomiting"),
            N_(
                "Swollen belly and vomiting: a swollen, painful belly with vomiting, and no "
                "stool or wind passing."
            ),
        ),
        _opt(
            "self_harm",
            N_("Thoughts of harming myself"),
            N_(
                "Thoughts of harming yourself: thoughts of ending your life or harming "
                "yourself, now or in the last 2 weeks."
            ),
        ),
        NONE,
    ),
)

SELF_HARM_PLAN = Question(
    "self_harm_plan",
    "one",
    msg(
        N_(
            "Thank you for telling us. Have you made a plan, already hurt yourself, or taken "
            "more medicine than prescribed, even if you feel fine now?"
        )
    ),
    (YES, NO),
)

SJOGREN_STATUS = Question(
    "sjogren_status",
    "one",
    msg(N_("First, about Sjögren's. Which of these fits you best?")),
    (
        _opt(
            "diagnosed",
            N_("A doctor diagnosed it"),
            N_("A doctor has diagnosed Sjögren's."),
        ),
        _opt(
            "suspected",
            N_("Being checked for it"),
            N_("Doctors think it might be Sjögren's and are doing tests."),
        ),
        # TRANSLATORS: button: the person is not sure whether they have Sjögren's.
        _opt("unsure", N_("Not sure"), N_("I am not sure.")),
    ),
)


def _yes_no(question_id: str, prompt: str) -> Question:
    return Question(question_id, "one", msg(prompt), (YES, NO), sources=(9,))


DRY_EYES_3M = _yes_no(
    "dry_eyes_3m",
    N_(
        "Have you had dry eyes every day, that bother you and do not go away, for more than "
        "3 months?"
    ),
)
EYE_GRIT = _yes_no("eye_grit", N_("Do you often feel as if there is sand or grit in your eyes?"))
TEARS_3X = _yes_no(
    "tears_3x", N_("Do you use artificial tears (eye drops for dryness) more than 3 times a day?")
)
DRY_MOUTH_3M = _yes_no(
    "dry_mouth_3m", N_("Have you had a dry mouth every day for more than 3 months?")
)
DRINK_TO_SWALLOW = _yes_no(
    "drink_to_swallow", N_("Do you often need a drink to help you swallow dry food?")
)

EYE_ITEMS = ("dry_eyes_3m", "eye_grit", "tears_3x")
MOUTH_ITEMS = ("dry_mouth_3m", "drink_to_swallow")

MOUTH_SEVERITY = Question(
    "mouth_severity",
    "one",
    msg(N_("How dry is your mouth on most days?")),
    (
        _opt(
            "mild",
            # TRANSLATORS: button: how dry the mouth is (mild, moderate, severe).
            N_("Mild"),
            N_("Mild: dry at times; sips of water or sugar-free gum help."),
        ),
        _opt(
            "moderate",
            # TRANSLATORS: button: how dry the mouth is (mild, moderate, severe).
            N_("Moderate"),
            N_("Moderate: dry most of the day, but there is still some spit (saliva)."),
        ),
        _opt(
            "severe",
            # TRANSLATORS: button: how dry the mouth is (mild, moderate, severe).
            N_("Severe"),
            N_("Severe: almost no saliva; speaking, eating or wearing dentures is hard."),
        ),
    ),
    hint=msg(
        N_(
            "Your answer only helps choose which information to show first. Doctors decide on "
            "treatment by measuring how much saliva you make."
        )
    ),
    sources=(1,),
    hint_sources=(1,),
)

EYE_SEVERITY = Question(
    "eye_severity",
    "one",
    msg(N_("How are your dry eyes with the treatment you use?")),
    (
        _opt(
            "mild_eye",
            N_("Artificial tears help"),
            N_("Artificial tears help enough."),
        ),
        _opt(
            "refractory_eye",
            N_("Still bad despite tears and gels"),
            N_("Still troublesome even though I use tears and gels regularly."),
        ),
    ),
)


def _scale(question_id: str, prompt: str) -> Question:
    return Question(
        question_id,
        "one",
        msg(prompt),
        tuple(_scale_option(n) for n in range(11)),
        hint=msg(N_("0 means none at all, 10 means the worst you can imagine.")),
        sources=(6,),
    )


def _scale_option(n: int) -> Option:
    return Option(str(n), Verbatim(str(n)))


BURDEN_DRYNESS = _scale(
    "burden_dryness",
    N_("Over the last 2 weeks, how bad has your dryness been, from 0 to 10?"),
)
BURDEN_FATIGUE = _scale(
    "burden_fatigue",
    N_("Over the last 2 weeks, how bad has your tiredness (fatigue) been, from 0 to 10?"),
)
BURDEN_PAIN = _scale(
    "burden_pain",
    N_("Over the last 2 weeks, how bad has pain in your arms, legs or joints been, from 0 to 10?"),
)

PAINFUL_DESCRIPTORS = ("burning", "painful_cold", "electric_shocks")

NERVE_DESCRIPTORS = Question(
    "nerve_descriptors",
    "many",
    msg(
        N_(
            "Think of the area where you have pain or strange feelings. Which of these do you "
            "feel there? Tick all that fit, then press Done."
        )
    ),
    (
        # TRANSLATORS: buttons below: feelings in the painful area (burning, cold, shocks...).
        _opt("burning", N_("Burning"), N_("Burning pain.")),
        _opt("painful_cold", N_("Painful cold"), N_("A painful feeling of cold.")),
        _opt("electric_shocks", N_("Electric shocks"), N_("Pain like electric shocks.")),
        _opt("tingling", N_("Tingling"), N_("Tingling.")),
        _opt("pins_needles", N_("Pins and needles"), N_("Pins and needles.")),
        _opt("numbness", N_("Numbness"), N_("Numbness.")),
        _opt("itching", N_("Itching"), N_("Itching.")),
        NONE,
    ),
    sources=(7,),
)

NERVE_PATTERN = Question(
    "nerve_pattern",
    "one",
    msg(N_("Where and how did these feelings start?")),
    (
        _opt(
            "feet_hands",
            N_("Feet first, then maybe hands"),
            N_("They started in the feet, perhaps later the hands, over months."),
        ),
        _opt(
            "patchy",
            N_("Patches on face, body or arms"),
            N_("In patches on the face, body or arms, coming on over weeks or months."),
        ),
        # TRANSLATORS: button: the person is not sure how the symptoms started.
        _opt("unsure", N_("Not sure"), N_("I am not sure.")),
    ),
    hint=msg(
        N_(
            "If anything came on suddenly, over hours or a few days, that belongs to the "
            "emergency check: press /restart and tell us there, or get help now."
        )
    ),
    sources=(3,),
)

AUTONOMIC = Question(
    "autonomic",
    "many",
    msg(
        N_(
            "Some nerves work the body's automatic systems. Have you had any of these for "
            "weeks or longer? Tick all that fit, then press Done."
        )
    ),
    (
        _opt(
            "dizzy_standing",
            N_("Dizzy when standing up"),
            N_("Dizzy or light-headed when you stand up."),
        ),
        _opt(
            "sweating_change",
            N_("Sweating changed"),
            N_("Sweating much more or much less than before."),
        ),
        _opt(
            "gut",
            N_("Stomach or bowel changes"),
            N_("Bloating, feeling full early, constipation or diarrhoea."),
        ),
        _opt(
            "bladder_change",
            N_("Bladder slow or hard to hold"),
            N_(
                "A slow or urgent bladder for weeks or longer. (A sudden change, or not being "
                "able to pass urine, belongs to the emergency check.)"
            ),
        ),
        _opt(
            "palpitations",
            N_("Heart racing or pounding"),
            N_("Feeling your heart racing or pounding."),
        ),
        NONE,
    ),
    hint=msg(
        N_("Several medicines can cause these too, so mention your medicines to your doctor.")
    ),
    sources=(10,),
    hint_sources=(10,),
)

SFN_STATUS = Question(
    "sfn_status",
    "one",
    msg(
        N_(
            "Has a doctor checked you for small fiber neuropathy (damage to the smallest "
            "nerves, which carry pain, temperature and automatic body signals)?"
        )
    ),
    (
        _opt(
            "confirmed",
            N_("Yes, it was confirmed"),
            N_("A doctor confirmed it, for example with a skin biopsy."),
        ),
        _opt("testing", N_("Tests are under way"), N_("Tests are under way.")),
        _opt("not_tested", N_("Not tested"), N_("I have not been tested.")),
        _opt(
            "tested_negative",
            N_("Tested, results normal"),
            N_("I was tested and the results so far were normal."),
        ),
        # TRANSLATORS: button: the person is not sure whether they were tested.
        _opt("unsure", N_("Not sure"), N_("I am not sure.")),
    ),
)

RED_FLAGS = Question(
    "red_flags",
    "many",
    msg(
        N_(
            "Do you have any of these now? Each of them needs a doctor's attention. Tick all "
            "that fit, then press Done."
        )
    ),
    (
        _opt(
            "foot_wrist_drop",
            N_("Weakness in one arm or leg"),
            N_(
                "Weakness in one arm or leg that came on over days to weeks: tripping over a "
                "foot, or dropping things."
            ),
        ),
        _opt(
            "purpura_ulcers",
            N_("Purple spots or skin ulcers"),
            N_("New purple spots on the legs, or sores (ulcers) on the skin."),
        ),
        _opt(
            "eye_pain_light",
            N_("Eye pain, red eye, light hurts"),
            N_(
                "Eye pain, a very red eye, or light hurting your eyes a lot (your sight is "
                "unchanged)."
            ),
        ),
        _opt(
            "fainting_standing",
            N_("Fainting when standing up"),
            N_("Fainting, or nearly fainting, when you stand up."),
        ),
        _opt(
            "spreading_weeks",
            N_("Numbness or pain spreading"),
            N_("Numbness or pain spreading to new areas over weeks."),
        ),
        _opt(
            "fever",
            N_("Fever or shivering now"),
            N_("A fever (38 °C or more) or shivering now."),
        ),
        _opt(
            "unsteady_dark",
            N_("Unsteady, worse in the dark"),
            N_("Unsteady walking, worse in the dark or with your eyes closed."),
        ),
        _opt(
            "gland_swelling",
            N_("Swollen glands over 3 weeks"),
            N_(
                "Swollen glands in front of the ears, under the jaw or in the neck for more "
                "than 3 weeks."
            ),
        ),
        _opt(
            "b_symptoms",
            N_("Night sweats or weight loss"),
            N_("Soaking night sweats, or losing weight without knowing why, for weeks."),
        ),
        _opt(
            "pain_uncontrolled",
            N_("Pain not controlled"),
            N_("Pain that stops your sleep or daily activities despite treatment."),
        ),
        NONE,
    ),
    sources=(1, 11),
)

CURRENT_TREATMENT = Question(
    "current_treatment",
    "many",
    msg(
        N_(
            "Which of these treatments do you use now? This helps choose what to explain. "
            "Tick all that fit, then press Done."
        )
    ),
    (
        _opt("artificial_tears", N_("Artificial tears"), N_("Artificial tears, eye gels.")),
        _opt(
            "secretagogue",
            N_("Pilocarpine or cevimeline"),
            N_("Pilocarpine or cevimeline (tablets that increase saliva)."),
        ),
        _opt(
            "eye_immuno_drops",
            N_("Ciclosporin or serum eye drops"),
            N_("Ciclosporin eye drops or eye drops made from your own serum."),
        ),
        _opt(
            "antidepressant_pain",
            N_("Duloxetine or amitriptyline"),
            N_("Duloxetine or amitriptyline (used for nerve pain)."),
        ),
        _opt(
            "gabapentinoid",
            N_("Gabapentin or pregabalin"),
            N_("Gabapentin or pregabalin (used for nerve pain)."),
        ),
        _opt("opioid", N_("Opioid painkiller"), N_("An opioid painkiller, such as tramadol.")),
        # TRANSLATORS: button: a treatment the person takes now (steroid medicines).
        _opt("steroids", N_("Steroids"), N_("Steroid tablets or injections, such as prednisone.")),
        _opt(
            "immunosuppressant",
            N_("Immunosuppressant"),
            N_(
                "A medicine that calms the immune system, such as methotrexate, azathioprine "
                "or mycophenolate."
            ),
        ),
        _opt("ivig", N_("Immunoglobulin (IVIG)"), N_("Immunoglobulin drips (IVIG).")),
        _opt("rituximab", N_("Rituximab"), N_("Rituximab.")),
        NONE,
    ),
)

# The screening questions in the order they are asked (conditional ones are skipped).
SCREENING: tuple[Question, ...] = (
    SJOGREN_STATUS,
    DRY_EYES_3M,
    EYE_GRIT,
    TEARS_3X,
    DRY_MOUTH_3M,
    DRINK_TO_SWALLOW,
    MOUTH_SEVERITY,
    EYE_SEVERITY,
    BURDEN_DRYNESS,
    BURDEN_FATIGUE,
    BURDEN_PAIN,
    NERVE_DESCRIPTORS,
    NERVE_PATTERN,
    AUTONOMIC,
    SFN_STATUS,
    RED_FLAGS,
    CURRENT_TREATMENT,
)

QUESTIONS: dict[str, Question] = {
    q.id: q for q in (CONSENT, AFTER_EMERGENCY, EMERGENCY_NOW, SELF_HARM_PLAN, *SCREENING)
}
