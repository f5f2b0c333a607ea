#!/usr/bin/env python3
"""Writes a second frozen held-out set for routing chat questions to MMLU-Pro's 14 categories:
router-eval/src/test/resources/quality/mmlu-pro-chat-test2.jsonl.

210 questions, 15 per category, one {"text": ..., "label": ...} a line, ordered by the SHA-256 of the text. They are
short (4 to 25 words) and read like what people type into a chatbot: lower case, typos, "how do i", personal
context. About a third of each category's questions sit next to a neighbouring category (economics and business,
biology and health, physics and engineering, math and computer science, philosophy and psychology, law and business,
history and law, chemistry and physics or biology, everyday "other" and chemistry or law) but still belong to
their label.

Every question was written for this project by a helper who did not see the classifier, its code, its exemplars or
training data, its docs, nor the older chat-style set. The set was frozen before any classifier was run on it and is
never tuned on: report only.

    python3 tools/heldout/make_mmlu_chat2.py
"""
import hashlib
import json
import pathlib

OUT = (pathlib.Path(__file__).resolve().parent.parent.parent
       / "router-eval/src/test/resources/quality/mmlu-pro-chat-test2.jsonl")

QUESTIONS = {
    "biology": [
        "why do cells even need mitochondria, couldnt they just make energy anywhere",
        "how does crispr actually cut dna? explain simply pls",
        "is it true that bats are closer relatives of horses than of mice",
        "whats the difference between mitosis and meiosis again, i always mix them up",
        "how do plants know when its time to flower",
        "why do some reef fish switch sex partway through their lives",
        "explain natural selection with an example that isnt the peppered moth",
        "what does a keystone species do in an ecosystem",
        "my daughter asked why maple leaves go red in autumn, which pigment is that",
        "how does the immune system tell the body's own cells apart from invading bacteria",
        "why do humans still have an appendix if it barely does anything",
        "how do bacteria pass antibiotic resistance genes to each other",
        "how does insulin signal a muscle cell to take up glucose",
        "what actually happens in the krebs cycle, in plain words",
        "do octopuses really have most of their neurons in their arms",
    ],
    "business": [
        "how do i calculate gross margin for my etsy shop",
        "any tips for writing a marketing email people actually open?",
        "straight line vs declining balance depreciation, which should a small firm use",
        "how should i price a new subscription product with no competitors yet",
        "one of my reports keeps missing deadlines, how do i run that one-on-one",
        "what goes on a balance sheet versus an income statement",
        "my food truck has 4k monthly fixed costs and $6 margin per taco, how many tacos to break even",
        "difference between a b2b and a b2c sales funnel?",
        "should my company lease or buy its delivery vans, how do we decide",
        "why would a company buy back its own shares instead of paying a dividend",
        "how do i calculate the npv of a project at an 8% discount rate",
        "what's a healthy inventory turnover ratio for a small clothing store",
        "how do i set up okrs for a ten person startup without it becoming bureaucracy",
        "fifo or lifo for inventory costing when prices are rising, which shows more profit",
        "our saas churn is 6% a month, what are the usual ways to bring it down",
    ],
    "chemistry": [
        "why does putting salt on the road stop water freezing",
        "how do i balance the equation for burning propane",
        "whats the ph of 0.01 M hydrochloric acid",
        "why dont noble gases react with anything much",
        "how many moles of water molecules are in a 250 g glass of water",
        "why does baking soda fizz like crazy when i pour vinegar on it",
        "ionic vs covalent bonds, the simple version please",
        "what makes a catalyst different from a reactant if it takes part in the reaction",
        "how does a buffer solution keep the ph from changing",
        "why does water boil at 100 C when hydrogen sulfide is a gas at room temp",
        "what is electronegativity and how does it change across the periodic table",
        "why can carbon atoms form such long chains when silicon mostly cant",
        "is it true mixing bleach and ammonia makes a toxic gas? which gas is it",
        "how do i figure out the limiting reagent in a reaction",
        "by le chatelier's principle, what happens to the ammonia yield if i raise the pressure",
    ],
    "computer science": [
        "whats the worst case time complexity of quicksort and why",
        "can someone walk me thru reversing a singly linked list in place in python",
        "explain a hash table like im 12",
        "my recursive function keeps hitting maximum recursion depth, what am i doing wrong",
        "difference between tcp and udp?",
        "how does public key encryption let strangers talk securely",
        "what is a race condition and how do i avoid one in threaded code",
        "sql: how do i join two tables but keep the rows that have no match",
        "git says i'm in detached head state, what does that mean",
        "is it true P vs NP is still unsolved? what does it even ask",
        "how many bits does a computer need to store every number up to 1000",
        "whats the big-O of two nested loops where the inner one runs i times",
        "how does dijkstra's algorithm find the shortest path in a graph",
        "what does a cpu cache actually do and why are there L1 L2 L3 levels",
        "why does 0.1 + 0.2 not equal 0.3 in javascript",
    ],
    "economics": [
        "why does printing more money cause inflation",
        "whats the difference between gdp and gnp",
        "explain opportunity cost with a simple everyday example",
        "how does a central bank raising interest rates slow the economy down",
        "why do most economists say rent control leads to housing shortages",
        "what does a price elasticity of demand of -2 actually mean",
        "is it true that tariffs are mostly paid by the importing country's consumers",
        "what is comparative advantage and why does it make trade worthwhile",
        "in perfect competition why do firms end up with zero economic profit in the long run",
        "why do monopolies produce less and charge more than a competitive market would",
        "how is the unemployment rate measured, do discouraged workers count",
        "why do firms in an oligopoly often avoid starting price wars",
        "what causes a recession, is it just people spending less",
        "how does a weaker currency affect a country's exports and imports",
        "what is the deadweight loss of a tax, explain without a graph",
    ],
    "engineering": [
        "how do i size a timber joist for a 4 meter deck span",
        "running a 30 amp circuit for a welder in my garage, what copper wire size should i use",
        "why do long bridges have those expansion joints",
        "how do i calculate voltage drop over a 50 m cable run",
        "in a pid controller, what do the i and d terms actually fix",
        "why is a counterflow heat exchanger more effective than a parallel flow one",
        "what factor of safety is normally used for structural steel",
        "how do i pick a motor size for a conveyor belt carrying 200 kg",
        "why does the rebar in a concrete slab go near the bottom",
        "how do i find the stress in a 20 mm steel rod carrying 10 kN in tension",
        "what is three phase power and why do factories use it",
        "how does a carburetor mix air and fuel in a small engine",
        "how do i debounce a push button with a resistor and capacitor",
        "what's the reynolds number for water flowing at 2 m/s in a 5 cm pipe, is it turbulent",
        "how thick should insulation be on a hot water pipe to be worth it",
    ],
    "health": [
        "ive had a headache behind my eyes for three days, should i be worried",
        "how much ibuprofen can an adult safely take in a day",
        "is it true you need to drink 8 glasses of water a day",
        "what are the early signs of type 2 diabetis",
        "is it ok to take paracetamol while im on antibiotics",
        "how much protein should a 70 kg adult eat per day",
        "my knees ache after every run, am i doing something wrong",
        "can you catch the flu from the flu shot",
        "my doctor said my ldl is high, what does that mean for me",
        "how long after the mmr jab is my toddler actually protected",
        "can low vitamin d make you tired all the time",
        "do i need antibiotics for a sore throat or will it go away",
        "how much sleep does a 15 year old really need",
        "is intermittent fasting safe if i have low blood pressure",
        "what should i do for a minor burn from touching the oven",
    ],
    "history": [
        "why did the roman empire split into an eastern and western half",
        "what started world war one, short version",
        "how did the mongols under genghis khan conquer so much so fast",
        "how did the black death change wages and serfdom in europe",
        "why was the magna carta such a big deal at the time",
        "why did the soviet union collapse in 1991",
        "explain the main causes of the french revolution",
        "when did women in the uk first get the vote",
        "how did the silk road connect han china with the roman world",
        "what was the meiji restoration in japan",
        "is it true vikings reached north america before columbus",
        "why did the us decide to drop atomic bombs on japan",
        "what was decided at the council of nicaea in 325",
        "how did the printing press help the protestant reformation spread",
        "what was apartheid and how did it come to an end",
    ],
    "law": [
        "my landlord wont give back my deposit, what are my options",
        "can my employer fire me for something i posted on social media",
        "whats the difference between a misdemeanor and a felony",
        "is a verbal agreement legally binding or does it need to be written",
        "do the police need a warrant to search my car",
        "what does consideration mean in contract law",
        "what counts as hearsay and when can a court allow it",
        "can i break my lease early if the apartment has mold",
        "how does adverse possession work, can a neighbour really claim my land",
        "i signed a non compete in california, is it enforceable",
        "what can a company do legally if a former employee breaks an nda",
        "whats the legal difference between murder and manslaughter",
        "if someone is arrested do they have to answer police questions",
        "how does an appeal work after a criminal conviction",
        "can i copyright a recipe i came up with",
    ],
    "math": [
        "how do i solve x^2 - 5x + 6 = 0",
        "what is the derivative of x times sin(x)",
        "explain what an eigenvector is intuitively",
        "whats the probability of rolling two sixes with two dice",
        "is it true that 0.999 repeating equals exactly 1",
        "how do i find the area under y = x^2 from 0 to 3",
        "why is the square root of 2 irrational",
        "what is the sum of the first 100 positive integers",
        "how many ways can 5 people sit in a row",
        "how do i prove something by induction, can you show an example",
        "whats the gcd of 84 and 126 and how do you find it by hand",
        "is every prime above 3 one more or one less than a multiple of 6",
        "how do i convert a point from polar to cartesian coordinates",
        "what does it mean for an infinite series to converge",
        "integration by parts, how do i choose which part is u",
    ],
    "other": [
        "how long do i boil an egg for a runny yolk",
        "whats the capital of australia, is it sydney",
        "in football what counts as offside",
        "best way to pack a carry on for a week long trip",
        "spilled merlot on my cream rug last night, any trick to lift the stain",
        "how many players does each side field in rugby union compared with rugby league",
        "tips for starting a vegetable garden on a small balcony",
        "what is the tallest mountain in africa",
        "how do i keep my sourdough starter alive while im on vacation",
        "how does scoring work in bowling with strikes and spares",
        "what should i bring on a day hike in summer",
        "do i need a visa to visit japan with a us passport",
        "how do i knit a purl stitch",
        "whats the difference between a latte and a flat white",
        "wich river flows through budapest",
    ],
    "philosophy": [
        "what is the trolley problem actually trying to show",
        "explain kants categorical imparative simply",
        "is it true that utilitarianism can justify almost anything",
        "why did descartes think doubting everything still leaves 'i exist' standing",
        "whats the difference between deductive and inductive reasoning",
        "do we have free will if everything is determined by prior causes",
        "if every plank of a ship gets replaced over the years is it still the same ship",
        "how does plato's allegory of the cave work",
        "what is existentialism in a nutshell",
        "could a machine ever be conscious, or is that a category mistake",
        "what is the hard problem of consciousness",
        "is it morally wrong to break an unjust law",
        "is personal identity just continuity of memory, like locke argued",
        "what did aristotle mean when he said virtue is a mean between extremes",
        "if it rains the ground is wet, the ground is wet, so it rained. is that argument valid",
    ],
    "physics": [
        "why does the sky look blue at noon but orange at sunset",
        "how fast is something going when it hits the ground after falling 20 meters",
        "explain what entropy really means",
        "if i double my car's speed how much more kinetic energy does it have",
        "why does time slow down as you get close to the speed of light",
        "why do rainbows always show up on the side of the sky opposite the sun",
        "what is quantum entanglement in simple words",
        "why do astronauts float on the iss if gravity is still pulling on them",
        "why does a magnifying glass bring sunlight down to one tiny hot spot",
        "what current flows through a 10 ohm resistor at 5 volts",
        "why doesnt a spinning top fall over",
        "why is decay random for a single nucleus but a sample still has a fixed half life",
        "how do magnets work at the atomic level",
        "whats the period of a 1 meter long pendulum",
        "is it true heavier objects fall faster in a vacuum",
    ],
    "psychology": [
        "why do i procrastinate even when i know the deadline is tomorrow",
        "my friend smokes but says he cares about his health, is that cognitive dissonance",
        "why do i keep seeing faces in clouds and power sockets",
        "how is classical conditioning different from operant conditioning",
        "what are the five stages of grief and are they even real",
        "why do people go along with the group, like in the asch line experiment",
        "why is someone less likely to get help when lots of people are watching",
        "why do i blank on exams even though i studied",
        "what does attachment theory say about adult relationships",
        "what is confirmation bias and how can i catch myself doing it",
        "how do psychologists measure intelligence, is iq a reliable measure",
        "why do toddlers around 2 say no to everything",
        "why do i remember embarassing moments so vividly years later",
        "what did piaget say about how children think at different ages",
        "what is learned helplessness",
    ],
}


def rows():
    """Every question as a {"text", "label"} row, ordered by the SHA-256 of its text."""
    out = [{"text": t, "label": label} for label, texts in QUESTIONS.items() for t in texts]
    return sorted(out, key=lambda r: hashlib.sha256(r["text"].encode("utf-8")).hexdigest())


def check(all_rows):
    """Stops on a wrong count, a duplicate or a question outside 4 to 25 words."""
    if len(QUESTIONS) != 14 or any(len(v) != 15 for v in QUESTIONS.values()):
        raise SystemExit("need 14 categories of 15 questions each")
    texts = [r["text"] for r in all_rows]
    if len(set(texts)) != len(texts):
        raise SystemExit("duplicate question")
    for t in texts:
        if not 4 <= len(t.split()) <= 25:
            raise SystemExit(f"not 4 to 25 words: {t}")


def main():
    all_rows = rows()
    check(all_rows)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in all_rows)
    OUT.write_text(text, encoding="utf-8")
    print(OUT.name, text.count("\n"))


if __name__ == "__main__":
    main()
