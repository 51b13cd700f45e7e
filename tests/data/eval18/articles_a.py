"""Held-out articles, set A (writer a): three original crime, courts and
emergency-services stories written for the eighteenth evaluation set in
the style of North American and Australian local and regional outlets, as
a scraper keeps them (body plus page furniture, cf. /work/shared/corpus),
at ordinary local-news density. Real places, roads and public bodies
appear as those outlets would name them (the Newcastle Herald, Newcastle
District Court, John Hunter Hospital, Cessnock Correctional Centre, NSW
Police, Lifeline and its number; the Eugene Police Department, the
University of Oregon, the Lane County Jail, the Lane County Medical
Examiner's Office, the Lane County District Attorney, the Oregon State
Police and its crime lab, Lane County Circuit Court, Douglas County; CTV
News Kitchener, the City of Kitchener, Ontario's Office of the Fire
Marshal, the Fire Protection and Prevention Act), but the events (the
punch and the sentencing hearing, the 2009 killing and the arrest, the
rooming-house fire and the inquest), the figures for them and every
quoted or reported word are invented; every private person, reporter,
police officer, prosecutor, lawyer, judge, coroner, fire chief and
investigator named is invented, as are the TV station `KWLV 11`, the lab
`Cascadia Forensic Genomics`, the `Lyrebird Hotel` and the `Liam
Morrissey Foundation`. Phone numbers other than Lifeline's are fictional
555 numbers.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md, the
corpus gold and the judgement calls of the earlier sets (eval3-eval17),
above all eval14's crime-and-courts stories (`dayton_salem_ave_shooting_bond`,
`brampton_highway_410_crash_sentencing`), eval12's court report and
eval8's inquest, where they apply.

`hamilton_pub_punch_sentencing_hearing` is a Newcastle Herald (ACM)-style
court story (a NSW District Court sentencing hearing for a man who pleaded
guilty to manslaughter after a single punch outside a Hamilton hotel;
victim impact statements by the mother, the sister and, read by the
Crown prosecutor, the father; the Crown and defence submissions; the
offender's letter; the judge; a NSW Police spokesperson) with curly
double quotes, curly apostrophes and a curly single-quoted headline
quotation, "\\n\\n" line ends: site line, section line, headline, a
two-sentence dek, byline, an ACM `Updated ..., first published ...`
stamp, a photo caption with a `Picture supplied` credit, a `Read more:`
line and the `Need support?` / `Lifeline: 13 11 14` help line. ACM
style: `Mr` / `Ms` without a full stop, `per cent`, metric units.
`eugene_cold_case_genealogy_arrest` is a US local TV station website
story (police announce an arrest in a 2009 killing after investigative
genetic genealogy; the police chief, a detective sergeant, the district
attorney, the police department, the Oregon State Police, jail and court
records, a probable cause affidavit, the medical examiner, two unnamed
law enforcement sources, the victim's sister) with straight double quotes
and straight apostrophes, "\\n" line ends: station line, headline, `by`
byline, stamp, a caption with a `(KWLV)` credit, a `EUGENE, Ore. (KWLV)
—` dateline, a tip-line appeal, a `Related:` line and a copyright footer.
`kitchener_rooming_house_fire_inquest` is a CTV News-style Canadian story
(a coroner's inquest jury rules three deaths in a rooming-house fire
accidental and makes recommendations; the Office of the Fire Marshal's
investigator, a bylaw officer's testimony, an unnamed tenant, the owner,
the presiding coroner, a victim's daughter, the City of Kitchener's
statement, the OFM's figures, the fire chief) with curly double quotes
and curly apostrophes, "\\r\\n" (CRLF) line ends: region label, headline,
byline with job line, `Published` / `Last Updated` stamps, a caption with
a `(Supplied)` credit, a lead-in `Among the jury’s recommendations:`
with "• " fragment bullets and a `RELATED STORIES` block.

Judgement calls made where the guidelines leave room:
- Page furniture gets no CLAIM (eval13-eval17): site, station, section
  and region lines, headlines, deks, bylines and job lines, stamps (ACM's
  `Updated March 12 2026 - 5:48pm, first published 3:30pm`, `Thu, March
  12th 2026, 4:52 PM PDT`: dates and clock times only), captions and
  credits (`Picture supplied`, `(KWLV)`, `(Supplied)`), the dateline (its
  own item before the lede), `Read more:` / `Related:` lines, the
  `RELATED STORIES` heading and its headlines, help-line and tip-line
  boilerplate (`Need support?`, `Lifeline: 13 11 14`, `Anyone with
  information ... is asked to call ...`) and the copyright footer. QUOTEs
  and FIGUREs inside them are still marked (the headline quotation
  `‘He was our whole world’`; the headline's `one-punch`; the deks' and
  captions' ages; `12-month`, `6`, `23 recommendations`, the headline's
  bare `3`, `$45,000` in furniture headlines). The lead-in `Among the
  jury’s recommendations:` has no content of its own: no CLAIM; the
  bullet markers are list furniture, their own non-claim items (eval13,
  eval17).
- Claimants: the outlet's own reporting has an empty claimant, as in the
  corpus gold and every earlier set (the brief's alternative of naming
  the outlet is not used, so the set stays comparable), including
  untagged trial evidence and background that follow a `the court heard`
  (CCTV, the punch, the injuries, the breath test). `The court heard` and
  `the inquest heard` name nobody who asserts the evidence: claimant
  empty (eval12, eval14; eval8's `inquest` and eval9's `court` are the
  older minority calls, not followed).
- Court and inquest acts are events in the outlet's voice (eval10,
  eval14): pleas, tendering of statements, the adjournment and the fixed
  sentencing date (`She will sentence Keswick on April 17.`, a fixed
  schedule like eval14's `A preliminary hearing is scheduled ...`), the
  fine and guilty plea, the arraignment date, the bail status, and a
  coroner's jury's verdict and recommendations (`A coroner’s jury has
  ruled that ...`, `The five-member jury delivered its verdict ...,
  making 23 recommendations ...`). The recommendation bullets are
  fragments completing the lead-in: each, with it, asserts what the jury
  recommended, which is checkable, so each is a CLAIM (eval17's recall
  bullets), claimant empty like the verdict they belong to. A judge's or
  coroner's own reasoning or remarks passed on take the judge as
  claimant (`Judge Tapper thanked the family and said ...` -> `Tapper`;
  `Presiding coroner Dr. Karen Ostrowski told jurors ...` -> `Dr. Karen
  Ostrowski`).
- Background law stated by the outlet is a CLAIM with an empty claimant
  (eval13, eval14): the NSW guilty-plea discount and the maximum penalty
  for manslaughter. Law inside someone's reported speech stays theirs
  (Ostrander's `which can carry a sentence of life without parole in
  Oregon`).
- Victim impact statements: reported content is a CLAIM with the author
  as claimant. A statement read aloud by the Crown prosecutor is the
  father's (eval8's family statement read by a solicitor): `In his
  statement, read by Mr Vale, Graham Morrissey said ...` -> `Graham
  Morrissey`, and `the statement said` -> `Graham Morrissey`. The lede's
  `The mother of a young Newcastle man ... has told a court ...` resolves
  to the name given in the next sentence, `Leanne Morrissey` (eval8's
  witness described then named); its partial quotation `“serving a life
  sentence”` takes the same speaker. The headline quotation `‘He was our
  whole world’` trims her words in the body and is given to her as named
  at her naming mention (`Leanne Morrissey`, eval12/eval17). In `Ms
  Morrissey told Judge Roslyn Tapper that ...` followed by `“...,” she
  said`, `she` resolves by sense to the mother reading her statement, not
  to the nearer-named judge: `Ms Morrissey`. Her three-sentence quotation
  with no tag is one QUOTE (paragraph dict) with a decision per sentence.
  `she told Keswick` after `Jess Morrissey` -> `Jess Morrissey`. The
  offender's letter read by his barrister is his: `Keswick said ...` ->
  `Keswick`, with two partial quotations (the second with the full stop
  outside the mark, ACM style).
- Names: ACM and CTV/TV forms. Honorifics stay (`Ms Morrissey`, `Mr
  Vale`, `Ms Brankovic`, `Dr. Karen Ostrowski`); `Mr Morrissey` is not
  used for the victim, whom the paper calls `Liam`. Titles and offices go:
  `Judge` (`Tapper`), `Crown prosecutor`, `Police Chief` (`Marisol
  Quintero`), `Det. Sgt.` (`Paul Herrick`), `Lane County District
  Attorney` (`Renee Ostrander`), `Kitchener Fire Chief` (`Brad Oakes`),
  `Presiding coroner`; job descriptions go (`Keswick’s barrister`, `an
  investigator with the Office of the Fire Marshal`, `The building’s
  owner`, `Maki’s daughter`, `Benson's younger sister`). The form is that
  of the nearest mention: `Quintero said`, `Ostrander said`, `Delaney
  told the jury`, `Oakes said`; `he said` after Herrick's naming
  sentence -> `Paul Herrick`; `she told reporters` -> `Megan
  Benson-Tate`; `she said` after Renée Maki-Lindqvist's naming
  sentence -> `Renée Maki-Lindqvist`; `he said` ending Delaney's long
  sentence -> `Delaney` (named in it).
- Organisations and documents: `Eugene police announced` -> `Eugene
  police`; `The department said` right after the sentence naming the
  `Eugene Police Department` -> `Eugene Police Department`; `The Oregon
  State Police said in a statement` -> `Oregon State Police`; `In a
  statement, the City of Kitchener said` and the following `the statement
  said` -> `City of Kitchener`; `according to the Lane County Medical
  Examiner's Office` and `According to the Office of the Fire Marshal`
  -> the office's name; `jail records show` -> `jail records`, `Court
  records show` -> `Court records` (eval14's documents without an
  author); `according to a probable cause affidavit` -> `probable cause
  affidavit`, then `The affidavit says` -> `affidavit`; `according to
  testimony from a city bylaw officer` -> `city bylaw officer` (the
  witness is the source, the testimony the vehicle). Unnamed sources keep
  their description without article or number: `A NSW Police
  spokesperson` -> `NSW Police spokesperson`, `A police spokesperson` ->
  `police spokesperson` (eval14), `Two law enforcement sources who were
  not authorized to speak publicly told KWLV 11` -> `law enforcement
  sources` (eval17's `negotiators`; the station is the audience), `A
  tenant who escaped ..., and who asked that her name not be published,
  testified` -> `tenant`.
- Checkable non-statements and observed events are CLAIMs in the
  outlet's voice: `did not respond to a request for comment` (eval10-12),
  `Ostrander declined to say ...`, `Police have not confirmed that.`,
  `Keswick ... appeared by audio-visual link ... and kept his head down
  as the statements were read`, `Megan Benson-Tate stood behind Quintero
  throughout the news conference` (eval9's `showed no reaction`).
- Quotation plus tag: CLAIM when the quoted words assert something
  checkable (Ms Morrissey's drive past the hotel and her 41 days of sick
  leave; Vale's `Liam never raised his hands ...`; Quintero's `waited
  more than 16 years`; Ostrander's `16 years old ... the oldest homicide
  my office has charged`; Megan Benson-Tate's ages; Delaney's four
  minutes and 600 degrees; Maki-Lindqvist's `He told me the hallway was
  full of bikes` and `He told me twice.`). No CLAIM for grief, feeling,
  hope, rhetoric, characterisation, prediction, pledge or advice (`He was
  our whole world`, `Now there is a hole ...`, `I don’t know how to stop
  being his mum.`, Jess Morrissey's two sentences, Graham Morrissey's `I
  used to think I was a strong man` and `I am not.` (three words: a
  QUOTE), Vale's `This was not a fight` (the Crown's characterisation),
  Quintero's `I hope ...`, Ostrander's `It will not be the last.`, `I
  don't know what I feel yet.`, `Nobody on that floor had a chance.`, `I
  wish I had called somebody.`, the city's `We owe it to these three men
  ...`, Oakes's `somebody should be awake ...`). `what Delaney called
  “thermal runaway,”` is a two-word partial quotation given as his words:
  a QUOTE (its trailing comma inside the marks).
- FIGUREs, crime and court conventions (eval14 followed): bare ages
  after names are FIGUREs of the number (`29`, `24`, `19`, `22`, `63`,
  `41`, `56`), as are the ages inside Megan Benson-Tate's quotation (`15`,
  `31`); `58-year-old`, `five-member`, `eight-day`, `three-storey`,
  `48-volt`, `12-month` are hyphenated compounds; `one count` (twice)
  keeps `count`; `three charges`; `up to $25,000` (a reward), `$45,000`
  (a fine), `$5,000`, `more than $38,000`, `about $18,500`. Sentence
  terms: `at least nine years`, and `six years and nine months` as two
  FIGUREs (eval12, eval14); `no more than six years` keeps `no more than` as an
  approximator (like `up to`, `under`); `25 years’ imprisonment` ->
  `25 years` (the possessive apostrophe stays out, as eval17's `two
  companies’`); `a 25 per cent discount` -> `25 per cent`.
- `one-punch` (headline) is a hyphenated compound counting punches:
  FIGURE value 1 (like eval16's `one-day`; unlike eval8's idiom
  `one-off`, it holds a quantity). `a single right-handed punch` holds
  no number word: no FIGURE. `second-degree` and
  `first-degree` in charge names, `East 19th Avenue`, the OSP's `12th`
  case, the related headline's `3rd fire`, `second-floor`, `third year`
  and `first car` are ordinals: no FIGUREs.
- Measurements keep their unit: `193 centimetres`, `about 110
  kilograms`, `more than 600 degrees Celsius`; the blood alcohol reading
  `0.146` and the `Glasgow Coma Scale score of 3` are the bare numbers
  (the measured noun precedes; the scale's name holds no FIGURE).
  `less than 1 in 10 billion` (the DNA match odds) is an `X in Y` share:
  one FIGURE valued as a decimal, 0.0000000001 (eval13, eval17).
  Durations and ranges: `about 40 seconds`, `less than 10 seconds`, `two
  days`, `about two hours`, `41 days`, `six months`, `more than 16
  years`, `16 years old` -> `16 years` (`old` is not the unit), `14
  months`, `two years`, `eight months`, `about four minutes`, `four to
  six hours` (one range `4-6`), `between 25 and 40` (ages, one range);
  `every 12 months` holds `12 months` (eval17's `every two weeks`), `at
  least once` none; `within six months` -> `six months` (`within` sets a
  deadline, it does not approximate the number).
- Counts: `at least 12 schooners`, `two venues`, `more than 1,400 tips`,
  `63 men`, `more than 2,300 people`, `three brothers`, `two detectives`,
  `62 assault charges` with `12 months` and the bare `87` (the year
  before), `212 fires`, `38 per cent`, `at least nine deaths`, `14
  people`, `up to 10 tenants`, `11 bedrooms`, `six smoke alarms`, `four
  lodging house inspectors` (a noun-noun compound; `double` no FIGURE),
  `Two law enforcement sources`, `11 family members` (the counted noun is
  `family members`; `one of 11` is pronoun `one`). Adjectives end spans:
  `two other men` -> `two`, `two other e-bikes` -> `two`, `41 unsolved
  homicides` -> `41`, `17 battery-related fires` -> `17`, `6 new
  detective positions` -> `6`. Bare numbers whose noun does not follow:
  `Four` (of the statements) and `three` (read by their authors), `a
  father of two` -> `two`, `Only two` (of the smoke alarms).
- Not FIGUREs: `including one on Monday` and `one another` (pronoun
  `one`), `these three men` (back reference to the three victims), `the
  day after`, `the week before`, `twice`, `a week`, station and road
  names (`KWLV 11`, `Fischer-Hallman Road`), phone numbers
  (`541-555-0190`, `13 11 14`), dates and years (`August 3`, `Oct. 4,
  2009`, `Jan. 18, 2024`, `Feb. 27`, `April 17`, `1970`, `1996`, `2017`,
  `2018`, `2022`, `2024`, `2025`), clock times (`1am`, `5:48pm`,
  `3:30pm`, `4:52 PM PDT`, `6:05PM EDT`, `3:10 a.m.`, `1:30 p.m.`).
"""
from gold_script import N, S

