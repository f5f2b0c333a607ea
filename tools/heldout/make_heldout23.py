#!/usr/bin/env python3
"""Writes two frozen held-out sets for semantic-cache hit verification (issue 14), the sixth pairs round:

- router-eval/src/test/resources/quality/hard-pairs-test6.jsonl: 240 standalone question pairs
  {"a", "b", "label", "kind"} (a = the question whose answer is cached, b = the new question), in the kinds of
  hard-pairs-test.jsonl. label 1 (one answer serves both), 120: synonym 24, reorder 24, typo 24, politeness 24,
  paraphrase_hard 24. label 0 (b needs its own answer), 120: negation 15, number 15, unit 10, date_version 15,
  entity 15, direction 15, scope 20, overlap 15.
- router-eval/src/test/resources/quality/verifier-conversations-test9.jsonl: 48 conversations whose two sides
  share an earlier user turn and assistant turn and differ in the last user message only, a follow-up of 3 to 12
  words that makes sense only with those turns. same_answer true, kind "paraphrase": 24, in three groups of 8 by
  how far the wording moves (close, medium, loose); same_answer false: "added_word", "related_noun", "property",
  "qualifier", "opposite" and "other", 4 each. Every earlier-turn topic is used once.

A helper who never saw the verifier's code, its word lists, its models or any sentence of the other sets in that
directory wrote every sentence here for this project. Topics lean to parenting and school paperwork, allotments,
small-business bookkeeping, cycling and running, home networks, cooking methods, safe household electrics,
language learning and everyday programming questions. The sets are frozen before they are run and are meant to be
run once: never tune on them. Output is deterministic: pairs are ordered by the SHA-256 of their text, so kinds are
mixed; conversations follow the order of CONV_GROUPS. The paraphrase distance groups live only in this module;
`tools/heldout/check_set.py make_heldout23` reads them from here.
"""
import heldout_common

PAIRS_NAME = "hard-pairs-test6.jsonl"
CONV_NAME = "verifier-conversations-test9.jsonl"

# ---------------------------------------------------------------------------------------------------------
# Pairs. Each entry: (cached question a, new question b).
# ---------------------------------------------------------------------------------------------------------

SYNONYM = [  # label 1: words swapped for words of the same meaning
    ("How do I stop my toddler biting other kids at nursery?",
     "How do I stop my toddler nipping other children at daycare?"),
    ("What should I put in a letter asking the school for a term-time holiday?",
     "What should I write in a note requesting term-time leave from the school?"),
    ("When is the right moment to lift maincrop potatoes on an allotment?",
     "When is the correct time to dig up maincrop spuds on an allotment plot?"),
    ("How can I keep pigeons off my brassicas without netting?",
     "How can I deter pigeons from my brassicas without using nets?"),
    ("Which receipts does a sole trader have to keep for expenses?",
     "Which receipts must a sole trader retain for expense claims?"),
    ("How do I record a customer refund in my bookkeeping spreadsheet?",
     "How do I log a client refund in my bookkeeping spreadsheet?"),
    ("Why does my bike chain keep slipping when I pedal hard uphill?",
     "Why does my bicycle chain keep skipping when I push hard on climbs?"),
    ("How should I taper in the fortnight before an ultramarathon?",
     "How should I cut back training in the two weeks before an ultramarathon?"),
    ("Why is my mesh Wi-Fi node showing a weak backhaul signal?",
     "Why is my mesh Wi-Fi satellite reporting a poor backhaul connection?"),
    ("How do I give my printer a fixed IP address on the router?",
     "How do I assign my printer a static IP address on the router?"),
    ("How long should I rest a roast leg of lamb before carving?",
     "How long should a roasted leg of lamb sit before slicing?"),
    ("Why did my hollandaise split and how can I rescue it?",
     "Why did my hollandaise curdle and how can I save it?"),
    ("Is it safe to swap a ceiling rose for a new pendant fitting myself?",
     "Is it safe to replace a ceiling rose with a new pendant light on my own?"),
    ("What size fuse goes in the plug of a 2 kW kettle?",
     "What rating of fuse belongs in the plug of a 2 kW kettle?"),
    ("What's a handy trick to remember which Norwegian nouns are neuter?",
     "What's a useful trick to recall which Norwegian nouns take the neuter gender?"),
    ("Why does German put the verb at the end of subordinate clauses?",
     "Why does German place the verb last in subordinate clauses?"),
    ("How do I silence a noisy logger from a third-party library in Python's logging module?",
     "How do I mute a chatty logger from an external package in Python's logging module?"),
    ("How can I take back my last Git commit but keep the changes?",
     "How can I undo my most recent Git commit while keeping the edits?"),
    ("Why is my Docker image so large and how do I shrink it?",
     "Why is my Docker image so big and how do I slim it down?"),
    ("In JavaScript, how do I wait for several promises to finish?",
     "In JavaScript, how do I await multiple promises until they all complete?"),
    ("In Postgres, how do I see which queries are hogging the CPU right now?",
     "In Postgres, how do I find which queries are eating the processor at the moment?"),
    ("In Java, how do I zip a folder of log files programmatically?",
     "In Java, how do I compress a directory of log files into an archive in code?"),
    ("What should go in my child's school bag on the first day of reception?",
     "What should my kid carry in their school bag on the first day of reception?"),
    ("How do I get rid of blackfly on my broad beans?", "How do I eliminate blackfly on my broad beans?"),
]

