#!/usr/bin/env python3
"""Writes the verifier held-out sets (our own words) and splits them into tune/test halves.

Each pair belongs to a topic group; the half is chosen by SHA-256 of the group name (even first byte: tune),
so a paraphrase and a look-alike of the same question never sit on both sides.
Run from the repository root:  python3 tools/verifier/make_heldout_sets.py
Writes router-eval/src/test/resources/quality/verifier-pairs-{tune,test}.jsonl and
verifier-conversations-{tune,test}.jsonl.
"""
import hashlib
import json
import os

OUT = "router-eval/src/test/resources/quality"

# (group, kind, label, a, b)
PAIRS = [
    # antonymous adjectives / verbs
    ("copy", "antonym", 0, "Is a shallow copy enough for nested lists in Python?", "Is a deep copy enough for nested lists in Python?"),
    ("bread", "antonym", 0, "Why is my homemade bread so hard?", "Why is my homemade bread so soft?"),
    ("font", "antonym", 0, "How do I make the font thicker in Word?", "How do I make the font thinner in Word?"),
    ("pulse", "antonym", 0, "What causes a narrow pulse pressure?", "What causes a wide pulse pressure?"),
    ("melatonin", "antonym", 0, "What's the lowest dose of melatonin for kids?", "What's the highest dose of melatonin for kids?"),
    ("curve", "antonym", 0, "Should I accelerate through a curve on a motorbike?", "Should I decelerate through a curve on a motorbike?"),
    ("password", "antonym", 0, "What makes a strong password?", "What makes a weak password?"),
    ("room", "antonym", 0, "How can I make my bedroom quieter?", "How can I make my bedroom louder?"),
    ("lens", "antonym", 0, "Is a convex lens used to correct farsightedness?", "Is a concave lens used to correct farsightedness?"),
    ("image", "antonym", 0, "How to make an image transparent in PowerPoint", "How to make an image opaque in PowerPoint"),
    ("heart", "antonym", 0, "Is a high resting heart rate dangerous?", "Is a low resting heart rate dangerous?"),
    ("sauce", "antonym", 0, "How to make a sauce thicker", "How to make a sauce thinner"),
    ("chain", "antonym", 0, "How do I tighten a bike chain?", "How do I loosen a bike chain?"),
    ("pause", "antonym", 0, "Keyboard shortcut to pause a YouTube video", "Keyboard shortcut to resume a YouTube video"),
    ("dishwasher", "antonym", 0, "Why is my dishwasher filling slowly?", "Why is my dishwasher emptying slowly?"),
    ("acid", "antonym", 0, "Which foods are acidic?", "Which foods are alkaline?"),
    # opposite prefixes
    ("blood", "prefix", 0, "Which blood types are compatible with O negative?", "Which blood types are incompatible with O negative?"),
    ("inflam", "prefix", 0, "What foods are inflammatory?", "What foods are anti-inflammatory?"),
    ("sim", "prefix", 0, "How do I activate a SIM card?", "How do I deactivate a SIM card?"),
    ("obfusc", "prefix", 0, "How to obfuscate JavaScript code", "How to deobfuscate JavaScript code"),
    ("verbs", "prefix", 0, "List of regular verbs in Spanish", "List of irregular verbs in Spanish"),
    ("reaction", "prefix", 0, "What is a reversible reaction in chemistry?", "What is an irreversible reaction in chemistry?"),
    ("energy", "prefix", 0, "What are examples of renewable energy?", "What are examples of nonrenewable energy?"),
    ("tab", "prefix", 0, "How to pin a tab in Chrome", "How to unpin a tab in Chrome"),
    ("whatsapp", "prefix", 0, "How do I archive a chat in WhatsApp?", "How do I unarchive a chat in WhatsApp?"),
    ("stock", "prefix", 0, "What does it mean when a stock is overvalued?", "What does it mean when a stock is undervalued?"),
    ("function", "prefix", 0, "Is the function continuous at x = 0?", "Is the function discontinuous at x = 0?"),
    ("thyroid", "prefix", 0, "What are signs of an overactive thyroid?", "What are signs of an underactive thyroid?"),
    ("sheets", "prefix", 0, "How do I merge cells in Google Sheets?", "How do I unmerge cells in Google Sheets?"),
    ("excel", "prefix", 0, "How do I freeze the top row in Excel?", "How do I unfreeze the top row in Excel?"),
    # verbs of stopping / preventing
    ("docker", "stop_verb", 0, "How do I make a Docker container run at boot?", "How do I stop a Docker container from running at boot?"),
    ("winupdate", "stop_verb", 0, "How to make Windows update automatically", "How to prevent Windows from updating automatically"),
    ("slack", "stop_verb", 0, "How to get notifications from Slack on my phone", "How to block notifications from Slack on my phone"),
    ("dogbed", "stop_verb", 0, "How do I get my dog to jump on the bed?", "How do I stop my dog from jumping on the bed?"),
    ("android", "stop_verb", 0, "How to let apps run in the background on Android", "How to stop apps running in the background on Android"),
    ("hook", "stop_verb", 0, "How to make a git hook run before every commit", "How to skip a git hook before a commit"),
    ("action", "stop_verb", 0, "How to trigger a GitHub Action on pull requests", "How to prevent a GitHub Action from running on pull requests"),
    ("cacheapi", "stop_verb", 0, "How to cache API responses in the browser", "How to avoid caching API responses in the browser"),
    ("history", "stop_verb", 0, "How do I keep my browsing history in Firefox?", "How do I delete my browsing history in Firefox?"),
    ("xml", "stop_verb", 0, "How do I retain whitespace when parsing XML?", "How do I strip whitespace when parsing XML?"),
    ("pytest", "stop_verb", 0, "How to show warnings in pytest", "How to suppress warnings in pytest"),
    ("autocorrect", "stop_verb", 0, "How do I use autocorrect on my iPhone keyboard?", "How do I turn off autocorrect on my iPhone keyboard?"),
    # swapped roles
    ("inherit", "swap", 0, "Does class Dog inherit from class Animal?", "Does class Animal inherit from class Dog?"),
    ("square", "swap", 0, "Is every square a rectangle?", "Is every rectangle a square?"),
    ("prime", "swap", 0, "Is every prime number odd?", "Is every odd number prime?"),
    ("vitd", "swap", 0, "Does vitamin D help the body absorb calcium?", "Does calcium help the body absorb vitamin D?"),
    ("process", "swap", 0, "Can a child process kill its parent process?", "Can a parent process kill its child process?"),
    ("moon", "swap", 0, "Does the moon orbit the earth?", "Does the earth orbit the moon?"),
    ("tls", "swap", 0, "Is the server authenticating the client in this handshake?", "Is the client authenticating the server in this handshake?"),
    ("tuple", "swap", 0, "Can a tuple contain a list in Python?", "Can a list contain a tuple in Python?"),
    ("london", "swap", 0, "Is London bigger than Paris?", "Is Paris bigger than London?"),
    ("landlord", "swap", 0, "Can a landlord sue a tenant for noise?", "Can a tenant sue a landlord for noise?"),
    ("foreignkey", "swap", 0, "Should the orders table reference the customers table?", "Should the customers table reference the orders table?"),
    # added / removed qualifier
    ("csv", "qualifier", 0, "How do I parse a CSV file in Kotlin?", "How do I parse a CSV file in Kotlin without external libraries?"),
    ("replication", "qualifier", 0, "How to set up Postgres replication", "How to set up Postgres replication in a Kubernetes cluster"),
    ("piano", "qualifier", 0, "Best way to learn piano", "Best way to learn piano as an adult beginner"),
    ("yeast", "qualifier", 0, "How to bake bread at home", "How to bake bread at home without yeast"),
    ("reverse", "qualifier", 0, "How do I reverse a string in Java?", "How do I reverse a string in Java using recursion?"),
    ("laptop", "qualifier", 0, "Which laptop is good for programming?", "Which laptop is good for programming on a student budget?"),
    ("weight", "qualifier", 0, "How can I lose weight?", "How can I lose weight while breastfeeding?"),
    ("ibuprofen", "qualifier", 0, "Can I take ibuprofen?", "Can I take ibuprofen during pregnancy?"),
    ("iphone", "qualifier", 0, "How do I back up my iPhone?", "How do I back up my iPhone without iCloud?"),
    ("cover", "qualifier", 0, "How to write a cover letter", "How to write a cover letter for an internal promotion"),
    ("coldbrew", "qualifier", 0, "How do I make cold brew coffee?", "How do I make cold brew coffee quickly?"),
    ("rustfile", "qualifier", 0, "How to read a file line by line in Rust", "How to read a file line by line in Rust asynchronously"),
    ("flask", "qualifier", 0, "How to deploy a Flask app", "How to deploy a Flask app for free"),
    ("stretch", "qualifier", 0, "What stretches help lower back pain?", "What stretches help lower back pain for seniors?"),
    ("swim", "qualifier", 0, "How do I learn to swim?", "How do I learn to swim using only online videos?"),
    ("sortdict", "qualifier", 0, "How to sort a dictionary by value in Python", "How to sort a dictionary by value in Python with a lambda"),
    # property change on the same subject
    ("elephant", "property", 0, "What is the weight of an adult African elephant?", "What is the height of an adult African elephant?"),
    ("container", "property", 0, "What is the length of a standard shipping container?", "What is the width of a standard shipping container?"),
    ("cheetah", "property", 0, "What's the top speed of a cheetah?", "What's the lifespan of a cheetah?"),
    ("ethanol", "property", 0, "What is the boiling point of ethanol?", "What is the melting point of ethanol?"),
    ("lagos", "property", 0, "What is the population of Lagos?", "What is the area of Lagos?"),
    ("baikal", "property", 0, "What's the depth of Lake Baikal?", "What's the volume of Lake Baikal?"),
    ("redlight", "property", 0, "What is the wavelength of red light?", "What is the frequency of red light?"),
    ("alu", "property", 0, "What is the density of aluminium?", "What is the hardness of aluminium?"),
    ("eiffel", "property", 0, "How tall is the Eiffel Tower?", "How heavy is the Eiffel Tower?"),
    ("battery", "property", 0, "What's the voltage of a car battery?", "What's the capacity of a car battery?"),
    ("mars", "property", 0, "What is the diameter of Mars?", "What is the mass of Mars?"),
    ("kingbed", "property", 0, "How wide is a king size bed?", "How long is a king size bed?"),
    ("screen", "property", 0, "What is the resolution of a 27 inch 4K monitor?", "What is the brightness of a 27 inch 4K monitor?"),
    # same words, different question
    ("branch", "overlap", 0, "How do I rename a branch in git?", "How do I delete a branch in git?"),
    ("remote", "overlap", 0, "How do I rename a local branch in git?", "How do I rename a remote branch in git?"),
    ("kitten", "overlap", 0, "What should I feed a kitten?", "How often should I feed a kitten?"),
    ("retriever", "overlap", 0, "What is a good name for a golden retriever puppy?", "What is a good food for a golden retriever puppy?"),
    ("pylist", "overlap", 0, "How do I print a list in Python?", "How do I flatten a list in Python?"),
    ("clicking", "overlap", 0, "Why does my car make a clicking noise when I turn?", "Why does my car make a clicking noise when I brake?"),
    ("pandas", "overlap", 0, "How to compute the median of a column in pandas", "How to compute the mode of a column in pandas"),
    ("wine", "overlap", 0, "Which wine goes well with salmon?", "Which wine goes well with steak?"),
    # true paraphrases
    ("csv", "paraphrase", 1, "How do I parse a CSV file in Kotlin without external libraries?", "Parsing CSV in Kotlin with no third-party libraries: how?"),
    ("yeast", "paraphrase", 1, "How to bake bread at home without yeast", "Is there a way to bake bread at home with no yeast?"),
    ("ibuprofen", "paraphrase", 1, "Can I take ibuprofen during pregnancy?", "Is ibuprofen safe to take while pregnant?"),
    ("elephant", "paraphrase", 1, "What is the weight of an adult African elephant?", "How much does a grown African elephant weigh?"),
    ("eiffel", "paraphrase", 1, "How tall is the Eiffel Tower?", "What is the height of the Eiffel Tower?"),
    ("macsleep", "paraphrase", 1, "How to keep the screen awake on a Mac", "How to stop my Mac's screen from going to sleep"),
    ("overheat", "paraphrase", 1, "How do I prevent my laptop from overheating?", "How can I keep my laptop from getting too hot?"),
    ("dockerstop", "paraphrase", 1, "How to stop a running Docker container", "How to halt a Docker container that is running"),
    ("inherit", "paraphrase", 1, "Does class Dog inherit from class Animal?", "Is class Dog a subclass of class Animal?"),
    ("prime", "paraphrase", 1, "Is every prime number odd?", "Are all prime numbers odd?"),
    ("tuple", "paraphrase", 1, "Can a tuple contain a list in Python?", "In Python, is it possible for a tuple to hold a list?"),
    ("reverse", "paraphrase", 1, "How do I reverse a string in Java using recursion?", "Recursive way to reverse a string in Java"),
    ("stretch", "paraphrase", 1, "What stretches help lower back pain for seniors?", "For seniors, which stretches ease lower back pain?"),
    ("iphone", "paraphrase", 1, "How do I back up my iPhone without iCloud?", "Backing up an iPhone without using iCloud"),
    ("flask", "paraphrase", 1, "How to deploy a Flask app for free", "Free ways to deploy a Flask application"),
    ("ethanol", "paraphrase", 1, "What is the boiling point of ethanol?", "At what temperature does ethanol boil?"),
    ("kingbed", "paraphrase", 1, "How wide is a king size bed?", "What's the width of a king-size bed?"),
    ("tab", "paraphrase", 1, "How to unpin a tab in Chrome", "Chrome: how do I unpin a pinned tab?"),
    ("energy", "paraphrase", 1, "What are examples of nonrenewable energy?", "Give some examples of non-renewable energy sources"),
    ("sheets", "paraphrase", 1, "How do I unmerge cells in Google Sheets?", "Unmerging cells in Google Sheets, how?"),
    ("password", "paraphrase", 1, "What makes a strong password?", "What makes a password strong?"),
    ("sauce", "paraphrase", 1, "How to make a sauce thicker", "How can I thicken a sauce?"),
    ("pulse", "paraphrase", 1, "What causes a narrow pulse pressure?", "Why would pulse pressure be narrow?"),
    ("heart", "paraphrase", 1, "Is a low resting heart rate dangerous?", "Should I worry about a low resting heart rate?"),
    ("excel", "paraphrase", 1, "How do I freeze the top row in Excel?", "How to freeze the first row in Excel"),
    ("inflam", "paraphrase", 1, "What foods are anti-inflammatory?", "Which foods fight inflammation?"),
    ("dogbed", "paraphrase", 1, "How do I stop my dog from jumping on the bed?", "How do I get my dog to stop jumping on the bed?"),
    ("slack", "paraphrase", 1, "How to block notifications from Slack on my phone", "How to stop Slack notifications on my phone"),
    ("cacheapi", "paraphrase", 1, "How to avoid caching API responses in the browser", "How to prevent the browser from caching API responses"),
    ("lagos", "paraphrase", 1, "What is the population of Lagos?", "How many people live in Lagos?"),
    ("remote", "paraphrase", 1, "How do I rename a local branch in git?", "Rename a local git branch"),
    ("rustfile", "paraphrase", 1, "How to read a file line by line in Rust asynchronously", "Async line-by-line file reading in Rust"),
    ("coldbrew", "paraphrase", 1, "How do I make cold brew coffee quickly?", "Fast way to make cold brew coffee"),
    ("piano", "paraphrase", 1, "Best way to learn piano as an adult beginner", "How should an adult beginner learn piano?"),
    ("sim", "paraphrase", 1, "How do I deactivate a SIM card?", "Steps to deactivate my SIM card"),
    ("reaction", "paraphrase", 1, "What is a reversible reaction in chemistry?", "In chemistry, what does reversible reaction mean?"),
    ("moon", "paraphrase", 1, "Does the moon orbit the earth?", "Is the moon in orbit around the earth?"),
    ("london", "paraphrase", 1, "Is London bigger than Paris?", "Is London larger than Paris?"),
    ("process", "paraphrase", 1, "Can a parent process kill its child process?", "Is it possible for a parent process to kill its child?"),
    ("winupdate", "paraphrase", 1, "How to prevent Windows from updating automatically", "How do I stop automatic Windows updates?"),
    ("weight", "paraphrase", 1, "How can I lose weight while breastfeeding?", "Losing weight while breastfeeding: how?"),
    ("laptop", "paraphrase", 1, "Which laptop is good for programming on a student budget?", "Good budget laptop for a programming student?"),
    ("hook", "paraphrase", 1, "How to skip a git hook before a commit", "How do I bypass a git pre-commit hook?"),
    ("xml", "paraphrase", 1, "How do I strip whitespace when parsing XML?", "How to remove whitespace while parsing XML"),
    ("container", "paraphrase", 1, "What is the width of a standard shipping container?", "How wide is a standard shipping container?"),
    ("square", "paraphrase", 1, "Is every square a rectangle?", "Are all squares rectangles?"),
    ("pandas", "paraphrase", 1, "How to compute the median of a column in pandas", "Get the median of a pandas column"),
    ("kitten", "paraphrase", 1, "How often should I feed a kitten?", "How many times a day should a kitten eat?"),
]

