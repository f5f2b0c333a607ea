#!/usr/bin/env python3
"""Writes two frozen held-out sets for semantic-cache hit verification (issue 14), the seventh pairs round:

- router-eval/src/test/resources/quality/hard-pairs-test7.jsonl: 240 standalone question pairs
  {"a", "b", "label", "kind"}; a is the question whose answer sits in the cache, b the question that just arrived.
  label 1 (the cached answer also serves b), 120: synonym 24, reorder 24, typo 24, politeness 24,
  paraphrase_hard 24. label 0 (b needs an answer of its own), 120: negation 15, number 15, unit 10,
  date_version 15, entity 15, direction 15, scope 20, overlap 15.
- router-eval/src/test/resources/quality/verifier-conversations-test10.jsonl: 48 conversations. Both sides hold
  the same first user turn and assistant reply; only the final user message differs, a 3 to 12 word follow-up
  that cannot be understood without the turns before it. same_answer true (kind "paraphrase"), 24, in three
  groups of 8 by how far the wording drifts (close, medium, loose); same_answer false, 4 each: "added_word",
  "related_noun", "property", "qualifier", "opposite", "other". No earlier-turn topic appears twice.

Written for this project by a helper who saw neither the verifier's code, word lists or models, nor any sentence
of the other sets in that directory (only its README and the format). Topics lean to pets and vets, insurance
claims, commuting, photo and video editing, musical instruments, sewing and knitting, spreadsheet formulas, cloud
basics, Rust, Go, Kotlin and C#, phone and laptop settings, weddings, moving house, fitness and food, and car
upkeep. Frozen before being run; run once, never tune on them. The output is deterministic: pairs are sorted by
the SHA-256 of their text, so kinds are interleaved, and conversations keep the order of CONV_GROUPS. The
paraphrase distance groups exist only in this module; `tools/heldout/check_set.py make_heldout25` reads them from here.
"""
import heldout_common

PAIRS_NAME = "hard-pairs-test7.jsonl"
CONV_NAME = "verifier-conversations-test10.jsonl"

# ---------------------------------------------------------------------------------------------------------
# Pairs. Each entry: (cached question a, new question b).
# ---------------------------------------------------------------------------------------------------------

SYNONYM = [  # label 1: words replaced by words that mean the same here
    ("How often should I deworm an indoor cat?", "How frequently should I deworm a house cat?"),
    ("What does 'new for old' mean on a contents insurance policy?",
     "What does 'replacement as new' mean on a contents insurance policy?"),
    ('Is a tram season pass cheaper than paying for each journey?',
     'Is a tram season ticket less costly than paying for every journey?'),
    ("How do I fix blurry photos when shooting indoors at night?",
     "How do I fix fuzzy pictures when shooting inside at night?"),
    ("What is the simplest way to tune a ukulele by ear?", "What is the easiest way to tune a ukulele by ear?"),
    ("Why does my sewing machine keep skipping stitches?", "Why does my sewing machine keep missing stitches?"),
    ('Why does my SUMPRODUCT return a #VALUE error?', 'Why does my SUMPRODUCT give back a #VALUE error?'),
    ("What is an S3 bucket used for in AWS?", "What is an S3 bucket meant for in AWS?"),
    ("What does the question mark operator do in Rust?", "What does the question mark symbol do in Rust?"),
    ("How can I stop my phone screen from dimming so quickly?",
     "How can I keep my phone display from dimming so fast?"),
    ("How far in advance should we send wedding invitations?", "How early should we send out wedding invitations?"),
    ("What should I pack first when moving house?", "What should I box up first when relocating home?"),
    ("How much protein do I need to build muscle?", "How much protein do I need to gain muscle?"),
    ('How often should I swap the spark plugs on a petrol hatchback?',
     'How frequently should I replace the spark plugs on a petrol hatchback?'),
    ("What are the signs of dehydration in a dog?", "What are the symptoms of dehydration in a dog?"),
    ('How long does a pet insurance claim usually take to settle?',
     'Typically, how many days until the vet bill claim on my pet cover gets reimbursed?'),
    ("Can I bring a folding bike on a commuter train at rush hour?",
     "Am I allowed to take a folding bike on a commuter train at peak time?"),
    ('How do I join a new ball of yarn in the middle of a row?',
     'How do I attach a fresh ball of yarn partway along a row?'),
    ("How do I make a goroutine wait until another one finishes?",
     "How do I make a goroutine pause until another one completes?"),
    ('What is a sealed interface in Kotlin handy for?', 'What is a sealed interface in Kotlin useful for?'),
    ('Why does my Chromebook keep dropping its hotel Wi-Fi login page?',
     'Why does my Chromebook keep losing its hotel wireless sign-in page?'),
    ("Which lens is best for portrait photography on a budget?",
     "Which lens is ideal for portrait photography on a tight budget?"),
    ("How do I stop my violin bow from squeaking?", "How do I prevent my violin bow from screeching?"),
    ('What is a sensible stretch routine after a long bike ride?',
     'What is a reasonable stretching routine after a long cycle?'),
]