REORDER = [  # label 1: other word order, a clause moved, question vs statement
    ("As a childminder, can I claim part of my grocery bill for the children's snacks?",
     "Can I claim part of my grocery bill for the children's snacks as a childminder?"),
    ("For a beginner runner, how many rest days a week are sensible?",
     "How many rest days a week are sensible for a beginner runner?"),
    ("Should tomatoes in a greenhouse be watered in the morning or the evening?",
     "Morning or evening: when should greenhouse tomatoes be watered?"),
    ("With asyncio.gather, how do I see exceptions that seem swallowed?",
     "How do I see exceptions that seem swallowed with asyncio.gather?"),
    ("My kid's school wants a medical form for an EpiPen; what goes on it?",
     "What goes on the medical form my kid's school wants for an EpiPen?"),
    ("Is a powerline adapter or a Wi-Fi extender better for a garden office?",
     "For a garden office, which is better, a Wi-Fi extender or a powerline adapter?"),
    ("To get a crisp skin on pork belly, what temperature should the oven be?",
     "What oven temperature gives pork belly a crisp skin?"),
    ("In Docker Compose, how do I make one service wait for the database to be ready?",
     "How do I make a service wait until the database is ready in Docker Compose?"),
    ("When learning Italian, should I study grammar first or vocabulary first?",
     "Should I study vocabulary or grammar first when learning Italian?"),
    ("What tyre pressure should I run on a gravel bike with 40 mm tyres?",
     "On a gravel bike with 40 mm tyres, what tyre pressure should I run?"),
    ("Are outdoor sockets on a garden wall something I can fit myself?",
     "Can I fit outdoor sockets on a garden wall myself?"),
    ("Rhubarb crowns: when is the best time to split them?", "When is the best time to split rhubarb crowns?"),
    ("How is VAT on a deposit handled when the final invoice comes later?",
     "When the final invoice comes later, how do I handle VAT on a deposit?"),
    ("How do I pull the newest commits of every submodule in a Git repo?",
     "In a Git repo, how do I pull the newest commits of every submodule?"),
    ("In a SQL query, where should a HAVING clause go relative to GROUP BY?",
     "Where does a HAVING clause go relative to GROUP BY in a SQL query?"),
    ("Choux pastry that collapses after baking: what am I doing wrong?",
     "What am I doing wrong when my choux pastry collapses after baking?"),
    ("Cadence for cycling uphill, what should I aim for?", "What cadence should I aim for when cycling uphill?"),
    ("A JavaScript WeakMap versus a plain Map: when should I reach for which?",
     "When should I reach for a plain Map, and when for a JavaScript WeakMap?"),
    ("A Java record or a class with Lombok: which should I choose for DTOs?",
     "For DTOs, should I choose a class with Lombok or a Java record?"),
    ("How should a teenager's first bank account be set up by a parent?",
     "How should a parent set up a teenager's first bank account?"),
    ("If my router keeps dropping the 5 GHz band, what should I check?",
     "What should I check if my router keeps dropping the 5 GHz band?"),
    ("Onions for French onion soup, how long do they need to caramelise?",
     "How long do onions need to caramelise for French onion soup?"),
    ("When I'm conjugating Portuguese verbs, how do I know which ones are irregular?",
     "How do I know which Portuguese verbs are irregular when I'm conjugating them?"),
    ("Compost that smells of ammonia, how do I fix it?", "How do I fix compost that smells of ammonia?"),
]

TYPO = [  # label 1: misspellings, casing, missing apostrophes, words run together
    ("How do I cancel a school dinner payment on ParentPay?", "how do i cancle a school diner payment on parentpay"),
    ("What is the best way to get rid of couch grass on an allotment?",
     "whats the best way to get rid of couchgrass on an allotmnet"),
    ("How do I split one bank payment across two bills in FreeAgent?",
     "how do i split one bank paymnet across two bils in freeagent"),
    ("Why do my toenails go black after hilly trail races?",
     "why do my toenails go blak after hilly trail races"),
    ("How do I turn off band steering on my Eero mesh?",
     "How do i turn of band steering on my eero mesh?"),
    ("How do I stop garlic from burning when I fry it?", "how do I stop garlick from burnign when i fry it"),
    ("Why does my new LED bulb flicker on an old dimmer?",
     "why dose my new led bulb flicker on an old dimer"),
    ("How many hours a day should I study to pass the DELF B2 in French?",
     "how many hours a day shoud i study to pass the delf b2 in french"),
    ("What does the Python __slots__ attribute actually save?",
     "what does the pyhton __slots__ atribute actualy save"),
    ("How do I adjust the cable tension on a dropper seatpost?",
     "how do i ajust the cable tenshion on a droper seatpost"),
    ("Why won't my Docker container see files in the mounted volume?",
     "why wont my docker contianer see files in the mounted volumme"),
    ("How do I write a recursive CTE to walk an org chart in SQL?",
     "how do i write a recusive cte to walk an orgchart in sql"),
    ("Why does my Java Stream throw IllegalStateException when I reuse it?",
     "why does my java stream throw illegalstateexeption when i reuse it"),
    ("How do I apply for a school place for a child moving from abroad?",
     "how do i apply for a school place for a child movign from abraod"),
    ("When should I sow sweet peas to get flowers in June?", "when shoud i sow sweetpeas to get flowers in june"),
    ("Do invoices need sequential numbers if I'm a sole trader?",
     "do invoices need sequentail numbers if im a soletrader"),
    ("How do I true a buckled bicycle wheel at home?", "how do i true a bukled bicycle weel at home"),
    ("Why is my ethernet connection stuck at 100 Mbps instead of gigabit?",
     "why is my ethernet conection stuck at 100mbps insted of gigabit"),
    ("How do I make a roux that doesn't go lumpy?", "how do i make a rue that doesnt go lumpy"),
    ("What's the best way to practise Mandarin tones on my own?",
     "whats the best way to practice mandarin tones on my own"),
    ("How do I fix a TypeError saying NoneType object is not subscriptable?",
     "how do i fix a typeerror saying nonetype object is not subscriptible"),
    ("How can I stop my leeks from bolting before winter?", "how can i stop my leaks from boltin before winter"),
    ("How do I pin a Docker base image to an exact digest?", "how do i pin a docker base imgae to an exact digest"),
    ("Which tyres are best for commuting on wet city roads?", "which tyres are best for comuting on wet citty roads"),
]

