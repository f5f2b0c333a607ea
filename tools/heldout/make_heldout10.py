#!/usr/bin/env python3
"""Writes two frozen held-out sets for semantic-cache hit verification (issue 14), the tenth helper round:

- router-eval/src/test/resources/quality/hard-pairs-test4.jsonl: 240 standalone question pairs
  {"a", "b", "label", "kind"} (a = question already cached, b = new question), with the kinds of
  hard-pairs-test.jsonl. label 1 (the cached answer serves b), 120: synonym 24, reorder 24, typo 24,
  politeness 24, paraphrase_hard 24. label 0 (it does not), 120: negation 15, number 15, unit 10,
  date_version 15, entity 15, direction 15, scope 20, overlap 15.
- router-eval/src/test/resources/quality/verifier-conversations-test7.jsonl: 48 conversations. Both sides share
  the same earlier turns (user, assistant) and differ only in the last user message, a short follow-up
  (3 to 12 words) that needs those turns. same_answer true, kind "paraphrase": 24, in three groups of 8 by how
  far the wording moves (close, medium, loose); same_answer false: 4 each of "added_word", "related_noun",
  "property", "qualifier", "opposite", "other".

Every sentence was written for this project by a helper who did not see the verifier's code, its word
resources or the models being tuned, on topics chosen to differ from the other sets in that directory. The
sets are frozen before they are run and are meant to be run once; never tune on them. Output is
deterministic: pairs are ordered by the SHA-256 of their text (so kinds are mixed, not grouped), and
conversations are written in the order below. The paraphrase distance groups live only here;
tools/heldout/check_heldout10.py reads them from this module.
"""
import heldout_common

PAIRS_NAME = "hard-pairs-test4.jsonl"
CONV_NAME = "verifier-conversations-test7.jsonl"

# ---------------------------------------------------------------------------------------------------------
# Pairs. Each entry: (cached question a, new question b).
# ---------------------------------------------------------------------------------------------------------

SYNONYM = [  # label 1: words swapped for words of the same meaning
    ("How do I get a stripped screw out of a hinge?", "How can I remove a screw with a worn-out head from a hinge?"),
    ("Why does my espresso taste sour?", "Why is my espresso shot tasting acidic?"),
    ("How do I merge two branches in Mercurial?", "How can I combine two branches in Mercurial?"),
    ("What's a good way to keep cut celery crisp?", "What's a sensible method for keeping chopped celery crunchy?"),
    ("How can I stop my dog pulling on the leash?", "How do I prevent my dog from tugging on the lead?"),
    ("Why do my car's headlights look cloudy?", "Why have my car headlamps gone foggy?"),
    ("How do I figure out the break-even point for a food truck?",
     "How can I calculate when a food truck starts turning a profit?"),
    ("How do I apply for a fishing licence in Ontario?", "How do I obtain a fishing permit in Ontario?"),
    ("What are the first indications of glaucoma?", "What are the initial symptoms of glaucoma?"),
    ("How do I loosen a seized pedal on a bike?", "How can I free a stuck pedal on my bicycle?"),
    ("Why is my Rust program so slow in debug builds?", "Why does my Rust code run so sluggishly in debug builds?"),
    ("How do I quiet a noisy ceiling fan?", "How can I make a loud ceiling fan quieter?"),
    ("Is it safe to eat raw cookie dough?", "Is it harmless to eat uncooked cookie dough?"),
    ("How do I find a reliable dog sitter for a weekend?",
     "How can I locate a trustworthy pet minder for my dog over a weekend?"),
    ("What's the quickest route from Lisbon airport to the city centre?",
     "What's the fastest way to get from Lisbon airport to downtown?"),
    ("How do I teach my parrot to talk?", "How can I train my parrot to speak?"),
    ("Why does my jaw click when I chew?", "Why does my jaw make a popping noise when I eat?"),
    ("How do I soften a stiff leather belt?", "How can I make a rigid leather belt more supple?"),
    ("How can I memorise a speech quickly?", "How can I learn a speech by heart fast?"),
    ("How do I lodge a complaint against my landlord?", "How do I file a grievance about my landlord?"),
    ("Why are the leaves on my fig tree curling?", "Why is the foliage on my fig tree curling up?"),
    ("How do I waterproof leather hiking boots?", "How can I make leather walking boots water-resistant?"),
    ("What's a polite way to refuse a colleague's lunch invitation?",
     "What's a courteous way to turn down a coworker asking me to lunch?"),
    ("How do I reduce lag in online games?", "How can I cut down latency when gaming online?"),
]

