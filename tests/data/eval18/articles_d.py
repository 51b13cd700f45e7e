"""Held-out articles, set D (writer d): three original health, science and
international-affairs stories written for the eighteenth evaluation set,
as text scraped off an agency website and news websites with the page
furniture a scraper keeps (cf. /work/shared/corpus), at ordinary density
for that beat. Real public bodies and publications appear as those pages
would name them (the European Centre for Disease Prevention and Control
(ECDC), Santé publique France, Italy's Istituto Superiore di Sanità, the
World Health Organization; Amsterdam UMC, JAMA Pediatrics, the University
of Michigan, Lund University, the Centers for Disease Control and
Prevention, the Netherlands Organisation for Health Research and
Development, the AP's support boilerplate; Mozambique's National Institute
for Disaster Risk Management and Reduction (INGD), OCHA, the World Food
Programme, UNICEF, the UN's Central Emergency Response Fund, the European
Union, the Food and Agriculture Organization, the SADC Secretariat, AFP),
but the events (the 2026 chikungunya season and its figures, the
classroom air-purifier trial and its results, Cyclone Ilona and the
response to it), every figure for them and every quoted or reported word
are invented; the ECDC section head, the study's lead author and both
outside experts, the OCHA head of office, the health minister, the
cyclone survivor, the reporter and the photographers are invented people.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md, the
corpus gold and the judgement calls of the earlier sets (eval3-eval17)
where they apply, above all eval13's and eval16's statistics and eval16's
and eval17's wire furniture.

`ecdc_chikungunya_local_cases` is an ECDC-style news story on the agency's
own website (the weekly update on locally acquired chikungunya in the
EU/EEA: country totals, a regional breakdown table flattened into lines,
hospitalisations, a death, ages, travel-associated cases, a WHO figure,
national institutes' measures, the agency's risk assessment, a section
head quoted over a tag sentence and a two-sentence continuation) with
straight double quotes and straight apostrophes, "\\n" line ends: site
line, `News story` label, headline, date stamp, headings, table title
and table lines with a `Source:` line, and a `Read more:` line.
`classroom_air_purifiers_trial` is an AP medical-desk wire story (an
invented cluster-randomised trial of HEPA air purifiers in Dutch primary
classrooms, published in JAMA Pediatrics: sample sizes, an age range, a
rate ratio and a relative risk with 95% CIs, a percentage reduction, a
subgroup above a CO2 threshold, costs in euros with a dollar conversion;
the lead author, two outside experts, the CDC) with curly double quotes
and curly apostrophes and a curly single-quoted headline quotation,
"\\n\\n" line ends: section line, headline, capitalised AP byline,
`Updated ... EDT` stamp, a `FILE -` caption with an `(AP Photo/...,
File)` credit, a `NEW YORK (AP) —` dateline and the AP Health and Science
Department support boilerplate.
`mozambique_cyclone_ilona_appeal` is an AFP story as a France 24-style
site carries it (an invented cyclone in central Mozambique: the toll from
the disaster agency, OCHA's head of office, WFP airlifts and stocks in
tonnes, UNICEF's damage count, the health minister on cholera, a CERF
release and donor pledges reported by anonymous diplomats, the EU and
British aid, an unnamed senior UN official, FAO crop losses, a SADC
ministers' meeting, a survivor) with straight double quotes and straight
apostrophes, "\\r\\n" (CRLF) line ends: section line, headline, an
`Issued on: ... Modified: ...` stamp, a caption with a `© Name, AFP`
credit, an `Advertising` slot, a `Beira (Mozambique) (AFP) –` dateline, an
inline `Read more` link and the `© 2026 AFP` footer.

Judgement calls made where the guidelines leave room (earlier sets' calls
followed: approximators inside the span, `up to`, `above`, `within`
among them (eval16, eval17d); years, dates, clock times and ordinals no
FIGUREs; numbers inside names (`COVID-19`) no FIGUREs; titles and job
descriptions dropped, honorifics kept (`Dr.`); a bare number whose
counted noun does not follow is a FIGURE of the number alone; an
adjective or a proper-noun modifier between number and noun ends the span
(`Four EU/EEA countries` -> `Four`, `16 EU/EEA countries` -> `16`, `412
locally acquired cases` -> `412`, `more than 1,900 travel-associated
cases`, `more than 240,000 suspected cases`, `27 suspected cholera cases`,
`at least five major storms`), a noun modifier stays (`2.9 school days`,
`37 health centres`); numerals referring back to a known group are no
FIGUREs; a range is one FIGURE `low-high`; a bracketed conversion is a
second FIGURE; fractions without a number word (`a third`, `more than a
third`, `Half the classrooms`) are no FIGUREs; headline, dek, section and
site lines, labels, stamps, bylines, captions and credits, datelines,
headings, table title and lines, `Source:`, `Read more` lines, ad
slots, boilerplate and footers get no CLAIM, their QUOTEs and FIGUREs
are marked; the outlet's own reporting has an empty claimant, as in the
corpus gold and every earlier set). New or beat-specific calls:
- An agency's page in its own voice: the ECDC story's untagged sentences
  (totals, the table, severity, the risk assessment) are the page's own
  reporting, claimant empty; `ECDC assesses ... as high ... as low` on
  ECDC's own page is the page's voice naming itself, claimant empty (as
  eval17c's `The Associated Press declared ...` in an AP story). The
  lede's `according to data submitted to ECDC by national public health
  authorities` passes on the authorities' data: claimant `national public
  health authorities` (unnamed, the description kept, eval15's
  `Scientists`).
- The regional table follows eval13/eval17c: its title, the lines and the
  `Source:` line are table furniture (no CLAIM); each line gives two
  FIGUREs, the cases with their noun and the outbreaks in brackets (`163
  cases`, `24 outbreaks`; `1 outbreak` -> 1). `a total of 412` -> `412`
  (`a total of` is no approximator, as eval14's `an average of`); `Of the
  412 cases` later refers back to that total: no FIGURE. `one death` and
  `one outbreak` are counts (value 1), not the pronoun `one`; `a single`
  holds no number word. `54 years (range 3-92 years)` gives the median
  age and the range as one FIGURE (`3-92`), the label `range` out.
  `within 48 hours` keeps `within` (eval17d); `7 to 10 days` is a range.
- National bodies keep their own-language names without the bracketed
  abbreviation (`Istituto Superiore di Sanità`; `The institute said` ->
  that name at its nearest mention); `Santé publique France` as printed.
- Study reporting (eval16a, eval13): the lede's `researchers in the
  Netherlands reported` names no institution yet: claimant `researchers
  in the Netherlands` (the description, as eval17d's `rail accident
  investigators`); after `The study, led by Amsterdam UMC ...`, `the
  researchers found` and `the authors said` -> `Amsterdam UMC` (the
  research team named by its institution). Untagged result sentences
  that continue the numbers are the outlet's voice. `rate ratio of 0.82`
  and `relative risk 0.79` -> the numbers alone, the CIs `0.74 to 0.91`
  and `0.63 to 0.99` one range each, `95%` names the kind of interval (no
  FIGURE). `above 1,500 parts per million` keeps its approximator and
  unit (value 1500); `nearly 30%`; `about 350 euros ($380)` two FIGUREs;
  `roughly 60 euros a year` ends before `a year`; `About 1 in 4 U.S.
  public schools` -> `About 1 in 4` (0.25, the proper-noun modifier ends
  it); `about 22 million school days` keeps its noun-noun counted noun.
  `two air purifiers with HEPA filters` -> `two air purifiers`; `two
  winters` is a count; `both winters` no number word.
- Quoted scientists: `said Dr. Sanne de Vries` -> `Dr. Sanne de Vries`,
  the tagless continuation paragraph after it likewise; `De Vries said`
  -> `De Vries` (sentence-initial capital as printed). `called the trial
  “one of the most rigorous tests yet”` passes on a position (eval16a's
  `called the launch price`): CLAIM, the partial quotation a QUOTE, and
  `one of` in it is the pronoun. The AP headline's `‘they’re not magic’`
  is a QUOTE given to `Dr. Thomas Okerlund`, as named at his naming
  mention in the body (eval16a, eval17a); its apostrophe is the same
  character as the closing mark. `The agency has estimated` after the CDC
  sentence -> `Centers for Disease Control and Prevention`. `Not everyone
  was convinced the results would carry over.` is a state of affairs in
  the outlet's voice (eval15's `Private economists were more cautious`).
- Quotation plus tag: CLAIM when the quoted words assert something
  checkable (Drost's outbreak count and new municipalities, the mosquito
  in 16 countries, the course of the illness; de Vries's subgroup results;
  the health minister's 500,000 doses and no boats; Carvalho's villages
  not reached; the survivor's account, all three sentences); no CLAIM for
  predictions, advice, opinions and hedges (Drost's `we should expect
  ...`, de Vries's `That tells you where to put them first.`, Okerlund's
  two sentences, Lindahl's question and `We don’t know yet`). A quotation
  holding a question and a statement is one QUOTE over two sentences
  (paragraph dict), the question sentence no CLAIM.
- Humanitarian wire: the lede's `the national disaster agency said` keeps
  its description (`national disaster agency`), then `the National
  Institute for Disaster Risk Management and Reduction (INGD) said` and
  its `It said` -> the full name, abbreviation out. `The World Food
  Programme (WFP) said` and `the agency warned` -> `World Food
  Programme`; `UNICEF said` -> `UNICEF`; `Health Minister Armindo Tembe
  told reporters` -> `Armindo Tembe`, `he said` -> the same. `according
  to two diplomats who attended` -> `diplomats`, and `two diplomats` is a
  FIGURE (eval17b); a sentence mixing a UN act with the diplomats'
  account of pledges takes the attributed part's claimant (eval9). `The
  European Union announced ...` passes on its announcement (eval15):
  `European Union`. `A British government spokeswoman` -> `British
  government spokeswoman`; `A senior UN official, who asked not to be
  named ...` -> `senior UN official`, his partial quotation a QUOTE by
  the same description. `According to the Food and Agriculture
  Organization` -> that name. `the SADC Secretariat said` and the next
  sentence's `it said` -> `SADC Secretariat`. A survivor quoted with her
  age: bare age after the name is a FIGURE (`43`).
- Relief figures: `86 tonnes`, `4,500 tonnes` (`a further` stays out),
  `about 175 km/h (110 mph)` two FIGUREs with their units (eval17d),
  `more than 400 millimetres`, `48 hours`, `within three weeks`, `about
  3,800 people`, `four aircraft`, `15 million euros`, `8 million pounds
  ($10.2 million)` two FIGUREs, `20,000 families`, `about 280,000
  hectares`, `children under five` -> `under five` (eval16a). `more than
  1.1 million people`, `$310 million`, `$20 million`, `$64 million`.
  `one of the African countries` is the pronoun `one`.
- Not claims besides furniture: `Transmission is expected to continue
  ...` and `More rain is forecast ...` (unattributed expectations), the
  ECDC page's impersonal travel advice, `It is not yet clear how many ...`
  (a hedge stating an uncertainty).
"""
from gold_script import N, S

