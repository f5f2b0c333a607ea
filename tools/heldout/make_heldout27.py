#!/usr/bin/env python3
"""Writes two frozen held-out sets for semantic-cache hit verification (issue 14), the ninth pairs round:

- router-eval/src/test/resources/quality/hard-pairs-test9.jsonl: 240 standalone question pairs
  {"a", "b", "label", "kind"}, where a is the question whose answer sits in the cache and b is the question that
  arrives next. label 1 means one answer serves both (120 pairs): synonym 24, reorder 24, typo 24, politeness 24,
  paraphrase_hard 24. label 0 means b needs an answer of its own (120 pairs): negation 15, number 15, unit 10,
  date_version 15, entity 15, direction 15, scope 20, overlap 15.
- router-eval/src/test/resources/quality/verifier-conversations-test12.jsonl: 48 conversations. Both sides hold the
  same earlier user turn and assistant turn; only the last user message differs, a follow-up of 3 to 12 words that
  cannot be understood without the earlier turns. same_answer true (kind "paraphrase"): 24, split into three groups
  of 8 by how far the wording moves (close, medium, loose). same_answer false: "added_word", "related_noun",
  "property", "qualifier", "opposite" and "other", 4 each. No earlier-turn topic appears twice.

Every sentence was written for this project by a helper who never saw the verifier's code, its word lists, its
models or any sentence of the other sets in the quality directory (only that directory's README and this format).
Topics lean to sewing, knitting and quilting, woodworking and joinery, aquariums and reptiles, motorcycles and
e-bikes, photography and video editing, music production and instruments, skiing and climbing, renting and
landlords, visas and moving abroad, childcare and school admin, Kotlin, Go, Rust, SQL databases, spreadsheet
formulas, and Docker and CI pipelines. The sets are frozen before they are run and are meant to be run once:
never tune on them. Output is deterministic: pairs are ordered by the SHA-256 of their text, so kinds are mixed;
conversations follow the order of CONV_GROUPS. The paraphrase distance groups live only in this module;
`tools/heldout/check_set.py make_heldout27` reads them from here.
"""
import heldout_common

PAIRS_NAME = "hard-pairs-test9.jsonl"
CONV_NAME = "verifier-conversations-test12.jsonl"

# ---------------------------------------------------------------------------------------------------------
# Pairs. Each entry: (cached question a, new question b).
# ---------------------------------------------------------------------------------------------------------

SYNONYM = [  # label 1: words swapped for words of the same meaning
    ("How do I stop my quilt backing from puckering when I free-motion quilt?",
     "How do I prevent my quilt backing from bunching up while free-motion quilting?"),
    ("What glue works best for gluing up an oak tabletop from several boards?",
     "Which adhesive is best for edge-joining several oak boards into a tabletop?"),
    ("Why is my leopard gecko shedding in patches and leaving skin on its toes?",
     "Why does my leopard gecko shed unevenly and keep old skin stuck on its toes?"),
    ("How often should I swap the chain on my e-bike?",
     "How frequently should I replace the chain on my electric bike?"),
    ("How do I stop my flash photos of my cat giving it green eyes?",
     "How do I prevent my cat's eyes glowing green in flash pictures?"),
    ("How can I make my kick drum punchier in the mix without boosting the volume?",
     "How do I get my bass drum to hit harder in the mix without turning it up?"),
    ("Is it normal for climbing shoes to hurt a lot when they're new?",
     "Is it usual for brand-new climbing shoes to be really painful?"),
    ("Can my landlord charge me for a new carpet after five years?",
     "Is my landlord allowed to bill me for replacing a five-year-old carpet?"),
    ("Which documents must I show to open a bank account in Dubai as a new resident?",
     "What paperwork is needed to open a bank account in Dubai as a newly arrived resident?"),
    ("How do I tell the nursery my child will be absent for a week?",
     "How should I inform the nursery that my kid will be away for a week?"),
    ("In Kotlin, how do I turn a list into a map keyed by id?",
     "In Kotlin, how can I convert a list to a map indexed by id?"),
    ("How do I stop gofmt from reordering my imports?",
     "How can I prevent gofmt from rearranging my imports?"),
    ("Why does the Rust borrow checker complain when I push to a vector while iterating it?",
     "Why does Rust's borrow checker object when I append to a vector during iteration over it?"),
    ("How do I find duplicate rows in a Postgres table?",
     "How can I spot repeated rows in a Postgres table?"),
    ("In Google Sheets, how do I pull a stock's closing price for a past date?",
     "In Google Sheets, how can I fetch a share's closing price on an earlier day?"),
    ("How do I shrink the size of my Docker image for a Node app?",
     "How can I cut down how big my Docker image is for a Node application?"),
    ("Why do my knitted edges look loose and sloppy?",
     "Why are the edges of my knitting slack and messy?"),
    ("How do I sharpen a chisel to a mirror finish?",
     "How do I hone a chisel until it has a mirror polish?"),
    ("What is a good beginner snake that stays small?",
     "Which starter snake remains compact as an adult?"),
    ("How do I wax my skis at home without a proper iron?",
     "How can I wax my skis at home if I don't own a real waxing iron?"),
    ("Why does my Bitbucket pipeline keep timing out?",
     "Why does my Bitbucket pipeline repeatedly hit its time limit?"),
    ("What is the easiest way to hem jeans and keep the original hem?",
     "What's the simplest method to shorten jeans while keeping the factory hem?"),
    ("How do I stop my motorcycle visor from fogging in the rain?",
     "How can I keep my motorbike visor from misting up when it rains?"),
    ("Do I need to register with the local council after moving to Germany?",
     "Do I have to register with the town hall after relocating to Germany?"),
]