REORDER = [  # label 1: other word order, active/passive, question vs imperative
    ("In Elixir, how do I pattern match on a map?", "How do I pattern match on a map in Elixir?"),
    ("Which grape is used in Barolo?", "Barolo is made from which grape?"),
    ("Who composed the Brandenburg Concertos?", "The Brandenburg Concertos were composed by whom?"),
    ("For a beginner, is a ukulele easier than a guitar?", "Is a ukulele easier than a guitar for a beginner?"),
    ("How long does an opened jar of tahini keep in the cupboard?",
     "In the cupboard, how long does an opened jar of tahini keep?"),
    ("When renting a car in Iceland, do I need gravel insurance?",
     "Do I need gravel insurance when renting a car in Iceland?"),
    ("What does the yield keyword do in Python generators?", "In Python generators, what does the yield keyword do?"),
    ("Are hamsters and gerbils good pets for toddlers?", "For toddlers, are gerbils and hamsters good pets?"),
    ("How is a bill passed in the Australian parliament?", "Explain how the Australian parliament passes a bill."),
    ("Which planets have rings?", "Rings are found around which planets?"),
    ("Should I stretch before or after a run?", "After a run or before it, should I stretch?"),
    ("Can a Dutch employer refuse a request to work part-time?",
     "Can a request to work part-time be refused by a Dutch employer?"),
    ("What oil should I use for seasoning a carbon steel pan?",
     "For seasoning a carbon steel pan, what oil should I use?"),
    ("How much does it cost to replace the timing belt on a Honda Civic?",
     "Replacing the timing belt on a Honda Civic costs how much?"),
    ("Tell me why the Dead Sea is so salty.", "Why is the Dead Sea so salty?"),
    ("Is oat milk or almond milk better for frothing?", "For frothing, is almond milk or oat milk better?"),
    ("Using awk, how do I print the second column of a file?", "How do I print the second column of a file using awk?"),
    ("On a sailboat, what is the boom vang for?", "What is the boom vang for on a sailboat?"),
    ("Which vitamins are destroyed by boiling vegetables?", "Boiling vegetables destroys which vitamins?"),
    ("Do ferrets and cats get along?", "Do cats and ferrets get along?"),
    ("My kayak keeps drifting left; how do I paddle straight?",
     "How do I paddle straight when my kayak keeps drifting left?"),
    ("What are the offside rules in ice hockey?", "In ice hockey, what are the rules for offside?"),
    ("Is a will made abroad valid in Ireland?", "In Ireland, is a will made abroad valid?"),
    ("How do I generate a UUID in PostgreSQL?", "In PostgreSQL, how do I generate a UUID?"),
]

TYPO = [  # label 1: misspellings, casing, spacing, punctuation
    ("How do I descale a Nespresso machine?", "how do i decale a nespreso machine"),
    ("What are the symptoms of tonsillitis in adults?", "what are the symtoms of tonsilitis in adults"),
    ("How do I pattern match on a tuple in OCaml?", "how do i patern match on a tupel in ocaml"),
    ("Is it safe to swim straight after eating?", "is it safe to swimm strait after eatting"),
    ("How do I get my security deposit back?", "How do I get my securty deposit bak?"),
    ("Can parrots eat avocado?", "can parots eat avacado"),
    ("What's the capital gains allowance in the UK?", "whats the capitol gains allowence in the uk"),
    ("How do I reset a Honda key fob?", "how do i reset a honda key fobb"),
    ("Why does my laptop fan run constantly?", "why does my labtop fan run constantley"),
    ("How should I store homemade chilli oil?", "how shuold i store homemade chili oil"),
    ("What vaccines does a kitten need?", "What vacines dose a kiten need?"),
    ("How do I set a static IP on a Raspberry Pi?", "how do i set a static ip on a rasberry pi"),
    ("How many players are on a korfball team?", "how many players r on a korfbal team"),
    ("How do I transfer a domain name to another registrar?", "how do i transfer a domian name to another registar"),
    ("Why does my bread machine loaf collapse?", "why dose my bread machine loaf colapse"),
    ("Can I claim mileage on my tax return as a freelancer?", "can i claim milage on my tax retrun as a freelancer"),
    ("How do I replace a windshield wiper blade?", "how do i replace a windsheild wipper blade"),
    ("What is the difference between a tortoise and a turtle?", "whats the diffrence between a tortise and a turttle"),
    ("How do I become a certified scuba instructor?", "How do I become a certifed scuba instuctor?"),
    ("What does a gallbladder do?", "what does a gall bladder do"),
    ("How do I open a merge request on GitLab?", "how do I open a merge reqest on git lab"),
    ("Which succulents are toxic to rabbits?", "WHICH SUCCULENTS ARE TOXIC TO RABBITS"),
    ("How do I stop hiccups fast?", "how do i stop hicups fast??"),
    ("Where can I see puffins in Iceland?", "where can i see puffins in icland"),
]

