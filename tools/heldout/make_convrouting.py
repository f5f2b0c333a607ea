#!/usr/bin/env python3
"""Writes router-eval/src/test/resources/quality/conversation-routing.jsonl, a frozen set of 80 conversations
for conversation-aware routing (issue 18, point 3): the category of a follow-up turn decided with its
conversation, and the re-ask signal.

One JSON object per line:
  {"messages": [{"role": "user"|"assistant", "content": "..."}, ...], "category": "...",
   "follow_up": true|false, "reask": true|false, "kind": "follow_up"|"standalone"|"reask"}
plus "near_reask": true on the near misses for re-ask. Messages alternate user, assistant, ..., and end with
a user turn; "category" is the category of that last user turn, one of the shipped default categories.

- follow_up (40, 4 per category): the last user turn leans on earlier turns (pronouns, ellipsis, "what
  about", very short questions), so alone it is ambiguous or points elsewhere; with the conversation its
  category is clear. 16 of them alone look like another category (LOOKS_LIKE below, kept only here).
- standalone (20): the last user turn stands on its own. 10 switch topic (the earlier turns are in another
  category), 10 stay on the topic of the earlier turns (one per category each).
- reask (20, 2 per category): the user asks again, after an unhelpful answer, a question they asked 1, 2 or 3
  user turns earlier: 8 at distance 1, 6 at distance 2, 6 at distance 3; worded exactly the same (4), with a
  few words changed (7) or rephrased (9). The repeated question stands on its own, so follow_up is false.
- near_reask (10: 5 follow-ups, 5 same-topic standalones): same topic as a user turn 1 to 3 turns earlier, but
  a genuinely different question; reask is false.

Every sentence was written for this project by a helper who did not see the detector being built. The set is
frozen before it is run; never tune on it. Output is deterministic: rows are ordered by the SHA-256 of their
last user turn, so kinds are mixed. tools/heldout/check_convrouting.py checks the file and reads the
metadata (distances, wordings, groups) from this module.
"""
import hashlib

import heldout_common

NAME = "conversation-routing.jsonl"
CATEGORIES = ["coding", "math", "writing", "customer_support", "health", "legal", "finance", "science",
              "travel", "general"]

