"""Every question of the clinical spec (version 2), with its options, as data.

Ids are the spec's. Each question carries what the dialog needs to know about it: whether
Back is offered, its short name for the visit summary, and whether it is a safety question.
The safety questions (the emergency check and the self-harm questions) live in
``dialogs.safety_questions``.
"""

from __future__ import annotations

from dialogs.model import Option, Question
from dialogs.safety_questions import (
    CONFIRM_MISTAKE,
    EMERGENCY_NOW,
    NO,
    NONE,
    SELF_HARM_CHECK,
    SELF_HARM_PLAN,
    YES,
    opt,
)
from dialogs.text import N_, Verbatim, msg

# TRANSLATORS: button that skips a question.
SKIP = opt("skip", N_("Skip"))

CONSENT = Question(
    "consent",
    "one",
    msg(
        N_(
            "May we save a record of this chat, without your name or account? Doctors who check "
            "the bot read these records to make it safer. You can say no and still use "
            "everything."
        )
    ),
    (
        opt(
            "save",
            # TRANSLATORS: button, at most 40 characters.
            N_("I'm 18+: save without my name"),
            N_("I am 18 or older. You may save a record without my name."),
        ),
        opt(
            "no_save",
            # TRANSLATORS: button, at most 40 characters.
            N_("I'm 18+: don't save"),
            N_("I am 18 or older. Do not save anything."),
        ),
        opt(
            "privacy",
            N_("Read the privacy notice"),
            N_("What is stored, for how long, who reads it, how to delete it."),
        ),
        opt("under_18", N_("I am under 18"), N_("I am younger than 18.")),
    ),
    back=False,
)

COUNTRY = Question(
    "country",
    "one",
    msg(
        N_(
            "Which country are you in? We use it only to show the right emergency numbers. "
            "You can skip this."
        )
    ),
    # The options are the number table's countries, paged: see ``dialogs.country_picker``.
    (),
    short_name=msg(N_("Country")),
)

AGE_BAND = Question(
    "age_band",
    "one",
    msg(N_("For your doctor: how old are you?")),
    (
        # TRANSLATORS: an age group (years).
        opt("18_39", N_("18 to 39")),
        # TRANSLATORS: an age group (years).
        opt("40_59", N_("40 to 59")),
        # TRANSLATORS: an age group (years).
        opt("60_plus", N_("60 or older")),
        SKIP,
    ),
    short_name=msg(N_("Age")),
)

SYMPTOM_DURATION = Question(
    "symptom_duration",
    "one",
    msg(N_("How long have you had dryness or nerve symptoms?")),
    (
        opt("under_3m", N_("Less than 3 months")),
        opt("3_to_12m", N_("3 to 12 months")),
        opt("over_1y", N_("More than a year")),
        opt("no_symptoms", N_("I have no symptoms")),
        SKIP,
    ),
    short_name=msg(N_("Symptoms for")),
)

SJOGREN_STATUS = Question(
    "sjogren_status",
    "one",
    msg(N_("About Sjögren's: which of these fits you best?")),
    (
        opt("diagnosed", N_("A doctor diagnosed it")),
        # TRANSLATORS: button: doctors think it might be Sjögren's and are doing tests.
        opt("suspected", N_("Doctors are checking for it")),
        # TRANSLATORS: button: the person is not sure whether they have Sjögren's.
        opt("unsure", N_("Not sure")),
    ),
    short_name=msg(N_("Sjögren's")),
)

DRYNESS_HINT = msg(
    N_(
        "These are the first questions doctors ask about dryness. A diagnosis of Sjögren's also "
        "needs tests: blood tests, eye and saliva tests, and sometimes a small lip biopsy. "
        "Dryness is also common with age, menopause and many medicines."
    )
)


def _yes_no(question_id: str, prompt: str, short_name: str, hint: bool = False) -> Question:
    return Question(
        question_id,
        "one",
        msg(prompt),
        (YES, NO),
        hint=DRYNESS_HINT if hint else None,
        sources=(9,),
        hint_sources=(9,) if hint else (),
        short_name=msg(short_name),
    )


