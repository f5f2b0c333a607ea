#!/usr/bin/env python3
"""Writes two frozen held-out sets for semantic-cache hit verification (issue 14):

- router-eval/src/test/resources/quality/hard-pairs-test2.jsonl: 240 standalone question pairs
  {"a", "b", "label", "kind"} (a = question already cached, b = new question), with the kinds of
  hard-pairs-test.jsonl. label 1 (the cached answer serves b), 120: synonym 24, reorder 24, typo 24,
  politeness 24, paraphrase_hard 24. label 0 (it does not), 120: negation 15, number 15, unit 10,
  date_version 15, entity 15, direction 15, scope 20, overlap 15.
- router-eval/src/test/resources/quality/verifier-conversations-test5.jsonl: 48 conversations. Both sides share
  the same earlier turns (user, assistant) and differ only in the last user message, a short follow-up
  (3 to 12 words) that needs those turns. same_answer true, kind "paraphrase": 24, in three groups of 8 by how
  far the wording moves (close, medium, loose); same_answer false: 4 each of "added_word", "related_noun",
  "property", "qualifier", "opposite", "other".

Every sentence was written for this project by a helper who did not see the verifier rules, its word
resources or the models being tuned, on topics chosen to differ from the other sets in that directory. The
sets are frozen before they are run and are meant to be run once; never tune on them. Output is
deterministic: pairs are ordered by the SHA-256 of their text (so kinds are mixed, not grouped), and
conversations are written in the order below. The paraphrase distance groups live only here;
tools/heldout/check_heldout6.py reads them from this module.
"""
import heldout_common

PAIRS_NAME = "hard-pairs-test2.jsonl"
CONV_NAME = "verifier-conversations-test5.jsonl"

# ---------------------------------------------------------------------------------------------------------
# Pairs. Each entry: (cached question a, new question b).
# ---------------------------------------------------------------------------------------------------------

SYNONYM = [  # label 1: words swapped for words of the same meaning
    ("How do I get rid of silverfish in my bathroom?", "How can I eliminate silverfish in the bathroom?"),
    ("What's a good way to remove rust from garden tools?",
     "What's an effective method to clean rust off gardening tools?"),
    ("How do I transpose a matrix in NumPy?", "How do I swap the rows and columns of a NumPy array?"),
    ("Why is my dog scratching his ears so much?", "Why does my dog keep pawing at his ears all the time?"),
    ("How do I unclog a shower drain full of hair?", "How can I clear a shower drain blocked with hair?"),
    ("What are the main causes of tinnitus?", "What are the chief reasons for ringing in the ears?"),
    ("How do I stop my car windshield from fogging up?", "How can I prevent my car windscreen from misting up?"),
    ("Is it safe to refreeze thawed chicken?", "Is it okay to freeze chicken again after defrosting it?"),
    ("How can I dispute a parking ticket from a private company?", "How do I challenge a private parking fine?"),
    ("What's the quickest way to learn touch typing?", "What's the fastest method to learn to type without looking?"),
    ("How do I cut a mango neatly?", "How should I slice a mango cleanly?"),
    ("How do I list the tags in a git repository?", "How do I show all tags of a git repo?"),
    ("Which houseplants thrive in low light?", "Which indoor plants do well in dim rooms?"),
    ("How can I soothe a sunburn at home?", "How can I relieve sunburn pain at home?"),
    ("How do I fill the gap between the bathtub and the tiles?", "How do I seal the space between my bath and the tiles?"),
    ("What is the penalty for filing my taxes late in the US?",
     "What is the fine for submitting US taxes after the deadline?"),
    ("How do I teach my cat to use a scratching post?", "How can I train my cat to use a scratching post?"),
    ("How do I speed up a slow laptop?", "How can I make a sluggish laptop faster?"),
    ("What's the offside rule in soccer?", "Can you explain the offside law in football?"),
    ("How do I check my tyre pressure?", "How do I measure the air pressure in my tires?"),
    ("How do I decline a job offer politely?", "How do I turn down a job offer courteously?"),
    ("Which snacks are high in fibre?", "Which snacks are rich in fibre?"),
    ("How do I sharpen pruning shears?", "How do I put a fresh edge on my secateurs?"),
    ("How do I pad a number with leading zeros in Go?", "How do I left-fill a number with zeros in Go?"),
]