REORDER = [  # label 1: words or clauses moved, a statement turned into a question or the reverse
    ("For a rabbit, which vegetables are safe every day?", "Which vegetables are safe every day for a rabbit?"),
    ("When I file a travel insurance claim, which receipts do I need?",
     "Which receipts do I need when I file a travel insurance claim?"),
    ("On a long train commute, how can I avoid motion sickness?",
     "How can I avoid motion sickness on a long train commute?"),
    ("In DaVinci Resolve, how do I add subtitles to a clip?", "How do I add subtitles to a clip in DaVinci Resolve?"),
    ("To learn the drums as an adult, how many hours a week should I practise?",
     "How many hours a week should I practise to learn the drums as an adult?"),
    ("Hemming jeans by hand: what stitch should I use?", "What stitch should I use to hem jeans by hand?"),
    ("In Google Sheets, how do I count cells that contain a particular word?",
     "How do I count the cells containing a particular word in Google Sheets?"),
    ("Azure resource groups: what are they and why do they matter?",
     "What are Azure resource groups and why do they matter?"),
    ("In C#, what separates a struct from a class?", "What separates a class from a struct in C#?"),
    ("My MacBook battery drains overnight while asleep; why?",
     "Why does my MacBook battery drain overnight while it is asleep?"),
    ("For a small wedding of fifty guests, how much food should we order?",
     "How much food should we order for a small wedding of fifty guests?"),
    ("Having moved to a new flat, when should I redirect my post?",
     "When should I redirect my post after moving to a new flat?"),
    ("Before a morning run, is it better to eat or go fasted?",
     "Is it better to eat or to go fasted before a morning run?"),
    ('A ticking sound from my alloy wheels at low speed: what is it?',
     'What is the ticking sound from my alloy wheels at low speed?'),
    ("Should I crate my puppy at night?", "At night, should my puppy sleep in a crate?"),
    ("Pet insurance for an older dog: is it worth it?", "Is pet insurance worth it for an older dog?"),
    ('With a phone gimbal, how do I film a smooth dolly zoom?',
     'How do I film a smooth dolly zoom with a phone gimbal?'),
    ("Blocking a knitted jumper: how do I do it without stretching it?",
     "How do I block a knitted jumper without stretching it?"),
    ('In Rust, how do I split a string on commas into a Vec?',
     'How do I split a string on commas into a Vec in Rust?'),
    ("Go modules: how do I update a single dependency?", "How do I update a single dependency with Go modules?"),
    ('On a Pixel, where is the setting for the double-tap to wake gesture?',
     'Where is the setting for the double-tap to wake gesture on a Pixel?'),
    ("Tyre pressure should be checked how often?", "How often should tyre pressure be checked?"),
    ("Which GCP region should I pick for users in Brazil?", "For users in Brazil, which GCP region should I pick?"),
    ("How should I store a guitar in a cold garage?", "In a cold garage, how should a guitar be stored?"),
]

TYPO = [  # label 1: misspellings, lower case, dropped apostrophes, words joined or split
    ("How do I trim my cat's claws safely?", "how do i trim my cats claws safley"),
    ("What does no claims bonus protection actually cover?", "waht does no claims bonus protecion actualy cover"),
    ("Can I use a contactless card on the London Underground?",
     "can i use a contactles card on the london undergroud"),
    ("How do I export a video in 4K from Premiere Pro?", "how do i exprot a vidoe in 4k from premire pro"),
    ("What is the best way to restring an acoustic guitar?", "whats the best way to restring an acousitc guitar"),
    ('How do I change the needle on a Singer overlocker?', 'how do i chnage the needel on a singer overlocker'),
    ('What does the QUERY function in Google Sheets do with a pivot clause?',
     'what does the query fuction in google sheets do with a pivot clasue'),
    ("How do I set up billing alerts in AWS?", "how do i setup biling alerts in aws"),
    ('Why does Rust say my struct field is never read?', 'why does rust say my struct feild is never raed'),
    ('How do I turn on the battery percentage on an iPhone 14?',
     'how do i turn on the batery percentage on an iphone14'),
    ("How many bridesmaids is normal for a wedding?", "how many bridesmaids is normal for a weding"),
    ("Do I need to tell the council when I move house?", "do i need to tell the counsil when i move hosue"),
    ("How many calories are in a boiled egg?", "how many calroies are in a boild egg"),
    ("Why does my car's ABS warning light come on in the rain?",
     'why does my cars abs warning lite come on in the rain'),
    ('Are grapes poisonous to guinea pigs?', 'are grapes posionous to guinnea pigs'),
    ('How do I mark a Kotlin function as tailrec?', 'how do i mark a kotlin funtion as tail rec'),
    ("What is the difference between RAW and JPEG photos?", "whats the diffrence between raw and jpeg photos"),
    ("How do I fix a dropped stitch in knitting?", "how do i fix a droped stich in knitting"),
    ("How do I make a dropdown list in Google Sheets?", "how do i make a drop down list in googlesheets"),
    ('How do I give a Go HTTP client a five second timeout?', 'how do i give a go http cleint a five secnd timeout'),
    ("Can I claim on my insurance for a cracked phone screen?",
     "can i claim on my insurence for a craked phone screen"),
    ("How long does it take to get fit for a 10k run?", "how long dose it take to get fit for a 10k run"),
    ("How do I clear the cache on my iPhone?", "how do i clear the cahce on my iphone"),
    ('When should I replace the cambelt on a Fiat Panda?', 'when shoud i replace the cambelt on a fiat panda'),
]

