"""Held-out articles, set D (writer d): three original news stories written
for the thirteenth evaluation set as they come off the web (scraped
article text with the page furniture a scraper keeps, cf.
/work/shared/corpus), in the health, science and election-results beat:
dense with statistics, at ordinary density for that beat. Real public
institutions and public figures appear as real outlets would name them,
but the events, results, figures and every quotation and statement
attributed to them are invented; the outlets, the reporters and the
researchers/outside experts not otherwise public figures are invented.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md, the
three real scraped articles in /work/shared/corpus and the judgement calls
of the earlier sets (eval3-eval12) where they apply. All three use "\\n"
between paragraphs.

`metformin_prediabetes_trial` is a health-news website story (an invented
Oxford-led randomised trial of metformin in prediabetes, published in The
Lancet; the trial lead, a Glasgow specialist, Diabetes UK and the British
Heart Foundation) with curly double quotes: site/section line, headline,
standfirst, byline, "Published:" stamp, a "Chart: ... Source: ..."
caption, a "Methodology" box and two "Related:" lines. Statistics: event
counts and percentages, a hazard ratio with a 95% CI and p-values, a
"23% lower risk", events per 100,000 person-years, a number needed to
treat, percentage points, kilograms, "one in five", a per-cent range,
"n=4,212".
`copernicus_april_temperatures` is a climate-news website story (an
invented Copernicus monthly bulletin: April second-warmest on record;
Samantha Burgess of ECMWF, an invented Reading climate scientist, NOAA's
Mauna Loa CO2 reading, the WMO's decadal outlook) with straight double
quotes: breadcrumb line, headline, standfirst, byline, date stamp, a
"Chart: ... Source: ..." caption, a "Methodology" box and two "Related:"
lines (one a question). Statistics: temperatures and anomalies in C,
percentages below average, an area in million square kilometres, parts
per million, a probability.
`holyrood_election_results` is a Scottish newspaper website's results
story (an invented result of the 2026 Scottish Parliament election; John
Swinney, Anas Sarwar, Nigel Farage, Russell Findlay, Ross Greer and Sir
John Curtice, all with invented words) with curly single quotes (British
style; the apostrophe is the same character as the closing mark):
breadcrumb line, headline, standfirst, byline, date stamp, a results table
flattened into lines (`SNP 57 seats (-7) 31.8%`) with its title, column
header and "Source:" line, and two "Related:" lines (one a question).
Statistics: seat counts and changes, vote shares, turnout, ballots cast,
a constituency majority in votes, swings in points, a poll with its sample
and margin of error.

Judgement calls made where the guidelines leave room (earlier sets' calls
followed: approximators inside the span; years, dates, clock times,
ordinals not FIGUREs; titles and job descriptions dropped from names,
honorifics kept (`Dr`, `Professor`, `Mr`, `Sir`); a bare number whose
counted noun does not follow it is a FIGURE of the number alone; an
adjective between number and noun ends the span, a noun modifier stays
(`96 GP practices`); `X in Y` rates are one FIGURE valued as a decimal
(eval7/eval9: `one in five people` -> 0.2); a rate per population is one
FIGURE valued by its count (eval9); a range is one FIGURE `low-high`, a
change `from X to Y` two FIGUREs; `per cent`/`percentage points`/`points`
join the span as units; `millions`/`billions` are inexact FIGUREs with an
empty value (eval11's `thousands`); fractions without a number word
(`nearly a quarter`, `a fifth`, `Half`) are no FIGUREs; `twice` none;
headline, standfirst, byline, stamps, breadcrumb/site lines, captions,
`Related:` lines and table lines get no CLAIM, their QUOTEs and FIGUREs
are marked (eval12's `Match stats` lines); published research named by
its university has that university as claimant (eval9); survey/poll
findings have the pollster as claimant (eval9); a sentence with no tag of
its own is in the outlet's voice, claimant ""). New calls:
- Statistical labels before a number work like eval10's `magnitude 6.8`:
  only the number (with a following unit) is the FIGURE, so `hazard ratio
  of 0.77` -> `0.77`, `p=0.002` -> `0.002`, `(p=0.79)` -> `0.79`,
  `(n=4,212)` -> `4,212` (4212). The confidence interval `0.64 to 0.91`
  is a range: one FIGURE valued `0.64-0.91`. The `95%` of `95% CI` names
  the kind of interval (its confidence level is a convention, not a
  finding), so it is not a FIGURE, like a number inside a name.
- `a 23% lower risk`, `A 23% relative reduction`: the adjective ends the
  span, so the FIGURE is `23%`.
- `1,850 per 100,000 person-years` is one FIGURE valued 1850 (eval9's
  `71 cases per 100,000 people`); the denominator is not a second FIGURE.
- `people over and under 60`: `over and under` splits the group at 60
  rather than approximating it, so the FIGURE is `60` alone.
- `one heart attack, stroke or cardiovascular death` (number needed to
  treat) is a count: FIGURE `one heart attack` (eval4's `one stroke`).
- `198 of the 2,104 people in the metformin group`: `198` is the new count
  (bare number); `2,104 people` is also new information (the arm sizes are
  first given here), so it is a FIGURE too. The `(n=4,212)` of the
  Methodology box repeats the sample size but as a fresh statement, not a
  reference back to a named group: FIGURE.
- Values are written as the article prints the number (`12.0%` -> `12.0`,
  `0.60C` -> `0.60`, `7.0%` -> `7.0`); they compare equal as numbers.
- Temperatures with the unit in the token are FIGUREs with their unit
  (`1.48C`, `14.96C`, `34C`), like eval12's `93mph`. `0.27C per decade`
  ends at the unit, like eval10's `2.7% a year`. Year spans (`1991-2020`,
  `1850-1900`, `1940-2026`, `2023-24`) and `Scotland Act 1998`, `type 2
  diabetes`, `late 19th century` hold no FIGURE.
- `the 21st month in the past 23`: `21st` is an ordinal; `23` counts
  months (the noun is elided): FIGURE `23`. In the standfirst `21 of the
  past 23 months`, `21` is the bare number and `23 months` keeps its noun.
- `The past three years have been the three warmest`: `three years` is a
  FIGURE, `the three warmest` refers back to them (no FIGURE). `at least
  one of the next five years`: `one of` is the pronoun; `five years` is a
  FIGURE.
- Methodology boxes: the `Methodology` heading is furniture, but the
  box's sentences are specific, checkable statements about how the study
  or data were made (not boilerplate), so each is a CLAIM in the outlet's
  voice (or `C3S` where the sentence attributes the estimate to it).
  Chart captions (`Chart: ... Source: ...`) are captions: no CLAIM, and
  these hold no FIGURE (their axis descriptions count nothing).
- Results table: the table title, column header, party lines and
  `Source:` line are table furniture (eval12's stats lines): no CLAIM.
  In a party line the seat count keeps its noun (`57 seats`), the change
  in brackets is a FIGURE of the signed number (`-7` -> `-7`, `+21` ->
  `21`, `(0)` -> `0`), and the vote share is a FIGURE (`31.8%`);
  `0 seats` is a count (value 0). In the title `65 needed` the noun does
  not follow: FIGURE `65`.
- Election body: `seven fewer`, `eight short`, `up one`, `up two`, `one
  more than` -> the bare numbers; `129-seat` is a hyphenated compound;
  `from 31 seats to 14` two FIGUREs; `the 65 needed for a majority` is
  the threshold restated as a quantity (not a group): FIGURE `65`;
  `five Scottish Parliament elections` -> `five` (a proper-noun modifier
  ends the span, eval9); `a swing of 4.8 points` -> `4.8 points`;
  `9.5-point swing` -> `9.5-point`; `plus or minus 3 percentage points`
  -> `3 percentage points` (eval3 leaves `plus or minus` out).
- Claimants: `researchers at the University of Oxford reported` and `The
  researchers calculated` -> `University of Oxford`; `according to the
  agency's monthly bulletin` and `the bulletin said` -> `Copernicus
  Climate Change Service` (the agency's name at its first mention);
  sentences that name it `C3S` themselves (`C3S said`, `according to
  C3S`) -> `C3S`, the name at the nearest mention; `the US National
  Oceanic and Atmospheric Administration (NOAA) reported` -> `US National
  Oceanic and Atmospheric Administration`; `The final Ipsos poll ... had
  put the SNP on 33%` passes on the poll's finding -> `Ipsos`; `according
  to the Electoral Management Board for Scotland` -> that board.
  Reported speech of Dr Raman, Burgess, Mr Swinney, Sarwar, Farage,
  Findlay, Greer and Curtice is a CLAIM with them as claimant, named as in
  the sentence (`Dr Raman`, `Burgess`, `Mr Swinney`) or, for a pronoun
  tag, as at the nearest naming mention (`Professor Alison Kerr`, `Dr
  Helen Marsh`, `Sir John Curtice`). `Scottish Labour leader`, `Reform UK
  leader`, `co-leader`, `professor of politics at ...`, `who leads
  climate strategy at ...` are job descriptions and are dropped.
- Quotation plus tag: CLAIM when the quoted words assert something
  checkable (the effect held across subgroups; `roughly three fewer
  events for every 100 people`; nearly every month above 1.5C for almost
  two years; the three warmest years; five elections in a row; the SNP's
  vote share fell for a second election); no CLAIM for feelings,
  opinions, advice and pledges (`We were genuinely surprised ...`, `For a
  drug that costs pennies ...`, `Nobody should read a single cooler month
  as good news.`, `Whether the next record falls ... hardly matters.`,
  `People have put their trust in us again ...`).
- The section/breadcrumb line and the question `Related:` line are
  furniture like the others; `One in 10 adults over 40` in a Related line
  gives two FIGUREs (`One in 10 adults` 0.1, `over 40` 40).
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. metformin_prediabetes_trial: health-news site, curly double quotes, "\n"
# ---------------------------------------------------------------------------
ARTICLES["metformin_prediabetes_trial"] = dict(nl="\n", paras=[
    [S("healthwatchdaily.co.uk › Health › Heart health", N, why="Site/breadcrumb line: furniture.")],
    [S("Cheap diabetes pill cuts heart attacks and strokes by nearly a quarter in people with prediabetes",
       N, why="Headline: no CLAIM. 'nearly a quarter' is a fraction without a number word: no FIGURE.")],
    [S("Metformin, which costs the NHS about 3p a tablet, lowered the risk of cardiovascular events by 23% in a five-year trial of 4,212 adults",
       N, why="Standfirst: no CLAIM; its FIGUREs are marked ('five-year' a hyphenated compound).",
       f=[("about 3p", "3"), ("23%", "23"), ("five-year", "5"), ("4,212 adults", "4212")])],
    [S("By Hannah Mercer, Health Correspondent", N, why="Byline.")],
    [S("Published: 14 May 2026, 00:01 BST", N, why="Date stamp: a date and a clock time, no FIGURE.")],
    [S("A cheap pill taken by millions of people with type 2 diabetes cut the risk of heart attacks, strokes and cardiovascular deaths by 23% in adults with prediabetes, researchers at the University of Oxford reported in The Lancet on Wednesday.",
       "University of Oxford", why="Lede passing on published research: the team is named by its university (eval9). 'millions' is an inexact number word (empty value; 'of' stands before the noun); 'type 2' is part of a disease name.",
       f=[("millions", ""), ("23%", "23")])],
    [S("The trial, called PREVENT-MET, enrolled 4,212 adults aged 40 to 75 at 96 GP practices and hospital clinics in England, Scotland and Wales between 2019 and 2021 and followed them for a median of 5.1 years.",
       "", why="No tag: the outlet's voice. An age range is one FIGURE; 'GP' is a noun modifier and stays; 'between 2019 and 2021' is a year span.",
       f=[("4,212 adults", "4212"), ("40 to 75", "40-75"), ("96 GP practices", "96"), ("5.1 years", "5.1")])],
    [S("Half were given metformin, at doses of up to 2,000mg a day, and half an identical dummy pill; neither the participants nor their doctors knew which they were taking.",
       "", why="Design of the trial in the outlet's voice. 'Half' has no number word; the dose keeps its unit.",
       f=[("up to 2,000mg", "2000")])],
    [
        S("By the end of follow-up, 198 of the 2,104 people in the metformin group (9.4%) had had a heart attack or stroke or died from cardiovascular disease, compared with 252 of the 2,108 people given placebo (12.0%).",
          "", why="Results in the outlet's voice. '198' and '252' count people named after them (bare numbers); the arm sizes are new counts with their noun.",
          f=[("198", "198"), ("2,104 people", "2104"), ("9.4%", "9.4"), ("252", "252"), ("2,108 people", "2108"), ("12.0%", "12.0")]),
        S("That amounts to a hazard ratio of 0.77 (95% CI 0.64 to 0.91; p=0.002), or a 23% lower risk for those taking the drug.",
          "", why="Statistical result in the outlet's voice. The label before a number is not in the span ('0.77', '0.002'); the CI is one range FIGURE; '95%' names the kind of interval: no FIGURE. 'lower' ends the span of '23%'.",
          f=[("0.77", "0.77"), ("0.64 to 0.91", "0.64-0.91"), ("0.002", "0.002"), ("23%", "23")]),
    ],
    [
        S("The event rate was 1,850 per 100,000 person-years on metformin and 2,340 per 100,000 person-years on placebo.",
          "", why="Rates per population are one FIGURE each, valued by the count (eval9).",
          f=[("1,850 per 100,000 person-years", "1850"), ("2,340 per 100,000 person-years", "2340")]),
        S("The researchers calculated that 39 people would need to take metformin for five years to prevent one heart attack, stroke or cardiovascular death.",
          "University of Oxford", why="The research team's calculation: claimant is the university (eval9). 'one heart attack' counts events (eval4's 'one stroke').",
          f=[("39 people", "39"), ("five years", "5"), ("one heart attack", "1")]),
    ],
    [S("Chart: Share of participants who had a heart attack or stroke or died of cardiovascular disease, by trial group and year of follow-up. Source: PREVENT-MET investigators, The Lancet",
       N, why="Chart caption with source: furniture; no FIGURE in it.")],
    [
        S("“We were genuinely surprised by how consistent the effect was,” said Dr Priya Raman, a cardiologist at Oxford’s Nuffield Department of Population Health who led the trial.",
          N, why="Quotation plus tag: a feeling (surprise), not a checkable fact. Job description dropped, 'Dr' kept.",
          q=[("“We were genuinely surprised by how consistent the effect was,”", "Dr Priya Raman")]),
        S("“It held in men and women, in people over and under 60, and in those with and without obesity.”",
          "Dr Priya Raman", why="Continuation quotation asserting a checkable subgroup result. 'over and under' splits at 60 rather than approximating: FIGURE '60'.",
          q=[("“It held in men and women, in people over and under 60, and in those with and without obesity.”", "Dr Priya Raman")],
          f=[("60", "60")]),
    ],
    [S("Dr Raman said the drug lowered blood sugar, weight and markers of inflammation only modestly, which suggested that it might also act directly on the lining of blood vessels.",
       "Dr Raman", why="Reported speech, named as in the sentence.")],
    [S("Participants taking metformin lost an average of 2.3kg, against 0.6kg in the placebo group, and their HbA1c, a measure of long-term blood sugar, fell by 0.2 percentage points.",
       "", why="Secondary results in the outlet's voice. 'percentage points' is the unit.",
       f=[("2.3kg", "2.3"), ("0.6kg", "0.6"), ("0.2 percentage points", "0.2")])],
    [
        S("Side effects were mostly mild: 31% of those on metformin reported stomach upsets such as diarrhoea or nausea, compared with 14% on placebo, and one in five people in the metformin group stopped taking their tablets before the trial ended.",
          "", why="Outlet's voice. 'one in five people' is one rate FIGURE valued 0.2 (eval7/eval9).",
          f=[("31%", "31"), ("14%", "14"), ("one in five people", "0.2")]),
        S("Serious adverse events were equally common in both groups, affecting 17.8% of the metformin group and 18.1% of the placebo group (p=0.79).",
          "", why="Outlet's voice; p-value marked without its label. 'both groups' holds no number word.",
          f=[("17.8%", "17.8"), ("18.1%", "18.1"), ("0.79", "0.79")]),
    ],
    [S("Prediabetes, in which blood sugar is higher than normal but not yet high enough for a diagnosis of type 2 diabetes, affects between 12 and 15 per cent of adults in the UK, according to Diabetes UK.",
       "Diabetes UK", why="'according to' the charity. 'between 12 and 15 per cent' is a range: one FIGURE; 'type 2' is in a disease name.",
       f=[("between 12 and 15 per cent", "12-15")])],
    [
        S("Professor Alison Kerr, a specialist in metabolic medicine at the University of Glasgow who was not involved in the study, said the results were “important and fairly convincing” but that the benefit in absolute terms was modest.",
          "Professor Alison Kerr", why="Reported speech with a partial quotation; the spelled-out 'Professor' is kept (eval11).",
          q=[("“important and fairly convincing”", "Professor Alison Kerr")]),
    ],
    [
        S("“A 23% relative reduction sounds large, but it works out at roughly three fewer events for every 100 people treated over five years,” she said.",
          "Professor Alison Kerr", why="Quotation plus tag asserting checkable arithmetic about the result. 'relative' and 'fewer' are adjectives that end the spans. 'she' resolves to the nearest naming mention.",
          q=[("“A 23% relative reduction sounds large, but it works out at roughly three fewer events for every 100 people treated over five years,”", "Professor Alison Kerr")],
          f=[("23%", "23"), ("roughly three", "3"), ("100 people", "100"), ("five years", "5")]),
        S("“For a drug that costs pennies, that is still a very good deal.”",
          N, why="Continuation quotation: an opinion.",
          q=[("“For a drug that costs pennies, that is still a very good deal.”", "Professor Alison Kerr")]),
    ],
    [S("The British Heart Foundation, which part-funded the trial with the National Institute for Health and Care Research, said heart and circulatory diseases cause around 170,000 deaths a year in the UK, about one in four of all deaths.",
       "British Heart Foundation", why="Reported speech of the charity. 'about one in four' is a rate FIGURE valued 0.25 (no noun directly follows).",
       f=[("around 170,000 deaths", "170000"), ("about one in four", "0.25")])],
    [S("Dr Raman said the team would ask the Medicines and Healthcare products Regulatory Agency to consider adding prediabetes to metformin’s licence, but urged people not to start taking the drug without talking to their GP.",
       "Dr Raman", why="Reported speech: a plan and advice, that it was said is checkable.")],
    [S("Methodology", N, why="Box heading.")],
    [
        S("PREVENT-MET was a randomised, double-blind, placebo-controlled trial (n=4,212).",
          "", why="Methodology box sentences are specific, checkable statements about the study: CLAIMs in the outlet's voice. 'n=' is a label: the FIGURE is the number.",
          f=[("4,212", "4212")]),
        S("The primary outcome was a composite of non-fatal heart attack, non-fatal stroke and cardiovascular death, analysed by intention to treat.",
          "", why="Checkable description of the study design."),
        S("Hazard ratios were estimated using Cox models adjusted for age, sex and study site; all p-values are two-sided.",
          "", why="Checkable description of the analysis; 'two-sided' is a technical term, not a count."),
    ],
    [S("Related: Weight-loss jabs cut heart attack risk by a fifth, major study finds",
       N, why="Related line: furniture. 'a fifth' is a fraction: no FIGURE.")],
    [S("Related: One in 10 adults over 40 now living with diabetes, charity warns",
       N, why="Related line: furniture; its FIGUREs are marked ('over 40' an age with an approximator).",
       f=[("One in 10 adults", "0.1"), ("over 40", "40")])],
])

# ---------------------------------------------------------------------------
# 2. copernicus_april_temperatures: climate-news site, straight double
#    quotes, "\n"
# ---------------------------------------------------------------------------
ARTICLES["copernicus_april_temperatures"] = dict(nl="\n", paras=[
    [S("climatedispatch.org / Science / Climate", N, why="Site/breadcrumb line: furniture.")],
    [S("April was second-warmest on record at 1.48C above pre-industrial levels, EU scientists say",
       N, why="Headline: no CLAIM; its FIGURE is marked. 'second-warmest' is an ordinal.",
       f=[("1.48C", "1.48")])],
    [S("Copernicus data show 21 of the past 23 months were more than 1.5C warmer than the late 19th century",
       N, why="Standfirst: no CLAIM. '21' counts months named after it (bare number); '19th' is an ordinal.",
       f=[("21", "21"), ("23 months", "23"), ("more than 1.5C", "1.5")])],
    [S("By Tomas Lindqvist, climate reporter", N, why="Byline.")],
    [S("Thursday 7 May 2026 06:00 CEST", N, why="Date stamp: date and clock time.")],
    [S('''Last month was the second-warmest April since records began in 1940, with global surface air temperatures 1.48C above the pre-industrial level, the EU's Copernicus Climate Change Service (C3S) said on Thursday.''',
       "Copernicus Climate Change Service", why="Lede passing on the agency's finding; the determiner 'the EU's' and the acronym are not part of the name. '1940' is a year.",
       f=[("1.48C", "1.48")])],
    [S('''The average surface air temperature for the month was 14.96C, 0.60C above the 1991-2020 average for April and 0.07C below the record set in April 2024, according to the agency's monthly bulletin.''',
       "Copernicus Climate Change Service", why="'according to the agency's monthly bulletin' resolves to the agency's name. '1991-2020' is a year span.",
       f=[("14.96C", "14.96"), ("0.60C", "0.60"), ("0.07C", "0.07")])],
    [
        S('''It was the 21st month in the past 23 in which the global average was more than 1.5C above the 1850-1900 level, the threshold the Paris Agreement seeks to keep long-term warming below.''',
          "", why="No tag: outlet's voice. '21st' is an ordinal; '23' counts months (noun elided): FIGURE of the number.",
          f=[("23", "23"), ("more than 1.5C", "1.5")]),
        S('''Averaged over the 12 months from May 2025 to April 2026, global temperatures were 1.53C above pre-industrial levels, the bulletin said.''',
          "Copernicus Climate Change Service", why="'the bulletin said' resolves to the agency that published it.",
          f=[("12 months", "12"), ("1.53C", "1.53")]),
    ],
    [S('''Chart: Global surface air temperature for each month relative to 1850-1900, degrees Celsius, 1940-2026. Source: Copernicus Climate Change Service/ECMWF (ERA5)''',
       N, why="Chart caption with source: furniture; only year spans, no FIGURE.")],
    [
        S('''"We have now had almost two years in which nearly every month was more than 1.5C above pre-industrial temperatures," said Samantha Burgess, who leads climate strategy at the European Centre for Medium-Range Weather Forecasts (ECMWF), which runs C3S for the European Commission.''',
          "Samantha Burgess", why="Quotation plus tag asserting a checkable record; job description dropped.",
          q=[('''"We have now had almost two years in which nearly every month was more than 1.5C above pre-industrial temperatures,"''', "Samantha Burgess")],
          f=[("almost two years", "2"), ("more than 1.5C", "1.5")]),
        S('''"Nobody should read a single cooler month as good news."''',
          N, why="Continuation quotation: advice/opinion. 'a single' holds no number word.",
          q=[('''"Nobody should read a single cooler month as good news."''', "Samantha Burgess")]),
    ],
    [S('''Burgess said the small dip compared with 2024 reflected the end of the strong El Niño of 2023-24 rather than any slowdown in the long-term trend.''',
       "Burgess", why="Reported speech; '2023-24' is a year span.")],
    [
        S('''The average sea surface temperature over the ocean outside the polar regions was 20.89C, the second-highest value on record for April, C3S said.''',
          "C3S", why="The sentence names the agency 'C3S': the name at the nearest mention. 'second-highest' is an ordinal.",
          f=[("20.89C", "20.89")]),
        S('''Antarctic sea ice extent was 7% below the 1991-2020 average for the month, and Arctic sea ice extent was 3% below average, at 13.6 million square kilometres.''',
          "", why="No tag: outlet's voice. The area keeps its scale word and unit.",
          f=[("7%", "7"), ("3%", "3"), ("13.6 million square kilometres", "13600000")]),
    ],
    [S('''Europe had its warmest April on record, 1.9C above the 1991-2020 average, and temperatures in parts of southern Spain and Portugal reached 34C in the final week of the month, according to C3S.''',
       "C3S", why="'according to C3S': the name as the sentence gives it. 'the final week' holds no number.",
       f=[("1.9C", "1.9"), ("34C", "34")])],
    [S('''Separately, the US National Oceanic and Atmospheric Administration (NOAA) reported that carbon dioxide at its Mauna Loa observatory in Hawaii averaged 432.4 parts per million in April, up 2.8 ppm on a year earlier.''',
       "US National Oceanic and Atmospheric Administration", why="Reported finding of the agency; the article 'the' goes. 'parts per million' / 'ppm' are units; 'a year' is the article.",
       f=[("432.4 parts per million", "432.4"), ("2.8 ppm", "2.8")])],
    [
        S('''Dr Helen Marsh, a climate scientist at the University of Reading who was not involved in the analysis, said the figures were consistent with warming of about 0.27C per decade, compared with roughly 0.18C per decade between 1970 and 2010.''',
          "Dr Helen Marsh", why="Reported speech. A time rate after a unit ends the span at the unit (eval10's '2.7% a year'); '1970 and 2010' are years.",
          f=[("about 0.27C", "0.27"), ("roughly 0.18C", "0.18")]),
    ],
    [
        S('''"The past three years have been the three warmest in the instrumental record," she said.''',
          "Dr Helen Marsh", why="Quotation plus tag asserting a checkable record. 'three years' is a FIGURE; 'the three warmest' refers back to them. 'she' resolves to the nearest naming mention.",
          q=[('''"The past three years have been the three warmest in the instrumental record,"''', "Dr Helen Marsh")],
          f=[("three years", "3")]),
        S('''"Whether the next record falls this year or next hardly matters."''',
          N, why="Continuation quotation: an opinion.",
          q=[('''"Whether the next record falls this year or next hardly matters."''', "Dr Helen Marsh")]),
    ],
    [S('''The World Meteorological Organization said in its latest decadal update that there is an 80% chance that at least one of the next five years will be warmer than 2024, the current record year.''',
       "World Meteorological Organization", why="Reported speech of the organisation (a forecast, but that it was said is checkable). 'one of' is a pronoun; 'five years' a FIGURE.",
       f=[("80%", "80"), ("five years", "5")])],
    [S("Methodology", N, why="Box heading.")],
    [
        S('''C3S monthly figures are based on ERA5, a reanalysis that combines billions of measurements from satellites, ships, aircraft and weather stations with a computer model of the atmosphere.''',
          "", why="Methodology box: a specific, checkable description of the data, in the outlet's voice. 'billions' is an inexact FIGURE with an empty value.",
          f=[("billions", "")]),
        S('''Pre-industrial temperatures are taken as the 1850-1900 average, which C3S estimates was 0.88C cooler than the 1991-2020 average.''',
          "C3S", why="The estimate is attributed to C3S in the sentence. '0.88C cooler': the adjective ends the span.",
          f=[("0.88C", "0.88")]),
    ],
    [S('''Related: Glaciers worldwide have lost 273 billion tonnes of ice a year since 2000, study finds''',
       N, why="Related line: furniture; FIGURE marked ('a year' is the article, '2000' a year).",
       f=[("273 billion tonnes", "273000000000")])],
    [S('''Related: What is El Niño and how does it affect the weather?''',
       N, why="Related line and a question.")],
])

# ---------------------------------------------------------------------------
# 3. holyrood_election_results: Scottish newspaper site, curly single
#    quotes, "\n", flattened results table
# ---------------------------------------------------------------------------
ARTICLES["holyrood_election_results"] = dict(nl="\n", paras=[
    [S("caledoniancourier.co.uk › News › Politics › Scottish Parliament election 2026", N, why="Site/breadcrumb line: furniture; '2026' is a year.")],
    [S("Scottish election results: SNP falls short of majority as Reform UK wins 21 seats",
       N, why="Headline: no CLAIM; FIGURE marked.",
       f=[("21 seats", "21")])],
    [S("John Swinney’s party remains the largest at Holyrood with 57 of 129 seats but will need the Greens to govern",
       N, why="Standfirst: no CLAIM. '57' counts seats named after it (bare number).",
       f=[("57", "57"), ("129 seats", "129")])],
    [S("By Fiona Baird, Political Editor", N, why="Byline.")],
    [S("Saturday 9 May 2026, 07:42 BST", N, why="Date stamp: date and clock time.")],
    [S("The SNP will remain the largest party in the Scottish Parliament after winning 57 seats, seven fewer than in 2021, leaving John Swinney eight short of an overall majority in the 129-seat chamber.",
       "", why="Result in the outlet's voice. 'seven fewer' / 'eight short': the noun does not follow, bare numbers; '129-seat' a hyphenated compound; '2021' a year.",
       f=[("57 seats", "57"), ("seven", "7"), ("eight", "8"), ("129-seat", "129")])],
    [S("Counting ended on Friday evening with the declaration of the regional list results, which gave Reform UK 21 seats at its first Holyrood election, all of them from the lists.",
       "", why="Outlet's voice; 'first' is an ordinal.",
       f=[("21 seats", "21")])],
    [
        S("Scottish Labour held steady on 22 seats, while the Conservatives fell from 31 seats to 14, their worst result since the parliament was established in 1999.",
          "", why="Outlet's voice. 'from 31 seats to 14' is a before and an after: two FIGUREs.",
          f=[("22 seats", "22"), ("31 seats", "31"), ("14", "14")]),
        S("The Scottish Greens won nine seats, up one, and the Liberal Democrats six, up two.",
          "", why="Outlet's voice. Changes with no noun after them are bare numbers; 'six' counts seats (elided).",
          f=[("nine seats", "9"), ("one", "1"), ("six", "6"), ("two", "2")]),
    ],
    [S("Turnout was 61.4%, down from a record 63.5% in 2021, with 2,641,873 ballots cast in the constituency vote, according to the Electoral Management Board for Scotland.",
       "Electoral Management Board for Scotland", why="'according to' the board.",
       f=[("61.4%", "61.4"), ("63.5%", "63.5"), ("2,641,873 ballots", "2641873")])],
    [S("Scottish Parliament 2026: full result (129 seats, 65 needed for a majority)",
       N, why="Table title: furniture. '65 needed': the noun does not follow, bare number.",
       f=[("129 seats", "129"), ("65", "65")])],
    [S("Party | Seats (change) | Regional list vote", N, why="Table column header.")],
    [S("SNP 57 seats (-7) 31.8%", N, why="Table line: no CLAIM (eval12 stats lines); seat count, signed change and vote share are FIGUREs.",
       f=[("57 seats", "57"), ("-7", "-7"), ("31.8%", "31.8")])],
    [S("Scottish Labour 22 seats (0) 18.4%", N, why="Table line; a zero change is still a FIGURE.",
       f=[("22 seats", "22"), ("0", "0"), ("18.4%", "18.4")])],
    [S("Reform UK 21 seats (+21) 18.9%", N, why="Table line; '+21' valued 21.",
       f=[("21 seats", "21"), ("+21", "21"), ("18.9%", "18.9")])],
    [S("Conservatives 14 seats (-17) 11.2%", N, why="Table line.",
       f=[("14 seats", "14"), ("-17", "-17"), ("11.2%", "11.2")])],
    [S("Scottish Greens 9 seats (+1) 9.6%", N, why="Table line.",
       f=[("9 seats", "9"), ("+1", "1"), ("9.6%", "9.6")])],
    [S("Liberal Democrats 6 seats (+2) 7.0%", N, why="Table line.",
       f=[("6 seats", "6"), ("+2", "2"), ("7.0%", "7.0")])],
    [S("Others 0 seats (0) 3.1%", N, why="Table line; '0 seats' is a count (value 0), '(0)' the change.",
       f=[("0 seats", "0"), ("0", "0", 2), ("3.1%", "3.1")])],
    [S("Source: Electoral Management Board for Scotland. Change on 2021.", N, why="Table source line: furniture.")],
    [S("Speaking at the Perth count, Mr Swinney said the result gave the SNP a ‘clear mandate’ to form the next government and that he would open talks with the Scottish Greens over the weekend.",
       "Mr Swinney", why="Reported speech with a two-word partial quotation; named as in the sentence, honorific kept.",
       q=[("‘clear mandate’", "Mr Swinney")])],
    [
        S("‘The SNP has now won five Scottish Parliament elections in a row,’ he said.",
          "Mr Swinney", why="Quotation plus tag asserting a checkable record. 'Scottish Parliament' is a proper-noun modifier and ends the span (eval9): FIGURE 'five'.",
          q=[("‘The SNP has now won five Scottish Parliament elections in a row,’", "Mr Swinney")],
          f=[("five", "5")]),
        S("‘People have put their trust in us again, and we will not take that for granted.’",
          N, why="Continuation quotation: a pledge.",
          q=[("‘People have put their trust in us again, and we will not take that for granted.’", "Mr Swinney")]),
    ],
    [S("Scottish Labour leader Anas Sarwar said his party had ‘made real progress in the central belt’, gaining four constituencies from the SNP, but admitted it had been ‘a disappointing night’ elsewhere.",
       "Anas Sarwar", why="Reported speech with two partial quotations; job description dropped.",
       q=[("‘made real progress in the central belt’", "Anas Sarwar"), ("‘a disappointing night’", "Anas Sarwar")],
       f=[("four constituencies", "4")])],
    [S("Reform UK leader Nigel Farage, who campaigned in Aberdeen and Falkirk in the final week, said on social media that the result was ‘an earthquake in Scottish politics’.",
       "Nigel Farage", why="Reported speech (a characterisation, but that he said it is checkable); the full stop is outside the mark.",
       q=[("‘an earthquake in Scottish politics’", "Nigel Farage")])],
    [S("Scottish Conservative leader Russell Findlay, who kept his seat on the West Scotland list, said the party had been ‘squeezed from both sides’ and would reflect carefully on the result.",
       "Russell Findlay", why="Reported speech with a partial quotation.",
       q=[("‘squeezed from both sides’", "Russell Findlay")])],
    [
        S("Sir John Curtice, professor of politics at the University of Strathclyde, said there had been a swing of 4.8 points from the SNP to Labour in the central belt, and a 9.5-point swing from the Conservatives to Reform UK across Scotland as a whole.",
          "Sir John Curtice", why="Reported analysis; 'Sir' kept, job description dropped. 'points' is the unit; '9.5-point' a hyphenated compound.",
          f=[("4.8 points", "4.8"), ("9.5-point", "9.5")]),
        S("‘The SNP’s share of the vote has fallen for the second election running, but by much less than Labour needed,’ he said.",
          "Sir John Curtice", why="Quotation plus tag asserting a checkable trend; 'second' is an ordinal. The apostrophe in 'SNP’s' is not a closing mark.",
          q=[("‘The SNP’s share of the vote has fallen for the second election running, but by much less than Labour needed,’", "Sir John Curtice")]),
    ],
    [S("In Glasgow Southside, the seat vacated by former first minister Nicola Sturgeon, the SNP held on by 1,204 votes, taking 38.2% of the vote to Labour’s 34.6%.",
       "", why="Constituency result in the outlet's voice.",
       f=[("1,204 votes", "1204"), ("38.2%", "38.2"), ("34.6%", "34.6")])],
    [S("The final Ipsos poll for STV News before polling day, which surveyed 1,027 adults, had put the SNP on 33% on the regional list, with a margin of error of plus or minus 3 percentage points.",
       "Ipsos", why="Passes on the poll's finding: the pollster is the claimant (eval9). 'plus or minus' stays out of the span (eval3).",
       f=[("1,027 adults", "1027"), ("33%", "33"), ("3 percentage points", "3")])],
    [
        S("Under the Scotland Act 1998, MSPs have 28 days after the election to nominate a first minister, or another election must be held.",
          "", why="Checkable statement of the law in the outlet's voice; '1998' is part of the Act's name.",
          f=[("28 days", "28")]),
        S("Together, the SNP and the Greens hold 66 seats, one more than the 65 needed for a majority.",
          "", why="Outlet's voice. 'one more' is a bare number; 'the 65 needed' restates a threshold quantity, not a group: FIGURE.",
          f=[("66 seats", "66"), ("one", "1"), ("65", "65")]),
    ],
    [S("Scottish Greens co-leader Ross Greer said his party would ‘drive a hard bargain’ on climate policy and rent controls before agreeing to back Mr Swinney.",
       "Ross Greer", why="Reported position with a partial quotation; 'co-leader' is a job description.",
       q=[("‘drive a hard bargain’", "Ross Greer")])],
    [S("Related: Who are Scotland’s 21 new Reform UK MSPs?",
       N, why="Related line and a question; 'new' ends the span: FIGURE '21'.",
       f=[("21", "21")])],
    [S("Related: Scottish election results map: how every constituency voted", N, why="Related line.")],
])