POLITENESS = [  # label 1: greetings, please/thanks, apologies, "quick question"
    ("How do I cancel a direct debit?", "Hi there, could you tell me how to cancel a direct debit? Thanks a lot"),
    ("What's the best way to clean a felt hat?", "Hello! Quick question: what's the best way to clean a felt hat?"),
    ("How do I add a network printer on Ubuntu?", "Sorry to bother you, but how do I add a network printer on Ubuntu?"),
    ("Can dogs eat mango?", "Hey, just wondering, can dogs eat mango? Thank you!"),
    ("How long is a Schengen visa valid?",
     "Good morning, I'd be grateful if you could tell me how long a Schengen visa is valid."),
    ("What's a healthy resting heart rate for a 40-year-old?",
     "Hi! Please, what's a healthy resting heart rate for a 40-year-old?"),
    ("How do I write a eulogy for my grandfather?",
     "Could you please help me: how do I write a eulogy for my grandfather? Much appreciated."),
    ("How do I change the line on a cordless strimmer?",
     "Hello, hope you're well. How do I change the line on a cordless strimmer?"),
    ("Why is the sky red at sunset?", "Thanks in advance! Why is the sky red at sunset?"),
    ("How do I format a date in Swift?", "Hi, sorry for the basic question, but how do I format a date in Swift?"),
    ("What's the etiquette for visiting an onsen?",
     "Hello friend, what's the etiquette for visiting an onsen, please?"),
    ("How do I contest a congestion charge fine in London?",
     "Excuse me, would you mind explaining how to contest a congestion charge fine in London?"),
    ("How do I make a roux?", "Hiya! Could you kindly tell me how to make a roux? Cheers"),
    ("What's the deadline to register a newborn's birth in Sweden?",
     "Good evening, may I ask what the deadline is to register a newborn's birth in Sweden?"),
    ("How do I wean a baby off night feeds?",
     "Hi, I'd really appreciate your advice: how do I wean a baby off night feeds?"),
    ("How often should I water a jade plant?", "Quick question, please: how often should I water a jade plant?"),
    ("How do I rotate the tyres on my car?",
     "Hello, thanks for your help earlier. How do I rotate the tyres on my car?"),
    ("What causes tides?", "Hey there! I was hoping you could explain what causes tides. Thanks!"),
    ("How do I list the cron jobs of every user?",
     "Hello, could you please tell me how to list the cron jobs of every user?"),
    ("What's a good backgammon strategy for beginners?",
     "Good afternoon! Please, what's a good backgammon strategy for beginners?"),
    ("How do I report a lost passport abroad?",
     "Hello, I'm in a bit of a panic. How do I report a lost passport abroad? Thank you so much."),
    ("How do I calculate the floor area of an L-shaped room?",
     "Hi there, please could you show me how to calculate the floor area of an L-shaped room?"),
    ("Is it legal to forage mushrooms in Italian forests?",
     "Sorry to trouble you, but is it legal to forage mushrooms in Italian forests? Many thanks"),
    ("How do I clean a fish tank filter?", "Hey! Hope your day's going well. How do I clean a fish tank filter?"),
]

PARAPHRASE_HARD = [  # label 1: many words changed; numbers as words; unit abbreviations; aliases
    ("How many minutes should I boil a soft egg?", "For a runny yolk, how long does an egg go in boiling water?"),
    ("Is a fortnight enough to tour Sri Lanka?", "Is fourteen days long enough to cover the highlights of Sri Lanka?"),
    ("How many ml in half a litre?", "How many millilitres are there in 0.5 L?"),
    ("Do I need a visa for the UAE as a Canadian?",
     "Can Canadian citizens enter the United Arab Emirates without applying for a visa first?"),
    ("What's the Py way to flatten a nested list?", "How can I turn a list of lists into one flat list in Python?"),
    ("How do I keep my pup from chewing furniture?",
     "My young dog keeps gnawing on the sofa legs; how can I make it stop?"),
    ("When should I go to Patagonia for hiking?", "Which months suit a trekking trip to Patagonia?"),
    ("How do I get over jet lag after flying east?",
     "After an eastbound long-haul flight, how can I adjust to the new time zone faster?"),
    ("What's the VAT rate in Spain?", "How much value-added tax is charged in Spain?"),
    ("How many grams of protein should I eat a day at 70 kg?",
     "I weigh seventy kilos; how much protein per day do I need in g?"),
    ("Why does my car pull to the left when braking?",
     "When I hit the brakes, the vehicle veers left. What's causing it?"),
    ("Can I freeze leftover risotto?", "Is it OK to put uneaten risotto in the freezer for later?"),
    ("How do I convert a .mov to .mp4 on a Mac?", "On macOS, how can I turn a QuickTime video into an MP4 file?"),
    ("What's the k8s command to restart a deployment?",
     "How do I do a rolling restart of a Kubernetes deployment from the CLI?"),
    ("How long to walk 5 km?", "How much time does it take to walk five kilometres on foot?"),
    ("Is it bad to wear contact lenses in the shower?",
     "Does showering with my contacts in cause any problems for my eyes?"),
    ("How do I tell if a pineapple is ripe?", "How can I know whether a pineapple is sweet enough to cut?"),
    ("How much should I tip a hairdresser in the US?", "In America, what's a normal gratuity for a haircut?"),
    ("What's the air pressure at the summit of Kilimanjaro?",
     "How thin is the air on top of Africa's highest mountain, in hPa?"),
    ("How do I stop autoplay videos in Chrome?",
     "Is there a setting to keep Google's browser from playing videos on its own?"),
    ("Is goat's milk OK for a toddler?", "Can a child of two drink milk from goats?"),
    ("How do I settle a car finance agreement before the term ends?",
     "How can I pay off my auto financing before the end of the term?"),
    ("How far is LA from San Diego by car?", "What's the driving distance between Los Angeles and San Diego?"),
    ("Why won't my sump pump turn on?", "The pump that drains my basement isn't starting up. Why?"),
]

