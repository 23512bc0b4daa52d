"""Treatment topics (clinical spec section 7, version 2): every tier, for everyone.

A topic explains the guideline's tiers in their order, the same for everyone: the answers only
decide which topics come first in the menu, never which treatment a topic puts forward
(choosing a treatment is the prescriber's job).

Choices where the spec is silent, for a clinician to confirm: the non-drug help line cites
NICE CG173 [12], which says non-drug treatments and psychological therapies are available;
every topic, not only the treatment ones, ends with "never stop, start or change a medicine".
"""

from __future__ import annotations

from dataclasses import dataclass

from dialogs.model import Block, Option
from dialogs.text import N_, Msg, msg
from dialogs.triage import (
    Answers,
    any_autonomic,
    chosen,
    eye_item_yes,
    has_pain,
    mouth_item_yes,
    neuropathic_features,
    red_flags,
    sfn_not_confirmed,
    treatments,
)


@dataclass(frozen=True)
class Line:
    """One statement of a topic, with the sources that back it; ``tier`` when it is a step
    of the treatment ladder."""

    id: str
    text: Msg
    sources: tuple[int, ...]
    tier: bool = False


@dataclass(frozen=True)
class Topic:
    """A treatment topic: a short label (its button), a title, and its lines in order."""

    id: str
    label: Msg
    title: Msg
    lines: tuple[Line, ...]

    @property
    def tiers(self) -> tuple[Line, ...]:
        return tuple(line for line in self.lines if line.tier)


def _tier(line_id: str, text: str, *sources: int) -> Line:
    return Line(line_id, msg(text), sources, tier=True)


def _fact(line_id: str, text: str, *sources: int) -> Line:
    return Line(line_id, msg(text), sources)


NERVE_PAIN = Topic(
    "nerve_pain",
    msg(N_("Treating nerve pain")),
    msg(N_("Treating nerve pain")),
    (
        _tier(
            "first_line",
            N_(
                "First: a nerve pain medicine such as duloxetine, amitriptyline, gabapentin or "
                "pregabalin, started low and raised slowly. If one does not help or has side "
                "effects, doctors usually switch to another."
            ),
            2,
            12,
        ),
        _tier(
            "second_line",
            N_(
                "Next: some specialists combine two of these medicines, or add other pain relief. "
                "UK guidance advises switching rather than combining in general practice."
            ),
            2,
            12,
        ),
        _tier(
            "refractory",
            N_(
                "If pain stays hard to treat: specialists may think about immune treatments (see "
                "that topic)."
            ),
            2,
        ),
        _fact(
            "evidence",
            N_(
                "How good is the evidence? These medicines were studied mostly in other kinds of "
                "nerve pain, not in Sjögren's."
            ),
            12,
        ),
        _fact(
            "capsaicin",
            N_("For pain in one small area, a chilli cream (capsaicin) is an option."),
            12,
        ),
        _fact(
            "non_drug",
            N_(
                "Help without medicines counts too: pacing your day, physiotherapy, and support "
                "for living with pain."
            ),
            12,
        ),
        _fact(
            "side_effects",
            N_(
                "Some of these (amitriptyline, pregabalin, opioids) can worsen dry mouth and eyes, "
                "and cause constipation, bladder problems or dizziness on standing. Duloxetine, "
                "gabapentin and pregabalin can also dry the mouth."
            ),
            2,
            12,
        ),
        _fact(
            "opioid_risks",
            N_(
                "Opioids can cause drowsiness, dependence and breathing problems, more so with "
                "gabapentin or pregabalin."
            ),
            12,
            16,
        ),
    ),
)

CONFIRM_SFN = Topic(
    "confirm_sfn",
    msg(N_("Confirming nerve damage")),
    msg(N_("How doctors confirm small fiber neuropathy")),
    (
        _tier(
            "tests",
            N_(
                "A small skin biopsy that counts the nerve fibres in the skin, or special nerve "
                "tests, can confirm it."
            ),
            2,
            5,
        ),
        _fact(
            "normal_standard_test",
            N_(
                "A normal standard nerve test (EMG) does not rule it out: that test does not see "
                "the smallest nerves."
            ),
            2,
        ),
        _fact(
            "other_causes",
            N_(
                "Doctors also check for other causes, such as diabetes, low vitamin B12 or "
                "thyroid problems."
            ),
            21,
        ),
        _fact(
            "before_dryness",
            N_("In Sjögren's, the nerve symptoms can come before the dryness."),
            3,
        ),
        _fact(
            "men",
            N_("This nerve damage is more common in men who have Sjögren's than in women."),
            3,
        ),
        _fact(
            "antibodies",
            N_("A negative blood antibody test does not rule Sjögren's out."),
            3,
        ),
    ),
)