REORDER = [  # label 1: other word order, active/passive, question vs imperative
    ("In Rust, what's the difference between String and &str?", "What's the difference between String and &str in Rust?"),
    ("For a sprint triathlon, how many weeks of training do I need?",
     "How many weeks of training do I need for a sprint triathlon?"),
    ("Can my employer read my work emails without telling me?",
     "Without telling me, can my employer read my work emails?"),
    ("How does a bail bond work?", "Explain how a bail bond works."),
    ("How do tsunamis form?", "Tsunamis: how do they form?"),
    ("What should I bring to my first jiu-jitsu class?", "For my first jiu-jitsu class, what should I bring?"),
    ("In SQL, how do I delete duplicate rows but keep one?",
     "How do I delete duplicate rows in SQL but keep one of each?"),
    ("Which spices go into garam masala, and in what ratio?", "In what ratio, and which spices, go into garam masala?"),
    ("How long should I steam broccoli to keep it crunchy?", "To keep it crunchy, how long should I steam broccoli?"),
    ("Is olive oil or butter better for frying eggs?", "For frying eggs, is butter or olive oil better?"),
    ("Was the Great Wall of China built by prisoners?", "Did prisoners build the Great Wall of China?"),
    ("How do I record my screen with audio on a Mac?", "On a Mac, how do I record my screen with audio?"),
    ("List the wives of Henry VIII in order.", "In order, who were the wives of Henry VIII?"),
    ("What are the rules of pickleball for doubles?", "For doubles, what are the pickleball rules?"),
    ("How do I calm down before a job interview?", "Before a job interview, how do I calm down?"),
    ("Can I take an antihistamine and a decongestant together?", "Can a decongestant and an antihistamine be taken together?"),
    ("Is an HSA or an FSA better for someone who rarely sees a doctor?",
     "For someone who rarely sees a doctor, which is better: an FSA or an HSA?"),
    ("How do I hide the scrollbar but keep scrolling in CSS?",
     "In CSS, how do I keep scrolling but hide the scrollbar?"),
    ("Why did the Late Bronze Age collapse happen?", "The Late Bronze Age collapse: why did it happen?"),
    ("What temperature should I roast a whole chicken at?", "At what temperature should a whole chicken be roasted?"),
    ("When was the first car with an automatic transmission sold?",
     "The first car with an automatic transmission was sold when?"),
    ("How many calories does a 30-minute swim burn?", "A 30-minute swim burns how many calories?"),
    ("My bike chain keeps slipping, how do I fix it?", "How do I fix a bike chain that keeps slipping?"),
    ("Should I sand with the grain or across it?", "Across the grain or with it: which way should I sand?"),
]

TYPO = [  # label 1: misspellings, casing, spacing, punctuation
    ("How do I install Redis on Fedora?", "how do i instal redis on fedorra"),
    ("How old is the Hagia Sophia?", "how old is the haghia sofia"),
    ("Can guinea pigs eat cucumber?", "can guinnea pigs eat cucumbr?"),
    ("How do I reset my smart thermostat's Wi-Fi settings?", "How do I reset my smart thermostats wifi setings"),
    ("What is the notice period for ending a lease in Ontario?", "what is the notise period for ending a lease in ontario"),
    ("How often should I change my car's engine oil?", "how ofen should i change my cars engine oil"),
    ("Best way to store fresh ginger", "best way too store fresh gingr"),
    ("Why do fainting goats faint?", "why do fainting goatss faint??"),
    ("How do I make homemade ricotta?", "how do i make home made ricota"),
    ("What does a JWT token contain?", "waht does a jwt tokken contain"),
    ("How many hours of sunlight does a vegetable garden need?", "how many hours of sunlite does a vegtable garden need"),
    ("How to calculate the area of a trapezoid", "how to calculate the aera of a trapezoid"),
    ("Is it worth buying an extended warranty on a fridge?", "is it worth buying an extended waranty on a fridge"),
    ("How to fix a running toilet", "How to fix a runing toilet"),
    ("How do I use a semicolon correctly?", "how do i use a semicolen corectly"),
    ("Symptoms of iron deficiency", "simptoms of iron defficiency"),
    ("How do I save and quit in nano?", "how do i save and qiut in nano"),
    ("Rules for carrying liquids in hand luggage", "rules for carying liquids in hand lugage"),
    ("How do I defrost a freezer quickly?", "How do I defrost a freezer QUICKLY???"),
    ("What is a good credit score in Canada?", "what is a good credit scor in canda"),
    ("How do I loosen a rusted bolt?", "How do I loosen a rustted bolt"),
    ("When do hedgehogs hibernate?", "when do hedge hogs hibernate"),
    ("Python list comprehension with an if else", "python list comprehention with an if-else"),
    ("How long do tulip bulbs take to sprout?", "how long do  tullip bulbs take to sprout"),
]