NEGATION = [  # label 0: antonyms, opposite prefixes, stopping/preventing verbs, a plain "not"
    ("How do I enable spell check in Thunderbird?", "How do I disable spell check in Thunderbird?"),
    ("Which medicines raise potassium levels?", "Which medicines lower potassium levels?"),
    ("Why is my pool water too acidic?", "Why is my pool water too alkaline?"),
    ("How do I lock a cell in Excel?", "How do I unlock a cell in Excel?"),
    ("How can I encourage moss to grow on stone walls?", "How can I stop moss from growing on stone walls?"),
    ("What are the signs of an overwatered succulent?", "What are the signs of an underwatered succulent?"),
    ("How do I prevent Excel from rounding large numbers?", "How do I make Excel round large numbers?"),
    ("What makes a stock market bullish?", "What makes a stock market bearish?"),
    ("How do I maximise a window with the keyboard on Windows?",
     "How do I minimise a window with the keyboard on Windows?"),
    ("How do I pin a message in a Discord channel?", "How do I unpin a message in a Discord channel?"),
    ("Which cheeses are made with animal rennet?", "Which cheeses are not made with animal rennet?"),
    ("How do I allow cookies for one site in Firefox?", "How do I block cookies for one site in Firefox?"),
    ("What makes a bonsai's leaves grow larger?", "What makes a bonsai's leaves grow smaller?"),
    ("How do I encrypt a USB stick on a Mac?", "How do I decrypt a USB stick on a Mac?"),
    ("Which drugs can trigger a migraine?", "Which drugs can prevent a migraine?"),
]

NUMBER = [  # label 0: another quantity, count, age, duration or price
    ("What size bike frame fits a 12-year-old?", "What size bike frame fits a 16-year-old?"),
    ("How much can I borrow for a boat loan on a $60,000 income?",
     "How much can I borrow for a boat loan on a $120,000 income?"),
    ("How long do I roast a 2 kg chicken?", "How long do I roast a 4 kg chicken?"),
    ("What size tent do I need for 2 people?", "What size tent do I need for 6 people?"),
    ("How many tiles do I need for a splashback 3 metres long?",
     "How many tiles do I need for a splashback 5 metres long?"),
    ("What's a good 5k time for a 50-year-old woman?", "What's a good 5k time for a 30-year-old woman?"),
    ("What gauge wire do I need for a 20 amp circuit?", "What gauge wire do I need for a 40 amp circuit?"),
    ("How many eggs do I need to make pancakes for 4?", "How many eggs do I need to make pancakes for 12?"),
    ("What's the take-home pay on a 45,000 euro salary in Ireland?",
     "What's the take-home pay on a 75,000 euro salary in Ireland?"),
    ("Is 38.5 °C a fever for a baby?", "Is 37.5 °C a fever for a baby?"),
    ("What can I buy with 500 euros for a home gym?", "What can I buy with 2,000 euros for a home gym?"),
    ("What does a 2-carat diamond cost?", "What does a half-carat diamond cost?"),
    ("Which mirrorless camera is best for wildlife under $1,000?",
     "Which mirrorless camera is best for wildlife under $2,500?"),
    ("How many stitches do I cast on for a scarf 20 cm wide?",
     "How many stitches do I cast on for a scarf 35 cm wide?"),
    ("Is a 3-day layover in Doha worth it?", "Is a 1-day layover in Doha worth it?"),
]

UNIT = [  # label 0: the same number in another unit, or the conversion direction reversed
    ("Is 30 mph too fast for a school zone?", "Is 30 km/h too fast for a school zone?"),
    ("How many calories are in a cup of almonds?", "How many calories are in an ounce of almonds?"),
    ("Convert 5 stone to kilograms", "Convert 5 kilograms to stone"),
    ("Is a 2 TB drive enough for a photo archive?", "Is a 2 GB drive enough for a photo archive?"),
    ("My fridge is at 5 degrees Fahrenheit, is that right?", "My fridge is at 5 degrees Celsius, is that right?"),
    ("My baby weighs 9 pounds at 2 months; is that normal?", "My baby weighs 9 kilos at 2 months; is that normal?"),
    ("Is 8 hours of screen time a week too much for a child?", "Is 8 hours of screen time a day too much for a child?"),
    ("How much bark mulch covers 10 square feet at 2 inches deep?",
     "How much bark mulch covers 10 square metres at 2 inches deep?"),
    ("How many litres is 3 US gallons?", "How many US gallons is 3 litres?"),
    ("What is 3 atmospheres in kilopascals?", "What is 3 kilopascals in atmospheres?"),
]