REORDER = [  # label 1: other word order, a clause moved, question vs statement
    ("When joining two boards edge to edge, should I use biscuits or dowels?",
     "Should I use biscuits or dowels when joining two boards edge to edge?"),
    ("For a 60 litre tank, how many neon tetras can I keep?",
     "How many neon tetras can I keep in a 60 litre tank?"),
    ("If I shoot in RAW, do I still need to set white balance?",
     "Do I still need to set white balance if I shoot in RAW?"),
    ("My bearded dragon isn't eating; should I be worried?",
     "Should I be worried that my bearded dragon isn't eating?"),
    ("To stop my walking foot from squeaking, where do I oil it?",
     "Where do I oil my walking foot to stop it squeaking?"),
    ("Before a ski tour, how do I check the avalanche forecast?",
     "How do I check the avalanche forecast before a ski tour?"),
    ("How much notice does my landlord have to give before coming into the flat?",
     "Before coming into the flat, how much notice does my landlord have to give?"),
    ("When should I reach for Rc<RefCell<T>> in Rust?",
     "In Rust, when is Rc<RefCell<T>> the right thing to reach for?"),
    ("Using Excel, how do I pull the last word out of a cell?",
     "How do I pull the last word out of a cell in Excel?"),
    ("The motorcycle idles fine but stalls when I open the throttle; why?",
     "Why does my motorcycle stall when I open the throttle even though it idles fine?"),
    ("How do I roll back a failed Flyway migration?",
     "A Flyway migration failed; how do I roll it back?"),
    ("For a school trip consent form, does one parent's signature suffice?",
     "Does one parent's signature suffice for a school trip consent form?"),
    ("Is a Go slice passed to a function by value or by reference?",
     "Passed to a function, is a Go slice copied by value or by reference?"),
    ("For brioche stitch in two colours, which yarn weight is easiest?",
     "Which yarn weight is easiest for two-colour brioche stitch?"),
    ("Which is better for home recording, a dynamic or a condenser mic?",
     "For home recording, is a condenser or a dynamic mic better?"),
    ("How long should the clamps stay on after gluing a mortise and tenon joint?",
     "After gluing a mortise and tenon joint, how long should the clamps stay on?"),
    ("How can I move the data in a Docker volume to a new server?",
     "The data in my Docker volume needs to go to a new server; how do I move it?"),
    ("How much passive income do I need for Portugal's D7 visa?",
     "For the D7 visa in Portugal, how much passive income is needed?"),
    ("With a crash pad under me, how high can I safely boulder?",
     "How high can I safely boulder with a crash pad under me?"),
    ("In Kotlin coroutines, what does launch return compared with async?",
     "What does launch return compared with async in Kotlin coroutines?"),
    ("A SQL query with LIKE and a leading wildcard is slow; how do I fix it?",
     "How do I fix a slow SQL query that uses LIKE with a leading wildcard?"),
    ("Quilt binding corners: how do I get them mitred neatly?",
     "How do I get neatly mitred corners on my quilt binding?"),
    ("Why does my aquarium water turn cloudy a day after a water change?",
     "A day after a water change my aquarium water turns cloudy; why?"),
    ("Exposure compensation on my camera: when should I dial it down?",
     "When should I dial down exposure compensation on my camera?"),
]

TYPO = [  # label 1: misspellings, casing, missing apostrophes, words run together
    ("How do I pick up stitches along a cardigan's front edge?",
     "how do i pick up stiches along a cardigans frnt edge"),
    ("Why is my Dockerfile COPY step not picking up changes?",
     "why is my dockerfile COPY step not pickng up chnages"),
    ("What temperature should a crested gecko enclosure be at night?",
     "what temprature shoud a crested gecko enclosure be at nigth"),
    ("How do I get my landlord to fix the mould in my bathroom?",
     "how do i get my landlord to fix the mold in my bathrom"),
    ("Can I ride my e-bike on the pavement in the UK?",
     "can i ride my ebike on the pavment in the uk"),
    ("How do I sum a column in Excel only when the date is this month?",
     "how do i sum a colum in excel only when the date is this mnth"),
    ("What's the difference between a rebate and a dado joint?",
     "whats the diffrence between a rebate and a dado joint"),
    ("How do I make a Rust function accept both String and &str?",
     "how do i make a rust fucntion accept both String and &str"),
    ("Why won't my son's school accept his vaccination record from abroad?",
     "why wont my sons school accept his vacination record from abroad"),
    ("How do I set up sidechain compression in Ableton?",
     "how do i setup side chain compresion in ableton"),
    ("What's a good first multi-pitch climb for a beginner?",
     "whats a good frist multipitch climb for a begginer"),
    ("How do I quilt in the ditch without wobbling off the seam?",
     "how do i quilt in teh ditch without wobbling of the seam"),
    ("What does the Go error 'declared and not used' mean?",
     "what dose the go eror declared and not used mean"),
    ("How long does an Irish Stamp 4 renewal take?",
     "how long dose an irish stamp4 renewal take"),
    ("Why does my scooter's CVT belt squeal when I pull away?",
     "why does my scooters cvt belt squeel when i pull away"),
    ("How do I blur the background of a video in DaVinci Resolve?",
     "how do i blurr the backround of a video in davinci resolve"),
    ("How do I write a CHECK constraint that allows only positive prices?",
     "how do i write a check constriant that alows only positive prices"),
    ("Kotlin: why can't I call a protected method from an extension function?",
     "kotlin why cant i call a protectd method from an extention function"),
    ("My ski boots hurt my shins, what can I do?",
     "my skiboots hurt my shinns what can i do"),
    ("How do I cache Maven dependencies in GitLab CI?",
     "how do i cache maven dependancies in gitlab ci"),
    ("What size fish tank does a single betta need?",
     "what size fishtank does a singel betta need"),
    ("How do I stop plywood from splintering when I cut it?",
     "how do i stop plywod from splintering when i cut it"),
    ("How can I sew a zip into a cushion cover?",
     "how can i sew a zipp into a cushon cover"),
    ("How do I appeal a secondary school allocation?",
     "how do i apeal a secondry school allocation"),
]