POLITENESS = [  # label 1: greetings, thanks, apologies, "quick question" around the same ask
    ("How do I ask the school to move my son to another class?",
     "Hi there, sorry to bother you, but how do I ask the school to move my son to another class?"),
    ("What can I plant under fruit trees on an allotment?",
     "Quick question please: what can I plant under fruit trees on an allotment? Thanks!"),
    ("How do I record cash sales that never go through the bank?",
     "Good morning! Could you tell me how to record cash sales that never go through the bank? Much appreciated."),
    ("How do I stop my bike brakes from squealing in the rain?",
     "Hey, hope you're well. How do I stop my bike brakes from squealing in the rain? Cheers."),
    ("How do I find out which devices are hogging my home bandwidth?",
     "Apologies for the basic question, but how do I find out which devices are hogging my home bandwidth?"),
    ("How do I get a good sear on scallops without overcooking them?",
     "Hello! I'd be grateful to know how to get a good sear on scallops without overcooking them."),
    ("Is it safe to change a plug fuse once the appliance is unplugged?",
     "Sorry if this is a silly one, but is it safe to change a plug fuse once the appliance is unplugged?"),
    ("How do I keep a study streak going with Korean on a busy schedule?",
     "Hi! Thanks in advance: how do I keep a study streak going with Korean on a busy schedule?"),
    ("How do I mock a function that makes HTTP calls in a pytest test?",
     "Hello, quick one for you: how do I mock a function that makes HTTP calls in a pytest test? Thank you!"),
    ("How do I squash my last four commits into one before a pull request?",
     "Could you kindly explain how I squash my last four commits into one before a pull request?"),
    ("How do I see the logs of a container that has already exited?",
     "Hi, sorry to ask again, but how do I see the logs of a container that has already exited?"),
    ("How do I number rows within each group in SQL?",
     "Morning! Would you mind telling me how to number rows within each group in SQL? Thanks so much."),
    ("How do I appeal a school's decision to hold my son back a year?",
     "Hello, sorry to bother you, but how do I appeal a school's decision to hold my son back a year?"),
    ("How do I build up to running for thirty minutes without stopping?",
     "Hey there! How do I build up to running for thirty minutes without stopping? Thanks a lot."),
    ("How often should I turn my compost heap?",
     "Excuse me, a quick question: how often should I turn my compost heap?"),
    ("Do I charge VAT to a business customer in another EU country?",
     "Hello, sorry for the trouble. Do I charge VAT to a business customer in another EU country? Many thanks."),
    ("How do I debounce a search box in plain JavaScript?",
     "Hi! Please could you show me how to debounce a search box in plain JavaScript? Thanks!"),
    ("How do I stop a cast-iron pan from smoking when searing steak?",
     "Hiya, hope it's okay to ask: how do I stop a cast-iron pan from smoking when searing steak?"),
    ("How do I find the right size inner tube for my bike?",
     "Thanks for your help earlier! Now, how do I find the right size inner tube for my bike?"),
    ("How can I tell whether a wall socket is on a ring main or a radial circuit?",
     "Sorry to trouble you, but how can I tell whether a wall socket is on a ring main or a radial circuit?"),
    ("How do I practise listening to fast spoken Arabic?",
     "Hello and thank you! How do I practise listening to fast spoken Arabic?"),
    ("How do I handle a checked exception inside a Java lambda?",
     "Hi, sorry, bit of a newbie question: how do I handle a checked exception inside a Java lambda?"),
    ("How do I ask for my child's reading level to be reassessed?",
     "Good evening! How do I ask for my child's reading level to be reassessed? Thank you kindly."),
    ("How do I protect my seedlings from slugs without pellets?",
     "Hey, quick question if you don't mind: how do I protect my seedlings from slugs without pellets?"),
]

PARAPHRASE_HARD = [  # label 1: many words changed; numbers as words or digits; abbreviations; other names
    ("At what age can a child sit in the front seat of a car in the UK?",
     "How old must a kid be before riding up front in a British car?"),
    ("What is the best way to raise the pH of acidic soil on my plot?",
     "How do I make the sour ground on my allotment less acidic?"),
    ("How do I work out my profit and loss for the year as a self-employed cleaner?",
     "I clean homes for myself; how do I calculate my annual P&L?"),
    ("What's a sensible weekly mileage when training for a 10K?",
     "Roughly how far per week should I log while preparing for a ten-kilometre race?"),
    ("How do I stop my mesh from switching my laptop between nodes all the time?",
     "My notebook keeps hopping from one mesh unit to another; how can I make it stick?"),
    ("At what temperature should I deep-fry chicken so it's cooked through?",
     "What oil heat do I need so fried chicken isn't raw in the middle?"),
    ("Can I add an extra socket to an existing ring circuit myself?",
     "Am I allowed to put another power outlet on my ring main without an electrician?"),
    ("What is the fastest way to learn the Cyrillic alphabet?", "Quickest route to reading Russian letters?"),
    ("How do I pause a Python script until the user presses Enter?",
     "Make a Py program wait for a press of Return before going on?"),
    ("How do I list all Docker containers, including the stopped ones?",
     "Show every container on my box, even those that have exited: what's the command?"),
    ("How do I see who last changed each line of a file in Git?",
     "Which git command shows the author behind every line of a file?"),
    ("How do I select the top five earners from an employees table?",
     "SQL to fetch the 5 highest-paid staff from the employees table?"),
    ("How do I copy text to the clipboard from a web page in JavaScript?",
     "In JS, how can a site put a string on the user's paste buffer?"),
    ("How do I set up a junior ISA for my nephew?",
     "Can I open a tax-free kids' savings wrapper for my brother's son, and how?"),
    ("When should I lift and divide my clumps of chives?",
     "What's the right season to dig up and split chive plants?"),
    ("How do I claim tax relief on a van I bought for my business?",
     "Can I write off the purchase of a work vehicle against tax, and how?"),
    ("How do I lower my resting heart rate through running?", "Can jogging bring down my pulse when at rest, and how?"),
    ("What does the WPS button on my router do?",
     "That little push-to-pair key on the back of my modem, what's it for?"),
    ("How do I stop my poached eggs from going wispy?",
     "My eggs come out of the simmering water with stringy whites; how do I prevent that?"),
    ("What does an RCD do in a consumer unit?", "What's the job of a residual current device in my fuse box?"),
    ("How long does it take an English speaker to become fluent in Dutch?",
     "For a native anglophone, roughly how long until I'm fluent in Nederlands?"),
    ("How do I make a Java class immutable?",
     "What steps stop a Java object's fields from being changed after construction?"),
    ("How many kilometres is a century ride?", "A century on the bike, what distance is that in km?"),
    ("How do I get my breastfed baby to take a bottle?",
     "My little one only nurses and refuses the bottle; how can I get them to accept it?"),
]