DRY_EYES_3M = _yes_no(
    "dry_eyes_3m",
    N_("Have you had dry eyes every day, that bother you, for more than 3 months?"),
    N_("Dry eyes daily for over 3 months"),
    hint=True,
)
EYE_GRIT = _yes_no(
    "eye_grit",
    N_("Do you often feel as if there is sand or grit in your eyes?"),
    N_("Sand or grit feeling in the eyes"),
)
TEARS_3X = _yes_no(
    "tears_3x",
    N_("Do you use artificial tears (eye drops for dryness) more than 3 times a day?"),
    N_("Artificial tears more than 3 times a day"),
)
DRY_MOUTH_3M = _yes_no(
    "dry_mouth_3m",
    N_("Have you had a dry mouth every day for more than 3 months?"),
    N_("Dry mouth daily for over 3 months"),
)
DRINK_TO_SWALLOW = _yes_no(
    "drink_to_swallow",
    N_("Do you often need a drink to help you swallow dry food?"),
    N_("Drinks to swallow dry food"),
)

EYE_ITEMS = ("dry_eyes_3m", "eye_grit", "tears_3x")
MOUTH_ITEMS = ("dry_mouth_3m", "drink_to_swallow")

MOUTH_SEVERITY = Question(
    "mouth_severity",
    "one",
    msg(N_("How dry is your mouth on most days?")),
    (
        opt(
            "mild",
            # TRANSLATORS: button: how dry the mouth is (mild, moderate, severe).
            N_("Mild"),
            N_("Mild: dry at times. Sips of water or sugar-free gum help."),
        ),
        opt(
            "moderate",
            # TRANSLATORS: button: how dry the mouth is (mild, moderate, severe).
            N_("Moderate"),
            N_("Moderate: dry most of the day, but there is still some saliva."),
        ),
        opt(
            "severe",
            # TRANSLATORS: button: how dry the mouth is (mild, moderate, severe).
            N_("Severe"),
            N_("Severe: almost no saliva. Speaking, eating or wearing dentures is hard."),
        ),
    ),
    hint=msg(
        N_(
            "Your answer goes into the summary for your doctor. Doctors decide on treatment by "
            "measuring how much saliva you make."
        )
    ),
    sources=(1,),
    hint_sources=(1,),
    short_name=msg(N_("Dry mouth")),
)

EYE_SEVERITY = Question(
    "eye_severity",
    "one",
    msg(N_("How are your dry eyes with the treatment you use?")),
    (
        opt("mild_eye", N_("Artificial tears help"), N_("Artificial tears help enough.")),
        opt(
            "refractory_eye",
            N_("Still bad despite tears and gels"),
            N_("Still a problem even though I use tears and gels regularly."),
        ),
    ),
    short_name=msg(N_("Dry eyes with treatment")),
)


def _scale(question_id: str, prompt: str, short_name: str) -> Question:
    return Question(
        question_id,
        "one",
        msg(prompt),
        tuple(Option(str(n), Verbatim(str(n))) for n in range(11)),
        hint=msg(N_("0 means none at all. 10 means the worst you can imagine.")),
        sources=(6,),
        short_name=msg(short_name),
    )


BURDEN_DRYNESS = _scale(
    "burden_dryness",
    N_("In the last 2 weeks, how bad has your dryness been, from 0 to 10?"),
    N_("Dryness, last 2 weeks (0 to 10)"),
)
BURDEN_FATIGUE = _scale(
    "burden_fatigue",
    N_("In the last 2 weeks, how bad has your tiredness been, from 0 to 10?"),
    N_("Tiredness, last 2 weeks (0 to 10)"),
)
BURDEN_PAIN = _scale(
    "burden_pain",
    N_("In the last 2 weeks, how bad has pain in your arms, legs or joints been, from 0 to 10?"),
    N_("Limb or joint pain, last 2 weeks (0 to 10)"),
)
BURDEN_ITEMS = ("burden_dryness", "burden_fatigue", "burden_pain")

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
        opt("burning", N_("Burning")),
        opt("painful_cold", N_("Painful cold")),
        opt("electric_shocks", N_("Electric shocks")),
        opt("tingling", N_("Tingling")),
        opt("pins_needles", N_("Pins and needles")),
        opt("numbness", N_("Numbness")),
        opt("itching", N_("Itching")),
        NONE,
    ),
    hint=msg(
        N_(
            "This list is based on a questionnaire doctors use for nerve pain. Here it is "
            "reworded and is not a test: only an examination and tests can show nerve damage."
        )
    ),
    sources=(7,),
    hint_sources=(2, 7),
    short_name=msg(N_("Nerve symptoms")),
)