POLITENESS = [  # label 1: greetings, thanks, apologies, "quick question" around the same ask
    ("How do I block a finished lace shawl?",
     "Hi! Sorry to bother you, but how do I block a finished lace shawl? Thanks so much."),
    ("What's the right humidity for a ball python?",
     "Quick question please: what's the right humidity for a ball python?"),
    ("How do I bleed the brakes on my motorcycle?",
     "Good morning! Could you tell me how to bleed the brakes on my motorcycle? Much appreciated."),
    ("How do I relink missing photos in Lightroom Classic?",
     "Hey there, hope you're well. How do I relink missing photos in Lightroom Classic? Cheers!"),
    ("How do I restring a banjo with a floating bridge?",
     "Hello! Apologies for the basic question, but how do I restring a banjo with a floating bridge?"),
    ("How do I tie a figure-eight follow-through knot?",
     "Thanks in advance! How do I tie a figure-eight follow-through knot?"),
    ("Can my landlord raise the rent in the middle of a fixed-term lease?",
     "Hi, I'd be grateful for help: can my landlord raise the rent in the middle of a fixed-term lease?"),
    ("What do I need to bring to a visa biometrics appointment?",
     "Sorry, quick one: what do I need to bring to a visa biometrics appointment? Thank you!"),
    ("How do I use build tags to leave a Go file out on Windows?",
     "Hi friend, could you please show me how to use build tags to leave a Go file out on Windows?"),
    ("How do I use VLOOKUP across two sheets?",
     "Good afternoon, hoping you can help: how do I use VLOOKUP across two sheets? Thanks!"),
    ("How do I pass a build argument to docker build?",
     "Hey, sorry if this is obvious, but how do I pass a build argument to docker build?"),
    ("How do I cut a dovetail by hand?",
     "Hi there! Would you kindly explain how to cut a dovetail by hand? Many thanks."),
    ("How do I ask the school for a reduced timetable for my daughter?",
     "Hello, thank you for your time. How do I ask the school for a reduced timetable for my daughter?"),
    ("How do I make a Kotlin sealed class exhaustive in a when expression?",
     "Please could you help? How do I make a Kotlin sealed class exhaustive in a when expression?"),
    ("How do I cycle a new aquarium without fish?",
     "Hiya! Bit of a newbie question, sorry: how do I cycle a new aquarium without fish?"),
    ("How do I see which queries are locking a MariaDB table?",
     "Morning! Quick question: how do I see which queries are locking a MariaDB table? Ta."),
    ("How do I match on a Rust enum variant that carries data?",
     "Hi, hope this isn't a silly question: how do I match on a Rust enum variant that carries data?"),
    ("How do I sew a French seam?",
     "Hello lovely, could you walk me through how to sew a French seam? Thank you!"),
    ("How do I choose the right length of ski poles?",
     "Hi! Sorry to trouble you. How do I choose the right length of ski poles?"),
    ("How do I stop my e-bike battery from losing range in the cold?",
     "Evening! Really appreciate any help: how do I stop my e-bike battery from losing range in the cold?"),
    ("How do I get a tenancy reference from my previous landlord?",
     "Hey, thanks a lot in advance. How do I get a tenancy reference from my previous landlord?"),
    ("How do I add chapter markers to a video in Shotcut?",
     "Hello! Could you kindly tell me how I add chapter markers to a video in Shotcut? Cheers."),
    ("How do I apply for an early years funding code?",
     "Hi there, sorry for asking, but how do I apply for an early years funding code? Thanks!"),
    ("How do I rerun a single failed job in GitHub Actions?",
     "Hi, quick question, thanks in advance: how do I rerun a single failed job in GitHub Actions?"),
]

PARAPHRASE_HARD = [  # label 1: many words changed; numbers as words or digits; abbreviations; other names
    ("How many yards of worsted do I need for adult mittens?",
     "Roughly how much 10-ply wool goes into a pair of grown-up mitts, in yards?"),
    ("What is the best way to join two pieces of wood at a right angle without screws?",
     "Fastener-free ways to connect two timber parts at ninety degrees: which works best?"),
    ("Can I keep a red-eared slider turtle in an indoor tank all year?",
     "Is a permanent indoor aquarium OK for an RES terrapin?"),
    ("How do I convert a RAW file to JPEG in Lightroom?",
     "In Lr, what's the way to turn a camera raw into a jpg?"),
    ("What's the speed limit for e-bikes in the EU?",
     "How fast can a pedal-assist electric bicycle legally go in the European Union?"),
    ("How do I reduce latency when recording in my DAW?",
     "My digital audio workstation lags between playing and hearing; how do I cut that delay?"),
    ("What does a 6a grade mean in sport climbing?",
     "On a French-graded sport route, what does six-a tell me about difficulty?"),
    ("How much can a landlord charge as a deposit in England?",
     "What's the cap on the tenancy deposit a letting landlord may ask for in England?"),
    ("How long can I stay in the Schengen area without a visa as a US citizen?",
     "As an American, how many days am I allowed in the Schengen zone visa-free?"),
    ("Do I need a PVG to coach at my kid's swimming club in Scotland?",
     "Is Protecting Vulnerable Groups membership required to volunteer as a coach at my child's Scottish swim club?"),
    ("How do I pin a Go module dependency to a specific commit?",
     "In golang, lock a module requirement to one git revision: how?"),
    ("What does 'static mean as a lifetime bound in Rust?",
     "Rust: T: 'static on a generic, what is that constraint saying?"),
    ("How do I make a Kotlin function with default arguments callable from Java?",
     "Kt fun with default params: how do I expose overloads to Java callers?"),
    ("How do I select the top 5 rows per group in SQL?",
     "In SQL, how can I fetch the first five records within each category?"),
    ("How do I show a number as thousands with a K suffix in Excel?",
     "MS Excel: custom number format so 12500 appears as 12.5K?"),
    ("How do I see the logs of a Docker container that keeps restarting?",
     "A container is crash-looping under Docker; where do I view its output?"),
    ("How do I sew a buttonhole on a machine?",
     "What's the process for stitching a buttonhole with my sewing machine?"),
    ("How often should I feed a juvenile corn snake?",
     "A young Pantherophis guttatus: what's a good meal schedule?"),
    ("How do I change the oil on a 125cc motorbike?",
     "Doing an engine oil swap on a one-two-five motorcycle: what are the steps?"),
    ("What aperture gives the most depth of field for landscapes?",
     "For scenery shots, which f-number keeps the most in focus front to back?"),
    ("How do I stop a hand plane from chattering?",
     "My bench plane judders and leaves ripples on the board; how do I cure it?"),
    ("What age can my child start school in Scotland?",
     "North of the border, at what age do kids begin Primary 1?"),
    ("How do I run a CI job only when files in one folder change?",
     "Trigger a pipeline step just for changes under a single directory: how?"),
    ("How do I pick a string gauge for a bass tuned down?",
     "Which string thickness suits a 4-string bass in a lower tuning?"),
]