NEGATION = [  # label 0: antonyms, opposite prefixes, stopping verbs, one plain "not"
    ("How do I increase the airflow in my greenhouse in summer?",
     "How do I reduce the airflow in my greenhouse in summer?"),
    ("Should I enable QoS on my router for video calls?", "Should I disable QoS on my router for video calls?"),
    ("Why is my bread dough overproofed?", "Why is my bread dough underproofed?"),
    ("Should I mulch strawberries with straw before they fruit?",
     "Should I remove the straw mulch from strawberries before they fruit?"),
    ("Which expenses are allowable for a sole trader working from home?",
     "Which expenses are disallowable for a sole trader working from home?"),
    ("Why do my calves tighten when I run uphill?", "Why do my calves tighten when I run downhill?"),
    ("How do I include a folder in a Docker build?", "How do I exclude a folder from a Docker build?"),
    ("How do I attract frogs to my allotment pond?",
     "How do I deter frogs from my allotment pond?"),
    ("Which Japanese verbs are transitive?", "Which Japanese verbs are intransitive?"),
    ("How do I make a SQL column nullable?", "How do I make a SQL column non-nullable?"),
    ("How do I serialize a Java object to JSON with Jackson?",
     "How do I deserialize JSON into a Java object with Jackson?"),
    ("How do I tighten a loose bike headset?", "How do I loosen an overtightened bike headset?"),
    ("What foods help a child gain weight?", "What foods help a child lose weight?"),
    ("How do I thicken a curry that's too watery?", "How do I thin a curry that's too thick?"),
    ("Which vegetables can be grown in shade?", "Which vegetables cannot be grown in shade?"),
]

NUMBER = [  # label 0: another quantity, age, duration, distance or price
    ("How much flour do I need for 12 Yorkshire puddings?",
     "How much flour do I need for 30 Yorkshire puddings?"),
    ("How many courgette plants does a family of two need?", "How many courgette plants does a family of six need?"),
    ("Do I need to register for VAT with a turnover of £60,000?",
     "Do I need to register for VAT with a turnover of £95,000?"),
    ("How many gels do I need for a 3-hour sportive?",
     "How many gels do I need for a 6-hour sportive?"),
    ("Is a 100 Mbps broadband plan enough for a family of four?",
     "Is a 30 Mbps broadband plan enough for a family of four?"),
    ("How long does a 1.5 kg pork shoulder take in a slow cooker on low?",
     "How long does a 3 kg pork shoulder take in a slow cooker on low?"),
    ("How many LED downlights can share one 6 amp lighting circuit?",
     "How many LED downlights can share one 10 amp lighting circuit?"),
    ("How many new words a day should I learn to reach 3,000 in a year?",
     "How many new words a day should I learn to reach 8,000 in a year?"),
    ("What's the Git command to show the last 3 commits on one line each?",
     "What's the Git command to show the last 30 commits on one line each?"),
    ("Can a 10-year-old walk to school alone in England?", "Can a 6-year-old walk to school alone in England?"),
    ("What saddle height suits a rider with an 80 cm inseam?", "What saddle height suits a rider with a 72 cm inseam?"),
    ("How many seed potatoes do I need for a 5 metre row?", "How many seed potatoes do I need for a 20 metre row?"),
    ("What frame size suits a child who is 120 cm tall?",
     "What frame size suits a child who is 140 cm tall?"),
    ("Should I replace my router after 3 years?", "Should I replace my router after 10 years?"),
    ("Is rice left out for 1 hour safe to eat?", "Is rice left out for 6 hours safe to eat?"),
]

UNIT = [  # label 0: the same number in another unit, or the conversion reversed
    ("How much elevation is 3,000 feet of climbing in metres?",
     "How much elevation is 3,000 metres of climbing in feet?"),
    ("My Italian recipe lists 2 etti of prosciutto; how many grams is that?",
     "My Italian recipe lists 2 ounces of prosciutto; how many grams is that?"),
    ("My pump shows 400 kPa; what is that in psi?", "My pump shows 400 kPa; what is that in bar?"),
    ("How long to download a 20 GB file at 50 Mbps?", "How long to download a 20 GB file at 50 MB/s?"),
    ("How many square feet is 250 square metres of allotment?",
     "How many square metres is 250 square feet of allotment?"),
    ("How much is 2 tablespoons of butter in grams?", "How much is 2 teaspoons of butter in grams?"),
    ("Convert a 1.5 litre casserole recipe to US quarts.", "Convert a 1.5 quart casserole recipe to litres."),
    ("How many pounds is a 25 kg bag of compost?", "How many kilograms is a 25 lb bag of compost?"),
    ("My shed roof needs 12 square yards of felt; how many square metres is that?",
     "My shed roof needs 12 square metres of felt; how many square yards is that?"),
    ("Is 20 litres of water per square metre enough for raised beds in a heatwave?",
     "Is 20 gallons of water per square metre enough for raised beds in a heatwave?"),
]