# Each follow-up: (category, turns, looks_like or None, near-reask distance or None).
# turns alternate user, assistant, ..., user.
FOLLOW_UPS = [
    ("coding", ["How do I read a CSV file into a list of dicts in Python?",
                "Use csv.DictReader: open the file with newline='' and pass it in; every row comes back as a "
                "dict keyed by the header.",
                "It fails with UnicodeDecodeError on the first line.",
                "Open it with encoding='utf-8-sig', or with the file's real encoding such as 'latin-1'.",
                "And if the columns are split by semicolons?"], None, None),
    ("coding", ["I'm writing a SQL query that sums each customer's orders per month, but my GROUP BY on "
                "order_date gives one row per day.",
                "Group by the month instead, for example date_trunc('month', order_date), together with "
                "customer_id.",
                "Can it also show the average per customer?"], "customer_support", None),
    ("coding", ["My Node server crashes with EADDRINUSE every time I restart it.",
                "Another process still holds the port. Find it with lsof -i :3000 and stop it, or listen on "
                "another port.",
                "How do I find it on Windows?"], None, None),
    ("coding", ["What's the time complexity of inserting a key into a Python dict?",
                "O(1) on average; an occasional resize costs O(n), but that is amortized over many inserts.",
                "And removing an item from the middle of a list?"], None, 1),

    ("math", ["What are the odds of getting a pair of sixes when I throw two fair dice?",
              "1/36: each die shows a six with probability 1/6, and the dice are independent.",
              "If I bet ten dollars on it at 30 to 1, what do I expect to lose?"], "finance", None),
    ("math", ["How do I find the derivative of x^2 * sin(x)?",
              "Use the product rule: 2x sin(x) + x^2 cos(x).",
              "And the integral?"], None, 1),
    ("math", ["Solve 3x + 7 = 25 for me, please.",
              "Subtract 7 from both sides to get 3x = 18, then divide by 3: x = 6.",
              "Can you check it by plugging it back in?"], None, None),
    ("math", ["How many ways can 5 people sit around a round table?",
              "(5 - 1)! = 24, because rotations of the same seating count once.",
              "Does flipping the table over count as a new seating too?",
              "If mirror images count as the same, divide by 2 and you get 12; usually they count as different.",
              "What if two of them refuse to sit next to each other?"], "general", None),

    ("writing", ["Can you help me write a cover letter for a night-shift nursing job?",
                 "Sure. Open with why you want night shifts, give two concrete examples of patient care, then "
                 "close briefly. Shall I draft it?",
                 "Should I mention my back injury in it?"], "health", None),
    ("writing", ["I'm writing a short story about a lighthouse keeper who finds a message in a bottle. How "
                 "should it begin?",
                 "Start inside his routine, then let the bottle interrupt it; one concrete detail, like the wax "
                 "seal, pulls the reader in.",
                 "Give me three possible titles for it."], None, None),
    ("writing", ["Please make this sentence more formal: 'We gotta push the launch cuz the servers aren't "
                 "ready.'",
                 "'We need to postpone the launch because the servers are not yet ready.'",
                 "Now a friendlier version for our customers."], "customer_support", None),
    ("writing", ["How long should a best-man speech be?",
                 "Three to five minutes: one story about the groom, a kind word about the couple, and a toast.",
                 "What's a good way to end it?"], None, 1),

    ("customer_support", ["I cancelled my streaming subscription last week but I was charged again today.",
                          "Sorry about that. If you cancelled before the renewal date we can refund the "
                          "charge. When did you cancel?",
                          "On the 3rd. Will the money go back to my card?"], "finance", None),
    ("customer_support", ["My package shows as delivered but it isn't at my door.",
                          "Please check with neighbours and your building's mailroom; if it hasn't appeared "
                          "within 48 hours we'll open a claim with the carrier.",
                          "And if it never turns up?"], None, None),
    ("customer_support", ["How do I change the shipping address on an order I placed an hour ago?",
                          "If it hasn't shipped yet, open the order in your account and choose 'Edit address'.",
                          "The button is greyed out. What now?"], None, None),
    ("customer_support", ["I can't log in to my account and the password reset email never arrives.",
                          "Please check your spam folder and make sure the address matches the one on the "
                          "account; we can also resend it from our side.",
                          "I checked spam already.",
                          "Thanks. I've just triggered a fresh reset email from our system.",
                          "Can you send it to my work address instead?"], None, None),

    ("health", ["What's the usual dose of ibuprofen for an adult with a headache?",
                "200 to 400 mg every 4 to 6 hours with food, and no more than 1200 mg a day without a doctor's "
                "advice.",
                "And for my daughter? She's seven."], None, None),
    ("health", ["I sprained my ankle playing basketball yesterday and it's swollen.",
                "Rest it, ice it for 15 to 20 minutes at a time, compress and elevate it. See a doctor if you "
                "can't put weight on it.",
                "How long before I can run again?"], None, None),
    ("health", ["My doctor prescribed amoxicillin for a sinus infection.",
                "Take the full course even if you feel better, and space the doses evenly through the day.",
                "Can I have a glass of wine with it?"], "general", None),
    ("health", ["My dad was just diagnosed with type 2 diabetes. What should he eat?",
                "Plenty of vegetables, whole grains and lean protein, and fewer sugary drinks and refined carbs; "
                "a dietitian can make a plan with him.",
                "Is fruit okay, or is that too much sugar?"], None, 1),

    ("legal", ["My landlord is keeping my whole deposit and won't say why.",
               "In many places a landlord must list the deductions within a set time after you move out; ask "
               "for that list in writing.",
               "Could I just skip the last month's rent to make up for it?"], "finance", None),
    ("legal", ["Is a will I write myself, without a lawyer, still valid?",
               "It can be, if it meets your state's signing and witness rules; a lawyer mostly helps with "
               "complicated estates.",
               "How many witnesses does it need?"], None, 1),
    ("legal", ["Someone is using photos from my blog on their shop website without asking me.",
               "That is likely copyright infringement; you can send a takedown notice to them or to their "
               "web host.",
               "What should the letter say?"], "writing", None),
    ("legal", ["I got a speeding ticket in a rental car in France. Do I have to pay it?",
               "Yes. The fine is usually passed on through the rental company, which may add a fee, and unpaid "
               "fines can grow.",
               "I live in Canada, though.",
               "France can still pursue the fine, and the rental company may charge it to your card.",
               "Will it show up on my licence back home?"], "travel", None),

    ("finance", ["Should I put my year-end bonus into an index fund or pay down my mortgage faster?",
                 "Compare your mortgage rate with expected returns after tax; with a low fixed rate investing "
                 "often wins, while paying down debt is risk-free.",
                 "What about the taxes on it?"], None, None),
    ("finance", ["What's the difference between a Roth IRA and a traditional IRA?",
                 "With a Roth you pay tax now and withdraw tax-free later; with a traditional IRA you deduct "
                 "now and pay tax when you withdraw.",
                 "Which one makes sense if I'm 25 and don't earn much yet?"], None, None),
    ("finance", ["How much should I keep in an emergency fund?",
                 "Three to six months of essential expenses is the usual target, more if your income is "
                 "irregular.",
                 "Where should I keep it, though?"], "general", None),
    ("finance", ["My credit score dropped 40 points after I closed an old card.",
                 "Closing a card lowers your total available credit, so your utilization ratio goes up; the "
                 "score usually recovers as balances fall.",
                 "How many months until it bounces back?"], None, None),

    ("science", ["What makes the daytime sky look blue?",
                 "Air molecules scatter short blue wavelengths of sunlight much more than red ones, so blue "
                 "light reaches us from every direction.",
                 "Then why are sunsets orange?"], None, None),
    ("science", ["How does a refrigerator move heat out of the inside?",
                 "A refrigerant evaporates inside and absorbs heat, then a compressor pushes it to coils at the "
                 "back where it condenses and gives that heat off.",
                 "Is that why the back of mine feels warm?"], "general", None),
    ("science", ["How do black holes form?",
                 "Most form when a very massive star runs out of fuel and its core collapses under its own "
                 "gravity.",
                 "Could the sun end up as one?"], None, None),
    ("science", ["Why does ice float on water?",
                 "As water freezes, hydrogen bonds lock the molecules into an open lattice that is less dense "
                 "than the liquid.",
                 "Does the same thing happen to olive oil in my freezer?"], "general", None),

    ("travel", ["I land in Lisbon after midnight. How do I get into town from the airport?",
                "The metro stops around 1 a.m.; after that a taxi or ride-hail is easiest, roughly 15 to 20 "
                "euros.",
                "Should I tip the driver?"], "general", None),
    ("travel", ["I have a nine-hour layover in Istanbul. Can I leave the airport?",
                "Many nationalities can, with an e-visa or a visa on arrival; allow about two hours each way "
                "for security and traffic.",
                "Is the old town worth it in that time?"], None, None),
    ("travel", ["I'm flying to Japan with a connection in Seoul. Do I need a Korean visa?",
                "Not if you stay airside and connect within 24 hours.",
                "What if I have to collect my bag and check it in again?"], None, None),
    ("travel", ["What's the cheapest way to drive Iceland's Ring Road in a week?",
                "Rent a small car and stay in guesthouses or campsites; buses don't cover the whole loop.",
                "Is two-wheel drive enough in October?"], None, None),

    ("general", ["How long should I boil an egg for a runny yolk?",
                 "About six minutes from boiling for a large egg, then straight into cold water.",
                 "And up in the mountains?"], "travel", None),
    ("general", ["How do I lift a red wine stain from a wool rug?",
                 "Blot, don't rub; then dab it with dish soap, white vinegar and warm water, and rinse.",
                 "Will that work on a cotton shirt too?"], None, None),
    ("general", ["What's a good board game for four adults who rarely play?",
                 "Ticket to Ride or Codenames: quick to learn and fun from the first round.",
                 "Is there something like that for kids under eight?"], None, None),
    ("general", ["My basil plant keeps wilting on the windowsill.",
                 "It probably needs more water and less harsh midday sun; basil likes moist soil and bright, "
                 "indirect light.",
                 "Is it poisonous to cats if they chew on it?"], "health", None),
]

