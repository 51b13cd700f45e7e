"""Held-out articles, set A (writer a): three original explainers and
Q&A-format news pieces written for the seventeenth evaluation set, as
explainer desks publish them and a scraper keeps them (body plus page
furniture, cf. /work/shared/corpus), at ordinary density for the format.
Real public institutions and companies appear as those outlets would name
them (the Court of Appeal, Ofwat, the Consumer Council for Water, Southern
Water, South East Water, the Supreme Court, the High Court; the CDC, the
FDA, Emory University, Kroger, Walmart, Aldi, Sam's Club, the AP's support
boilerplate; Transport for London, Aslef, London TravelWatch, Acas), but
the events (the ruling, the outbreak and recall, the strike), the figures
for them and every quoted or reported word are invented; the judges, the
reporters, the CCW chief executive, the doctor, the company Harlow Creek
Farms, the union organiser and the TfL officer are invented too.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md, the
corpus gold and the judgement calls of the earlier sets (eval3-eval16,
above all eval13's explainers) where they apply.

`water_bills_ruling_explainer` is a Guardian-style explainer on an invented
Court of Appeal ruling (Ofwat acted unlawfully in approving two companies'
price limits without proper consultation; the lead judge, the dissenting
judge, Ofwat and an Ofwat spokesperson, CCW and its chief executive,
Southern Water, South East Water) with curly double quotes, curly
apostrophes and a curly single-quoted headline quotation, "\\n" line ends:
site line, section label, `Explainer` label, headline, standfirst,
byline with job description, stamp, `Share` line, photo caption with a
`Photograph: .../PA` credit, question headings (`What did the court
decide?`, `Will my bill go down?`, `What happens next?`), a `The bottom
line:` lead-in and a `Related:` line.
`listeria_salad_kit_recall` is an AP "Things to know" piece (an invented
listeria outbreak linked to bagged salad kits and the maker's recall; the
CDC, the FDA, an infectious disease doctor, the company's statement) with
straight double quotes and straight apostrophes, "\\n\\n" line ends:
section label, headline, capitalised AP byline, `Updated ... EDT` stamp, a
`FILE -` caption with an `(AP Photo/..., File)` credit, a dateline, upper-
case question headings (`WHAT HAPPENED?`), a lead-in line `The recall
covers:` followed by "- " bullets that are fragments, and the AP Health
and Science Department support boilerplate.
`tube_drivers_strike_explainer` is a BBC News-style "what we know" piece
(an invented Aslef strike on three London Underground lines over rosters;
TfL and its chief operating officer, Aslef and its London organiser,
London TravelWatch) with straight double quotes and straight apostrophes,
"\\n" line ends: headline, relative `3 hours ago` stamp, `Share` / `Save`
lines, a two-line byline, an image credit and caption, a `Key points` box
with "• " bullets that are full assertions, question headings, an `In
short:` lead-in, a `More on this story` block and a `Related topics` block.

Judgement calls made where the guidelines leave room:
- Page furniture gets no CLAIM (eval13, eval16): site and section lines,
  labels, headlines, standfirst, bylines, stamps (the relative `3 hours
  ago` holds no FIGURE, eval3/eval12/eval16), `Share` / `Save`, captions
  and credits, the dateline (its own item before the first sentence),
  headings, question headings alike (`What did the court decide?`, `WHAT
  HAPPENED?`), `Related:` / `More on this story` / `Related topics` lines
  and the AP support boilerplate. QUOTEs and FIGUREs inside them are still
  marked (the headline quotation `‘A flawed process’`; the standfirst's
  `up to 53%` and `two companies`; the caption's `£686`; the AP headline's
  `27` and `11 states`; the `Related:` line's `11 months`).
- Signposts (`Here is what we know so far.`, `Here are some things to know
  about ...`) are no CLAIMs, as in the corpus gold.
- Bullet markers (`-`, `•`) are list furniture and their own non-claim
  item before the bullet text (joined by one space), as eval13. `Key
  points` bullets that are full assertions (no full stop) are CLAIMs with
  the claimant of their own attribution (`Aslef says ...` -> `Aslef`,
  `TfL says ...` -> `TfL`) or empty. Fragment bullets that complete a
  lead-in line (`The recall covers:` then `- 10-ounce and 13-ounce bags
  ...`) are CLAIMs too: with their lead-in each asserts what the recall
  covers, which is checkable; the lead-in line itself has no content of
  its own and gets no CLAIM.
- A bold-style lead-in run into a paragraph (`The bottom line:`, `In
  short:`) is a label like a heading: its own non-claim item, and the
  sentence after it is judged alone (both here are a prediction or advice
  to the reader, so no CLAIM).
- Short answers under a question heading: `Not yet.` is an elliptical
  answer that only predicts (no CLAIM); `Not directly, because the ruling
  applies only to the two companies named in the case.` states the reach
  of the ruling, which is checkable: CLAIM in the outlet's voice.
- Court: a ruling reported as an act (`The Court of Appeal has ruled that
  ...`, `Three judges ruled 2-1 ...`, `The court has sent ... back to
  Ofwat`, `It was dismissed by the High Court`) is in the outlet's voice,
  claimant empty, as eval14's court acts; a judge's reasoning passed on
  (`Lady Justice Forsyth said ...`, `Lord Justice Pryce, dissenting, said
  ...`) has the judge as claimant. `Lady Justice` / `Lord Justice` are the
  judicial titles of Court of Appeal judges (offices, like eval14's
  `Judge`): dropped, so `Forsyth`, `Pryce`; the headline quotation is
  given to `Forsyth`, as named at her naming mention in the body (eval11).
  The court's split `2-1` is one FIGURE with the value as written
  (eval14's `5-4`); `Three judges` is a count.
- Claimants and speakers: `consumer groups say` -> `consumer groups`; the
  bracketed abbreviations are dropped (`Consumer Council for Water (CCW)`,
  `Transport for London (TfL)`, eval14/eval16), and later sentences that
  say `CCW` / `TfL` take that form; `an Ofwat spokesperson` -> `Ofwat
  spokesperson` (eval13's `Reform UK spokesman`); `the agency said` ->
  the agency's full name at its nearest naming mention (`Centers for
  Disease Control and Prevention`), `according to the CDC` / `The CDC
  said` -> `CDC`, `according to CDC estimates` -> `CDC` (the estimates'
  author is named, unlike eval15's `studio estimates`); `according to
  agency records` names no author: `agency records` (eval11's `customs
  data`); `the company said` -> `Harlow Creek Farms`; `The union said` ->
  `Aslef`. Job descriptions go (`the chief executive of CCW`, `an
  infectious disease specialist at ...`, `Aslef's London organiser`,
  `TfL's chief operating officer`); `Dr.` stays.
- The outlet's own reporting has an empty claimant, as in the corpus gold
  and every earlier set (the brief's alternative of naming the outlet is
  not used, so the set stays comparable). A sentence mixing the outlet's
  facts with an attributed part takes the attributed part's claimant
  (eval9): the lede's `consumer groups say`, `FDA inspectors visited the
  plant last week, according to agency records, but ...`.
- Reported advice and plans of named bodies are CLAIMs (that they said it
  is checkable): `The FDA says people should not eat ...`, `It also
  recommends ...`, `TfL is advising passengers ...`, `The agency said it
  would update its case count ...`. Unattributed expectations and
  hypotheticals in the outlet's voice are not (`If the regulator sets
  lower limits, customers could be owed money ...`, `If it does not, the
  fresh consultation is expected to open in the spring.`, `Services on the
  affected lines are expected to be disrupted ...`). A scheduled strike
  (dates and times set by the union) is a fixed event stated as fact:
  CLAIM (eval12/eval15 fixtures).
- Quotation plus tag: CLAIM when the quoted words assert something
  checkable (the Ofwat spokesperson's six months of consultation, Tamsin
  Clarke's three weeks to comment, Dr. Okafor's point that listeria can
  cause miscarriage in a woman who barely feels sick, Gary Nolan's
  two-page email and no meeting since February, Helen Farrow's 11
  meetings); not for judgements, advice, sympathy or resolve (Forsyth's
  `This was a flawed process ...`, Dr. Okafor's `call your doctor`, the
  company's `heartbroken`, Nolan's `will not accept rosters ...`).
  `“disappointed”` is a single quoted word: a scare quote, no QUOTE.
- FIGUREs: `rise by 53% over five years` gives `53%` and `five years`;
  `by 41%` and `an industry average of 36%` are bare percentages;
  `£686 a year` / `about £70,000 a year` end before `a year`; `five-year`,
  `10-ounce`, `13-ounce`, `2-pound`, `two-page`, `35-hour` are hyphenated
  compounds; `the other 14 water and sewerage companies` -> `14 water and
  sewerage companies` (the adjective `other` comes before the number;
  `water and sewerage` is a noun modifier); `up to 12 more late shifts`
  -> `up to 12` (`more` ends the span, eval10's `Forty thousand more
  people`); `from 28 days to 14` is a before and an after, two FIGUREs;
  `three to four weeks` one range (`3-4`); `every two weeks` holds the
  duration `two weeks`; `19 of the 22 who were asked`: both bare numbers
  (22 is a new count, not a back reference); `killed two` a bare count;
  `adults 65 and older` -> `65` (`and older` stays out like eval15's `and
  above`); `91%` of voters and a `74%` turnout.
- Not FIGUREs: `the two companies` / `the two deaths` / `the three lines`
  (back references to groups already counted), `One of the sick people`
  and `one of these salads` (pronoun `one`), `more than half as much
  again` (no number word), lot codes `H2471 to H2496` (identifiers, not a
  range), dates and years (`December 2024`, `July 14`, `Sept. 30`,
  `Tuesday 14 April`), clock times (`17.40 GMT`, `00:01`, `23:59`,
  `08:00`, `4:12 PM EDT`), `within weeks`, `each year` and `a year`.

Every person, company and event named here other than the public bodies
and companies listed above is invented.
"""
from gold_script import N, S