POLITENESS = [  # label 1: greetings, please/thanks, apologies around the same question
    ("Hi there! How do I work out a 15 percent discount in my head? Thanks so much.",
     "How do I work out a 15 percent discount in my head?"),
    ("How do I freeze panes in Google Sheets?", "Hey, quick question: how do I freeze panes in Google Sheets?"),
    ("Please tell me how to descale an electric kettle.", "How do I descale an electric kettle?"),
    ("Can you help me? I need to know how to jump-start a car with jumper cables.",
     "How do I jump-start a car with jumper cables?"),
    ("What is the tipping etiquette in Japan?",
     "Good morning! Sorry to bother you, what is the tipping etiquette in Japan? Much appreciated."),
    ("How should I introduce a new cat to my older cat?",
     "Hello, I'd be grateful for advice: how should I introduce a new cat to my older cat?"),
    ("How do I write a switch statement in PowerShell?", "Thanks in advance! How do I write a switch statement in PowerShell?"),
    ("What is a normal breathing rate for a sleeping cat?",
     "Hi! Could you please tell me what a normal breathing rate is for a sleeping cat? Thank you."),
    ("How do I get wax out of a tablecloth?", "Hey friend, how do I get wax out of a tablecloth? Cheers!"),
    ("Explain what probate is.", "Would you mind explaining what probate is, please?"),
    ("How do I grow tomatoes on a balcony?", "Hi, hope you're well. How do I grow tomatoes on a balcony?"),
    ("How many players are on a water polo team?", "Quick one, thanks: how many players are on a water polo team?"),
    ("How do I open a savings account for my child?",
     "Dear assistant, how do I open a savings account for my child? Kind regards"),
    ("What causes the northern lights?", "Hello! I've always wondered, what causes the northern lights? Thanks!"),
    ("How do I blur the background in a Zoom call?",
     "Sorry if this is a silly question, but how do I blur the background in a Zoom call?"),
    ("How do I get a replacement driving licence in Ireland?",
     "Please could you let me know how to get a replacement driving licence in Ireland? Many thanks"),
    ("How do I stop my parrot from screaming?", "Help please! How do I stop my parrot from screaming?"),
    ("What's the best way to clean white sneakers?",
     "Hiya, what's the best way to clean white sneakers? Thank you kindly"),
    ("How do I turn on passkeys for my Microsoft account?",
     "Hi team, I'd appreciate your help: how do I turn on passkeys for my Microsoft account?"),
    ("How do you calculate a tip of 18 percent?", "Good evening, how do you calculate a tip of 18 percent? Thanks a lot"),
    ("How do I reseal a leaky shower tray?", "Hello, apologies for the basic question: how do I reseal a leaky shower tray?"),
    ("What's the freezing point of seawater?", "Hey there, would you tell me the freezing point of seawater? Ta!"),
    ("How do I add a favicon to a Jekyll site?", "Thanks for your time. How do I add a favicon to a Jekyll site?"),
    ("How do I cook quinoa so it's fluffy?", "Hi! Please, how do I cook quinoa so it's fluffy? Thank you!!"),
]

PARAPHRASE_HARD = [  # label 1: many words changed, aliases, numbers as words, same-polarity rewording
    ("How do I get my toddler to sleep through the night?",
     "Tips so my two-year-old stops waking up during the night?"),
    ("What's the cheapest way to get around Lisbon for a week?",
     "Budget options for moving around Lisbon over seven days?"),
    ("Is it bad to sleep with wet hair?", "Does going to bed with damp hair cause any harm?"),
    ("How much protein does a vegetarian athlete need?", "What's the daily protein requirement for a meat-free sportsperson?"),
    ("How do I list all running processes on Linux?", "Linux command to show every process currently running"),
    ("Can I bring my dog into a restaurant in France?", "Are dogs allowed inside French restaurants?"),
    ("How many teaspoons are in a tablespoon?", "How many tsp make one tbsp?"),
    ("What's the fastest train from Boston to NYC?", "Quickest rail connection from Boston to New York City?"),
    ("Do I have to pay tax on money I win at a casino in the US?", "Are American gambling winnings taxable?"),
    ("What's the best way to avoid catching a cold in winter?",
     "How can I keep from getting sick with a cold during the winter months?"),
    ("Why won't my car start when it's cold?", "Car refuses to start on freezing mornings, what could be the reason?"),
    ("How do I make my bread crust crunchier?", "Tips for a crispier crust on homemade loaves?"),
    ("What does it mean when a cat slow blinks at you?",
     "My cat closes its eyes slowly while looking at me, what's it telling me?"),
    ("Is a 650 credit score good enough to get a mortgage?",
     "Can I qualify for a home loan with a credit rating of six hundred fifty?"),
    ("How do I discard all local changes in git?", "Git: throw away every uncommitted edit in my working copy"),
    ("When is the best time to see the autumn colours in Vermont?",
     "Which weeks of fall do Vermont's leaves usually peak?"),
    ("How do I stop biting my nails?", "Ways to quit chewing my fingernails"),
    ("What is the half-life of caffeine?", "How long until half the caffeine I drank has left my body?"),
    ("How can I tell if an avocado is ripe?", "What are the signs an avocado is ready to eat?"),
    ("What's the difference between a hare and a rabbit?", "How do you tell hares and rabbits apart?"),
    ("How much should I budget for a week in Thailand?", "Rough spending money needed for seven days in Thailand?"),
    ("In JS, how do I check if an array is empty?", "JavaScript: test whether an array has zero elements"),
    ("Is it legal to collect seashells on beaches in Hawaii?", "Am I allowed to take shells home from Hawaiian beaches?"),
    ("How long can cooked rice stay in the fridge?", "How many days is leftover rice safe when refrigerated?"),
]