# Topic switches: (category of the earlier turns, category of the last turn, turns).
SWITCHES = [
    ("travel", "coding", ["Which Greek island is quietest in early June?",
                          "Ikaria or Folegandros: few crowds, good beaches and a slow pace.",
                          "Unrelated: how do I undo my last git commit but keep the changes?"]),
    ("general", "math", ["What can I cook with chickpeas, spinach and a tin of tomatoes?",
                         "A quick chana saag: fry onion, garlic and cumin, add the tomatoes and chickpeas, then "
                         "wilt in the spinach.",
                         "Different question: what is the least common multiple of 12 and 18?"]),
    ("coding", "writing", ["Why does my Java stream throw IllegalStateException on the second call?",
                           "A stream can be consumed only once; create a new one for each terminal operation.",
                           "Thanks. Could you write a short, funny poem for my colleague's retirement card?"]),
    ("science", "customer_support", ["Why are the northern lights mostly green?",
                                     "Oxygen atoms 100 to 300 km up give off green light when charged particles "
                                     "from the sun excite them.",
                                     "Also, the jacket I ordered from your store came in the wrong size. How do "
                                     "I exchange it?"]),
    ("finance", "health", ["Is a 4% withdrawal rate safe for an early retirement?",
                           "It held up over most 30-year periods in US history, but longer retirements may need "
                           "a lower rate.",
                           "Switching topics: what are the early signs of shingles?"]),
    ("writing", "legal", ["Can you suggest a catchy headline for a bakery's opening-day flyer?",
                          "'Fresh out of the oven: our doors are open!'",
                          "Another thing: is it legal in California to record a phone call without telling the "
                          "other person?"]),
    ("health", "finance", ["How much sleep does a teenager need?",
                           "Eight to ten hours a night.",
                           "On another note, how is capital gains tax worked out when I sell shares I've held "
                           "for two years?"]),
    ("customer_support", "science", ["I was billed twice for the same hotel booking.",
                                     "I'm sorry. Please send the booking reference and both charge dates, and "
                                     "we'll reverse the duplicate.",
                                     "Random question while I wait: why does the moon always show the same face "
                                     "to Earth?"]),
    ("math", "travel", ["What is 15% of 240?",
                        "36.",
                        "Now something else: when is the best week to see the cherry blossoms in Kyoto?"]),
    ("legal", "general", ["Can my employer make me work on a public holiday?",
                          "Often yes, depending on your contract and local law; some places require extra pay.",
                          "Totally different question: who painted the ceiling of the Sistine Chapel?"]),
]