ARTICLES = {}

BULLET = "Bullet marker: list furniture, kept out of the CLAIM span."

# ---------------------------------------------------------------------------
# 1. water_bills_ruling_explainer: Guardian-style explainer, curly quotes,
#    "\n", question headings, a "The bottom line:" lead-in
# ---------------------------------------------------------------------------
ARTICLES["water_bills_ruling_explainer"] = dict(nl="\n", paras=[
    [S("The Guardian", N, why="Site line.")],
    [S("Water industry", N, why="Section label.")],
    [S("Explainer", N, why="Label.")],
    [S("‘A flawed process’: what the Court of Appeal’s water bills ruling means for you",
       N, why="Headline: no CLAIM; the quotation is a QUOTE, given to the judge as named in the body (title dropped).",
       q=[("‘A flawed process’", "Forsyth")])],
    [
        S("Judges found Ofwat did not consult properly before approving rises of up to 53% for two companies’ customers.",
          N, why="Standfirst: no CLAIM; its FIGUREs are marked. The possessive ends 'two companies'.",
          f=[("up to 53%", "53"), ("two companies", "2")]),
        S("Here is what happens next.", N, why="Standfirst: signpost."),
    ],
    [S("Helena Marsh Consumer affairs correspondent", N, why="Byline.")],
    [S("Thu 12 Mar 2026 17.40 GMT", N, why="Date stamp (a date and a clock time).")],
    [S("Share", N, why="Share control.")],
    [
        S("Southern Water customers face average bills of £686 a year by 2030 under the price limits Ofwat set.",
          N, why="Photo caption: no CLAIM; its FIGURE is marked ('a year' stays out; '2030' is a year).",
          f=[("£686", "686")]),
        S("Photograph: Gareth Lowry/PA", N, why="Photo credit."),
    ],
    [
        S("The Court of Appeal has ruled that Ofwat, the water regulator for England and Wales, acted unlawfully when it approved large bill increases for customers of Southern Water and South East Water without properly consulting them.",
          "", why="A ruling reported as a court act: the outlet's voice (eval14)."),
        S("The ruling does not change anyone’s bill for now, but consumer groups say it could open the door to refunds and force the regulator to look again at the price limits it set for other companies.",
          "consumer groups", why="Mixes a fact with an attributed position: the attributed part gives the claimant (eval9)."),
        S("Here is what we know so far.", N, why="Signpost (as in the corpus)."),
    ],
    [S("What did the court decide?", N, why="Question heading.")],
    [S("Three judges ruled 2-1 on Thursday that Ofwat had given customers of the two companies too little information about how the extra money would be spent before it signed off their five-year price limits in December 2024.",
       "", why="Court act in the outlet's voice. The split is one FIGURE as written; 'the two companies' refers back: no FIGURE; 'December 2024' is a date.",
       f=[("Three judges", "3"), ("2-1", "2-1"), ("five-year", "5")])],
    [
        S("Giving the lead judgment, Lady Justice Forsyth said the regulator had held a consultation that lasted only 21 days and that it had not published the companies’ spending plans until after it closed.",
          "Forsyth", why="The judge's reasoning passed on; the judicial title is dropped.",
          f=[("21 days", "21")]),
        S("“This was a flawed process, and the customers who will pay for these decisions were entitled to better,” she wrote.",
          N, why="Quotation plus tag: a legal judgement, not a checkable fact. 'she' resolves to Forsyth.",
          q=[("“This was a flawed process, and the customers who will pay for these decisions were entitled to better,”", "Forsyth")]),
    ],
    [S("Lord Justice Pryce, dissenting, said the law gave Ofwat wide discretion over how it consulted and that the court should not second-guess its timetable.",
       "Pryce", why="The dissenting judge's reasoning passed on; title dropped.")],
    [S("Who brought the case?", N, why="Question heading.")],
    [
        S("The challenge was brought by the Consumer Council for Water (CCW), the statutory body that represents water customers, with the backing of two households in Hampshire and Kent.",
          "", why="A fact about the case in the outlet's voice.",
          f=[("two households", "2")]),
        S("It was dismissed by the High Court last May.",
          "", why="A court act in the outlet's voice."),
    ],
    [S("Under the price limits, average bills for Southern Water customers are due to rise by 53% over five years, and for South East Water customers by 41%, compared with an industry average of 36%.",
       "", why="Checkable content of the published price limits, outlet's voice.",
       f=[("53%", "53"), ("five years", "5"), ("41%", "41"), ("36%", "36")])],
    [S("Will my bill go down?", N, why="Question heading.")],
    [
        S("Not yet.", N, why="Elliptical answer that only predicts."),
        S("The court has sent the two companies’ price limits back to Ofwat, which must now run a fresh consultation, and bills will stay at their current level while it does so.",
          "", why="The court's order and its legal effect, outlet's voice; 'the two companies’' refers back: no FIGURE."),
        S("Ofwat said it expected to complete the process within six months.",
          "Ofwat", why="Reported statement (a stated timetable).",
          f=[("six months", "6")]),
    ],
    [
        S("If the regulator sets lower limits, customers could be owed money for the months they have already paid at the higher rate.",
          N, why="A hypothetical in the outlet's voice."),
        S("CCW estimates that overpayments could reach £120 for a typical Southern Water household.",
          "CCW", why="Reported estimate; the name as the sentence gives it.",
          f=[("£120", "120")]),
    ],
    [S("Does it affect other water companies?", N, why="Question heading.")],
    [
        S("Not directly, because the ruling applies only to the two companies named in the case.",
          "", why="A checkable statement of the ruling's reach, outlet's voice; 'the two companies' refers back."),
        S("But CCW said it was reviewing the decisions Ofwat made for the other 14 water and sewerage companies and would decide within weeks whether to challenge any of them.",
          "CCW", why="Reported speech. 'other' precedes the number; 'water and sewerage' is a noun modifier; 'within weeks' has no number.",
          f=[("14 water and sewerage companies", "14")]),
    ],
    [S("What have people said?", N, why="Question heading.")],
    [
        S("Ofwat said it was “disappointed” by the judgment and was considering whether to appeal to the Supreme Court.",
          "Ofwat", why="Reported speech; the single quoted word is a scare quote, no QUOTE."),
        S("“We consulted on our draft decisions for more than six months and made substantial changes in response to what customers told us,” an Ofwat spokesperson said.",
          "Ofwat spokesperson", why="Quotation plus tag asserting a checkable fact; an unnamed spokesperson keeps the description without the article.",
          q=[("“We consulted on our draft decisions for more than six months and made substantial changes in response to what customers told us,”", "Ofwat spokesperson")],
          f=[("more than six months", "6")]),
    ],
    [
        S("Tamsin Clarke, the chief executive of CCW, said the judgment was “a win for every bill payer who felt their voice was ignored”.",
          "Tamsin Clarke", why="Reported position with a partial quotation; job description dropped.",
          q=[("“a win for every bill payer who felt their voice was ignored”", "Tamsin Clarke")]),
        S("“Households in the south-east are being asked to pay more than half as much again for their water, and they were given three weeks to comment on plans they could not see,” she said.",
          "Tamsin Clarke", why="Quotation plus tag asserting checkable facts; 'more than half as much again' has no number word.",
          q=[("“Households in the south-east are being asked to pay more than half as much again for their water, and they were given three weeks to comment on plans they could not see,”", "Tamsin Clarke")],
          f=[("three weeks", "3")]),
    ],
    [
        S("Southern Water said it would continue to invest in reducing sewage spills while the price review was rerun.",
          "Southern Water", why="Reported statement."),
        S("South East Water did not respond to a request for comment.",
          "", why="A checkable non-statement in the outlet's voice."),
    ],
    [S("What happens next?", N, why="Question heading.")],
    [
        S("Ofwat has 28 days to decide whether to seek permission to appeal.",
          "", why="A legal deadline stated as fact.",
          f=[("28 days", "28")]),
        S("If it does not, the fresh consultation is expected to open in the spring.",
          N, why="A conditional expectation, no named source."),
    ],
    [
        S("The bottom line:", N, why="Bold-style lead-in: a label, its own item."),
        S("bills for most households in England and Wales will not change this year, and any refunds for Southern Water and South East Water customers are at least months away.",
          N, why="A prediction in the outlet's voice."),
    ],
    [S("Related: Southern Water hosepipe ban lifted after 11 months",
       N, why="'Related:' link line: no CLAIM; its FIGURE is marked.",
       f=[("11 months", "11")])],
])