NEGATION = [  # label 0: polarity flipped by antonyms, opposite prefixes, verbs of stopping/preventing, or "not"
    ("Which foods raise cholesterol?", "Which foods lower cholesterol?"),
    ("How do I mute a group chat on Signal?", "How do I unmute a group chat on Signal?"),
    ("How do I stop my laptop from going to sleep when I close the lid?",
     "How do I make my laptop go to sleep when I close the lid?"),
    ("What's the maximum size of an object in Amazon S3?", "What's the minimum size of an object in Amazon S3?"),
    ("Why are flights to Iceland so cheap in November?", "Why are flights to Iceland so expensive in November?"),
    ("Foods that are safe for parrots", "Foods that are toxic to parrots"),
    ("How do I block a contact on WhatsApp?", "How do I unblock a contact on WhatsApp?"),
    ("Ways to increase my car's resale value", "Things that decrease my car's resale value"),
    ("Which medications should I avoid before a colonoscopy?",
     "Which medications should I continue before a colonoscopy?"),
    ("How do I allow third-party cookies in Safari?", "How do I block third-party cookies in Safari?"),
    ("How do I make a Kotlin list immutable?", "How do I make a Kotlin list mutable?"),
    ("What habits help me fall asleep faster?", "What habits keep me from falling asleep?"),
    ("Why is my homemade yogurt too runny?", "Why is my homemade yogurt too thick?"),
    ("What happens if I overinflate my bike tyres?", "What happens if I underinflate my bike tyres?"),
    ("How do I subscribe to a podcast on Spotify?", "How do I unsubscribe from a podcast on Spotify?"),
]

NUMBER = [  # label 0: a quantity, count, age, price or duration changed
    ("How many eggs do I need for a cake with 2 cups of flour?",
     "How many eggs do I need for a cake with 3 cups of flour?"),
    ("Can a 10-year-old fly alone on a domestic flight?", "Can a 6-year-old fly alone on a domestic flight?"),
    ("How much should I tip on a $40 taxi fare?", "How much should I tip on a $120 taxi fare?"),
    ("Is 3 cups of coffee a day too much?", "Is 7 cups of coffee a day too much?"),
    ("How many people does a 12-inch pizza feed?", "How many people does an 18-inch pizza feed?"),
    ("What's the total interest on a $30,000 car loan at 7% over 5 years?",
     "What's the total interest on a $30,000 car loan at 7% over 3 years?"),
    ("How many grams of dry food should a 4-month-old kitten get?",
     "How many grams of dry food should a 9-month-old kitten get?"),
    ("How many threads should a thread pool have on a 4-core machine?",
     "How many threads should a thread pool have on a 16-core machine?"),
    ("What is 12% of 450?", "What is 12% of 540?"),
    ("How long does it take to paddle 8 miles in a kayak?", "How long does it take to paddle 14 miles in a kayak?"),
    ("What's the late fee if I return a rental car 2 hours late?",
     "What's the late fee if I return a rental car 6 hours late?"),
    ("Is a blood sugar of 140 after eating normal?", "Is a blood sugar of 220 after eating normal?"),
    ("Can I fit two adults and three kids in a five-seat car?",
     "Can I fit two adults and four kids in a five-seat car?"),
    ("What deadlift weight should a beginner start with at a body weight of 60 kg?",
     "What deadlift weight should a beginner start with at a body weight of 100 kg?"),
    ("How long should I rest between sets when lifting for 5 reps?",
     "How long should I rest between sets when lifting for 15 reps?"),
]

