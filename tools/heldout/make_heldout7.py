#!/usr/bin/env python3
"""Writes two frozen held-out sets for semantic-cache hit verification (issue 14), the seventh round:

- router-eval/src/test/resources/quality/hard-pairs-test3.jsonl: 240 standalone question pairs
  {"a", "b", "label", "kind"} (a = question already cached, b = new question), with the kinds of
  hard-pairs-test.jsonl. label 1 (the cached answer serves b), 120: synonym 24, reorder 24, typo 24,
  politeness 24, paraphrase_hard 24. label 0 (it does not), 120: negation 15, number 15, unit 10,
  date_version 15, entity 15, direction 15, scope 20, overlap 15.
- router-eval/src/test/resources/quality/verifier-conversations-test6.jsonl: 48 conversations. Both sides share
  the same earlier turns (user, assistant) and differ only in the last user message, a short follow-up
  (3 to 12 words) that needs those turns. same_answer true, kind "paraphrase": 24, in three groups of 8 by how
  far the wording moves (close, medium, loose); same_answer false: 4 each of "added_word", "related_noun",
  "property", "qualifier", "opposite", "other".

Every sentence was written for this project by a helper who did not see the verifier's rules, its word
resources or the models being tuned, on topics chosen to differ from the other sets in that directory. The
sets are frozen before they are run and are meant to be run once; never tune on them. Output is
deterministic: pairs are ordered by the SHA-256 of their text (so kinds are mixed, not grouped), and
conversations are written in the order below. The paraphrase distance groups live only here;
tools/heldout/check_heldout7.py reads them from this module.
"""
import heldout_common

PAIRS_NAME = "hard-pairs-test3.jsonl"
CONV_NAME = "verifier-conversations-test6.jsonl"

# ---------------------------------------------------------------------------------------------------------
# Pairs. Each entry: (cached question a, new question b).
# ---------------------------------------------------------------------------------------------------------

SYNONYM = [  # label 1: words swapped for words of the same meaning
    ("How do I get candle wax out of a carpet?", "How can I remove candle wax from carpet?"),
    ("Why does my sourdough loaf come out flat?", "Why is my sourdough bread turning out flat?"),
    ("How do I rename a column in a pandas DataFrame?", "How can I change a column's name in a pandas DataFrame?"),
    ("Why are my roast potatoes soggy instead of crispy?", "Why do my roast potatoes turn out mushy rather than crunchy?"),
    ("How do I stop my glasses steaming up when I wear a mask?",
     "How can I keep my spectacles from fogging when wearing a mask?"),
    ("Is it legal to metal detect on public beaches in Florida?",
     "Is it lawful to use a metal detector on Florida's public beaches?"),
    ("How can I calm my puppy during fireworks?", "How do I soothe my young dog while fireworks are going off?"),
    ("How do I fix a squeaky wooden stair tread?", "How can I repair a creaking wooden stair step?"),
    ("What's the cheapest way to ship a bicycle across the country?",
     "What's the least expensive method to send a bike cross-country?"),
    ("How do I bleed the radiators in my flat?", "How do I release trapped air from the radiators in my apartment?"),
    ("Why do onions make you cry when you chop them?", "Why do onions make your eyes water when you cut them?"),
    ("How do I hide the borders of a table in Google Docs?", "How do I make table lines invisible in Google Docs?"),
    ("What gear should I pack for trekking in Nepal?", "What equipment should I bring for a trek in Nepal?"),
    ("How can I improve my chess endgame?", "How can I get better at chess endgames?"),
    ("How do I remove hard water stains from a glass shower door?", "How can I get limescale marks off a glass shower screen?"),
    ("What causes leg cramps at night?", "What triggers nighttime cramps in the legs?"),
    ("How do I cancel a gym membership that auto-renews?",
     "How can I terminate a gym contract that renews automatically?"),
    ("How can I make my handwriting neater?", "How can I make my handwriting tidier?"),
    ("What's a fair price for a used road bike?", "What's a reasonable price for a second-hand road bike?"),
    ("How do I find which program is eating my RAM on Windows?",
     "How do I see which application is consuming my memory on Windows?"),
    ("How do I keep a basil plant alive indoors?", "How can I keep a basil plant thriving inside the house?"),
    ("How do I look after a new tattoo?", "How should I care for a fresh tattoo?"),
    ("How do I appeal a denied FOIA request?", "How can I challenge a rejected freedom of information request?"),
    ("How do I boost my phone's battery life?", "How can I extend my phone's battery life?"),
]