NEGATION = [  # label 0: antonyms, opposite prefixes, stopping verbs, one plain "not"
    ("How do I tighten the tension on my sewing machine's bobbin case?",
     "How do I slacken the tension on my sewing machine's bobbin case?"),
    ("How do I encourage my bearded dragon to brumate?",
     "How do I keep my bearded dragon from brumating?"),
    ("How do I make my mix sound wider in stereo?",
     "How do I make my mix sound narrower in stereo?"),
    ("How do I expose a Rust struct field to other modules?",
     "How do I hide a Rust struct field from other modules?"),
    ("Why does my e-bike motor cut in too early when I pedal?",
     "Why does my e-bike motor cut in too late when I pedal?"),
    ("Which foods are safe to feed a pet tortoise?",
     "Which foods are toxic to feed a pet tortoise?"),
    ("How do I widen a mortise that's slightly too tight?",
     "How do I fix a mortise that's slightly too loose?"),
    ("How do I encourage java moss to attach to driftwood?",
     "How do I stop java moss from spreading over the driftwood?"),
    ("Why is my SQL query returning nulls in the joined column?",
     "Why is my SQL query not returning nulls in the joined column?"),
    ("How do I enrol my son in the after-school club?",
     "How do I withdraw my son from the after-school club?"),
    ("How do I make a knitted cuff stretchier?",
     "How do I make a knitted cuff snugger?"),
    ("Which ski wax makes skis glide faster on cold snow?",
     "Which ski wax makes skis grip better on cold snow?"),
    ("How do I unhide rows in Google Sheets?",
     "How do I hide rows in Google Sheets?"),
    ("Why does my motorcycle's engine run hot in slow traffic?",
     "Why does my motorcycle's engine run cold even on long rides?"),
    ("How do I brighten a muddy acoustic guitar recording?",
     "How do I darken a harsh acoustic guitar recording?"),
]

NUMBER = [  # label 0: another quantity, age, duration, distance, size or price
    ("How many skeins of DK yarn do I need for a jumper with a 40 inch chest?",
     "How many skeins of DK yarn do I need for a jumper with a 48 inch chest?"),
    ("How many neon tetras can live in a 40 litre tank?",
     "How many neon tetras can live in a 120 litre tank?"),
    ("What length of blade do I need for a 14 inch bandsaw?",
     "What length of blade do I need for a 10 inch bandsaw?"),
    ("Is a 250 W e-bike motor enough for steep hills?",
     "Is a 750 W e-bike motor enough for steep hills?"),
    ("Is a 12 inch subwoofer too big for a bedroom studio?",
     "Is an 8 inch subwoofer too big for a bedroom studio?"),
    ("Do I need an HMO licence for a house with 3 unrelated tenants?",
     "Do I need an HMO licence for a house with 5 unrelated tenants?"),
    ("Can a 16 year old take a part-time job while on a family visa in Canada?",
     "Can a 14 year old take a part-time job while on a family visa in Canada?"),
    ("What salary do I need for the Dutch highly skilled migrant permit at age 28?",
     "What salary do I need for the Dutch highly skilled migrant permit at age 32?"),
    ("Can a childminder look after 2 under-fives at once?",
     "Can a childminder look after 5 under-fives at once?"),
    ("Is a 170 cm ski right for someone who is 180 cm tall?",
     "Is a 150 cm ski right for someone who is 180 cm tall?"),
    ("How long should a 2 inch thick oak slab dry before I build with it?",
     "How long should a 4 inch thick oak slab dry before I build with it?"),
    ("Can I apply for UK citizenship after 5 years on a skilled worker visa?",
     "Can I apply for UK citizenship after 3 years on a skilled worker visa?"),
    ("How many fat quarters do I need for a 60 inch square quilt?",
     "How many fat quarters do I need for a 90 inch square quilt?"),
    ("Is 30 minutes too long to leave a corn snake out of its vivarium?",
     "Is 3 hours too long to leave a corn snake out of its vivarium?"),
    ("Can a child of 4 ride on my motorcycle as a pillion?",
     "Can a child of 8 ride on my motorcycle as a pillion?"),
]

UNIT = [  # label 0: the same number in another unit, or the conversion reversed
    ("How do I convert a 5 mm board thickness to inches?",
     "How do I convert a 5 inch board thickness to mm?"),
    ("Is 30 gallons big enough for two goldfish?",
     "Is 30 litres big enough for two goldfish?"),
    ("Is 25 km/h the legal top speed for an e-bike here?",
     "Is 25 mph the legal top speed for an e-bike here?"),
    ("Is a 60 metre rope long enough for a 30 metre sport route?",
     "Is a 60 metre rope long enough for a 30 foot sport route?"),
    ("How many inches is a 3 cm seam allowance?",
     "How many cm is a 3 inch seam allowance?"),
    ("Should my gecko's basking spot be 32 degrees Celsius?",
     "Should my gecko's basking spot be 32 degrees Fahrenheit?"),
    ("Is 20 ms of latency noticeable when recording guitar?",
     "Is 20 samples of latency noticeable when recording guitar?"),
    ("Is a pump rated at 600 litres per hour enough for a 120 litre tank?",
     "Is a pump rated at 600 gallons per hour enough for a 120 litre tank?"),
    ("How do I convert centimetres to inches with an Excel formula?",
     "How do I convert inches to centimetres with an Excel formula?"),
    ("How many kilonewtons is a 500 kg load on a climbing anchor?",
     "How many kilograms is a 500 kN load on a climbing anchor?"),
]