POLITENESS = [  # label 1: greetings, thanks, apologies, "quick question" wrapped around the same request
    ("How do I get my dog used to wearing a muzzle?",
     "Hi! Sorry to bother you, but how do I get my dog used to wearing a muzzle? Thanks so much."),
    ("What is subrogation in an insurance claim?", "Quick question please: what is subrogation in an insurance claim?"),
    ("Is a railcard worth it if I travel twice a month?",
     "Hello there, hoping you can help. Is a railcard worth it if I travel twice a month?"),
    ("How do I stabilise shaky handheld footage?", "Thanks in advance! How do I stabilise shaky handheld footage?"),
    ("How do I read piano sheet music as a complete beginner?",
     "Good morning, apologies for the basic question, but how do I read piano sheet music as a complete beginner?"),
    ("What size knitting needles should I use for chunky yarn?",
     "Hey, would you mind telling me what size knitting needles I should use for chunky yarn? Cheers!"),
    ("How do I sum a column only where another column says paid?",
     "Hi, sorry if this is silly: how do I sum a column only where another column says paid?"),
    ("What is the free tier of Google Cloud?",
     "Hello! Could you kindly explain what the free tier of Google Cloud is? Many thanks."),
    ('How do I parse a date string in C# with a custom format?',
     "Quick one, if you don't mind: how do I parse a date string in C# with a custom format?"),
    ('How do I stop my Samsung from showing ads on the lock screen?',
     "Hi, I'd really appreciate some help. How do I stop my Samsung from showing ads on the lock screen?"),
    ("How do I politely ask wedding guests not to bring children?",
     "Hello, thank you for your time! How do I politely ask wedding guests not to bring children?"),
    ("How far ahead should I book a removal van?",
     "Sorry to trouble you, how far ahead should I book a removal van? Thank you!"),
    ("Is creatine safe to take every day?", "Hi there, just a quick question: is creatine safe to take every day?"),
    ("How do I top up the coolant in my car?",
     "Good evening! Please could you tell me how to top up the coolant in my car? Much appreciated."),
    ("How often should I trim my rabbit's nails?",
     "Hiya, hope you're well. How often should I trim my rabbit's nails?"),
    ("What is a lifetime in Rust?", "Thanks for helping earlier. Another one: what is a lifetime in Rust?"),
    ("How do I use a capo on a guitar?", "Apologies for the newbie question, how do I use a capo on a guitar?"),
    ("How do I sew on a button so it stays on?",
     "Hello! Hoping you can help me out: how do I sew on a button so it stays on? Thanks."),
    ("What does an IAM role do in AWS?", "Hi, sorry, quick question. What does an IAM role do in AWS?"),
    ("How do I make my laptop battery last longer?",
     "Hey there! Any chance you could tell me how to make my laptop battery last longer? Ta."),
    ('At a wedding with two grooms, who walks down the aisle first?',
     'Hello, thanks so much in advance: at a wedding with two grooms, who walks down the aisle first?'),
    ("How do I claim a refund for a cancelled train?",
     "Hi, really sorry to ask, but how do I claim a refund for a cancelled train?"),
    ("How do I shoot photos in manual mode?",
     "Good afternoon! Would you be able to explain how I shoot photos in manual mode? Thank you kindly."),
    ("What does a channel do in Go?", "Hey, appreciate your help. What does a channel do in Go?"),
]

PARAPHRASE_HARD = [  # label 1: most words changed; numbers spelled out; abbreviations and other names
    ("How many times a day should I feed a two-month-old puppy?", "Pup is 8 weeks old, how many meals per day?"),
    ("What does third party, fire and theft car insurance cover?", "What's included in TPFT motor cover?"),
    ("How long does the subway take from Manhattan to JFK airport?",
     "Travel time on the NYC underground from Manhattan out to John F. Kennedy International?"),
    ("What shutter speed should I use to freeze a moving car?",
     "To get a crisp shot of a speeding vehicle with no blur, how fast should the shutter be?"),
    ("How do I tune a guitar to drop D?", "Lowering my bottom E string a whole tone down to D: how is that done?"),
    ("What is the difference between knit and purl stitches?", "K vs P stitches, how do they differ?"),
    ("How do I remove duplicate rows in Excel?", "MS Excel: get rid of repeated lines in a sheet, how?"),
    ("What is AWS Lambda used for?", "What would I use Amazon's serverless functions service for?"),
    ("How do I write an async method in C#?",
     "Writing a function with the async keyword in C sharp, how does it work?"),
    ('How do I stop my MacBook from installing macOS updates on its own?',
     'Mac laptop: prevent the OS upgrading itself automatically?'),
    ("How much does a wedding photographer usually cost?",
     "Typical price for someone to take pictures at our wedding?"),
    ("How do I change the address on my driving licence after moving?",
     "Relocated recently, how do I update where I live on my DL?"),
    ("How many grams of protein are in 100 grams of chicken breast?",
     "Protein content of one hundred g of chicken breast?"),
    ('How do I replace the battery in my car key fob?',
     'Remote that unlocks the motor has died; how do I swap its coin cell?'),
    ("How often does an adult cat need vaccinations?", "Grown-up moggy: how frequently are its boosters due?"),
    ("What is Kotlin's equivalent of Java's static methods?",
     "Kt has no static keyword, so what do I use in place of Java statics?"),
    ("How do I sort a vector in Rust?", "Rust: ordering the elements of a Vec, how?"),
    ("How many frames per second should I shoot for slow motion?", "For slo-mo footage, what fps do I need?"),
    ("How do I back up my iPhone to my computer?", "Saving a full copy of my Apple phone onto my PC, how?"),
    ("How do I lose two kilograms in a month safely?", "Safe way to drop 2 kg in thirty days?"),
    ("How do I create a virtual machine on Azure?", "Spinning up a VM in Microsoft's cloud, what are the steps?"),
    ("What does the FILTER function in Google Sheets do?", "In GSheets, what is =FILTER() for?"),
    ("How do I change a flat tyre on the motorway?", "Puncture on the highway, how do I swap the wheel?"),
    ('How many wraps per inch is a DK weight yarn?', "Double knit wool: what's its WPI?"),
]

