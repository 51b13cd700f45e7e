"""Held-out articles, set B (writer b): three original news stories written
for the tenth evaluation set, at ordinary wire, consumer-news and
business-news density.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md.
`kestland_jobless_rate` is a business-wire monthly jobs report (a
statistics office, a minister, an opposition spokesman and economists)
with straight quotes and "\\n", a headline, a dek, a byline, a timestamp
and a credit footer; `cradlepath_car_seat_recall` is a consumer-news
website story (a recall of children's car seats, a regulator, the company
and its spokesperson, a doctor and a parent) with curly double quotes and
"\\r\\n", a headline, a dek, a byline, a timestamp, a photo caption and a
reader call-out; `velmora_earthquake_toll` is an agency wire update on an
earthquake (death toll, magnitudes, clock times, a rescuer quoted over two
paragraphs) with curly single quotes and "\\n\\n", a headline, a timestamp
line, a dateline and a credit footer.

Judgement calls made where the guidelines leave room (the conventions of
eval9/articles_a.py are followed where they apply):
- Headline, dek, byline, timestamp, caption, photo credit, dateline
  (`VELMORA, Dravenia, Sept. 18 (CPA) –`, its own item before the first
  sentence), reader call-out and credit footer get no CLAIM; QUOTEs and
  FIGUREs inside them are still marked.
- `rose by 0.2 points to 4.6%`, `climbed by 41,000 to 1.37 million`,
  `from 11.2% to 12.3%`, `from 3.75% to 3.5%`: a change and a level (or a
  before and an after) are two values, not a range: two FIGUREs each, as
  `from 5,100 to about 7,400` in set 8. A bare change with no noun after
  it is a FIGURE of the number alone (`41,000`, `18,000`, `9,500`).
  `aged 16 to 24` is a range of ages: one FIGURE `16 to 24` (`16-24`);
  `between $189 and $249` is one FIGURE (`189-249`).
- `0.2 points`, `1.1 percentage points` take the unit word(s); `2.7% a
  year` ends at `%`.
- `half`, `nearly half`, `About half`, `nearly a quarter` have no number
  word and are not FIGUREs; `a million` is (`almost a million people` ->
  `1000000`).
- `Forty thousand more people`: `more` stands between number and noun and
  ends the span, so the FIGURE is `Forty thousand` (`40000`).
- `dozens` (no noun after it) is a FIGURE with an empty value, as the
  guidelines say; `several buildings` / `several weeks` are not marked
  (`several` is no number word).
- Magnitudes are FIGUREs of the number: `magnitude 6.8` -> `6.8`,
  `magnitude 5` -> `5` (the scale word comes before the number, and only a
  following unit joins the span); `put its magnitude at 6.6` -> `6.6`; the
  hyphenated `5.4-magnitude` is one FIGURE.
- Distances keep their unit (`about 10 km`, `14 km`, `about 60 km`).
- Bare numbers counting a noun that does not follow them are FIGUREs of
  the number alone: ages after a name (`Jordan Whitlow, 34,`), `a father
  of two`, `his crew of 12`, `23 of them`, `including nine during
  collisions`, `home to two of the country's three steelworks` (`two`;
  `three steelworks` keeps its noun).
- `18 months old` -> `18 months` (the unit follows; `old` does not join).
  `four-day` (weeks) and `two-day` (strike) are hyphenated compounds.
  `some` before a number is an approximator (`some 45,000 people`,
  `some 3,200 people`).
- Not FIGUREs: clock times (`4:12 a.m.`, `0112 GMT`, `9:40 a.m.`,
  `10:14 a.m.`, `6:05 AM`, `11:42 GMT`), dates and years (`Dec. 11`,
  `Sept. 18`, `2009`, `spring of 2021`), ordinals (`fifth month`, `second
  recall`, `second night`, `first priority`), numbers in product names and
  model numbers (`Orbit 360`, `CP-360`), a phone number and an email
  address, `one of` as a pronoun, `a single` and `a year`/`a month`/`a
  century`/`a week` with the article.
- Organisation speakers and claimants: `the office said` / `The statistics
  office said` / `according to the office` resolve to `National Statistics
  Office`; `the commission said` to `National Consumer Safety Commission`;
  `the company said` and `the statement said` (the company's written
  statement) to `Cradlepath`. An unnamed spokesperson keeps the
  description without the article: `Cradlepath spokesperson` (also for
  the later `the spokesperson said`). `Officials said` -> `Officials`;
  `the regional governor's office said` -> `regional governor’s office`;
  `a preliminary survey by Velmora town council` -> `Velmora town
  council`. Titles dropped (`Finance Minister`, `Interior Minister`,
  `Prime Minister`, job descriptions); `Dr.` kept.
- The rescuer's quotation over two paragraphs follows the newspaper
  convention (no closing mark at the end of the first paragraph, a new
  opening mark on the next). It gives two QUOTEs: the first runs from its
  opening mark to the end of its paragraph (the final full stop, there is
  no closing mark), the second is the whole next paragraph; both are the
  rescuer's (`Mirko Saltan`, the nearest naming mention, since the tag is
  `he said`). The tagged first quotation in the same paragraph is a third,
  separate QUOTE. Each inner sentence gets its own decision.
- A quotation nested in another (`‘urgent safety notice’` inside the
  parent's quotation) is not a separate QUOTE. A single quoted word in the
  dek (`“immediately”`) is a scare quote, not a QUOTE.
- Quotation plus tag is a CLAIM when the quoted words assert something
  checkable (employment near a record; manufacturing losing jobs for a
  fifth month; forty thousand more unemployed; a parent who registered
  the seat and did not get the email; the rescuer's account of the rescue
  and of the 40 unsearched buildings); quotations that are opinions,
  characterisations, apologies, promises, instructions, demands,
  warnings, questions or hedged predictions are not.
- Reported speech is a CLAIM even when what is reported is a forecast or
  advice (`said aftershocks above magnitude 5 were likely to continue`;
  `The commission advised parents ... and said ...`), since that it was
  said is checkable. Market pricing (`Traders raised their bets ...`,
  `Prices in swap markets implied ...`) is stated in the outlet's voice:
  claimant empty. A poll median (`The median forecast in a Harwick News
  poll ...`) is a fact in the outlet's voice.
- `Parents can check whether their seat is affected on Cradlepath's
  website or by calling ...` is service information to readers
  (boilerplate), not a CLAIM; the sentence before it (where the label is
  printed) is a CLAIM.
- `declared three days of national mourning and said ...` passes on what
  the prime minister said: claimant `Elena Vostra`.

Every person, organisation, product and place named here is invented.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. kestland_jobless_rate: business-wire jobs report, straight quotes,
#    "\n", headline, dek, byline, timestamp, credit footer
# ---------------------------------------------------------------------------
ARTICLES["kestland_jobless_rate"] = dict(nl="\n", paras=[
    [S('''Kestland jobless rate climbs to 4.6% as factories and builders shed 27,500 jobs''',
       N, why="Headline: no CLAIM, but its FIGUREs are marked.",
       f=[("4.6%", "4.6"), ("27,500 jobs", "27500")])],
    [S('''Wage growth slows to its weakest pace in more than three years, strengthening the case for a December rate cut''',
       N, why="Dek: no CLAIM; its FIGURE is marked.",
       f=[("more than three years", "3")])],
    [S('''By Ruth Adeyemi and Jonas Whitcombe, Harwick News''', N, why="Byline.")],
    [S('''Nov. 7, 2025, 10:14 a.m.''', N, why="Timestamp (a date and a clock time).")],
    [
        S('''Kestland's unemployment rate rose by 0.2 points to 4.6% in October, its highest level since the spring of 2021, as manufacturers and builders cut staff in the face of weaker orders, the National Statistics Office said on Friday.''',
          "National Statistics Office", why="The lede passes on the office's release ('the National Statistics Office said'). A change and a level: two FIGUREs; 'spring of 2021' is a date.",
          f=[("0.2 points", "0.2"), ("4.6%", "4.6")]),
    ],
    [
        S('''The number of people out of work and looking for a job climbed by 41,000 to 1.37 million, the office said, while total employment fell by 12,000 to 28.4 million.''',
          "National Statistics Office", why="'the office' resolves to the office's name at its nearest mention. Changes with no noun after them are FIGUREs of the number alone; 'a job' is an article.",
          f=[("41,000", "41000"), ("1.37 million", "1370000"), ("12,000", "12000"), ("28.4 million", "28400000")]),
    ],
    [
        S('''The median forecast in a Harwick News poll of 22 economists had been for a rise to 4.5%.''',
          "", why="The poll result as a fact in the outlet's own voice.",
          f=[("22 economists", "22"), ("4.5%", "4.5")]),
    ],
    [
        S('''"It was a weak report almost wherever you looked," said Tomas Veldkamp, chief economist at Orrin Bank.''',
          N, why="Quotation plus inverted tag; a characterisation. Job description dropped from the speaker.",
          q=[('''"It was a weak report almost wherever you looked,"''', "Tomas Veldkamp")]),
        S('''"Manufacturing lost jobs for a fifth month in a row, hours worked fell and pay growth slowed again."''',
          "Tomas Veldkamp", why="Continuation quotation asserting checkable facts about the data: a CLAIM with the tag's speaker. 'fifth' is an ordinal.",
          q=[('''"Manufacturing lost jobs for a fifth month in a row, hours worked fell and pay growth slowed again."''', "Tomas Veldkamp")]),
    ],
    [
        S('''Factory employment dropped by 18,000 in October and construction by 9,500, while the services sector added 15,500 jobs.''',
          "", why="Data in the outlet's voice; the bare changes are FIGUREs of the number alone.",
          f=[("18,000", "18000"), ("9,500", "9500"), ("15,500 jobs", "15500")]),
        S('''Nearly half of the factory losses were in the car industry, where two assembly plants have moved to four-day weeks since August.''',
          "", why="'Nearly half' is no FIGURE; 'assembly plants' is a compound counted noun; 'four-day' a hyphenated compound.",
          f=[("two assembly plants", "2"), ("four-day", "4")]),
        S('''Part-time jobs accounted for most of the gain in services, according to the office.''',
          "National Statistics Office", why="'according to the office': the office resolves to its name."),
    ],
    [
        S('''Average weekly earnings were 3.1% higher than a year earlier, down from 3.5% in September and the slowest pace of growth since early 2022.''',
          "", why="Data in the outlet's voice; 'a year' is an article, 'early 2022' a date.",
          f=[("3.1%", "3.1"), ("3.5%", "3.5")]),
        S('''With consumer prices rising 2.7% a year, that leaves real pay growth at just 0.4%.''',
          "", why="The outlet's own calculation: checkable.",
          f=[("2.7%", "2.7"), ("0.4%", "0.4")]),
    ],
    [
        S('''The youth unemployment rate, covering those aged 16 to 24, jumped from 11.2% to 12.3%.''',
          "", why="An age range is one FIGURE; 'from ... to ...' is two values: two FIGUREs.",
          f=[("16 to 24", "16-24"), ("11.2%", "11.2"), ("12.3%", "12.3")]),
        S('''The number of people who have been out of work for more than a year rose to about 310,000, or nearly a quarter of all the unemployed.''',
          "", why="'more than a year' has the article 'a'; 'nearly a quarter' has no number word.",
          f=[("about 310,000", "310000")]),
    ],
    [
        S('''The statistics office said the October survey had been "carried out as normal" despite a two-day rail strike in the middle of the month.''',
          "National Statistics Office", why="Reported speech of an organisation; its partial quotation is a QUOTE by the office.",
          q=[('''"carried out as normal"''', "National Statistics Office")],
          f=[("two-day", "2")]),
    ],
    [
        S('''Finance Minister Alma Rusk called the figures "disappointing but not alarming" and said employment was still 640,000 higher than when the government took office in 2022.''',
          "Alma Rusk", why="'called ... and said' passes on her position; title dropped. '2022' is a year.",
          q=[('''"disappointing but not alarming"''', "Alma Rusk")],
          f=[("640,000", "640000")]),
    ],
    [
        S('''"We have more people in work today than at almost any point in this country's history," Rusk told reporters in Port Aldane.''',
          "Rusk", why="Quotation plus tag asserting a checkable fact (employment near its record level): a CLAIM.",
          q=[('''"We have more people in work today than at almost any point in this country's history,"''', "Rusk")]),
        S('''"I'm not going to pretend a single bad month changes that."''',
          N, why="Continuation quotation; a stance. 'a single' is no number.",
          q=[('''"I'm not going to pretend a single bad month changes that."''', "Rusk")]),
    ],
    [
        S('''Piet Osterhout, the economy spokesman for the opposition Labour Alliance, said the government had "run out of excuses."''',
          "Piet Osterhout", why="Reported speech with a partial quotation; the full stop inside the closing mark is inside the QUOTE.",
          q=[('''"run out of excuses."''', "Piet Osterhout")]),
        S('''"Forty thousand more people are out of work than a month ago, and the minister calls that not alarming," he said.''',
          "Piet Osterhout", why="Quotation plus tag asserting a checkable fact (the rise in unemployment). 'he' resolves to Piet Osterhout. 'more' between number and noun ends the span.",
          q=[('''"Forty thousand more people are out of work than a month ago, and the minister calls that not alarming,"''', "Piet Osterhout")],
          f=[("Forty thousand", "40000")]),
    ],
    [
        S('''Will the Bank of Kestland now cut rates?''',
          N, why="A question."),
        S('''Traders raised their bets on Friday that the central bank will lower its main rate from 3.75% to 3.5% at its Dec. 11 meeting, and the kestmark fell 0.4% against the dollar.''',
          "", why="Market moves in the outlet's voice. 'from ... to ...' gives two FIGUREs; 'Dec. 11' is a date.",
          f=[("3.75%", "3.75"), ("3.5%", "3.5"), ("0.4%", "0.4")]),
        S('''Prices in swap markets implied a roughly 70% chance of a cut, up from about 45% on Thursday.''',
          "", why="Market pricing in the outlet's voice.",
          f=[("roughly 70%", "70"), ("about 45%", "45")]),
    ],
    [
        S('''"The labour market is clearly cooling," said Dr. Lena Marchetti, an economist at the Kestland Institute for Economic Research, "but it is cooling from a very hot starting point."''',
          N, why="One sentence, a quotation interrupted by its tag: two QUOTEs. A characterisation, not a checkable fact. 'Dr.' kept.",
          q=[('''"The labour market is clearly cooling,"''', "Dr. Lena Marchetti"),
             ('''"but it is cooling from a very hot starting point."''', "Dr. Lena Marchetti")]),
        S('''She noted that vacancies were still above their pre-pandemic level and that redundancy notices had not picked up.''',
          "Dr. Lena Marchetti", why="Reported speech; 'She' resolves to Dr. Lena Marchetti."),
    ],
    [
        S('''Marchetti estimated that the economy needed to add about 20,000 jobs a month just to hold the unemployment rate steady, because the labour force had grown by almost a million people since 2021, mostly through immigration.''',
          "Marchetti", why="Reported speech (an estimate she gave). 'a month' is an article; 'almost a million people' is a FIGURE.",
          f=[("about 20,000 jobs", "20000"), ("almost a million people", "1000000")]),
        S('''"If the bank waits until February, it may find it has waited too long," she said.''',
          N, why="Quotation plus tag; a hedged prediction. 'she' resolves to Marchetti.",
          q=[('''"If the bank waits until February, it may find it has waited too long,"''', "Marchetti")]),
    ],
    [
        S('''Unemployment was highest in the northern region of Varrow, at 6.8%, and lowest in the capital, at 3.2%.''',
          "", f=[("6.8%", "6.8"), ("3.2%", "3.2")]),
        S('''In Varrow, home to two of the country's three steelworks, the rate has risen by 1.1 percentage points over the past 12 months.''',
          "", why="'two' counts steelworks that do not follow it: FIGURE of the number alone. '12 months' is a duration.",
          f=[("two", "2"), ("three steelworks", "3"), ("1.1 percentage points", "1.1"), ("12 months", "12")]),
    ],
    [S('''(Additional reporting by Sanne Broek in Varrow; Editing by Mark Feld)''',
       N, why="Credit footer.")],
])

# ---------------------------------------------------------------------------
# 2. cradlepath_car_seat_recall: consumer-news website story, curly double
#    quotes, "\r\n", headline, dek, byline, timestamp, caption, call-out
# ---------------------------------------------------------------------------
ARTICLES["cradlepath_car_seat_recall"] = dict(nl="\r\n", paras=[
    [S("Cradlepath recalls 214,000 child car seats over buckle that can open in a crash",
       N, why="Headline: no CLAIM; its FIGURE is marked ('child car seats' is a compound counted noun).",
       f=[("214,000 child car seats", "214000")])],
    [S("Parents told to stop using Orbit 360 seats “immediately” and ask for a free replacement",
       N, why="Dek: no CLAIM. A single quoted word is a scare quote, not a QUOTE; '360' is part of a product name.")],
    [S("By Hannah Okafor, Consumer Affairs Reporter", N, why="Byline.")],
    [S("Published 6:05 AM, March 4, 2025 | Updated 2:20 PM", N, why="Timestamp (clock times and a date).")],
    [
        S("An Orbit 360 seat of the type being recalled.", N, why="Photo caption."),
        S("(Photo: National Consumer Safety Commission)", N, why="Photo credit (part of the caption line)."),
    ],
    [
        S("Cradlepath, one of the country’s biggest makers of children’s car seats, is recalling about 214,000 seats after tests found that their harness buckle can come undone in a crash, the National Consumer Safety Commission said on Monday.",
          "National Consumer Safety Commission", why="The lede passes on the regulator's announcement. 'one of' is a pronoun.",
          f=[("about 214,000 seats", "214000")]),
    ],
    [
        S("The recall covers Orbit 360 and Orbit 360 Plus seats made between January 2022 and August 2024, with model numbers beginning CP-360 or CP-362.",
          "", why="The scope of the recall in the paper's own voice. Numbers in product names and model numbers, and dates, are no FIGUREs."),
    ],
    [
        S("The commission said it had received 37 reports of buckles opening, including nine during collisions, and that four children had suffered minor injuries.",
          "National Consumer Safety Commission", why="'The commission' resolves to its name at the nearest naming mention. 'nine' counts reports that do not follow it.",
          f=[("37 reports", "37"), ("nine", "9"), ("four children", "4")]),
        S("No deaths or serious injuries have been reported.",
          "", why="A checkable fact in the paper's own voice."),
    ],
    [
        S("“A buckle that opens in a crash defeats the whole purpose of a car seat,” said Marguerite Ndlovu, the commission’s chief executive.",
          N, why="Quotation plus inverted tag; a general judgement, not a checkable fact. Job title dropped.",
          q=[("“A buckle that opens in a crash defeats the whole purpose of a car seat,”", "Marguerite Ndlovu")]),
        S("“If you have one of these seats, stop using it for now and contact Cradlepath for a free replacement.”",
          N, why="Continuation quotation; an instruction. 'one of' is a pronoun.",
          q=[("“If you have one of these seats, stop using it for now and contact Cradlepath for a free replacement.”", "Marguerite Ndlovu")]),
    ],
    [
        S("The fault was traced to a batch of springs made by an outside supplier, the company said in a statement, adding that it had changed suppliers in September and that seats made since then were not affected.",
          "Cradlepath", why="'the company said': resolves to the company's name."),
    ],
    [
        S("“The safety of children is our first priority, and we are deeply sorry for the worry this will cause families,” the statement said.",
          N, why="Quotation plus tag; boilerplate sentiment and an apology. The statement is the company's: speaker 'Cradlepath'. 'first' is an ordinal.",
          q=[("“The safety of children is our first priority, and we are deeply sorry for the worry this will cause families,”", "Cradlepath")]),
        S("“Every affected customer will be offered a new seat or a full refund.”",
          N, why="Continuation quotation; a promise about the future.",
          q=[("“Every affected customer will be offered a new seat or a full refund.”", "Cradlepath")]),
    ],
    [
        S("A Cradlepath spokesperson said the company had so far emailed about 60% of registered owners and expected to start shipping replacement seats within two weeks.",
          "Cradlepath spokesperson", why="An unnamed source keeps its description without the article.",
          f=[("about 60%", "60"), ("two weeks", "2")]),
        S("The seats sold for between $189 and $249 and were stocked by most large baby-goods retailers, including Little Harbour and Brightnest, the spokesperson said.",
          "Cradlepath spokesperson", why="'the spokesperson' resolves to the nearest description. A money range is one FIGURE.",
          f=[("between $189 and $249", "189-249")]),
    ],
    [
        S("“We are satisfied that the company moved quickly once the problem was identified,” the commission said.",
          N, why="Quotation plus tag from an organisation; an assessment, not a checkable fact.",
          q=[("“We are satisfied that the company moved quickly once the problem was identified,”", "National Consumer Safety Commission")]),
        S("The commission advised parents not to attempt to repair the buckle themselves and said a child should never travel without a car seat while waiting for a replacement.",
          "National Consumer Safety Commission", why="Reported speech (advice): that the regulator said it is checkable."),
    ],
    [
        S("The model number and date of manufacture are printed on a white label under the seat base.",
          "", why="A checkable fact in the paper's own voice."),
        S("Parents can check whether their seat is affected on Cradlepath’s website or by calling its recall line on 0800 555 0142.",
          N, why="Service information for readers (boilerplate); a phone number is no FIGURE."),
    ],
    [
        S("Dr. Fiona Castellanos, a consultant in paediatric emergency medicine at St Aubyn’s Children’s Hospital in Millbrook, said a correctly fitted car seat cut the risk of death for an infant in a crash by about 70%.",
          "Dr. Fiona Castellanos", why="Reported speech; 'Dr.' kept, job description dropped.",
          f=[("about 70%", "70")]),
        S("“The worst thing a parent could do after reading this is to put their child in the car without a seat,” she said.",
          N, why="Quotation plus tag; a warning/opinion. 'she' resolves to Dr. Fiona Castellanos.",
          q=[("“The worst thing a parent could do after reading this is to put their child in the car without a seat,”", "Dr. Fiona Castellanos")]),
    ],
    [
        S("Jordan Whitlow, 34, a father of two from Millbrook, said he bought an Orbit 360 in 2023 for his daughter, now 18 months old, and heard about the recall from a parents’ group online rather than from the company.",
          "Jordan Whitlow", why="Reported speech. Bare age after the name and 'a father of two' are FIGUREs of the number; '18 months old' -> '18 months'; '360' is part of a name, '2023' a year.",
          f=[("34", "34"), ("two", "2"), ("18 months", "18")]),
    ],
    [
        S("“I registered the seat the day we bought it, and I still haven’t had the ‘urgent safety notice’ email everyone else is talking about,” he said.",
          "Jordan Whitlow", why="Quotation plus tag asserting checkable facts (he registered; he has not had the email). The nested single-quoted phrase is not a separate QUOTE. 'he' resolves to Jordan Whitlow.",
          q=[("“I registered the seat the day we bought it, and I still haven’t had the ‘urgent safety notice’ email everyone else is talking about,”", "Jordan Whitlow")]),
        S("“Is that really the best they can do?”",
          N, why="A question (continuation quotation).",
          q=[("“Is that really the best they can do?”", "Jordan Whitlow")]),
    ],
    [
        S("Cradlepath said emails were being sent in batches and that everyone on its register would be contacted by Friday.",
          "Cradlepath", why="Reported statement of the company."),
    ],
    [
        S("It is the second recall of a Cradlepath product in three years.",
          "", why="'second' is an ordinal; 'three years' a duration FIGURE.",
          f=[("three years", "3")]),
        S("In 2022 the company withdrew 12,500 travel cots after a side rail was found to fold under a child’s weight.",
          "", why="A past event in the paper's own voice; 'travel cots' is a compound counted noun.",
          f=[("12,500 travel cots", "12500")]),
    ],
    [
        S("Shares in Cradlepath’s parent company, Harlow & Finch Group, closed down 6.2% on Monday.",
          "", f=[("6.2%", "6.2")]),
    ],
    [
        S("Do you own one of the recalled seats?", N, why="Reader call-out: a question."),
        S("Tell us about it at consumer@aldmerepost.com.", N, why="Reader call-out (boilerplate)."),
    ],
])

# ---------------------------------------------------------------------------
# 3. velmora_earthquake_toll: agency wire update, curly single quotes,
#    "\n\n", headline, timestamp, dateline, credit footer; a rescuer's
#    quotation running over two paragraphs
# ---------------------------------------------------------------------------
ARTICLES["velmora_earthquake_toll"] = dict(nl="\n\n", paras=[
    [S("Dravenia quake death toll rises to 142 as rescuers race to reach trapped survivors",
       N, why="Headline: no CLAIM; its FIGURE is marked.",
       f=[("142", "142")])],
    [S("Sept. 18, 2025 | 11:42 GMT", N, why="Timestamp (a date and a clock time).")],
    [
        S("VELMORA, Dravenia, Sept. 18 (CPA) –",
          N, why="Dateline: furniture, not part of the first sentence."),
        S("The death toll from a magnitude 6.8 earthquake that struck southern Dravenia before dawn on Wednesday has risen to 142, the Dravenian Civil Protection Agency said on Thursday, with more than 600 people injured and dozens still missing.",
          "Dravenian Civil Protection Agency", why="The lede passes on the agency's figures. 'magnitude 6.8' -> FIGURE '6.8' (the scale word precedes the number). 'dozens' is an inexact FIGURE with an empty value.",
          f=[("6.8", "6.8"), ("142", "142"), ("more than 600 people", "600"), ("dozens", "")]),
    ],
    [
        S("The quake hit at 4:12 a.m. local time (0112 GMT) at a depth of about 10 km, with its epicentre 14 km north-east of Velmora, a town of some 45,000 people, according to the National Seismological Institute.",
          "National Seismological Institute", why="'according to' the institute. Clock times are no FIGUREs; 'some' is an approximator.",
          f=[("about 10 km", "10"), ("14 km", "14"), ("some 45,000 people", "45000")]),
        S("The Hallberg-based Global Seismic Monitoring Centre put its magnitude at 6.6.",
          "Global Seismic Monitoring Centre", why="Passes on the centre's measurement; the descriptive 'Hallberg-based' is not part of the name.",
          f=[("6.6", "6.6")]),
    ],
    [
        S("At least 27 aftershocks have followed, the strongest a 5.4-magnitude tremor at 9:40 a.m. on Wednesday that brought down several buildings already weakened by the main shock.",
          "", why="The wire's own voice. '5.4-magnitude' is a hyphenated compound FIGURE; '9:40 a.m.' a clock time; 'several' is no number word.",
          f=[("At least 27 aftershocks", "27"), ("5.4-magnitude", "5.4")]),
    ],
    [
        S("Most of the dead were in Velmora’s old town, where rows of stone houses, many more than a century old, collapsed into streets too narrow for heavy machinery.",
          "", why="The wire's own voice; 'a century' has the article."),
        S("About half of the houses in the old town are now uninhabitable, according to a preliminary survey by Velmora town council.",
          "Velmora town council", why="'according to' a survey by the council: the council is the source. 'About half' is no FIGURE."),
    ],
    [
        S("Interior Minister Radu Castellan said some 3,200 people, including soldiers, firefighters and volunteers, were working in the area, supported by 14 teams from neighbouring countries, and that 19 people had been pulled alive from the rubble since Wednesday.",
          "Radu Castellan", why="Reported speech; title dropped.",
          f=[("some 3,200 people", "3200"), ("14 teams", "14"), ("19 people", "19")]),
    ],
    [
        S("‘We are still in the window where people can be found alive, and we will not stop while there is any chance at all,’ Castellan told reporters at a school gymnasium turned into a coordination centre.",
          N, why="Quotation plus tag; a hope and an intention, not a checkable fact.",
          q=[("‘We are still in the window where people can be found alive, and we will not stop while there is any chance at all,’", "Castellan")]),
    ],
    [
        S("Mirko Saltan, a team leader with the Dravenian Mountain Rescue Service, said his crew of 12 had worked for 30 hours with only short breaks, mostly on a single apartment block near the town’s main square.",
          "Mirko Saltan", why="Reported speech; job description dropped. 'his crew of 12': FIGURE of the number alone; 'a single' is no number.",
          f=[("12", "12"), ("30 hours", "30")]),
    ],
    {"s": [
        S("‘We could hear a woman calling from under a staircase, and it took us nine hours to reach her,’ he said.",
          "Mirko Saltan", why="Quotation plus tag asserting checkable facts about the rescue. 'he' resolves to Mirko Saltan.",
          q=[("‘We could hear a woman calling from under a staircase, and it took us nine hours to reach her,’", "Mirko Saltan")],
          f=[("nine hours", "9")]),
        S("‘She was alive when we brought her out.",
          "Mirko Saltan", why="First sentence of a quotation that runs on into the next paragraph (no closing mark here); a checkable fact."),
        S("Her husband, who was lying next to her, was not.",
          "Mirko Saltan", why="Same quotation; a checkable fact (the husband died)."),
    ], "q": [("‘She was alive when we brought her out. Her husband, who was lying next to her, was not.", "Mirko Saltan")]},
    {"s": [
        S("‘There are at least 40 buildings in the old town that nobody has been able to search properly yet.",
          "Mirko Saltan", why="Continuation paragraph of the rescuer's quotation (new opening mark, no tag); a checkable fact.",
          f=[("at least 40 buildings", "40")]),
        S("We need cranes and heavy lifting gear, and we need them today, not next week.’",
          N, why="Same quotation; a demand, not a checkable fact."),
    ], "q": [("‘There are at least 40 buildings in the old town that nobody has been able to search properly yet. We need cranes and heavy lifting gear, and we need them today, not next week.’", "Mirko Saltan")]},
    [
        S("Karsk General Hospital, about 60 km to the south, said it had admitted 188 patients since Wednesday, 23 of them in a critical condition, and was running short of blood for transfusions.",
          "Karsk General Hospital", why="An institution's statement. '23 of them' counts patients that do not follow: FIGURE of the number alone.",
          f=[("about 60 km", "60"), ("188 patients", "188"), ("23", "23")]),
    ],
    [
        S("Officials said about 11,000 people had spent a second night in tents and cars as temperatures fell close to freezing.",
          "Officials", why="Unnamed officials keep the description. 'second' is an ordinal.",
          f=[("about 11,000 people", "11000")]),
        S("Schools across Kessaly province will stay closed until at least Monday, the regional governor’s office said.",
          "regional governor’s office", why="An announced decision passed on from the office: reported speech, not the wire's own prediction."),
    ],
    [
        S("In Oriel, a village 8 km from the epicentre, Katya Morel, 61, said she had run into the street with her two grandchildren when the shaking started and had watched the bell tower of the church opposite fall into the square.",
          "Katya Morel", why="Reported speech of a survivor. Bare age after the name is a FIGURE of the number.",
          f=[("8 km", "8"), ("61", "61"), ("two grandchildren", "2")]),
        S("‘The noise was the worst part, like a train coming through the house,’ she said.",
          N, why="Quotation plus tag; a feeling/impression. 'she' resolves to Katya Morel.",
          q=[("‘The noise was the worst part, like a train coming through the house,’", "Katya Morel")]),
    ],
    [
        S("Prime Minister Elena Vostra, who visited Velmora on Thursday morning, declared three days of national mourning and said the government had released 250 million dinars ($2.3 million) in emergency funds.",
          "Elena Vostra", why="'declared ... and said' passes on what she said; title dropped. Two amounts: two FIGUREs.",
          f=[("three days", "3"), ("250 million dinars", "250000000"), ("$2.3 million", "2300000")]),
        S("‘Nobody will be left to face this alone,’ she said.",
          N, why="Quotation plus tag; a promise. 'she' resolves to Elena Vostra.",
          q=[("‘Nobody will be left to face this alone,’", "Elena Vostra")]),
    ],
    [
        S("Dravenia lies on one of the most active fault zones in southern Europe.",
          "", why="A checkable state of affairs; 'one of' is a pronoun."),
        S("Its last deadly earthquake, a magnitude 6.1 tremor in 2009, killed 31 people in the same province.",
          "", why="'magnitude 6.1' -> FIGURE '6.1'; '2009' is a year.",
          f=[("6.1", "6.1"), ("31 people", "31")]),
    ],
    [
        S("Dr. Ana Rolfe, a seismologist at the National Seismological Institute, said aftershocks above magnitude 5 were likely to continue for several weeks.",
          "Dr. Ana Rolfe", why="Reported speech (a forecast she gave): that she said it is checkable. 'magnitude 5' -> FIGURE '5'; 'several weeks' is not marked.",
          f=[("5", "5")]),
        S("‘People should not go back into damaged houses, even if they look safe from the outside,’ she said.",
          N, why="Quotation plus tag; advice/warning. 'she' resolves to Dr. Ana Rolfe.",
          q=[("‘People should not go back into damaged houses, even if they look safe from the outside,’", "Dr. Ana Rolfe")]),
    ],
    {"s": [
        S("‘Could there be a bigger one?",
          N, why="A question (first sentence of a two-sentence quotation with no tag, continuing Dr. Ana Rolfe's remarks)."),
        S("We cannot rule it out.’",
          N, why="Same quotation; hedged talk, not a checkable fact."),
    ], "q": [("‘Could there be a bigger one? We cannot rule it out.’", "Dr. Ana Rolfe")]},
    [S("(Reporting by Tanja Mirel in Velmora and Oskar Brandt in Harlin; Editing by Claire Odum)",
       N, why="Credit footer.")],
])