REORDER = [  # label 1: other word order, active/passive, question vs imperative
    ("In Kotlin, what does the lateinit keyword do?", "What does the lateinit keyword do in Kotlin?"),
    ("How many calories does an hour of swimming burn?", "An hour of swimming burns how many calories?"),
    ("Before a marathon, should I carb-load?", "Should I carb-load before a marathon?"),
    ("What is the tax rate on crypto gains in Germany?", "In Germany, what is the tax rate on crypto gains?"),
    ("On a Chromebook, how do I take a screenshot of part of the screen?",
     "How do I take a screenshot of part of the screen on a Chromebook?"),
    ("Can my HOA ban a clothesline in my backyard?", "In my backyard, can my HOA ban a clothesline?"),
    ("Who designed the Guggenheim Museum in Bilbao?", "The Guggenheim Museum in Bilbao was designed by whom?"),
    ("Explain how a sailboat can sail against the wind.", "How can a sailboat sail against the wind?"),
    ("Is a Roth IRA or a traditional IRA better for a young worker?",
     "For a young worker, is a traditional IRA or a Roth IRA better?"),
    ("At what age do kittens open their eyes?", "Kittens open their eyes at what age?"),
    ("In CSS grid, how do I make one item span two columns?",
     "How do I make one item span two columns in CSS grid?"),
    ("Why does bread go stale faster in the fridge?", "In the fridge, why does bread go stale faster?"),
    ("How was the Panama Canal built?", "Tell me how the Panama Canal was built."),
    ("At what temperature should I smoke a beef brisket?", "What temperature should a beef brisket be smoked at?"),
    ("As a Brazilian, do I need a visa to visit Kazakhstan?", "Do I need a visa to visit Kazakhstan as a Brazilian?"),
    ("How do I merge two PDFs on Windows without paying?", "Without paying, how do I merge two PDFs on Windows?"),
    ("Are cashews and pistachios related?", "Are pistachios and cashews related?"),
    ("Which muscles do deadlifts work?", "Deadlifts work which muscles?"),
    ("How do I jump-start a car with a dead battery?", "My car's battery is dead; how do I jump-start it?"),
    ("How many innings are in a cricket Test match?", "In a cricket Test match, how many innings are there?"),
    ("Show me how to detect a cycle in a directed graph with DFS.", "How do I detect a cycle in a directed graph using DFS?"),
    ("Can budgies and cockatiels share a cage?", "Can cockatiels and budgies share a cage?"),
    ("What causes the earthy smell after rain?", "The earthy smell after rain is caused by what?"),
    ("Is it worth repairing a 12-year-old dishwasher?", "Repairing a 12-year-old dishwasher: is it worth it?"),
]

TYPO = [  # label 1: misspellings, casing, spacing, punctuation
    ("How do I uninstall Steam games I no longer play?", "how do i uninstal steam games i no longer play"),
    ("How long does epoxy resin take to cure?", "how long dose epoxy resin tkae to cure"),
    ("How do I get rid of moths in my wardrobe?", "how do i get rid of moths in my wardobe"),
    ("Can I take ibuprofen on an empty stomach?", "can i take ibuprofin on an empty stomache?"),
    ("What's the difference between a macchiato and a cortado?",
     "whats the diffrence between a machiato and a cortado"),
    ("How do I ask my professor for a reference letter?", "How do I ask my profesor for a refrence letter?"),
    ("Why is my cat throwing up after eating?", "why is my cat throwing up after eatting??"),
    ("How do I activate conda environments in VS Code?", "How do I activte conda enviroments in VS code?"),
    ("Is the Eiffel Tower open on Christmas Day?", "is the eifel tower open on christmas day"),
    ("How much should I tip a hairdresser?", "how much shoud I tip a hairdreser"),
    ("What does a torque converter do in an automatic gearbox?",
     "What dose a torque convertor do in an automatic gear box?"),
    ("How do I keep squirrels out of my bird feeder?", "HOW DO I KEEP SQUIRRELS OUT OF MY BIRD FEEDER"),
    ("What's the designated hitter rule in baseball?", "whats the designated hiter rule in basebal?"),
    ("How do I calculate the APR on a car loan?", "How do I calcualte the APR on a car lone ?"),
    ("Can you explain the theory of relativity simply?", "can u explain the theory of relativty simply"),
    ("How do I remove a broken key from a lock?", "how do I remove a brokn key from a lock"),
    ("What shots does a kitten need before going outside?", "What shots dose a kiten need before going outside?"),
    ("How do I make a drop-down list in LibreOffice Calc?", "how  do I make a drop down list in libreoffice calc?"),
    ("What are the rules of pickleball?", "What are the rules of pickelball???"),
    ("How do I apply for a passport renewal online?", "How do I aply for a pasport renewal on line?"),
    ("Why does my knee click when I squat?", "why does my knee clik when i squat"),
    ("How do I whiten grout in the shower?", "How do I whitten grout in the shwer?"),
    ("What is the function of the mitochondria?", "what is the fucntion of the mitochondira"),
    ("How do I stash only one file in git?", "how do i stash only one fiel in git"),
]

