"""Held-out articles, set B (writer b): three original news stories written
for the fifteenth evaluation set in the style of Latin American outlets'
English editions, scraped off the web with the page furniture a scraper
keeps (cf. /work/shared/corpus), at ordinary density. Real public figures
and institutions appear as those outlets name them (Javier Milei, Luis
Caputo, INDEC, the BCRA, the IMF and Julie Kozack, EcoGo, the CGT; Claudia
Sheinbaum Pardo, Omar García Harfuch, Rubén Rocha Moya, the SESNSP, the
Welfare Ministry, Noroeste, El Universal, Ronald Johnson; Luiz Inácio Lula
da Silva, Waldez Góes, Romeu Zema, Cemaden, the SGB, Inmet), but the
events, figures and every quoted or reported word are invented; the
reporters, photographers, translator, the economist and his consultancy,
the taco-stand owner and the flood victim are invented too.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md, the
corpus gold and the judgement calls of the earlier sets (eval3-eval14)
where they apply.

`argentina_february_inflation` is a Buenos Aires Times economy story
(INDEC's February CPI; Caputo on X, Milei at a Córdoba event, the IMF's
spokesperson on the second review of the EFF, the BCRA's reserves, EcoGo
and an invented consultancy economist, INDEC poverty data, the CGT) with
curly double quotes and curly apostrophes, "\\n" line ends: site line,
section label, headline, dek, byline, `Published on ...` stamp, a caption
with a `Photo: NA/...` credit, a `Related:` line and a newsletter line.
Argentine conventions: `US$20-billion` (hyphenated, as the paper writes
it), `ARS 1.2 trillion`, `US$44.7 billion`, INDEC as `the national
statistics bureau INDEC`, `the BCRA`, `(AMBA)`.
`sinaloa_troop_surge` is a Mexico News Daily security story (Sheinbaum
sends 2,000 more troops to Sinaloa 18 months into the war between La
Mayiza and Los Chapitos; García Harfuch's figures at la mañanera, SESNSP
data, Noroeste, Governor Rocha Moya, a taco-stand owner quoted via El
Universal, the Welfare Ministry, the US ambassador) with straight double
quotes and straight apostrophes, "\\n\\n" line ends: site line, headline,
byline, `Published on ...` stamp, a caption with a `(Cuartoscuro)`
credit, a `Related:` line, a `With reports from ...` line and a newsletter
line. Mexican conventions: `President Claudia Sheinbaum Pardo`, then
`Sheinbaum`; `Omar García Harfuch`, then `García Harfuch`; nicknames in
quotation marks (`Ismael "El Mayo" Zambada`); `15,000 pesos (US$830)`,
`25 billion pesos`.
`zona_da_mata_floods` is an Agência Brasil English-service story (floods
and landslides in Minas Gerais' Zona da Mata; the state Civil Defense,
Cemaden, the SGB, Lula at the Planalto Palace, Minister Waldez Góes,
Governor Zema, the Juiz de Fora city government, a flood victim, Inmet)
with curly double quotes and straight apostrophes, "\\r\\n" (CRLF) line ends (set so by the engineer who added the set, for the CRLF check): site
line, section label, headline, a `Published on 03/11/2026 - 19:05 By ...
- Agência Brasil - Belo Horizonte` line, a caption in the agency's
`Juiz de Fora (MG), 03/11/2026 –` form with a `Photo: .../Agência Brasil`
credit, and a `(Translated by ...)` footer. Brazilian conventions: the day
of the month in brackets after a weekday (`on Wednesday (11)`),
`R$350 million (about US$60 million)`, `R$2,000`, `millimeters`.

Judgement calls made where the guidelines leave room:
- Page furniture gets no CLAIM: site lines, section labels (`ECONOMY`,
  `General`), headlines, the dek, bylines, `Published on ...` stamps
  (Agência Brasil's stamp-and-byline line too), captions and their photo
  credits (`Photo: NA/...`, `Photo: .../Agência Brasil` and
  `(Cuartoscuro)`, each its own item after the caption sentence, as
  eval11's `Picture: ...` and eval14's `Photo: NAN`), `Related:` lines,
  newsletter lines, the `With reports from ...` line and the `(Translated
  by ...)` footer. QUOTEs and FIGUREs inside them are still marked
  (headlines `2.1%`, `2,000`, `23`, `over 6,000`; captions `two factions`,
  `more than 2,400 lives`, `180 millimeters`, `24 hours`; the `Related:`
  lines' `1%` and `25 billion pesos`). The dek's `more than seven years`
  is a FIGURE; the caption's `(MG)` (the state's abbreviation) and
  `03/11/2026` are not.
- The Brazilian day-in-brackets convention (`Monday (9)`, `Wednesday
  (11)`, `Thursday (12)`, `Friday (13)`) gives calendar dates: no FIGURE.
- The outlet's own reporting has an empty claimant, as in the corpus gold
  and every earlier set (not the outlet's name, so the set stays
  comparable). A sentence without a tag of its own after an attributed
  one is in the outlet's voice (the CPI breakdown, the deaths in Juiz de
  Fora and the missing, the Sinaloa homicide ranking, the IMF programme
  background, school closures). `Private economists were more cautious
  about March.`, `The deployment has so far failed to stop the killings.`
  and `In the state capital, many businesses now close before dark.` are
  states of affairs in the outlet's voice: CLAIM, empty (eval11's `Not
  everyone ... welcomed the move.`). `INDEC will publish March inflation
  data on April 14.` is a published calendar stated as fact (eval12): CLAIM,
  empty.
- Claimants and speakers take the name form of the nearest mention, job
  titles dropped (`Economy Minister`, `President`, `IMF spokesperson`,
  `Security Minister`, `Sinaloa Governor`, `U.S. Ambassador`, `Integration
  and Regional Development Minister`, `Governor`, `chief economist at
  ...`, `Retired cleaner`): `Luis Caputo` (the caption's mention is
  furniture; the body's first mention is full), `He also said` -> `Luis
  Caputo`; `Javier Milei`, then `Milei`; `Julie Kozack`, then `Kozack`;
  `Claudia Sheinbaum Pardo` in the lede, `Sheinbaum` after; `the
  president said` -> `Sheinbaum` / `Lula` (the nearest naming mention);
  `Omar García Harfuch`, then `García Harfuch`; `Luiz Inácio Lula da
  Silva`, then `Lula`. Two-surname names are kept whole as the text gives
  them (`Juan Carlos Beltrán Osuna`, `Federico Marchetti Ruiz`, `Maria
  Aparecida dos Santos`).
- Institutions are named without the article and without the bracketed
  acronym (`Central Bank`, `Executive Secretariat of the National Public
  Security System`, `National Center for Monitoring and Early Warning of
  Natural Disasters`, `Geological Survey of Brazil`, `National Institute
  of Meteorology`); `the national statistics bureau INDEC` -> `INDEC`
  (the name; `national statistics bureau` is a description in apposition),
  and `according to the agency` -> `INDEC`; `the CGT labour
  confederation` -> `CGT`; `The consultancy EcoGo` -> `EcoGo`; `The
  Culiacán newspaper Noroeste reported` -> `Noroeste`; `The federal
  Welfare Ministry` -> `Welfare Ministry`; `the Minas Gerais Civil
  Defense` -> `Minas Gerais Civil Defense`; `The Juiz de Fora city
  government` (no proper name of its own) keeps its description without
  the article. `Scientists have warned` -> `Scientists`.
- A resident quoted via another paper (`told the newspaper El Universal`)
  is the claimant and speaker himself, not the paper. `told Agência
  Brasil` likewise gives the speaker.
- Reported predictions and plans are CLAIMs (that they were said is
  checkable): Milei's `“start with a zero”`, Marchetti Ruiz's March range,
  Inmet's forecast, Lula's trip. `zero` in `start with a zero` is a digit
  being talked about, not a quantity: no FIGURE.
- Quotation plus tag: CLAIM when the quoted words assert something
  checkable (Milei's 25% then and 2% now; the taco-stand owner's old and
  new closing times; the flood victim's account of the collapse, both
  sentences); no CLAIM for pledges, slogans, impressions and forecasts
  (Sheinbaum's `We are not going to leave the people of Sinaloa alone.`
  and `Cooperation, yes; subordination, never`, Lula's `Nobody will be
  left behind.`, `Nobody goes out at night anymore.`, Marchetti Ruiz's
  reading of February plus his forecast for March, judged as one
  analytical view). Two-sentence quotations are one QUOTE (paragraph
  dict) with a decision per inner sentence.
- The single quoted word `“constructive”` (Kozack) is a scare quote, not
  a QUOTE; nicknames in quotation marks (`"El Mayo"`, `"El Chapo"`) are
  no QUOTEs. `“the disinflation process continues, whatever the doomsayers
  said.”` keeps its full stop inside the marks; the sentence ends there.
- Money: the currency sign or code stays in the span, the value is the
  plain amount: `US$20-billion` (a hyphenated compound before the name of
  the facility, marked alone) -> 20000000000, `about US$1 billion` ->
  1000000000, `ARS 1.2 trillion` (with its space) -> 1200000000000,
  `US$44.7 billion`, `15,000 pesos` and `US$830` (two FIGUREs, the
  amount and its conversion in brackets), `R$350 million` and `about
  US$60 million`, `R$2,000`, `25 billion pesos`.
- Percentages: `2.1%` and `2.4%` (a level and the previous level, two
  FIGUREs); `Core inflation ... was 2.0%` -> value 2.0; `between 2.3% and
  2.6%` is one range (`2.3-2.6`); `about 0.15%` (of GDP); `32% lower than
  in September 2024` -> `32%`; `1% a month` -> `1%`.
- Counts: an adjective between the number and the noun ends the span
  (`2,000 additional soldiers` -> `2,000`, `11,500 federal troops` ->
  `11,500`, `64 clandestine drug laboratories` -> `64`, `32 public
  shelters` -> `32`, headline `2,000 more troops` -> `2,000`, eval14's
  `5 more`); noun-noun compounds stay (`187 homicide victims`); `more than
  2,000 reports` (of missing people: `of` stops the span); `Fourteen of
  the deaths` -> `Fourteen`, `three of his five employees` -> `three` and
  `five employees`; `the daily average of homicide victims fell to 54.1`
  -> `54.1`; `up from 142 in January` -> `142`; bare ages after names
  (`52`, `67`). `the two countries` refers back to Mexico and the United
  States: no FIGURE (guidelines). `dozens of cartel prisoners` -> `dozens`
  with an empty value. `nearly two meters` and `5.2 meters`, `212
  millimeters`, `up to 60 millimeters` keep their unit.
- Not FIGUREs: dates, years and months (`March 12, 2026`, `April 2025`,
  `September 2024`, `February 2022`, `March 26`, `April 14`), clock times
  (`19:05`, `until 1 in the morning`, `at 6`), ordinals (`second review`,
  `second half`, `first half`, `first week`), `one of the sons` (pronoun),
  `a week`, `about half`, `minutes` (no number word), `Year-on-year`.

Every reporter, photographer, translator, private person, consultancy and
event named here is invented.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. argentina_february_inflation: Buenos Aires Times, curly quotes and
#    apostrophes, "\n"; site line, section, headline, dek, byline, stamp,
#    caption + credit, Related, newsletter
# ---------------------------------------------------------------------------
ARTICLES["argentina_february_inflation"] = dict(nl="\n", paras=[
    [S("Buenos Aires Times", N, why="Site line.")],
    [S("ECONOMY", N, why="Section label.")],
    [S("Monthly inflation slows to 2.1% in February as Caputo eyes IMF disbursement",
       N, why="Headline: no CLAIM; its FIGURE is marked.",
       f=[("2.1%", "2.1")])],
    [S("Annual rate falls to its lowest level in more than seven years, according to INDEC; private consultancies warn March will be tougher as regulated prices climb.",
       N, why="Dek: furniture; its FIGURE is marked.",
       f=[("more than seven years", "7")])],
    [S("By Agustina Ferreyra Sosa", N, why="Byline.")],
    [S("Published on March 12, 2026", N, why="Date stamp.")],
    [
        S("Economy Minister Luis Caputo speaks to journalists at the Palacio de Hacienda in Buenos Aires.",
          N, why="Photo caption."),
        S("Photo: NA/Lucas Beltrán", N, why="Photo credit."),
    ],
    [
        S("Argentina’s monthly inflation rate slowed to 2.1% in February from 2.4% in January, the national statistics bureau INDEC reported on Thursday.",
          "INDEC", why="The lede passes on INDEC's data; 'national statistics bureau' is a description in apposition, the name is INDEC.",
          f=[("2.1%", "2.1"), ("2.4%", "2.4")]),
    ],
    [
        S("Year-on-year, consumer prices rose 31.8%, the lowest annual rate in more than seven years, and they have risen 4.6% so far in 2026, according to the agency.",
          "INDEC", why="'according to the agency' resolves to INDEC.",
          f=[("31.8%", "31.8"), ("more than seven years", "7"), ("4.6%", "4.6")]),
    ],
    [
        S("The biggest monthly increase was in education, at 6.8%, as private schools raised fees ahead of the new school year, followed by housing, water, electricity, gas and other fuels, up 3.4% after the latest round of utility rate hikes.",
          "", why="No tag of its own: the outlet's voice.",
          f=[("6.8%", "6.8"), ("3.4%", "3.4")]),
        S("Food and non-alcoholic beverages, the category with the largest weight in the basket, rose 1.7%.",
          "", why="The outlet's voice.",
          f=[("1.7%", "1.7")]),
        S("Core inflation, which excludes seasonal and regulated prices, was 2.0%.",
          "", why="The outlet's voice.",
          f=[("2.0%", "2.0")]),
    ],
    [
        S("Economy Minister Luis Caputo celebrated the data on X, writing that it was “the lowest February in eight years” and that “the disinflation process continues, whatever the doomsayers said.”",
          "Luis Caputo", why="Reported writing with two partial quotations; title dropped. The second QUOTE keeps its full stop inside the marks.",
          q=[("“the lowest February in eight years”", "Luis Caputo"),
             ("“the disinflation process continues, whatever the doomsayers said.”", "Luis Caputo")],
          f=[("eight years", "8")]),
        S("He also said the Treasury had posted a primary surplus of ARS 1.2 trillion in February, equivalent to about 0.15% of GDP.",
          "Luis Caputo", why="Reported speech; 'He' resolves to the nearest naming mention.",
          f=[("ARS 1.2 trillion", "1200000000000"), ("about 0.15%", "0.15")]),
    ],
    [
        S("President Javier Milei, speaking at an event organised by the Córdoba Stock Exchange on Thursday evening, said monthly inflation would “start with a zero” before the end of the year.",
          "Javier Milei", why="Reported speech (a prediction he made): that he said it is checkable. 'zero' is a digit being talked about, not a quantity.",
          q=[("“start with a zero”", "Javier Milei")]),
        S("“We received a country heading for hyperinflation, with monthly rates of 25%, and today we are talking about 2%,” Milei told the audience.",
          "Milei", why="Quotation plus tag asserting checkable facts (the monthly rates then and now).",
          q=[("“We received a country heading for hyperinflation, with monthly rates of 25%, and today we are talking about 2%,”", "Milei")],
          f=[("25%", "25"), ("2%", "2")]),
    ],
    [
        S("The figures come as the government negotiates with the International Monetary Fund over the second review of the US$20-billion Extended Fund Facility signed in April 2025, which would unlock a disbursement of about US$1 billion.",
          "", why="Background in the outlet's voice. 'second' is an ordinal; 'US$20-billion' is a hyphenated compound, marked alone; 'April 2025' a date.",
          f=[("US$20-billion", "20000000000"), ("about US$1 billion", "1000000000")]),
        S("IMF spokesperson Julie Kozack told reporters in Washington last week that discussions with the Argentine authorities were “constructive” and that Fund staff had returned from a visit to Buenos Aires in late February.",
          "Julie Kozack", why="Reported speech; job title dropped. The single quoted word is a scare quote, not a QUOTE."),
        S("Kozack said the Fund still wanted Argentina to speed up the accumulation of international reserves, a target the country missed last year.",
          "Kozack", why="Reported position; the appended fact about the missed target sits in the attributed sentence (eval9)."),
    ],
    [
        S("The Central Bank (BCRA) held gross reserves of US$44.7 billion on Wednesday, according to its daily statistics.",
          "Central Bank", why="'according to its daily statistics' names the bank as the source; the bracketed acronym is left out of the name.",
          f=[("US$44.7 billion", "44700000000")]),
    ],
    [
        S("Private economists were more cautious about March.",
          "", why="A state of affairs about views, in the outlet's voice (eval11's 'Not everyone ... welcomed the move.')."),
        S("The consultancy EcoGo said food prices rose 0.9% in the first week of March, driven by beef and vegetables, while public transport fares in the Buenos Aires metropolitan area (AMBA) went up 4% on March 1.",
          "EcoGo", why="Passes on the consultancy's data. 'first week' is an ordinal; 'March 1' a date.",
          f=[("0.9%", "0.9"), ("4%", "4")]),
        S("“February was helped by a calm exchange rate, but regulated prices will keep pushing in March and April,” said Federico Marchetti Ruiz, chief economist at Analytica Sur.",
          N, why="Quotation plus inverted tag: an analyst's reading plus a forecast, not a checkable fact. Job description dropped.",
          q=[("“February was helped by a calm exchange rate, but regulated prices will keep pushing in March and April,”", "Federico Marchetti Ruiz")]),
        S("He said he expected a March reading of between 2.3% and 2.6%.",
          "Federico Marchetti Ruiz", why="Reported speech (his forecast): that he said it is checkable. A range is one FIGURE.",
          f=[("between 2.3% and 2.6%", "2.3-2.6")]),
    ],
    [
        S("Poverty fell to 28.2% of the population in the second half of 2025, from 31.6% in the first half, INDEC reported last month.",
          "INDEC", why="Passes on INDEC's data. 'second half' / 'first half' are no FIGUREs.",
          f=[("28.2%", "28.2"), ("31.6%", "31.6")]),
        S("But the CGT labour confederation said wages had still not recovered the purchasing power lost since late 2023 and called a march to the Plaza de Mayo for March 26.",
          "CGT", why="Reported position of the union plus an announced act; the name is 'CGT', its description dropped."),
    ],
    [
        S("INDEC will publish March inflation data on April 14.",
          "", why="A published calendar stated as fact (eval12): CLAIM in the outlet's voice."),
    ],
    [S("Related: Caputo rules out devaluation, says peso band will keep widening 1% a month",
       N, why="'Related:' link: a headline; its FIGURE is marked.",
       f=[("1%", "1")])],
    [S("Sign up for our newsletter", N, why="Boilerplate.")],
])

# ---------------------------------------------------------------------------
# 2. sinaloa_troop_surge: Mexico News Daily, straight quotes and apostrophes,
#    "\n\n"; site line, headline, byline, stamp, caption + (Cuartoscuro),
#    Related, With reports from, newsletter
# ---------------------------------------------------------------------------
ARTICLES["sinaloa_troop_surge"] = dict(nl="\n\n", paras=[
    [S('''Mexico News Daily''', N, why="Site line.")],
    [S('''Sheinbaum sends 2,000 more troops to Sinaloa as cartel war drags on''',
       N, why="Headline: no CLAIM. 'more' ends the span (eval14's '5 more').",
       f=[("2,000", "2000")])],
    [S('''By Ricardo Esquivel Luna''', N, why="Byline.")],
    [S('''Published on March 10, 2026''', N, why="Date stamp.")],
    [
        S('''National Guard troops patrol a street in Culiacán, where a war between two factions of the Sinaloa Cartel has claimed more than 2,400 lives since September 2024.''',
          N, why="Photo caption: no CLAIM; its FIGUREs are marked.",
          f=[("two factions", "2"), ("more than 2,400 lives", "2400")]),
        S('''(Cuartoscuro)''', N, why="Photo credit."),
    ],
    [
        S('''President Claudia Sheinbaum Pardo announced on Monday that 2,000 additional soldiers and National Guard troops will be sent to Sinaloa, where a war between rival factions of the Sinaloa Cartel has raged for 18 months.''',
          "Claudia Sheinbaum Pardo", why="'announced' passes on her announcement; title dropped. The adjective 'additional' ends the span.",
          f=[("2,000", "2000"), ("18 months", "18")]),
    ],
    [
        S('''Speaking at her morning press conference (la mañanera) at the National Palace, Sheinbaum said the reinforcements would be deployed in Culiacán, the state capital, as well as in the municipalities of Navolato, Elota and Concordia by the end of the week.''',
          "Sheinbaum", why="Reported speech."),
    ],
    {"s": [
        S('''"We are not going to leave the people of Sinaloa alone.''',
          N, why="First sentence of a two-sentence quotation: a pledge."),
        S('''The Mexican state will be present for as long as it takes," the president said.''',
          N, why="Same quotation: a pledge. 'the president' resolves to Sheinbaum."),
    ], "q": [('''"We are not going to leave the people of Sinaloa alone. The Mexican state will be present for as long as it takes,"''', "Sheinbaum")]},
    [
        S('''Security Minister Omar García Harfuch told the same press conference that there were now 11,500 federal troops and police in the state, and that 1,380 people had been arrested there since the violence erupted in September 2024.''',
          "Omar García Harfuch", why="Reported speech; title dropped. The adjective 'federal' ends the span.",
          f=[("11,500", "11500"), ("1,380 people", "1380")]),
        S('''García Harfuch said security forces had also seized 3,100 firearms and dismantled 64 clandestine drug laboratories over the same period.''',
          "García Harfuch", why="Reported speech. The adjective 'clandestine' ends the span.",
          f=[("3,100 firearms", "3100"), ("64", "64")]),
    ],
    [
        S('''The conflict broke out after Ismael "El Mayo" Zambada was abducted and flown to the United States in July 2024 by Joaquín Guzmán López, one of the sons of Joaquín "El Chapo" Guzmán.''',
          "", why="Background in the outlet's voice. Quoted nicknames are no QUOTEs; 'one of' is a pronoun."),
        S('''Since then, Zambada's faction, known as La Mayiza, and Los Chapitos, led by Guzmán's sons, have fought for control of the state.''',
          "", why="Background in the outlet's voice."),
    ],
    [
        S('''The deployment has so far failed to stop the killings.''',
          "", why="A state of affairs in the outlet's voice (borne out by the data that follow)."),
        S('''Sinaloa recorded 187 homicide victims in February, up from 142 in January, according to preliminary data from the Executive Secretariat of the National Public Security System (SESNSP).''',
          "Executive Secretariat of the National Public Security System", why="'according to' the SESNSP's data; name without the bracketed acronym. 'homicide victims' is a noun-noun compound; '142' counts victims, the noun elided.",
          f=[("187 homicide victims", "187"), ("142", "142")]),
        S('''Only Guanajuato and Baja California recorded more murders during the month.''',
          "", why="No tag of its own: the outlet's voice."),
    ],
    [
        S('''The Culiacán newspaper Noroeste reported last week that the Sinaloa Attorney General's Office had received more than 2,000 reports of missing people since the conflict began.''',
          "Noroeste", why="A newspaper's report passed on (the corpus's 'Bloomberg reported'). 'of' stops the span.",
          f=[("more than 2,000 reports", "2000")]),
    ],
    [
        S('''Sinaloa Governor Rubén Rocha Moya welcomed the reinforcements in a video posted on social media and said schools in Culiacán would return to in-person classes on March 16 after a week of online lessons.''',
          "Rubén Rocha Moya", why="Reported speech; title dropped. 'a week' has the article; 'March 16' a date."),
    ],
    [
        S('''In the state capital, many businesses now close before dark.''',
          "", why="A state of affairs in the outlet's voice."),
        S('''Juan Carlos Beltrán Osuna, 52, who runs a taco stand in the Tierra Blanca neighborhood, told the newspaper El Universal that his sales had fallen by about half since 2024 and that he had laid off three of his five employees.''',
          "Juan Carlos Beltrán Osuna", why="Reported speech via another paper: the speaker is the claimant. Bare age is a FIGURE; 'about half' is none; 'three' counts employees (noun elided).",
          f=[("52", "52"), ("three", "3"), ("five employees", "5")]),
    ],
    {"s": [
        S('''"Nobody goes out at night anymore.''',
          N, why="First sentence of a two-sentence quotation: an impression, a generalisation."),
        S('''We used to stay open until 1 in the morning, and now I close at 6," he said.''',
          "Juan Carlos Beltrán Osuna", why="Same quotation: checkable facts about his opening hours. Clock times are no FIGUREs. 'he' resolves to the nearest naming mention."),
    ], "q": [('''"Nobody goes out at night anymore. We used to stay open until 1 in the morning, and now I close at 6,"''', "Juan Carlos Beltrán Osuna")]},
    [
        S('''The federal Welfare Ministry said it had paid 15,000 pesos (US$830) to each of 4,600 families displaced by the violence from mountain communities in Concordia, Elota and San Ignacio.''',
          "Welfare Ministry", why="Reported statement of the ministry. The amount and its conversion are two FIGUREs.",
          f=[("15,000 pesos", "15000"), ("US$830", "830"), ("4,600 families", "4600")]),
    ],
    [
        S('''The deployment comes amid pressure from Washington for Mexico to do more against fentanyl trafficking.''',
          "", why="Context stated as a state of affairs in the outlet's voice."),
        S('''U.S. Ambassador Ronald Johnson said on X that the two countries were "working shoulder to shoulder" against the cartels and thanked García Harfuch for Mexico's transfer of dozens of cartel prisoners to U.S. custody.''',
          "Ronald Johnson", why="Reported post with a partial quotation; title dropped. 'the two countries' refers back to Mexico and the US: no FIGURE. 'dozens' is inexact: empty value.",
          q=[('''"working shoulder to shoulder"''', "Ronald Johnson")],
          f=[("dozens", "")]),
    ],
    [
        S('''Asked about reports in the U.S. press that the Pentagon was drawing up plans for strikes against cartels on Mexican soil, Sheinbaum repeated that her government would not accept any foreign military intervention.''',
          "Sheinbaum", why="Reported position ('repeated that')."),
        S('''"Cooperation, yes; subordination, never," she said.''',
          N, why="Quotation plus tag: a slogan, not a checkable fact. 'she' resolves to Sheinbaum.",
          q=[('''"Cooperation, yes; subordination, never,"''', "Sheinbaum")]),
    ],
    [
        S('''Nationally, the daily average of homicide victims fell to 54.1 in February, 32% lower than in September 2024, the last month of the previous administration, García Harfuch said.''',
          "García Harfuch", why="Reported figures. 'the last month' is no FIGURE.",
          f=[("54.1", "54.1"), ("32%", "32")]),
    ],
    [S('''Related: Sinaloa business leaders put cartel war losses at 25 billion pesos''',
       N, why="'Related:' link: a headline; its FIGURE is marked.",
       f=[("25 billion pesos", "25000000000")])],
    [S('''With reports from El Universal, Milenio and Noroeste''', N, why="Source credit line.")],
    [S('''Subscribe to the Mexico News Daily newsletter''', N, why="Boilerplate.")],
])

# ---------------------------------------------------------------------------
# 3. zona_da_mata_floods: Agência Brasil English service, curly double
#    quotes, straight apostrophes, "\n"; site line, section, headline,
#    stamp-and-byline line, caption + credit, translation footer
# ---------------------------------------------------------------------------
ARTICLES["zona_da_mata_floods"] = dict(nl="\r\n", paras=[
    [S("Agência Brasil", N, why="Site line.")],
    [S("General", N, why="Section label.")],
    [S("Floods in Minas Gerais leave 23 dead and over 6,000 homeless",
       N, why="Headline: no CLAIM; its FIGUREs are marked ('dead' and 'homeless' are adjectives: bare numbers).",
       f=[("23", "23"), ("over 6,000", "6000")])],
    [S("Published on 03/11/2026 - 19:05 By Renata Cardoso Brandão - Reporter - Agência Brasil - Belo Horizonte",
       N, why="Stamp and byline line: a date and a clock time, no FIGURE.")],
    [
        S("Juiz de Fora (MG), 03/11/2026 – Residents clear mud from a street in the Santa Luzia neighborhood after 180 millimeters of rain fell in 24 hours.",
          N, why="Photo caption: no CLAIM; its FIGUREs are marked. '(MG)' is the state's abbreviation, '03/11/2026' a date.",
          f=[("180 millimeters", "180"), ("24 hours", "24")]),
        S("Photo: Lucas Pimenta Reis/Agência Brasil", N, why="Photo credit."),
    ],
    [
        S("At least 23 people have died and more than 6,000 have been forced from their homes after torrential rain hit the Zona da Mata region of Minas Gerais, the Minas Gerais Civil Defense said on Wednesday (11).",
          "Minas Gerais Civil Defense", why="The lede passes on the Civil Defense's figures. '(11)' is the day of the month.",
          f=[("At least 23 people", "23"), ("more than 6,000", "6000")]),
    ],
    [
        S("Fourteen of the deaths were in Juiz de Fora, the region's largest city, where landslides buried houses on hillsides in at least five neighborhoods.",
          "", why="No tag of its own: the agency's voice. 'Fourteen' is a new count, its noun not directly following.",
          f=[("Fourteen", "14"), ("at least five neighborhoods", "5")]),
        S("Eight people are still missing, and firefighters have rescued 97 people from flooded or collapsed homes since the rain began on Monday (9).",
          "", why="The agency's voice. '(9)' is the day of the month.",
          f=[("Eight people", "8"), ("97 people", "97")]),
    ],
    [
        S("According to the National Center for Monitoring and Early Warning of Natural Disasters (Cemaden), Juiz de Fora recorded 212 millimeters of rain between Monday night and Tuesday afternoon, more than the historical average for the whole of March.",
          "National Center for Monitoring and Early Warning of Natural Disasters", why="'According to' the centre; name without the bracketed acronym.",
          f=[("212 millimeters", "212")]),
        S("The Paraibuna River, which cuts through the city, peaked at 5.2 meters on Tuesday night, nearly two meters above flood level, the Geological Survey of Brazil (SGB) said.",
          "Geological Survey of Brazil", why="Passes on the survey's measurements.",
          f=[("5.2 meters", "5.2"), ("nearly two meters", "2")]),
    ],
    [
        S("President Luiz Inácio Lula da Silva said on Wednesday that the federal government would release R$350 million (about US$60 million) for emergency aid and reconstruction in the affected municipalities.",
          "Luiz Inácio Lula da Silva", why="Reported speech; title dropped. The amount and its conversion are two FIGUREs.",
          f=[("R$350 million", "350000000"), ("about US$60 million", "60000000")]),
        S("Speaking to reporters at the Planalto Palace, Lula said he would travel to Juiz de Fora on Thursday (12) with ministers to follow the relief work.",
          "Lula", why="Reported speech (a plan he announced). '(12)' is the day of the month."),
    ],
    {"s": [
        S("“Nobody will be left behind.",
          N, why="First sentence of a two-sentence quotation: a pledge."),
        S("Every family that lost its home will have the support of the federal government,” the president said.",
          N, why="Same quotation: a promise. 'the president' resolves to Lula."),
    ], "q": [("“Nobody will be left behind. Every family that lost its home will have the support of the federal government,”", "Lula")]},
    [
        S("Integration and Regional Development Minister Waldez Góes said 19 municipalities had already had their state of emergency recognized by the federal government, which allows them to receive funds faster and to hire services without public tenders.",
          "Waldez Góes", why="Reported speech; title dropped.",
          f=[("19 municipalities", "19")]),
        S("Governor Romeu Zema declared three days of official mourning and said the state would pay R$2,000 to each family that lost its home.",
          "Romeu Zema", why="'declared ... and said' passes on what he said (eval10's mourning declaration); title dropped.",
          f=[("three days", "3"), ("R$2,000", "2000")]),
    ],
    [
        S("The Juiz de Fora city government said 1,850 people were staying in 32 public shelters, most of them schools and churches, and asked residents to donate drinking water, mattresses and hygiene products.",
          "Juiz de Fora city government", why="An authority without a proper name of its own keeps its description without the article. The adjective 'public' ends the span.",
          f=[("1,850 people", "1850"), ("32", "32")]),
        S("Classes in the municipal school system have been suspended until Friday (13).",
          "", why="A checkable fact in the agency's voice. '(13)' is the day of the month."),
    ],
    [
        S("Retired cleaner Maria Aparecida dos Santos, 67, who had lived in the Parque Burnier neighborhood for 40 years, told Agência Brasil she had left her house with her grandson minutes before the hillside behind it collapsed.",
          "Maria Aparecida dos Santos", why="Reported speech; the job description goes. Bare age is a FIGURE; 'minutes' has no number word.",
          f=[("67", "67"), ("40 years", "40")]),
    ],
    {"s": [
        S("“I heard a noise like thunder, grabbed the boy and ran.",
          "Maria Aparecida dos Santos", why="First sentence of a two-sentence quotation: an eyewitness account (checkable)."),
        S("When I looked back, the kitchen was gone,” she said.",
          "Maria Aparecida dos Santos", why="Same quotation: a checkable fact (the kitchen collapsed). 'she' resolves to the nearest naming mention."),
    ], "q": [("“I heard a noise like thunder, grabbed the boy and ran. When I looked back, the kitchen was gone,”", "Maria Aparecida dos Santos")]},
    [
        S("The National Institute of Meteorology (Inmet) kept an orange alert for heavy rain in place for the Zona da Mata and forecast up to 60 millimeters more by Friday.",
          "National Institute of Meteorology", why="An act of the institute plus its forecast passed on: that it forecast this is checkable (eval14's 'Forecasters said').",
          f=[("up to 60 millimeters", "60")]),
    ],
    [
        S("Scientists have warned that extreme rainfall events in Southeast Brazil are becoming more frequent and intense as the planet warms.",
          "Scientists", why="A position attributed to unnamed scientists, who keep the description."),
        S("In February 2022, floods and landslides killed 241 people in Petrópolis, in the mountains of Rio de Janeiro state.",
          "", why="Background in the agency's voice; 'February 2022' is a date.",
          f=[("241 people", "241")]),
    ],
    [S("(Translated by Mariana Duarte Campos)", N, why="Translation credit.")],
])