ARTICLES = {}

TABLE = "Table line: table furniture, no CLAIM (eval13/eval17c); its FIGUREs are marked."

# ---------------------------------------------------------------------------
# 1. ecdc_chikungunya_local_cases: ECDC-style news story on the agency's
#    site, straight quotes, "\n", regional table flattened into lines
# ---------------------------------------------------------------------------
ARTICLES["ecdc_chikungunya_local_cases"] = dict(nl="\n", paras=[
    [S('''European Centre for Disease Prevention and Control''', N, why="Site line.")],
    [S('''News story''', N, why="Label.")],
    [S('''Chikungunya in Europe: 23 new local outbreaks in a week as cases pass 400''',
       N, why="Headline: no CLAIM; its FIGUREs are marked. The adjective 'new' ends the first span; '400' counts cases named before it: bare number. 'a week' has the article.",
       f=[("23", "23"), ("400", "400")])],
    [S('''14 Aug 2026''', N, why="Date stamp.")],
    [
        S('''Four EU/EEA countries have reported a total of 412 locally acquired cases of chikungunya virus disease since the start of the 2026 transmission season, according to data submitted to ECDC by national public health authorities.''',
          "national public health authorities", why="Passes on the authorities' data: unnamed source keeps its description. Proper-noun modifier ends 'Four'; 'a total of' is no approximator and the adjective ends '412'; '2026' a year.",
          f=[("Four", "4"), ("412", "412")]),
        S('''Local transmission of the virus in mainland Europe was first documented in Italy in 2007.''',
          "", why="Background in the page's own voice; 'first' an ordinal, '2007' a year."),
    ],
    [
        S('''France has reported 361 cases in 58 outbreaks, Italy 39 cases in nine outbreaks, Spain eight cases in three outbreaks and Portugal four cases in one outbreak.''',
          "", why="The page's own reporting (untagged). 'one outbreak' is a count, not the pronoun.",
          f=[("361 cases", "361"), ("58 outbreaks", "58"), ("39 cases", "39"), ("nine outbreaks", "9"),
             ("eight cases", "8"), ("three outbreaks", "3"), ("four cases", "4"), ("one outbreak", "1")]),
        S('''Twenty-three outbreaks were first identified in the week to 12 August, compared with 17 in the previous week.''',
          "", why="The page's own reporting. '17' counts outbreaks not repeated after it: bare number; '12 August' a date.",
          f=[("Twenty-three outbreaks", "23"), ("17", "17")]),
    ],
    [S('''Regional breakdown''', N, why="Heading.")],
    [S('''Locally acquired chikungunya cases by region of probable infection, EU/EEA, 2026 season (data as of 12 August)''',
       N, why="Table title: no FIGURE (a year and a date).")],
    [S('''France – Provence-Alpes-Côte d'Azur: 163 cases (24 outbreaks)''', N, why=TABLE,
       f=[("163 cases", "163"), ("24 outbreaks", "24")])],
    [S('''France – Occitanie: 121 cases (19 outbreaks)''', N, why=TABLE,
       f=[("121 cases", "121"), ("19 outbreaks", "19")])],
    [S('''France – Auvergne-Rhône-Alpes: 52 cases (9 outbreaks)''', N, why=TABLE,
       f=[("52 cases", "52"), ("9 outbreaks", "9")])],
    [S('''France – other regions: 25 cases (6 outbreaks)''', N, why=TABLE,
       f=[("25 cases", "25"), ("6 outbreaks", "6")])],
    [S('''Italy – Emilia-Romagna: 27 cases (5 outbreaks)''', N, why=TABLE,
       f=[("27 cases", "27"), ("5 outbreaks", "5")])],
    [S('''Italy – Lazio: 9 cases (3 outbreaks)''', N, why=TABLE,
       f=[("9 cases", "9"), ("3 outbreaks", "3")])],
    [S('''Italy – Veneto: 3 cases (1 outbreak)''', N, why=TABLE,
       f=[("3 cases", "3"), ("1 outbreak", "1")])],
    [S('''Spain – Catalonia: 8 cases (3 outbreaks)''', N, why=TABLE,
       f=[("8 cases", "8"), ("3 outbreaks", "3")])],
    [S('''Portugal – Algarve: 4 cases (1 outbreak)''', N, why=TABLE,
       f=[("4 cases", "4"), ("1 outbreak", "1")])],
    [S('''Source: national authorities; compiled by ECDC''', N, why="Table source line.")],
    [S('''Hospitalisations and deaths''', N, why="Heading.")],
    [
        S('''Of the 412 cases, 37 were hospitalised and one death has been reported, in an 81-year-old woman with underlying conditions in the Var department of France.''',
          "", why="The page's own reporting. 'the 412 cases' refers back to the total: no FIGURE; '37' bare; 'one death' a count; hyphenated age.",
          f=[("37", "37"), ("one death", "1"), ("81-year-old", "81")]),
        S('''The median age of cases is 54 years (range 3-92 years) and 56% are female.''',
          "", why="The page's own reporting. The range is one FIGURE, the label 'range' out.",
          f=[("54 years", "54"), ("3-92 years", "3-92"), ("56%", "56")]),
    ],
    {"s": [
        S('''"We have never had this many outbreaks this early in the season, and a third of them are in municipalities that had never reported local transmission before," said Dr. Anneke Drost, who heads ECDC's vector-borne diseases section.''',
          "Dr. Anneke Drost", why="Quotation plus inverted tag asserting checkable facts; job description dropped, 'Dr.' kept. 'a third' has no number word.",
          q=[('''"We have never had this many outbreaks this early in the season, and a third of them are in municipalities that had never reported local transmission before,"''', "Dr. Anneke Drost")]),
        S('''"The tiger mosquito is now established in 16 EU/EEA countries.''',
          "Dr. Anneke Drost", why="First sentence of a two-sentence continuation quotation: a checkable fact. The proper-noun modifier ends the span.",
          f=[("16", "16")]),
        S('''Wherever it is, we should expect imported cases to seed new outbreaks until the autumn."''',
          N, why="Same quotation: a prediction."),
    ], "q": [('''"The tiger mosquito is now established in 16 EU/EEA countries. Wherever it is, we should expect imported cases to seed new outbreaks until the autumn."''', "Dr. Anneke Drost")]},
    [
        S('''Drost said the increase reflected a large number of travel-associated cases arriving from the Indian Ocean region, where an epidemic has been under way since January, combined with an early and unusually warm summer.''',
          "Drost", why="Reported speech, named as in the sentence."),
        S('''Between 1 January and 12 August, EU/EEA countries reported more than 1,900 travel-associated cases, most of them in travellers returning from Réunion, Mauritius and Sri Lanka.''',
          "", why="The page's own reporting. The adjective ends the span; dates are no FIGUREs.",
          f=[("more than 1,900", "1900")]),
    ],
    [S('''The World Health Organization said last week that the Indian Ocean epidemic had caused more than 240,000 suspected cases since January.''',
       "World Health Organization", why="Reported statement of the agency; the adjective 'suspected' ends the span.",
       f=[("more than 240,000", "240000")])],
    [
        S('''In France, Santé publique France said vector control teams had treated the areas around the homes of all cases within 48 hours of notification.''',
          "Santé publique France", why="Reported statement of the national agency; 'within' stays in the span (eval17d).",
          f=[("within 48 hours", "48")]),
        S('''Italy's Istituto Superiore di Sanità (ISS) said the largest Italian cluster, in the province of Bologna, had grown to 14 cases.''',
          "Istituto Superiore di Sanità", why="Reported statement; the possessive 'Italy's' and the bracketed abbreviation are not part of the name.",
          f=[("14 cases", "14")]),
        S('''The institute said blood donations from the affected municipalities were being deferred for 28 days.''',
          "Istituto Superiore di Sanità", why="'The institute' resolves to the name at its nearest mention.",
          f=[("28 days", "28")]),
    ],
    [S('''ECDC risk assessment''', N, why="Heading.")],
    [
        S('''ECDC assesses the likelihood of further local transmission in areas where the vector is established as high, and the overall risk for the general population in the EU/EEA as low.''',
          "", why="The agency's assessment on its own page: the page's voice naming itself (as eval17c's AP race call in an AP story)."),
        S('''Transmission is expected to continue until temperatures drop in October.''',
          N, why="An unattributed expectation."),
    ],
    [S('''"Most people feel better after 7 to 10 days, but joint pain can last for months, and older people and newborns are at higher risk of severe disease," Drost said.''',
       "Drost", why="Quotation plus tag asserting checkable medical facts. A range is one FIGURE; 'months' has no number.",
       q=[('''"Most people feel better after 7 to 10 days, but joint pain can last for months, and older people and newborns are at higher risk of severe disease,"''', "Drost")],
       f=[("7 to 10 days", "7-10")])],
    [
        S('''There is no specific treatment for chikungunya.''',
          "", why="A general medical fact in the page's voice."),
        S('''Two vaccines are authorised in the EU, but neither is currently recommended for outbreak control.''',
          "", why="A checkable regulatory fact in the page's voice.",
          f=[("Two vaccines", "2")]),
    ],
    [S('''People travelling to affected areas should protect themselves from mosquito bites, especially during the day, when the tiger mosquito is most active.''',
       N, why="Impersonal advice to the reader.")],
    [S('''Read more: Seasonal surveillance of chikungunya virus disease in the EU/EEA – weekly update''',
       N, why="'Read more:' link line.")],
])