ARTICLES = {}

BULLET = "Bullet marker: list furniture, kept out of the CLAIM span."

# ---------------------------------------------------------------------------
# 1. hamilton_pub_punch_sentencing_hearing: Newcastle Herald (ACM)-style
#    court story, curly quotes and apostrophes, "\n\n", victim impact
#    statements
# ---------------------------------------------------------------------------
ARTICLES["hamilton_pub_punch_sentencing_hearing"] = dict(nl="\n\n", paras=[
    [S("Newcastle Herald", N, why="Site line.")],
    [S("News | Court", N, why="Section line.")],
    [S("‘He was our whole world’: family of Hamilton one-punch victim confronts his killer in court",
       N, why="Headline: no CLAIM. The quotation trims the mother's words in the body: a QUOTE, given to her as named at her naming mention. 'one-punch' is a hyphenated compound counting punches.",
       q=[("‘He was our whole world’", "Leanne Morrissey")],
       f=[("one-punch", "1")])],
    [
        S("Brodie Keswick, 29, has pleaded guilty to the manslaughter of Liam Morrissey, 24, outside a Beaumont Street hotel.",
          N, why="Dek: no CLAIM; the bare ages are FIGUREs.",
          f=[("29", "29"), ("24", "24")]),
        S("He will be sentenced next month.", N, why="Dek."),
    ],
    [S("By Tamsin Reade", N, why="Byline.")],
    [S("Updated March 12 2026 - 5:48pm, first published 3:30pm", N, why="ACM stamp: a date and clock times.")],
    [
        S("Liam Morrissey, 24, had just finished the third year of an electrical apprenticeship.",
          N, why="Photo caption: no CLAIM; the bare age is a FIGURE, 'third' an ordinal.",
          f=[("24", "24")]),
        S("Picture supplied", N, why="Photo credit."),
    ],
    [S("The mother of a young Newcastle man who died after being punched outside a Hamilton hotel has told a court her family has been “serving a life sentence” since the night he was attacked.",
       "Leanne Morrissey", why="Reported speech by a person described here and named in the next sentence: she is claimant and speaker of the partial quotation (eval8).",
       q=[("“serving a life sentence”", "Leanne Morrissey")])],
    [S("Leanne Morrissey was one of 11 family members and friends whose victim impact statements were tendered in Newcastle District Court on Thursday, at the sentencing hearing of Brodie James Keswick, 29, who pleaded guilty to the manslaughter of her son Liam, 24.",
       "", why="Court events in the paper's voice. 'one of' is a pronoun; 'family members' is the counted noun; bare ages.",
       f=[("11 family members", "11"), ("29", "29"), ("24", "24")])],
    [S("Four of the statements were read aloud: three by the people who wrote them, and a fourth, from Liam’s father Graham Morrissey, by Crown prosecutor Harrison Vale.",
       "", why="A court event in the paper's voice. 'Four' and 'three' are new counts whose noun does not follow (bare numbers); 'a fourth' is an ordinal.",
       f=[("Four", "4"), ("three", "3")])],
    [S("The court heard Keswick had drunk at least 12 schooners of beer at two venues on Beaumont Street before the attack, shortly after 1am on Sunday, August 3 last year.",
       "", why="'The court heard' names nobody who asserts it: claimant empty (eval12, eval14). '1am' is a clock time, 'August 3' a date.",
       f=[("at least 12 schooners", "12"), ("two venues", "2")])],
    [S("CCTV footage played in court showed Liam and a friend walking past Keswick and two other men outside the Lyrebird Hotel, and Keswick stepping into Liam’s path about 40 seconds later.",
       "", why="Trial evidence in the paper's voice. The adjective 'other' ends the span: 'two'.",
       f=[("two", "2"), ("about 40 seconds", "40")])],
    [
        S("He threw a single right-handed punch that knocked Liam backwards, and his head struck the kerb.",
          "", why="The paper's voice; 'a single' holds no number word."),
        S("The whole encounter lasted less than 10 seconds.",
          "", why="The paper's voice; 'less than' is an approximator.",
          f=[("less than 10 seconds", "10")]),
        S("Paramedics recorded a Glasgow Coma Scale score of 3 when they reached him, the lowest possible.",
          "", why="The paper's voice; the score is a bare number (the scale's name holds none).",
          f=[("3", "3")]),
        S("Liam was taken to John Hunter Hospital with a fractured skull and died two days later, when his life support was switched off.",
          "", why="The paper's voice.",
          f=[("two days", "2")]),
    ],
    [S("Read more: Beaumont Street venues sign 12-month alcohol accord after string of assaults",
       N, why="'Read more' link line: no CLAIM; the hyphenated compound is a FIGURE.",
       f=[("12-month", "12")])],
    [S("Keswick, who is 193 centimetres tall and weighed about 110 kilograms at the time, recorded a blood alcohol concentration of 0.146 when he was breath-tested about two hours later.",
       "", why="Trial evidence continuing in the paper's voice. Measurements keep their unit; the reading is the bare number.",
       f=[("193 centimetres", "193"), ("about 110 kilograms", "110"), ("0.146", "0.146"), ("about two hours", "2")])],
    [
        S("Ms Morrissey told Judge Roslyn Tapper that Liam had put down a $5,000 deposit on his first car the week before he died.",
          "Ms Morrissey", why="Reported speech from a victim impact statement; honorific kept (ACM style). The judge is the audience. 'first' is an ordinal.",
          f=[("$5,000", "5000")]),
        S("“He was our whole world,” she said, her voice breaking.",
          N, why="Quotation plus tag: grief. 'she' resolves by sense to Ms Morrissey (not the nearer-named judge).",
          q=[("“He was our whole world,”", "Ms Morrissey")]),
        S("“Now there is a hole in every room of our house.”",
          N, why="Continuation quotation: grief, a figure of speech.",
          q=[("“Now there is a hole in every room of our house.”", "Ms Morrissey")]),
    ],
    {"s": [
        S("“I have to drive past that hotel to get to work.",
          "Ms Morrissey", why="First sentence of a three-sentence quotation with no tag (speaker from the previous paragraph): a checkable fact about her route."),
        S("I don’t know how to stop being his mum.",
          N, why="A feeling."),
        S("Since August I have taken 41 days of sick leave, because some mornings I cannot get out of bed.”",
          "Ms Morrissey", why="A checkable first-hand fact (sick leave taken).",
          f=[("41 days", "41")]),
    ], "q": [("“I have to drive past that hotel to get to work. I don’t know how to stop being his mum. Since August I have taken 41 days of sick leave, because some mornings I cannot get out of bed.”", "Ms Morrissey")]},
    [S("Liam’s sister, Jess Morrissey, 19, said she had deferred her nursing degree and had not slept through the night since the attack.",
       "Jess Morrissey", why="Reported speech; the description goes, the bare age is a FIGURE.",
       f=[("19", "19")])],
    [
        S("“You didn’t just take my brother,” she told Keswick.",
          N, why="Quotation plus tag: rhetoric addressed to the offender. 'she' resolves to Jess Morrissey.",
          q=[("“You didn’t just take my brother,”", "Jess Morrissey")]),
        S("“You took my best friend, and the person who was meant to walk me down the aisle.”",
          N, why="Continuation quotation: grief.",
          q=[("“You took my best friend, and the person who was meant to walk me down the aisle.”", "Jess Morrissey")]),
    ],
    [
        S("In his statement, read by Mr Vale, Graham Morrissey said he had worked as a boilermaker for 31 years and had taught Liam to fish off the Stockton breakwall.",
          "Graham Morrissey", why="The statement is the father's though the prosecutor read it (eval8).",
          f=[("31 years", "31")]),
        S("“I used to think I was a strong man,” the statement said.",
          N, why="Quotation plus tag: a feeling; 'the statement' is the father's.",
          q=[("“I used to think I was a strong man,”", "Graham Morrissey")]),
        S("“I am not.”",
          N, why="Three-word continuation quotation: a QUOTE, but a feeling.",
          q=[("“I am not.”", "Graham Morrissey")]),
    ],
    [S("Keswick, who has been in custody since the day after the attack, appeared by audio-visual link from Cessnock Correctional Centre and kept his head down as the statements were read.",
       "", why="An observed event in court, in the paper's voice (eval9's 'showed no reaction').")],
    [S("Mr Vale told the court the offence sat in the middle range of objective seriousness and asked for a head sentence of at least nine years, with a non-parole period of six years and nine months.",
       "Mr Vale", why="The Crown's submission; a compound term is two FIGUREs (eval12, eval14).",
       f=[("at least nine years", "9"), ("six years", "6"), ("nine months", "9")])],
    [
        S("“This was not a fight,” Mr Vale said.",
          N, why="Quotation plus tag: the Crown's characterisation.",
          q=[("“This was not a fight,”", "Mr Vale")]),
        S("“Liam never raised his hands, and he was walking away when he was struck.”",
          "Mr Vale", why="Continuation quotation asserting what the CCTV showed: checkable.",
          q=[("“Liam never raised his hands, and he was walking away when he was struck.”", "Mr Vale")]),
    ],
    [S("Keswick’s barrister, Odette Brankovic, said her client, a father of two who works as a scaffolder, had no previous convictions for violence and had written a letter of apology to the Morrissey family.",
       "Odette Brankovic", why="The defence's submission; job description dropped. 'a father of two' counts children who are not named after it: bare FIGURE.",
       f=[("two", "2")])],
    [
        S("Ms Brankovic asked for a head sentence of no more than six years, citing his early guilty plea.",
          "Ms Brankovic", why="The defence's submission; 'no more than' is an approximator.",
          f=[("no more than six years", "6")]),
        S("Under NSW law, an offender who pleads guilty before committal for trial is entitled to a 25 per cent discount on their sentence.",
          "", why="Background law in the paper's voice (eval14).",
          f=[("25 per cent", "25")]),
        S("Manslaughter carries a maximum penalty of 25 years’ imprisonment.",
          "", why="Background law in the paper's voice; the possessive apostrophe stays out of the span.",
          f=[("25 years", "25")]),
    ],
    [S("In the letter, which Ms Brankovic read to the court, Keswick said he thought about Liam “every hour of every day” and would “carry this for the rest of my life”.",
       "Keswick", why="Reported speech from the offender's letter (his words, read by his barrister) with two partial quotations; the full stop sits outside the second.",
       q=[("“every hour of every day”", "Keswick"), ("“carry this for the rest of my life”", "Keswick")])],
    [
        S("Judge Tapper thanked the family and said the statements would be “given proper weight” when she decided the sentence.",
          "Tapper", why="The judge's remark passed on; 'Judge' dropped. Three-word partial quotation.",
          q=[("“given proper weight”", "Tapper")]),
        S("She will sentence Keswick on April 17.",
          "", why="A fixed court date in the paper's voice (eval14); 'April 17' is a date."),
    ],
    [S("Outside court, Ms Morrissey said the Liam Morrissey Foundation had raised more than $38,000 in its first six months to buy tools for apprentices.",
       "Ms Morrissey", why="Reported speech; 'first' is an ordinal before the duration.",
       f=[("more than $38,000", "38000"), ("six months", "6")])],
    [S("A NSW Police spokesperson said officers had laid 62 assault charges in Hamilton and Newcastle West in the 12 months to February, down from 87 the year before.",
       "NSW Police spokesperson", why="An unnamed spokesperson keeps the description without the article (eval14). The earlier count's noun does not follow: bare '87'.",
       f=[("62 assault charges", "62"), ("12 months", "12"), ("87", "87")])],
    [
        S("Need support?", N, why="Help-line boilerplate."),
        S("Lifeline: 13 11 14", N, why="Help-line boilerplate; the phone number is no FIGURE."),
    ],
])

