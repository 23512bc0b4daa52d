"""Treatment topics: their tiers with sources, and which topics and tiers the answers highlight."""

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
    one,
)


@dataclass(frozen=True)
class Tier:
    """One step of a treatment ladder, with the sources that back it."""

    id: str
    text: Msg
    sources: tuple[int, ...]


@dataclass(frozen=True)
class Topic:
    """A treatment topic: a short label, a title, its tiers in order, and further facts."""

    id: str
    label: Msg
    title: Msg
    tiers: tuple[Tier, ...]
    facts: tuple[Tier, ...] = ()


def _tier(tier_id: str, text: str, *sources: int) -> Tier:
    return Tier(tier_id, msg(text), sources)


TOPICS: tuple[Topic, ...] = (
    Topic(
        "nerve_pain",
        msg(N_("Treating nerve pain")),
        msg(N_("Treating nerve pain")),
        (
            _tier(
                "first_line",
                N_(
                    "First step: a medicine for nerve pain, such as duloxetine, amitriptyline, "
                    "gabapentin or pregabalin. Doctors start with a low dose and raise it "
                    "slowly. If one does not help or causes side effects, doctors usually "
                    "switch to another of these."
                ),
                2,
                12,
            ),
            _tier(
                "second_line",
                N_(
                    "Next step: combining these medicines, or other pain relief that your "
                    "doctor chooses for you."
                ),
                2,
                12,
            ),
            _tier(
                "refractory",
                N_(
                    "If the pain stays hard to treat: treatments that act on the immune "
                    "system (see the topic \u201cImmune treatments for nerves\u201d)."
                ),
                2,
            ),
        ),
        (
            _tier(
                "dryness_side_effects",
                N_(
                    "Some of these medicines (amitriptyline, pregabalin, opioids) can make dry "
                    "mouth and dry eyes worse, and can cause constipation, bladder problems and "
                    "dizziness when you stand up."
                ),
                2,
                12,
            ),
            _tier(
                "opioid_risks",
                N_(
                    "Opioid painkillers can cause drowsiness, dependence and breathing "
                    "problems, especially together with gabapentin or pregabalin."
                ),
                12,
            ),
        ),
    ),
    Topic(
        "confirm_sfn",
        msg(N_("Confirming nerve damage")),
        msg(N_("How doctors confirm small fiber neuropathy")),
        (
            _tier(
                "tests",
                N_(
                    "Small fiber neuropathy is confirmed with a small skin biopsy that counts "
                    "the nerve fibres in the skin, or with specialised nerve tests."
                ),
                2,
                5,
            ),
        ),
        (
            _tier(
                "normal_standard_test",
                N_(
                    "A normal result on the standard nerve test (nerve conduction study) does "
                    "not rule it out, because that test does not see the smallest nerves."
                ),
                2,
            ),
            _tier(
                "other_causes",
                N_(
                    "Doctors also check for other causes, such as diabetes, low vitamin B12 or "
                    "thyroid problems."
                ),
                2,
            ),
            _tier(
                "before_dryness",
                N_(
                    "Nerve symptoms can come before dryness: in about 45 in 100 people with "
                    "this kind of nerve damage."
                ),
                3,
            ),
            _tier(
                "men",
                N_(
                    "This kind of nerve damage is relatively more common in men who have Sjögren's."
                ),
                3,
            ),
            _tier(
                "antibodies",
                N_(
                    "People with this nerve damage less often have the usual Sjögren's "
                    "antibodies, so a negative blood antibody test does not rule Sjögren's out."
                ),
                3,
            ),
        ),
    ),
    Topic(
        "immune_nerve",
        msg(N_("Immune treatments for nerves")),
        msg(N_("Immune treatments for nerves")),
        (
            _tier(
                "steroids_immunosuppressants",
                N_(
                    "Steroids and the usual immune-calming medicines usually do not help when "
                    "small fiber neuropathy is the only problem. Never stop a steroid by "
                    "yourself: stopping suddenly can be dangerous."
                ),
                2,
            ),
            _tier(
                "ivig",
                N_(
                    "Immunoglobulin drips (IVIG) may help small fiber neuropathy with Sjögren's "
                    "when other treatments have not worked; some reports describe lasting "
                    "benefit. A trial in people with small fiber neuropathy without Sjögren's "
                    "did not show a benefit."
                ),
                4,
                8,
            ),
            _tier(
                "rituximab",
                N_(
                    "Rituximab may be considered for severe Sjögren's that has not responded to "
                    "other treatments, including when nerves are affected."
                ),
                1,
                2,
            ),
        ),
    ),
    Topic(
        "dry_mouth",
        msg(N_("Dry mouth")),
        msg(N_("Treating a dry mouth")),
        (
            _tier(
                "mild",
                N_(
                    "Mild dryness: help the mouth make saliva without medicine, with sugar-free "
                    "gum and frequent sips of water."
                ),
                1,
            ),
            _tier(
                "moderate",
                N_(
                    "Moderate dryness, with some saliva left: tablets that boost saliva "
                    "(pilocarpine or cevimeline), prescribed by a doctor."
                ),
                1,
            ),
            _tier(
                "severe",
                N_(
                    "Severe dryness, with almost no saliva: saliva substitutes (sprays or gels) "
                    "that keep the mouth moist."
                ),
                1,
            ),
        ),
        (
            _tier(
                "measure_first",
                N_("Doctors first measure how much saliva you make, then choose the step."),
                1,
            ),
        ),
    ),
    Topic(
        "dry_eyes",
        msg(N_("Dry eyes")),
        msg(N_("Treating dry eyes")),
        (
            _tier(
                "first_line",
                N_("First step: artificial tears, eye gels and eye ointments."),
                1,
            ),
            _tier(
                "refractory",
                N_(
                    "If the eyes stay dry or sore: eye drops that calm inflammation "
                    "(ciclosporin), or eye drops made from your own blood serum."
                ),
                1,
            ),
            _tier(
                "specialist",
                N_("If you already use those drops: a review by an eye specialist."),
                1,
            ),
        ),
    ),
    Topic(
        "autonomic",
        msg(N_("Automatic body functions")),
        msg(N_("Symptoms of the automatic (autonomic) nerves")),
        (
            _tier(
                "what",
                N_(
                    "Autonomic nerves run things you do not control on purpose: blood pressure "
                    "when you stand up, sweating, the gut, the bladder and the heartbeat."
                ),
                10,
            ),
            _tier(
                "why_mention",
                N_(
                    "Small fiber neuropathy can affect these nerves, so tell your doctor about "
                    "dizziness on standing, sweating changes, gut or bladder problems, or a "
                    "racing heart."
                ),
                2,
            ),
            _tier(
                "which_doctor",
                N_(
                    "Your rheumatologist or family doctor can refer you to a neurologist, who "
                    "may arrange tests of these nerves."
                ),
                2,
            ),
            _tier(
                "medicines",
                N_(
                    "Several medicines can cause the same symptoms, so bring a list of all your "
                    "medicines."
                ),
                10,
            ),
        ),
    ),
    Topic(
        "systemic",
        msg(N_("Whole-body Sjögren's treatment")),
        msg(N_("Treating Sjögren's in the whole body")),
        (
            _tier(
                "by_organ",
                N_(
                    "Treatment is matched to how active the disease is in each organ; doctors "
                    "use a checklist called ESSDAI for this."
                ),
                1,
            ),
            _tier(
                "glucocorticoids",
                N_(
                    "Steroids (glucocorticoids) are used at the lowest dose and for the shortest "
                    "time that controls the disease."
                ),
                1,
            ),
            _tier(
                "immunosuppressants",
                N_(
                    "Immune-calming medicines (such as azathioprine, methotrexate, "
                    "leflunomide, mycophenolate or cyclophosphamide) are used mainly so that "
                    "less steroid is needed."
                ),
                1,
            ),
            _tier(
                "b_cell",
                N_(
                    "For severe disease that has not responded: a treatment aimed at B cells "
                    "(rituximab)."
                ),
                1,
            ),
        ),
    ),
    Topic(
        "monitoring",
        msg(N_("Regular check-ups")),
        msg(N_("Regular check-ups")),
        (
            _tier(
                "activity",
                N_("Regular checks of how active the disease is (ESSDAI)."),
                1,
            ),
            _tier(
                "side_effects",
                N_("Regular checks of how treatment works and of its side effects."),
                1,
            ),
            _tier(
                "lymphoma",
                N_(
                    "Checks for lymphoma, a cancer of the lymph nodes. It is uncommon (about "
                    "2 to 5 in 100 people with Sjögren's), but doctors look for it, so mention "
                    "swollen glands, night sweats or weight loss."
                ),
                1,
            ),
        ),
    ),
    Topic(
        "team",
        msg(N_("Your care team")),
        msg(N_("Your care team")),
        (
            _tier(
                "expert_centre",
                N_(
                    "Sjögren's is best cared for in, or together with, an expert centre, by a "
                    "team: rheumatology, neurology, eye care and oral health."
                ),
                1,
            ),
        ),
    ),
)