# Same topic, self-contained: (category, turns, near-reask distance or None).
SAME_TOPIC = [
    ("coding", ["How do I merge two Python dicts so the second one wins when keys clash?",
                "On Python 3.9 or later write a | b; on older versions use {**a, **b}.",
                "How do I merge two Python dicts whose values are lists that should be joined together?"], 1),
    ("math", ["What's the formula for the area of a circle?",
              "A = pi * r^2.",
              "How do I calculate the volume of a cone with radius 3 and height 5?"], None),
    ("writing", ["How do I write a strong thesis statement?",
                 "Make one arguable claim, say why it matters, and hint at the points that will support it.",
                 "Could you show me one about city parking?",
                 "'Cities should replace parking minimums with transit funding, because they raise rents and "
                 "push people into cars.'",
                 "What's the difference between a topic sentence and a thesis statement in an essay?"], 2),
    ("customer_support", ["How do I cancel my gym membership online?",
                          "Log in, open Membership and choose 'Cancel plan'; it ends at the close of the billing "
                          "period.",
                          "Will I still be charged for this month?",
                          "Yes, the current month is already billed, but nothing after it.",
                          "Can I freeze my gym membership for two months instead of cancelling it?"], 2),
    ("health", ["What are common symptoms of iron deficiency?",
                "Tiredness, pale skin, shortness of breath, cold hands and brittle nails.",
                "Which foods are the best sources of iron for vegetarians?"], 1),
    ("legal", ["What's the difference between a trademark and a copyright?",
               "A trademark protects brand names and logos; copyright protects original creative works such as "
               "text, music and code.",
               "Can I be sued for using a popular song in my YouTube video?"], None),
    ("finance", ["How does compound interest grow a savings account?",
                 "You earn interest on your interest: each period's interest is added to the balance, so growth "
                 "speeds up over time.",
                 "How does compound interest work on a credit card balance I don't pay off?"], 1),
    ("science", ["What is the speed of light?",
                 "About 299,792 km per second in a vacuum.",
                 "How do astronomers measure the distance to faraway stars?"], None),
    ("travel", ["What documents do I need to rent a car in Italy?",
                "Your driving licence, an International Driving Permit if it's from outside the EU, a passport and "
                "a credit card.",
                "Which Italian cities have restricted traffic zones that tourists get fined for?"], None),
    ("general", ["How often should I water a cactus?",
                 "Every two to three weeks in summer and hardly at all in winter; let the soil dry out fully.",
                 "What's the easiest flowering houseplant for a dark apartment?"], None),
]