DATE_VERSION = [  # label 0: another year, season, release or software version
    ("What changed in Kotlin 2.0 for the compiler?",
     "What changed in Kotlin 1.9 for the compiler?"),
    ("Are generics supported in Go 1.17?",
     "Are generics supported in Go 1.18?"),
    ("Is let-else stable in Rust 1.60?",
     "Is let-else stable in Rust 1.65?"),
    ("Did Ableton Live 11 add comping for audio takes?",
     "Did Ableton Live 10 add comping for audio takes?"),
    ("Is the hyphenated docker-compose command still supported in 2025?",
     "Was the hyphenated docker-compose command still supported in 2021?"),
    ("When do Reception applications close for September 2027 entry in Bristol?",
     "When do Reception applications close for September 2026 entry in Bristol?"),
    ("Did the US visa interview waiver rules change in September 2025?",
     "Did the US visa interview waiver rules change in March 2023?"),
    ("Can I still buy a new petrol motorcycle in the EU after 2035?",
     "Can I still buy a new petrol motorcycle in the EU after 2030?"),
    ("Can Go 1.21 use the slices package from the standard library?",
     "Can Go 1.20 use the slices package from the standard library?"),
    ("What do lift passes at Val Thorens cost for the 2024/25 season?",
     "What do lift passes at Val Thorens cost for the 2025/26 season?"),
    ("Can a landlord in England still serve a section 21 notice in 2024?",
     "Can a landlord in England still serve a section 21 notice in 2027?"),
    ("Does Lightroom Classic 11 have the AI Denoise tool?",
     "Does Lightroom Classic 13 have the AI Denoise tool?"),
    ("Does Logic Pro 10.7 include Session Players?",
     "Does Logic Pro 11 include Session Players?"),
    ("Does Gradle 7 run on Java 21?",
     "Does Gradle 8.5 run on Java 21?"),
    ("Which knitting patterns were fashionable in the 1970s?",
     "Which knitting patterns were fashionable in the 1940s?"),
]

ENTITY = [  # label 0: another place, product, library, animal, material or tool
    ("Do leopard geckos need UVB lighting?",
     "Do bearded dragons need UVB lighting?"),
    ("How do I set up continuous integration for a Go project on GitLab?",
     "How do I set up continuous integration for a Go project on Bitbucket?"),
    ("Is maple a good wood for a workbench top?",
     "Is pine a good wood for a workbench top?"),
    ("How do I apply for a student visa to study in Canada?",
     "How do I apply for a student visa to study in Australia?"),
    ("How do I quantize MIDI notes in FL Studio?",
     "How do I quantize MIDI notes in Reaper?"),
    ("Do I need a motorcycle licence to ride a 125cc scooter in Italy?",
     "Do I need a motorcycle licence to ride a 125cc scooter in Greece?"),
    ("How do I make HTTP requests in Rust with reqwest?",
     "How do I make HTTP requests in Rust with hyper?"),
    ("Which ski resort in Austria is best for complete beginners?",
     "Which ski resort in Andorra is best for complete beginners?"),
    ("How do I use ARRAYFORMULA in Google Sheets?",
     "How do I use ARRAYFORMULA in Excel?"),
    ("How do I apply for 30 hours of free childcare in Wales?",
     "How do I apply for 30 hours of free childcare in England?"),
    ("Is Danish oil food safe for a salad bowl?",
     "Is pure tung oil food safe for a salad bowl?"),
    ("Which sewing machine foot do I use for invisible zips?",
     "Which sewing machine foot do I use for piping?"),
    ("How do I list all tables in DuckDB?",
     "How do I list all tables in Oracle?"),
    ("How do I use Kotlin coroutines with Ktor?",
     "How do I use Kotlin coroutines with Spring WebFlux?"),
    ("Do I need an International Driving Permit to hire a moped in Vietnam?",
     "Do I need an International Driving Permit to hire a moped in Bali?"),
]

DIRECTION = [  # label 0: the same words with roles or direction swapped (from/to, into, than, my/his)
    ("Can a Janome walking foot fit a Brother sewing machine?",
     "Can a Brother walking foot fit a Janome sewing machine?"),
    ("Can I switch from a student visa to a work visa in Ireland?",
     "Can I switch from a work visa to a student visa in Ireland?"),
    ("How do I copy data from Excel into a SQL Server table?",
     "How do I copy data from a SQL Server table into Excel?"),
    ("Can a lodger evict a live-in landlord?",
     "Can a live-in landlord evict a lodger?"),
    ("Can a dog catch salmonella from my bearded dragon?",
     "Can my bearded dragon catch salmonella from a dog?"),
    ("How do I route audio from Reaper into OBS?",
     "How do I route audio from OBS into Reaper?"),
    ("Can I charge my e-bike battery from my car's 12 V socket?",
     "Can I charge my car's 12 V battery from my e-bike battery?"),
    ("Can I open a Final Cut Pro library in iMovie?",
     "Can I open an iMovie library in Final Cut Pro?"),
    ("Does a Rust &mut T coerce to &T automatically?",
     "Does a Rust &T coerce to &mut T automatically?"),
    ("Can I drive in Spain on a UK licence after I become resident there?",
     "Can I drive in the UK on a Spanish licence after I become resident there?"),
    ("How do I send a Docker image from my laptop to a remote server without a registry?",
     "How do I fetch a Docker image from a remote server to my laptop without a registry?"),
    ("Can a Windows container run on a Linux Docker host?",
     "Can a Linux container run on a Windows Docker host?"),
    ("Is VARCHAR(20) data cut short when inserted into a VARCHAR(10) column in MySQL?",
     "Is VARCHAR(10) data cut short when inserted into a VARCHAR(20) column in MySQL?"),
    ("How do I switch from knitting continental style to English style?",
     "How do I switch from knitting English style to continental style?"),
    ("I'm 180 cm and my girlfriend is 160 cm; can she ride my 56 cm road e-bike?",
     "I'm 160 cm and my boyfriend is 180 cm; can he ride my 56 cm road e-bike?"),
]