POLITENESS = [  # label 1: greetings, please/thanks, apologies around the same question
    ("How do I make French press coffee less gritty?",
     "Hi there! Could you tell me how to make French press coffee less gritty? Thanks a lot."),
    ("What documents do I need to get an NIE number in Spain?",
     "Hello, sorry to bother you. What documents do I need to get an NIE number in Spain?"),
    ("How do I fix a dripping faucet?", "Quick question please: how do I fix a dripping faucet?"),
    ("How do I read environment variables in Deno?",
     "Hey, hope you're well! How do I read environment variables in Deno? Cheers"),
    ("What is the best way to store homemade pesto?",
     "Good morning! I'd really appreciate knowing the best way to store homemade pesto."),
    ("How often should I change my car's air filter?",
     "Would you mind telling me how often I should change my car's air filter? Thank you!"),
    ("What are the symptoms of low iron?", "Hello, what are the symptoms of low iron? Many thanks in advance."),
    ("How do I get my toddler to brush her teeth?",
     "Please help, I'm at my wits' end: how do I get my toddler to brush her teeth?"),
    ("What is a good beginner sewing pattern for a skirt?",
     "Hi! Sorry if this is a silly question, but what is a good beginner sewing pattern for a skirt?"),
    ("How do I add a printer on Windows 11?", "Thanks in advance, how do I add a printer on Windows 11?"),
    ("How do I clean a burnt enamel casserole dish?",
     "Hello again! Can you please remind me how to clean a burnt enamel casserole dish?"),
    ("What are the rules for carry-on liquids on flights?",
     "Hey assistant, what are the rules for carry-on liquids on flights? Appreciate it."),
    ("How do I write a resignation letter?",
     "Could you kindly explain how I should write a resignation letter? Thanks so much."),
    ("What's the best way to learn Spanish verb conjugations?",
     "Hi, hoping you can help: what's the best way to learn Spanish verb conjugations?"),
    ("How do I treat a bee sting?", "Hello! Sorry to ask, but how do I treat a bee sting? Thank you kindly."),
    ("How do I lower my electricity bill?", "Greetings! I'd be grateful to know how to lower my electricity bill."),
    ("What's the difference between an LLC and a sole proprietorship?",
     "Hey, quick one: what's the difference between an LLC and a sole proprietorship? Thanks!"),
    ("How do I train for a 10K run?", "Good evening, could you please tell me how to train for a 10K run?"),
    ("How do I set up two-factor authentication on Gmail?",
     "Hi, thank you for your help earlier. How do I set up two-factor authentication on Gmail?"),
    ("How do I introduce a new hen to my flock?",
     "Dear assistant, how do I introduce a new hen to my flock? Much appreciated."),
    ("How do I wax a snowboard at home?",
     "Hello, I hope this isn't too basic, but how do I wax a snowboard at home?"),
    ("What does a court bailiff do?", "Hello, apologies for the interruption. What does a court bailiff do? Thanks."),
    ("How do I unfreeze a frozen water pipe?",
     "Hi, could you please help? How do I unfreeze a frozen water pipe? Thank you!"),
    ("How do I declare an array in Bash?", "Hey! Would you be so kind as to show me how to declare an array in Bash?"),
]

PARAPHRASE_HARD = [  # label 1: many words changed, aliases, numbers as words, same-polarity rewording
    ("How many ounces are in a pound?", "How many oz make up one lb?"),
    ("How do I get from LHR to Paddington station quickly?",
     "What's the fastest route from Heathrow airport to Paddington?"),
    ("Is it safe to eat eggs after their best-before date?",
     "Can I still eat eggs once the best-before date has passed?"),
    ("How do I keep a Python script running after I close my SSH session?",
     "My program dies when the remote terminal disconnects; how do I keep it alive?"),
    ("What's a good gift for a 40th birthday?", "Ideas for a present for someone turning forty?"),
    ("How long can cooked rice sit out before it's unsafe?",
     "For how many hours is leftover rice okay at room temperature?"),
    ("Is there a speed limit on German autobahns?", "Can you drive as fast as you like on the autobahn in Germany?"),
    ("What is gas mark 4 in Celsius?", "Gas mark four equals how many °C?"),
    ("What does the error ECONNRESET mean in Node?", "My Node app logs ECONNRESET; what is that telling me?"),
    ("Can I use baking soda instead of baking powder?", "Is bicarbonate of soda a valid substitute for baking powder?"),
    ("How can I make my Shopify store load faster?", "My Shopify shop feels sluggish for visitors; what can I do about it?"),
    ("How much water should a 70 kg adult drink per day?", "Daily fluid intake for an adult weighing seventy kilograms?"),
    ("How do I stop grinding my teeth at night?", "Any tricks to quit clenching my jaw while I sleep?"),
    ("Can rabbits eat banana peels?", "Are banana skins okay as food for a bunny?"),
    ("What's the time difference between Sydney and LA?", "How many hours apart are Sydney and Los Angeles?"),
    ("How do I list running pods in k8s?", "Show me the command to see which pods are running in Kubernetes."),
    ("What's the quickest way to learn to swim as an adult?",
     "I'm grown up and can't swim; what's the fastest way to pick it up?"),
    ("What happens if I miss a council tax payment?", "Consequences of paying my council tax late once?"),
    ("How do I claim compensation for a delayed train in the UK?",
     "My British rail journey ran late; how do I get money back?"),
    ("Is a banana plant a tree or a herb?", "Botanically, should a banana plant count as a tree or as a herb?"),
    ("What's the fastest land animal?", "Which creature can run quicker than any other on land?"),
    ("How do I quit vim?", "How do I exit the vi editor and get back to the shell?"),
    ("How many laps of a 400 m track make a mile?",
     "To run one mile on a standard quarter-kilometre track, how many circuits do I need?"),
    ("Should I use a VPN on public Wi-Fi?",
     "Is it a good idea to turn on a virtual private network when I'm on a café's open wireless network?"),
]