DATE_VERSION = [  # label 0: another year, month, tax year or software version
    ("Does Java 21 allow pattern matching in switch without preview flags?",
     "Does Java 17 allow pattern matching in switch without preview flags?"),
    ("How do I upgrade a Maven project from Java 17 to Java 21?",
     "How do I upgrade a Maven project from Java 11 to Java 17?"),
    ("What are the self-assessment payment deadlines for the 2024/25 tax year?",
     "What are the self-assessment payment deadlines for the 2022/23 tax year?"),
    ("What should I sow on the allotment in March?", "What should I sow on the allotment in August?"),
    ("Can I use require() to load an ES module in Node 22?",
     "Can I use require() to load an ES module in Node 18?"),
    ("Which half-term dates apply in October 2025 for London schools?",
     "Which half-term dates apply in February 2026 for London schools?"),
    ("When is the ballot for the 2026 Berlin Marathon?", "When is the ballot for the 2027 Berlin Marathon?"),
    ("What are the benefits of Wi-Fi 6E over Wi-Fi 6?", "What are the benefits of Wi-Fi 7 over Wi-Fi 6?"),
    ("What changed for domestic wiring in amendment 2 of the 18th edition?",
     "What changed for domestic wiring in amendment 3 of the 18th edition?"),
    ("What's the PostgreSQL 16 syntax for a MERGE statement?",
     "What's the PostgreSQL 14 syntax for a MERGE statement?"),
    ("Does Git 2.45 support reftables?", "Does Git 2.30 support reftables?"),
    ("What was the approved mileage rate for business cars in the 2012/13 tax year?",
     "What was the approved mileage rate for business cars in the 2010/11 tax year?"),
    ("Which JavaScript features arrived in ES2015?", "Which JavaScript features arrived in ES2020?"),
    ("Is it OK to prune a plum tree in January?", "Is it OK to prune a plum tree in July?"),
    ("How did the child benefit high income charge work in 2013?",
     "How did the child benefit high income charge work in 2024?"),
]

ENTITY = [  # label 0: another place, product, library, crop, dish or language
    ("How do I apply for free school meals in Scotland?", "How do I apply for free school meals in Wales?"),
    ("How do I grow asparagus from crowns?", "How do I grow rhubarb from crowns?"),
    ("How do I export my invoices from FreeAgent?", "How do I export my invoices from Wave?"),
    ("What is the cut-off time for the Great North Run?", "What is the cut-off time for the Great South Run?"),
    ("How do I enable IPv6 on a Fritz!Box?",
     "How do I enable IPv6 on a DrayTek router?"),
    ("How long do I braise beef cheeks for a Burgundy-style stew?",
     "How long do I braise oxtail for a Burgundy-style stew?"),
    ("What colour is the neutral wire in UK house wiring?", "What colour is the neutral wire in US house wiring?"),
    ("Is Duolingo good for learning Welsh?", "Is Duolingo good for learning Irish?"),
    ("How do I profile memory use in a Go program?",
     "How do I profile memory use in a Rust program?"),
    ("How do I run Docker rootless on Debian?", "How do I run Podman rootless on Debian?"),
    ("How do I unit test a React component with Jest?", "How do I unit test a Vue component with Jest?"),
    ("How do I make a generated column in MariaDB?",
     "How do I make a generated column in SQL Server?"),
    ("How do I add Testcontainers to a Micronaut project?",
     "How do I add Testcontainers to a Helidon project?"),
    ("What documents does my child need to enrol at a school in Germany?",
     "What documents does my child need to enrol at a school in Spain?"),
    ("How long does pearl barley take to cook on the hob?", "How long does freekeh take to cook on the hob?"),
]

DIRECTION = [  # label 0: the same words with roles or direction swapped (from/to, into, onto, than)
    ("How do I copy files from my NAS to a USB drive?", "How do I copy files from a USB drive to my NAS?"),
    ("How do I turn a YAML config into TOML?",
     "How do I turn a TOML config into YAML?"),
    ("How do I cherry-pick a fix from the release branch onto develop?",
     "How do I cherry-pick a fix from develop onto the release branch?"),
    ("How do I forward port 8080 on the host to port 80 in a container?",
     "How do I forward port 80 on the host to port 8080 in a container?"),
    ("How do I move money from my business account to my personal account properly?",
     "How do I move money from my personal account to my business account properly?"),
    ("How do I switch my child from a state school to a private school mid-year?",
     "How do I switch my child from a private school to a state school mid-year?"),
    ("Can I sow green manure after broad beans in the same bed?",
     "Can I sow broad beans after green manure in the same bed?"),
    ("How do I forward my work email to my personal Gmail?",
     "How do I forward my personal Gmail to my work email?"),
    ("How do I copy rows from a staging table into the production table?",
     "How do I copy rows from the production table into a staging table?"),
    ("How do I port a Java app to Kotlin?", "How do I port a Kotlin app to Java?"),
    ("How do I make my Mac share its internet connection with my PC?",
     "How do I make my PC share its internet connection with my Mac?"),
    ("Can my limited company lend money to me as a director?", "Can I lend money to my limited company as a director?"),
    ("How do I adapt a recipe from a fan oven to a conventional oven?",
     "How do I adapt a recipe from a conventional oven to a fan oven?"),
    ("How do I turn a callback-style JavaScript function into a promise?",
     "How do I turn a promise into a callback-style JavaScript function?"),
    ("Why is my Wi-Fi upload faster than my download?", "Why is my Wi-Fi download faster than my upload?"),
]