UNIT = [  # label 0: the same number in another unit, or the conversion the other way
    ("Is 30 degrees Celsius too hot for a run?", "Is 30 degrees Fahrenheit too hot for a run?"),
    ("How do I convert miles per gallon to litres per 100 km?", "How do I convert litres per 100 km to miles per gallon?"),
    ("Is 2 metres of fabric enough for a pair of curtains?", "Is 2 feet of fabric enough for a pair of curtains?"),
    ("Is a 6 kg bowling ball right for a ten-year-old?", "Is a 6 lb bowling ball right for a ten-year-old?"),
    ("How many photos fit on a 64 GB memory card?", "How many photos fit on a 64 MB memory card?"),
    ("Can I carry a 20 kg suitcase as hand luggage?", "Can I carry a 20 lb suitcase as hand luggage?"),
    ("How long do I roast a 5 kg turkey?", "How long do I roast a 5 lb turkey?"),
    ("Is a 3 metre wave too big for a beginner surfer?", "Is a 3 foot wave too big for a beginner surfer?"),
    ("How do I convert newton metres to foot-pounds for torque?", "How do I convert foot-pounds to newton metres for torque?"),
    ("How much does 1 gigabyte of cloud storage cost per month?",
     "How much does 1 terabyte of cloud storage cost per month?"),
]

DATE_VERSION = [  # label 0: a year, month, weekday or software version changed
    ("Does Java 8 support the var keyword?", "Does Java 11 support the var keyword?"),
    ("Who won the Giro d'Italia in 2018?", "Who won the Giro d'Italia in 2022?"),
    ("What's new in Android 14 for privacy?", "What's new in Android 12 for privacy?"),
    ("Are pharmacies in Spain open on Saturdays?", "Are pharmacies in Spain open on Sundays?"),
    ("Can I upgrade from Windows 7 to Windows 11 for free?", "Can I upgrade from Windows 10 to Windows 11 for free?"),
    ("Does Node 14 support the fetch API natively?", "Does Node 18 support the fetch API natively?"),
    ("What's the weather usually like in Cusco in August?", "What's the weather usually like in Cusco in February?"),
    ("What was the standard VAT rate in France in 2012?", "What was the standard VAT rate in France in 2016?"),
    ("Is it safe to run PostgreSQL 12 in production?", "Is it safe to run PostgreSQL 9.6 in production?"),
    ("What date is Easter in 2027?", "What date is Easter in 2029?"),
    ("Does the iPhone 12 support MagSafe?", "Does the iPhone 11 support MagSafe?"),
    ("Which tomato varieties can I sow in March?", "Which tomato varieties can I sow in July?"),
    ("How did the financial crisis of 2008 start?", "How did the financial crisis of 1929 start?"),
    ("Does Angular 16 use standalone components by default?", "Does Angular 19 use standalone components by default?"),
    ("What time does the sun set in Oslo in December?", "What time does the sun set in Oslo in June?"),
]

ENTITY = [  # label 0: another country, language, product, person, drug, animal, team or city
    ("Do Canadians need a visa to visit Vietnam?", "Do Canadians need a visa to visit Thailand?"),
    ("How do I open a Parquet file in Julia?", "How do I open a Parquet file in Elixir?"),
    ("What's the life expectancy of a Labrador?", "What's the life expectancy of a Chihuahua?"),
    ("Does finasteride cause hair shedding in the first months?", "Does minoxidil cause hair shedding in the first months?"),
    ("Who is the all-time top scorer for Real Madrid?", "Who is the all-time top scorer for Barcelona?"),
    ("How do I replace the cabin air filter on a Mazda CX-5?", "How do I replace the cabin air filter on a Kia Sportage?"),
    ("What is the minimum wage in Spain?", "What is the minimum wage in Portugal?"),
    ("How do I export bookmarks from Firefox?", "How do I export bookmarks from Safari?"),
    ("Is Ceres bigger than the Moon?", "Is Ganymede bigger than the Moon?"),
    ("What did Marie Curie discover?", "What did Rosalind Franklin discover?"),
    ("How do I deploy a Django app on Heroku?", "How do I deploy a Django app on Fly.io?"),
    ("Can tortoises eat strawberries?", "Can tortoises eat rhubarb?"),
    ("How do I get from Narita to Shinjuku?", "How do I get from Haneda to Shinjuku?"),
    ("Does IKEA accept Apple Pay?", "Does Lidl accept Apple Pay?"),
    ("How is dengue fever treated?", "How is typhoid fever treated?"),
]