SCOPE = [  # label 0: another property of the subject, cause vs fix, a constraint added
    ("How long does a double-bed quilt take to hand quilt?",
     "How much thread does a double-bed quilt take to hand quilt?"),
    ("Why do my hand-cut dovetails have gaps?",
     "How do I fill the gaps in my hand-cut dovetails?"),
    ("What water temperature does a betta fish need?",
     "What water hardness does a betta fish need?"),
    ("How much does a valve clearance check on a motorcycle cost?",
     "How often does a motorcycle need a valve clearance check?"),
    ("How much does a typical e-bike battery weigh?",
     "How many years does a typical e-bike battery last?"),
    ("How do I record vocals at home?",
     "How do I record vocals at home in a small room with lots of echo?"),
    ("How do I learn to lead climb outdoors?",
     "How do I learn to lead climb outdoors on trad gear?"),
    ("How long does a UK spouse visa take to process?",
     "How much does a UK spouse visa cost?"),
    ("Why does my new landlord want a guarantor?",
     "Who can act as my guarantor for a rented flat?"),
    ("What time does primary school start in Germany?",
     "At what age does primary school start in Germany?"),
    ("Why is my compiled Go binary so large?",
     "How do I make my compiled Go binary smaller?"),
    ("How do I deduplicate a Vec in Rust?",
     "How do I deduplicate a Vec in Rust while keeping the original order?"),
    ("How do I count distinct values in a SQL column?",
     "How do I count distinct values in a SQL column for each month?"),
    ("Why does my GitLab runner pull the image again on every job?",
     "How do I stop my GitLab runner pulling the image again on every job?"),
    ("How wide should I cut quilt binding strips?",
     "How long should I cut quilt binding strips?"),
    ("What is the best age to start a child on skis?",
     "What is the best ski length for a child starting out?"),
    ("How loud is a typical motorcycle exhaust in decibels?",
     "How loud may a motorcycle exhaust legally be in the UK?"),
    ("What causes white spots on my tropical fish?",
     "How do I treat white spots on my tropical fish?"),
    ("What shutter speed do I need for light trails from a motorway bridge?",
     "What aperture do I need for light trails from a motorway bridge?"),
    ("How do I number rows automatically in Excel?",
     "How do I number rows automatically in Excel, skipping the blank rows?"),
]

OVERLAP = [  # label 0: most words shared, another verb or object, so another question
    ("How do I adjust the DIN setting on my ski bindings?",
     "How do I adjust the forward pressure on my ski bindings?"),
    ("How do I oil the hook race on a Bernina?",
     "How do I time the hook race on a Bernina?"),
    ("What finish should I use on a cutting board?",
     "What wood should I use for a cutting board?"),
    ("How do I clean the reeds of a melodica?",
     "How do I tune the reeds of a melodica?"),
    ("How do I set up a Docker registry on my server?",
     "How do I log in to a Docker registry from my server?"),
    ("How do I store my skis over the summer?",
     "How do I sharpen my skis over the summer?"),
    ("Can my landlord keep a key to my room in a shared house?",
     "Can my landlord change the lock on my room in a shared house?"),
    ("How do I renew my Swiss B permit in Zurich?",
     "How do I convert my Swiss B permit to a C permit in Zurich?"),
    ("How do I top up my son's lunch account on Arbor?",
     "How do I see what my son ate for lunch on Arbor?"),
    ("How do I embed a version string in a Go binary at build time?",
     "How do I strip debug info from a Go binary at build time?"),
    ("How do I implement Display for an enum in Rust?",
     "How do I implement FromStr for an enum in Rust?"),
    ("How do I vacuum a single table in PostgreSQL?",
     "How do I lock a single table in PostgreSQL?"),
    ("How do I clean the filter in my aquarium?",
     "How do I clean the glass in my aquarium?"),
    ("How do I adjust the chain on my motorcycle?",
     "How do I adjust the clutch on my motorcycle?"),
    ("How do I crop a photo in Lightroom?",
     "How do I sync a crop across many photos in Lightroom?"),
]

PAIR_GROUPS = heldout_common.pair_groups(globals())

# ---------------------------------------------------------------------------------------------------------
# Conversations. Each entry: (earlier user turn, earlier assistant turn, cached follow-up, new follow-up).
# ---------------------------------------------------------------------------------------------------------

CONV_CLOSE = [  # a few words changed
    ("How do I block a knitted wool sweater?",
     "Soak it in lukewarm water with a little wool wash for 20 minutes, press the water out in a towel, then lay "
     "it flat to its measurements on a mat and pin it until fully dry.",
     "How long does it take to dry?", "How long will it take to dry?"),
    ("What's a good substrate for a planted betta tank?",
     "A nutrient-rich aqua soil works well for rooted plants; inert sand is fine too if you push root tabs in "
     "near the heavy feeders.",
     "Do I need to rinse it first?", "Should I rinse it first?"),
    ("How do I set the sag on my motorcycle's rear shock?",
     "Measure the rear with the bike on a stand, then with you sitting on it in riding gear; turn the preload "
     "collar until the difference is about 30 to 35 mm for road use.",
     "Which tool do I need for the collar?", "What tool do I need for the preload collar?"),
    ("How do I write a multi-stage Dockerfile for a Go service?",
     "Compile in a golang image stage, then copy only the built binary into a small final stage such as "
     "distroless or scratch, so the shipped image carries no compiler.",
     "Can I use alpine for the last stage?", "Could I use alpine for the final stage?"),
    ("What's a good first project to learn hand-cut joinery?",
     "A small box with through dovetails, or a step stool with mortise and tenon joints, teaches marking out, "
     "sawing to a line and paring without using much timber.",
     "What wood should I use for it?", "Which timber should I use for that?"),
    ("How do I prove my address for a school application when I've just moved?",
     "Most councils accept a signed tenancy agreement or completion letter together with a recent council tax "
     "or utility bill in your name at the new address.",
     "What if the bills haven't arrived yet?", "What if no bills have come yet?"),
    ("How do I add reverb to vocals without making them muddy?",
     "Put the reverb on a send, cut the lows of the return below about 300 Hz, keep the decay short and add a "
     "little pre-delay so the dry voice stays in front.",
     "How much pre-delay should I use?", "How much pre-delay is right?"),
    ("How do I add a Gradle version catalog to my Kotlin project?",
     "Create gradle/libs.versions.toml with [versions], [libraries] and [plugins] sections, then refer to the "
     "entries as libs.some.library in your build.gradle.kts files.",
     "Does Android Studio pick it up automatically?", "Will Android Studio pick it up on its own?"),
]