# ---------------------------------------------------------------------------
# 2. listeria_salad_kit_recall: AP "Things to know", straight quotes,
#    "\n\n", upper-case question headings, fragment bullets
# ---------------------------------------------------------------------------
ARTICLES["listeria_salad_kit_recall"] = dict(nl="\n\n", paras=[
    [S('''HEALTH''', N, why="Section label.")],
    [S('''Listeria outbreak linked to bagged salad kits sickens 27 in 11 states. Things to know about the recall''',
       N, why="Headline: no CLAIM; its FIGUREs are marked (the noun does not follow '27').",
       f=[("27", "27"), ("11 states", "11")])],
    [S('''By JONATHAN MERCER''', N, why="Byline.")],
    [S('''Updated 4:12 PM EDT, September 16, 2026''', N, why="Stamp: a clock time and a date.")],
    [
        S('''FILE - Bagged salads are displayed at a grocery store in Chicago, June 3, 2025.''',
          N, why="Photo caption."),
        S('''(AP Photo/Carla Estevez, File)''', N, why="Photo credit."),
    ],
    [
        S('''NEW YORK (AP) —''', N, why="Dateline: its own item before the first sentence."),
        S('''Federal health officials are investigating a listeria outbreak linked to bagged salad kits that has sickened 27 people in 11 states and killed two, and the company that makes the kits has recalled more than 400,000 packages.''',
          "", why="No tag of its own: the wire's voice. 'killed two' is a bare count.",
          f=[("27 people", "27"), ("11 states", "11"), ("two", "2"), ("more than 400,000 packages", "400000")]),
    ],
    [S('''Here are some things to know about the outbreak and the recall.''',
       N, why="Signpost.")],
    [S('''WHAT HAPPENED?''', N, why="Question heading.")],
    [
        S('''The Centers for Disease Control and Prevention said Tuesday that people fell ill between July 14 and Sept. 2, and that 25 of them were hospitalized.''',
          "Centers for Disease Control and Prevention", why="Reported statement; the dates are no FIGUREs; '25' counts people who do not follow.",
          f=[("25", "25")]),
        S('''The two deaths were reported in Ohio and Pennsylvania.''',
          "", why="The wire's voice; 'The two deaths' refers back to the lede: no FIGURE."),
        S('''One of the sick people was pregnant, and she lost her baby, the agency said.''',
          "Centers for Disease Control and Prevention", why="'the agency' resolves to the name at its nearest mention; 'One of' is a pronoun."),
    ],
    [
        S('''Investigators interviewed sick people about what they ate in the month before they fell ill, and 19 of the 22 who were asked said they had eaten salad kits sold under the Harlow Creek brand, according to the CDC.''',
          "CDC", why="'according to the CDC'. Two bare numbers; 22 is a new count, not a back reference.",
          f=[("19", "19"), ("22", "22")]),
        S('''Laboratory tests matched listeria found in an unopened kit from a sick person's home in Ohio to the strain that made people sick.''',
          "", why="No tag of its own: the wire's voice."),
    ],
    [S('''WHAT WAS RECALLED?''', N, why="Question heading.")],
    [
        S('''Harlow Creek Farms, based in Salinas, California, recalled 412,000 packages of 12 salad kits on Monday, including its Caesar, Southwest Chopped and Sesame Crunch varieties.''',
          "", why="A recall reported as an act: the wire's voice.",
          f=[("412,000 packages", "412000"), ("12 salad kits", "12")]),
        S('''The kits were sold at Kroger, Walmart, Aldi and other stores in 31 states.''',
          "", why="The wire's voice.",
          f=[("31 states", "31")]),
    ],
    [S('''The recall covers:''', N, why="Lead-in to a list: no content of its own.")],
    [
        S('''-''', N, why=BULLET),
        S('''10-ounce and 13-ounce bags with best-by dates from Sept. 12 through Sept. 30''',
          "", why="Fragment bullet completing the lead-in: what the recall covers (checkable). Hyphenated compounds; dates are no FIGUREs.",
          f=[("10-ounce", "10"), ("13-ounce", "13")]),
    ],
    [
        S('''-''', N, why=BULLET),
        S('''lot codes H2471 to H2496, printed next to the best-by date''',
          "", why="Fragment bullet completing the lead-in; lot codes are identifiers, not a range."),
    ],
    [
        S('''-''', N, why=BULLET),
        S('''2-pound club packs of the Caesar kit sold only at Sam's Club''',
          "", why="Fragment bullet completing the lead-in; hyphenated compound.",
          f=[("2-pound", "2")]),
    ],
    [S('''The Food and Drug Administration has posted a full list of product codes on its website.''',
       "", why="A checkable fact in the wire's voice.")],
    [S('''WHAT IS LISTERIA?''', N, why="Question heading.")],
    [
        S('''Listeria monocytogenes is a bacterium that can grow at refrigerator temperatures, which makes it a particular risk in ready-to-eat foods.''',
          "", why="A general fact in the wire's voice."),
        S('''About 1,600 people in the U.S. get seriously ill from listeria each year and about 260 die, according to CDC estimates.''',
          "CDC", why="'according to CDC estimates' names the estimates' author. 'each year' holds no number.",
          f=[("About 1,600 people", "1600"), ("about 260", "260")]),
    ],
    [
        S('''Symptoms can start within days but can also take up to 10 weeks to appear, and include fever, muscle aches and, in the most serious cases, confusion and loss of balance.''',
          "", why="A general medical fact in the wire's voice.",
          f=[("up to 10 weeks", "10")]),
        S('''Pregnant women, newborns, adults 65 and older and people with weakened immune systems are most at risk.''',
          "", why="A general medical fact; 'and older' stays out of the age FIGURE.",
          f=[("65", "65")]),
    ],
    [
        S('''"Listeria is unusual because it can cause miscarriage in a woman who barely feels sick herself," said Dr. Nadia Okafor, an infectious disease specialist at Emory University.''',
          "Dr. Nadia Okafor", why="Quotation plus inverted tag asserting a checkable medical fact; job description dropped, 'Dr.' kept.",
          q=[('''"Listeria is unusual because it can cause miscarriage in a woman who barely feels sick herself,"''', "Dr. Nadia Okafor")]),
        S('''"If you are pregnant and you ate one of these salads, call your doctor even if you feel fine."''',
          N, why="Continuation quotation: advice. 'one of' is a pronoun.",
          q=[('''"If you are pregnant and you ate one of these salads, call your doctor even if you feel fine."''', "Dr. Nadia Okafor")]),
    ],
    [S('''WHAT SHOULD I DO?''', N, why="Question heading.")],
    [
        S('''The FDA says people should not eat the recalled kits and should throw them away or return them to the store for a refund.''',
          "FDA", why="Reported advice of a named body: that it says so is checkable."),
        S('''It also recommends cleaning refrigerator shelves and drawers that may have touched the kits with hot, soapy water.''',
          "FDA", why="'It' resolves to the FDA; reported advice."),
        S('''Cooking does kill listeria, but the salad kits are meant to be eaten raw.''',
          "", why="A general fact in the wire's voice."),
    ],
    [S('''WHAT DOES THE COMPANY SAY?''', N, why="Question heading.")],
    [
        S('''In a statement, Harlow Creek Farms said it had stopped production at its processing plant in Yuma, Arizona, while it worked with the FDA to find the source of the contamination.''',
          "Harlow Creek Farms", why="Reported statement."),
        S('''"We are heartbroken that people have become sick, and we are doing everything we can to find out how this happened," the company said.''',
          N, why="Quotation plus tag: sympathy and an undertaking. 'the company' resolves to Harlow Creek Farms.",
          q=[('''"We are heartbroken that people have become sick, and we are doing everything we can to find out how this happened,"''', "Harlow Creek Farms")]),
    ],
    [
        S('''The company said it had not found listeria in any of its finished products during routine testing this year.''',
          "Harlow Creek Farms", why="Reported statement; 'The company' resolves to the name at its nearest mention."),
        S('''FDA inspectors visited the plant last week, according to agency records, but the results of the inspection have not been made public.''',
          "agency records", why="Mixes an attributed fact with the wire's own: the attributed part gives the claimant; no author named, so the description without the article."),
    ],
    [S('''WHAT HAPPENS NEXT?''', N, why="Question heading.")],
    [
        S('''The CDC said the true number of people sickened is likely higher than reported, because many people recover without seeing a doctor and it can take three to four weeks to confirm that an illness is part of an outbreak.''',
          "CDC", why="Reported statement; a range is one FIGURE.",
          f=[("three to four weeks", "3-4")]),
        S('''The agency said it would update its case count every two weeks.''',
          "CDC", why="Reported plan; 'The agency' resolves to the CDC (nearest mention). 'every two weeks' holds a duration.",
          f=[("two weeks", "2")]),
    ],
    [
        S('''The Associated Press Health and Science Department receives support from the Howard Hughes Medical Institute's Department of Science Education and the Robert Wood Johnson Foundation.''',
          N, why="AP support boilerplate."),
        S('''The AP is solely responsible for all content.''', N, why="AP support boilerplate."),
    ],
])

