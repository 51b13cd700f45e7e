"""Held-out articles, set B: three original news stories written for the
ninth evaluation set, at ordinary wire, newspaper-website and local-paper
density.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md.

1. `measles_outbreak_tarrow`: public-health wire story about a measles
   outbreak, heavy on statistics (rates such as `3 in 10`, a rate per
   100,000, a range of ages, changes `from X to Y`, `rose by X to Y`).
   Straight quotes "...", "\\r\\n" line endings; headline, wire dateline,
   credit line at the end.
2. `upland_bumblebee_study`: environment/science story on a 14-year study of
   upland bumblebees, with the lead author and an outside expert quoted and
   hedged findings. Curly quotes, paragraphs separated by "\\n\\n"; headline,
   standfirst, byline, timestamp, photo caption with credit, a "Read more"
   line and a newsletter line.
3. `bus_network_survey`: local-paper transport story on a passenger survey
   after a bus-network overhaul, with the minister's written statement,
   residents, a police chief inspector and an opposition senator. Curly
   quotes, "\\n" line endings; headline, byline, photo caption with credit,
   newsletter line.

Judgement calls made where the guidelines leave room:
- A wire dateline (`ELSWICK, March 4 (Northgate Press) -`) is its own item
  with no CLAIM, so the first CLAIM starts at the sentence proper (as in
  earlier sets). Headline, standfirst, byline, timestamp, caption, photo
  credit, "Read more" line, newsletter line and the wire credit line get no
  CLAIM; FIGUREs inside a headline or standfirst are still marked.
- Rates written `X in Y` (`3 in 10 children`, `about 1 in 10`, `up to nine
  in 10`, `Six in 10`, `four in 10`) are one FIGURE each, following eval7's
  `Nearly one in five patients` -> 0.2: the value is the ratio as a plain
  decimal (0.3, 0.1, 0.9, 0.6, 0.4); the counted noun is in the span when it
  directly follows (`3 in 10 children`, `Nearly six in 10 bus passengers`,
  `bus` being a noun modifier), and an adjective or proper-noun modifier
  ends it (`3 in 10` young ..., `up to nine in 10` unvaccinated ...,
  `Six in 10` Dunmere ...).
- A rate per population (`71 cases per 100,000 people`) is read like a unit
  such as `km/h`: one FIGURE over the whole expression, value the count
  (71); the denominator is not a second FIGURE.
- `X times` (`more than 10 times the national figure`) is a FIGURE with the
  multiplier as value (as eval8's `two or three times`); `twice`, `double`,
  `once a week` hold no FIGURE.
- `under five` (children under five) is an age with `under` treated as an
  approximator like `over`/`up to`: FIGURE `under five`, value 5. `no more
  than`, `around` and `some` are approximators too and stay in the span.
- Changes: `up from 22`, `from 91% ... to 78%`, `from 11 to eight`, `from 34
  minutes to 41`, `from nine ... to three`, `from $120 to $180` are two
  FIGUREs each, never a range; `rose by 4% to £6.2 million` / `risen by 4%
  ..., to about 1.9 million trips` are two FIGUREs (the change and the new
  level). Ranges (`between 15 and 24`, `300 to 400`, `between 20% and 35%`,
  `20 to 30 years`) are one FIGURE with value `low-high`.
- Year spans (`from 2010 to 2023`), decades (`the 1950s`), clock times
  (`8 a.m.`, `06.00 BST`, `six in the morning`), dates and ordinals
  (`second dose`, `first 12 weeks` -> only `12 weeks`) are not FIGUREs; bus
  route numbers (`the 14 bus`, `the 9`, `the 7, 12 and 31 routes`) are
  names, not FIGUREs.
- A numeral that only refers back to a group already counted (`49 of the 86
  routes`, after `the same 86 routes`) is not a FIGURE; the new count (`49`)
  is, as the number alone.
- `14 extra vaccination clinics`, `37 new cases`, `214 confirmed cases`,
  `2,140 regular bus users`, `22 extra services`, `Two once-common
  species`, `two full buses`, `two other upland areas`: the adjective ends
  the span, so the FIGURE is the number alone. `Around 60 bus driver posts`
  keeps its noun modifiers (noun-noun compound, as `57 polling stations` in
  eval6).
- `five-year-olds` and `11-month-old` are hyphenated age compounds, marked
  whole; `14-year` in the headline likewise.
- A sentence with no attribution tag of its own is in the outlet's voice
  (claimant ""), even when its numbers plainly come from a source named
  earlier (`Of those infected, 41 have been treated in hospital ...`), as in
  eval7's `Of those, some 78,000 patients ...`.
- Survey results: a survey carried out by a named body gives that body as
  claimant (`carried out ... by Brightline Research ... found` ->
  `Brightline Research`). Sentences that report what shares of respondents
  `said` (`Some 57% said ...`, `four in 10 said ...`) pass on the survey's
  findings, so the claimant is the survey's author (`Dunmere Passenger
  Forum`), not the anonymous respondents; `The forum questioned 2,140 ...`
  reports an act, so "".
- Published research: the team is named by its university (`researchers at
  the University of Harrowgate have found`), so sentences passing on the
  team's or the paper's findings (`By the team’s estimate`, `the paper
  suggests`) have claimant `University of Harrowgate`; what the lead author
  says has claimant `Dr. Keely` (the form used at the nearest mention).
- `Dr.` and `Prof.` are kept as honorifics (eval5, eval7); `Sen.` and
  `Chief Inspector` are titles of office/rank and are dropped (`Tomas
  Ferreira`, `Dana Whitcombe`), like `Transport Minister`.
- The minister's written statement (`the statement said`) is given to the
  minister (`Sarah Lindqvist`), as in eval8.
- A quotation whose speaker is named only in the next sentence (`"We are
  vaccinating as fast as ..." That was how Tom Berrick ... described the
  past fortnight.`) has that speaker; the describing sentence passes on his
  account, so it is a CLAIM with him as claimant.
- `X called the figures "..."` and `said the government had "cut corners"`
  pass on a position in reported speech: CLAIMs with the speaker as
  claimant, the partial quotation a QUOTE.
- A sentence that mixes a verdict with checkable facts (`The results are a
  blow to the Avern state government, which spent $18 million ...`) is a
  CLAIM in the outlet's voice, as the reference annotator does with `... and
  that makes these conversations a serious test ...`.
- General medical or biological facts inside a quotation (`Measles is one
  of the most infectious diseases we know of.`, `Bumblebees are
  cold-adapted animals.`) are checkable, so CLAIMs; appeals, feelings,
  metaphors, questions and habitual anecdotes (`On a bad day I’m standing
  at Marlow Cross ...`) are not.
- A reported prediction or plan with a named source (`He said cases were
  likely to keep rising ...`, `the paper suggests ... could vanish`) is a
  CLAIM (that it was said is checkable); the outlet's own hedged kicker or
  forecast (`the peak may be weeks away`, `the fells may be the best early
  warning ...`) is not. `So is warming really to blame?` / `So will the
  buses get better?` are questions: not CLAIMs.
- A single quoted word (`“spine” routes`) is a scare quote, not a QUOTE.
- `an hour` (`almost an hour`) has `an` as an article: no FIGURE.

Every person, organisation and place named here is invented.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. measles_outbreak_tarrow: public-health wire story, straight quotes,
#    "\r\n", headline, dateline, credit line
# ---------------------------------------------------------------------------
ARTICLES["measles_outbreak_tarrow"] = dict(nl="\r\n", paras=[
    [S('''Measles outbreak in Tarrow Valley passes 200 cases as vaccination rates slide''',
       N, why="Headline: no CLAIM, but its FIGURE is marked.",
       f=[("200 cases", "200")])],
    [
        S('''ELSWICK, March 4 (Northgate Press) -''',
          N, why="Wire dateline: furniture, not part of the first sentence; 'March 4' is a date."),
        S('''A measles outbreak in the Tarrow Valley has grown to 214 confirmed cases, health officials said on Tuesday, making it the region's largest for more than 20 years.''',
          "health officials", why="Attribution tag to an unnamed group, kept as a description without the article. The adjective 'confirmed' ends the span, so the FIGURE is '214'.",
          f=[("214", "214"), ("more than 20 years", "20")]),
    ],
    [
        S('''The Tarrow Valley Health Authority said 37 new cases had been reported in the week to Sunday, up from 22 the week before.''',
          "Tarrow Valley Health Authority", why="Reported statement. 'new' ends the span ('37'); '22' counts cases though the noun does not follow; a change, so two FIGUREs.",
          f=[("37", "37"), ("22", "22")]),
        S('''The valley now has a rate of 71 cases per 100,000 people, more than 10 times the national figure.''',
          "", why="No tag: the wire's own voice. The rate per population is one FIGURE (see docstring); 'more than 10 times' is a multiplier FIGURE.",
          f=[("71 cases per 100,000 people", "71"), ("more than 10 times", "10")]),
    ],
    [
        S('''Of those infected, 41 have been treated in hospital, including 12 babies too young to be vaccinated, and three children have needed intensive care.''',
          "", why="No tag in the sentence: the wire's own voice. '41' counts people though the noun does not follow.",
          f=[("41", "41"), ("12 babies", "12"), ("three children", "3")]),
        S('''No deaths have been reported.''',
          "", why="A checkable state of affairs in the wire's own voice; 'No' is not a number."),
    ],
    [
        S('''The authority's own figures show that 3 in 10 children under five in the valley have not had both doses of the measles, mumps and rubella (MMR) vaccine, compared with about 1 in 10 nationally.''',
          "Tarrow Valley Health Authority", why="'The authority's own figures show': the author of the figures is the claimant, by its name. Each 'X in 10' rate is one FIGURE valued as a decimal; 'under five' is an age with 'under' as approximator; 'both' is not a FIGURE.",
          f=[("3 in 10 children", "0.3"), ("under five", "5"), ("about 1 in 10", "0.1")]),
        S('''Uptake of the second dose among five-year-olds fell from 91% in 2019 to 78% last year, well short of the 95% that experts say is needed to stop the virus spreading.''',
          "", why="The uptake figures are the wire's own statement; the embedded 'experts say' qualifies only the threshold. 'second' is an ordinal, '2019' a year; 'from 91% ... to 78%' is a change: two FIGUREs.",
          f=[("five-year-olds", "5"), ("91%", "91"), ("78%", "78"), ("95%", "95")]),
    ],
    [
        S('''Dr. Miriam Okafor, the authority's director of public health, said most cases were among unvaccinated children and young adults aged between 15 and 24.''',
          "Dr. Miriam Okafor", why="Reported speech; job description dropped, 'Dr.' kept. The age range is one FIGURE.",
          f=[("between 15 and 24", "15-24")]),
        S('''The outbreak has been traced to a traveller who returned from abroad in late December, she said.''',
          "Dr. Miriam Okafor", why="Trailing 'she said' resolves to the nearest mention, Dr. Miriam Okafor."),
    ],
    {"s": [
        S('''"Measles is one of the most infectious diseases we know of.''',
          "Dr. Okafor", why="First sentence of a two-sentence quotation whose tag ('Dr. Okafor told reporters') follows in the next sentence; a checkable medical fact. 'one of' is a pronoun use."),
        S('''Someone with measles can infect up to nine in 10 unvaccinated people around them," Dr. Okafor told reporters at a briefing in Elswick.''',
          "Dr. Okafor", why="Second sentence of the quotation with its tag; checkable epidemiological fact. 'unvaccinated' ends the rate FIGURE.",
          f=[("up to nine in 10", "0.9")]),
        S('''"If your child has missed a dose, please book one now."''',
          N, why="Continuation quotation after the tag (separate QUOTE); an appeal, not a fact.",
          q=[('''"If your child has missed a dose, please book one now."''', "Dr. Okafor")]),
    ], "q": [
        ('''"Measles is one of the most infectious diseases we know of. Someone with measles can infect up to nine in 10 unvaccinated people around them,"''', "Dr. Okafor"),
    ]},
    [
        S('''She said the authority had opened 14 extra vaccination clinics since mid-February and given about 6,300 doses, roughly double the number it would normally give in that time.''',
          "Dr. Okafor", why="Reported speech; 'She' resolves to the nearest mention, 'Dr. Okafor'. 'extra' ends the span ('14'); 'double' is not a FIGURE.",
          f=[("14", "14"), ("about 6,300 doses", "6300")]),
    ],
    [
        S('''"We are vaccinating as fast as people come through the door."''',
          N, why="Quotation with its speaker named in the next sentence; a vivid description of effort, not a checkable fact.",
          q=[('''"We are vaccinating as fast as people come through the door."''', "Tom Berrick")]),
        S('''That was how Tom Berrick, a nurse who runs the clinic at Carrow Bridge community centre, described the past fortnight.''',
          "Tom Berrick", why="Passes on his account (attribution for the previous sentence's quotation): a CLAIM with him as claimant."),
        S('''He said queues had formed before the doors opened at 8 a.m. on most days last week, and that the clinic had twice run short of vaccine.''',
          "Tom Berrick", why="Reported speech; '8 a.m.' is a clock time, 'twice' is not a FIGURE."),
    ],
    [
        S('''Four schools in Elswick and nearby Carrow Bridge have told pupils who are not fully vaccinated to stay at home for 21 days after a case in their class, in line with national guidance.''',
          "", why="Checkable fact in the wire's own voice.",
          f=[("Four schools", "4"), ("21 days", "21")]),
    ],
    {"s": [
        S('''Jenna Marlowe, whose 11-month-old son spent five days in hospital last month, said she had not realised how ill measles could make a child.''',
          "Jenna Marlowe", why="Reported speech; the hyphenated age compound is marked whole.",
          f=[("11-month-old", "11"), ("five days", "5")]),
        S('''"He stopped feeding and his temperature hit 40 degrees.''',
          "Jenna Marlowe", why="First sentence of a two-sentence quotation; a first-hand account checkable against medical records. Tag ('she said', on the next sentence) resolves to Jenna Marlowe.",
          f=[("40 degrees", "40")]),
        S('''I have never been so frightened," she said.''',
          N, why="Second sentence of the quotation with its tag: a feeling, not a fact."),
    ], "q": [
        ('''"He stopped feeding and his temperature hit 40 degrees. I have never been so frightened,"''', "Jenna Marlowe"),
    ]},
    [
        S('''A survey of 1,200 parents in the valley, carried out for the authority by Brightline Research and published in January, found that 18% had delayed or skipped a jab for their child in the past two years.''',
          "Brightline Research", why="A survey's finding: its named author is the claimant (see docstring). 'January' is a date.",
          f=[("1,200 parents", "1200"), ("18%", "18"), ("two years", "2")]),
        S('''The most common reasons given were worries about side effects and difficulty getting an appointment.''',
          "", why="No tag of its own: the wire's own voice, though the content comes from the survey."),
    ],
    [
        S('''Prof. Alan Reddick, an epidemiologist at the University of Castlemoor who was not involved in the response, called the figures "a warning we should have heeded years ago".''',
          "Prof. Alan Reddick", why="'called the figures \"...\"' passes on his position: a CLAIM with him as claimant; the partial quotation is a QUOTE. 'Prof.' kept as honorific.",
          q=[('''"a warning we should have heeded years ago"''', "Prof. Alan Reddick")]),
        S('''He said cases were likely to keep rising until at least April and could reach 300 to 400 before the outbreak peaked.''',
          "Prof. Alan Reddick", why="Reported prediction with a named source: that he said it is checkable. The range is one FIGURE; 'April' is a date.",
          f=[("300 to 400", "300-400")]),
        S('''"The honest answer is that nobody knows how big this gets," he said.''',
          N, why="Quotation plus tag expressing uncertainty, not a checkable fact; 'he' resolves to Prof. Alan Reddick.",
          q=[('''"The honest answer is that nobody knows how big this gets,"''', "Prof. Alan Reddick")]),
    ],
    [
        S('''The regional health ministry said on Monday it would give the authority an extra £1.8 million for clinics and school visits.''',
          "regional health ministry", why="Reported statement by an unnamed body; description kept without the article.",
          f=[("£1.8 million", "1800000")]),
        S('''Spending on childhood immunisation in the valley rose by 4% to £6.2 million this year, after three years of cuts.''',
          "", why="Own voice. 'rose by 4% to £6.2 million': the change and the new level are two FIGUREs.",
          f=[("4%", "4"), ("£6.2 million", "6200000"), ("three years", "3")]),
    ],
    [
        S('''The authority will publish updated case numbers on Friday.''',
          "", why="A scheduled publication, checkable, not the wire's forecast."),
        S('''With cases still rising, the peak may be weeks away.''',
          N, why="The wire's own hedged prediction: not checkable."),
    ],
    [S('''(Reporting by Owen Trelawny; Editing by Sarah Quill)''', N, why="Wire credit line (byline).")],
])

# ---------------------------------------------------------------------------
# 2. upland_bumblebee_study: environment/science story, curly quotes,
#    paragraphs separated by "\n\n", headline, standfirst, byline,
#    timestamp, caption, "Read more" and newsletter lines
# ---------------------------------------------------------------------------
ARTICLES["upland_bumblebee_study"] = dict(nl="\n\n", paras=[
    [S("Upland bumblebees in steep decline as springs warm, 14-year study suggests",
       N, why="Headline: no CLAIM; the hyphenated compound '14-year' is a FIGURE.",
       f=[("14-year", "14")])],
    [S("Numbers fell by 52% where spring temperatures rose most, but other scientists say changes in sheep grazing may also have played a part",
       N, why="Standfirst (title block): no CLAIM, but its FIGURE is marked.",
       f=[("52%", "52")])],
    [S("Hannah Vell, Environment correspondent", N, why="Byline.")],
    [S("Wed 12 Jun 2024 06.00 BST", N, why="Timestamp: a date and a clock time, no FIGURE.")],
    [
        S("A common carder bee on red clover at one of the survey sites in the Harrow Fells.",
          N, why="Photo caption: no CLAIM; 'one of' is a pronoun use."),
        S("Photograph: Daniel Pryce/Fellside Images", N, why="Photo credit (part of the caption line)."),
    ],
    [
        S("Bumblebees in upland meadows have declined sharply over the past 14 years, with the steepest losses where spring has warmed fastest, researchers at the University of Harrowgate have found.",
          "University of Harrowgate", why="Passes on the research team's finding; the team is named by its university (as 'Analysts at Kessler Brandt' -> 'Kessler Brandt' in eval8).",
          f=[("14 years", "14")]),
    ],
    [
        S("The team, led by the ecologist Dr. Rhiannon Keely, counted bees along the same 86 routes every summer from 2010 to 2023 in the Harrow Fells, a range of hills and hay meadows in the north-west.",
          "", why="How the study was done, stated in the outlet's own voice. 'from 2010 to 2023' is a span of years, not a FIGURE.",
          f=[("86 routes", "86")]),
        S("Their results, published on Wednesday in the journal Ecology of Northern Systems, show that average bumblebee numbers per route fell by 38% over the period.",
          "University of Harrowgate", why="'Their results ... show': the team's finding, claimant named as for the lead sentence.",
          f=[("38%", "38")]),
    ],
    [
        S("The number of species recorded on a typical route dropped from 11 to eight.",
          "", why="Own voice, no tag. A change: two FIGUREs, each a bare number counting species.",
          f=[("11", "11"), ("eight", "8")]),
        S("Two once-common species, the moss carder bee and the bilberry bumblebee, were not recorded at all on 49 of the 86 routes after 2018.",
          "", why="Own voice. 'once-common' (adjective) ends the span: FIGURE 'Two'. '49' is a new count (number alone); 'the 86 routes' only refers back to the routes already counted, so it is not a FIGURE. '2018' is a year.",
          f=[("Two", "2"), ("49", "49")]),
    ],
    [
        S("The falls were steepest on routes where average spring temperatures had risen by more than 1C since the survey began.",
          "", why="Own voice; the temperature rise with its unit is a FIGURE.",
          f=[("more than 1C", "1")]),
        S("On those 23 routes, bee numbers fell by 52%, compared with 27% on the rest.",
          "", why="Own voice; '23 routes' is a new count here (first mention), not a back-reference.",
          f=[("23 routes", "23"), ("52%", "52"), ("27%", "27")]),
    ],
    {"s": [
        S("“We were honestly surprised by how clear the pattern was,” Dr. Keely said.",
          N, why="Quotation plus tag giving a reaction, not a checkable fact.",
          q=[("“We were honestly surprised by how clear the pattern was,”", "Dr. Keely")]),
        S("“Bumblebees are cold-adapted animals.",
          "Dr. Keely", why="First sentence of the continuation quotation (a general biological fact, checkable); claimant is the tag's speaker."),
        S("In the fells, many of them now come out of hibernation earlier, but the flowers they feed on are not always there yet.”",
          "Dr. Keely", why="Second sentence of the continuation quotation: an observation about emergence and flowering times, checkable."),
    ], "q": [
        ("“Bumblebees are cold-adapted animals. In the fells, many of them now come out of hibernation earlier, but the flowers they feed on are not always there yet.”", "Dr. Keely"),
    ]},
    [
        S("She said the study could not prove that warming alone had caused the decline, but that the link held even after the team took account of changes in grazing and summer weather.",
          "Dr. Keely", why="Reported speech with hedging; 'She' resolves to the nearest mention, 'Dr. Keely'."),
        S("By the team’s estimate, between 20% and 35% of the fall can be explained by warmer springs.",
          "University of Harrowgate", why="'By the team’s estimate': the team's position (see docstring). The range is one FIGURE.",
          f=[("between 20% and 35%", "20-35")]),
    ],
    [S("Read more: Wildflower verges to be left uncut for a second summer",
       N, why="'Read more' link line (boilerplate); 'second' is an ordinal.")],
    [
        S("Prof. Graham Ostrow, an entomologist at Lindale University who was not involved in the research, said it was “a careful and valuable piece of work” but warned against reading too much into a single region.",
          "Prof. Graham Ostrow", why="Reported speech passing on his assessment; partial quotation of several words is a QUOTE. 'a single region' holds no FIGURE.",
          q=[("“a careful and valuable piece of work”", "Prof. Graham Ostrow")]),
        S("“Fourteen years sounds like a long time,” he said, “but for insects whose numbers swing wildly from year to year, it is not that long.”",
          N, why="One sentence with a quotation interrupted by its tag: two QUOTEs; an opinion, not a fact. 'he' resolves to Prof. Graham Ostrow. The duration in words is still a FIGURE.",
          q=[("“Fourteen years sounds like a long time,”", "Prof. Graham Ostrow"),
             ("“but for insects whose numbers swing wildly from year to year, it is not that long.”", "Prof. Graham Ostrow")],
          f=[("Fourteen years", "14")]),
        S("He pointed out that sheep numbers on the fells had fallen by around 30% since 2010, as farmers took payments to graze less, which could have changed which flowers grow there.",
          "Prof. Graham Ostrow", why="'pointed out' passes on his assertion; 'around' is an approximator; '2010' a year.",
          f=[("around 30%", "30")]),
    ],
    [S("So is warming really to blame?", N, why="A question.")],
    [
        S("Dr. Keely said the team had tested for that and found the same pattern on routes where grazing had barely changed, although she acknowledged there were few of them.",
          "Dr. Keely", why="Reported speech; 'few' is not a FIGURE."),
        S("If spring temperatures in the fells keep rising at the current rate, the paper suggests, some upland species could vanish from the lower slopes within 20 to 30 years.",
          "University of Harrowgate", why="A projection attributed to the paper ('the paper suggests'): reported, so a CLAIM with the team as claimant. The range is one FIGURE.",
          f=[("20 to 30 years", "20-30")]),
    ],
    {"s": [
        S("“That is a projection, not a forecast.",
          N, why="First sentence of a two-sentence quotation: a caveat about the nature of the result, not a checkable fact."),
        S("Nothing here is inevitable,” Dr. Keely said.",
          N, why="Second sentence with the tag: an opinion."),
    ], "q": [
        ("“That is a projection, not a forecast. Nothing here is inevitable,”", "Dr. Keely"),
    ]},
    {"s": [
        S("The charity Bee Watch North said its volunteers had recorded similar falls at 14 sites it monitors in the uplands, and called for farm payments to reward flower-rich hay meadows.",
          "Bee Watch North", why="Reported statement; 'called for' also passes on the charity's position.",
          f=[("14 sites", "14")]),
        S("Its director, Marcus Eddowes, said: “Hay meadows are the bumblebee’s larder.",
          N, why="Tag plus the first sentence of a two-sentence quotation: a metaphor, not a checkable fact."),
        S("We have lost most of ours since the 1950s, and the ones that are left are now out of step with the bees.”",
          "Marcus Eddowes", why="Second sentence of the quotation: the loss of most hay meadows is checkable. '1950s' is a decade, not a FIGURE."),
    ], "q": [
        ("“Hay meadows are the bumblebee’s larder. We have lost most of ours since the 1950s, and the ones that are left are now out of step with the bees.”", "Marcus Eddowes"),
    ]},
    [
        S("The £640,000 study was funded by the Northern Rural Research Council and the Fellside Trust, a conservation charity.",
          "", why="Checkable fact in the outlet's own voice.",
          f=[("£640,000", "640000")]),
        S("Dr. Keely said the team hoped to repeat the survey in two other upland areas from next year, if it could find the money.",
          "Dr. Keely", why="Reported speech (a hope, but reported, so checkable that she said it). 'other' ends the span: FIGURE 'two'.",
          f=[("two", "2")]),
        S("Until then, the fells may be the best early warning the country’s bees have.",
          N, why="The writer's own hedged opinion (kicker)."),
    ],
    [S("Sign up to Green Light, our free weekly environment newsletter", N, why="Newsletter boilerplate.")],
])

# ---------------------------------------------------------------------------
# 3. bus_network_survey: local-paper transport story, curly quotes, "\n",
#    headline, byline, photo caption, newsletter line
# ---------------------------------------------------------------------------
ARTICLES["bus_network_survey"] = dict(nl="\n", paras=[
    [S("Six in 10 Dunmere bus users say service worse since network shake-up, survey finds",
       N, why="Headline: no CLAIM. The rate is a FIGURE; the proper noun 'Dunmere' ends the span.",
       f=[("Six in 10", "0.6")])],
    [S("By Connor Ashby, Transport Reporter", N, why="Byline.")],
    [
        S("Passengers queue for the 14 bus on Castle Street during Tuesday’s evening rush.",
          N, why="Photo caption: no CLAIM; 'the 14 bus' is a route name, not a FIGURE."),
        S("Photo: Lucy Farrant", N, why="Photo credit (part of the caption line)."),
    ],
    [
        S("Nearly six in 10 bus passengers in Dunmere say their journeys have got worse since the city’s network was redrawn in February, according to a survey published today by the Dunmere Passenger Forum.",
          "Dunmere Passenger Forum", why="'according to a survey ... by' the forum: the survey's author is the claimant. The rate FIGURE keeps its noun-modifier + noun ('bus passengers').",
          f=[("Nearly six in 10 bus passengers", "0.6")]),
    ],
    [
        S("The forum questioned 2,140 regular bus users in May.",
          "", why="Reports an act (the survey was carried out), not an assertion passed on. 'regular' ends the span: FIGURE '2,140'.",
          f=[("2,140", "2140")]),
        S("Some 57% said services were less reliable than before the change, 22% said they were about the same and 14% said they had improved; the rest did not know.",
          "Dunmere Passenger Forum", why="Survey results: the forum's findings, so the forum is the claimant, not the anonymous respondents (see docstring). 'Some' is an approximator.",
          f=[("Some 57%", "57"), ("22%", "22"), ("14%", "14")]),
        S("Average journey times reported by respondents rose from 34 minutes to 41, and four in 10 said they had waited more than 20 minutes for a bus at least once a week.",
          "Dunmere Passenger Forum", why="Survey findings, as above. A change: two FIGUREs ('41' without its unit repeated). 'four in 10' has no noun after it. 'once a week' holds no FIGURE.",
          f=[("34 minutes", "34"), ("41", "41"), ("four in 10", "0.4"), ("more than 20 minutes", "20")]),
    ],
    [
        S("The results are a blow to the Avern state government, which spent $18 million on the overhaul and promised that buses on its new “spine” routes would come every 10 minutes or better.",
          "", why="Mixes a verdict with checkable facts (spending, the promise): a CLAIM in the paper's own voice. '“spine”' is a single-word scare quote, not a QUOTE.",
          f=[("$18 million", "18000000"), ("10 minutes", "10")]),
    ],
    [
        S("Transport Minister Sarah Lindqvist said in a statement that the new network was “still bedding in” and that passenger numbers had risen by 4% since February, to about 1.9 million trips a month.",
          "Sarah Lindqvist", why="Reported speech; job title dropped. The change and the new level are two FIGUREs; 'a month' is an article plus noun.",
          q=[("“still bedding in”", "Sarah Lindqvist")],
          f=[("4%", "4"), ("about 1.9 million trips", "1900000")]),
        S("“Any change this big brings teething problems, and we are listening,” the statement said.",
          N, why="Quotation plus tag; a generalisation and an assurance, not a checkable fact. The written statement is the minister's.",
          q=[("“Any change this big brings teething problems, and we are listening,”", "Sarah Lindqvist")]),
        S("“We have already added 22 extra services on the 7, 12 and 31 routes, and more changes will follow in September.”",
          "Sarah Lindqvist", why="Continuation quotation (separate QUOTE): the added services are checkable. 'extra' ends the span ('22'); route numbers are names, not FIGUREs.",
          q=[("“We have already added 22 extra services on the 7, 12 and 31 routes, and more changes will follow in September.”", "Sarah Lindqvist")],
          f=[("22", "22")]),
        S("Ms Lindqvist declined to be interviewed.",
          "", why="Reports an act only; the paper's own voice."),
    ],
    [
        S("For Priya Sandhu, a care worker who lives in Kestle Park, the change has added almost an hour to her day.",
          "", why="No speech verb: the paper's own voice. 'an hour': 'an' is an article, no FIGURE."),
        S("Her old route, the 9, ran from the end of her street to the hospital where she works; now she takes two buses and walks the last 15 minutes.",
          "", why="Checkable facts in the paper's own voice; 'the 9' is a route name.",
          f=[("two buses", "2"), ("15 minutes", "15")]),
        S("“On a good day it’s fine,” she said.",
          N, why="Quotation plus tag; an impression. 'she' resolves to Priya Sandhu.",
          q=[("“On a good day it’s fine,”", "Priya Sandhu")]),
        S("“On a bad day I’m standing at Marlow Cross at six in the morning watching two full buses go straight past me.”",
          N, why="Continuation quotation: a habitual, generalised anecdote ('on a bad day'), treated as colour, not a specific checkable event. 'six in the morning' is a clock time; 'full' ends the span ('two').",
          q=[("“On a bad day I’m standing at Marlow Cross at six in the morning watching two full buses go straight past me.”", "Priya Sandhu")],
          f=[("two", "2")]),
    ],
    [
        S("Gordon Healey, 71, who has used buses in Dunmere for more than 40 years, said he had stopped going to his Thursday lunch club because the new route no longer stops near the community hall.",
          "Gordon Healey", why="Reported speech; the bare age after the name is a FIGURE.",
          f=[("71", "71"), ("more than 40 years", "40")]),
    ],
    {"s": [
        S("“They took away the only bus that worked for people like me,” Mr Healey said.",
          N, why="Quotation plus tag: a complaint and characterisation, not a checkable fact.",
          q=[("“They took away the only bus that worked for people like me,”", "Mr Healey")]),
        S("“Who decides these things?",
          N, why="A question inside a quotation."),
        S("Did anyone actually ride it before they cut it?”",
          N, why="A question inside a quotation."),
    ], "q": [
        ("“Who decides these things? Did anyone actually ride it before they cut it?”", "Mr Healey"),
    ]},
    [
        S("Police have also been kept busy.",
          N, why="Transitional scene-setting, nothing specific to check."),
        S("Chief Inspector Dana Whitcombe of Dunmere Police said officers had issued 1,180 fines to drivers caught using the new bus lanes in the first 12 weeks, and that crashes at the redesigned Castle Street junction had fallen from nine in the same period last year to three.",
          "Dana Whitcombe", why="Reported speech; the rank 'Chief Inspector' is a title and is dropped. 'first' is an ordinal; 'from nine ... to three' is a change: two FIGUREs.",
          f=[("1,180 fines", "1180"), ("12 weeks", "12"), ("nine", "9"), ("three", "3")]),
        S("“Most drivers have got the message,” she said, adding that the fine would rise from $120 to $180 in July.",
          "Dana Whitcombe", why="Quotation plus tag plus reported speech ('adding that ...'): the fine increase is checkable, so a CLAIM (as the reference annotator's '..., Trump said on Sunday, adding that ...'). A change: two FIGUREs.",
          q=[("“Most drivers have got the message,”", "Dana Whitcombe")],
          f=[("$120", "120"), ("$180", "180")]),
    ],
    [
        S("Opposition Sen. Tomas Ferreira said the government had “cut corners” and should publish full reliability data for every route.",
          "Tomas Ferreira", why="Reported speech passing on his position; 'Sen.' is a title of office and is dropped. The two-word partial quotation is a QUOTE.",
          q=[("“cut corners”", "Tomas Ferreira")]),
        S("He said figures obtained under freedom of information laws showed that 18% of scheduled trips on the busiest five routes ran more than 10 minutes late in April, up from 11% a year earlier.",
          "Tomas Ferreira", why="Reported speech; 'busiest' precedes the number, so 'five routes' is a FIGURE with its noun. 'April' is a date; 'a year' an article plus noun.",
          f=[("18%", "18"), ("five routes", "5"), ("more than 10 minutes", "10"), ("11%", "11")]),
        S("The government has not disputed those figures.",
          "", why="Checkable state of affairs in the paper's own voice."),
    ],
    [S("So will the buses get better?", N, why="A question.")],
    {"s": [
        S("Ruth Abernethy, the forum’s chair, said the network could work if the state paid for more drivers.",
          "Ruth Abernethy", why="Reported speech (conditional), checkable that she said it; job description dropped."),
        S("“The map is not the problem.",
          N, why="First sentence of a two-sentence quotation: an opinion."),
        S("The problem is that there are not enough buses on it,” she said.",
          N, why="Second sentence with its tag: her diagnosis, an opinion rather than a checkable count."),
        S("Around 60 bus driver posts are vacant, according to the operator, Dunmere Transit.",
          "Dunmere Transit", why="'according to' attribution; the description 'the operator' is given its name in apposition. 'Around' is an approximator; the noun-noun compound 'bus driver posts' stays in the span.",
          f=[("Around 60 bus driver posts", "60")]),
    ], "q": [
        ("“The map is not the problem. The problem is that there are not enough buses on it,”", "Ruth Abernethy"),
    ]},
    [
        S("The state government is due to review the network in October.",
          "", why="A scheduled review, checkable, in the paper's own voice."),
    ],
    [S("Get the Dunmere Daily Briefing in your inbox every morning – sign up here.",
       N, why="Newsletter boilerplate.")],
])