DIRECTION = [  # label 0: the same words with roles swapped: A of/from/to/than B, A extends B
    ("In Java, can an interface extend a class?", "In Java, can a class extend an interface?"),
    ("How do I transfer money from PayPal to my bank account?",
     "How do I transfer money from my bank account to PayPal?"),
    ("Can I transfer an ISA into a pension?", "Can I transfer a pension into an ISA?"),
    ("Flight time from Tokyo to Los Angeles", "Flight time from Los Angeles to Tokyo"),
    ("Is Portuguese easy to learn for Spanish speakers?", "Is Spanish easy to learn for Portuguese speakers?"),
    ("How do I move my playlists from Spotify to Apple Music?", "How do I move my playlists from Apple Music to Spotify?"),
    ("Is a mule the offspring of a male donkey and a female horse?",
     "Is a mule the offspring of a male horse and a female donkey?"),
    ("Can I plug a 110 V appliance into a 230 V socket?", "Can I plug a 230 V appliance into a 110 V socket?"),
    ("How do I move my photos from Google Photos to iCloud?", "How do I move my photos from iCloud to Google Photos?"),
    ("Can a grandparent adopt a grandchild?", "Can a grandchild adopt a grandparent?"),
    ("Does HashMap extend AbstractMap in Java?", "Does AbstractMap extend HashMap in Java?"),
    ("Should I move my potted lemon tree from the balcony into the house for winter?",
     "Should I move my potted lemon tree from the house onto the balcony for winter?"),
    ("How do I cast a double to an int in C#?", "How do I cast an int to a double in C#?"),
    ("Is the Atlantic saltier than the Pacific?", "Is the Pacific saltier than the Atlantic?"),
    ("How do I redirect stderr to stdout in bash?", "How do I redirect stdout to stderr in bash?"),
]

SCOPE = [  # label 0: another property of the same subject, cause vs fix, or a constraint added or dropped
    ("How tall does a Maine Coon cat get?", "How heavy does a Maine Coon cat get?"),
    ("Why does my tumble dryer make a thumping noise?", "How do I fix my tumble dryer thumping?"),
    ("How do I read an Excel file in C#?",
     "How do I read an Excel file in C# without installing Office or any NuGet package?"),
    ("What's the population of Ulaanbaatar?", "What's the altitude of Ulaanbaatar?"),
    ("How long does it take to become a certified arborist?", "How much does it cost to become a certified arborist?"),
    ("What are the symptoms of shingles?", "How long is shingles contagious?"),
    ("Best budget hotels in Prague", "Best budget hotels in Prague for families with a dog"),
    ("How do I split a string in Ruby?",
     "How do I split a string in Ruby on several delimiters while keeping the empty fields?"),
    ("What is the melting point of tin?", "What is the density of tin?"),
    ("How many calories are in an avocado?", "How much fat is in an avocado?"),
    ("Why does my sink smell like rotten eggs?", "How do I get rid of the rotten egg smell in my sink?"),
    ("How do I make pancakes?", "How do I make pancakes without eggs?"),
    ("What is the wingspan of a bald eagle?", "What is the lifespan of a bald eagle?"),
    ("When does a US patent expire?", "How much does it cost to file a US patent?"),
    ("What's a good beginner running plan?", "What's a good beginner running plan for someone with bad knees?"),
    ("How much does it cost to charge an electric car at home?",
     "How long does it take to charge an electric car at home?"),
    ("What's the salary of a dental hygienist?", "What qualifications do I need to become a dental hygienist?"),
    ("How deep should I plant daffodil bulbs?", "How far apart should I space daffodil bulbs?"),
    ("How do I write a unit test in Go?", "How do I write a table-driven unit test in Go that runs in parallel?"),
    ("What's the average rent in Berlin?",
     "What's the average rent for a furnished one-bedroom flat in central Berlin?"),
]

OVERLAP = [  # label 0: most words shared, but another verb or object makes it another question
    ("How do I add a column to a table in SQL?", "How do I add a comment to a column in SQL?"),
    ("How do I get my hamster to stop biting the cage bars?", "How do I get my hamster to stop climbing the cage bars?"),
    ("How do I get a refund for my unused ski lift pass?", "How do I resell my unused ski lift pass?"),
    ("How long should I cook salmon in the oven?", "How long should I marinate salmon before putting it in the oven?"),
    ("How do I insert a table of contents in Word?", "How do I insert a table of figures in Word?"),
    ("Can I pay my council tax by direct debit?", "Can I pay my council tax in monthly instalments?"),
    ("How do I adjust the brakes on my scooter?", "How do I adjust the handlebars on my scooter?"),
    ("What is the best time to drink yerba mate?", "What is the best temperature to brew yerba mate?"),
    ("How do I drop duplicate rows in a Polars DataFrame?", "How do I count duplicate rows in a Polars DataFrame?"),
    ("How do I file a complaint against my employer?", "How do I file a lawsuit against my employer?"),
    ("Why does my cat knead my blanket?", "Why does my cat chew my blanket?"),
    ("How do I join a Teams meeting from my phone?", "How do I record a Teams meeting from my phone?"),
    ("How do I clean the filter of my dishwasher?", "How do I clean the inside of my dishwasher?"),
    ("Can I plant potatoes that have sprouted in the pantry?", "Can I eat potatoes that have sprouted in the pantry?"),
    ("How do I convert a string to a date in JavaScript?", "How do I compare a string to a date in JavaScript?"),
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
    ("I'm planning a road trip through the Scottish Highlands next month.",
     "The North Coast 500 route is popular; book rooms early in summer.",
     "How many days do I need for it?", "How many days should I allow for it?"),
    ("I adopted a rescue greyhound last week.",
     "Greyhounds often need a soft bed and a coat in cold weather.",
     "Can he be off the lead in parks?", "Can he go off the lead in parks?"),
    ("I'm writing a REST API in FastAPI.",
     "Declare request bodies with Pydantic models so they are validated.",
     "How do I make a field optional?", "How can I make a field optional?"),
    ("I'm repainting my bedroom a dark navy blue.",
     "Use a tinted primer so you need fewer top coats.",
     "How many tins should I buy?", "How many tins do I need to buy?"),
    ("I've been prescribed a course of doxycycline for acne.",
     "Take it with a full glass of water and stay upright afterwards.",
     "Can I take it with milk?", "Is it fine to take it with milk?"),
    ("I'm learning to crochet a granny square blanket.",
     "Start each square with a chain of four joined into a ring.",
     "How many squares will a single bed need?", "How many squares does a single bed need?"),
    ("We just bought an electric cargo bike for school runs.",
     "Check the battery range and charge it after each day of use.",
     "Is it allowed on bike paths?", "Is it permitted on bike paths?"),
    ("I'm opening an Etsy shop for my ceramics.",
     "Good photos in natural light make a big difference to sales.",
     "How should I price my mugs?", "How should I set prices for my mugs?"),
]