TOPIC_BY_ID: dict[str, Topic] = {topic.id: topic for topic in TOPICS}

# The menu's other options, after the topics.
MENU_EXTRAS: tuple[Option, ...] = (
    Option("visit_summary", msg(N_("Summary for my doctor"))),
    # TRANSLATORS: button that starts a new conversation.
    Option("restart", msg(N_("Start again"))),
    # TRANSLATORS: button that ends the conversation.
    Option("end", msg(N_("End"))),
)

NEVER_CHANGE_MEDICINE = Block(
    msg(N_("Never stop, start or change a medicine without your doctor.")), "notice"
)

HIGHLIGHT_ORDER = (
    "nerve_pain",
    "confirm_sfn",
    "immune_nerve",
    "dry_mouth",
    "dry_eyes",
    "autonomic",
    "systemic",
    "monitoring",
)


def _both_kinds(treatments: frozenset[str]) -> bool:
    return {"antidepressant_pain", "gabapentinoid"} <= treatments


def highlighted(answers: Answers) -> tuple[str, ...]:
    """The topics the answers point to, in the spec's order."""
    treatments = chosen(answers, "current_treatment")
    flags = chosen(answers, "red_flags")
    sfn = one(answers, "sfn_status")
    descriptors = chosen(answers, "nerve_descriptors")
    rules = {
        "nerve_pain": bool(descriptors) and has_pain(answers),
        "confirm_sfn": neuropathic_features(answers) and sfn != "confirmed",
        "immune_nerve": bool(treatments & {"ivig", "rituximab"})
        or (sfn == "confirmed" and _both_kinds(treatments) and "pain_uncontrolled" in flags),
        "dry_mouth": mouth_item_yes(answers),
        "dry_eyes": eye_item_yes(answers),
        "autonomic": any_autonomic(answers),
        "systemic": bool(flags & {"purpura_ulcers", "foot_wrist_drop"})
        or bool(treatments & {"steroids", "immunosuppressant"}),
        "monitoring": bool(flags & {"gland_swelling", "b_symptoms"}),
    }
    return tuple(topic for topic in HIGHLIGHT_ORDER if rules[topic])


def menu_order(answers: Answers) -> tuple[str, ...]:
    """All topics: highlighted ones first, then the rest in the list's order."""
    first = highlighted(answers)
    return first + tuple(topic.id for topic in TOPICS if topic.id not in first)


def tier_for(topic_id: str, answers: Answers) -> str | None:
    """The tier the answers point to within a topic, where the spec defines one."""
    treatments = chosen(answers, "current_treatment")
    if topic_id == "nerve_pain":
        if treatments & {"opioid", "ivig", "rituximab"}:
            return "refractory"
        return "second_line" if _both_kinds(treatments) else "first_line"
    if topic_id == "dry_mouth":
        return one(answers, "mouth_severity") if mouth_item_yes(answers) else None
    if topic_id == "dry_eyes":
        if not eye_item_yes(answers):
            return None
        if "eye_immuno_drops" in treatments:
            return "specialist"
        return "refractory" if one(answers, "eye_severity") == "refractory_eye" else "first_line"
    return None