DATE_VERSION = [  # label 0: another year, month, weekday or software version
    ("What changed in Java 21's pattern matching?", "What changed in Java 17's pattern matching?"),
    ("Who won the Vendée Globe in 2017?", "Who won the Vendée Globe in 2021?"),
    ("Is the Rijksmuseum open on Mondays?", "Is the Rijksmuseum open on Sundays?"),
    ("How do I install Python packages system-wide on Ubuntu 24.04?",
     "How do I install Python packages system-wide on Ubuntu 20.04?"),
    ("What was the UK ISA allowance in 2016?", "What was the UK ISA allowance in 2012?"),
    ("Does the Galaxy S21 get Android 14?", "Does the Galaxy S9 get Android 14?"),
    ("What's new in Angular 17?", "What's new in Angular 15?"),
    ("Is Lisbon warm in November?", "Is Lisbon warm in July?"),
    ("What was the inflation rate in Argentina in 2021?", "What was the inflation rate in Argentina in 2024?"),
    ("Can I still get security updates for Windows 10?", "Can I still get security updates for Windows 8.1?"),
    ("Where were the Commonwealth Games held in 2014?", "Where were the Commonwealth Games held in 2022?"),
    ("Does Java 15 have text blocks?", "Does Java 11 have text blocks?"),
    ("Are the Cinque Terre trails busy in late May?", "Are the Cinque Terre trails busy in late October?"),
    ("How do I migrate a Django 3.2 project to Django 4.2?", "How do I migrate a Django 2.2 project to Django 3.2?"),
    ("Which public holidays fall on a Friday in 2026?", "Which public holidays fall on a Friday in 2027?"),
]

ENTITY = [  # label 0: another place, product, library, drug, team, language or person
    ("What's the best time to visit the Faroe Islands?", "What's the best time to visit the Azores?"),
    ("How do I connect to Redis from a Deno app?", "How do I connect to Cassandra from a Deno app?"),
    ("What are the side effects of levothyroxine?", "What are the side effects of atorvastatin?"),
    ("Who holds the record for most caps for Japan's football team?",
     "Who holds the record for most caps for South Korea's football team?"),
    ("How do I register as self-employed in Portugal?", "How do I register as self-employed in Estonia?"),
    ("Is Sainsbury's open on Boxing Day?", "Is Tesco open on Boxing Day?"),
    ("How do I cancel my Audible subscription?", "How do I cancel my Peloton subscription?"),
    ("What's the life expectancy of a Newfoundland dog?", "What's the life expectancy of a whippet?"),
    ("How do I write a for loop in Lua?", "How do I write a for loop in Fortran?"),
    ("What is the plot of Middlemarch?", "What is the plot of Wuthering Heights?"),
    ("How do I claim a refund from Ryanair?", "How do I claim a refund from Lufthansa?"),
    ("What does a Volvo XC60 cost to insure?", "What does a Mazda CX-5 cost to insure?"),
    ("What are the symptoms of scarlet fever?", "What are the symptoms of whooping cough?"),
    ("Can I use Apple Pay in Morocco?", "Can I use Apple Pay in Kenya?"),
    ("How do I make a pivot table in LibreOffice Calc?", "How do I make a pivot table in Apple Numbers?"),
]

DIRECTION = [  # label 0: the same words with roles swapped (A from B, from/to, than, onto, X sues Y)
    ("In Python, does bool inherit from int?", "In Python, does int inherit from bool?"),
    ("When is the last ferry from Helsinki to Tallinn?", "When is the last ferry from Tallinn to Helsinki?"),
    ("Can I send money from Wise to Revolut?", "Can I send money from Revolut to Wise?"),
    ("Is a raven bigger than a crow?", "Is a crow bigger than a raven?"),
    ("How do I migrate from Jenkins to GitHub Actions?", "How do I migrate from GitHub Actions to Jenkins?"),
    ("How do I copy files from my phone to an SD card?", "How do I copy files from an SD card to my phone?"),
    ("Is Chile north of Peru?", "Is Peru north of Chile?"),
    ("How do I convert a Word document into a Google Doc?", "How do I convert a Google Doc into a Word document?"),
    ("Can a franchisee take legal action against a franchisor for lost profits?",
     "Can a franchisor take legal action against a franchisee for lost profits?"),
    ("How do I get an older dog to accept a new puppy?", "How do I get a new puppy to accept an older dog?"),
    ("Does Mars have a longer day than Earth?", "Does Earth have a longer day than Mars?"),
    ("How do I call Rust code from Python?", "How do I call Python code from Rust?"),
    ("Can a PS5 play PS4 discs?", "Can a PS4 play PS5 discs?"),
    ("Do I owe tax to the US if I live in Germany?", "Do I owe tax to Germany if I live in the US?"),
    ("How do I move a WordPress site to Squarespace?", "How do I move a Squarespace site to WordPress?"),
]