# ---------------------------------------------------------------------------
# 2. classroom_air_purifiers_trial: AP medical-desk wire, curly quotes,
#    "\n\n", curly single-quoted headline quotation
# ---------------------------------------------------------------------------
ARTICLES["classroom_air_purifiers_trial"] = dict(nl="\n\n", paras=[
    [S("Health", N, why="Section line.")],
    [S("Classroom air purifiers cut kids’ sick days by 18% in big Dutch trial, but ‘they’re not magic’",
       N, why="Headline: no CLAIM. The three-word quotation is a QUOTE, given to the outside expert as named at his naming mention in the body; its FIGURE is marked.",
       q=[("‘they’re not magic’", "Dr. Thomas Okerlund")],
       f=[("18%", "18")])],
    [S("By RUTH KESSLER", N, why="Byline.")],
    [S("Updated 4:15 PM EDT, April 21, 2026", N, why="Time stamp: a clock time and a date.")],
    [
        S("FILE - An air purifier runs in a classroom at a primary school in Utrecht, Netherlands, Jan. 14, 2026.",
          N, why="Caption; the date is no FIGURE."),
        S("(AP Photo/Bram Visser, File)", N, why="Photo credit."),
    ],
    [
        S("NEW YORK (AP) —", N, why="Dateline: its own item before the lede."),
        S("Putting air purifiers in classrooms cut the number of school days children missed because of colds, flu and other respiratory infections by about 18%, researchers in the Netherlands reported Monday.",
          "researchers in the Netherlands", why="The lede passes on published research; no institution named yet, so the description (eval17d's 'rail accident investigators').",
          f=[("about 18%", "18")]),
    ],
    [S("The study, led by Amsterdam UMC and published in JAMA Pediatrics, followed 9,412 children aged 4 to 12 in 312 classrooms at 61 schools in and around Amsterdam and Utrecht over two winters.",
       "", why="Facts about the study with no tag: the outlet's voice. An age range is one FIGURE.",
       f=[("9,412 children", "9412"), ("4 to 12", "4-12"), ("312 classrooms", "312"), ("61 schools", "61"), ("two winters", "2")])],
    [
        S("Half the classrooms were randomly assigned two air purifiers with HEPA filters, which trap fine particles including virus-laden droplets.",
          "", why="Study design in the outlet's voice; 'Half' has no number word.",
          f=[("two air purifiers", "2")]),
        S("The rest got machines that looked and sounded the same but had their filters taken out.",
          "", why="Study design in the outlet's voice."),
    ],
    [S("Children in classrooms with working purifiers missed an average of 2.9 school days per winter because of respiratory illness, compared with 3.5 days in the comparison classrooms, the researchers found.",
       "Amsterdam UMC", why="'the researchers found': the team named by its institution (eval16a). 'an average of' is no approximator; 'per winter' stays out; noun-noun 'school days' kept.",
       f=[("2.9 school days", "2.9"), ("3.5 days", "3.5")])],
    [S("That is a rate ratio of 0.82 (95% confidence interval, 0.74 to 0.91).",
       "", why="Continues the results with no tag of its own: the outlet's voice. The label stays out; the CI is one range; '95%' names the kind of interval.",
       f=[("0.82", "0.82"), ("0.74 to 0.91", "0.74-0.91")])],
    [S("Flu confirmed by a lab test was 21% less common in the purifier classrooms (relative risk 0.79; 95% CI, 0.63 to 0.99), but the researchers found no significant difference for COVID-19 or RSV.",
       "Amsterdam UMC", why="'the researchers found' covers the sentence's findings. 'COVID-19' is a name.",
       f=[("21%", "21"), ("0.79", "0.79"), ("0.63 to 0.99", "0.63-0.99")])],
    [S("“The effect was biggest in the youngest children and in the oldest, worst-ventilated buildings,” said Dr. Sanne de Vries, a pediatric infectious disease specialist at Amsterdam UMC who led the study.",
       "Dr. Sanne de Vries", why="Quotation plus inverted tag asserting a checkable subgroup result; job description dropped, 'Dr.' kept.",
       q=[("“The effect was biggest in the youngest children and in the oldest, worst-ventilated buildings,”", "Dr. Sanne de Vries")])],
    {"s": [
        S("“In classrooms where carbon dioxide levels regularly went above 1,500 parts per million, sick days fell by nearly 30%.",
          "Dr. Sanne de Vries", why="Tagless continuation paragraph of her quotation: a checkable subgroup result. 'above' is an approximator; the unit joins the span.",
          f=[("above 1,500 parts per million", "1500"), ("nearly 30%", "30")]),
        S("That tells you where to put them first.”",
          N, why="Same quotation: advice; 'first' an ordinal."),
    ], "q": [("“In classrooms where carbon dioxide levels regularly went above 1,500 parts per million, sick days fell by nearly 30%. That tells you where to put them first.”", "Dr. Sanne de Vries")]},
    [S("De Vries said each purifier cost about 350 euros ($380) and roughly 60 euros a year to run, including replacement filters.",
       "De Vries", why="Reported speech, named as printed. The conversion is a second FIGURE; 'a year' stays out.",
       f=[("about 350 euros", "350"), ("$380", "380"), ("roughly 60 euros", "60")])],
    [S("Dr. Thomas Okerlund, an epidemiologist at the University of Michigan who was not involved in the research, called the trial “one of the most rigorous tests yet” of an idea that many U.S. school districts spent pandemic relief money on.",
       "Dr. Thomas Okerlund", why="'called ... “...”' passes on a position (eval16a); job description dropped. 'one of' inside the quotation is a pronoun.",
       q=[("“one of the most rigorous tests yet”", "Dr. Thomas Okerlund")])],
    [
        S("“An 18% drop in sick days is worth having, and it’s cheap, but they’re not magic,” he said.",
          N, why="Quotation plus tag: a judgement. 'he' resolves to Dr. Thomas Okerlund.",
          q=[("“An 18% drop in sick days is worth having, and it’s cheap, but they’re not magic,”", "Dr. Thomas Okerlund")],
          f=[("18%", "18")]),
        S("“You still need to open the windows and keep sick kids at home.”",
          N, why="Continuation quotation: advice.",
          q=[("“You still need to open the windows and keep sick kids at home.”", "Dr. Thomas Okerlund")]),
    ],
    [
        S("About 1 in 4 U.S. public schools had installed portable air cleaners by 2024, according to a survey by the Centers for Disease Control and Prevention.",
          "Centers for Disease Control and Prevention", why="'according to a survey by' the agency. 'X in Y' share valued as a decimal; the proper-noun modifier ends the span; '2024' a year.",
          f=[("About 1 in 4", "0.25")]),
        S("The agency has estimated that American children miss about 22 million school days a year because of colds alone.",
          "Centers for Disease Control and Prevention", why="'The agency' resolves to the name at the nearest mention. Scale word multiplies; 'a year' stays out.",
          f=[("about 22 million school days", "22000000")]),
    ],
    [
        S("Not everyone was convinced the results would carry over.",
          "", why="A state of affairs in the outlet's voice (eval15's 'Private economists were more cautious')."),
        S("Jonas Lindahl, an aerosol scientist at Lund University in Sweden, said both winters in the study had milder-than-usual flu seasons and that the benefit might be smaller, or larger, in a severe one.",
          "Jonas Lindahl", why="Reported speech; job description dropped. 'both winters' has no number word; 'a severe one' is a pronoun."),
    ],
    {"s": [
        S("“Would it hold up in a bad flu year, with a different virus?",
          N, why="A question inside a quotation."),
        S("We don’t know yet,” Lindahl said.",
          N, why="Same quotation plus tag: a hedge, an admission of uncertainty."),
    ], "q": [("“Would it hold up in a bad flu year, with a different virus? We don’t know yet,”", "Lindahl")]},
    [
        S("The study was paid for by the Netherlands Organisation for Health Research and Development.",
          "", why="A checkable fact about the study in the outlet's voice."),
        S("The company that makes the purifiers lent them to the schools but had no role in analyzing the data, the authors said.",
          "Amsterdam UMC", why="'the authors said': the research team, named by its institution."),
    ],
    [
        S("The Associated Press Health and Science Department receives support from the Howard Hughes Medical Institute’s Department of Science Education and the Robert Wood Johnson Foundation.",
          N, why="AP support boilerplate."),
        S("The AP is solely responsible for all content.", N, why="AP support boilerplate."),
    ],
])