NEGATION = [  # label 0: opposite verbs or adjectives (not textbook pairs), opposite prefixes, one plain "not"
    ('How do I get my budgie to whistle more often?', 'How do I get my budgie to tone down its whistling?'),
    ("Which costs are covered by my home policy after a burst pipe?",
     "Which costs are excluded by my home policy after a burst pipe?"),
    ("How do I deliberately overexpose a photo for a bright airy look?",
     "How do I deliberately underexpose a photo for a dark moody look?"),
    ('How do I lengthen the stitch on a Janome overlocker?', 'How do I shorten the stitch on a Janome overlocker?'),
    ("How do I make a shared spreadsheet cell editable for my colleagues?",
     "How do I make a shared spreadsheet cell read-only for my colleagues?"),
    ("How do I enable public access on an S3 bucket?", "How do I block public access on an S3 bucket?"),
    ("How do I speed up a video clip in iMovie?", "How do I slow down a video clip in iMovie?"),
    ("What foods help raise my resting metabolism?", "What foods drag down my resting metabolism?"),
    ("What makes a brake pedal feel spongy?", "What makes a brake pedal feel rock hard?"),
    ("How do I keep my stocking stitch from curling at the edges?",
     "How do I make my stocking stitch curl at the edges on purpose?"),
    ("What are the benefits of Go's static typing?", "What are the drawbacks of Go's static typing?"),
    ("Which bedding materials are safe for a pet ferret's cage?",
     "Which bedding materials are risky for a pet ferret's cage?"),
    ("Why does my car idle too high when the engine is cold?",
     "Why does my car idle too low when the engine is cold?"),
    ("Which parts of a Church of England wedding ceremony are compulsory?",
     "Which parts of a Church of England wedding ceremony are optional?"),
    ("Which items will removal companies move?", "Which items will removal companies not move?"),
]

NUMBER = [  # label 0: another quantity, age, size, duration, distance or price
    ('How big a tank does a shoal of 6 neon tetras need?', 'How big a tank does a shoal of 20 neon tetras need?'),
    ("Is a 10 year old car worth insuring comprehensively?", "Is a 3 year old car worth insuring comprehensively?"),
    ("How many calories does cycling 20 km burn?", "How many calories does cycling 50 km burn?"),
    ("What aperture should I use for a group photo of 4 people?",
     "What aperture should I use for a group photo of 25 people?"),
    ("How do I restring a 12-string guitar?", "How do I restring a 6-string guitar?"),
    ("How many balls of yarn does a size 10 cardigan need?", "How many balls of yarn does a size 18 cardigan need?"),
    ('Which Azure VM size handles 200 concurrent users?', 'Which Azure VM size handles 20,000 concurrent users?'),
    ("How much does an EC2 instance with 4 GB of RAM cost per month?",
     "How much does an EC2 instance with 32 GB of RAM cost per month?"),
    ("Is 8 GB of RAM enough for video editing on a laptop?", "Is 16 GB of RAM enough for video editing on a laptop?"),
    ("How many guests can we invite on a budget of 5000 pounds?",
     "How many guests can we invite on a budget of 15000 pounds?"),
    ("How much does it cost to move out of a two-bedroom flat?",
     "How much does it cost to move out of a four-bedroom flat?"),
    ("How many push-ups should a 40 year old man manage?", "How many push-ups should a 65 year old man manage?"),
    ("How often should I rotate the tyres on a car doing 5,000 miles a year?",
     "How often should I rotate the tyres on a car doing 25,000 miles a year?"),
    ("Can I take my dog on a 3 hour flight in the cabin?", "Can I take my dog on a 12 hour flight in the cabin?"),
    ("How much is a weekly bus ticket covering 2 zones?", "How much is a weekly bus ticket covering 6 zones?"),
]

UNIT = [  # label 0: the same number in another unit, or the conversion turned round
    ("How many kilometres is 26 miles?", "How many miles is 26 kilometres?"),
    ("How much is 500 grams of dog kibble in cups?", "How much is 500 grams of dog kibble in ounces?"),
    ("What is 2.4 bar in psi for my tyres?", "What is 2.4 psi in bar for my tyres?"),
    ("How many calories is 1000 kilojoules?", "How many kilojoules is 1000 calories?"),
    ("How many metres of fabric is 3 yards?", "How many yards of fabric is 3 metres?"),
    ("What is a 20 kg dumbbell in pounds?", "What is a 20 lb dumbbell in kilograms?"),
    ("What is 50 mph in km/h?", "What is 50 km/h in mph?"),
    ('How many US gallons does a 10 litre jerrycan hold?',
     'How many imperial gallons does a 10 litre jerrycan hold?'),
    ("A 60 cm circular knitting needle, how many inches is that?",
     "A 60 inch circular knitting needle, how many cm is that?"),
    ('My rabbit weighs 2 kg, what is that in pounds?', 'My rabbit weighs 2 lb, what is that in kilos?'),
]

