#!/usr/bin/env python3
"""Writes the second held-out evaluation set (eval2): articles and gold spans.

The articles are original text written for this set, independently of the
rules, the rule assets and the first evaluation set (events, people and
places are invented); the gold follows the project's annotation guidelines
(`../shared/annotation-guidelines.md` beside the checkout). This script is the
source of both: edit it, not the generated files, and re-run it. Every
sentence is listed with a deliberate decision: CLAIM (with its claimant) or
not (with the reason), so nothing is left out by accident. Where the
guidelines leave room for doubt, `why` says which way the decision went.

Each article is a list of paragraphs (lines); a paragraph is a list of
sentences joined by one space. A sentence is a dict:
  t: its text
  c: claimant (str) when it is a CLAIM, or None with `why` saying why not
  q: [(substring, speaker)] QUOTEs inside it
  f: [(substring, value)] FIGUREs inside it
A substring may be given as (substring, attr, n) for its n-th occurrence.
A paragraph may instead be a dict {"s": [...sentences], "q": [...]} for a
QUOTE that spans several sentences.

Offsets are code points (Python str indexing), end exclusive; the script
checks that every `text` equals `article[start:end]`.

usage: python3 make_gold.py   (writes articles/ and gold/ beside it)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def S(t, c=None, why="", q=(), f=()):
    return {"t": t, "c": c, "why": why, "q": list(q), "f": list(f)}


N = None  # not a claim

ARTICLES = {}

# 1. City council: headline/dek/byline/dateline, interrupted quote, a
# several-sentence quote with its tag on the last sentence, `about a dozen`,
# scare quote, address / route / ward numbers, caption, boilerplate.
ARTICLES["council_transit_levy"] = dict(nl="\n", paras=[
    [S("Port Halden council approves transit levy after five-hour debate", N, "headline",
       f=[("five-hour", "5")])],
    [S("Homeowners will pay about $112 more a year; opponents vow to take the fight to voters", N, "dek",
       f=[("about $112", "112")])],
    [S("By Corinne Abara, Port Halden Herald", N, "byline")],
    [],
    [S("PORT HALDEN — City council voted late Tuesday to raise the property tax rate by 2.5% to pay for the biggest expansion of the bus network in a generation, ending a five-hour meeting at which about a dozen speakers addressed councillors from a packed public gallery.", "",
       f=[("2.5%", "2.5"), ("five-hour", "5"), ("about a dozen speakers", "12")],
       why="`a dozen` is an exact number word (12), unlike the inexact `dozens`"),
     S("Seven councillors voted in favour and four against.", "",
       f=[("Seven councillors", "7"), ("four", "4")])],
    [S("The levy is expected to raise $48.6 million over its first four years, according to the city’s finance department.",
       "city’s finance department",
       f=[("$48.6 million", "48600000"), ("four years", "4")])],
    [S("“This is the most important vote this council will take in a decade,” said Mayor Dana Oyelaran, 54, “and I am proud that we did not blink.”", N,
       "quotation (interrupted by its attribution) + attribution; the quotation is opinion; `a decade` is the article, not a figure",
       q=[("“This is the most important vote this council will take in a decade,”", "Dana Oyelaran"),
          ("“and I am proud that we did not blink.”", "Dana Oyelaran")],
       f=[("54", "54")]),
     S("She said the money would pay for 40 new buses, longer evening service on 11 routes and a rapid line along Harbour Road.",
       "Dana Oyelaran",
       f=[("40", "40"), ("11 routes", "11")],
       why="adjective `new` between number and noun ends the span")],
    [S("Councillors listen to public comment during Tuesday’s five-hour meeting at Port Halden City Hall. (Photo: Mateo Grieve / Herald)", N,
       "caption", f=[("five-hour", "5")])],
    [S("Route 9, which links the eastern suburbs with St. Brendan’s Hospital, will run every 10 minutes at peak times instead of every 25.", "",
       f=[("10 minutes", "10"), ("25", "25")],
       why="`Route 9` is a number inside a name, not a figure")],
    [S("Councillor Frank Deschênes, who represents Ward 4, argued that the increase would hit retirees on fixed incomes hardest.",
       "Frank Deschênes", why="reported speech; `Ward 4` is a name")],
    {"s": [S("“People on Linden Street are already choosing between heating and groceries.", N,
             "inner quoted sentence is a rhetorical characterisation, not a checkable fact"),
           S("Now we are asking them for another $112 a year,” he said.", "Frank Deschênes",
             f=[("$112", "112")], why="inner quoted sentence states the cost of the levy; `a year` is the article"),
           S("Deschênes warned that opponents would file a petition for a referendum within 30 days.", "Deschênes",
             f=[("30 days", "30")], why="`within` is a preposition, not an approximator")],
     "q": [("“People on Linden Street are already choosing between heating and groceries. Now we are asking them for another $112 a year,”", "Frank Deschênes")]},
    [S("The median homeowner, whose house is assessed at $415,000, will pay about $112 more a year, city staff told the council.", "city staff",
       f=[("$415,000", "415000"), ("about $112", "112")])],
    [S("Is the expansion worth the cost?", N, "question"),
     S("Transit advocates insist it is.", "Transit advocates", why="reported position (insist)")],
    [S("Ridership has recovered to 8.3 million trips a year, still short of the 9.1 million recorded in 2019, according to Port Halden Transit.",
       "Port Halden Transit",
       f=[("8.3 million trips", "8300000"), ("9.1 million", "9100000")]),
     S("Ayesha Qureshi, who chairs the advocacy group Ride Halden, noted that the last major expansion was approved in 1998, when the city had 60,000 fewer residents.",
       "Ayesha Qureshi", f=[("60,000", "60000")], why="`fewer` between number and noun ends the span")],
    [S("“Every year we wait, the buses get older and the fares get higher,” Qureshi said.", N,
       "quotation + attribution; the quotation is a generalisation, not a checkable fact",
       q=[("“Every year we wait, the buses get older and the fares get higher,”", "Qureshi")])],
    [S("Several speakers called the plan a “giveaway” to developers who own land along the proposed rapid line.", "Several speakers",
       why="passes on the speakers' position; “giveaway” is a single-word scare quote, not a QUOTE"),
     S("Oyelaran rejected that, saying no land deals had been discussed with the city.", "Oyelaran")],
    [S("Read more: What the new bus routes mean for your commute", N, "boilerplate (link)")],
    [S("The council will hold a public information session at City Hall, 200 Marlow Avenue, on March 18 at 6:30 p.m.", "",
       why="scheduled event (checkable); street number, date and clock time are not figures")],
    [S("The vote was a rare show of resolve from a council better known for putting off hard choices.", N, "opinion"),
     S("Whether that resolve survives a referendum campaign is another matter.", N, "opinion"),
     S("A petition drive could well succeed in the suburbs, where turnout tends to be high.", N, "hedged prediction")],
    [S("Get City Hall Briefing, the Herald’s free weekly newsletter.", N, "boilerplate"),
     S("Sign up here.", N, "boilerplate")],
])

# 2. Sports match report: straight double quotes, score, ages, ordinals,
# shirt number, nickname in quotes, quote whose attribution is in the next
# sentence, a three-sentence quote, statistics, a handle in boilerplate.
ARTICLES["sports_kestrel_bay"] = dict(nl="\n", paras=[
    [S("Okonkwo double fires Kestrel Bay to the top of the table", N, "headline")],
    [S("Teenager scores two goals in 11 minutes as Ardmore’s nine-match unbeaten run ends", N, "dek",
       f=[("two goals", "2"), ("11 minutes", "11"), ("nine-match", "9")])],
    [S("Tom Ferriday at Gullhaven Park", N, "byline")],
    [],
    [S("Kestrel Bay moved to the top of the Northern League on Saturday after a 2-1 win over Ardmore United, with 19-year-old striker Samuel Okonkwo scoring both goals in front of a crowd of 23,418.", "",
       f=[("2-1", "2-1"), ("19-year-old", "19"), ("23,418", "23418")],
       why="a match score counts goals: one FIGURE, value kept as written (it is not a low-high range)")],
    [S("Ardmore, unbeaten in nine matches, led through a header from captain Luca Brennan in the 34th minute.", "",
       f=[("nine matches", "9")], why="`34th` is an ordinal"),
     S("Okonkwo, who wears the No. 10 shirt once worn by his uncle, equalised six minutes after half-time with a low shot from 20 yards.", "",
       f=[("six minutes", "6"), ("20 yards", "20")], why="`No. 10` is a shirt number (a label), not a quantity"),
     S("He struck again in the 67th minute, curling a free kick over the wall and into the top corner.", "")],
    [S("\"I have never scored a free kick in a professional game before today.\"", "Okonkwo",
       q=[("\"I have never scored a free kick in a professional game before today.\"", "Okonkwo")],
       why="bare quotation whose speaker is named in the next sentence; it asserts a checkable record"),
     S("Okonkwo was still grinning as he said it in the tunnel afterwards.", N, "scene-setting (colour)")],
    [S("The 19-year-old, nicknamed \"the Lighthouse\" by supporters because of his height, signed his first professional contract last summer.", "",
       f=[("19-year-old", "19")], why="nickname in quotation marks is not a QUOTE")],
    [S("Kestrel Bay had 61 per cent of possession and 14 shots to Ardmore’s six, according to the league’s match data.",
       "league’s match data",
       f=[("61 per cent", "61"), ("14 shots", "14"), ("six", "6")]),
     S("Ardmore goalkeeper Pavel Horák made seven saves, more than any keeper in the division has managed in a single game this season.", "",
       f=[("seven saves", "7")], why="`a single game` is the article")],
    {"s": [S("\"We were second best for 45 minutes.", N, "inner quoted sentence is a self-assessment",
             f=[("45 minutes", "45")]),
           S("At half-time I told them to keep the ball and stop panicking.", "Ines Varga",
             why="inner quoted sentence reports what she said (checkable)"),
           S("They did exactly that,\" said Kestrel Bay coach Ines Varga.", N,
             "inner quoted sentence is an assessment; the tag attaches to it")],
     "q": [("\"We were second best for 45 minutes. At half-time I told them to keep the ball and stop panicking. They did exactly that,\"", "Ines Varga")]},
    [S("Varga, 41, is in her first season in charge after leaving Ardmore’s coaching staff in 2023.", "",
       f=[("41", "41")])],
    [S("Samuel Okonkwo (No. 10) celebrates his second goal against Ardmore United on Saturday. Photo: Ruth Ellery", N, "caption")],
    [S("Ardmore manager Declan Shaw said his players had been \"careless\" and complained that the referee added only four minutes of stoppage time.",
       "Declan Shaw", f=[("four minutes", "4")], why="\"careless\" is one quoted word: not a QUOTE"),
     S("\"You don't win anything defending like that,\" Shaw told Radio Northshire.", N,
       "quotation + attribution; the quotation is opinion",
       q=[("\"You don't win anything defending like that,\"", "Shaw")]),
     S("He added that Brennan would miss next week’s trip to Saltmoor with a hamstring injury.", "Shaw")],
    [S("Kestrel Bay have 52 points from 24 games, one more than Ardmore, who have a game in hand.", "",
       f=[("52 points", "52"), ("24 games", "24"), ("one", "1")],
       why="`one more` is a number (one point), not the pronoun; `a game` is the article"),
     S("About 1,500 fans made the 90-mile trip from Ardmore.", "",
       f=[("About 1,500 fans", "1500"), ("90-mile", "90")]),
     S("The visiting club said its ticket allocation sold out in two hours.", "visiting club",
       f=[("two hours", "2")])],
    [S("Can Kestrel Bay stay there?", N, "question"),
     S("With three of their next four games at home, they will fancy their chances.", N, "prediction",
       f=[("three", "3"), ("four games", "4")])],
    [S("It was the kind of goal that gets a teenager’s name sung for years.", N, "opinion")],
    [S("Get our free Final Whistle newsletter every Monday, or follow @NorthshireSport24 for live updates.", N,
       "boilerplate; digits in a handle are not a figure")],
])

# 3. Health study: percentages, ranges (`55 to 74`, `between 15% and 29%`,
# `18 to 24 months`), decimals, `1.2 million`, a quote continued in a
# paragraph with no tag, interrupted quote with `added`, `noted`,
# `explained`, names with numbers (COVID-19, Phase 3), a link title.
ARTICLES["health_walking_study"] = dict(nl="\n", paras=[
    [S("Brisk walking linked to 22% lower dementia risk in large study", N, "headline", f=[("22%", "22")])],
    [S("Researchers followed 1.2 million adults for an average of 11 years", N, "dek",
       f=[("1.2 million adults", "1200000"), ("11 years", "11")])],
    [S("By Leona Whitby | Health Desk", N, "byline")],
    [],
    [S("People who walked briskly for at least 150 minutes a week were 22% less likely to develop dementia than those who rarely exercised, according to a study of 1.2 million adults published on Wednesday in the journal Neurology Open.",
       "study",
       f=[("at least 150 minutes", "150"), ("22%", "22"), ("1.2 million adults", "1200000")])],
    [S("The researchers, based at the University of Tarsholm, tracked participants aged 55 to 74 for an average of 11 years using health records from four countries.", "",
       f=[("55 to 74", "55-74"), ("11 years", "11"), ("four countries", "4")],
       why="an age range is one FIGURE"),
     S("During that period, 38,204 of them were diagnosed with dementia.", "",
       f=[("38,204", "38204")], why="the counted noun does not directly follow (`of them`)")],
    [S("“The effect was strongest in people who had started walking regularly before the age of 60,” said Dr. Miriam Oduya, the neurologist who led the study.",
       "Dr. Miriam Oduya",
       q=[("“The effect was strongest in people who had started walking regularly before the age of 60,”", "Dr. Miriam Oduya")],
       f=[("60", "60")],
       why="the quotation states a finding of the study (checkable); `Dr.` kept as an honorific")],
    {"s": [S("“You do not need to run marathons.", N, "advice"),
           S("Thirty minutes on most days seems to be enough.”", N, "hedged judgement (`seems to be`)",
             f=[("Thirty minutes", "30")])],
     "q": [("“You do not need to run marathons. Thirty minutes on most days seems to be enough.”", "Dr. Miriam Oduya")]},
    [S("Risk reductions varied between 15% and 29% by country and were larger for women than for men.", "",
       f=[("between 15% and 29%", "15-29")]),
     S("Those who walked fastest, at more than 6.4 kilometres an hour, had the lowest risk of all.", "",
       f=[("more than 6.4 kilometres", "6.4")]),
     S("The share of participants meeting the walking target rose from 31% in 2010 to 44% in 2020.", "",
       f=[("31%", "31"), ("44%", "44")], why="a change between two values is two FIGUREs, not a range")],
    [S("The study was observational, so it cannot show that walking itself prevents dementia.", "",
       why="asserts the study design, which is checkable; not merely an opinion")],
    [S("Prof. Henrik Aalto, an epidemiologist at Norrland University who was not involved in the research, noted that people who walk more also tend to smoke less and earn more.",
       "Henrik Aalto", why="reported speech; `Prof.` treated as a title and dropped"),
     S("“Some of this benefit is almost certainly about wealth, not walking,” he said.", N,
       "quotation + attribution; the quotation is a judgement",
       q=[("“Some of this benefit is almost certainly about wealth, not walking,”", "Henrik Aalto")])],
    [S("“Still, the size of the cohort makes this one of the strongest studies we have,” Aalto added, “and the dose-response pattern is hard to ignore.”", N,
       "quotation + attribution; an assessment; `one of` is the pronoun",
       q=[("“Still, the size of the cohort makes this one of the strongest studies we have,”", "Aalto"),
          ("“and the dose-response pattern is hard to ignore.”", "Aalto")])],
    [S("Dementia costs health systems in the region roughly €14.7 billion a year, according to the European Brain Alliance.",
       "European Brain Alliance", f=[("roughly €14.7 billion", "14700000000")]),
     S("Nearly 9.8 million people in the region live with the condition, the group says.", "European Brain Alliance",
       f=[("Nearly 9.8 million people", "9800000")], why="`the group` resolves to the name")],
    [S("The team now plans an 18-month trial in which 2,400 volunteers will be randomly assigned either to a walking programme or to health education classes.", "",
       f=[("18-month", "18"), ("2,400 volunteers", "2400")]),
     S("Oduya said the first results were expected in 18 to 24 months.", "Oduya",
       f=[("18 to 24 months", "18-24")], why="reported prediction is a CLAIM; `first` is an ordinal"),
     S("Enrolment had been delayed by the COVID-19 pandemic, she explained, and the trial will share sites with a Phase 3 drug study.", "Oduya",
       why="`she` resolves to Oduya; numbers in the names COVID-19 and Phase 3 are not figures")],
    [S("So should everyone be power-walking to the shops?", N, "question"),
     S("For most people, a daily walk is one of the cheapest health habits there is.", N, "opinion")],
    [S("This article is for general information and is not a substitute for medical advice.", N, "boilerplate")],
    [S("Read more: Five myths about memory loss, debunked", N,
       "boilerplate link; `Five` is inside a title, not a figure")],
])

# 4. Weather disaster: casualties, `dozens`/`hundreds` (inexact), metres,
# millimetres, money range, clock times and dates that are not figures, a
# platform post with an emoji, quote attributed in the following sentence,
# `Gov.`, an organisation speaker, a URL.
ARTICLES["weather_varenne_floods"] = dict(nl="\n", paras=[
    [S("At least 14 dead as floods sweep through Varenne valley", N, "headline",
       f=[("At least 14", "14")])],
    [S("Rescuers search for missing residents after 412 millimetres of rain fell in 24 hours", N, "dek",
       f=[("412 millimetres", "412"), ("24 hours", "24")])],
    [S("By Joaquín Ferrer and Ama Boateng", N, "byline")],
    [],
    [S("CEDAR FORKS — At least 14 people were killed and dozens more were injured after the Varenne River burst its banks early Sunday, flooding hundreds of homes across three counties, officials said.",
       "officials",
       f=[("At least 14 people", "14"), ("dozens", ""), ("hundreds", ""), ("three counties", "3")],
       why="`dozens`/`hundreds` are inexact number words: FIGUREs with empty value")],
    [S("The river rose more than 4 metres in six hours and peaked at 3:40 a.m., according to the National Weather Service.",
       "National Weather Service",
       f=[("more than 4 metres", "4"), ("six hours", "6")])],
    {"s": [S("The National Weather Service had posted on X at 11:15 p.m. Saturday: “⚠️ Move to higher ground NOW.", N,
             "quotation + attribution; the quotation is an instruction"),
           S("Do not wait for the water to reach your door.”", N, "instruction")],
     "q": [("“⚠️ Move to higher ground NOW. Do not wait for the water to reach your door.”", "National Weather Service")]},
    [S("Gov. Ruth Calloway declared a state of emergency in Harlow, Pine and Marsh counties on Sunday morning and asked for federal assistance.", "")],
    [S("“This is the worst flooding this valley has seen since 1987,” Calloway told reporters in Cedar Forks.", "Calloway",
       q=[("“This is the worst flooding this valley has seen since 1987,”", "Calloway")],
       why="the quotation makes a checkable historical comparison")],
    {"s": [S("“We have pulled 212 people off rooftops since midnight.", "Calloway",
             f=[("212 people", "212")], why="quotation continuing the previous paragraph; checkable"),
           S("We will not stop until every family is accounted for.”", N, "a promise")],
     "q": [("“We have pulled 212 people off rooftops since midnight. We will not stop until every family is accounted for.”", "Calloway")]},
    [S("The dead included a 67-year-old man whose car was swept off a bridge near Millbrook and two children, aged 6 and 9, the Harlow County sheriff’s office said.",
       "Harlow County sheriff’s office",
       f=[("67-year-old", "67"), ("two children", "2"), ("6", "6", 2), ("9", "9")]),
     S("At least 31 people remain unaccounted for.", "", f=[("At least 31 people", "31")])],
    [S("Volunteers stack sandbags on Quay Street in Cedar Forks on Sunday, Oct. 12. (Photo: Ama Boateng)", N, "caption")],
    [S("“The water came up through the floorboards in about ten minutes.”", "Rosa Delgado",
       q=[("“The water came up through the floorboards in about ten minutes.”", "Rosa Delgado")],
       f=[("about ten minutes", "10")],
       why="bare quotation attributed in the next sentence; it asserts a checkable event"),
     S("The words came from Rosa Delgado, 71, who has lived on Quay Street since 1979.", "",
       f=[("71", "71")]),
     S("She said she had escaped through an upstairs window with her two dogs.", "Rosa Delgado",
       f=[("two dogs", "2")])],
    [S("Early estimates put insured losses at between $250 million and $400 million, according to the risk-modelling firm Castellan Analytics.",
       "Castellan Analytics",
       f=[("between $250 million and $400 million", "250000000-400000000")]),
     S("More than 1,100 homes were damaged and about 6,500 customers were still without power on Monday afternoon, utility Harlow Electric said.",
       "Harlow Electric",
       f=[("More than 1,100 homes", "1100"), ("about 6,500 customers", "6500")])],
    [S("The 412 millimetres that fell at the Cedar Forks gauge broke a record of 266 millimetres set in September 1987.", "",
       f=[("412 millimetres", "412"), ("266 millimetres", "266")]),
     S("Red Cross volunteers opened five shelters, which housed about 900 people on Sunday night.", "",
       f=[("five shelters", "5"), ("about 900 people", "900")])],
    [S("Some residents questioned why warning sirens did not sound until nearly 2 a.m.", "Some residents",
       why="passes on the residents' position; `nearly 2 a.m.` is a clock time, not a figure"),
     S("County emergency manager Brent Sowell said the sirens had been triggered “as soon as the gauge data justified it” and that an internal review would follow.",
       "Brent Sowell",
       q=[("“as soon as the gauge data justified it”", "Brent Sowell")])],
    [S("Could the disaster have been foreseen?", N, "question"),
     S("Forecasters said another 30 to 50 millimetres of rain could fall on Tuesday.", "Forecasters",
       f=[("30 to 50 millimetres", "30-50")], why="a reported forecast is reported speech"),
     S("The river is likely to stay above flood stage for several more days.", N, "hedged prediction in the article's voice")],
    [S("How to help: The Harlow Community Foundation is collecting donations at harlowgives.org/flood2025.", N,
       "boilerplate; digits in a URL are not a figure")],
])

# 5. Earnings / labour dispute: money, EPS, percent / per cent, ranges with
# money, `Ms.` honorific, company spokeswoman, union local number, nested
# quote, title of a report in quotation marks, scare quotes, `the two sides`.
ARTICLES["business_halvorsen_strike"] = dict(nl="\n", paras=[
    [S("Halvorsen Foods profit rises 9% as strike threat looms at bakeries", N, "headline", f=[("9%", "9")])],
    [S("Union says 92 percent of members backed a walkout; company calls wage demand ‘unaffordable’", N, "dek",
       f=[("92 percent", "92")])],
    [S("By Mark Ishikawa-Reyes, Business Reporter", N, "byline")],
    [],
    [S("Halvorsen Foods reported a 9% rise in third-quarter net profit on Thursday, to $286 million, even as a union representing 4,300 of its bakery workers prepared for a strike that could shut 11 plants.", "",
       f=[("9%", "9"), ("$286 million", "286000000"), ("4,300", "4300"), ("11 plants", "11")],
       why="`third-quarter` is an ordinal compound, not a figure")],
    [S("Revenue climbed 4.2% to $3.1 billion, slightly ahead of the $3.05 billion that analysts had expected, according to FactSet.",
       "FactSet",
       f=[("4.2%", "4.2"), ("$3.1 billion", "3100000000"), ("$3.05 billion", "3050000000")]),
     S("Earnings per share came in at $1.47, up from $1.33 a year earlier.", "",
       f=[("$1.47", "1.47"), ("$1.33", "1.33")])],
    [S("Chief executive Ingrid Solberg told analysts on a conference call that the company had offered raises of 3.5% a year over three years, terms she described as “fair and responsible.”",
       "Ingrid Solberg",
       q=[("“fair and responsible.”", "Ingrid Solberg")],
       f=[("3.5%", "3.5"), ("three years", "3")]),
     S("Ms. Solberg, 58, said meeting the union’s demand would add roughly $140 million a year to labour costs.", "Ms. Solberg",
       f=[("58", "58"), ("roughly $140 million", "140000000")])],
    {"s": [S("“We respect our people.", N, "inner quoted sentence is a value statement"),
           S("But when the union says ‘fair share’, it means raises of 7% a year, which nobody in our sector pays,” Ms. Solberg said.", "Ms. Solberg",
             f=[("7%", "7")], why="states the size of the demand and a checkable industry comparison; the nested ‘fair share’ is not a separate QUOTE")],
     "q": [("“We respect our people. But when the union says ‘fair share’, it means raises of 7% a year, which nobody in our sector pays,”", "Ms. Solberg")]},
    [S("The Bakery and Food Workers Local 218, which represents the plant workers, says members have not had a raise above inflation since 2019.",
       "Bakery and Food Workers Local 218", why="`Local 218` is a name"),
     S("Its president, Darnell Pike, said 92 percent of members who voted had authorised a strike, on a turnout of 81 percent.", "Darnell Pike",
       f=[("92 percent", "92"), ("81 percent", "81")])],
    [S("“Our members kept these ovens running through the pandemic,” Pike said.", "Pike",
       q=[("“Our members kept these ovens running through the pandemic,”", "Pike")],
       why="the quotation asserts a checkable fact"),
     S("“They are asking for between 6% and 8%, not a fortune.”", "Pike",
       q=[("“They are asking for between 6% and 8%, not a fortune.”", "Pike")],
       f=[("between 6% and 8%", "6-8")], why="a second quotation after the tag; states the demand")],
    [S("Pike called the offer an “insult” and said the union would file a strike notice on Monday unless talks resumed.", "Pike",
       why="“insult” is a single-word scare quote")],
    [S("The union’s own report, “Running Hot: Pay and Heat on the Bakery Line,” found that temperatures on some production floors exceeded 38C last summer.",
       "union’s own report", f=[("38C", "38")],
       why="the report title in quotation marks is not a QUOTE; the report's finding is passed on")],
    [S("A Halvorsen spokeswoman said contingency plans were in place to keep supermarket shelves stocked for at least two weeks.",
       "Halvorsen spokeswoman", f=[("at least two weeks", "2")]),
     S("Shares rose 2.8% to $64.10 in New York trading.", "",
       f=[("2.8%", "2.8"), ("$64.10", "64.10")])],
    [S("Lucía Paredes, an analyst at Grantham & Wolfe, estimated that a two-week strike would cost the company $45 million to $60 million in lost sales.",
       "Lucía Paredes",
       f=[("two-week", "2"), ("$45 million to $60 million", "45000000-60000000")]),
     S("“Investors are treating this as noise for now,” she said.", N,
       "quotation + attribution; a judgement",
       q=[("“Investors are treating this as noise for now,”", "Lucía Paredes")])],
    [S("The last strike at Halvorsen, in 2011, lasted 23 days and involved about 2,000 workers.", "",
       f=[("23 days", "23"), ("about 2,000 workers", "2000")]),
     S("The two sides are due to meet again on Nov. 4 in Brackwater, according to a federal mediator.", "federal mediator",
       why="`the two sides` refers back to a known group; `Nov. 4` is a date")],
    [S("Both sides have good reasons to avoid a walkout.", N, "opinion"),
     S("But will either blink first?", N, "question"),
     S("A deal before the holiday baking season looks likely, if not certain.", N, "prediction")],
    [S("Subscribe to Morning Markets for the day’s biggest business stories.", N, "boilerplate")],
])

# 6. Diplomacy, CRLF line ends: guillemets «…» (interrupted, nested, several
# sentences), „…“ with the comma outside, accented names, a ministry as
# speaker, month range and clock time, `the two ministers`, `Mr.`.
ARTICLES["diplomacy_orlen_accord"] = dict(nl="\r\n", paras=[
    [S("Veldmark and Sorvana agree to share Orlen river after 14 hours of talks", N, "headline",
       f=[("14 hours", "14")])],
    [S("Geneva accord guarantees a 40% minimum flow, but farmers on both banks remain wary", N, "dek",
       f=[("40%", "40")])],
    [S("By Aurélie Fontaine, Diplomatic Correspondent", N, "byline")],
    [],
    [S("GENEVA (Alpine Wire) — Veldmark and Sorvana agreed early on Thursday to share the waters of the Orlen river under a 25-year accord, ending a dispute that has soured relations between the neighbours since an upstream dam was completed in 2016.", "",
       f=[("25-year", "25")]),
     S("The deal was reached at 4:15 a.m. after 14 hours of talks mediated by Switzerland, the Swiss foreign ministry said.",
       "Swiss foreign ministry", f=[("14 hours", "14")])],
    [S("Under the agreement, Veldmark will release at least 40% of the river’s natural flow through the Haskel dam from July to September, and both governments will fund a joint monitoring commission with €18 million over five years.", "",
       f=[("at least 40%", "40"), ("€18 million", "18000000"), ("five years", "5")],
       why="`July to September` is a span of months (dates), not a figure"),
     S("A 12-point annex sets out how disputes will be referred to a panel of three independent hydrologists.", "",
       f=[("12-point", "12"), ("three", "3")], why="adjective `independent` ends the span")],
    [S("«We came here as adversaries,» said Sorvana’s foreign minister, Elif Demirtaş, «and we leave with a signature that both parliaments can defend.»", N,
       "quotation (interrupted) + attribution; the quotation is rhetoric, not a checkable fact",
       q=[("«We came here as adversaries,»", "Elif Demirtaş"),
          ("«and we leave with a signature that both parliaments can defend.»", "Elif Demirtaş")])],
    [S("«When our farmers tell me “the river is our bank account”, they mean it literally: 62 percent of them depend on it for irrigation», Demirtaş told reporters.",
       "Demirtaş",
       q=[("«When our farmers tell me “the river is our bank account”, they mean it literally: 62 percent of them depend on it for irrigation»", "Demirtaş")],
       f=[("62 percent", "62")],
       why="checkable share; the nested “…” quote is part of the outer QUOTE, not a separate one")],
    {"s": [S("«The accord guarantees Sorvana at least 1.4 million megalitres of water a year.", "Sorvana’s foreign ministry",
             f=[("at least 1.4 million megalitres", "1400000")]),
           S("It will be put to a vote in parliament within 30 days», Sorvana’s foreign ministry said in a statement.", "Sorvana’s foreign ministry",
             f=[("30 days", "30")], why="a stated, checkable plan; `within` is not an approximator")],
     "q": [("«The accord guarantees Sorvana at least 1.4 million megalitres of water a year. It will be put to a vote in parliament within 30 days»", "Sorvana’s foreign ministry")]},
    [S("„Nobody has lost today“, said Veldmark’s foreign minister, Jonas Kühnel, adding that the releases would cost his country about 320 gigawatt hours of hydropower a year.",
       "Jonas Kühnel",
       q=[("„Nobody has lost today“", "Jonas Kühnel")],
       f=[("about 320 gigawatt hours", "320")],
       why="the sentence also carries reported speech (adding that …), which is checkable"),
     S("Veldmark’s energy ministry said the lost output would be replaced with imports from Austria.", "Veldmark’s energy ministry")],
    [S("Elif Demirtaş (left) and Jonas Kühnel sign the Orlen accord at the Palais des Nations in Geneva on Thursday. Photo: Marc Lüthi / Alpine Wire", N, "caption")],
    [S("The two ministers shook hands for photographers but did not take questions.", "",
       why="`the two ministers` refers back to a known group: not a figure")],
    [S("Reaction in the Sorvanan border town of Dalköy was cautious.", N, "scene-setting"),
     S("«Forty percent of nothing is still nothing», said Hakan Yıldız, 49, who grows cotton on 30 hectares near the river.", N,
       "quotation + attribution; the quotation is rhetoric",
       q=[("«Forty percent of nothing is still nothing»", "Hakan Yıldız")],
       f=[("Forty percent", "40"), ("49", "49"), ("30 hectares", "30")]),
     S("Last summer the Orlen ran dry for 47 days at the Kessin border crossing, according to the Orlen Basin Observatory.",
       "Orlen Basin Observatory", f=[("47 days", "47")])],
    [S("Will the accord survive the next drought?", N, "question"),
     S("Diplomats involved in the talks privately say the real test will come in August.", "Diplomats",
       why="reported position (say) is a CLAIM even though its content is a prediction"),
     S("A dry summer would quickly expose any gaps in the monitoring regime.", N, "hedged prediction")],
    [S("Mr. Kühnel is due to present the accord to Veldmark’s parliament next week, where his coalition holds 87 of the 150 seats.", "",
       f=[("87", "87"), ("150 seats", "150")])],
    [S("© 2025 Alpine Wire. All rights reserved.", N, "boilerplate")],
])


def find(hay, sub, n=1):
    """Offset of the n-th occurrence of sub in hay; it must exist, and be
    unique when n is not given."""
    at, i = -1, 0
    while True:
        at = hay.find(sub, at + 1)
        if at < 0:
            raise SystemExit(f"not found: {sub!r} (#{n}) in {hay!r}")
        i += 1
        if i == n:
            break
    return at


def locate(hay, base, item):
    sub, val = item[0], item[1]
    n = item[2] if len(item) > 2 else 1
    at = find(hay, sub, n)
    if len(item) == 2 and hay.find(sub, at + 1) >= 0:
        raise SystemExit(f"ambiguous: {sub!r} in {hay!r}")
    return base + at, base + at + len(sub), sub, val


def build(art):
    text, spans = "", []
    for para in art["paras"]:
        sents = para["s"] if isinstance(para, dict) else para
        pstart = len(text)
        for k, s in enumerate(sents):
            if k:
                text += " "
            base = len(text)
            text += s["t"]
            if s["c"] is not None:
                spans.append(("CLAIM", base, len(text), "claimant", s["c"]))
            else:
                assert s["why"], f"non-claim without a reason: {s['t']!r}"
            for it in s["q"]:
                a, b, _, v = locate(s["t"], base, it)
                spans.append(("QUOTE", a, b, "speaker", v))
            for it in s["f"]:
                a, b, _, v = locate(s["t"], base, it)
                spans.append(("FIGURE", a, b, "value", v))
        if isinstance(para, dict):
            ptext = text[pstart:]
            for it in para["q"]:
                a, b, _, v = locate(ptext, pstart, it)
                spans.append(("QUOTE", a, b, "speaker", v))
        text += art["nl"]
    return text, spans


def main():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "gold"), exist_ok=True)
    for name, art in ARTICLES.items():
        text, spans = build(art)
        spans.sort(key=lambda s: (s[1], -s[2], s[0]))
        with open(os.path.join(HERE, "articles", name + ".txt"), "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        # Re-read exactly as on disk and check every span against it.
        with open(os.path.join(HERE, "articles", name + ".txt"), encoding="utf-8", newline="") as fh:
            disk = fh.read()
        assert disk == text
        lines = []
        for label, a, b, key, v in spans:
            piece = disk[a:b]
            assert piece and piece == piece.strip(), (name, label, piece)
            lines.append(json.dumps({"label": label, "start": a, "end": b, "text": piece,
                                     "attrs": {key: v}}, ensure_ascii=False))
        with open(os.path.join(HERE, "gold", name + ".gold.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(lines) + "\n")
        counts = {l: sum(s[0] == l for s in spans) for l in ("CLAIM", "QUOTE", "FIGURE")}
        print(f"{name}: {len(disk.split())} words, {counts}")


if __name__ == "__main__":
    main()