CONV_MEDIUM = [  # restructured, synonyms
    ("My son wants to start playing the cello.",
     "Children usually start on a fractional size, such as a half or three-quarter cello.",
     "Should we rent one or buy it?", "Is renting better than buying at this stage?"),
    ("I'm preparing for the bar exam in New York.",
     "Most candidates follow a ten-week commercial prep course.",
     "Which subject should I start with?", "What area of law is best to tackle first?"),
    ("We moved our builds to GitLab.",
     "Caching dependencies between jobs makes the pipeline quicker.",
     "How do I run a job only on the main branch?", "How do I restrict a job so it runs just on main?"),
    ("I'm making a beef stew in a slow cooker.",
     "Brown the meat first for a deeper flavour.",
     "How long does it need on low?", "On the low setting, how many hours should it cook?"),
    ("I'm travelling to Morocco in April.",
     "Marrakech is busy then, but the weather is pleasant.",
     "What should I wear as a woman?", "As a female traveller, what clothing is appropriate?"),
    ("My monstera has yellow leaves near the bottom.",
     "Yellowing lower leaves often point to too much water.",
     "How frequently should it get water?", "What watering routine suits it?"),
    ("I'm studying for my driving theory test in the UK.",
     "The test has multiple-choice questions and a hazard perception part.",
     "What's the pass mark?", "How many questions must I get right to pass?"),
    ("We're converting our loft into a bedroom.",
     "You'll likely need building regulations approval for the work.",
     "Do we need planning permission too?", "Is planning permission also required?"),
]

CONV_LOOSE = [  # other words throughout; a careful reader agrees one answer serves both
    ("I've just been diagnosed with type 2 diabetes.",
     "Many people manage it at first with diet, exercise and metformin.",
     "Can I still eat fruit?", "Is fruit off the menu for me now?"),
    ("I'm building a small home server for backups.",
     "A low-power CPU and two mirrored drives are a good start.",
     "Is 16 GB of RAM enough?", "Will sixteen gigs of memory do?"),
    ("I want to learn to sail this summer.",
     "A dinghy course at a local club is a good start.",
     "How long until I can go out alone?", "When will I be ready to take a boat out solo?"),
    ("My teenage daughter wants a part-time job.",
     "In many places 16-year-olds can work limited hours during term time.",
     "How many hours can she work on school days?", "What's the limit on her working time on a school day?"),
    ("I'm moving from Java to Kotlin for Android work.",
     "Kotlin's null safety will catch many errors at compile time.",
     "What replaces static methods?", "Where do the things I'd have made static go now?"),
    ("I've got a job offer in Amsterdam.",
     "The 30% ruling can reduce your income tax for a few years.",
     "Do I qualify for it?", "Am I eligible for that tax break?"),
    ("We're having our first baby in March.",
     "Pack a hospital bag a few weeks before the due date.",
     "What should go in it?", "What do new parents usually take along?"),
    ("I'm training for a 100 km cycling sportive in October.",
     "Build your long ride up gradually, about ten percent a week.",
     "What should I eat the night before?", "Any dinner advice for the eve of the ride?"),
]