# Re-asks: (category, turns, distance in user turns to the repeated question, wording exact|close|rephrased).
REASKS = [
    ("coding", ["How do I make a Python script run every morning at 7 on Linux?",
                "Python has a time module with a sleep function you can use to pause your code.",
                "No, I mean how do I schedule my Python script to start automatically at 7 a.m. every day on "
                "Linux?"], 1, "rephrased"),
    ("coding", ["Why does git say 'detached HEAD' after I checked out a tag?",
                "Git is a distributed version control system first released in 2005.",
                "Okay. Is there a git GUI you'd recommend?",
                "GitKraken, Fork and Sourcetree are popular choices.",
                "Do any of those run on Linux?",
                "GitKraken does; Fork and Sourcetree don't.",
                "Back to my first question: why does git say 'detached HEAD' when I check out a tag?"],
     3, "close"),
    ("math", ["What is the derivative of ln(x^2 + 1)?",
              "Logarithms turn multiplication into addition.",
              "What is the derivative of ln(x^2 + 1)?"], 1, "exact"),
    ("math", ["How many different 4-digit PINs have no repeated digit?",
              "A PIN is a short numeric code used to unlock cards and phones.",
              "Assume the digits are 0 to 9.",
              "Right, there are ten possible digits.",
              "So how many four-digit codes can I make if every digit has to be different?"], 2, "rephrased"),
    ("writing", ["Can you turn this into one sentence: 'We spent months building a new coffee grinder. We think "
                 "it will change your mornings.'",
                 "That's a warm, friendly paragraph with a clear message.",
                 "Please just turn this into one sentence: 'We spent months building a new coffee grinder. We "
                 "think it will change your mornings.'"], 1, "close"),
    ("writing", ["What's a good opening line for a wedding toast for my sister?",
                 "Weddings often include toasts from the maid of honour and the best man.",
                 "She's marrying her college sweetheart.",
                 "How lovely; they must share a long history.",
                 "The toast should be about two minutes.",
                 "Two minutes is roughly 250 to 300 spoken words.",
                 "I still need a first sentence for my sister's wedding toast. Can you suggest one?"],
     3, "rephrased"),
    ("customer_support", ["How do I get a refund for a concert ticket after the show was cancelled?",
                          "Concerts are sometimes cancelled because of weather or illness.",
                          "The show was called off. What do I do to get my money back for the ticket?"],
     1, "rephrased"),
    ("customer_support", ["Where can I download my invoice for last month?",
                          "Invoices are documents listing what you bought and what you paid.",
                          "I'm on the business plan, if that matters.",
                          "The business plan includes up to ten users.",
                          "Where can I download my invoice for last month?"], 2, "exact"),
    ("health", ["Is it normal to feel dizzy after giving blood?",
                "Donating blood helps save lives.",
                "But is it normal to feel dizzy after I give blood?"], 1, "close"),
    ("health", ["How can I tell if a cut is infected?",
                "Cuts heal in stages over one to two weeks.",
                "It's on my thumb, from a kitchen knife.",
                "Kitchen knife cuts are common; a sharp knife slips less than a dull one.",
                "I washed it with soap yesterday.",
                "Soap and water is a good first step.",
                "What signs would show that the cut on my thumb has become infected?"], 3, "rephrased"),
    ("legal", ["Can my employer fire me for posting about work on social media?",
               "Social media has changed how people talk about their jobs.",
               "I'm in Texas.",
               "Texas is the second-largest US state.",
               "Can my employer legally fire me for posting about my work on social media?"], 2, "close"),
    ("legal", ["Do I have to give my landlord a key to my new lock?",
               "Changing the locks can improve home security.",
               "If I fit a new lock on my rented flat, am I required to hand a copy of the key to the landlord?"],
     1, "rephrased"),
    ("finance", ["How much can I put into my 401(k) this year?",
                 "A 401(k) is a retirement plan offered by employers.",
                 "How much can I put into my 401(k) this year?"], 1, "exact"),
    ("finance", ["Is it better to lease or buy a car if I drive 25,000 km a year?",
                 "Cars come in many shapes and sizes.",
                 "I'm thinking of an electric one.",
                 "Electric cars have lower running costs.",
                 "My budget is around 35,000 euros.",
                 "That opens up several good models.",
                 "So, should I lease or buy a car when I drive about 25,000 km a year?"], 3, "close"),
    ("science", ["Why does cutting onions sting my eyes?",
                 "Onions belong to the allium family, together with garlic and leeks.",
                 "What chemical in onions makes my eyes water when I chop them?"], 1, "rephrased"),
    ("science", ["How do noise-cancelling headphones work?",
                 "They're popular with people who fly a lot.",
                 "I mean the physics behind them.",
                 "Physics is the study of matter, energy and their interactions.",
                 "How do headphones actually cancel out sound waves?"], 2, "rephrased"),
    ("travel", ["Do I need a visa to visit Vietnam for two weeks on a Canadian passport?",
                "Vietnam is known for its food and its landscapes.",
                "I'd fly into Hanoi.",
                "Noi Bai airport is about 45 minutes from Hanoi's old quarter.",
                "Do I need a visa for a two-week trip to Vietnam on a Canadian passport?"], 2, "close"),
    ("travel", ["What's the best way to get from Rome to Florence by train?",
                "Italy has a long history of railways.",
                "We're two adults and a toddler.",
                "Travelling as a family can be very rewarding.",
                "We'd go on a Saturday morning.",
                "Saturday mornings can be busy at the big sights.",
                "What's the best way to get from Rome to Florence by train?"], 3, "exact"),
    ("general", ["How do I get candle wax off a tablecloth?",
                 "Candles have been used for light for thousands of years.",
                 "It's a linen one.",
                 "Linen is a durable natural fabric.",
                 "Seriously, how do I get candle wax off my linen tablecloth?"], 2, "close"),
    ("general", ["What's a fun birthday party idea for a ten-year-old?",
                 "Birthdays are celebrated all around the world.",
                 "The budget is about 100 dollars.",
                 "That's a reasonable budget.",
                 "About twelve kids are coming.",
                 "Twelve is a nice group size.",
                 "Any ideas for a party that a group of ten-year-olds would enjoy?"], 3, "rephrased"),
]


def row(turns, category, kind, near=None):
    """One output object; roles alternate from user."""
    messages = [{"role": "user" if i % 2 == 0 else "assistant", "content": t} for i, t in enumerate(turns)]
    out = {"messages": messages, "category": category, "follow_up": kind == "follow_up",
           "reask": kind == "reask", "kind": kind}
    if near is not None:
        out["near_reask"] = True
    return out


def rows():
    out = [row(t, c, "follow_up", near) for c, t, _, near in FOLLOW_UPS]
    out += [row(t, c, "standalone") for _, c, t in SWITCHES]
    out += [row(t, c, "standalone", near) for c, t, near in SAME_TOPIC]
    out += [row(t, c, "reask") for c, t, _, _ in REASKS]
    return sorted(out, key=lambda r: hashlib.sha256(r["messages"][-1]["content"].encode("utf-8")).hexdigest())


def outputs():
    """File name -> exact text."""
    return {NAME: heldout_common.render(rows())}


if __name__ == "__main__":
    heldout_common.write_outputs(outputs())