# ---------------------------------------------------------------------------
# 3. mozambique_cyclone_ilona_appeal: AFP story on a France 24-style site,
#    straight quotes, "\r\n" (CRLF)
# ---------------------------------------------------------------------------
ARTICLES["mozambique_cyclone_ilona_appeal"] = dict(nl="\r\n", paras=[
    [S('''Africa''', N, why="Section line.")],
    [S('''Mozambique cyclone death toll rises to 214 as UN seeks $310 million''',
       N, why="Headline: no CLAIM; its FIGUREs are marked.",
       f=[("214", "214"), ("$310 million", "310000000")])],
    [S('''Issued on: 18/03/2026 - 11:47 Modified: 18/03/2026 - 15:02''', N, why="Time stamp: dates and clock times.")],
    [
        S('''People queue for food at a World Food Programme distribution point in Buzi, central Mozambique, on March 17, 2026.''',
          N, why="Photo caption; the date is no FIGURE."),
        S('''© Alfredo Zuze, AFP''', N, why="Photo credit."),
    ],
    [S('''Advertising''', N, why="Ad slot.")],
    [
        S('''Beira (Mozambique) (AFP) –''', N, why="Dateline: its own item before the lede."),
        S('''The death toll from Cyclone Ilona in Mozambique has risen to 214, the national disaster agency said on Wednesday, as the United Nations appealed for $310 million to help more than 1.1 million people hit by the storm and the flooding that followed.''',
          "national disaster agency", why="Mixes the agency's toll with a UN act: the attributed part gives the claimant (eval9); not yet named, so its description. '214' bare.",
          f=[("214", "214"), ("$310 million", "310000000"), ("more than 1.1 million people", "1100000")]),
    ],
    [
        S('''At least 1,270 people were injured and 38 were still missing, the National Institute for Disaster Risk Management and Reduction (INGD) said in its latest bulletin.''',
          "National Institute for Disaster Risk Management and Reduction", why="Reported statement; bracketed abbreviation dropped. '38' counts people not repeated after it: bare.",
          f=[("At least 1,270 people", "1270"), ("38", "38")]),
        S('''It said 96,400 homes had been destroyed or damaged, most of them in Sofala and Zambezia provinces.''',
          "National Institute for Disaster Risk Management and Reduction", why="'It' resolves to the institute.",
          f=[("96,400 homes", "96400")]),
    ],
    [S('''Ilona made landfall near the port city of Beira early on Saturday with sustained winds of about 175 km/h (110 mph), then stalled inland and dumped more than 400 millimetres of rain in 48 hours on the Buzi and Pungwe river basins.''',
       "", why="The wire's own reporting. A speed and its bracketed conversion are two FIGUREs with their units (eval17d).",
       f=[("about 175 km/h", "175"), ("110 mph", "110"), ("more than 400 millimetres", "400"), ("48 hours", "48")])],
    [
        S('''"Whole villages along the Buzi river are still under water, and some communities have not been reached by anyone since Saturday," said Ines Carvalho, who heads the UN Office for the Coordination of Humanitarian Affairs (OCHA) in Mozambique.''',
          "Ines Carvalho", why="Quotation plus inverted tag asserting checkable facts; job description dropped.",
          q=[('''"Whole villages along the Buzi river are still under water, and some communities have not been reached by anyone since Saturday,"''', "Ines Carvalho")]),
        S('''She said helicopters had plucked about 3,800 people from rooftops and trees since Sunday, but that only four aircraft were available.''',
          "Ines Carvalho", why="Reported speech; 'She' resolves to the nearest naming mention.",
          f=[("about 3,800 people", "3800"), ("four aircraft", "4")]),
    ],
    [
        S('''The World Food Programme (WFP) said it had flown 86 tonnes of high-energy biscuits into Beira and had a further 4,500 tonnes of maize, beans and vegetable oil stored in the region before the storm hit.''',
          "World Food Programme", why="Reported statement; abbreviation dropped. Tonnes are the unit; 'a further' stays out.",
          f=[("86 tonnes", "86"), ("4,500 tonnes", "4500")]),
        S('''But the agency warned that its stocks would run out within three weeks without new funding.''',
          "World Food Programme", why="Reported warning (checkable that it was said); 'the agency' resolves to WFP's name at its nearest mention. 'within' stays in the span.",
          f=[("within three weeks", "3")]),
    ],
    [S('''UNICEF said at least 412 schools and 37 health centres had been damaged and that about 540,000 children needed help.''',
       "UNICEF", why="Reported statement; noun-noun 'health centres' kept.",
       f=[("at least 412 schools", "412"), ("37 health centres", "37"), ("about 540,000 children", "540000")])],
    [S('''Read more Mozambique's Beira, a city racing to stay above water''', N, why="Inline 'Read more' link.")],
    [
        S('''Health Minister Armindo Tembe told reporters in Beira that 27 suspected cholera cases had been recorded in Buzi district since Monday and that vaccination would begin next week.''',
          "Armindo Tembe", why="Reported speech; title dropped. The adjective 'suspected' ends the span.",
          f=[("27", "27")]),
        S('''"We have the vaccines, 500,000 doses, but we do not have the boats to take them to where the people are," he said.''',
          "Armindo Tembe", why="Quotation plus tag asserting checkable facts (doses in hand, no boats). 'he' resolves to Armindo Tembe.",
          q=[('''"We have the vaccines, 500,000 doses, but we do not have the boats to take them to where the people are,"''', "Armindo Tembe")],
          f=[("500,000 doses", "500000")]),
    ],
    [S('''In Geneva, the UN released $20 million from its Central Emergency Response Fund (CERF) on Tuesday, and donors pledged a further $64 million at a closed-door briefing for member states, according to two diplomats who attended.''',
       "diplomats", why="Mixes a UN act with the diplomats' account: the attributed part gives the claimant; unnamed sources keep their description without the number (eval17b), which is a FIGURE.",
       f=[("$20 million", "20000000"), ("$64 million", "64000000"), ("two diplomats", "2")])],
    [
        S('''The European Union announced 15 million euros in emergency aid.''',
          "European Union", why="'announced' passes on the announcement (eval15).",
          f=[("15 million euros", "15000000")]),
        S('''A British government spokeswoman said London would provide 8 million pounds ($10.2 million), including shelter kits for 20,000 families.''',
          "British government spokeswoman", why="Unnamed source: the description without the article. The conversion is a second FIGURE.",
          f=[("8 million pounds", "8000000"), ("$10.2 million", "10200000"), ("20,000 families", "20000")]),
    ],
    [S('''A senior UN official, who asked not to be named because he was not authorised to speak to the press, said the appeal was "almost certainly too low" given the scale of the crop losses.''',
       "senior UN official", why="Reported speech of an unnamed official with a partial quotation by the same source.",
       q=[('''"almost certainly too low"''', "senior UN official")])],
    [S('''According to the Food and Agriculture Organization, about 280,000 hectares of crops were flooded weeks before the main harvest in a country where more than a third of children under five are chronically malnourished.''',
       "Food and Agriculture Organization", why="'According to' the agency. 'more than a third' has no number word; 'children under five' -> 'under five' (eval16a).",
       f=[("about 280,000 hectares", "280000"), ("under five", "5")])],
    [
        S('''Foreign ministers of the Southern African Development Community (SADC) will hold an emergency video conference on Friday to coordinate help from the region, the SADC Secretariat said in a statement.''',
          "SADC Secretariat", why="Reported statement of a scheduled meeting."),
        S('''South Africa and Tanzania have already sent military helicopters, it said.''',
          "SADC Secretariat", why="'it' resolves to the secretariat."),
    ],
    {"s": [
        S('''"The water came into the house at night, up to here," said Celeste Manhique, 43, touching her chest as she waited for maize in Buzi.''',
          "Celeste Manhique", why="Quotation plus inverted tag: an eyewitness account. Bare age after the name is a FIGURE; 'up to here' holds no number.",
          q=[('''"The water came into the house at night, up to here,"''', "Celeste Manhique")],
          f=[("43", "43")]),
        S('''"We lost our boat and all our maize.''',
          "Celeste Manhique", why="First sentence of a two-sentence continuation quotation: an account of checkable losses."),
        S('''My neighbour's two children are still missing."''',
          "Celeste Manhique", why="Same quotation: a checkable fact.",
          f=[("two children", "2")]),
    ], "q": [('''"We lost our boat and all our maize. My neighbour's two children are still missing."''', "Celeste Manhique")]},
    [
        S('''Mozambique is one of the African countries most exposed to tropical cyclones and has been hit by at least five major storms since 2019.''',
          "", why="Background in the wire's voice. 'one of' is a pronoun; the adjective 'major' ends the span; '2019' a year.",
          f=[("at least five", "5")]),
        S('''It is not yet clear how many of the missing may have been swept out to sea.''',
          N, why="A hedge stating an uncertainty: nothing checkable asserted."),
        S('''More rain is forecast for the coming days, which could push river levels higher still.''',
          N, why="An unattributed forecast."),
    ],
    [S('''© 2026 AFP''', N, why="Copyright footer; '2026' a year.")],
])