NERVE_PATTERN = Question(
    "nerve_pattern",
    "one",
    msg(N_("Where and how did these feelings start?")),
    (
        opt(
            "feet_hands",
            N_("Feet first, then maybe hands"),
            N_("They started in the feet, maybe later the hands, over months."),
        ),
        opt(
            "patchy",
            N_("Patches on face, body or arms"),
            N_("In patches on the face, body or arms, over weeks or months."),
        ),
        # TRANSLATORS: button: the person is not sure how the symptoms started.
        opt("unsure", N_("Not sure"), N_("I am not sure.")),
    ),
    hint=msg(
        N_(
            "If anything came on suddenly, over hours or a few days, that is an emergency: "
            "press /start and tell us in the first check, or get help now."
        )
    ),
    sources=(3,),
    short_name=msg(N_("How they started")),
)

AUTONOMIC = Question(
    "autonomic",
    "many",
    msg(
        N_(
            "Some nerves run the body's automatic systems. Have you had any of these for weeks "
            "or longer? Tick all that fit, then press Done."
        )
    ),
    (
        opt("dizzy_standing", N_("Dizzy on standing")),
        opt("sweating_change", N_("Sweating changed")),
        opt("gut", N_("Bloating or bowel changes")),
        opt("bladder_change", N_("Bladder slow or urgent")),
        opt("palpitations", N_("Racing or pounding heart")),
        NONE,
    ),
    hint=msg(
        N_("Several medicines can cause these too, so tell your doctor about your medicines.")
    ),
    sources=(10,),
    hint_sources=(10,),
    short_name=msg(N_("Automatic nerve symptoms")),
)

SFN_STATUS = Question(
    "sfn_status",
    "one",
    msg(
        N_(
            "Has a doctor checked you for small fiber neuropathy? This is damage to the smallest "
            "nerves, which carry pain, heat and cold, and automatic body signals."
        )
    ),
    (
        opt(
            "confirmed",
            N_("Yes, it was confirmed"),
            N_("A doctor confirmed it, for example with a skin biopsy."),
        ),
        opt("testing", N_("Tests are under way"), N_("Tests are under way.")),
        opt("not_tested", N_("Not tested"), N_("I have not been tested.")),
        opt(
            "tested_negative",
            N_("Tested, results normal"),
            N_("I was tested and the results so far were normal."),
        ),
        # TRANSLATORS: button: the person is not sure whether they were tested.
        opt("unsure", N_("Not sure"), N_("I am not sure.")),
    ),
    short_name=msg(N_("Small fiber neuropathy")),
)

OTHER_CAUSES = Question(
    "other_causes",
    "many",
    msg(
        N_(
            "Other things can also harm small nerves, and doctors check for them. Do any of "
            "these apply to you? Tick all that fit, then press Done."
        )
    ),
    (
        opt("diabetes", N_("Diabetes or pre-diabetes")),
        opt("alcohol", N_("A lot of alcohol")),
        opt("low_b12", N_("Low vitamin B12")),
        opt("thyroid", N_("Thyroid problems")),
        opt("chemotherapy", N_("Chemotherapy")),
        opt("hiv_hepatitis", N_("HIV or hepatitis C")),
        # TRANSLATORS: button: the person is not sure whether any of these apply.
        opt("unsure", N_("Not sure")),
        NONE,
    ),
    sources=(21,),
    short_name=msg(N_("Other causes")),
)

CURRENT_TREATMENT = Question(
    "current_treatment",
    "many",
    msg(
        N_(
            "Which of these treatments do you use now? This helps us give the right safety "
            "advice. Tick all that fit, then press Done."
        )
    ),
    (
        opt("artificial_tears", N_("Artificial tears or gels")),
        opt("secretagogue", N_("Pilocarpine or cevimeline")),
        opt("eye_immuno_drops", N_("Ciclosporin or serum drops")),
        opt("antidepressant_pain", N_("Duloxetine or amitriptyline")),
        opt("gabapentinoid", N_("Gabapentin or pregabalin")),
        opt("opioid", N_("Opioid, such as tramadol")),
        # TRANSLATORS: button: a treatment the person takes now (steroid medicines).
        opt("steroids", N_("Steroids, such as prednisolone")),
        opt("hydroxychloroquine", N_("Hydroxychloroquine")),
        opt("immunosuppressant", N_("Methotrexate or similar")),
        opt("ivig", N_("Immunoglobulin (IVIG)")),
        opt("rituximab", N_("Rituximab")),
        NONE,
    ),
    hint=msg(
        N_("Methotrexate or similar: medicines that calm the immune system, such as azathioprine.")
    ),
    short_name=msg(N_("Treatments now")),
)