IMMUNE_NERVE = Topic(
    "immune_nerve",
    msg(N_("Immune treatments for nerves")),
    msg(N_("Immune treatments for nerves")),
    (
        _tier(
            "steroids_immunosuppressants",
            N_(
                "Steroids and the usual immune medicines often do not help small fiber "
                "neuropathy on its own. Never stop a steroid yourself: stopping suddenly can be "
                "dangerous."
            ),
            2,
        ),
        _tier(
            "ivig",
            N_(
                "Immunoglobulin drips (IVIG) may help when other treatments have not. In "
                "Sjögren's this rests on small groups of patients, and IVIG is used off-label "
                "(outside its licence). The one trial, in people without Sjögren's, showed no "
                "benefit."
            ),
            4,
            8,
        ),
        _tier(
            "rituximab",
            N_(
                "Rituximab may be used for severe Sjögren's that has not responded to other "
                "treatment, also when nerves are affected."
            ),
            1,
            2,
        ),
        _fact(
            "risks",
            N_(
                "Risks: IVIG can cause headache, and rarely blood clots or kidney problems. "
                "Rituximab can cause infections and reactions during the drip."
            ),
            1,
        ),
    ),
)

DRY_MOUTH = Topic(
    "dry_mouth",
    msg(N_("Dry mouth")),
    msg(N_("Treating a dry mouth")),
    (
        _tier(
            "mild",
            N_("Mild dryness: sugar-free gum and frequent sips of water help you make saliva."),
            1,
        ),
        _tier(
            "moderate",
            N_(
                "Moderate dryness, with some saliva left: tablets that boost saliva (pilocarpine "
                "or cevimeline), from a doctor."
            ),
            1,
        ),
        _tier(
            "severe",
            N_("Severe dryness, with almost no saliva: saliva substitutes (sprays or gels)."),
            1,
        ),
        _fact(
            "measure_first",
            N_("Doctors first measure how much saliva you make, then choose the step."),
            1,
        ),
        _fact(
            "teeth",
            N_(
                "Protect your teeth: fluoride toothpaste, regular dental checks, and sugar-free "
                "products."
            ),
            1,
        ),
    ),
)

DRY_EYES = Topic(
    "dry_eyes",
    msg(N_("Dry eyes")),
    msg(N_("Treating dry eyes")),
    (
        _tier("first_line", N_("First: artificial tears, eye gels and eye ointments."), 1),
        _tier(
            "refractory",
            N_(
                "If the eyes stay dry or sore: drops that calm inflammation (ciclosporin), or "
                "drops made from your own blood serum."
            ),
            1,
        ),
        _tier(
            "specialist", N_("If you already use those drops: a review by an eye specialist."), 1
        ),
    ),
)

AUTONOMIC = Topic(
    "autonomic",
    msg(N_("Automatic body functions")),
    msg(N_("Symptoms of the automatic nerves")),
    (
        _fact(
            "what",
            N_(
                "Automatic (autonomic) nerves run what you do not control on purpose: blood "
                "pressure when you stand, sweating, the gut, the bladder and the heartbeat."
            ),
            10,
        ),
        _fact(
            "why_mention",
            N_(
                "Small fiber neuropathy can affect these nerves. Tell your doctor about dizziness "
                "when you stand, changes in sweating, gut or bladder problems, or a racing heart."
            ),
            2,
        ),
        _fact(
            "which_doctor",
            N_(
                "Your rheumatologist or family doctor can refer you to a neurologist, who may test "
                "these nerves."
            ),
            2,
        ),
        _fact(
            "medicines",
            N_("Several medicines can cause the same symptoms, so bring a list of your medicines."),
            10,
        ),
    ),
)