SCOPE = [  # label 0: another property of the subject, cause vs fix, a constraint added
    ("How much does it cost to rent an allotment in Bristol?",
     "How long is the waiting list for an allotment in Bristol?"),
    ("What causes blossom end rot on peppers?", "How do I treat blossom end rot on peppers?"),
    ("How do I file a CIS monthly return as a building contractor?",
     "What penalties apply if a CIS monthly return is late?"),
    ("Why does my Achilles ache after track sessions?", "How should I strengthen my Achilles after track sessions?"),
    ("What is the range of a typical mesh Wi-Fi node?", "What is the price of a typical mesh Wi-Fi node?"),
    ("How long does confit duck keep under its fat?",
     "How much salt should the cure for confit duck have?"),
    ("Why does my RCD trip when it rains?", "How do I find which outdoor fitting makes my RCD trip when it rains?"),
    ("How many cases does Polish grammar have?", "Which Polish case is the hardest to learn?"),
    ("How do I deduplicate a JavaScript array of objects by id?",
     "How do I deduplicate a JavaScript array of objects by id, keeping the last one with each id?"),
    ("What causes a deadlock between two Postgres transactions?",
     "How do I stop two Postgres transactions from deadlocking each other?"),
    ("What does git stash do?", "Where does git stash keep its data on disk?"),
    ("How big is the default shared memory in a Docker container?",
     "How do I raise the default shared memory in a Docker container?"),
    ("Is homework compulsory in primary school?", "How much homework is usual in primary school?"),
    ("How do I start a wormery?", "How do I harvest compost from a wormery?"),
    ("How fast should my easy runs be?", "How long should my easy runs be?"),
    ("Why is my JavaScript fetch blocked by CORS?",
     "How do I configure my Express server so fetch isn't blocked by CORS?"),
    ("What tension should spokes on a carbon wheel have?",
     "How often should spokes on a carbon wheel be retensioned?"),
    ("How do I make a Java HashMap thread-safe?",
     "How do I make a Java HashMap thread-safe while keeping insertion order?"),
    ("How do I make fresh egg pasta?", "How do I make fresh egg pasta without a pasta machine?"),
    ("How much does an electrician charge to fit an EV charger?",
     "How long does it take an electrician to fit an EV charger?"),
]

OVERLAP = [  # label 0: most words shared, another verb or object, so another question
    ("How do I get my child a passport for a school trip abroad?",
     "How do I get my child permission to miss school for a trip abroad?"),
    ("How do I store seed potatoes before planting?", "How do I chit seed potatoes before planting?"),
    ("How do I issue a credit note against a part-paid invoice?",
     "How do I issue a receipt against a part-paid invoice?"),
    ("How do I clean my bike chain after a muddy ride?",
     "How do I know my bike chain needs replacing after muddy rides?"),
    ("How do I name the devices on my Asus router's client list?",
     "How do I pause the devices on my Asus router's client list?"),
    ("How do I cure my own bacon at home?", "How do I smoke my own bacon at home?"),
    ("How do I choose a smoke alarm for a loft conversion?",
     "Where should I mount a smoke alarm in a loft conversion?"),
    ("How do I order food in a restaurant in Greek?", "How do I ask for the bill in a restaurant in Greek?"),
    ("How do I give a Python dataclass field a default list?",
     "How do I give a Python dataclass field a validator?"),
    ("How do I undo a git add?", "How do I undo a git push?"),
    ("How do I set a healthcheck on a Compose service?",
     "How do I scale a Compose service to three replicas?"),
    ("How do I add a CHECK constraint to an existing Postgres table?",
     "How do I add a foreign key to an existing Postgres table?"),
    ("How do I teach my son to tie his shoelaces?", "How do I teach my son to tie a tie?"),
    ("How do I build a raised bed on a slope?", "How do I fill a raised bed on a slope?"),
    ("How do I retry a failed axios request with backoff?",
     "How do I log a failed axios request with its payload?"),
]

PAIR_GROUPS = heldout_common.pair_groups(globals())

# ---------------------------------------------------------------------------------------------------------
# Conversations. Each entry: (earlier user turn, earlier assistant turn, cached follow-up, new follow-up).
# ---------------------------------------------------------------------------------------------------------

CONV_CLOSE = [  # a few words changed
    ("How often should I water newly planted leeks?",
     "Water them well at planting, then about once a week in dry spells; leeks like steady moisture but hate "
     "waterlogged ground.",
     "And what about once they're established?", "What about after they're established?"),
    ("What goes in a basic vinaigrette?",
     "Three parts oil to one part vinegar, a little mustard to help it emulsify, and salt and pepper. Shake it "
     "in a jar.",
     "Can I use lemon instead of vinegar?", "Could I swap the vinegar for lemon?"),
    ("How do I check my router's firmware version?",
     "Log in to the router's admin page, usually at 192.168.0.1 or 192.168.1.1, and look under System or Status.",
     "How do I update it from there?", "How would I update it from that page?"),
    ("What's a good warm-up before an interval session on the track?",
     "Ten minutes of easy jogging, some dynamic drills such as leg swings and high knees, then three or four "
     "short strides.",
     "How long should the strides be?", "How long should each stride be?"),
    ("How do I tag a release in Git?",
     "Run git tag -a v1.4.0 -m 'message' on the commit, then git push origin v1.4.0; tags are not pushed by default.",
     "How do I delete a tag I got wrong?", "How can I delete a tag I got wrong?"),
    ("Do I need to keep paper copies of receipts for my small business?",
     "Not usually: clear scans or photos are accepted as long as they are legible and kept for the required "
     "period.",
     "How long is the required period?", "How long is that required period exactly?"),
    ("Which podcasts help with learning Icelandic?",
     "Try slow news broadcasts and learner podcasts from Icelandic universities, and repeat phrases aloud while "
     "listening.",
     "Are there transcripts for those?", "Are there any transcripts for those?"),
    ("My son's school wants a signed consent form for swimming lessons. What should I check before signing?",
     "Check the dates, who supervises, whether he needs goggles or a cap, and the part about medical conditions.",
     "What if he can't swim at all yet?", "What if he can't swim yet at all?"),
]