SCOPE = [  # label 0: another property of the subject, cause vs fix, a qualifier or constraint added or removed
    ("How tall does a giant schnauzer get?", "How heavy does a giant schnauzer get?"),
    ("What causes condensation on the inside of windows?", "How do I stop condensation on the inside of windows?"),
    ("How long do LED bulbs last?", "How much electricity do LED bulbs use?"),
    ("How do I build a website with Flask?", "How do I build a website with Flask and user logins?"),
    ("What are the benefits of cold plunges?", "What are the risks of cold plunges?"),
    ("How wide is Lake Titicaca?", "How high above sea level is Lake Titicaca?"),
    ("How do I parse JSON in C#?", "How do I parse JSON in C# without Newtonsoft?"),
    ("What does an electrician earn in Australia?", "How long does it take to qualify as an electrician in Australia?"),
    ("What are the symptoms of a slipped disc?", "What causes a slipped disc?"),
    ("How do I cook bulgur wheat?", "How do I cook bulgur wheat in a microwave?"),
    ("How much does a Maine Coon kitten cost?", "How big does a Maine Coon get?"),
    ("When was the Forth Bridge built?", "Who built the Forth Bridge?"),
    ("How do I become an airline pilot?", "How much does it cost to become an airline pilot?"),
    ("How do I find the median of an array in C?", "How do I find the median of an array in C without sorting it?"),
    ("What's the speed limit on Norwegian motorways?", "What's the fine for speeding on Norwegian motorways?"),
    ("Why does my car battery keep going flat?", "How do I test whether my car battery is going flat?"),
    ("What's the population of Tasmania?", "What's the area of Tasmania?"),
    ("How do I start a vegetable garden?", "How do I start a vegetable garden on a balcony?"),
    ("What's the melting point of gold?", "What's the density of gold?"),
    ("How do I cite a website in APA style?", "How do I cite a website with no author in APA style?"),
]

OVERLAP = [  # label 0: most words shared, another verb or object, so another question
    ("How do I dedupe a list of dataclass objects by one field?",
     "How do I sum a list of dataclass objects by one field?"),
    ("How do I paint a radiator cover?", "How do I build a radiator cover?"),
    ("What wine pairs with mushroom risotto?", "What cheese goes in mushroom risotto?"),
    ("How do I export contacts from an iPhone?", "How do I delete contacts from an iPhone?"),
    ("How do I train for a half marathon in winter?", "What should I wear for a half marathon in winter?"),
    ("How do I open a bank account in Canada as a seasonal worker?",
     "How do I get a phone plan in Canada as a seasonal worker?"),
    ("Why does my parrot pluck its feathers?", "Why does my parrot fluff its feathers?"),
    ("How do I measure my head for a cycling helmet?", "How do I clean the pads of a cycling helmet?"),
    ("How do I register a trademark in the EU?", "How do I renew a trademark in the EU?"),
    ("How do I mock a Vue composable in Vitest?", "How do I share a Vue composable between two apps?"),
    ("What's the best way to store winter tyres?", "What's the best way to choose winter tyres?"),
    ("How do I calculate the area of a triangle?", "How do I calculate the angles of a triangle?"),
    ("Can I use white vinegar to clean my dishwasher?", "Can I use white vinegar instead of rinse aid?"),
    ("How do I print a PDF from my phone?", "How do I sign a PDF from my phone?"),
    ("What's the best fertiliser for roses?", "What's the best time to prune roses?"),
]

PAIR_GROUPS = [
    ("synonym", 1, SYNONYM),
    ("reorder", 1, REORDER),
    ("typo", 1, TYPO),
    ("politeness", 1, POLITENESS),
    ("paraphrase_hard", 1, PARAPHRASE_HARD),
    ("negation", 0, NEGATION),
    ("number", 0, NUMBER),
    ("unit", 0, UNIT),
    ("date_version", 0, DATE_VERSION),
    ("entity", 0, ENTITY),
    ("direction", 0, DIRECTION),
    ("scope", 0, SCOPE),
    ("overlap", 0, OVERLAP),
]

# ---------------------------------------------------------------------------------------------------------
# Conversations. Each entry: (earlier user turn, earlier assistant turn, cached follow-up, new follow-up).
# ---------------------------------------------------------------------------------------------------------