DATE_VERSION = [  # label 0: another year, month, weekday or software version
    ("What changed in C# 12?", "What changed in C# 10?"),
    ("Is Kotlin 2.0 compatible with Gradle 7?", "Is Kotlin 1.9 compatible with Gradle 7?"),
    ("What new features came in Go 1.22?", "What new features came in Go 1.18?"),
    ("What changed in the Rust 2024 edition?", "What changed in the Rust 2018 edition?"),
    ("Where is the battery charging limit setting in iOS 17?",
     "Where is the battery charging limit setting in iOS 18?"),
    ("When is road tax due if I bought the car in March?", "When is road tax due if I bought the car in September?"),
    ("Which rules apply to taking a dog to France after 2021?",
     "Which rules applied to taking a dog to France before 2021?"),
    ("What is the IRS mileage rate for 2023?", "What is the IRS mileage rate for 2025?"),
    ("Does Excel 2016 have the XLOOKUP function?", "Does Excel 365 have the XLOOKUP function?"),
    ("Is it cheaper to get married on a Friday in August?", "Is it cheaper to get married on a Friday in January?"),
    ("When is the first MOT due on a car registered in 2022?",
     "When is the first MOT due on a car registered in 2019?"),
    ('Does the Galaxy S21 still get Android updates in 2025?',
     'Does the Galaxy S21 still get Android updates in 2022?'),
    ("What is new in Lightroom Classic 13?", "What is new in Lightroom Classic 11?"),
    ('What changed in Kotlin 1.5 for inline value classes?', 'What changed in Kotlin 1.9 for inline value classes?'),
    ("What are the tube strike dates for March?", "What are the tube strike dates for May?"),
]

ENTITY = [  # label 0: another animal, insurer, city, app, instrument, fabric, product, car or library
    ("Is lily pollen toxic to cats?", "Is lily pollen toxic to dogs?"),
    ("How do I file a claim with Aviva for water damage?", "How do I file a claim with Direct Line for water damage?"),
    ("How do I get from Schiphol to Amsterdam Centraal by train?",
     "How do I get from Schiphol to Rotterdam Centraal by train?"),
    ("How do I add a LUT in Final Cut Pro?", "How do I add a LUT in CapCut?"),
    ("What is the easiest chord to learn on the mandolin?", "What is the easiest chord to learn on the banjo?"),
    ("How do I sew silk without it slipping?", "How do I sew velvet without it slipping?"),
    ("How do I do a SUMIFS in LibreOffice Calc?", "How do I do a SUMIFS in Numbers on a Mac?"),
    ("How do I host a static website on Azure Storage?", "How do I host a static website on Google Cloud Storage?"),
    ('How do I mock an interface in C# with Moq?', 'How do I mock an interface in C# with NSubstitute?'),
    ("How do I pair AirPods with a Chromebook?", "How do I pair AirPods with a Samsung TV?"),
    ("What is the average cost of a wedding in Scotland?", "What is the average cost of a wedding in Ireland?"),
    ("How do I move my energy account to a new home with Octopus?",
     "How do I move my energy account to a new home with British Gas?"),
    ("How much protein is in Greek yoghurt?", "How much protein is in cottage cheese?"),
    ('Where is the fuse for the cigarette lighter on a Skoda Octavia?',
     'Where is the fuse for the cigarette lighter on a Vauxhall Astra?'),
    ("What is Ktor used for in Kotlin?", "What is Exposed used for in Kotlin?"),
]

DIRECTION = [  # label 0: the same words with roles or direction turned round (from/to, than, he/I, into)
    ('Is it safe to give my dog the flea spot-on meant for my cat?',
     'Is it safe to give my cat the flea spot-on meant for my dog?'),
    ('Can I use my Nikon lenses on a Canon body with an adapter?',
     'Can I use my Canon lenses on a Nikon body with an adapter?'),
    ('How do I embed a Kotlin Compose view inside an old XML layout?',
     'How do I embed an old XML layout inside a Kotlin Compose view?'),
    ("How do I migrate a database from AWS RDS to Azure SQL?",
     "How do I migrate a database from Azure SQL to AWS RDS?"),
    ('How do I read alto clef if I already read treble clef?',
     'How do I read treble clef if I already read alto clef?'),
    ("Does my insurance cover me driving my friend's car?", "Does my friend's insurance cover him driving my car?"),
    ("How do I import data from Google Sheets into Excel?", "How do I import data from Excel into Google Sheets?"),
    ('How do I copy files from an S3 bucket to Azure Blob storage?',
     'How do I copy files from Azure Blob storage to an S3 bucket?'),
    ("How do I move an edit from Premiere Pro into DaVinci Resolve?",
     "How do I move an edit from DaVinci Resolve into Premiere Pro?"),
    ("How do I transpose a B-flat clarinet part to concert pitch?",
     "How do I transpose a concert pitch part for B-flat clarinet?"),
    ("What should the best man say about the groom in his speech?",
     "What should the groom say about the best man in his speech?"),
    ("How do I convert a knitting pattern written flat to work in the round?",
     "How do I convert a knitting pattern written in the round to work flat?"),
    ("What happens if I put diesel into a petrol car by mistake?",
     "What happens if I put petrol into a diesel car by mistake?"),
    ("How do I cast my phone screen to my laptop?", "How do I cast my laptop screen to my phone?"),
    ("Can my dog pass worms on to me?", "Can I pass worms on to my dog?"),
]