NEGATION = [  # label 0: polarity flipped by antonyms, opposite prefixes, verbs of stopping/preventing, or "not"
    ("Which foods raise blood sugar quickly?", "Which foods lower blood sugar quickly?"),
    ("Why does my espresso taste over-extracted?", "Why does my espresso taste under-extracted?"),
    ("How do I archive a channel in Slack?", "How do I unarchive a channel in Slack?"),
    ("What are the benefits of a high-protein diet?", "What are the benefits of a low-protein diet?"),
    ("How do I hide a field in an Airtable view?", "How do I unhide a field in an Airtable view?"),
    ("What helps a cut on the finger heal faster?", "What prevents a cut on the finger from healing?"),
    ("What encourages a hen to start laying again?", "What stops a hen from laying eggs?"),
    ("What happens if I overproof bread dough?", "What happens if I underproof bread dough?"),
    ("What's the minimum age to rent a car in Italy?", "What's the maximum age to rent a car in Italy?"),
    ("What makes a dog gain weight quickly?", "What makes a dog lose weight quickly?"),
    ("How do I make my phone auto-update apps?", "How do I stop my phone from auto-updating apps?"),
    ("How do I accept a friend request on Steam?", "How do I decline a friend request on Steam?"),
    ("How do I thicken a runny gravy?", "How do I thin out a gravy that is too thick?"),
    ("Which vitamins should be taken with food?", "Which vitamins should not be taken with food?"),
    ("What are the signs that a melon is ripe?", "What are the signs that a melon is unripe?"),
]

NUMBER = [  # label 0: a quantity, count, age, price or duration changed
    ("How many eggs do I need for a cake serving 8 people?", "How many eggs do I need for a cake serving 20 people?"),
    ("Can a 2-year-old eat whole grapes?", "Can a 6-year-old eat whole grapes?"),
    ("How much rice should I cook for 3 adults?", "How much rice should I cook for 12 adults?"),
    ("Can a 9-year-old stay home alone in Illinois?", "Can a 14-year-old stay home alone in Illinois?"),
    ("What's the 10th Fibonacci number?", "What's the 20th Fibonacci number?"),
    ("Do I need a building permit for a 10 square meter shed?",
     "Do I need a building permit for a 30 square meter shed?"),
    ("What size generator do I need to run 2 space heaters?", "What size generator do I need to run 5 space heaters?"),
    ("How long does it take to paddle 8 km in a sea kayak?", "How long does it take to paddle 20 km in a sea kayak?"),
    ("Is a fasting glucose of 105 normal?", "Is a fasting glucose of 135 normal?"),
    ("How many tiles do I need for a 6 square metre bathroom floor?",
     "How many tiles do I need for a 14 square metre bathroom floor?"),
    ("What's a good first car for under $5,000?", "What's a good first car for under $15,000?"),
    ("How many minutes should I microwave one potato?", "How many minutes should I microwave four potatoes?"),
    ("Is a VO2 max of 38 good for a 45-year-old woman?", "Is a VO2 max of 52 good for a 45-year-old woman?"),
    ("How much is a 15% discount on a $240 jacket?", "How much is a 35% discount on a $240 jacket?"),
    ("How much wet food should a 4 kg cat eat a day?", "How much wet food should a 7 kg cat eat a day?"),
]