CONV_CLOSE = [  # a few words changed
    ("I'm planning to repaint my garden fence this weekend.",
     "A water-based exterior wood paint dries fast and is easy to clean up.",
     "How many coats will it need?", "How many coats does it need?"),
    ("I've just adopted a retired greyhound.", "Greyhounds are usually calm indoors but feel the cold.",
     "Does he need a coat in winter?", "Does he need a jacket in winter?"),
    ("I'm learning to play the bagpipes.",
     "Most learners start on a practice chanter before the full set.",
     "How many minutes a day should I practise?", "How many minutes should I practise daily?"),
    ("We're driving the Ring Road around Iceland in September.",
     "Allow at least a week and book your accommodation early.",
     "Are the roads paved all the way?", "Are the roads paved the whole way round?"),
    ("I keep getting a 403 error when my script calls our internal API.",
     "A 403 means the server understood the request but refuses access; check the token's scopes.",
     "Where do I see the token's scopes?", "Where can I see the scopes of the token?"),
    ("I'm making paella for eight people on Saturday.",
     "Use short-grain rice such as bomba and don't stir once the stock is in.",
     "Can I prepare it the day before?", "Can I make it the day before?"),
    ("My son started swimming lessons last month.", "Lessons once or twice a week are plenty at first.",
     "When should he try the deep end?", "When should he try out the deep end?"),
    ("I'm replacing the brake pads on my mountain bike.",
     "Check whether your brakes take organic or sintered pads first.",
     "Do I need to bleed the brakes afterwards?", "Do I have to bleed the brakes afterwards?"),
]

CONV_MEDIUM = [  # restructured, synonyms
    ("I want to start journaling before bed.", "Even five minutes of writing about your day can help you unwind.",
     "What should I write about?", "Any ideas for topics to write on?"),
    ("I'm moving my small business's accounts to a new bank.",
     "Open the new account before closing the old one so payments don't bounce.",
     "How long does the switch usually take?", "Typically, how many days does switching take?"),
    ("My hydrangeas came out pink this year instead of blue.",
     "Flower colour depends on how acidic the soil is.",
     "How do I get them blue again?", "What can I do to turn them back to blue?"),
    ("I'm writing a small Bash script to back up my notes.",
     "Use set -euo pipefail so that errors stop the script early.",
     "How do I print a help message?", "What's the way to display usage info?"),
    ("I've been offered a job in Zurich.", "Salaries are high there, but so are rents and health insurance.",
     "Is it easy to find a flat?", "How hard is getting an apartment there?"),
    ("My elderly mother is having trouble sleeping.",
     "A steady routine and morning daylight often help older adults.",
     "Are sleeping pills safe for her?", "Would sleep medication be safe for her to take?"),
    ("I'm building a bookshelf from pine boards.", "Pine is soft, so pre-drill the screw holes to avoid splitting.",
     "What finish should I put on it?", "Which coating would you recommend for it?"),
    ("We're taking our two kids to Disneyland Paris in the spring.",
     "Weekdays outside French school holidays are the least crowded.",
     "Is a two-day pass enough?", "Will two days of tickets be sufficient?"),
]

CONV_LOOSE = [  # other words throughout; a careful reader agrees one answer serves both
    ("I just opened a store card at a clothing shop.",
     "Store cards often charge far higher interest than ordinary cards.",
     "Is it bad to carry a small balance on it?", "Does leaving a bit unpaid each month hurt me?"),
    ("I'm teaching myself to juggle three balls.", "Start with one ball tossed from hand to hand at eye level.",
     "How long until I can do it properly?", "When will I get the hang of it?"),
    ("Our office wants to switch from Slack to Microsoft Teams.",
     "Export your Slack history first if you need to keep it.",
     "Will we lose our old messages?", "Does the chat history survive the move?"),
    ("My e-reader now needs charging every couple of days.",
     "Lithium cells lose capacity after a few hundred charge cycles.",
     "Is a battery swap worth the money?", "Should I pay for a new cell or not bother?"),
    ("I'd like to grow chillies on my windowsill.",
     "They need lots of light and warmth; a south-facing window is ideal.",
     "When should I sow the seeds?", "What time of year do I plant them?"),
    ("I have a job interview over video tomorrow.", "Test your camera and microphone and sit facing a window.",
     "What should I wear?", "How should I dress for it?"),
    ("I want to learn Portuguese before moving to Porto.",
     "The accent in Portugal is quite unlike the one in Brazil.",
     "Which app would you recommend?", "Any good software for studying it on my phone?"),
    ("My neighbour's tree hangs over my driveway.",
     "In many places you may trim branches back to the boundary line.",
     "Do I have to tell them first?", "Must they be informed before I cut?"),
]

CONV_ADDED_WORD = [  # a modifier or an extra item added
    ("I'm making a smoothie for breakfast.", "Frozen banana makes it thick without any ice.",
     "Can I add spinach?", "Can I add spinach and protein powder?"),
    ("I'm wiring ethernet to the rooms of our new house.",
     "Run Cat6 cable to a central cupboard where the router lives.",
     "Do I need a patch panel?", "Do I need a patch panel and a rack?"),
    ("I'm packing for a week of skiing in Austria.", "Layers work better than one heavy jacket.",
     "Should I bring goggles?", "Should I bring goggles and a helmet?"),
    ("Our primary school class is getting a pet.",
     "Pick an animal that copes with noise and quiet weekends alone.",
     "Are stick insects a good choice?", "Are stick insects and snails a good choice?"),
]