SCOPE = [  # label 0: another property of the same thing, cause vs fix, a constraint added
    ('How long do axolotls live in a home tank?', 'How big do axolotls grow in a home tank?'),
    ("Why does my dog keep shaking its head?", "How do I clean my dog's ears when it keeps shaking its head?"),
    ("How much does pet insurance cost for a French bulldog?",
     "What does pet insurance usually exclude for a French bulldog?"),
    ('How long does a claim for storm damage to a garden fence take?',
     'Is a storm-damaged garden fence even covered by buildings insurance?'),
    ("What time does the first train leave Reading for Paddington?",
     "How crowded is the first train from Reading to Paddington?"),
    ("How do I shoot a timelapse on my phone?", "How much storage does a phone timelapse take up?"),
    ("How do I tune a cello?", "How often does a cello need tuning?"),
    ("What is the best fabric for summer dresses?",
     "What is the best fabric for summer dresses that won't crease in a suitcase?"),
    ("How do I use INDEX MATCH in Excel?", "How do I use INDEX MATCH in Excel to return every matching row at once?"),
    ("What is AWS Fargate?", "How is AWS Fargate billed?"),
    ("How do I build a Rust project?", "How do I build a Rust project for a Raspberry Pi from my Windows laptop?"),
    ('Why does my Surface Pro get hot when charging?', 'How do I stop my Surface Pro charging past 50 percent?'),
    ("What is a good wedding venue for 80 guests near Bath?",
     "What is a good wedding venue for 80 guests near Bath that lets us bring our dog?"),
    ("How much does it cost to hire a man with a van?",
     "How long does it take a man with a van to move a studio flat?"),
    ("How much water should I drink while training for a marathon?",
     "How much salt should I take in while training for a marathon?"),
    ('Why does my steering wheel shake at 70 mph?',
     'How much does wheel balancing cost when the steering shakes at 70 mph?'),
    ("How do I wash a wool jumper?", "How do I wash a wool jumper that has already shrunk?"),
    ("What causes a goroutine leak?", "How do I detect a goroutine leak in production?"),
    ('How do I set up Jetpack Compose in an Android project?',
     'How do I set up Jetpack Compose previews that show a dark theme?'),
    ("How do I turn on Find My on a Mac?", "Does Find My still work on a Mac when it is switched off?"),
]

OVERLAP = [  # label 0: most words shared, another verb or object, so another question
    ('Can I give my greyhound a bath the day after his dental?',
     'Can I give my greyhound a dental chew the day after his bath?'),
    ("Does my car insurance cover a windscreen chip repair?",
     "Does a windscreen chip repair affect my car insurance no-claims bonus?"),
    ("How do I get a refund on an unused train ticket?", "How do I change the date on an unused train ticket?"),
    ("How do I remove background noise from a video recording?",
     "How do I add background music to a video recording?"),
    ("How do I hold a violin bow correctly?", "How do I rehair a violin bow correctly?"),
    ("How do I take in a dress at the waist?", "How do I add a zip to a dress at the waist?"),
    ('How do I wrap text in a merged cell in Google Sheets?',
     'How do I split a merged cell back apart in Google Sheets?'),
    ("How do I stop an EC2 instance from the console?", "How do I resize an EC2 instance from the console?"),
    ("How do I clone a struct in Rust?", "How do I compare two structs in Rust?"),
    ("How do I reset my Apple ID password on my iPhone?", "How do I change my Apple ID email on my iPhone?"),
    ("Who pays for the wedding cake traditionally?", "Who cuts the wedding cake traditionally?"),
    ("How do I pack a fridge when moving house?", "How do I defrost a fridge before moving house?"),
    ("How much protein should I eat after a workout?", "How soon should I eat protein after a workout?"),
    ('How do I check the clutch fluid on a Mazda MX-5?', 'How do I replace the clutch cable on a Mazda MX-5?'),
    ("How do I write a LINQ query in C# that groups by date?",
     "How do I write a LINQ query in C# that filters by date?"),
]

PAIR_GROUPS = heldout_common.pair_groups(globals())

# ---------------------------------------------------------------------------------------------------------
# Conversations. Each entry: (earlier user turn, earlier assistant turn, cached follow-up, new follow-up).
# ---------------------------------------------------------------------------------------------------------

CONV_CLOSE = [  # a word or two changed
    ("How much should I feed my adult beagle?",
     "An adult beagle of about 10 kg usually needs around 250 to 300 g of dry food a day, split into two meals "
     "and adjusted for how active he is.",
     "What if he's quite lazy?", "What if he is fairly lazy?"),
    ("What documents do I need to claim on travel insurance for a lost suitcase?",
     "Usually the airline's property irregularity report, receipts or other proof of value, your booking details "
     "and your policy number.",
     "How long do I have to send them?", "How long do I have to submit them?"),
    ("What is the quickest way from Kings Cross to Heathrow?",
     "The Piccadilly line goes direct in about an hour; the Elizabeth line via Farringdon is usually quicker, "
     "around 45 minutes.",
     "Which of those is cheaper?", "Which one of those is cheaper?"),
    ("What ISO should I use for indoor sports photos?",
     "Start around ISO 1600 to 3200 so you can keep the shutter at 1/500 or faster; recent sensors cope well with "
     "the noise.",
     "Will that make the pictures grainy?", "Will that make my pictures grainy?"),
    ("How do I change the strings on a classical guitar?",
     "Take the old strings off one at a time, tie each new one at the bridge with a loop knot, wind it onto the "
     "roller and stretch it in gently.",
     "How long until they stay in tune?", "How long before they stay in tune?"),
    ("What stitch length should I use for topstitching denim?",
     "A longer stitch of about 3 to 3.5 mm, with topstitching thread and a size 100 jeans needle, looks neat on "
     "denim.",
     "Do I need a special presser foot?", "Do I need a special foot for that?"),
    ('How do I show the formulas instead of the results in a LibreOffice Calc sheet?',
     'Choose View > Show Formula, or press Ctrl and the backtick key; every cell then displays its formula text.',
     'Will that print them too?',
     'Will that print them as well?'),
    ("How do I set up a VPC in AWS?",
     "In the VPC console use the 'VPC and more' wizard: choose a CIDR block, subnets in two availability zones, "
     "and a NAT gateway if private subnets need the internet.",
     "Is the NAT gateway expensive?", "Is that NAT gateway pricey?"),
]