RED_FLAGS_NERVES = Question(
    "red_flags_nerves",
    "many",
    msg(
        N_("Do you have any of these now? Each needs a doctor. Tick all that fit, then press Done.")
    ),
    (
        opt(
            "foot_wrist_drop",
            N_("Weakness in one arm or leg"),
            N_("Weakness in one arm or leg over days to weeks: tripping, dropping things."),
        ),
        opt(
            "spreading_weeks",
            N_("Numbness or pain spreading"),
            N_("Numbness or pain spreading to new areas over weeks."),
        ),
        opt(
            "unsteady_dark",
            N_("Unsteady, worse in the dark"),
            N_("Unsteady walking, worse in the dark or with your eyes closed."),
        ),
        opt(
            "fainting_standing",
            N_("Fainting when standing up"),
            N_("Fainting, or nearly fainting, when you stand up."),
        ),
        opt(
            "pain_uncontrolled",
            N_("Pain not controlled"),
            N_("Pain that stops your sleep or daily life, despite treatment."),
        ),
        opt(
            "sudden_hearing",
            N_("Hearing loss over hours or days"),
            N_("Hearing loss in one or both ears that came on over hours to 3 days."),
        ),
        NONE,
    ),
    sources=(1, 18),
    short_name=msg(N_("Warning signs (nerves)")),
)

RED_FLAGS_BODY = Question(
    "red_flags_body",
    "many",
    msg(N_("And do you have any of these now? Tick all that fit, then press Done.")),
    (
        opt(
            "purpura_ulcers",
            N_("Purple spots or skin ulcers"),
            N_("New purple spots on the legs, or sores (ulcers) on the skin."),
        ),
        opt(
            "eye_pain_light",
            N_("Eye pain, red eye, light hurts"),
            N_(
                "Eye pain, a very red eye, or light hurting your eyes a lot. "
                "Your sight is the same."
            ),
        ),
        opt(
            "fever",
            N_("Fever or shivering now"),
            N_("A fever (38 °C or more), a temperature below 36 °C, or shivering now."),
        ),
        opt(
            "gland_swelling",
            N_("Swollen glands over 3 weeks"),
            N_("Swollen glands by the ears, under the jaw or in the neck, for over 3 weeks."),
        ),
        opt(
            "b_symptoms",
            N_("Night sweats or weight loss"),
            N_("Soaking night sweats, or weight loss you cannot explain, for weeks."),
        ),
        opt(
            "breathless_weeks",
            N_("More breathless, or dry cough"),
            N_("Getting more out of breath over weeks, or a dry cough that will not go away."),
        ),
        NONE,
    ),
    sources=(1, 11),
    short_name=msg(N_("Warning signs (body)")),
)

SEPSIS_SIGNS = Question(
    "sepsis_signs",
    "one",
    msg(
        N_(
            "You have a fever. Are you also confused, or breathing fast? Is your skin blotchy, "
            "bluish or very pale? Or have you not peed all day?"
        )
    ),
    (YES, NO),
    sources=(13,),
    short_name=msg(N_("Signs of sepsis")),
    back=False,
)

# The screening questions in the order they are asked (conditional ones are skipped).
SCREENING: tuple[Question, ...] = (
    AGE_BAND,
    SYMPTOM_DURATION,
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
    OTHER_CAUSES,
    CURRENT_TREATMENT,
    RED_FLAGS_NERVES,
    RED_FLAGS_BODY,
    SEPSIS_SIGNS,
)

QUESTIONS: dict[str, Question] = {
    q.id: q
    for q in (
        EMERGENCY_NOW,
        CONFIRM_MISTAKE,
        SELF_HARM_CHECK,
        SELF_HARM_PLAN,
        CONSENT,
        COUNTRY,
        *SCREENING,
    )
}
RED_FLAG_QUESTIONS = (RED_FLAGS_NERVES, RED_FLAGS_BODY)