CONV_RELATED_NOUN = [  # a sibling in the same category, or part and whole
    ("I'm making a Vietnamese pho broth this weekend.",
     "Char the onion and ginger before adding them to the bones.",
     "Should I add star anise?", "Should I add cloves?"),
    ("My car failed its MOT yesterday.", "The report lists what must be fixed before a retest.",
     "How much do new brake discs cost?", "How much do new brake calipers cost?"),
    ("I'm learning pandas for a reporting job.",
     "Focus on groupby, merges and reshaping tables.",
     "How does pivot_table work?", "How does crosstab work?"),
    ("We're visiting Rome for three days.", "Book the Vatican Museums online to skip the queue.",
     "Is the Colosseum worth it?", "Is the Pantheon worth it?"),
]

CONV_PROPERTY = [  # another property of the same thing
    ("I'm thinking of buying a second-hand Renault Zoe.",
     "Ask whether the battery is leased or owned before you buy.",
     "How many miles will it do on a charge?", "How fast does it charge on a rapid charger?"),
    ("We're adopting an Australian Shepherd puppy.",
     "They are clever herding dogs and need plenty of exercise.",
     "How big will she get?", "How long will she live?"),
    ("I'm reading about Ningaloo Reef for a school project.",
     "It lies off Western Australia and is famous for whale sharks.",
     "How old is the reef?", "How long is the reef?"),
    ("I got an enamelled stew pot as a wedding gift.",
     "Enamelled ones need no seasoning and suit acidic dishes.",
     "How heavy is a 28 cm one?", "How hot can a 28 cm one go?"),
]

CONV_QUALIFIER = [  # a constraint phrase added
    ("I'm baking a cake for my nephew's christening.",
     "A lemon drizzle travels well and keeps for days.",
     "What topping should I put on it?", "What topping should I put on it without nuts?"),
    ("I need to get from Milan to Venice.", "Fast trains take about two and a half hours.",
     "What's the cheapest option?", "What's the cheapest option on a Sunday night?"),
    ("I'm writing a Python script to sort my scanned receipts.",
     "The pathlib module makes walking through folders simple.",
     "How do I read the text on them?", "How do I read the text on faded thermal ones?"),
    ("I'm starting a strength training routine.", "Three full-body sessions a week suit most beginners.",
     "Which exercises should I do?", "Which exercises should I do with a bad back?"),
]

CONV_OPPOSITE = [  # up/down, increase/decrease, before/after
    ("I'm programming the heating timer in our flat.",
     "Most timers let you set separate periods for weekdays and weekends.",
     "Should the heating come on earlier in winter?", "Should the heating come on later in winter?"),
    ("I'm tuning the suspension on my motorbike.", "Start with the sag, then adjust the damping.",
     "Should I increase the rebound damping?", "Should I decrease the rebound damping?"),
    ("I'm learning to ride a motorbike with gears.",
     "Practise clutch control in an empty car park first.",
     "How do I change up smoothly?", "How do I change down smoothly?"),
    ("We're planning a week in Oman in the spring.",
     "Muscat and the mountains are pleasant then, but the desert gets hot.",
     "Is it better to go before Ramadan?", "Is it better to go after Ramadan?"),
]

CONV_OTHER = [  # the same words asking something else: swapped roles or direction
    ("My girlfriend lives in Chile and I live in Canada.",
     "Long-distance couples do best with regular visits planned ahead.",
     "Does she need a visa to visit me?", "Do I need a visa to visit her?"),
    ("I'm learning Japanese and my friend is learning English.", "A language exchange can help you both.",
     "How can I help her?", "How can she help me?"),
    ("I'm moving my notes between apps.",
     "Both Evernote and Notion can import and export notes.",
     "How do I move them from Evernote to Notion?", "How do I move them from Notion to Evernote?"),
    ("I'm introducing my cat to our new dog.", "Keep them in separate rooms for the first few days.",
     "How will the cat react to the dog?", "How will the dog react to the cat?"),
]

CONV_GROUPS = [
    ("paraphrase", "close", CONV_CLOSE),
    ("paraphrase", "medium", CONV_MEDIUM),
    ("paraphrase", "loose", CONV_LOOSE),
    ("added_word", None, CONV_ADDED_WORD),
    ("related_noun", None, CONV_RELATED_NOUN),
    ("property", None, CONV_PROPERTY),
    ("qualifier", None, CONV_QUALIFIER),
    ("opposite", None, CONV_OPPOSITE),
    ("other", None, CONV_OTHER),
]


def outputs():
    """File name -> exact text, for both sets: pairs ordered by the SHA-256 of their text, conversations in the
    order of CONV_GROUPS."""
    return {PAIRS_NAME: heldout_common.render(heldout_common.pair_rows(PAIR_GROUPS)),
            CONV_NAME: heldout_common.render(heldout_common.conv_rows(CONV_GROUPS))}


if __name__ == "__main__":
    heldout_common.write_outputs(outputs())