CONV_MEDIUM = [  # restructured, synonyms
    ('How do I give a Rust enum variant a default value with serde?',
     'Derive Deserialize and mark the fallback variant with #[serde(other)], or add #[serde(default)] on the field '
     'that holds the enum.',
     'Does that work with tagged enums?',
     'Is it fine when the enum carries a tag field?'),
    ("How do I run something on a schedule in Go?",
     "Start a goroutine that selects on a time.NewTicker channel, or use a library such as robfig/cron for "
     "cron-style expressions.",
     "How do I stop the ticker cleanly?", "What's the tidy way to shut that ticker down?"),
    ("How do I turn on the hotspot on my Pixel?",
     "Open Settings > Network & internet > Hotspot & tethering > Wi-Fi hotspot, switch it on and set a password.",
     "Does it drain the battery a lot?", "Will running that eat through my charge quickly?"),
    ('Do we need witnesses for a humanist wedding in Scotland?',
     'Yes: a registered humanist celebrant conducts it, and two witnesses aged 16 or over must sign the marriage '
     'schedule.',
     'Can a sibling be one of them?',
     'Is it okay for my brother or sister to sign?'),
    ('We sold our house; what should we leave behind for the buyers on completion day?',
     'Leave every labelled key, the alarm code, boiler and appliance manuals, and a note on bin days in a kitchen '
     'drawer.',
     'Who gets the spare garage fob?',
     'Where should the extra remote for the garage go?'),
    ('How do I pick a kettlebell weight as a woman starting out?',
     'Many women begin swings with 12 kg and presses with 6 to 8 kg; pick a weight you can move for ten clean reps.',
     'Should I buy an adjustable one?',
     'Is a kettlebell with changeable plates worth getting?'),
    ("How do I check my car's tyre tread depth?",
     "Use a tread depth gauge, or put a 20p coin in the grooves: if the coin's outer band shows, you are near the "
     "1.6 mm legal limit.",
     "What's the fine if it's below that?", "How much is the penalty for being under that?"),
    ('My hamster has stopped using his wheel; should I worry?',
     "Check the wheel isn't too small or squeaky and look for limping or overgrown nails; older hamsters also just "
     'slow down.',
     "What if he's also eating less?",
     'And if his appetite has dropped as well?'),
]

CONV_LOOSE = [  # other words throughout; a careful reader would reuse the one answer
    ("Is it worth getting gap insurance on a new car?",
     "It can be if the car loses value fast or you have a big loan, since it pays the difference between the "
     "insurer's payout and what you paid or still owe.",
     "Where's the cheapest place to buy it?", "Which providers charge the least for that kind of cover?"),
    ("How do I balance a gimbal for my mirrorless camera?",
     "Mount the camera, then balance the tilt, roll and pan axes in turn so it stays level with the motors "
     "switched off.",
     "Should the lens cap be on while I do that?", "Do I leave the front glass covered during the process?"),
    ("What's a good first saxophone for an adult?",
     "An alto is the usual start: it is lighter than a tenor, and student models from Yamaha or Jupiter are "
     "reliable.",
     "Roughly how much should I expect to pay?", "What sort of budget am I looking at?"),
    ("How do I knit a gauge swatch?",
     "Cast on about 30 stitches, work 30 rows in the pattern stitch, block it, then count stitches and rows over "
     "10 cm in the middle.",
     "Can I skip the blocking step?", "Is that soaking and drying part actually necessary?"),
    ('How do I work out compound interest on my savings in Google Sheets?',
     'Use =FV(rate/12, years*12, -monthly_deposit, -start_balance), or start*(1+rate/12)^(12*years) with no '
     'deposits.',
     'What if the rate changes each year?',
     'My bank alters the percentage annually; how to model that?'),
    ("What's the difference between the Azure Blob storage tiers?",
     'Hot is for frequent reads, Cool for data kept 30 days or more, Cold for 90 days, and Archive for data you '
     'rarely read, with hours of delay to get it back.',
     'Which tier for our digitised camcorder tapes?',
     'Where should I keep home movies I seldom watch?'),
    ('Is it worth moving my C# services from Newtonsoft to System.Text.Json?',
     'Usually yes for new code: it is faster and built in, though stricter about casing, and a few converters may '
     'need rewriting.',
     'Will my custom converters carry over?',
     'Can I keep the bespoke type handlers I already wrote?'),
    ("How do I stop my Windows laptop waking up in my bag?",
     "Turn off wake timers in the power plan, and in Device Manager clear 'Allow this device to wake the "
     "computer' for the network card and mouse.",
     "Where is that Device Manager tick box?", "Whereabouts do I find that option for each device?"),
]

CONV_ADDED_WORD = [  # a modifier or an extra item added
    ('My greyhound panics on the lead whenever an e-scooter passes; how do I help?',
     'Walk at quieter times, keep a wide distance from scooters at first and pair every one that passes with a '
     'treat, closing the gap over several weeks.',
     'Should I use treats?',
     'Should I use treats and a clicker?'),
    ("How do I hem trousers?",
     "Measure the length, press the fold, trim to leave about 4 cm, then blind-hem by hand or with a blind hem "
     "foot.",
     "What about jeans?", "What about stretch skinny jeans?"),
    ('How much fibre should I eat a day on a high-protein diet?',
     'Around 30 g a day is the usual advice, from oats, beans, lentils, vegetables and wholegrains; high-protein '
     'plans often fall short of it.',
     'Can I get it from fruit?',
     'Can I get it from dried fruit?'),
    ("How do I highlight duplicates in Google Sheets?",
     "Select the range, open Format > Conditional formatting, choose 'Custom formula is' and enter "
     "=COUNTIF($A:$A,A1)>1.",
     "Can it ignore case?", "Can it ignore case and extra spaces?"),
]