CONV_MEDIUM = [  # restructured, synonyms
    ("Which climbing harness should I buy for indoor walls?",
     "A light sport harness with adjustable leg loops and a couple of gear loops is plenty for the gym; it "
     "should sit snugly above your hip bones.",
     "Is a secondhand one ok to buy?", "Would buying a used one be safe?"),
    ("How do I keep a Kotlin Flow from being collected twice in my ViewModel?",
     "Turn it into a StateFlow or SharedFlow with stateIn or shareIn in viewModelScope, so every collector "
     "shares one upstream instead of starting it again.",
     "Which SharingStarted option should I pick?", "What's the right SharingStarted setting to choose here?"),
    ("How do I flatten a twisted board without a jointer?",
     "Use winding sticks to find the high corners, plane those down diagonally with a jack or scrub plane, "
     "check again, then finish with a long plane along the grain.",
     "How thick should the board start out?", "What starting thickness do I need for this?"),
    ("How do I get rid of hum in my guitar recordings?",
     "Look for a ground loop first, keep the guitar away from monitors and dimmer switches, use a balanced "
     "cable to the interface, and try another socket or a DI box with a ground lift.",
     "Would single coil pickups make it worse?", "Are single-coil pickups going to worsen this?"),
    ("What's the best way to cut a rabbet on a router table?",
     "Use a rabbeting bit with a bearing, or a straight bit against the fence, take several shallow passes and "
     "feed from right to left against the rotation of the bit.",
     "How deep should each pass be?", "What depth per pass is sensible?"),
    ("How do I ask my letting agent for a repair in writing?",
     "Email the agent with what is broken, when it started and how it affects you, attach photos, ask for a "
     "repair date and keep a copy; chase it after a week if nobody answers.",
     "What if they ignore me completely?", "And if they never answer at all?"),
    ("How do I find gaps in a sequence of invoice numbers in SQL?",
     "Compare each number with the next one using LEAD() OVER (ORDER BY invoice_no) and keep the rows where the "
     "next value is more than one higher.",
     "Does SQLite have LEAD?", "Is LEAD available in SQLite as well?"),
    ("How do I wash a quilt made from old cotton feed sacks?",
     "Test the colours first, then hand wash it in the bath in cool water with a mild detergent, support the "
     "weight when you lift it and dry it flat out of direct sun.",
     "Can I use the washing machine instead?", "Would my washer do the job instead?"),
]

CONV_LOOSE = [  # other words throughout; a careful reader would reuse one answer
    ("How do I keep water from freezing in my hydration bladder when skiing?",
     "Blow the water back out of the tube after each sip, fit an insulated hose cover and wear the pack under "
     "your jacket so body heat keeps it liquid.",
     "What about just using a thermos?", "Would a vacuum flask be the better idea?"),
    ("How do I lint my Dockerfiles in a pipeline?",
     "Run hadolint as a step, for example through its container image against each Dockerfile, and let the job "
     "fail on findings above the severity you choose.",
     "Can I ignore one rule?", "Is there a way to silence a single check?"),
    ("What should I put in a quarantine tank for new fish?",
     "A bare tank with a heater, a mature sponge filter, somewhere to hide and a lid is enough; watch the new "
     "arrivals there for signs of disease.",
     "How long do they stay there?", "For what period should new arrivals remain isolated?"),
    ("How do I make my photos of the Northern Lights sharp?",
     "Use a sturdy tripod, focus by hand on a bright star magnified in live view, switch off stabilisation and "
     "keep the shutter under about 10 seconds.",
     "Which lens should I bring?", "What glass is best to pack for this?"),
    ("How do I keep my tree frog enclosure humid enough?",
     "Mist morning and evening, use a substrate that holds water such as coco fibre over a drainage layer, add "
     "live plants and cover part of the mesh lid.",
     "Would a fogger be worth it?", "Is buying one of those fog makers worthwhile?"),
    ("My landlord hasn't protected my deposit; what can I do?",
     "In England a deposit must be protected within 30 days; you can claim at the county court for one to three "
     "times the deposit, and the landlord cannot serve a section 21 notice until it is put right.",
     "How do I check if it's protected?", "Where can I look up whether it sits in a scheme?"),
    ("What do I need to get a Norwegian ID number after moving to Oslo?",
     "Book an appointment at a tax office service centre with your passport, your residence permit or EU "
     "registration and your work contract or lease; the national identity number then comes by post.",
     "How long does the letter take?", "When should I expect it to arrive by post?"),
    ("How do I convert a MIDI drum track to audio in Logic?",
     "Select the region and use Bounce in Place, choose whether to include effects, and Logic swaps the region "
     "for a new audio file on a new track.",
     "Will it keep my effects?", "Are the plugins baked into the new file?"),
]

CONV_ADDED_WORD = [  # a modifier or an extra item added
    ("How do I feed a baby crested gecko?",
     "Offer a complete powdered diet mixed with water every other day, plus a few small dusted crickets once or "
     "twice a week.",
     "Can they eat fruit?", "Can they eat citrus fruit?"),
    ("What should I pack for a week of ski touring?",
     "Skins, ski crampons, an avalanche transceiver, probe and shovel, a light down jacket, spare gloves, sun "
     "protection and a small repair kit.",
     "Do I need a helmet?", "Do I need a helmet and a harness?"),
    ("How do I sew a lined tote bag?",
     "Cut two outer and two lining pieces, sew each pair right sides together, box the corners, put the outer "
     "inside the lining, stitch the top leaving a gap, then turn it and topstitch.",
     "Should I add interfacing?", "Should I add interfacing and a zip?"),
    ("How do I care for a new climbing rope?",
     "Keep it in a rope bag away from sunlight and chemicals, don't stand on it, wash it now and then in "
     "lukewarm water with rope wash and dry it loosely coiled in the shade.",
     "Can I wash it in a machine?", "Can I wash it in a machine with fabric softener?"),
]