UNIT = [  # label 0: the same number in another unit, or the conversion the other way
    ("How many teaspoons is 15 millilitres?", "How many teaspoons is 15 fluid ounces?"),
    ("How long do I bake salmon at 200 degrees Celsius?", "How long do I bake salmon at 200 degrees Fahrenheit?"),
    ("How far can I drive on 10 gallons of gas?", "How far can I drive on 10 liters of gas?"),
    ("Is 40 km a long daily commute?", "Is 40 miles a long daily commute?"),
    ("How do I convert kilobytes to megabytes?", "How do I convert megabytes to kilobytes?"),
    ("What marathon time does a pace of 5 minutes per kilometer give?",
     "What marathon time does a pace of 5 minutes per mile give?"),
    ("How much does 1 cubic meter of concrete weigh?", "How much does 1 cubic yard of concrete weigh?"),
    ("How do I convert kilopascals to inches of mercury?", "How do I convert inches of mercury to kilopascals?"),
    ("How many hours is 2,000 minutes?", "How many days is 2,000 minutes?"),
    ("Is a 5 kg dumbbell enough for a beginner?", "Is a 5 lb dumbbell enough for a beginner?"),
]

DATE_VERSION = [  # label 0: a year, month, weekday or software version changed
    ("Does Python 3.12 still ship distutils?", "Does Python 3.9 still ship distutils?"),
    ("Who won the Vuelta a España in 2016?", "Who won the Vuelta a España in 2023?"),
    ("Is the Louvre open on Tuesdays?", "Is the Louvre open on Mondays?"),
    ("What was the minimum wage in Ontario in 2019?", "What was the minimum wage in Ontario in 2023?"),
    ("What is the default shell in macOS Mojave?", "What is the default shell in macOS Catalina?"),
    ("What changed in Django 5.0?", "What changed in Django 4.0?"),
    ("Is it too cold to plant garlic in December?", "Is it too cold to plant garlic in October?"),
    ("Can I upgrade an iPhone 8 to iOS 17?", "Can I upgrade an iPhone 8 to iOS 16?"),
    ("What happened in the stock market crash of 1929?", "What happened in the stock market crash of 1987?"),
    ("Which album won the Mercury Prize in 2013?", "Which album won the Mercury Prize in 2021?"),
    ("Is Angular 12 still supported?", "Is Angular 17 still supported?"),
    ("Are supermarkets in Austria open on Saturday?", "Are supermarkets in Austria open on Sunday?"),
    ("Is the sea warm enough to swim in Crete in May?", "Is the sea warm enough to swim in Crete in October?"),
    ("How do I install Node 20 on Debian 12?", "How do I install Node 20 on Debian 10?"),
    ("What was the inflation rate in the UK in 2022?", "What was the inflation rate in the UK in 2010?"),
]

ENTITY = [  # label 0: another language, country, drug, product, animal, team, person or company
    ("How do I debounce a function in TypeScript?", "How do I debounce a function in Dart?"),
    ("What's the best time of year to visit Morocco?", "What's the best time of year to visit Jordan?"),
    ("Can I take melatonin with sertraline?", "Can I take melatonin with warfarin?"),
    ("How do I delete my Strava account?", "How do I delete my Garmin Connect account?"),
    ("What's the lifespan of a hamster?", "What's the lifespan of a chinchilla?"),
    ("Who coaches the All Blacks at the moment?", "Who coaches the Springboks at the moment?"),
    ("How do I get a work visa for Australia?", "How do I get a work visa for Singapore?"),
    ("What size wiper blades fit a Skoda Octavia?", "What size wiper blades fit a Peugeot 308?"),
    ("How do I deploy a Next.js app to Vercel?", "How do I deploy a Next.js app to Netlify?"),
    ("What's the main cause of Lyme disease?", "What's the main cause of shingles?"),
    ("Which river runs through Bratislava?", "Which river runs through Ljubljana?"),
    ("Who wrote The Remains of the Day?", "Who wrote The God of Small Things?"),
    ("How much does a dental implant cost in Turkey?", "How much does a dental implant cost in Hungary?"),
    ("How do I connect a PS5 controller to a PC?", "How do I connect a Switch Pro controller to a PC?"),
    ("Is Revolut safe for keeping my savings?", "Is Monzo safe for keeping my savings?"),
]

