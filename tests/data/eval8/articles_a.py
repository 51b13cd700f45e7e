"""Held-out articles, set A: three original news stories written for the
eighth evaluation set, at ordinary newspaper, wire and local-news density.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md.
`school_meals_funding` is a local-paper story with curly quotes and "\\n",
a headline and a byline; `pharma_trial_halted` is wire copy with straight
quotes and "\\r\\n", a headline, a dateline and a credit footer;
`marathon_course_record` is a sports report with curly quotes and "\\n",
a headline and a photo caption with its credit.

Judgement calls made where the guidelines leave room:
- A wire dateline (`BRENNHOLM, Feb 12 (Coastline Wire) -`) is its own item
  with no CLAIM, so the first CLAIM starts at the sentence proper (as in
  earlier sets).
- An unnamed source keeps its description without the article: `a council
  spokesperson` -> `council spokesperson`; a report written by `council
  officers` gives claimant `council officers`.
- `X accused Y of “...”` passes on X's position, so it is a CLAIM with X as
  claimant (`accused` is one of the listed attribution verbs).
- A quotation interrupted in mid-sentence by its tag (`“...,” Mr Kettering
  said, “and ...”`) is two QUOTEs inside one sentence; the sentence gets one
  decision (here not a CLAIM: an opinion).
- A continuation quotation after an interrupting tag is its own sentence and
  QUOTE; when it asserts a checkable fact its claimant is the tag's speaker.
- A quotation plus tag is a CLAIM when the quoted words assert something
  checkable even if they also carry sentiment (`we acted on the board's
  recommendation the same day we received it`, `We moved the start 20
  minutes earlier this year`).
- Claimant/speaker use the name form at the nearest mention: the first
  sentence of the pharma story says `Verdane Pharmaceuticals`, later ones
  `Verdane`; `Ossery` (not `Ossery Bio`) where the sentence itself names it.
- `according to a filing` with no filer named: the filing is the company's
  own regulatory filing (the same sentence goes on with what Verdane told
  investors), so the claimant is `Verdane`.
- `from 5,100 to about 7,400` is a change between two values, not a range:
  two FIGUREs.
- `Two similar drugs`: an adjective between number and noun ends the span,
  so the FIGURE is `Two`.
- `one-day` (biggest one-day fall) is a hyphenated duration compound like
  `30-day`: a FIGURE with value 1.
- Prices in pence (`38p`) have the number as value (`38`).
- Marathon finishing times (`2:05:41`) are durations, not clock times, so
  they are FIGUREs; they have no plain decimal form, so (by analogy with the
  `2-1` score convention of eval7) the value is written as printed.
- A bare number counting a known noun that does not follow it (`a leading
  group of five`, `from five mornings a week to three`, `compared with 29`,
  `more than 200 of them`, `eight were taken to hospital`) is a FIGURE of the
  number alone.
- Ordinals (`second`, `third`, `fourth`, `sixth`, `first local finisher`) and
  years used as labels (`the 2023 winner`, `2024-25` financial year) are
  never FIGUREs.
- `Councillor` is a job title and is dropped from the claimant.

Every person, organisation and place named here is invented.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. school_meals_funding: local government story, curly quotes, "\n",
#    headline and byline at the top
# ---------------------------------------------------------------------------
ARTICLES["school_meals_funding"] = dict(nl="\n", paras=[
    [S("Hollinsby primary schools face £1.2m meals squeeze under council funding shake-up",
       N, why="Headline (title block): no CLAIM, but its FIGURE is marked.",
       f=[("£1.2m", "1200000")])],
    [S("By Rachel Denholm, Education Reporter", N, why="Byline.")],
    [
        S("Primary schools in Hollinsby will lose a combined £1.2 million a year in support for school meals after the borough council approved a change to the way the money is shared out.",
          "", why="The approved change and its effect on the schools' funding are reported in the paper's own voice; 'a year' is an article plus noun.",
          f=[("£1.2 million", "1200000")]),
    ],
    [
        S("Members of Hollinsby Borough Council’s cabinet voted on Tuesday night to scrap the per-meal top-up, currently worth 38p for every lunch served, and replace it with a flat grant of £9,000 a year for each of the 46 schools in the borough from September.",
          "", why="Decision reported in the paper's own voice; 'September' is a date.",
          f=[("38p", "38"), ("£9,000", "9000"), ("46 schools", "46")]),
    ],
    [
        S("The top-up cost £1.6 million in 2024-25, £400,000 more than had been budgeted, according to a report by council officers.",
          "council officers", why="'according to' attribution to an unnamed group, kept as a description without the article. '2024-25' is a financial year, not a FIGURE or a range.",
          f=[("£1.6 million", "1600000"), ("£400,000", "400000")]),
        S("The report said the number of pupils eligible for free meals had risen from 5,100 to about 7,400 in three years.",
          "council officers", why="'The report said': the report's authors, the council officers, are the claimant. 'from 5,100 to about 7,400' is a change, not a range: two FIGUREs.",
          f=[("5,100", "5100"), ("about 7,400", "7400"), ("three years", "3")]),
    ],
    [
        S("“The old formula was built for a much smaller number of children, and it had become impossible to sustain,” a council spokesperson said.",
          N, why="Quotation plus attribution; a justification and characterisation ('impossible to sustain'), not a checkable fact. Unnamed speaker keeps the description without the article.",
          q=[("“The old formula was built for a much smaller number of children, and it had become impossible to sustain,”", "council spokesperson")]),
        S("“A flat grant gives every school the same certainty, whatever its size.”",
          N, why="Continuation of the spokesperson's quotation after the tag (separate QUOTE); an argument for the policy, not a checkable fact.",
          q=[("“A flat grant gives every school the same certainty, whatever its size.”", "council spokesperson")]),
    ],
    [
        S("Andrew Kettering, head teacher of Marlow Lane Primary School, said his school stood to lose about £21,000 a year, roughly the cost of a part-time teaching assistant.",
          "Andrew Kettering", why="Reported speech; job description dropped from the claimant.",
          f=[("about £21,000", "21000")]),
        S("“We have 420 children on roll and more than 200 of them get a free lunch every day,” he told the Gazette.",
          "Andrew Kettering", why="Quotation plus 'told the Gazette' tag; the quotation asserts checkable pupil numbers, so a CLAIM. 'he' resolves to Andrew Kettering. 'more than 200' counts children ('of them' follows), so the number alone with its approximator.",
          q=[("“We have 420 children on roll and more than 200 of them get a free lunch every day,”", "Andrew Kettering")],
          f=[("420 children", "420"), ("more than 200", "200")]),
    ],
    [
        S("“Nine thousand pounds does not go very far when you are feeding that many children,” Mr Kettering said, “and the difference has to come from somewhere.”",
          N, why="One sentence with a quotation interrupted by its tag: two QUOTEs. The content is the head's opinion, not a checkable fact. The amount in words is still a FIGURE.",
          q=[("“Nine thousand pounds does not go very far when you are feeding that many children,”", "Mr Kettering"),
             ("“and the difference has to come from somewhere.”", "Mr Kettering")],
          f=[("Nine thousand pounds", "9000")]),
    ],
    [
        S("He said the school had already cut its breakfast club from five mornings a week to three after a grant from the county ended in the spring.",
          "Mr Kettering", why="Reported speech with a pronoun speaker in a later paragraph; 'He' resolves to Mr Kettering (nearest mention). 'three' counts mornings though the noun does not follow.",
          f=[("five mornings", "5"), ("three", "3")]),
    ],
    [
        S("Hollinsby Parents for School Food, which gathered 2,300 signatures on a petition against the change, accused the council of “balancing its books on children’s plates”.",
          "Hollinsby Parents for School Food", why="'accused' passes on the group's position: a CLAIM with the group as claimant; partial quotation of several words is a QUOTE.",
          q=[("“balancing its books on children’s plates”", "Hollinsby Parents for School Food")],
          f=[("2,300 signatures", "2300")]),
        S("The group’s chair, Sunita Bhandari, said many families earned just too much to qualify for free meals and relied on the subsidised price of £2.10 a day.",
          "Sunita Bhandari", why="Reported speech.",
          f=[("£2.10", "2.10")]),
        S("“These are the families who will feel it first and feel it hardest,” she said.",
          N, why="Quotation plus attribution; a prediction. 'she' resolves to Sunita Bhandari.",
          q=[("“These are the families who will feel it first and feel it hardest,”", "Sunita Bhandari")]),
    ],
    [
        S("Full Plate Trust, a charity that runs holiday food clubs in 12 towns across the county, said as many as 30 schools in the borough could be forced to put up meal prices.",
          "Full Plate Trust", why="Reported speech (the charity's warning); that it said so is checkable.",
          f=[("12 towns", "12"), ("as many as 30 schools", "30")]),
        S("According to the trust, about 18% of families with children in Hollinsby skipped meals to save money at some point in the past year.",
          "Full Plate Trust", why="'According to the trust': the description resolves to the charity's name.",
          f=[("about 18%", "18")]),
        S("“Taking money out of school kitchens in the middle of a cost-of-living crisis is the wrong decision at the worst possible time,” the charity said.",
          N, why="Quotation plus attribution giving an opinion; 'the charity' resolves to Full Plate Trust.",
          q=[("“Taking money out of school kitchens in the middle of a cost-of-living crisis is the wrong decision at the worst possible time,”", "Full Plate Trust")]),
    ],
    [
        S("The council said schools would be able to apply to a £250,000 hardship fund from January if they could show the change had forced them to raise prices.",
          "Hollinsby Borough Council", why="Reported statement; 'The council' resolves to its name.",
          f=[("£250,000", "250000")]),
        S("Councillor Mark Pendry, the cabinet member for education, said the fund would be reviewed after six months.",
          "Mark Pendry", why="Reported speech; 'Councillor' and the portfolio are titles and are dropped.",
          f=[("six months", "6")]),
        S("The decision can still be called in by the council’s scrutiny committee, which next meets on 14 October.",
          "", why="A checkable procedural fact in the paper's own voice; '14 October' is a date."),
    ],
])

# ---------------------------------------------------------------------------
# 2. pharma_trial_halted: wire health/business story, straight quotes,
#    "\r\n", headline, dateline, credit footer
# ---------------------------------------------------------------------------
ARTICLES["pharma_trial_halted"] = dict(nl="\r\n", paras=[
    [S('''Verdane halts kidney drug trial after excess deaths; shares tumble 31%''',
       N, why="Headline (title block): no CLAIM, but its FIGURE is marked.",
       f=[("31%", "31")])],
    [
        S('''BRENNHOLM, Feb 12 (Coastline Wire) -''',
          N, why="Dateline (place, date, agency): furniture, not part of the first sentence; 'Feb 12' is a date."),
        S('''Verdane Pharmaceuticals said on Wednesday it had stopped a late-stage trial of its experimental kidney drug torvalistat early, after an independent monitoring board found that more patients taking the drug had died than those given a placebo.''',
          "Verdane Pharmaceuticals", why="Reported company announcement; 'late-stage' has no number."),
    ],
    [
        S('''The study enrolled 3,140 adults with chronic kidney disease at 210 hospitals in 18 countries and had been due to run until the end of next year.''',
          "", why="Trial facts in the wire's own voice. 'adults' follows the number directly (the adjective 'chronic' comes later).",
          f=[("3,140 adults", "3140"), ("210 hospitals", "210"), ("18 countries", "18")]),
    ],
    [
        S('''In a statement, Verdane said 47 patients, or 3.0%, had died in the torvalistat group, compared with 29, or 1.8%, in the placebo group, after a median follow-up of 14 months.''',
          "Verdane", why="Reported statement. '29' counts patients though the noun does not follow, so the number alone.",
          f=[("47 patients", "47"), ("3.0%", "3.0"), ("29", "29"), ("1.8%", "1.8"), ("14 months", "14")]),
        S('''Most of the excess deaths were from heart-related causes, it said, adding that it did not yet know whether the drug was responsible.''',
          "Verdane", why="'it said' resolves to Verdane."),
    ],
    [
        S('''"Patient safety has to come first, and we acted on the board's recommendation the same day we received it," Verdane's chief medical officer, Ingrid Salvesen, said in the statement.''',
          "Ingrid Salvesen", why="Quotation plus attribution; the quotation asserts a checkable fact (the company acted on the recommendation the same day), so a CLAIM. Job title dropped.",
          q=[('''"Patient safety has to come first, and we acted on the board's recommendation the same day we received it,"''', "Ingrid Salvesen")]),
        S('''"We are deeply disappointed for the patients and doctors who took part."''',
          N, why="Continuation of her quotation after the tag (separate QUOTE); a feeling, not a checkable fact.",
          q=[('''"We are deeply disappointed for the patients and doctors who took part."''', "Ingrid Salvesen")]),
    ],
    [
        S('''The company said it would give the full data to regulators within 60 days and present them at a medical meeting later this year.''',
          "Verdane", why="Reported speech; 'The company' resolves to Verdane. A stated plan is still a reported position, so a CLAIM.",
          f=[("60 days", "60")]),
    ],
    [
        S('''Verdane had spent about $420 million developing torvalistat by the end of last year, according to a filing, and had told investors it expected peak annual sales of $2 billion to $2.5 billion.''',
          "Verdane", why="'according to a filing': the company's own regulatory filing (see docstring); the second clause is also Verdane's statement to investors. The range is one FIGURE.",
          f=[("about $420 million", "420000000"), ("$2 billion to $2.5 billion", "2000000000-2500000000")]),
    ],
    [
        S('''Shares in Verdane fell 31% to 18.40 euros in Brennholm, wiping about 3.9 billion euros off its market value.''',
          "", f=[("31%", "31"), ("18.40 euros", "18.40"), ("about 3.9 billion euros", "3900000000")]),
        S('''It was the stock's biggest one-day fall since the company listed in 2015.''',
          "", why="'one-day' is a hyphenated duration compound (FIGURE, value 1); '2015' is a year.",
          f=[("one-day", "1")]),
        S('''Analysts at Kessler Brandt said torvalistat had accounted for about 40% of their valuation of the company.''',
          "Kessler Brandt", why="Reported speech of analysts at a named firm; the firm's name is the claimant.",
          f=[("about 40%", "40")]),
    ],
    [
        S('''Lena Marchbank, a professor of nephrology at Castlereagh University who was not involved in the trial, said the result was a serious setback for a class of drugs that had looked promising in smaller studies.''',
          "Lena Marchbank", why="Reported speech of the independent expert; her assessment is reported, so that she said it is checkable."),
        S('''"An imbalance of 18 deaths in a trial of this size is not something anyone can explain away," she said.''',
          N, why="Quotation plus attribution; the point of the quotation is a judgement ('not something anyone can explain away'). 'she' resolves to Lena Marchbank. The count is still a FIGURE.",
          q=[('''"An imbalance of 18 deaths in a trial of this size is not something anyone can explain away,"''', "Lena Marchbank")],
          f=[("18 deaths", "18")]),
        S('''"But until we see the full data, it would be wrong to write off the whole class."''',
          N, why="Continuation of her quotation (separate QUOTE); an opinion.",
          q=[('''"But until we see the full data, it would be wrong to write off the whole class."''', "Lena Marchbank")]),
    ],
    [
        S('''Two similar drugs, from Halcroft Therapeutics and Ossery Bio, are in mid-stage testing.''',
          "", why="The adjective 'similar' between number and noun ends the span: FIGURE 'Two'.",
          f=[("Two", "2")]),
        S('''Halcroft shares fell 6.5% on Wednesday.''',
          "", f=[("6.5%", "6.5")]),
        S('''Ossery said its own study, which has enrolled about 600 patients, would continue as planned.''',
          "Ossery", why="Reported speech; claimant by the name used in the sentence.",
          f=[("about 600 patients", "600")]),
    ],
    [
        S('''Verdane, which employs about 5,200 people, said it would hold a call with analysts on Thursday and had no plans to cut jobs.''',
          "Verdane", why="Reported statement; the relative clause adds a fact but the sentence passes on Verdane's statement.",
          f=[("about 5,200 people", "5200")]),
    ],
    [S('''(Reporting by Anneke Voss; Editing by Paul Merriden)''', N, why="Boilerplate credit line.")],
])

# ---------------------------------------------------------------------------
# 3. marathon_course_record: sports report, curly quotes, "\n", headline,
#    photo caption with credit
# ---------------------------------------------------------------------------
ARTICLES["marathon_course_record"] = dict(nl="\n", paras=[
    [S("Mekuria smashes Carrowmere course record by 49 seconds as Ayele regains women’s title",
       N, why="Headline (title block): no CLAIM, but its FIGURE is marked.",
       f=[("49 seconds", "49")])],
    [
        S("Yonas Mekuria won the Carrowmere Marathon on Sunday in 2:05:41, breaking the course record by 49 seconds on a cool, still morning beside the harbour.",
          "", why="Result in the article's own voice. The finishing time is a duration FIGURE (value as printed; see docstring).",
          f=[("2:05:41", "2:05:41"), ("49 seconds", "49")]),
    ],
    [
        S("The 26-year-old broke away from a leading group of five at about 32 kilometres and crossed the line on Harbour Parade 38 seconds clear of Daniel Kimurgor, the 2023 winner, with Abel Tuitoek third in 2:06:52.",
          "", why="'five' counts runners (noun not repeated); 'the 2023 winner' is a year label; 'third' is an ordinal.",
          f=[("26-year-old", "26"), ("five", "5"), ("about 32 kilometres", "32"), ("38 seconds", "38"),
             ("2:06:52", "2:06:52")]),
    ],
    [
        S("The previous record of 2:06:30 had stood since 2019, when it was set by Peter Ngeno.",
          "", why="'2019' is a year.",
          f=[("2:06:30", "2:06:30")]),
        S("Mekuria collects $40,000 for the win and a $15,000 bonus for the record.",
          "", f=[("$40,000", "40000"), ("$15,000", "15000")]),
    ],
    [
        S("Yonas Mekuria crosses the finish line on Harbour Parade in a course record of 2:05:41.",
          N, why="Photo caption: no CLAIM, but its FIGURE is marked.",
          f=[("2:05:41", "2:05:41")]),
        S("Photograph: Aoife Brannigan/Carrowmere Herald",
          N, why="Photo credit (part of the caption line)."),
    ],
    [
        S("In the women’s race, Genet Ayele, 31, regained the title she first won in 2022, finishing in 2:22:08 after pulling away from Ruth Chelangat over the final 5 kilometres to win by 71 seconds.",
          "", why="Bare age after the name is a FIGURE; '2022' is a year; 'first' and 'final' are not numbers.",
          f=[("31", "31"), ("2:22:08", "2:22:08"), ("5 kilometres", "5"), ("71 seconds", "71")]),
        S("Chelangat, 24, was second in 2:23:19 and Mirela Dobrin third in 2:24:02.",
          "", why="Bare age is a FIGURE; 'second' and 'third' are ordinals.",
          f=[("24", "24", 1), ("2:23:19", "2:23:19"), ("2:24:02", "2:24:02")]),
        S("Britta Halloran was the first local finisher, sixth in 2:27:45.",
          "", why="'first' and 'sixth' are ordinals.",
          f=[("2:27:45", "2:27:45")]),
    ],
    [
        S("Tom Arkwright won the men’s wheelchair race in 1:31:12, his fourth victory in five years.",
          "", why="'fourth' is an ordinal; 'five years' is a duration.",
          f=[("1:31:12", "1:31:12"), ("five years", "5")]),
    ],
    [
        S("“I knew at 30 kilometres that my legs were good, so I decided to go alone,” Mekuria said through an interpreter.",
          N, why="Quotation plus attribution via an interpreter; the winner's account of his feelings and tactics, not a checkable fact. The speaker is Mekuria, not the interpreter.",
          q=[("“I knew at 30 kilometres that my legs were good, so I decided to go alone,”", "Mekuria")],
          f=[("30 kilometres", "30")]),
        S("“The record was in my mind from the start,” he added, “but the wind on the bridge made me worried.”",
          N, why="One sentence with a quotation interrupted by its tag: two QUOTEs, both Mekuria's ('he'). His state of mind, not a checkable fact.",
          q=[("“The record was in my mind from the start,”", "Mekuria"),
             ("“but the wind on the bridge made me worried.”", "Mekuria")]),
    ],
    [
        S("He said he had run only one marathon before, finishing fourth in Valmora in April.",
          "Mekuria", why="Reported speech with a pronoun speaker in a later paragraph; 'He' resolves to Mekuria. 'one marathon' counts races; 'fourth' is an ordinal; 'April' a date.",
          f=[("one marathon", "1")]),
        S("Mekuria, who trains in the highland town of Adebra, dedicated the win to his coach, Girma Tessema, who died in January.",
          "", why="Facts about the winner stated in the article's own voice; 'January' is a date."),
    ],
    [
        S("Race director Fiona Galbraith said a record 14,620 runners had started the race, up from 12,900 last year, and that 96% of them had finished.",
          "Fiona Galbraith", why="Reported speech; job title dropped. '12,900' counts runners though the noun does not follow.",
          f=[("14,620 runners", "14620"), ("12,900", "12900"), ("96%", "96")]),
        S("“Conditions were close to perfect, and when you have a field this strong, records are going to fall,” she said.",
          N, why="Quotation plus attribution; opinion and generalisation. 'she' resolves to Fiona Galbraith.",
          q=[("“Conditions were close to perfect, and when you have a field this strong, records are going to fall,”", "Fiona Galbraith")]),
        S("“We moved the start 20 minutes earlier this year precisely to avoid the midday heat.”",
          "Fiona Galbraith", why="Continuation of her quotation after the tag (separate QUOTE); asserts a checkable change to the start time, so a CLAIM with the tag's speaker as claimant.",
          q=[("“We moved the start 20 minutes earlier this year precisely to avoid the midday heat.”", "Fiona Galbraith")],
          f=[("20 minutes", "20")]),
        S("She said the course, which was changed in 2021 to remove two steep climbs through the Old Town, was now one of the fastest in the region.",
          "Fiona Galbraith", why="Reported speech; 'She' resolves to Fiona Galbraith. The adjective 'steep' ends the span, so the FIGURE is 'two'; 'one of the fastest' is a pronoun use; '2021' is a year.",
          f=[("two", "2")]),
    ],
    [
        S("Medical teams treated 212 runners, mostly for dehydration and cramp, and eight were taken to hospital, according to the Carrowmere Ambulance Service.",
          "Carrowmere Ambulance Service", why="'according to' attribution. 'eight' counts runners though the noun does not follow.",
          f=[("212 runners", "212"), ("eight", "8")]),
        S("Organisers said the race had raised about $1.3 million for local charities.",
          "organisers", why="Reported speech of an unnamed group; description kept.",
          f=[("about $1.3 million", "1300000")]),
    ],
    [
        S("Mekuria said he would rest for two months before choosing his next race.",
          "Mekuria", why="Reported speech about his plan; that he said it is checkable.",
          f=[("two months", "2")]),
    ],
])