# ---------------------------------------------------------------------------
# 2. eugene_cold_case_genealogy_arrest: US local TV station site, straight
#    quotes and apostrophes, "\n", news conference on an arrest
# ---------------------------------------------------------------------------
ARTICLES["eugene_cold_case_genealogy_arrest"] = dict(nl="\n", paras=[
    [S('''KWLV 11 News | Eugene''', N, why="Station line; '11' is part of the station's name.")],
    [S('''Police arrest Springfield man, 58, in 2009 killing of Eugene nursing student after DNA match''',
       N, why="Headline: no CLAIM; the bare age is a FIGURE, '2009' a year.",
       f=[("58", "58")])],
    [S('''by Brianna Solis''', N, why="Byline.")],
    [S('''Thu, March 12th 2026, 4:52 PM PDT''', N, why="Stamp: a date (with the ordinal day) and a clock time.")],
    [
        S('''Eugene Police Chief Marisol Quintero speaks at a news conference on Thursday, March 12, 2026.''',
          N, why="Photo caption."),
        S('''(KWLV)''', N, why="Photo credit."),
    ],
    [
        S('''EUGENE, Ore. (KWLV) —''', N, why="Dateline: its own item before the lede."),
        S('''A 58-year-old Springfield man has been arrested in the 2009 killing of a Eugene nursing student, a case that went unsolved for more than 16 years until investigators traced DNA from the scene through a public genealogy database, Eugene police announced Thursday.''',
          "Eugene police", why="The lede passes on the police announcement; the form the sentence uses.",
          f=[("58-year-old", "58"), ("more than 16 years", "16")]),
    ],
    [
        S('''Darren Lee Whitcomb was booked into the Lane County Jail late Wednesday on one count of second-degree murder and one count of first-degree burglary, jail records show.''',
          "jail records", why="A document source without an author (eval14). 'one count' twice; 'second-degree' and 'first-degree' are ordinal compounds in charge names.",
          f=[("one count", "1", 1), ("one count", "1", 2)]),
        S('''He is being held without bail.''', "", why="No tag: the station's voice."),
    ],
    [
        S('''Kayla Benson, 22, was found dead in her apartment on East 19th Avenue on Oct. 4, 2009, two days after she last spoke to her mother by phone.''',
          "", why="Background in the station's voice; 'East 19th Avenue' is an address, the date no FIGURE.",
          f=[("22", "22"), ("two days", "2")]),
        S('''She had been strangled, according to the Lane County Medical Examiner's Office.''',
          "Lane County Medical Examiner's Office", why="'according to' a named office."),
    ],
    [S('''At a news conference at police headquarters Thursday afternoon, Police Chief Marisol Quintero said detectives had never stopped working the case.''',
       "Marisol Quintero", why="Reported speech; 'Police Chief' dropped.")],
    [
        S('''"Kayla's family has waited more than 16 years for this phone call," Quintero said.''',
          "Quintero", why="Quotation plus tag asserting a checkable length of time.",
          q=[('''"Kayla's family has waited more than 16 years for this phone call,"''', "Quintero")],
          f=[("more than 16 years", "16")]),
        S('''"I hope today brings them some measure of peace."''',
          N, why="Continuation quotation: a hope.",
          q=[('''"I hope today brings them some measure of peace."''', "Quintero")]),
    ],
    [S('''Quintero said the department's cold case unit, which has two detectives, is working 41 unsolved homicides dating back to 1970.''',
       "Quintero", why="Reported speech. The adjective 'unsolved' ends the span: '41'; '1970' a year.",
       f=[("two detectives", "2"), ("41", "41")])],
    [
        S('''Det. Sgt. Paul Herrick, who has led the Benson investigation since 2017, said investigators had followed up on more than 1,400 tips over the years and had collected DNA samples from 63 men, none of whom matched.''',
          "Paul Herrick", why="Reported speech; the rank is a title and is dropped.",
          f=[("more than 1,400 tips", "1400"), ("63 men", "63")]),
        S('''For years, detectives believed the killer was a man aged between 25 and 40 who lived near the University of Oregon campus, he said.''',
          "Paul Herrick", why="'he' resolves to the detective named in the preceding sentence. An age range is one FIGURE.",
          f=[("between 25 and 40", "25-40")]),
    ],
    [
        S('''In 2024, the Eugene Police Department sent a DNA profile developed from evidence at the scene to Cascadia Forensic Genomics, a private lab in Portland, paying for the work with about $18,500 raised by Benson's former classmates.''',
          "", why="No tag: the station's voice.",
          f=[("about $18,500", "18500")]),
        S('''The department said the lab's genealogists built a family tree of more than 2,300 people and narrowed the search to three brothers living in Lane County.''',
          "Eugene Police Department", why="'The department' resolves to the name in the preceding sentence.",
          f=[("more than 2,300 people", "2300"), ("three brothers", "3")]),
    ],
    [
        S('''Detectives then collected a coffee cup Whitcomb threw away outside a Springfield hardware store in January, and the Oregon State Police crime lab matched DNA on the cup to the crime scene profile on Feb. 27, according to a probable cause affidavit.''',
          "probable cause affidavit", why="'according to' a document: its description without the article; 'Feb. 27' a date."),
        S('''The affidavit says the chance that the DNA came from someone other than Whitcomb is less than 1 in 10 billion.''',
          "affidavit", why="The document as the sentence names it (eval14). An 'X in Y' share is one FIGURE valued as a decimal (eval13, eval17).",
          f=[("less than 1 in 10 billion", "0.0000000001")]),
    ],
    [S('''Lane County District Attorney Renee Ostrander said her office would ask a grand jury next week to indict Whitcomb on a charge of aggravated murder, which can carry a sentence of life without parole in Oregon.''',
       "Renee Ostrander", why="Reported plan; the office title is dropped; the law in the relative clause stays inside her reported speech.")],
    [
        S('''"This case is 16 years old, and it is the oldest homicide my office has charged since I was elected," Ostrander said.''',
          "Ostrander", why="Quotation plus tag asserting checkable facts. 'old' is not the unit: '16 years'.",
          q=[('''"This case is 16 years old, and it is the oldest homicide my office has charged since I was elected,"''', "Ostrander")],
          f=[("16 years", "16")]),
        S('''"It will not be the last."''',
          N, why="Continuation quotation: a prediction.",
          q=[('''"It will not be the last."''', "Ostrander")]),
    ],
    [S('''Ostrander declined to say whether investigators believe Whitcomb knew Benson, citing the pending case.''',
       "", why="A checkable non-statement in the station's voice (eval12's 'declined to comment').")],
    [
        S('''Two law enforcement sources who were not authorized to speak publicly told KWLV 11 that Whitcomb did maintenance work at Benson's apartment complex in 2009.''',
          "law enforcement sources", why="Unnamed sources keep their description without the number (eval17); the count is a FIGURE with its noun-noun compound. The station is the audience.",
          f=[("Two law enforcement sources", "2")]),
        S('''Police have not confirmed that.''', "", why="A checkable non-statement in the station's voice."),
    ],
    [S('''Court records show Whitcomb was convicted of second-degree assault in Douglas County in 1996 and served 14 months in prison.''',
       "Court records", why="A document source without an author (eval14); 'second-degree' an ordinal compound.",
       f=[("14 months", "14")])],
    [S('''The Oregon State Police said in a statement that the Benson case was the 12th in the state solved with investigative genetic genealogy since 2018.''',
       "Oregon State Police", why="An organisation's statement; '12th' is an ordinal, '2018' a year.")],
    [
        S('''A public defender assigned to Whitcomb did not respond to a request for comment Thursday.''',
          "", why="A checkable non-statement in the station's voice (eval10-eval12)."),
        S('''He is scheduled to be arraigned Friday at 1:30 p.m. in Lane County Circuit Court.''',
          "", why="A fixed court date (eval14); '1:30 p.m.' a clock time."),
    ],
    [S('''Benson's younger sister, Megan Benson-Tate, stood behind Quintero throughout the news conference.''',
       "", why="An observed event in the station's voice.")],
    [
        S('''"I was 15 when Kayla died, and I'm 31 now," she told reporters afterward.''',
          "Megan Benson-Tate", why="Quotation plus tag asserting checkable ages; 'she' resolves to Megan Benson-Tate. Bare ages are FIGUREs.",
          q=[('''"I was 15 when Kayla died, and I'm 31 now,"''', "Megan Benson-Tate")],
          f=[("15", "15"), ("31", "31")]),
        S('''"I don't know what I feel yet."''',
          N, why="Continuation quotation: a feeling.",
          q=[('''"I don't know what I feel yet."''', "Megan Benson-Tate")]),
    ],
    [
        S('''The Benson family had offered a reward of up to $25,000 for information in the case.''',
          "", why="The station's voice; 'up to' is an approximator.",
          f=[("up to $25,000", "25000")]),
        S('''A police spokesperson said it was not yet clear whether anyone would receive it.''',
          "police spokesperson", why="An unnamed spokesperson keeps the description without the article (eval14)."),
    ],
    [S('''Anyone with information about the case is asked to call Eugene police at 541-555-0190.''',
       N, why="Tip-line appeal (boilerplate); the phone number is no FIGURE.")],
    [S('''Related: Eugene City Council approves 6 new detective positions for cold case work''',
       N, why="Related-link line: no CLAIM; the adjective 'new' ends the span.",
       f=[("6", "6")])],
    [
        S('''Copyright 2026 KWLV 11.''', N, why="Copyright footer."),
        S('''All rights reserved.''', N, why="Copyright footer."),
    ],
])