DIRECTION = [  # label 0: the same words with roles swapped: A of/from/to/into/than B, A extends B
    ("Does LinkedHashSet extend HashSet in Java?", "Does HashSet extend LinkedHashSet in Java?"),
    ("How do I move points from Amex to British Airways Avios?",
     "How do I move points from British Airways Avios to Amex?"),
    ("Is every rhombus a parallelogram?", "Is every parallelogram a rhombus?"),
    ("Can I bring fresh fruit from the US into Canada?", "Can I bring fresh fruit from Canada into the US?"),
    ("How do I convert a string to a byte array in C#?", "How do I convert a byte array to a string in C#?"),
    ("Can a Windows PC read a Mac-formatted drive?", "Can a Mac read a Windows-formatted drive?"),
    ("How do I convert a Jupyter notebook to a Python script?", "How do I convert a Python script to a Jupyter notebook?"),
    ("Can tomato blight spread to potatoes?", "Can potato blight spread to tomatoes?"),
    ("How much oil do I use to replace butter in a cake?", "How much butter do I use to replace oil in a cake?"),
    ("What does the seller owe the buyer if they back out of a house sale?",
     "What does the buyer owe the seller if they back out of a house sale?"),
    ("How do I export my Trello boards to Asana?", "How do I export my Asana projects to Trello?"),
    ("Can a type O donor give blood to a type A patient?", "Can a type A donor give blood to a type O patient?"),
    ("Can a Norwegian speaker read Icelandic?", "Can an Icelandic speaker read Norwegian?"),
    ("How do I cast an int to an enum in C#?", "How do I cast an enum to an int in C#?"),
    ("Can a French driving licence be swapped for a Swiss one?", "Can a Swiss driving licence be swapped for a French one?"),
]

SCOPE = [  # label 0: another property of the same subject, cause vs fix, or a constraint added or dropped
    ("How tall does a giant sequoia grow?", "How old can a giant sequoia get?"),
    ("What causes a car battery to drain overnight?", "How do I fix a car battery that drains overnight?"),
    ("How do I deep copy an object in JavaScript?",
     "How do I deep copy an object in JavaScript that has circular references?"),
    ("How much does it cost to climb Kilimanjaro?", "How long does it take to climb Kilimanjaro?"),
    ("What are the side effects of isotretinoin?", "How long does a course of isotretinoin last?"),
    ("How do I make pizza dough?", "How do I make pizza dough without yeast?"),
    ("How deep is Lake Baikal?", "How old is Lake Baikal?"),
    ("Why do my tomatoes split on the vine?", "How do I stop my tomatoes splitting on the vine?"),
    ("How do I read an Excel sheet in R?", "How do I read an Excel sheet in R while skipping the first five rows?"),
    ("How fast can a greyhound run?", "How long does a greyhound usually live?"),
    ("What's the population of Iceland?", "What's the land area of Iceland?"),
    ("How do I register a car imported from Japan in Ireland?", "How do I register a car in Ireland?"),
    ("What are the symptoms of a concussion?", "How long does recovery from a concussion take?"),
    ("How much caffeine is in a cup of matcha?", "How much L-theanine is in a cup of matcha?"),
    ("How do I ship a parcel to Japan?", "How much does it cost to ship a parcel to Japan?"),
    ("What is the salary of an air traffic controller?", "What training does an air traffic controller need?"),
    ("How do I learn guitar chords fast?", "How do I learn guitar chords fast with small hands?"),
    ("What are the pros of living in Denver?", "What are the cons of living in Denver?"),
    ("Why does my fridge make a clicking noise?", "How do I fix a fridge that makes a clicking noise?"),
    ("How do I stain a cedar deck?", "How often should I restain a cedar deck?"),
]