CONV_MEDIUM = [  # restructured, synonyms
    ("How do I make a SQL view?",
     "Use CREATE VIEW name AS followed by a SELECT; the view then behaves like a table that runs the query "
     "each time you read it.",
     "Can I update rows through it?", "Is it possible to modify data via the view?"),
    ("Can I freeze homemade kimchi?",
     "You can, but the cabbage goes softer once thawed; it keeps for months in the fridge anyway, getting sourer as "
     "it ferments.",
     "How long does it last in the fridge then?", "For how many months will it keep chilled?"),
    ("What gear should I take on a first overnight bikepacking trip?",
     "A light tent or bivvy, sleeping bag and mat, a small stove, tools and a spare tube, lights, and warm layers "
     "for the evening.",
     "How should I carry all that on the bike?", "What's the best way to mount that kit on my bicycle?"),
    ("How do I pass environment variables to a Docker container?",
     "Use -e NAME=value on docker run, or --env-file with a file of NAME=value lines; in Compose, use the "
     "environment or env_file keys.",
     "Are they visible to other containers?", "Can other containers read those values?"),
    ("Is it normal for a four-year-old to still wet the bed?",
     "Yes, it is very common at that age; many children are not dry at night until five or six, and it usually "
     "stops on its own.",
     "When should I see a doctor about it?", "At what point is it worth getting a GP's opinion?"),
    ("How do I say 'I would like' politely in French?",
     "Say 'je voudrais', the conditional of vouloir, as in 'je voudrais un café, s'il vous plaît'.",
     "Is that too formal with friends?", "Would friends find that overly formal?"),
    ("Which blueberry variety suits a pot on a patio?",
     "Choose a compact one such as Top Hat or Sunshine Blue, in ericaceous compost, watered with rainwater.",
     "How big a pot do they need?", "What container size should I buy for one?"),
    ("What do I need to join a cycling club's Sunday chain gang?",
     "A road bike in good order, mudguards in winter, spares for a puncture, and the fitness to hold a steady pace "
     "for two hours in a group.",
     "How fast do those rides usually go?", "What average speed do such groups normally hold?"),
]

CONV_LOOSE = [  # other words throughout; a careful reader would reuse one answer
    ("How do I fit a new bottom bracket on my road bike?",
     "Remove the cranks, unscrew the old cups with the right tool (mind the reverse thread on the drive side), "
     "grease the threads and fit the new one to the torque spec.",
     "Which way does the drive side unscrew?", "Is the chainring side loosened clockwise or anticlockwise?"),
    ("What's a good first meal to batch-cook for the freezer?",
     "A chilli or a bolognese sauce: both freeze well for three months, reheat evenly and work in several dishes.",
     "How do I defrost it safely?", "What's the safe way to thaw a frozen portion?"),
    ("How do I stop my kids' tablets from going online after 9pm?",
     "Most routers and mesh apps have parental controls: group the tablets under one profile and set a bedtime "
     "schedule that pauses their access.",
     "Will that also block their games offline?", "Do downloaded games still work once access is paused?"),
    ("How do I track mileage for my business car?",
     "Log each business trip with the date, start and end points, purpose and miles; an app or a simple "
     "spreadsheet works.",
     "Can I claim trips to my usual office?", "Does the drive to my regular workplace count?"),
    ("My eight-year-old has started refusing her packed lunch. Any ideas?",
     "Ask what she'd like, let her pack it herself, try wraps or pasta salad, and check whether her friends have "
     "school dinners instead.",
     "Should I just switch her to school dinners?", "Would moving her onto the canteen meals be sensible?"),
    ("How do I handle errors in async/await JavaScript code?",
     "Wrap the awaited calls in try/catch, or add .catch() to the promise; unhandled rejections otherwise show "
     "up as warnings or stop Node.",
     "Does that also catch errors from Promise.all?",
     "If one parallel promise fails, does the try block see it?"),
    ("How long should I brine a turkey crown?",
     "About 12 to 24 hours in a brine of 5 to 6 percent salt, kept in the fridge; then rinse and dry it well before "
     "roasting.",
     "Do I need to adjust the gravy seasoning?", "Will the pan juices end up too salty for gravy?"),
    ("What does a Java Optional do?",
     "It wraps a value that may be absent, so callers must handle the empty case on purpose instead of meeting "
     "a null.",
     "Should I use it for fields?", "Is storing one as a class member wise?"),
]

CONV_ADDED_WORD = [  # a modifier or an extra item added
    ("How do I prune gooseberry bushes?",
     "In winter, remove dead and crossing wood and shorten the side shoots to two buds, keeping the centre open "
     "like a goblet.",
     "Does the same apply to redcurrants?", "Does the same apply to redcurrants and blackcurrants?"),
    ("How do I stake tall dahlias?",
     "Push a sturdy stake in at planting and tie the main stem every 30 cm as it grows; loop twine around the side "
     "shoots later.",
     "Does that work for delphiniums?", "Does that work for delphiniums and hollyhocks?"),
    ("What should I pack for my daughter's residential school trip?",
     "Check the school's list, but usually warm layers, waterproofs, wellies, a torch, toiletries, and clothes "
     "labelled with her name.",
     "What about spending money?", "What about spending money and a phone?"),
    ("How do I plant out leggy tomato seedlings?",
     "Bury them deep, up to the first true leaves; tomatoes grow roots along the buried stem and end up sturdier.",
     "Does that work for peppers?", "Does that work for peppers and aubergines?"),
]