# ---------------------------------------------------------------------------
# 3. kitchener_rooming_house_fire_inquest: CTV News-style Canadian story,
#    curly quotes and apostrophes, "\r\n" (CRLF), coroner's inquest verdict
#    and fire investigation, "• " recommendation bullets
# ---------------------------------------------------------------------------
ARTICLES["kitchener_rooming_house_fire_inquest"] = dict(nl="\r\n", paras=[
    [S("Kitchener", N, why="Region label.")],
    [S("Inquest jury makes 23 recommendations after e-bike battery fire killed 3 in Kitchener rooming house",
       N, why="Headline: no CLAIM; FIGUREs marked. The bare '3' is the second '3' in the line (the first is inside '23').",
       f=[("23 recommendations", "23"), ("3", "3", 2)])],
    [S("Nadia Ferreira, CTV News Kitchener Multi-Platform Journalist", N, why="Byline with job line.")],
    [S("Published Thursday, March 12, 2026 6:05PM EDT", N, why="Stamp: a date and a clock time.")],
    [S("Last Updated Thursday, March 12, 2026 7:41PM EDT", N, why="Stamp: a date and a clock time.")],
    [
        S("Firefighters work at the scene of a fatal fire at a rooming house on Weber Street East in Kitchener on Jan. 18, 2024.",
          N, why="Photo caption."),
        S("(Supplied)", N, why="Photo credit."),
    ],
    [S("A coroner’s jury has ruled that the deaths of three men in a Kitchener rooming house fire two years ago were accidental, after hearing that a lithium-ion battery left charging in a hallway overheated and set a row of e-bikes alight.",
       "", why="The jury's verdict reported as an act, in the outlet's voice (as eval14's court acts). First count of the dead in the body: FIGURE.",
       f=[("three men", "3"), ("two years", "2")])],
    [S("The five-member jury delivered its verdict Thursday at the end of an eight-day inquest, making 23 recommendations aimed at the province, the City of Kitchener and the Office of the Fire Marshal.",
       "", why="The verdict and recommendations as events in the outlet's voice; hyphenated compounds.",
       f=[("five-member", "5"), ("eight-day", "8"), ("23 recommendations", "23")])],
    [S("Dale Armitage, 63, Luis Cordero, 41, and Stephen Maki, 56, died of smoke inhalation in the fire at the three-storey house on Weber Street East on Jan. 18, 2024.",
       "", why="The outlet's voice. Bare ages are FIGUREs; 'three-storey' a hyphenated compound; the date none.",
       f=[("63", "63"), ("41", "41"), ("56", "56"), ("three-storey", "3")])],
    [S("Mark Delaney, an investigator with the Office of the Fire Marshal, testified last week that the fire started at about 3:10 a.m. in a second-floor hallway, where a tenant had left a 48-volt e-bike battery charging on a power bar for four to six hours.",
       "Mark Delaney", why="Reported testimony; job description dropped. '3:10 a.m.' is a clock time, 'second-floor' an ordinal compound; a range is one FIGURE.",
       f=[("48-volt", "48"), ("four to six hours", "4-6")])],
    [S("The battery went into what Delaney called “thermal runaway,” a chain reaction in which damaged cells heat one another, and the fire spread to two other e-bikes and a mobility scooter parked beside it, he said.",
       "Delaney", why="Reported testimony with a two-word partial quotation given as his words (trailing comma inside). 'one another' is a pronoun; the adjective 'other' ends the span: 'two'.",
       q=[("“thermal runaway,”", "Delaney")],
       f=[("two", "2")])],
    [
        S("“Within about four minutes, the hallway was at more than 600 degrees Celsius at the ceiling,” Delaney told the jury.",
          "Delaney", why="Quotation plus tag asserting checkable findings; the temperature keeps its two-word unit.",
          q=[("“Within about four minutes, the hallway was at more than 600 degrees Celsius at the ceiling,”", "Delaney")],
          f=[("about four minutes", "4"), ("more than 600 degrees Celsius", "600")]),
        S("“Nobody on that floor had a chance.”",
          N, why="Continuation quotation: a characterisation.",
          q=[("“Nobody on that floor had a chance.”", "Delaney")]),
    ],
    [S("Only two of the building’s six smoke alarms were working that night, and none of its 11 bedrooms had a fire-rated door, the inquest heard.",
       "", why="'the inquest heard' names nobody who asserts it: claimant empty (as 'the court heard', eval12/eval14). 'two' is bare (its noun does not follow).",
       f=[("two", "2"), ("six smoke alarms", "6"), ("11 bedrooms", "11")])],
    [S("The house was licensed by the city as a lodging house for up to 10 tenants, but 14 people were living there at the time of the fire, according to testimony from a city bylaw officer.",
       "city bylaw officer", why="'according to testimony from' an unnamed witness: the witness's description without the article.",
       f=[("up to 10 tenants", "10"), ("14 people", "14")])],
    [S("A tenant who escaped by climbing out of a second-floor window, and who asked that her name not be published, testified that she never heard an alarm.",
       "tenant", why="An unnamed witness keeps the description without the article; 'second-floor' an ordinal compound.")],
    [
        S("The building’s owner, Vernon Pettigrew, told the inquest he had not known tenants were keeping e-bikes inside and had replaced the smoke alarms in 2022.",
          "Vernon Pettigrew", why="Reported testimony; the description goes; '2022' a year."),
        S("He was fined $45,000 last year after pleading guilty to three charges under Ontario’s Fire Protection and Prevention Act.",
          "", why="A court outcome in the outlet's voice.",
          f=[("$45,000", "45000"), ("three charges", "3")]),
    ],
    [S("Among the jury’s recommendations:", N, why="Lead-in to a list: no content of its own.")],
    [
        S("•", N, why=BULLET),
        S("that Ontario require lithium-ion batteries for e-bikes and e-scooters sold in the province to be certified to a recognized safety standard",
          "", why="Fragment bullet completing the lead-in: what the jury recommended (checkable); the verdict's recommendations are in the outlet's voice."),
    ],
    [
        S("•", N, why=BULLET),
        S("that fire services inspect every licensed lodging house at least once every 12 months",
          "", why="Fragment bullet completing the lead-in. 'every 12 months' holds a duration; 'at least once' no FIGURE.",
          f=[("12 months", "12")]),
    ],
    [
        S("•", N, why=BULLET),
        S("that the City of Kitchener double its team of four lodging house inspectors",
          "", why="Fragment bullet completing the lead-in; a noun-noun compound stays in the span, 'double' is no FIGURE.",
          f=[("four lodging house inspectors", "4")]),
    ],
    [
        S("•", N, why=BULLET),
        S("that landlords be required to ban the charging of e-bikes in hallways, stairwells and any other exit route",
          "", why="Fragment bullet completing the lead-in."),
    ],
    [S("Presiding coroner Dr. Karen Ostrowski told jurors the recommendations are not binding, but that the agencies named in them are asked to respond within six months.",
       "Dr. Karen Ostrowski", why="The coroner's remarks passed on; 'Presiding coroner' is the office, 'Dr.' kept. 'within' is no approximator.",
       f=[("six months", "6")])],
    [S("Maki’s daughter, Renée Maki-Lindqvist, who attended every day of the inquest, said her father had moved into the house eight months before the fire after losing his job at a Cambridge auto parts plant.",
       "Renée Maki-Lindqvist", why="Reported speech; the description goes, the diacritic stays.",
       f=[("eight months", "8")])],
    {"s": [
        S("“He told me the hallway was full of bikes,” she said.",
          "Renée Maki-Lindqvist", why="Quotation plus tag: a first-hand account, checkable. 'she' resolves to Renée Maki-Lindqvist.",
          q=[("“He told me the hallway was full of bikes,”", "Renée Maki-Lindqvist")]),
        S("“He told me twice.",
          "Renée Maki-Lindqvist", why="First sentence of a two-sentence quotation after the tag: a first-hand account; 'twice' is no FIGURE."),
        S("I wish I had called somebody.”",
          N, why="A wish."),
    ], "q": [("“He told me twice. I wish I had called somebody.”", "Renée Maki-Lindqvist")]},
    [
        S("In a statement, the City of Kitchener said it had received the recommendations and would bring a report to council by June.",
          "City of Kitchener", why="An organisation's statement, reported."),
        S("“We owe it to these three men and their families to get this right,” the statement said.",
          N, why="Quotation plus tag: a pledge. 'these three men' refers back to the victims: no FIGURE. The statement is the city's.",
          q=[("“We owe it to these three men and their families to get this right,”", "City of Kitchener")]),
    ],
    [S("According to the Office of the Fire Marshal, lithium-ion batteries were linked to 212 fires in Ontario in 2025, up 38 per cent from the year before, and to at least nine deaths.",
       "Office of the Fire Marshal", why="'According to' a named office.",
       f=[("212 fires", "212"), ("38 per cent", "38"), ("at least nine deaths", "9")])],
    [
        S("Kitchener Fire Chief Brad Oakes said his department had already responded to 17 battery-related fires this year, including one on Monday at a townhouse on Fischer-Hallman Road.",
          "Brad Oakes", why="Reported speech; title dropped. The adjective 'battery-related' ends the span; 'including one' is a pronoun.",
          f=[("17", "17")]),
        S("“If it’s charging, somebody should be awake and in the room,” Oakes said.",
          N, why="Quotation plus tag: advice.",
          q=[("“If it’s charging, somebody should be awake and in the room,”", "Oakes")]),
    ],
    [S("RELATED STORIES", N, why="Block heading.")],
    [S("Kitchener fire chief warns about e-bike batteries after 3rd fire in a week",
       N, why="Related-story headline; '3rd' an ordinal, 'a week' has the article.")],
    [S("Landlord fined $45,000 over deadly rooming house fire in Kitchener",
       N, why="Related-story headline: no CLAIM; FIGURE marked.",
       f=[("$45,000", "45000")])],
])
