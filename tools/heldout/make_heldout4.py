#!/usr/bin/env python3
"""Writes the fourth frozen held-out set of follow-up conversations (issue 14):
router-eval/src/test/resources/quality/verifier-conversations-test4.jsonl.

48 conversations. Both sides share the same two earlier turns (user, assistant) and differ only in the last
user message, a short follow-up (3 to 12 words) that needs those turns to be understood.

- same_answer true, kind "paraphrase": 24, in three groups of 8 by how far the wording moves
  (close: a few words changed; medium: restructured, synonyms; loose: other words throughout);
- same_answer false: 4 each of "added_word", "related_noun", "property", "qualifier", "opposite", "other".

Every sentence was written for this project by a helper who did not see the verifier rules or the models
being tuned, on topics that none of the other sets in that directory use. The set is frozen before it is run
and is meant to be run once. Output is deterministic: the data below is written out in order, one JSON
object per line. The distance groups live only here (the file keeps the kind key of the earlier sets);
tools/heldout/check_heldout4.py reads them from this module.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent.parent / "router-eval/src/test/resources/quality"
NAME = "verifier-conversations-test4.jsonl"

# Each entry: (earlier user turn, earlier assistant turn, cached follow-up, new follow-up).
PARAPHRASE_CLOSE = [
    ("I'm setting up my first beehive this spring.",
     "Start with a nucleus colony rather than a package of loose bees.",
     "When can I harvest honey from them?", "When can I collect honey from them?"),
    ("I've started brewing kombucha at home.",
     "Keep the SCOBY in sweet tea at room temperature, away from direct sun.",
     "How long should it ferment?", "How long should I let it ferment?"),
    ("My grandfather just got his first hearing aids.",
     "It takes a few weeks for the brain to adjust to the new sounds.",
     "Should he wear them all day?", "Should he keep them in all day?"),
    ("We manage our cloud setup with Terraform.",
     "Keep the state file in a remote backend with locking.",
     "Where should we store it on AWS?", "Where should we keep it on AWS?"),
    ("I just set up a 20-gallon freshwater aquarium.",
     "Cycle the tank for a few weeks before adding any fish.",
     "How do I know when it's cycled?", "How can I tell when it's cycled?"),
    ("I'm trying contact lenses for the first time.",
     "Daily disposables are the simplest kind to start with.",
     "Can I sleep in them?", "Is it okay to sleep in them?"),
    ("I'm building a pivot table in Excel from our sales sheet.",
     "Put the region in rows and the revenue in values.",
     "How do I sort it by revenue?", "How can I order it by revenue?"),
    ("I want to start a compost heap in the garden.",
     "Mix green kitchen scraps with brown material like dry leaves and cardboard.",
     "Can I add citrus peels?", "Can I put citrus peels in?"),
]

PARAPHRASE_MEDIUM = [
    ("I'm having two wisdom teeth taken out on Friday.",
     "Plan for soft foods and rest for the first couple of days.",
     "When can I eat solid food again?", "How soon can I go back to chewing normal meals?"),
    ("I'm signing up for an open water scuba course.",
     "It's usually a few pool sessions followed by four dives in open water.",
     "Do I need to be a strong swimmer?", "How good at swimming do I have to be?"),
    ("I keep breaking my system Python when installing packages.",
     "Create a virtual environment per project with python -m venv.",
     "How do I activate it on Windows?", "On Windows, what's the command to switch it on?"),
    ("We're replacing our gas boiler with an air-source heat pump.",
     "They work best in well-insulated homes with larger radiators or underfloor heating.",
     "Will it keep the house warm in freezing weather?",
     "Does it still heat properly when it's below zero outside?"),
    ("I've started playing the Sicilian Defence as Black.",
     "The Najdorf and the Dragon are two of its best-known lines.",
     "Which one is easier for a beginner?", "Of those two, which suits someone new to chess?"),
    ("I've just started bouldering at a local gym.",
     "Focus on footwork and climb problems below your limit at first.",
     "How tight should my shoes be?", "What fit should I aim for with the shoes?"),
    ("We're moving user sessions from server memory into Redis.",
     "Set an expiry on each session key so old ones are cleaned up.",
     "What happens to sessions if Redis restarts?", "If Redis goes down and comes back, are the sessions lost?"),
    ("I'm learning to read Japanese.",
     "Start with hiragana, then katakana, before moving on to kanji.",
     "How long does hiragana take to learn?", "How many weeks will it take me to learn hiragana?"),
]

PARAPHRASE_LOOSE = [
    ("I'm giving the best man speech at my brother's wedding.",
     "Aim for a few warm stories and finish with a toast.",
     "How long should it last?", "What's a good number of minutes to talk?"),
    ("We're taking the kids skiing in the Alps this winter.",
     "Book ski school in the mornings so they learn with children their age.",
     "At what age can they start lessons?", "How old must a child be before joining?"),
    ("I want to get into amateur radio.",
     "You'll need to pass a licence exam before you can transmit.",
     "Is the exam hard?", "Will I struggle to pass it?"),
    ("I'm knitting my first scarf.",
     "Garter stitch with a chunky yarn is the easiest start.",
     "How many balls of yarn will I need?", "What quantity of wool should I buy?"),
    ("My doctor says my swollen toe is a gout flare.",
     "Rest, ice and the anti-inflammatory he prescribed usually calm it within days.",
     "Should I stop drinking beer?", "Do I need to cut out pints for now?"),
    ("We're fitting smoke alarms in our new flat.",
     "Put one on every floor and one outside each sleeping area.",
     "How often should I test them?", "What's a sensible schedule for checking they work?"),
    ("I'm thinking of renting my spare room to a lodger.",
     "Check that your mortgage terms and home insurance allow it.",
     "Do I have to pay tax on the rent?", "Will the taxman want a cut of that income?"),
    ("I'm walking the Camino de Santiago in September.",
     "Most people take about five weeks for the French Way.",
     "Where do pilgrims sleep along the route?", "What are the options for a bed each night?"),
]

# Changed follow-ups: the cached answer does not serve the new question.
ADDED_WORD = [  # the new question is the cached one plus a modifier or an extra item
    ("I'm making soy wax candles to sell.",
     "Use a wick size matched to the diameter of your jar.",
     "Can I add essential oils?", "Can I add essential oils and dye?"),
    ("I've just found out I'm lactose intolerant.",
     "Many people still tolerate small amounts, especially in aged cheese.",
     "Can I still eat yogurt?", "Can I still eat frozen yogurt?"),
    ("Our newborn only sleeps when she's being held.",
     "A snug swaddle helps many babies settle in the cot.",
     "Should I wake her for feeds?", "Should I wake her for feeds and nappy changes?"),
    ("We're adding pagination to our GraphQL API.",
     "Cursor-based connections are the usual pattern there.",
     "Can clients jump to a page?", "Can clients jump to the last page?"),
]

RELATED_NOUN = [  # siblings in one category, or part and whole
    ("We just brought home a pair of budgies.",
     "Give them a roomy cage and a few days to settle before handling them.",
     "Can they eat apples?", "Can they eat avocado?"),
    ("My daughter started horse riding lessons.",
     "Most riding schools lend a hat for the first few sessions.",
     "Does she need her own boots?", "Does she need her own saddle?"),
    ("I bought an old turntable at a flea market.",
     "Check the stylus first, since a worn one can damage records.",
     "How do I replace the belt?", "How do I replace the stylus?"),
    ("We're playing Catan for the first time tonight.",
     "Place your first settlements where the numbers are well spread.",
     "What can I build with brick?", "What can I build with ore?"),
]

PROPERTY = [  # another property of the same thing
    ("I'm looking at a used upright piano from a neighbour.",
     "Have a technician check the pinblock and soundboard before you pay.",
     "How often will it need tuning?", "How much will tuning it cost?"),
    ("I want to photograph the Milky Way this summer.",
     "Find a dark site and use a wide lens on a sturdy tripod.",
     "What shutter speed should I use?", "What ISO should I use?"),
    ("I'm getting my motorcycle licence.",
     "Most riders start on a 125cc bike after basic training.",
     "How fast can it go?", "How much fuel does it use?"),
    ("I'm planting garlic on my allotment.",
     "Push the cloves in pointy end up, about 15 centimetres apart.",
     "How deep should I plant them?", "How often should I water them?"),
]

QUALIFIER = [  # a constraint phrase added to (or dropped from) the same question
    ("I went freelance this year as a graphic designer.",
     "You'll probably need to make estimated tax payments each quarter.",
     "Can I deduct my laptop?", "Can I deduct my laptop if I also use it personally?"),
    ("We just bought a used hot tub.",
     "Drain and refill it, then balance the water before adding sanitiser.",
     "How much chlorine should I add?", "How much chlorine should I add after a party?"),
    ("I've just started wearing clear aligners.",
     "Wear them about 22 hours a day and take them out to eat.",
     "How do I clean them?", "How do I clean them while travelling?"),
    ("I'm writing a Bash script to rename photos by date.",
     "exiftool can read the capture date and rename the files in one go.",
     "How do I run it on a folder?", "How do I run it on a folder, including subfolders?"),
]

OPPOSITE = [  # more/less, start/stop, before/after, on/off
    ("I'm taking dinghy sailing lessons on a lake.",
     "You'll learn to rig the boat and to tack before anything else.",
     "How do I speed up?", "How do I slow down?"),
    ("Our gym just opened a sauna.",
     "Start with short sessions of about ten minutes.",
     "Should I shower before it?", "Should I shower after it?"),
    ("I'm propagating pothos cuttings in water.",
     "Cut just below a node and keep the jar in bright, indirect light.",
     "Should I change the water more often?", "Should I change the water less often?"),
    ("My teenager spends hours on his phone every night.",
     "Agreeing on phone-free times together works better than imposing them.",
     "Should I turn on parental controls?", "Should I turn off parental controls?"),
]

OTHER = [  # the same words asking something else: swapped roles, or a moved preposition or particle
    ("I'm moving to Berlin for a new job.",
     "You must register your address within two weeks of moving in.",
     "Do I need a form from my landlord?", "Does my landlord need a form from me?"),
    ("I just bought a Thunderbolt dock.",
     "Check that your laptop's port supports Thunderbolt, not only USB-C.",
     "What can I plug it into?", "What can I plug into it?"),
    ("I'm switching teams at work.",
     "Talk to your current manager before you apply internally.",
     "Should my manager tell the new team?", "Should the new team tell my manager?"),
    ("I'm learning to cook Indian food.",
     "Blooming whole spices in hot oil is the first step in many dishes.",
     "What can I use instead of ghee?", "What can I use ghee instead of?"),
]

GROUPS = [
    ("paraphrase", "close", PARAPHRASE_CLOSE),
    ("paraphrase", "medium", PARAPHRASE_MEDIUM),
    ("paraphrase", "loose", PARAPHRASE_LOOSE),
    ("added_word", None, ADDED_WORD),
    ("related_noun", None, RELATED_NOUN),
    ("property", None, PROPERTY),
    ("qualifier", None, QUALIFIER),
    ("opposite", None, OPPOSITE),
    ("other", None, OTHER),
]


def conversation(ctx_user, ctx_ai, last):
    """One conversation: the shared earlier turns plus the given last user message."""
    return [{"role": "user", "content": ctx_user}, {"role": "assistant", "content": ctx_ai},
            {"role": "user", "content": last}]


def rows():
    """All rows of the set, in a fixed order."""
    return [{"cached": conversation(u, a, c), "query": conversation(u, a, q),
             "same_answer": kind == "paraphrase", "kind": kind}
            for kind, _, entries in GROUPS for u, a, c, q in entries]


def render():
    """The file's exact text."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows())


def main():
    path = OUT / NAME
    path.write_text(render(), encoding="utf-8")
    print(path.relative_to(HERE.parent.parent), len(rows()))


if __name__ == "__main__":
    main()