CONV_RELATED_NOUN = [  # a sibling in the same category, or one part for another
    ("Which vaccinations does a pet rabbit need in the UK?",
     "Rabbits need yearly cover against myxomatosis and both strains of RHD, often combined in one jab.",
     "What about ferrets?", "What about guinea pigs?"),
    ("How often should I change the reed on my clarinet?",
     "Many players rotate three or four reeds and replace one every few weeks, or sooner if it chips or sounds "
     "dull.",
     "And the pads?", "And the mouthpiece?"),
    ("Where's the dipstick on a Honda Civic?",
     "It has a yellow or orange loop handle near the front of the engine, on the left as you face it.",
     "Where's the coolant reservoir?", "Where's the washer fluid reservoir?"),
    ('Where does my Pixel store screenshots?',
     'In Pictures/Screenshots on internal storage; they also show in Google Photos under Library > Screenshots.',
     'What about screen recordings?',
     'What about downloaded files?'),
]

CONV_PROPERTY = [  # another property of the same thing
    ("What's a good lens for wildlife photography on a Canon?",
     "The RF 100-400mm is light and affordable; the RF 100-500mm is sharper and longer if the budget allows.",
     "How much is the first one?", "How heavy is the first one?"),
    ("Which Kotlin coroutine dispatcher should I use for database calls?",
     "Use Dispatchers.IO for blocking database or file work; it is backed by a pool sized for threads that wait.",
     "How big is its thread pool?", "Is its pool shared with Dispatchers.Default?"),
    ("What's a good budget wedding venue in the Lake District?",
     "Village halls and small barns around Keswick and Kendal are often cheaper, especially midweek and out of "
     "summer.",
     "How many guests do they usually hold?", "How far are they from a train station?"),
    ("Is a rowing machine good for losing weight?",
     "Yes: rowing works most big muscle groups and can burn 400 to 600 calories an hour at a steady hard pace.",
     "Is it hard on the knees?", "Is it too noisy for a flat?"),
]

CONV_QUALIFIER = [  # a constraint phrase added
    ("How long should I walk my border collie each day?",
     "Border collies usually need two hours or more of activity a day, mixing walks, running and games that make "
     "them think.",
     "What if it's raining?", "What if it's raining and she was just spayed?"),
    ("How do I get a refund on a rail season ticket?",
     "Hand it back at the ticket office or through the operator's site; you get the unused days back minus an "
     "admin fee.",
     "Can I do it online?", "Can I do it online for a paper ticket?"),
    ("How do I export a video for Instagram Reels?",
     "Use 1080 by 1920 pixels, H.264 at 30 fps and keep it under 90 seconds; most editors have a vertical preset.",
     "What bitrate should I use?", "What bitrate keeps the file under 50 MB?"),
    ("How do I make a buffered channel in Go?",
     "Pass a capacity to make: ch := make(chan int, 10) holds ten values before a send blocks.",
     "How do I close it?", "How do I close it when several goroutines send?"),
]

CONV_OPPOSITE = [  # up/down, too many/too few, high/low, dim/bright
    ("How do I adjust the action on my electric guitar?",
     "Turn the saddle height screws on the bridge a quarter turn at a time and measure the gap at the 12th fret.",
     "Which way to raise it?", "Which way to lower it?"),
    ("How do I change my gauge in knitting?",
     "Change needle size: stitches per 10 cm follow the needle, so knit a new swatch after each change.",
     "What if I have too many stitches?", "What if I have too few stitches?"),
    ("Why does my car's temperature gauge move when I drive?",
     "It shows coolant temperature; once warm it should sit near the middle, held there by the thermostat and the "
     "radiator fan.",
     "What if it reads too high?", "What if it stays too low?"),
    ('How does the Night Light filter on my Chromebook work?',
     'Night Light tints the screen warmer after sunset; you can schedule it and set its colour temperature under '
     'Settings > Device > Displays.',
     'How do I make it warmer?',
     'How do I make it cooler?'),
]

CONV_OTHER = [  # the same words asking something else: roles or direction swapped
    ("How do I share a Google Photos album with my partner?",
     "Open the album, tap Share and choose your partner's account; if you allow it, they can add their own photos "
     "too.",
     "Can I add photos to theirs?", "Can they add photos to mine?"),
    ("Who pays for the bridesmaids' dresses?",
     "Traditionally the bridesmaids did, but now the couple often pays or the cost is split.",
     "Should the bride thank them with a gift?", "Should they thank the bride with a gift?"),
    ("Can I ride my son's moped on my car licence?",
     'If you passed your car test before February 2001 you can ride a moped up to 50cc without L plates; otherwise '
     'you need a CBT first.',
     'Does he need to add me to his insurance?',
     'Do I need to add him to my insurance?'),
    ('In Kotlin, how do I turn a nullable Int into a non-null one?',
     "Use the Elvis operator, as in val n = maybe ?: 0, or maybe!! if you are sure it isn't null and accept a "
     'crash otherwise.',
     'Is the Elvis way safer than the double bang?',
     'Is the double bang safer than the Elvis way?'),
]

CONV_GROUPS = heldout_common.conv_groups(globals())


def outputs():
    """File name -> exact text of both sets."""
    return heldout_common.pairs_and_conversations(PAIRS_NAME, CONV_NAME, PAIR_GROUPS, CONV_GROUPS)


if __name__ == "__main__":
    heldout_common.write_outputs(outputs())