# ---------------------------------------------------------------------------
# 3. tube_drivers_strike_explainer: BBC News-style "what we know", straight
#    quotes, "\n", Key points box with "• " bullets, "In short:" lead-in
# ---------------------------------------------------------------------------
ARTICLES["tube_drivers_strike_explainer"] = dict(nl="\n", paras=[
    [S('''Tube strike: Which lines are affected and why are drivers walking out?''',
       N, why="Headline (a question).")],
    [S('''3 hours ago''', N, why="Relative stamp: no FIGURE (eval3/eval12/eval16).")],
    [S('''Share''', N, why="Share control.")],
    [S('''Save''', N, why="Save control.")],
    [S('''Priya Sandhu''', N, why="Byline (name).")],
    [S('''Transport reporter, BBC London''', N, why="Byline (job line).")],
    [S('''Getty Images''', N, why="Image credit.")],
    [S('''The Central line is one of the busiest on the Underground network''',
       N, why="Image caption; 'one of' is a pronoun.")],
    [
        S('''Train drivers on three London Underground lines will strike for 24 hours on Tuesday and again on Thursday in a dispute over new rosters, the drivers' union Aslef has confirmed.''',
          "Aslef", why="The lede passes on the union's confirmation. 'London Underground lines' is a noun-noun compound.",
          f=[("three London Underground lines", "3"), ("24 hours", "24")]),
        S('''Transport for London (TfL) says the Central, Jubilee and Northern lines are likely to have no service at all on strike days, and that other lines will be busier than normal.''',
          "Transport for London", why="Reported forecast of a named body (that TfL says so is checkable); the bracketed abbreviation is dropped."),
        S('''Here is what we know so far.''', N, why="Signpost (as in the corpus)."),
    ],
    [S('''Key points''', N, why="Heading.")],
    [
        S('''•''', N, why=BULLET),
        S('''Drivers on the Central, Jubilee and Northern lines strike on Tuesday and Thursday''',
          "", why="Key-points bullet: a full assertion (a scheduled strike) in the page's voice."),
    ],
    [
        S('''•''', N, why=BULLET),
        S('''Aslef says new rosters would add up to 12 late shifts a year''',
          "Aslef", why="Key-points bullet passing on the union's position. 'a year' has the article.",
          f=[("up to 12 late shifts", "12")]),
    ],
    [
        S('''•''', N, why=BULLET),
        S('''TfL says the three lines carry about 1.9 million journeys on a typical weekday''',
          "TfL", why="Key-points bullet passing on TfL's figure; 'the three lines' refers back: no FIGURE.",
          f=[("about 1.9 million journeys", "1900000")]),
    ],
    [
        S('''•''', N, why=BULLET),
        S('''Buses, the Overground and the Elizabeth line are not part of the strike''',
          "", why="Key-points bullet in the page's voice."),
    ],
    [S('''When is the strike?''', N, why="Question heading.")],
    [
        S('''Members of Aslef will walk out from 00:01 on Tuesday 14 April until 23:59 that night, and again from 00:01 on Thursday 16 April.''',
          "", why="A scheduled strike stated as fact (a fixed event). Clock times and dates are no FIGUREs."),
        S('''Services on the affected lines are expected to be disrupted until about 08:00 on the morning after each strike day.''',
          N, why="An unattributed expectation; '08:00' is a clock time."),
    ],
    [S('''Why are drivers striking?''', N, why="Question heading.")],
    [
        S('''The dispute is about changes to drivers' rosters that TfL wants to bring in from June.''',
          "", why="A state of affairs in the outlet's voice."),
        S('''Aslef says the new rosters would require drivers to work up to 12 more late shifts a year and would cut the notice they get of shift changes from 28 days to 14.''',
          "Aslef", why="Reported position. 'more' ends the span of 'up to 12'; a before and an after: two FIGUREs.",
          f=[("up to 12", "12"), ("28 days", "28"), ("14", "14")]),
    ],
    [S('''In a ballot last month, 91% of drivers on the three lines who voted backed strike action, on a turnout of 74%.''',
       "", why="A ballot result in the outlet's voice; 'the three lines' refers back.",
       f=[("91%", "91"), ("74%", "74")])],
    [
        S('''"Our members are not against change, but they will not accept rosters that wreck their family lives," said Aslef's London organiser, Gary Nolan.''',
          N, why="Quotation plus inverted tag: a stance and resolve. Job description dropped.",
          q=[('''"Our members are not against change, but they will not accept rosters that wreck their family lives,"''', "Gary Nolan")]),
        S('''"Drivers were told about these rosters in a two-page email, and nobody from TfL has sat down with us since February."''',
          "Gary Nolan", why="Continuation quotation asserting checkable facts; hyphenated compound.",
          q=[('''"Drivers were told about these rosters in a two-page email, and nobody from TfL has sat down with us since February."''', "Gary Nolan")],
          f=[("two-page", "2")]),
    ],
    [S('''What does TfL say?''', N, why="Question heading.")],
    [
        S('''TfL says the new rosters would let it run more trains in the evenings, when passenger numbers have grown fastest since the pandemic.''',
          "TfL", why="Reported position."),
        S('''Helen Farrow, TfL's chief operating officer, said the changes would not increase the total hours any driver worked.''',
          "Helen Farrow", why="Reported speech; job description dropped."),
        S('''"We have met Aslef 11 times since January and we remain available for talks at any time," she said.''',
          "Helen Farrow", why="Quotation plus tag asserting a checkable fact (11 meetings). 'she' resolves to Helen Farrow.",
          q=[('''"We have met Aslef 11 times since January and we remain available for talks at any time,"''', "Helen Farrow")],
          f=[("11 times", "11")]),
    ],
    [S('''London TravelWatch, which represents passengers, said both sides should go to the conciliation service Acas before the first strike day.''',
       "London TravelWatch", why="Reported position; 'first' is an ordinal.")],
    [S('''How much do Tube drivers earn?''', N, why="Question heading.")],
    [
        S('''The basic salary for a Tube driver is about £70,000 a year, according to TfL, after a pay deal agreed last year.''',
          "TfL", why="'according to TfL'; 'a year' stays out.",
          f=[("about £70,000", "70000")]),
        S('''Most drivers work a 35-hour week spread over four days.''',
          "", why="The outlet's voice; hyphenated compound and a count of days.",
          f=[("35-hour", "35"), ("four days", "4")]),
    ],
    [S('''What should I do if I need to travel?''', N, why="Question heading.")],
    [S('''TfL is advising passengers to check before they travel and to allow extra time.''',
       "TfL", why="Reported advice of a named body.")],
    [
        S('''In short:''', N, why="Bold-style lead-in: a label, its own item."),
        S('''if you normally use the Central, Jubilee or Northern lines, plan another route on Tuesday and Thursday.''',
          N, why="Advice to the reader."),
    ],
    [S('''Will there be more strikes?''', N, why="Question heading.")],
    [
        S('''Aslef's mandate for industrial action runs until October, which means it could call further strikes without holding another ballot.''',
          "", why="The legal length of the mandate is checkable; outlet's voice."),
        S('''The union said no further dates had been set.''',
          "Aslef", why="'The union' resolves to Aslef."),
    ],
    [S('''More on this story''', N, why="Link block heading.")],
    [S('''Tube drivers vote to strike over new rosters''', N, why="Related link line.")],
    [S('''Related topics''', N, why="Tags block heading.")],
    [S('''Transport for London''', N, why="Topic tag.")],
    [S('''London Underground''', N, why="Topic tag.")],
    [S('''Strikes''', N, why="Topic tag.")],
])