SYSTEMIC = Topic(
    "systemic",
    msg(N_("Whole-body Sjögren's treatment")),
    msg(N_("Treating Sjögren's in the whole body")),
    (
        _tier(
            "by_organ",
            N_(
                "Treatment depends on how active the disease is in each organ. Doctors use a "
                "score called ESSDAI to measure this."
            ),
            1,
        ),
        _tier(
            "glucocorticoids",
            N_(
                "Steroid medicines (glucocorticoids, such as prednisolone) are used at the lowest "
                "dose and for the shortest time that works."
            ),
            1,
        ),
        _tier(
            "immunosuppressants",
            N_(
                "Immune-calming medicines (azathioprine, methotrexate, leflunomide, mycophenolate "
                "or cyclophosphamide) are used mainly so that less steroid is needed."
            ),
            1,
        ),
        _tier(
            "b_cell",
            N_(
                "For severe disease that has not responded: rituximab. It targets B cells, white "
                "blood cells that make antibodies."
            ),
            1,
        ),
        _fact(
            "hydroxychloroquine",
            N_(
                "Hydroxychloroquine is used for joint and muscle pain and tiredness in Sjögren's. "
                "It needs regular eye checks."
            ),
            1,
        ),
    ),
)

MONITORING = Topic(
    "monitoring",
    msg(N_("Regular check-ups")),
    msg(N_("Regular check-ups")),
    (
        _fact("activity", N_("Regular checks of how active the disease is (ESSDAI)."), 1),
        _fact("side_effects", N_("Regular checks of how treatment works, and of side effects."), 1),
        _fact(
            "lymphoma",
            N_(
                "Checks for lymphoma, a cancer of the lymph glands. It affects about 2 to 5 in 100 "
                "people with Sjögren's. Tell your doctor about swollen glands, night sweats or "
                "weight loss."
            ),
            1,
        ),
    ),
)

TEAM = Topic(
    "team",
    msg(N_("Your care team")),
    msg(N_("Your care team")),
    (
        _fact(
            "expert_centre",
            N_(
                "Sjögren's is best cared for in, or with, an expert centre, by a team: "
                "rheumatology, neurology, eye care and mouth care."
            ),
            1,
        ),
    ),
)

TOPICS: tuple[Topic, ...] = (
    NERVE_PAIN,
    CONFIRM_SFN,
    IMMUNE_NERVE,
    DRY_MOUTH,
    DRY_EYES,
    AUTONOMIC,
    SYSTEMIC,
    MONITORING,
    TEAM,
)
TOPIC_BY_ID: dict[str, Topic] = {topic.id: topic for topic in TOPICS}

# The menu's other options, after the topics.
MENU_EXTRAS: tuple[Option, ...] = (
    # TRANSLATORS: button that shows a summary to forward to a doctor.
    Option("visit_summary", msg(N_("Summary for my doctor"))),
    # TRANSLATORS: button that starts a new conversation.
    Option("restart", msg(N_("Start again"))),
    # TRANSLATORS: button that ends the conversation.
    Option("end", msg(N_("End"))),
)

NEVER_CHANGE_MEDICINE = Block(
    msg(N_("Never stop, start or change a medicine without your doctor.")), "notice"
)
# Shown in the nerve pain topic when the crisis flag is set; it names no medicine [15].
SAFE_STORAGE = Block(
    msg(
        N_(
            "Keep medicines safe: ask your pharmacist how to store them and keep only small "
            "amounts at home, or let someone you trust keep them."
        )
    ),
    "statement",
    (15,),
)

# The order in which matching topics come first (clinical spec section 7).
MATCH_ORDER = (
    "nerve_pain",
    "confirm_sfn",
    "immune_nerve",
    "dry_mouth",
    "dry_eyes",
    "autonomic",
    "systemic",
    "monitoring",
)


def matching(answers: Answers) -> tuple[str, ...]:
    """The topics that match the answers, in the spec's order ("team" never does)."""
    taken = treatments(answers)
    flags = red_flags(answers)
    rules = {
        "nerve_pain": (bool(chosen(answers, "nerve_descriptors")) and has_pain(answers))
        or "opioid" in taken,
        "confirm_sfn": neuropathic_features(answers) and sfn_not_confirmed(answers),
        "immune_nerve": bool(taken & {"ivig", "rituximab"}),
        "dry_mouth": mouth_item_yes(answers),
        "dry_eyes": eye_item_yes(answers),
        "autonomic": any_autonomic(answers),
        "systemic": bool(flags & {"purpura_ulcers", "foot_wrist_drop"})
        or bool(taken & {"steroids", "hydroxychloroquine", "immunosuppressant"}),
        "monitoring": bool(flags & {"gland_swelling", "b_symptoms"}),
    }
    return tuple(topic for topic in MATCH_ORDER if rules[topic])


def menu_order(answers: Answers) -> tuple[str, ...]:
    """Every topic: the matching ones first, then the rest in the list's order."""
    first = matching(answers)
    return first + tuple(topic.id for topic in TOPICS if topic.id not in first)
