"""Held-out articles, set B (writer b): three original climate, energy and
environment stories written for the seventeenth evaluation set as they
come off the web (scraped article text with the page furniture a scraper
keeps, cf. /work/shared/corpus), at ordinary density for that beat. Real
public institutions (Polar Portal, the Danish and Finnish Meteorological
Institutes, GEUS, Imbie, Nasa, the WMO, the IPCC, the University of
Leeds, the IEA, Global Energy Monitor, the UN climate secretariat, UNEP, MSCI, Carbon
Market Watch, the Alliance of Small Island States) appear as real outlets
would name them, but the events, figures and every quotation and
statement attributed to them are invented; the reporters, scientists,
analysts and negotiators are invented people.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md, the
corpus gold and the judgement calls of the earlier sets (eval3-eval16)
where they apply.

`greenland_ice_loss_second_largest` is a Guardian-style environment story
(the Greenland ice sheet's second-largest annual mass loss, from Polar
Portal and the DMI; a GEUS glaciologist quoted over two sentences and
again after reported speech, a Leeds polar scientist with a partial
quotation, Imbie, Nasa, the WMO and the IPCC) with curly double quotes and
curly apostrophes and "\\n\\n" line ends: section line, headline,
standfirst, byline, a `Thu 5 Nov 2026 06.00 GMT` stamp, a photo caption
with a `Photograph: Name/Reuters` credit, a `Related:` line and the
newsletter promotion slot (`skip past newsletter promotion` ... `after
newsletter promotion`). Statistics: tonnes of ice in `bn`, temperatures
and anomalies in C, warming per decade, a CO2 concentration in parts per
million, percentages, sea level in mm and metres, a range in metres.
`iea_renewables_record_coal_high` is a Reuters sustainable-business wire
story (an IEA renewables market report: a record 690 GW of additions, a
raised five-year forecast, the COP28 tripling pledge, coal generation at
a high, power-sector CO2 in gigatonnes, Global Energy Monitor's
coal-plant count, module and auction prices, EV sales, grid queues; an IEA division head and a GEM analyst
quoted) with straight double quotes and "\\n" line ends: section line,
headline, byline, stamp, photo caption with a `REUTERS/.../File Photo`
credit, a `PARIS, Oct 8 (Reuters) -` dateline, a `Sign up here.` line, the
credit footer and the `Our Standards` line. Statistics: GW, TWh, `$/MWh`,
a per-watt price, euros with a dollar conversion, percentages, a count in
millions.
`cop31_carbon_removal_credits` is an AP climate-desk story (negotiators at
COP31 in Antalya adopt rules for carbon removal credits under the Paris
Agreement's Article 6.4 market; a co-chair, a Carbon Market Watch expert,
anonymous negotiators, an AOSIS negotiator quoted, the UN climate
secretariat, MSCI, the IPCC, UNEP and the IEA cited) with curly double
quotes and curly apostrophes and "\\n" line ends: section line, headline,
capitalised AP byline, `Updated ...` stamp, caption with an `(AP Photo/...)`
credit, an `ANTALYA, Turkey (AP) —` dateline, the `___` rule and the AP
philanthropy boilerplate. Statistics: durations, percentages, credits in
millions, prices per ton, a dollar range, temperatures in Celsius with
Fahrenheit conversions, emissions in billion metric tons, `billions`.

Judgement calls made where the guidelines leave room (earlier sets' calls
followed: approximators inside the span, `an estimated` among them
(eval13); years, dates, clock times and ordinals (`second-largest`,
`second-worst`, `first credits`) no FIGUREs; numbers inside names (`COP28`,
`COP31`, `Article 6.4`, `2015 Paris Agreement`, `GMT+1`) no FIGUREs;
titles and job descriptions dropped, honorifics kept (`Dr`, `Prof`); a
bare number whose counted noun does not follow is a FIGURE of the number
alone; an adjective between number and noun ends the span; fractions
without a number word (`just over a quarter`, `about a third`) and
`twice`, `triple` are no FIGUREs; `billions` is an inexact FIGURE with an
empty value (eval13's `millions`); a range is one FIGURE `low-high`;
a bracketed conversion is a second FIGURE (eval14, eval16); per-unit tails
stay out of money spans (`$38/MWh` -> `$38`, `about $0.09 per watt` ->
`about $0.09`, `71 euros ($82) per megawatt hour` -> `71 euros` and `$82`,
`$14 a ton` -> `$14`, eval13/eval14); headline, standfirst, byline,
stamps, section lines, captions and credits, datelines, `Related:`,
newsletter and sign-up lines, credit footer, `Our Standards`, the `___`
rule and the AP boilerplate get no CLAIM, their QUOTEs and FIGUREs are
marked; the outlet's own reporting has an empty claimant, as in the corpus
gold and every earlier set). New or beat-specific calls:
- Units of measurement join the span and the value is the printed number,
  whatever SI prefix the unit carries: `690 gigawatts` -> 690, `410 GW` ->
  410, `about 10,700 terawatt hours` -> 10700, `about 0.97mm` -> 0.97,
  `about 7.4 metres` -> 7.4, `14.6 gigatonnes` -> 14.6, `426.9 parts per
  million` -> 426.9, `24.1C` -> 24.1, `about 1.42C` -> 1.42 (a
  temperature with its unit in the token, eval13); `about 0.7C per
  decade` ends at the unit (eval13's `0.27C per decade`). The bracketed
  abbreviation after a spelled-out unit (`gigawatts (GW)`, `terawatt
  hours (TWh)`, `gigatonnes (GtCO2)`, `parts per million (ppm)`) stays
  out of the span, as a bracketed abbreviation stays
  out of a name (eval14). Scale words, by contrast, multiply: `352bn
  tonnes` -> 352000000000 (eval13's `R17.2bn`), `57.7 billion metric
  tons` -> 57700000000, `About 18 million credits` -> 18000000. The
  substance after the unit (`of ice`, `of carbon dioxide equivalent`) is
  not part of the span (`tonnes` is the unit that directly follows).
- `1.5 degrees Celsius (2.7 degrees Fahrenheit)` gives two FIGUREs, the
  conversion being the second (as money conversions). `a world about
  1.3C warmer`: the adjective ends the span, `about 1.3C`.
- `between 0.28 and 1.01 metres` is a range: one FIGURE `0.28-1.01`; `up
  to 2 metres` keeps `up to` as approximator (eval11). `$400 to $1,000`
  is one range (400-1000).
- `almost 1mm` -> value 1; `one metric ton` (the size of a credit) is a
  quantity with its unit: FIGURE value 1. `a single year` is the article:
  no FIGURE. `17.3 million sold` counts cars that do not follow: FIGURE
  `17.3 million` (17300000). `two negotiators` in `according to two
  negotiators who spoke on condition of anonymity` counts sources: FIGURE
  (2). `more than five hours`, `at least 40 years`, `two-week` (a
  hyphenated compound), `11 years`, `50 years` are durations.
- Claimants: a monitoring service, agency, report or data source passed
  on with `according to` / `said` / `calculated` / `estimated` is the
  claimant, named as at the nearest naming mention: `according to Polar
  Portal` and the following `the scientists said` -> `Polar Portal`;
  `according to the Danish Meteorological Institute (DMI)` -> `Danish
  Meteorological Institute` (abbreviation out, eval14) and the next
  sentence's `the DMI calculated` -> `DMI` (eval13's C3S); `GEUS said`
  -> `GEUS`; `according to Nasa satellite data` -> `Nasa`; `Its annual
  greenhouse gas bulletin put ...` (right after the WMO sentence) ->
  `World Meteorological Organization`; the IEA is
  `International Energy Agency` until the article first calls it `IEA`
  (`under the IEA's main forecast`), and `IEA` after that (`the report
  said`, `it said`, `the agency said`, `the agency estimated` all resolve
  to the nearest naming mention); `according to data from the research
  firm MSCI` -> `MSCI`; `the U.N. Environment Programme said` -> `U.N.
  Environment Programme`. Unnamed sources keep their description without
  article or number: `Environmental groups`, `Supporters of the rules`,
  `according to two negotiators ...` -> `negotiators`.
- Quoted people: `said Dr Ruth Aalund` -> `Dr Ruth Aalund`; her later
  `Aalund said` -> `Aalund`, and the `she said` after it resolves to that
  nearest naming mention (`Aalund`); Prof Isobel Harrington's `she said`
  -> `Prof Isobel Harrington`. Job descriptions (`a glaciologist at ...`,
  `who heads the agency's renewable energy markets division`, `an analyst
  at ...`, `a Senegalese negotiator who co-chaired ...`, `a policy expert
  at ...`, `who represents the Alliance of Small Island States in ...`)
  are dropped.
- Quotation plus tag: CLAIM when the quoted words assert something
  checkable (Aalund's second-worst year measured and no gain in mass
  since the late 1990s; Ortmann's renewables built faster than ever and
  cheapest in most markets; Brennan's coal plants running fewer hours
  rather than closing; Diallo's `It took us 11 years ... but it is done`,
  a checkable account with a verdict attached, like eval9's mixed
  sentences); no CLAIM for predictions, prescriptions, characterisations
  and feelings (Aalund's `I don't expect to see ...`, Harrington's two
  sentences, Ortmann's `the grids and storage ... have to be built just
  as fast` and `money and emissions wasted`, Lindgren's `these rules
  pretend that it is`, Vakaloa's two sentences).
- A lede that reports an act (`Negotiators ... approved long-delayed rules
  on Saturday ..., a step supporters said could channel billions of
  dollars ...`) is in the wire's voice, claimant empty (eval11, eval16):
  the trailing `supporters said` is background to the reported act.
  `The figures come a week after the World Meteorological Organization
  (WMO) said ...` passes on the WMO's statement: claimant `World
  Meteorological Organization`. The scheduled end of the summit (`The
  two-week summit is scheduled to end Friday ...`) is a checkable
  schedule in the wire's voice. A sentence with no tag that continues a
  report's numbers (`China alone installed 410 GW ...`, `Meeting that
  goal would require ...`) is in the outlet's voice (claimant empty).
- Reported forecasts are CLAIMs: `The IEA said wind and solar were
  expected to overtake coal ...` (that it said so is checkable), as
  eval10's forecasts in reported speech.
- Guardian newsletter slot lines (`skip past newsletter promotion`, `Sign
  up to Down to Earth`, its blurb, `after newsletter promotion`) and the
  Reuters `Sign up here.` line are boilerplate; the `Related:` line is
  furniture (its ordinal `second` is no FIGURE).
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. greenland_ice_loss_second_largest: Guardian-style environment story,
#    curly double quotes, "\n\n"
# ---------------------------------------------------------------------------
ARTICLES["greenland_ice_loss_second_largest"] = dict(nl="\n\n", paras=[
    [S("Climate crisis", N, why="Section line: furniture.")],
    [S("Greenland ice sheet lost 352bn tonnes of ice this year, second-largest loss on record",
       N, why="Headline: no CLAIM; its FIGURE is marked ('bn' a scale word, 'tonnes' the unit; 'second-largest' an ordinal).",
       f=[("352bn tonnes", "352000000000")])],
    [S("An August heatwave drove melting across 68% of the ice sheet’s surface, adding almost 1mm to global sea levels in a single year",
       N, why="Standfirst: no CLAIM; its FIGUREs are marked. 'a single year' is the article.",
       f=[("68%", "68"), ("almost 1mm", "1")])],
    [S("Damian Carrick Environment correspondent", N, why="Byline.")],
    [S("Thu 5 Nov 2026 06.00 GMT", N, why="Date stamp: a date and a clock time.")],
    [
        S("Meltwater streams across the surface of the ice sheet near Kangerlussuaq in western Greenland in August.",
          N, why="Photo caption: no CLAIM."),
        S("Photograph: Lene Holm/Reuters", N, why="Photo credit (part of the caption line)."),
    ],
    [S("The Greenland ice sheet lost 352bn tonnes of ice in the 12 months to the end of August, the second-largest annual loss since satellite measurements began in 2002, according to Polar Portal, a monitoring service run by Danish research institutions.",
       "Polar Portal", why="'according to' the monitoring service; its description is not part of the name. '2002' is a year, 'second-largest' an ordinal.",
       f=[("352bn tonnes", "352000000000"), ("12 months", "12")])],
    [S("Only 2019, when the ice sheet shed an estimated 444bn tonnes, saw a bigger loss, the scientists said.",
       "Polar Portal", why="'the scientists' are those of the service named in the sentence before: the nearest naming mention. 'an estimated' is an approximator (eval13).",
       f=[("an estimated 444bn tonnes", "444000000000")])],
    [
        S("The losses were driven by an unusually warm summer on Greenland’s west coast, where a heatwave in early August pushed the temperature at Kangerlussuaq airport to 24.1C, the highest reading there for the month.",
          "", why="No tag: the outlet's voice. A temperature with its unit in the token.",
          f=[("24.1C", "24.1")]),
        S("Melting was detected across 68% of the ice sheet’s surface on 9 August, the largest area since July 2012, according to the Danish Meteorological Institute (DMI).",
          "Danish Meteorological Institute", why="'according to' the institute; the bracketed abbreviation is not part of the name. '9 August' and 'July 2012' are dates.",
          f=[("68%", "68")]),
    ],
    [S("The loss added about 0.97mm to global average sea level, the DMI calculated.",
       "DMI", why="Passes on the institute's calculation, named as in the sentence (eval13's C3S). The unit's prefix does not scale the value.",
       f=[("about 0.97mm", "0.97")])],
    [
        S("“This is the second-worst year we have ever measured, and it happened without anything like the blocking high pressure that gave us the record in 2019,” said Dr Ruth Aalund, a glaciologist at the Geological Survey of Denmark and Greenland (GEUS), which contributes to Polar Portal.",
          "Dr Ruth Aalund", why="Quotation plus inverted tag asserting checkable facts (the ranking of the year, the weather pattern). Job description dropped, 'Dr' kept.",
          q=[("“This is the second-worst year we have ever measured, and it happened without anything like the blocking high pressure that gave us the record in 2019,”", "Dr Ruth Aalund")]),
        S("“The ice sheet has not gained mass in a single year since the late 1990s.”",
          "Dr Ruth Aalund", why="Continuation quotation asserting a checkable record; 'a single year' is the article, 'the late 1990s' a decade.",
          q=[("“The ice sheet has not gained mass in a single year since the late 1990s.”", "Dr Ruth Aalund")]),
    ],
    [
        S("Snowfall last winter was close to average, Aalund said, meaning that melting at the surface rather than a lack of fresh snow accounted for most of the loss.",
          "Aalund", why="Reported speech, named as in the sentence."),
        S("“Honestly, I don’t expect to see a year when the ice sheet is in balance again in my career,” she said.",
          N, why="Quotation plus tag: a prediction. 'she' resolves to the nearest naming mention, 'Aalund'.",
          q=[("“Honestly, I don’t expect to see a year when the ice sheet is in balance again in my career,”", "Aalund")]),
    ],
    [S("Related: Antarctic sea ice falls to near-record low for second winter running",
       N, why="'Related:' line: furniture; 'second' is an ordinal.")],
    [
        S("Greenland holds enough ice to raise global sea levels by about 7.4 metres if it were to melt completely.",
          "", why="A checkable state of affairs in the outlet's voice.",
          f=[("about 7.4 metres", "7.4")]),
        S("It has contributed about 14mm to sea-level rise since 1992, according to the Ice Sheet Mass Balance Inter-comparison Exercise (Imbie), an international team of scientists backed by Nasa and the European Space Agency.",
          "Ice Sheet Mass Balance Inter-comparison Exercise", why="'according to' the group; its abbreviation and description are not part of the name. '1992' is a year.",
          f=[("about 14mm", "14")]),
    ],
    [S("Global mean sea level is now rising by about 4.5mm a year, more than twice the rate of the early 1990s, according to Nasa satellite data.",
       "Nasa", why="'according to' the agency's data. '4.5mm a year' ends at the unit (eval10's '2.7% a year'); 'more than twice' holds no FIGURE.",
       f=[("about 4.5mm", "4.5")])],
    [
        S("skip past newsletter promotion", N, why="Newsletter slot: boilerplate."),
    ],
    [S("Sign up to Down to Earth", N, why="Newsletter slot: boilerplate.")],
    [S("The planet’s most important stories. Get all the week’s environment news - the good, the bad and the essential",
       N, why="Newsletter blurb: boilerplate (one item, as the page prints it).")],
    [S("after newsletter promotion", N, why="Newsletter slot: boilerplate.")],
    [S("The figures come a week after the World Meteorological Organization (WMO) said 2026 was on course to be among the warmest years on record, with the global average temperature between January and September about 1.42C above pre-industrial levels.",
       "World Meteorological Organization", why="Passes on what the WMO said; the abbreviation is not part of the name. '2026' is a year; 'a week' the article.",
       f=[("about 1.42C", "1.42")])],
    [S("Its annual greenhouse gas bulletin put the average concentration of carbon dioxide in the atmosphere last year at 426.9 parts per million (ppm), 54% above pre-industrial levels.",
       "World Meteorological Organization", why="The WMO's bulletin passed on ('Its' resolves to the organisation named in the sentence before). 'parts per million' is the unit; its bracketed abbreviation stays out.",
       f=[("426.9 parts per million", "426.9"), ("54%", "54")])],
    [S("The Arctic has warmed by about 0.7C per decade since 1979, according to the Finnish Meteorological Institute.",
       "Finnish Meteorological Institute", why="'according to' the institute. '0.7C per decade' ends at the unit (eval13's '0.27C per decade'); '1979' is a year.",
       f=[("about 0.7C", "0.7")])],
    [S("Prof Isobel Harrington, a polar scientist at the University of Leeds who was not involved in the assessment, said the losses were in line with what climate models projected for a world about 1.3C warmer than pre-industrial times, but that the swings from year to year were “becoming harder to explain away”.",
       "Prof Isobel Harrington", why="Reported speech with a partial quotation; 'Prof' kept, job description dropped. The adjective 'warmer' ends the span. British punctuation: the full stop is outside the closing mark.",
       q=[("“becoming harder to explain away”", "Prof Isobel Harrington")],
       f=[("about 1.3C", "1.3")])],
    [
        S("“What happens in Greenland does not stay in Greenland,” she said.",
          N, why="Quotation plus tag: a characterisation. 'she' resolves to Prof Isobel Harrington.",
          q=[("“What happens in Greenland does not stay in Greenland,”", "Prof Isobel Harrington")]),
        S("“Every coastal city on the planet will be living with this meltwater for centuries.”",
          N, why="Continuation quotation: a prediction.",
          q=[("“Every coastal city on the planet will be living with this meltwater for centuries.”", "Prof Isobel Harrington")]),
    ],
    [S("The Intergovernmental Panel on Climate Change (IPCC) has said that sea levels could rise by between 0.28 and 1.01 metres by 2100, depending on how quickly emissions are cut, and that a rise of up to 2 metres cannot be ruled out if the ice sheets collapse faster than expected.",
       "Intergovernmental Panel on Climate Change", why="Reported statement of the panel (its projections: that it said them is checkable). A range is one FIGURE; 'up to' an approximator; '2100' a year.",
       f=[("between 0.28 and 1.01 metres", "0.28-1.01"), ("up to 2 metres", "2")])],
    [S("GEUS said it would publish a fuller assessment, including new measurements of the ice lost as glaciers calve icebergs into the ocean, in December.",
       "GEUS", why="Reported statement of the survey, named as in the sentence.")],
])

# ---------------------------------------------------------------------------
# 2. iea_renewables_record_coal_high: Reuters sustainable-business wire,
#    straight double quotes, "\n"
# ---------------------------------------------------------------------------
ARTICLES["iea_renewables_record_coal_high"] = dict(nl="\n", paras=[
    [S('''Sustainable Business''', N, why="Section line: furniture.")],
    [S('''World added record 690 GW of renewable power in 2025 but coal generation also hit a high, IEA says''',
       N, why="Headline: no CLAIM; its FIGURE is marked.",
       f=[("690 GW", "690")])],
    [S('''By Katrin Vogel''', N, why="Byline.")],
    [S('''October 8, 2026 9:03 AM GMT+1''', N, why="Time stamp: a date and a clock time.")],
    [
        S('''Solar panels are seen at a photovoltaic power station in Ningxia Hui Autonomous Region, China, July 3, 2026.''',
          N, why="Photo caption: no CLAIM; the date is no FIGURE."),
        S('''REUTERS/Lian Zhou/File Photo''', N, why="Photo credit (part of the caption line)."),
    ],
    [
        S('''PARIS, Oct 8 (Reuters) -''', N, why="Dateline: its own item before the first sentence."),
        S('''The world installed a record 690 gigawatts (GW) of renewable power capacity last year, 18% more than in 2024, but electricity generation from coal also rose to an all-time high as demand surged in China and India, the International Energy Agency said on Thursday.''',
          "International Energy Agency", why="The lede passes on the agency's report. The bracketed abbreviation of the unit stays out of the span; the value is the printed number.",
          f=[("690 gigawatts", "690"), ("18%", "18")]),
    ],
    [
        S('''Solar accounted for about 560 GW of the new capacity, the Paris-based agency said in its annual renewables market report, with wind making up most of the rest.''',
          "International Energy Agency", why="'the Paris-based agency' resolves to the name at the nearest mention.",
          f=[("about 560 GW", "560")]),
        S('''China alone installed 410 GW, more than the rest of the world combined.''',
          "", why="No tag of its own: the outlet's voice.",
          f=[("410 GW", "410")]),
    ],
    [S('''Sign up here.''', N, why="Newsletter sign-up line: boilerplate.")],
    [
        S('''"Renewables are now being built faster than at any point in history, and in most markets they are the cheapest option for new power," said Lena Ortmann, who heads the agency's renewable energy markets division.''',
          "Lena Ortmann", why="Quotation plus inverted tag asserting checkable facts (build rate, relative cost). Job description dropped.",
          q=[('''"Renewables are now being built faster than at any point in history, and in most markets they are the cheapest option for new power,"''', "Lena Ortmann")]),
        S('''"But the grids and storage needed to use that power have to be built just as fast."''',
          N, why="Continuation quotation: a prescription.",
          q=[('''"But the grids and storage needed to use that power have to be built just as fast."''', "Lena Ortmann")]),
    ],
    [
        S('''The agency raised its forecast for renewable capacity additions between 2026 and 2030 to 4,600 GW, about 6% higher than in last year's outlook, but said the world remained off track to meet the pledge made at the COP28 climate summit to triple global renewable capacity by the end of the decade.''',
          "International Energy Agency", why="The agency's forecast and statement passed on; nearest naming mention. 'COP28' is a name; 'triple' holds no FIGURE; 'between 2026 and 2030' a year span.",
          f=[("4,600 GW", "4600"), ("about 6%", "6")]),
        S('''Meeting that goal would require about 11,200 GW of total installed capacity by 2030, compared with roughly 9,500 GW under the IEA's main forecast.''',
          "", why="No tag of its own: the outlet's voice. The adjectives 'total installed' end the first span.",
          f=[("about 11,200 GW", "11200"), ("roughly 9,500 GW", "9500")]),
    ],
    [S('''Global coal-fired generation rose 1.4% to about 10,700 terawatt hours (TWh) in 2025, as heatwaves pushed up demand for air conditioning and a drought cut hydropower output in parts of southern China, according to separate IEA data.''',
       "IEA", why="'according to' the agency's data, named as in the sentence. A change and a level: two FIGUREs; the bracketed unit abbreviation stays out.",
       f=[("1.4%", "1.4"), ("about 10,700 terawatt hours", "10700")])],
    [S('''As a result, carbon dioxide emissions from electricity generation rose 0.9% to a record 14.6 gigatonnes (GtCO2), the agency estimated.''',
       "IEA", why="'the agency' resolves to the nearest naming mention, 'IEA'. The unit's prefix does not scale the value; the bracketed unit abbreviation stays out.",
       f=[("0.9%", "0.9"), ("14.6 gigatonnes", "14.6")])],
    [S('''Power companies commissioned 95 GW of new coal-fired capacity worldwide last year, most of it in China, while 22 GW was retired, according to Global Energy Monitor, a U.S.-based research group.''',
       "Global Energy Monitor", why="'according to' the research group; its description is not part of the name.",
       f=[("95 GW", "95"), ("22 GW", "22")])],
    [S('''"China is building coal and solar side by side, and for now the coal plants are running fewer hours rather than closing," said Tomás Brennan, an analyst at Global Energy Monitor.''',
       "Tomás Brennan", why="Quotation plus inverted tag asserting a checkable state of affairs; job description dropped.",
       q=[('''"China is building coal and solar side by side, and for now the coal plants are running fewer hours rather than closing,"''', "Tomás Brennan")])],
    [
        S('''Prices for solar modules fell to about $0.09 per watt in September, down 30% from a year earlier, while utility-scale solar projects in India were contracted at an average of $38/MWh, the cheapest of any new source of power in the country, the report said.''',
          "IEA", why="'the report' is the agency's report; the nearest naming mention is 'IEA'. Per-unit tails stay out ('per watt', '/MWh'); 'an average of' is no approximator (eval14).",
          f=[("about $0.09", "0.09"), ("30%", "30"), ("$38", "38")]),
        S('''In Europe, average prices in onshore wind auctions rose to 71 euros ($82) per megawatt hour as turbine and financing costs climbed, it said.''',
          "IEA", why="'it' resolves to the agency (nearest naming mention 'IEA'). The amount and its bracketed conversion are two FIGUREs; the per-unit tail stays out.",
          f=[("71 euros", "71"), ("$82", "82")]),
    ],
    [S('''Electric cars made up just over a quarter of new car sales globally last year, the agency said in a separate report in May, with 17.3 million sold.''',
       "IEA", why="'the agency' resolves to 'IEA'. 'just over a quarter' holds no number word; '17.3 million' counts cars that do not follow.",
       f=[("17.3 million", "17300000")])],
    [
        S('''The IEA said wind and solar together were expected to overtake coal as the largest source of global electricity in 2027, a year later than it had forecast last year.''',
          "IEA", why="Reported forecast: that the agency said it is checkable. 'a year' is the article; '2027' a year."),
        S('''More than 1,700 GW of solar, wind and battery projects worldwide are waiting for grid connections, about a third of them at an advanced stage, the agency estimated.''',
          "IEA", why="The agency's estimate passed on. 'about a third' holds no number word.",
          f=[("More than 1,700 GW", "1700")]),
    ],
    [S('''"A solar farm that sits finished but unconnected for two years is money and emissions wasted," Ortmann said.''',
       N, why="Quotation plus tag: an opinion. The duration is still a FIGURE.",
       q=[('''"A solar farm that sits finished but unconnected for two years is money and emissions wasted,"''', "Ortmann")],
       f=[("two years", "2")])],
    [S('''(Reporting by Katrin Vogel; Editing by David Holmes)''', N, why="Credit footer.")],
    [S('''Our Standards: The Thomson Reuters Trust Principles.''', N, why="Boilerplate.")],
])

# ---------------------------------------------------------------------------
# 3. cop31_carbon_removal_credits: AP climate-desk story, curly double
#    quotes, "\n"
# ---------------------------------------------------------------------------
ARTICLES["cop31_carbon_removal_credits"] = dict(nl="\n", paras=[
    [S("Climate", N, why="Section line: furniture.")],
    [S("UN climate talks approve rules for carbon removal credits as critics warn of loopholes",
       N, why="Headline: no CLAIM.")],
    [S("By DANA WHITFIELD and MEHMET ARSLAN", N, why="Byline.")],
    [S("Updated 4:18 PM GMT+3, November 14, 2026", N, why="Update stamp: a clock time and a date.")],
    [
        S("Delegates applaud after a decision on carbon markets is adopted during a plenary session at the COP31 U.N. Climate Summit, Saturday, Nov. 14, 2026, in Antalya, Turkey.",
          N, why="Photo caption: no CLAIM; 'COP31' is a name, the date no FIGURE."),
        S("(AP Photo/Emre Kaya)", N, why="Photo credit (part of the caption line)."),
    ],
    [
        S("ANTALYA, Turkey (AP) —", N, why="Dateline: its own item before the first sentence."),
        S("Negotiators at United Nations climate talks approved long-delayed rules on Saturday that will let projects that pull carbon dioxide out of the air sell credits on a new U.N.-run carbon market, a step supporters said could channel billions of dollars to developing countries.",
          "", why="The lede reports the act in the wire's voice (see docstring). 'billions' is an inexact FIGURE with an empty value.",
          f=[("billions", "")]),
    ],
    [S("The standards, adopted by consensus at a session that ran more than five hours past its scheduled close, set out how long removed carbon must stay stored and who pays if it leaks back into the atmosphere.",
       "", why="The wire's voice.",
       f=[("more than five hours", "5")])],
    [S("Under the rules, projects must monitor stored carbon for at least 40 years, and 20% of the credits issued to each project will be held back in a shared buffer to cover reversals, such as a forest that burns down.",
       "", why="The content of the adopted rules in the wire's voice.",
       f=[("at least 40 years", "40"), ("20%", "20")])],
    [S("“It took us 11 years to get here, and it is not perfect, but it is done,” said Amina Diallo, a Senegalese negotiator who co-chaired the talks on the issue.",
       "Amina Diallo", why="Quotation plus inverted tag: a checkable account (11 years, finished) with a verdict attached (eval9's mixed sentences). Job description dropped.",
       q=[("“It took us 11 years to get here, and it is not perfect, but it is done,”", "Amina Diallo")],
       f=[("11 years", "11")])],
    [
        S("The market, created under Article 6.4 of the 2015 Paris Agreement, issued its first credits last year, mostly to projects that replace polluting cookstoves or generate renewable power.",
          "", why="The wire's voice. 'Article 6.4' is a number inside a name; '2015' is part of the agreement's name; 'first' an ordinal."),
        S("About 18 million credits have been issued so far, each representing one metric ton of carbon dioxide kept out of or removed from the atmosphere, according to the U.N. climate secretariat.",
          "U.N. climate secretariat", why="'according to' the secretariat (no article). 'one metric ton' is a quantity with its unit.",
          f=[("About 18 million credits", "18000000"), ("one metric ton", "1")]),
    ],
    [S("Credits on the market sold for an average of $14 a ton between July and September, compared with about $6 for credits in voluntary markets run by private standard-setters, according to data from the research firm MSCI.",
       "MSCI", why="'according to data from' the firm; its description dropped. 'a ton' is the article of a per-unit tail.",
       f=[("$14", "14"), ("about $6", "6")])],
    [
        S("Environmental groups said the rules left too much room for projects that store carbon only for a few decades, such as tree planting, to be rewarded in the same way as those that lock it away permanently in rock.",
          "Environmental groups", why="Reported position of unnamed groups: the description. 'a few decades' holds no number word."),
        S("“A forest that burns down in 30 years is not the same as carbon turned to stone for 10,000 years, and these rules pretend that it is,” said Jonas Lindgren, a policy expert at Carbon Market Watch, a Brussels-based watchdog.",
          N, why="Quotation plus inverted tag: a characterisation of the rules (opinion); the durations in it are FIGUREs.",
          q=[("“A forest that burns down in 30 years is not the same as carbon turned to stone for 10,000 years, and these rules pretend that it is,”", "Jonas Lindgren")],
          f=[("30 years", "30"), ("10,000 years", "10000")]),
    ],
    [S("The European Union and several Latin American countries had pushed for stricter requirements but accepted the compromise late Friday, after Saudi Arabia dropped its objections to a separate text on how countries report their trades, according to two negotiators who spoke on condition of anonymity because the talks were private.",
       "negotiators", why="'according to' unnamed sources: their description without number or clause. 'two negotiators' counts the sources: a FIGURE.",
       f=[("two negotiators", "2")])],
    [
        S("The talks, known as COP31, are being held in the Mediterranean resort city under an unusual arrangement in which Turkey hosts the summit while Australia leads the negotiations.",
          "", why="A checkable arrangement in the wire's voice; 'COP31' is a name."),
        S("Delegations from nearly 200 countries are attending.",
          "", f=[("nearly 200 countries", "200")]),
    ],
    [S("Supporters of the rules say the world will need to remove billions of tons of carbon dioxide a year by mid-century on top of cutting emissions to meet the goals of the Paris Agreement.",
       "Supporters of the rules", why="Reported position of an unnamed group: its description. 'billions' is inexact ('of' stands before the unit).",
       f=[("billions", "")])],
    [S("The Intergovernmental Panel on Climate Change has said global greenhouse gas emissions must fall 43% from 2019 levels by 2030 to keep the goal of limiting warming to 1.5 degrees Celsius (2.7 degrees Fahrenheit) within reach.",
       "Intergovernmental Panel on Climate Change", why="Reported statement of the panel. The temperature and its bracketed conversion are two FIGUREs; '2019' and '2030' are years.",
       f=[("43%", "43"), ("1.5 degrees Celsius", "1.5"), ("2.7 degrees Fahrenheit", "2.7")])],
    [S("Instead, emissions reached a record 57.7 billion metric tons of carbon dioxide equivalent last year, up 2.3% from 2024, the U.N. Environment Programme said last month.",
       "U.N. Environment Programme", why="Reported statement of the agency. 'billion' is a scale word; 'metric tons' the unit; a level and a change: two FIGUREs.",
       f=[("57.7 billion metric tons", "57700000000"), ("2.3%", "2.3")])],
    [S("Removing carbon directly from the air with machines costs $400 to $1,000 a ton today, according to the International Energy Agency, far more than most buyers of credits have been willing to pay.",
       "International Energy Agency", why="'according to' the agency; the trailing comparison is the wire's gloss on it. A money range is one FIGURE; 'a ton' stays out.",
       f=[("$400 to $1,000", "400-1000")])],
    [
        S("Losana Vakaloa, who represents the Alliance of Small Island States in the carbon market talks, said her group had backed the deal because it required the U.N. body to set aside 5% of all credits to pay for adaptation and to cancel a further 2% to deliver an overall cut in emissions.",
          "Losana Vakaloa", why="Reported speech; the job description is dropped.",
          f=[("5%", "5"), ("2%", "2")]),
        S("“For us this is not about markets,” she said.",
          N, why="Quotation plus tag: a stance. 'she' resolves to Losana Vakaloa.",
          q=[("“For us this is not about markets,”", "Losana Vakaloa")]),
        S("“It is about whether our islands are still here in 50 years.”",
          N, why="Continuation quotation: a rhetorical point about the future; the duration is a FIGURE.",
          q=[("“It is about whether our islands are still here in 50 years.”", "Losana Vakaloa")],
          f=[("50 years", "50")]),
    ],
    [S("The two-week summit is scheduled to end Friday, with ministers arriving Monday to take over the hardest negotiations, including how to raise more money to help poorer nations adapt to a warming world.",
       "", why="A checkable schedule in the wire's voice. 'two-week' is a hyphenated compound FIGURE.",
       f=[("two-week", "2")])],
    [S("___", N, why="Rule line: furniture.")],
    [
        S("The Associated Press’ climate and environmental coverage receives financial support from multiple private foundations.",
          N, why="AP boilerplate."),
        S("AP is solely responsible for all content.", N, why="AP boilerplate."),
        S("Find AP’s standards for working with philanthropies, a list of supporters and funded coverage areas at AP.org.",
          N, why="AP boilerplate."),
    ],
])