# (group, context [user, assistant], cached last, query last, same_answer)
CONVERSATIONS = [
    ("pi", ["I'm setting up a Raspberry Pi as a home media server.", "A Pi 4 with an external SSD works well."], "How much power does it use?", "What's its power consumption?", True),
    ("run", ["I want to start running.", "Begin with run-walk intervals three times a week."], "How often should I do it?", "How many times a week should I go?", True),
    ("borrow", ["Tell me about the Rust borrow checker.", "It enforces ownership rules at compile time."], "Why?", "Why is that?", True),
    ("book", ["Can you recommend a book on statistics?", "Try 'The Art of Statistics'."], "Is it good for beginners?", "Is it suitable for a beginner?", True),
    ("lisbon", ["I'm visiting Lisbon in May.", "Great month, mild weather."], "What should I pack?", "What clothes should I bring?", True),
    ("starter", ["How do I make a sourdough starter?", "Mix flour and water and feed it daily."], "How long does that take?", "How many days until it's ready?", True),
    ("guitar", ["What's a good beginner guitar?", "A Yamaha FG800 is a solid pick."], "How much is it?", "What does it cost?", True),
    ("pods", ["Explain Kubernetes pods.", "A pod is the smallest deployable unit in Kubernetes."], "Can you give an example?", "Show me an example.", True),
    ("spanish", ["I'm learning Spanish.", "Practise daily in short sessions."], "Any apps you'd suggest?", "Which apps do you recommend?", True),
    ("tomato", ["My tomato plants have yellow leaves.", "Often a nitrogen deficiency or overwatering."], "How do I fix it?", "What can I do about it?", True),
    ("roth", ["What is a Roth IRA?", "A retirement account funded with after-tax money."], "Is there an income limit?", "Are there limits on income?", True),
    ("greyhound", ["I'm adopting a rescue greyhound.", "They're calm and love soft beds."], "Are they good with kids?", "Do they get along with children?", True),
    ("db", ["Compare Postgres and MySQL.", "Both are mature; Postgres has richer types."], "Which is faster?", "Which one performs better?", True),
    ("cabinet", ["I want to paint my kitchen cabinets.", "Sand, prime, then use an enamel paint."], "How many coats?", "How many coats of paint do I need?", True),
    ("basil", ["What's the best way to store fresh basil?", "Keep it like flowers in a glass of water."], "Can I freeze it?", "Is freezing it ok?", True),
    ("reef", ["Tell me about the Great Barrier Reef.", "It's the world's largest coral reef system."], "What threatens it?", "What are the threats to it?", True),
    ("espresso", ["I got a new espresso machine.", "Nice; dial in the grind first."], "How fine should the grind be?", "How fine do I grind the beans?", True),
    ("coverletter", ["I'm writing a cover letter for a data analyst job.", "Lead with a concrete result."], "How long should it be?", "What length is best?", True),
    ("monty", ["Explain the Monty Hall problem.", "Switching doors wins two thirds of the time."], "Why?", "Why does switching help?", True),
    ("hike", ["Recommend a hike near Seattle.", "Try Rattlesnake Ledge, about 4 miles round trip."], "Is it dog friendly?", "Can I bring my dog?", True),
    ("risotto", ["I'm making risotto tonight.", "Use arborio rice and warm stock."], "Can I use white wine?", "Is it ok to add white wine?", True),
    ("canberra", ["What's the capital of Australia?", "Canberra."], "What's the population?", "How many people live there?", True),
    ("guitar", ["What's a good beginner guitar?", "A Yamaha FG800 is a solid pick."], "How much is it?", "How heavy is it?", False),
    ("greyhound", ["I'm adopting a rescue greyhound.", "They're calm and love soft beds."], "Are they good with kids?", "Are they good with cats?", False),
    ("risotto", ["I'm making risotto tonight.", "Use arborio rice and warm stock."], "Can I use white wine?", "Can I use red wine?", False),
    ("db", ["Compare Postgres and MySQL.", "Both are mature; Postgres has richer types."], "Which is faster?", "Which is cheaper?", False),
    ("basil", ["What's the best way to store fresh basil?", "Keep it like flowers in a glass of water."], "Can I freeze it?", "Can I dry it?", False),
    ("hike", ["Recommend a hike near Seattle.", "Try Rattlesnake Ledge, about 4 miles round trip."], "Is it dog friendly?", "Is it kid friendly?", False),
    ("run", ["I want to start running.", "Begin with run-walk intervals three times a week."], "How often should I do it?", "How long should each session be?", False),
    ("pi", ["I'm setting up a Raspberry Pi as a home media server.", "A Pi 4 with an external SSD works well."], "How much power does it use?", "How much noise does it make?", False),
    ("cabinet", ["I want to paint my kitchen cabinets.", "Sand, prime, then use an enamel paint."], "How many coats?", "How long between coats?", False),
    ("spanish", ["I'm learning Spanish.", "Practise daily in short sessions."], "Any apps you'd suggest?", "Any podcasts you'd suggest?", False),
    ("lisbon", ["I'm visiting Lisbon in May.", "Great month, mild weather."], "What should I pack?", "What should I avoid?", False),
    ("roth", ["What is a Roth IRA?", "A retirement account funded with after-tax money."], "Is there an income limit?", "Is there an age limit?", False),
    ("tomato", ["My tomato plants have yellow leaves.", "Often a nitrogen deficiency or overwatering."], "How do I fix it?", "How do I prevent it?", False),
    ("espresso", ["I got a new espresso machine.", "Nice; dial in the grind first."], "How fine should the grind be?", "How coarse should the grind be?", False),
]


def half(group):
    return "tune" if hashlib.sha256(group.encode()).digest()[0] % 2 == 0 else "test"


def conversation(context, last):
    return [{"role": "user", "content": context[0]}, {"role": "assistant", "content": context[1]},
            {"role": "user", "content": last}]


def write(name, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(name, len(rows))


def main():
    pairs = {"tune": [], "test": []}
    for group, kind, label, a, b in PAIRS:
        pairs[half(group)].append({"a": a, "b": b, "label": label, "kind": kind})
    convs = {"tune": [], "test": []}
    for group, context, cached, query, same in CONVERSATIONS:
        convs[half(group)].append({"cached": conversation(context, cached), "query": conversation(context, query),
                                   "same_answer": same})
    for h in ("tune", "test"):
        write(f"verifier-pairs-{h}.jsonl", pairs[h])
        write(f"verifier-conversations-{h}.jsonl", convs[h])


if __name__ == "__main__":
    main()