CONV_RELATED_NOUN = [  # a sibling in the same category, or a part for another part
    ("How do I make a pan sauce after frying steak?",
     "Pour off most of the fat, deglaze with wine or stock, scrape up the browned bits, reduce, then finish with "
     "a knob of butter.",
     "Would that work with chicken thighs?", "Would that work with pork chops?"),
    ("Which resources are good for learning Turkish as a beginner?",
     "Mix an app for daily vocabulary, a grammar book, and simple podcasts; Turkish suffixes need structured "
     "practice.",
     "What about for Hungarian?", "What about for Finnish?"),
    ("How do I replace worn pads on a hydraulic disc brake?",
     "Remove the wheel, pull the retaining pin, slide the old pads out, push the pistons back, fit the new pads "
     "and pin, then bed them in.",
     "How do I know when the rotor needs replacing?", "How do I know when the caliper needs replacing?"),
    ("What's a simple way to keep track of unpaid invoices?",
     "A spreadsheet with invoice number, client, date sent, due date and status works; sort by due date and "
     "chase anything overdue each week.",
     "Should I charge interest on late ones?", "Should I charge a fixed fee on late ones?"),
]

CONV_PROPERTY = [  # another property of the same thing
    ("What's a good hedge plant for an allotment boundary?",
     "Hawthorn or a mixed native hedge is cheap, grows quickly, keeps animals out and feeds wildlife; beech is "
     "tidier but slower.",
     "How fast does hawthorn grow?", "How tall does hawthorn grow?"),
    ("Which router setup should I buy for a three-storey house?",
     "A mesh system with three units covers three floors far better than one strong router; join the units "
     "with ethernet if you can.",
     "How much does a system like that cost?", "How much power does a system like that use?"),
    ("What cable do I need for an outdoor garden light?",
     "Use armoured or outdoor-rated cable protected by an RCD; this work is notifiable in many places, so have "
     "an electrician connect it.",
     "How deep should the cable be buried?", "How thick should the cable be?"),
    ("How do I make Greek yoghurt at home?",
     "Heat milk to 85 °C, cool it to 43 °C, stir in live yoghurt, keep it warm for eight hours, then strain "
     "it through muslin until thick.",
     "How long does it keep in the fridge?", "How much protein does it have?"),
]

CONV_QUALIFIER = [  # a constraint phrase added
    ("How do I start strength training for cycling?",
     "Twice a week: squats, lunges, deadlifts and core work, keeping weights moderate and sessions away from hard "
     "rides.",
     "Can I do it at home?", "Can I do it at home with no weights?"),
    ("How do I make my child's school lunch more filling?",
     "Add protein and fibre: wholemeal bread, eggs, beans, cheese or hummus, plus fruit; they keep children "
     "full longer than crisps or white bread.",
     "What about for a vegetarian?", "What about for a vegetarian who won't eat eggs?"),
    ("How do I dump a MySQL database to a file?",
     "Use mysqldump -u user -p dbname > backup.sql; add --single-transaction for InnoDB tables to get a "
     "consistent snapshot.",
     "And how do I restore it?", "And how do I restore it under a different database name?"),
    ("Where should I plant a fig tree?",
     "Against a warm south-facing wall, with its roots restricted in a pit or a large pot so it fruits instead "
     "of making leaves.",
     "Can it go in a container?", "Can it go in a container on a windy balcony?"),
]

CONV_OPPOSITE = [  # more/less, increase/decrease, add/drop
    ("How do I set the clutch on my cordless drill?",
     "Turn the numbered collar behind the chuck: low numbers slip early for small screws, high numbers drive harder.",
     "When should I turn it up?", "When should I turn it down?"),
    ("How do I adjust the MTU on my home router?",
     "Look under the WAN or Internet settings; the usual value is 1500, or 1492 on PPPoE connections.",
     "When should I increase it?", "When should I decrease it?"),
    ("How do I load a CSV file into a pandas DataFrame?",
     "Use pandas.read_csv('file.csv'), and pass sep, header or dtype if the file needs them.",
     "How do I add a column afterwards?", "How do I drop a column afterwards?"),
    ("Should I put my child's name down for after-school club now?",
     "Yes, if places are limited: most clubs take bookings each term and fill quickly, and you can usually "
     "cancel with notice.",
     "Can I add extra days mid-term?", "Can I drop some days mid-term?"),
]

CONV_OTHER = [  # the same words asking something else: roles or direction swapped
    ("How do I move my bookkeeping from one accounting package to another?",
     "Export the chart of accounts, contacts and opening balances, import them into the new package, and reconcile "
     "one month in both before switching.",
     "Is moving from Sage to Xero easy?", "Is moving from Xero to Sage easy?"),
    ("What's the best way to learn Spanish if I already speak Italian?",
     "Use the overlap: focus on false friends and pronunciation, and read Spanish early, since much of the "
     "vocabulary is recognisable.",
     "Do Spanish speakers understand Italian easily?", "Do Italian speakers understand Spanish easily?"),
    ("How do I change the upstream of my Git branch?",
     "Run git branch --set-upstream-to=origin/other-branch, or push with -u to set it as you push.",
     "How do I pull changes from main into it?", "How do I push changes from it into main?"),
    ("Can I use one set of bike lights on two bikes?",
     "Yes, if the mounts fit: buy a second set of brackets and swap the lights between the bikes.",
     "Will my road bike's brackets fit the hybrid?", "Will the hybrid's brackets fit my road bike?"),
]

CONV_GROUPS = heldout_common.conv_groups(globals())


def outputs():
    """File name -> exact text of both sets."""
    return heldout_common.pairs_and_conversations(PAIRS_NAME, CONV_NAME, PAIR_GROUPS, CONV_GROUPS)


if __name__ == "__main__":
    heldout_common.write_outputs(outputs())