OVERLAP = [  # label 0: most words shared, but another verb or object makes it another question
    ("How do I add a TTL index to a collection in MongoDB?", "How do I add a schema validator to a collection in MongoDB?"),
    ("How do I change the oil in a lawn mower?", "How do I change the blade on a lawn mower?"),
    ("What wine pairs well with roast lamb?", "What herbs pair well with roast lamb?"),
    ("How do I reset the oil light on a Ford Focus?", "How do I reset the tyre pressure light on a Ford Focus?"),
    ("How do I clean the drum of my washing machine?", "How do I clean the door seal of my washing machine?"),
    ("How do I iterate over a map in Go?", "How do I iterate over a channel in Go?"),
    ("What time does the tide come in at Mont Saint-Michel today?", "What time does the last shuttle leave Mont Saint-Michel today?"),
    ("How do I return an item I bought on Amazon?", "How do I review an item I bought on Amazon?"),
    ("How do I find the median of a dataset?", "How do I find the mode of a dataset?"),
    ("How long should I rest a steak after grilling?", "How long should I marinate a steak before grilling?"),
    ("What is the fine for speeding in a school zone in Ohio?", "What is the fine for parking in a school zone in Ohio?"),
    ("How do I replace the inner tube on a bike?", "How do I replace the brake cable on a bike?"),
    ("How do I measure my ring size at home?", "How do I measure my bra size at home?"),
    ("Which vaccines do I need to travel to Kenya?", "Which plug adapters do I need to travel to Kenya?"),
    ("How do I train my parrot to talk?", "How do I train my parrot to step up onto my hand?"),
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
# Conversations. Each entry: (first user turn, assistant turn, cached follow-up, new follow-up).
# ---------------------------------------------------------------------------------------------------------

CONV_CLOSE = [  # a few words changed
    ("I'm learning to bake croissants at home.",
     "Laminating the butter into the dough is the hard part; keep everything cold.",
     "How many folds does the dough need?", "How many folds does the dough require?"),
    ("I just bought a used electric scooter.",
     "Check the brakes and the wear on the tyres before your first ride.",
     "How far can it go on one charge?", "How far can it travel on a single charge?"),
    ("My daughter wants to take up rock climbing.",
     "An indoor bouldering gym with sessions for children is a good start.",
     "Is it safe for a nine-year-old?", "Is it safe for a 9-year-old?"),
    ("I'm relocating to Tallinn for an engineering role.",
     "A residence permit for employment is separate from e-residency.",
     "How long does the permit usually take?", "How long does the permit normally take?"),
    ("We're building a treehouse for our kids.",
     "Use one healthy tree and special bolts rather than many nails.",
     "What wood should we use for the floor?", "Which wood should we use for the floor?"),
    ("I've been given a steroid inhaler for my asthma.",
     "Rinse your mouth after each use to avoid thrush.",
     "Can I use it before running?", "Can I take it before running?"),
    ("I'm writing my first Chrome extension.",
     "Manifest V3 uses service workers instead of background pages.",
     "How do I store user settings?", "How do I save the user's settings?"),
    ("My aquarium is full of green algae.",
     "Too much light and extra nutrients are the usual causes.",
     "Will snails help with it?", "Would snails help with that?"),
]

CONV_MEDIUM = [  # restructured, synonyms
    ("I'm taking my driving test next week.",
     "Practise the manoeuvres on the test routes if you can.",
     "What mistakes make people fail most often?", "Which errors are the most common reasons for failing?"),
    ("I've started learning the cello as an adult.",
     "Short daily practice beats one long session a week.",
     "How long before I sound decent?", "When will I start to sound okay?"),
    ("I'm consolidating two car loans into one.",
     "Check whether the new rate really beats both current ones.",
     "Does it hurt my credit score?", "Will my credit rating take a hit from this?"),
    ("We're hosting an exchange student from Japan this autumn.",
     "A small welcome gift and a tour of the house go a long way.",
     "What food should we avoid serving her?", "Are there dishes we shouldn't give her?"),
    ("I'm moving our app's API from REST to GraphQL.",
     "Start by wrapping the existing endpoints in resolvers.",
     "How do I handle authentication there?", "Where does the auth logic go in that setup?"),
    ("I'm planting a hedge along our back fence.",
     "Privet and hornbeam both grow into dense hedges.",
     "How much space should I leave between plants?", "What gap do the shrubs need between them?"),
    ("My father has just been told he has gout.",
     "Cutting down on alcohol and red meat often helps.",
     "Can he still eat seafood?", "Is seafood still allowed for him?"),
    ("I'm fitting a smart thermostat myself.",
     "Check that the boiler wiring has a common wire before you start.",
     "Should I switch off the old wall timer?", "Do I need to disable the old wall timer?"),
]

CONV_LOOSE = [  # other words throughout; a careful reader agrees one answer serves both
    ("I'm going to Iceland in February.",
     "Expect short days, icy roads and a fair chance of northern lights.",
     "Is renting a car there a bad idea?", "Would you advise against driving myself around?"),
    ("My cat has started peeing outside the litter box.",
     "Have a vet rule out a urinary infection first.",
     "What else could be going on?", "If it's not medical, what might explain it?"),
    ("I inherited some shares from my grandfather.",
     "Their cost basis is usually stepped up to their value at his death.",
     "Do I owe tax if I sell now?", "Selling them right away, would the taxman want anything?"),
    ("I'm studying for the AWS Solutions Architect exam.",
     "Focus on networking, storage classes and IAM.",
     "Which one should I master first?", "Where should my study time go to begin with?"),
    ("Our basement smells musty after heavy rain.",
     "That usually means moisture is getting in through the walls or the floor.",
     "Would a dehumidifier be enough?", "Can a machine that dries the air solve it alone?"),
    ("I'm training for my first ultramarathon.",
     "Back-to-back long runs at weekends build endurance.",
     "How should I fuel during the race?", "What should I eat and drink while running it?"),
    ("I'm writing my speech as best man.",
     "Keep it under five minutes and finish with a toast.",
     "Is it okay to tell embarrassing stories?", "Can I include a funny tale that teases him a bit?"),
    ("We just adopted two guinea pigs.",
     "They need hay all day and fresh vegetables every day.",
     "Can they live outdoors?", "Would a hutch in the garden suit them?"),
]

CONV_ADDED_WORD = [  # a modifier or an extra item added
    ("I'm cooking a curry for a dinner party.",
     "A slow-cooked lamb curry can be made a day ahead.",
     "What side dishes go with it?", "What vegetarian side dishes go with it?"),
    ("I'm shopping for a new mattress.",
     "Memory foam and hybrid mattresses suit most sleepers.",
     "Which is better for back pain?", "Which is better for back pain and for hot sleepers?"),
    ("I'm writing a PowerShell script to archive old logs.",
     "Compress-Archive can build the zip files for you.",
     "How do I exclude folders?", "How do I exclude hidden folders?"),
    ("We're going to Kyoto in the spring.",
     "Cherry blossom season makes the famous spots very crowded.",
     "Which temples should we visit?", "Which quiet temples should we visit?"),
]

CONV_RELATED_NOUN = [  # a sibling in the same category, or part and whole
    ("I just bought my first sewing machine.",
     "Start with straight seams on cotton before trying stretchy fabric.",
     "Which needle should I use?", "Which thread should I use?"),
    ("I'm reupholstering an old armchair.",
     "Remove the old fabric carefully and use it as a pattern.",
     "How do I replace the springs?", "How do I replace the padding?"),
    ("I'm learning to play Texas hold'em poker.",
     "Your position at the table matters a great deal.",
     "When should I fold preflop?", "When should I fold on the river?"),
    ("We're getting solar panels put on the roof.",
     "The installer will first check the roof's angle and shading.",
     "How long do the panels last?", "How long does the inverter last?"),
]

CONV_PROPERTY = [  # another property of the same thing
    ("I'm considering a Kia EV6.",
     "The base version has rear-wheel drive and a smaller battery.",
     "How much does it cost to insure?", "How long does it take to fast charge?"),
    ("We're thinking of keeping a couple of alpacas.",
     "They are herd animals, so never keep just one.",
     "How tall do they get?", "How much land do they need?"),
    ("I'm reading about the Burj Khalifa.",
     "It has been the world's tallest building since 2010.",
     "How many floors does it have?", "How long did it take to build?"),
    ("I'm looking at a cast iron wood stove.",
     "Check its heat output against the size of your room.",
     "How much does it weigh?", "How hot does the surface get?"),
]

CONV_QUALIFIER = [  # a constraint phrase added
    ("I'm baking a lemon drizzle loaf for a school fair.",
     "It's easy, keeps well for days and is popular with kids.",
     "How do I make the icing?", "How do I make the icing without powdered sugar?"),
    ("I'm setting up a Kubernetes cluster for our team.",
     "A managed service saves you from running the control plane.",
     "How do I expose a service?", "How do I expose a service only inside the cluster?"),
    ("I'm planning a trip along the Amalfi Coast.",
     "Buses and ferries link the towns during the summer.",
     "How do I get there from Naples?", "How do I get there from Naples late at night?"),
    ("I'm starting to run again after a knee injury.",
     "Build up slowly and stop if the pain comes back.",
     "What shoes should I buy?", "What shoes should I buy for running on trails?"),
]

CONV_OPPOSITE = [  # more/less, warmer/cooler, earlier/later, brighten/darken, add/let out
    ("I'm tuning the suspension on my mountain bike.",
     "Sag should be around a quarter of the travel.",
     "Should I add air to the fork?", "Should I let air out of the fork?"),
    ("My sourdough starter smells like nail polish remover.",
     "That means it's hungry; feed it more often.",
     "Should I keep it warmer?", "Should I keep it cooler?"),
    ("I'm shifting my sleep schedule for a new job.",
     "Move your bedtime by fifteen minutes every few days.",
     "How do I wake up earlier?", "How do I wake up later?"),
    ("I'm editing the photos from my sister's wedding.",
     "Shoot in RAW next time; it leaves more room for corrections.",
     "How do I brighten the shadows?", "How do I darken the shadows?"),
]

CONV_OTHER = [  # the same words asking something else: swapped roles or order
    ("I'm translating our website for customers in Brazil.",
     "Brazilian and European Portuguese differ in vocabulary and spelling.",
     "Do Brazilians understand European Portuguese?", "Do people in Portugal understand Brazilian Portuguese?"),
    ("I'm connecting my laptop to a projector for a talk.",
     "An HDMI cable usually works; bring a USB-C adapter too.",
     "Can I convert HDMI to USB-C?", "Can I convert USB-C to HDMI?"),
    ("My dad is lending me money for a house deposit.",
     "Put the terms in writing, even within the family.",
     "Does he pay tax on it?", "Do I pay tax on it?"),
    ("I have an interview for a nursing post on Friday.",
     "Prepare examples of how you handled difficult situations.",
     "What should I ask them?", "What will they ask me?"),
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