CONV_ADDED_WORD = [  # a modifier or an extra item added
    ("I'm making Thai green curry tonight.",
     "Fry the curry paste in coconut cream until it smells fragrant.",
     "How long will it keep?", "How long will it keep frozen?"),
    ("I'm running ethernet cable through my house.",
     "Cat 6 cable is plenty for gigabit speeds over home distances.",
     "Do I need a switch?", "Do I need a managed switch?"),
    ("I'm thinking of refinancing my student loans this year.",
     "Private refinancing can lower the rate but gives up federal repayment plans.",
     "Should I refinance all of them?", "Should I refinance all of them plus my car loan?"),
    ("My cat has started drinking a lot of water.",
     "Increased thirst in older cats can point to kidney problems or diabetes.",
     "Should I see a vet?", "Should I see an emergency vet?"),
]

CONV_RELATED_NOUN = [  # a sibling in the same category, or part and whole
    ("I've joined a pottery class.",
     "We start on the wheel and move on to glazing in the second month.",
     "What temperature is the bisque firing?", "What temperature is the glaze firing?"),
    ("I'm setting up RabbitMQ for our order service.",
     "Use durable queues so messages survive a broker restart.",
     "How do I monitor the consumers?", "How do I monitor the producers?"),
    ("I'm going hiking in Patagonia in January.",
     "The wind can be extreme, so pack layers and a solid tent.",
     "Where can I see glaciers?", "Where can I see penguins?"),
    ("I'm restoring an old wooden rowing boat.",
     "Strip the old varnish before checking the planks for rot.",
     "What should I use on the hull?", "What should I use on the oars?"),
]

CONV_PROPERTY = [  # another property of the same thing
    ("I'm thinking about getting a Bernese mountain dog.",
     "They are gentle family dogs but need space and regular grooming.",
     "How much does a grown male weigh?", "How many years do they usually live?"),
    ("I'm choosing between laminate and vinyl flooring for the kitchen.",
     "Vinyl copes better with water spills.",
     "Which one costs less per square metre?", "Which one feels warmer underfoot?"),
    ("I've been reading about the James Webb telescope.",
     "It observes mainly in infrared from a point far beyond the Moon.",
     "How far away is it?", "How big is its mirror?"),
    ("We're considering a used Toyota Prius.",
     "Check the hybrid battery's health report before you buy.",
     "How long does the battery last?", "How much does a new battery cost?"),
]

CONV_QUALIFIER = [  # a constraint phrase added
    ("I'm going to make fresh pasta by hand.",
     "You only need flour, eggs and a rolling pin.",
     "How thin should I roll it?", "How thin should I roll it for ravioli?"),
    ("I'm building a terminal app in Rust.",
     "The clap crate handles argument parsing well.",
     "How do I add subcommands?", "How do I add subcommands that share global flags?"),
    ("I'm renting a camper van in New Zealand.",
     "Freedom camping is only allowed at sites marked for self-contained vehicles.",
     "Where can I park it overnight?", "Where can I park it overnight in Auckland?"),
    ("I've started doing kettlebell workouts at home.",
     "Swings, goblet squats and presses cover most of the body.",
     "How often should I train?", "How often should I train if I'm over 60?"),
]

CONV_OPPOSITE = [  # stronger/weaker, up/down, raise/lower, start/stop
    ("I'm making masala chai from scratch.",
     "Simmer black tea with crushed cardamom, ginger and cinnamon, then add milk.",
     "How do I make it stronger?", "How do I make it milder?"),
    ("We're adjusting the thermostat schedule for winter.",
     "Lowering it at night saves energy without much discomfort.",
     "Should I turn it up when we leave?", "Should I turn it down when we leave?"),
    ("I'm packing the car for a long drive with a full roof box.",
     "Heavy items go low and central, light items in the roof box.",
     "Should I raise the tyre pressure?", "Should I lower the tyre pressure?"),
    ("My daughter is learning to ride a bike without stabilisers.",
     "Lowering the saddle so her feet touch the ground helps her balance first.",
     "How do I teach her to start?", "How do I teach her to stop?"),
]

CONV_OTHER = [  # the same words asking something else: swapped roles or order
    ("I'm teaching my kids about the food chain.",
     "Each animal eats something lower down in the chain.",
     "Do owls eat snakes?", "Do snakes eat owls?"),
    ("We're setting up replication between two database servers.",
     "One primary can stream its changes to several replicas.",
     "Can the replica write to the primary?", "Can the primary write to the replica?"),
    ("I'm assembling a flat-pack wardrobe.",
     "Follow the steps in order and don't fully tighten the screws until the end.",
     "Should the doors go on before the back panel?", "Should the back panel go on before the doors?"),
    ("I'm splitting the rent with my flatmate.",
     "A common way is to split it by the size of each room.",
     "How much do I owe her?", "How much does she owe me?"),
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