CONV_RELATED_NOUN = [  # a sibling in the same category, or a part for another part
    ("How do I adjust the truss rod on my acoustic guitar?",
     "Slacken the strings a little, turn the rod a quarter turn at a time, clockwise to straighten a neck with "
     "too much relief and anticlockwise to add relief, then let it settle.",
     "And on a bass?", "And on a ukulele?"),
    ("How long can a British tourist stay in Turkey without a visa?",
     "British citizens can stay up to 90 days in any 180 without a visa as tourists, and the passport needs at "
     "least 150 days of validity left.",
     "And in Egypt?", "And in Jordan?"),
    ("What's a good first synth for learning sound design?",
     "A simple monophonic analogue such as a Korg Monologue has one knob per function, which makes subtractive "
     "synthesis easy to follow.",
     "What about for drums?", "What about for chords?"),
    ("Where does Gitea keep its data when run in Docker?",
     "Everything lives under /data inside the container, so mount a volume there, for example -v gitea:/data, "
     "and back that volume up.",
     "Where does Jenkins keep it?", "Where does Nexus keep it?"),
]

CONV_PROPERTY = [  # another property of the same thing
    ("Which reptile is best for a child's first pet?",
     "A leopard gecko is a common pick: calm, small, active at dusk and happy on insects without special "
     "lighting.",
     "What is their usual lifespan in captivity?", "What adult size do they reach?"),
    ("What's a good mid-weight motorcycle for a new rider?",
     "Something between 300 and 650 cc, such as a twin-cylinder naked bike, has enough power for the motorway "
     "without being hard to control.",
     "How much do they cost to insure?", "How much do they cost to service?"),
    ("Which yarn should I use for my first pair of socks?",
     "A fingering-weight wool with about 20 percent nylon in a light plain colour shows the stitches clearly "
     "and wears well.",
     "Is it machine washable?", "Is it itchy on bare skin?"),
    ("Which Go web framework should I try first?",
     "Start with the standard net/http package and its pattern-matching ServeMux; if you want more, chi is "
     "small and stays close to the standard library.",
     "How fast is chi?", "How popular is chi?"),
]

CONV_QUALIFIER = [  # a constraint phrase added
    ("How do I finish a pine bookshelf?",
     "Sand to 180 grit, use a pre-stain conditioner if you want colour, then wipe on two or three coats of "
     "polyurethane, sanding lightly between coats.",
     "Can I use oil instead?", "Can I use oil instead in a bathroom?"),
    ("How can I get my toddler a place at a nursery in Munich?",
     "Register on the city's Kita finder portal as early as you can, visit nurseries and ask to join their "
     "waiting lists; there is a legal right to a place from age one.",
     "Is there a cost?", "Is there a cost for a private bilingual nursery?"),
    ("How do I split full names into first and last names in Excel?",
     "Use TEXTBEFORE(A2, \" \") for the first name and TEXTAFTER(A2, \" \", -1) for the last, or Data, Text to "
     "Columns with a space as the delimiter.",
     "Will that work on my Mac?", "Will that work on my Mac with Excel 2019?"),
    ("How do I clone a private Git repo in a CI pipeline?",
     "Use a deploy key or an access token stored as a CI secret, and clone over HTTPS with the token or over "
     "SSH after loading the key into the agent.",
     "How do I store the key?", "How do I store the key on a shared runner?"),
]

CONV_OPPOSITE = [  # more/less, faster/slower, forward/back, most/fewest
    ("How do I make my knitting tension looser?",
     "Try a larger needle, hold the yarn more loosely in your fingers, and form the stitches on the thick part "
     "of the needle rather than the tips.",
     "Would a bigger needle help?", "Would a smaller needle help?"),
    ("How do I raise the assist level on my e-bike display?",
     "On most displays you press the plus button once per level; hold the minus button to step down or to turn "
     "the assist off.",
     "Will my range drop at higher levels?", "Will my range grow at higher levels?"),
    ("How do I list the top 10 customers by revenue in SQL?",
     "Group by customer, sum the amounts and sort descending: SELECT customer_id, SUM(amount) AS total FROM "
     "orders GROUP BY customer_id ORDER BY total DESC LIMIT 10.",
     "Now the ten with the most orders?", "Now the ten with the fewest orders?"),
    ("How do I turn on steep icy slopes?",
     "Keep your weight over the front of the boots, set the edges firmly, make short linked turns and keep your "
     "upper body facing down the fall line.",
     "Should I lean back more?", "Should I lean forward more?"),
]

CONV_OTHER = [  # the same words asking something else: roles or direction swapped
    ("How do I belay a climber who is much heavier than me?",
     "Anchor yourself to a ground bolt or add a resistor device such as an Ohm, stand close to the wall and "
     "expect to be lifted off your feet when they fall.",
     "What if I'm the heavier one?", "What if my partner is the heavier one?"),
    ("How do I move a Google Sheet into Excel and keep the formulas?",
     "Download it as .xlsx from File, Download; most formulas carry over, but functions like QUERY, IMPORTRANGE "
     "and GOOGLEFINANCE become errors or fixed values.",
     "Which Excel functions break in Sheets?", "Which Sheets functions break in Excel?"),
    ("How much should I tip a ski instructor in Switzerland?",
     "Tips aren't expected there; after a private lesson some people give 10 to 20 francs or buy the instructor "
     "a drink.",
     "Is it the same for Swiss guests in Austria?", "Is it the same for Austrian guests in Switzerland?"),
    ("Can I tow a small trailer with my motorbike in France?",
     "Yes, if it stays within the limits, usually half the bike's unladen weight and under a metre wide, with "
     "lights and a plate, and the bike is approved for towing.",
     "What if the trailer weighs more than the bike?", "What if the bike weighs more than the trailer?"),
]

CONV_GROUPS = heldout_common.conv_groups(globals())


def outputs():
    """File name -> exact text of both sets."""
    return heldout_common.pairs_and_conversations(PAIRS_NAME, CONV_NAME, PAIR_GROUPS, CONV_GROUPS)


if __name__ == "__main__":
    heldout_common.write_outputs(outputs())
