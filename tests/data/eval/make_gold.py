#!/usr/bin/env python3
"""Writes the held-out evaluation articles and their gold spans.

The articles are original text written for this set (the rules were not
tuned on them); the gold follows the project's annotation guidelines
(`../shared/annotation-guidelines.md` beside the checkout). This script is the
source of both: edit it, not the generated files, and re-run it. Every sentence is listed with a deliberate decision: CLAIM (with its
claimant) or not (with the reason), so nothing is left out by accident.

The format of articles and sentences: `../gold_script.py`.

usage: python3 make_gold.py   (writes articles/ and gold/ beside it)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from gold_script import N, S, write_set  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

ARTICLES = {}

# 1. Wire-style politics: headline, dek, byline, dateline, straight quotes.
ARTICLES["politics_border_bill"] = dict(nl="\n", paras=[
    [S("Senate panel advances border bill after late-night deal", N, "headline")],
    [S("Measure would pay for 1,200 new border inspectors; critics promise a floor fight", N, "dek",
       f=[("1,200", "1200")])],
    [S("By Helen Marsh, Capitol Wire Service", N, "byline")],
    [],
    [S("WASHINGTON (CWS) — A Senate committee advanced a border security bill early Wednesday, with 14 senators voting in favor and 11 against, after negotiators reached a deal shortly before midnight.", "",
       f=[("14 senators", "14"), ("11", "11")]),
     S("The measure would spend $4.2 billion over two years on inspectors, scanning equipment and immigration judges.", "",
       f=[("$4.2 billion", "4200000000"), ("two years", "2")])],
    [S("\"This is not the bill any of us would have written alone, but it is a bill that works,\" said Sen. Dana Whitfield, the Ohio Republican who chairs the committee.", N,
       "quotation + attribution; the quotation is opinion",
       q=[("\"This is not the bill any of us would have written alone, but it is a bill that works,\"", "Dana Whitfield")]),
     S("She said the deal came after three days of talks with Democrats on the panel.", "Dana Whitfield",
       f=[("three days", "3")])],
    [S("Democrats won two concessions: a cap of 600 on new detention beds and an extra $350 million for asylum judges.", "",
       f=[("two concessions", "2"), ("600", "600"), ("$350 million", "350000000")])],
    [S("\"We got what we needed on due process,\" Sen. Raúl Ibarra of New Mexico told reporters.", N,
       "quotation + attribution; the quotation is an assessment",
       q=[("\"We got what we needed on due process,\"", "Raúl Ibarra")]),
     S("\"The detention numbers are still too high.\"", N, "quotation that gives an opinion",
       q=[("\"The detention numbers are still too high.\"", "Raúl Ibarra")])],
    [S("The bill now goes to the full Senate, where it needs 60 votes to overcome a filibuster.", "",
       f=[("60 votes", "60")]),
     S("Majority Leader Tom Becker's office said on Wednesday that no vote had been scheduled.", "Tom Becker's office")],
    [S("Opponents say the bill does too little to stop fentanyl smuggling at official ports of entry.", "Opponents"),
     S("Roughly 90% of fentanyl seizures last year took place at those crossings, according to U.S. Customs and Border Protection.",
       "U.S. Customs and Border Protection", f=[("Roughly 90%", "90")])],
    [S("Will the compromise survive a floor vote?", N, "question"),
     S("The outcome may hinge on a handful of senators from border states.", N, "hedged prediction")],
    [S("Whitfield said she expected a vote before the July 4 recess.", "Whitfield"),
     S("The House passed its own version of the bill in March by 219 votes to 206, with four Republicans joining Democrats in opposition.", "",
       f=[("219 votes", "219"), ("206", "206"), ("four Republicans", "4")])],
    [S("Tomás Rivera contributed reporting from El Paso, Texas.", N, "contributor tagline (boilerplate)")],
])

# 2. Business / markets: money, percentages, ranges, scale words, word
# numbers, hyphenated compounds.
ARTICLES["markets_norvale"] = dict(nl="\n", paras=[
    [S("Norvale shares jump 18% after record quarter", N, "headline", f=[("18%", "18")])],
    [],
    [S("Shares of Norvale Semiconductor rose 18% on Thursday after the company reported quarterly revenue of $2.3 billion, beating analysts’ forecasts by about $150 million.", "",
       f=[("18%", "18"), ("$2.3 billion", "2300000000"), ("about $150 million", "150000000")]),
     S("Net profit more than doubled to $410 million, or 1.62 dollars a share, from $187 million a year earlier.", "",
       f=[("$410 million", "410000000"), ("1.62 dollars", "1.62"), ("$187 million", "187000000")])],
    [S("The company, which employs about 12,500 people in three countries, said it expects revenue to grow 10-15% next year as demand for data-centre chips keeps rising.",
       "Norvale Semiconductor",
       f=[("about 12,500 people", "12500"), ("three countries", "3"), ("10-15%", "10-15")])],
    [S("Chief executive Priya Natarajan, 52, told analysts on a call that the company would hire between 200 and 300 engineers at its Dresden plant over the next 3 to 5 years.",
       "Priya Natarajan",
       f=[("52", "52"), ("between 200 and 300 engineers", "200-300"), ("3 to 5 years", "3-5")])],
    [S("“We are building for a decade of demand, not for a single quarter,” Natarajan said.", N,
       "quotation + attribution; the quotation states an intent, not a fact",
       q=[("“We are building for a decade of demand, not for a single quarter,”", "Natarajan")])],
    [S("Norvale also announced plans to spend 1.5 billion euros on a new chip-packaging line, a project first reported by the Financial Times in February.",
       "Norvale", f=[("1.5 billion euros", "1500000000")])],
    [S("Twenty-five of the 31 analysts who cover the stock now rate it a buy, up from nineteen a month ago, according to data compiled by LSEG.",
       "LSEG", f=[("Twenty-five", "25"), ("31 analysts", "31"), ("nineteen", "19")])],
    [S("The rally added roughly $9 billion to Norvale’s market value and lifted the Philadelphia semiconductor index 2.4%.", "",
       f=[("roughly $9 billion", "9000000000"), ("2.4%", "2.4")]),
     S("A million shares changed hands in the first 30 minutes of trading, three times the stock’s usual volume.", "",
       f=[("A million shares", "1000000"), ("30 minutes", "30"), ("three times", "3")])],
    [S("Not everyone is convinced.", N, "scene-setting")],
    [S("Marta Kell, a 28-year-old fund manager at Brightwater Capital, said the stock now trades at 45 times expected earnings, well above its five-year average of 22.",
       "Marta Kell",
       f=[("28-year-old", "28"), ("45 times", "45"), ("five-year", "5"), ("22", "22")])],
    [S("“Margins like these rarely last more than a few quarters,” she said.", N,
       "quotation + attribution; the quotation is a hedged judgement",
       q=[("“Margins like these rarely last more than a few quarters,”", "Marta Kell")])],
    [S("Norvale also extended its 30-day share buyback window and will pay a quarterly dividend of 12 cents a share, up from 10 cents.", "",
       f=[("30-day", "30"), ("12 cents", "12"), ("10 cents", "10")]),
     S("The stock has gained 64% since January.", "", f=[("64%", "64")])],
])

# 3. Court / crime: titles, Mr./Dr., pronoun speakers, according to.
ARTICLES["court_clinic_fraud"] = dict(nl="\n", paras=[
    [S("Former clinic owner gets 7 years for billing fraud", N, "headline", f=[("7 years", "7")])],
    [S("By Ana Lucero | Sacramento Ledger", N, "byline")],
    [],
    [S("A former clinic owner who billed insurers for treatments that never took place was sentenced on Tuesday to seven years in prison.", "",
       f=[("seven years", "7")]),
     S("Judge Maria Ortiz also ordered Dr. Alan Whitcombe, 61, to repay $3.8 million to Medicare and four private insurers.", "",
       f=[("61", "61"), ("$3.8 million", "3800000"), ("four", "4")])],
    [S("Prosecutors said Whitcombe submitted more than 9,000 false claims between 2016 and 2021 through his Riverbend Pain Clinic in Elk Grove.",
       "Prosecutors", f=[("more than 9,000", "9000")])],
    [S("“Dr. Whitcombe treated his patients as account numbers,” Assistant U.S. Attorney Kevin Lam told the court.", N,
       "quotation + attribution; the quotation is a characterisation",
       q=[("“Dr. Whitcombe treated his patients as account numbers,”", "Kevin Lam")]),
     S("“He billed Medicare for surgeries on patients who had died months earlier.”", "Kevin Lam",
       q=[("“He billed Medicare for surgeries on patients who had died months earlier.”", "Kevin Lam")])],
    [S("Mr. Whitcombe, who pleaded guilty in January to one count of health care fraud, apologized to his former patients before the sentence was read.", "",
       f=[("one count", "1")])],
    [S("“I am ashamed of what I did,” he said, his voice breaking.", N,
       "quotation + attribution; the quotation states a feeling",
       q=[("“I am ashamed of what I did,”", "Mr. Whitcombe")])],
    [S("His lawyer, Sandra Okafor, had asked for a sentence of 3 to 4 years, arguing that her client had cooperated with investigators and had no prior convictions.",
       "Sandra Okafor", f=[("3 to 4 years", "3-4")]),
     S("Ortiz rejected the request, saying the fraud had been “calculated and sustained” over several years.", "Ortiz",
       q=[("“calculated and sustained”", "Ortiz")])],
    [S("According to court filings, the clinic received about $1.2 million from a single insurer in 2019 alone.", "court filings",
       f=[("about $1.2 million", "1200000")])],
    [S("Two former office managers at the clinic, who testified against Whitcombe, were sentenced to probation last year.", "",
       f=[("Two", "2")])],
    [S("The FBI’s Sacramento field office said the investigation began after a nurse noticed that a patient listed as treated on 40 separate days had been in a hospital in another state at the time.",
       "FBI’s Sacramento field office", f=[("40", "40")])],
    [S("Is a seven-year term enough for a fraud of this size?", N, "question", f=[("seven-year", "7")]),
     S("Carla Jimenez of the advocacy group Patients First said at least 300 patients had unnecessary procedures at the clinic.", "Carla Jimenez",
       f=[("at least 300 patients", "300")])],
    [S("Okafor said her client would appeal.", "Okafor"),
     S("Whitcombe must report to prison by 9 a.m. on Aug. 12.", "")],
])

# 4. European story: guillemets, „…“ and single curly quotes.
ARTICLES["europe_farm_protest"] = dict(nl="\n", paras=[
    [S("Farmers block Brussels streets as EU ministers debate subsidy cuts", N, "headline")],
    [S("Tractors, eggs and hay bales bring the European quarter to a standstill", N, "dek")],
    [],
    [S("Around 3,000 farmers drove more than 900 tractors into the European quarter of Brussels on Monday, according to police, as agriculture ministers met to discuss cuts to the bloc’s farm budget.",
       "police", f=[("Around 3,000 farmers", "3000"), ("more than 900 tractors", "900")])],
    [S("«My milk sells for less today than it did in 2014», said Jean-Luc Marchand, a dairy farmer from Normandy who drove through the night to reach Brussels.",
       "Jean-Luc Marchand",
       q=[("«My milk sells for less today than it did in 2014»", "Jean-Luc Marchand")])],
    [S("Police said 14 officers were slightly injured when protesters threw eggs and set fire to hay bales near the European Parliament.",
       "Police", f=[("14 officers", "14")])],
    [S("German agriculture minister Katrin Vogel called the protest „a warning signal that we must take seriously“ and promised to push for a smaller cut.",
       "Katrin Vogel", q=[("„a warning signal that we must take seriously“", "Katrin Vogel")])],
    [S("The European Commission has proposed trimming direct payments by 8% from 2028, a change that would save about €4 billion a year.", "",
       f=[("8%", "8"), ("about €4 billion", "4000000000")])],
    {"s": [S("„Farm incomes rose 11% across the union last year.", "Lena Hartmann", f=[("11%", "11")]),
           S("This is a fair proposal“, Commission spokeswoman Lena Hartmann told reporters.", N,
             "inner quoted sentence is an opinion")],
     "q": [("„Farm incomes rose 11% across the union last year. This is a fair proposal“", "Lena Hartmann")]},
    [S("Marchand’s group, the Young Farmers’ Union, says it represents about 40,000 holdings in France and Belgium.",
       "Young Farmers’ Union", f=[("about 40,000 holdings", "40000")])],
    [S("Vogel later described the Commission’s savings estimate as ‘far too optimistic’ in a post on X.", "Vogel",
       q=[("‘far too optimistic’", "Vogel")])],
    [S("«They say we ‘protest too much’, but nobody in this building listens to us», said Sophie Lambert, 23, who grows wheat near Namur.", N,
       "quotation + attribution; the quotation is a complaint, not a checkable fact",
       q=[("«They say we ‘protest too much’, but nobody in this building listens to us»", "Sophie Lambert")],
       f=[("23", "23")])],
    [S("Ministers ended the meeting without a deal, and the Belgian presidency said talks would resume in two weeks.",
       "Belgian presidency", f=[("two weeks", "2")])],
    [S("Is a compromise in sight?", N, "question"),
     S("The dispute is likely to overshadow a summit of EU leaders in June.", N, "prediction")],
])

# 5. Science: quote interrupted by its attribution, nested quote, scare
# quotes, nickname and titles of works in quotation marks.
ARTICLES["science_mimas_ocean"] = dict(nl="\n", paras=[
    [S("Astronomers find hidden ocean beneath the ice of Saturn’s moon Mimas", N, "headline")],
    [S("The discovery rewrites the story of the “Death Star” moon", N, "dek")],
    [],
    [S("Saturn’s moon Mimas hides a salty ocean up to 30 kilometres below its cratered surface, astronomers reported on Wednesday in the journal Nature.",
       "astronomers", f=[("up to 30 kilometres", "30")])],
    [S("The team, led by Dr. Hannah Cole of the University of Leeds, analysed 13 years of measurements from the Cassini spacecraft, which ended its mission in 2017.", "",
       f=[("13 years", "13")])],
    [S("“At first we thought it was noise,” said Dr. Cole, “but the signal was there in every one of the 126 flybys we examined.”", "Dr. Cole",
       q=[("“At first we thought it was noise,”", "Dr. Cole"),
          ("“but the signal was there in every one of the 126 flybys we examined.”", "Dr. Cole")],
       f=[("126 flybys", "126")])],
    [S("The paper, titled “A Young Brine Ocean Beneath Mimas”, was reviewed by four independent experts before publication.", "",
       f=[("four", "4")])],
    [S("Nicknamed the “Death Star” for its giant crater, Mimas had long been dismissed as a “dead” world.", "")],
    [S("“My students keep asking me, ‘Is there life down there?’ and the honest answer is that we have no idea yet,” said Prof. Ian Duffy, a planetary scientist at Caltech who was not involved in the study.", N,
       "quotation + attribution; the quotation is not a checkable fact",
       q=[("“My students keep asking me, ‘Is there life down there?’ and the honest answer is that we have no idea yet,”", "Ian Duffy")])],
    [S("The researchers estimate that the ocean lies about 20 to 30 kilometres down and formed between 5 million and 15 million years ago, very recently by the standards of the solar system.",
       "researchers",
       f=[("about 20 to 30 kilometres", "20-30"), ("between 5 million and 15 million years", "5000000-15000000")])],
    [S("Cole said the team had been awarded 40 hours of observing time on the James Webb Space Telescope to look for faint plumes.", "Cole",
       f=[("40 hours", "40")])],
    [S("Could a future spacecraft drill through the ice?", N, "question"),
     S("“Not in my lifetime,” Cole said with a laugh.", N, "quotation + attribution; a joke",
       q=[("“Not in my lifetime,”", "Cole")])],
    [S("The finding has already inspired a song, “Ocean Under Ice”, by the Leeds band Small Moons, which performed it at the university’s science festival on Saturday.", "")],
    [S("NASA’s Europa Clipper, launched in October 2024, carries nine instruments built to study a similar ocean on Jupiter’s moon Europa.", "",
       f=[("nine instruments", "9")])],
    [S("It is a thrilling time to be a planetary scientist.", N, "opinion")],
])

# 6. Local story: CRLF line ends, an emoji, dates, clock times, years,
# ordinals, `one of the largest`, `the two leaders`, questions, opinion,
# prediction, a caption and boilerplate lines.
ARTICLES["local_library_reopens"] = dict(nl="\r\n", paras=[
    [S("Riverside library reopens after 18-month renovation", N, "headline", f=[("18-month", "18")])],
    [S("Published March 3, 2025, 6:45 p.m.", N, "dateline")],
    [],
    [S("The Riverside Central Library reopened on Saturday at 10 a.m., 18 months after it closed for a $6.5 million renovation.", "",
       f=[("18 months", "18"), ("$6.5 million", "6500000")])],
    [S("ADVERTISEMENT", N, "boilerplate")],
    [S("Library director Grace Holloway said more than 1,100 visitors came through the doors before noon, one of the largest crowds in the building’s 92-year history.",
       "Grace Holloway", f=[("more than 1,100 visitors", "1100"), ("92-year", "92")])],
    [S("“People were lined up around the block at 8:30 in the morning,” Holloway said.", "Holloway",
       q=[("“People were lined up around the block at 8:30 in the morning,”", "Holloway")])],
    [S("📚 Children wait for the doors to open at Riverside Central Library on Saturday. (Photo: Dan Ruiz / Riverside Courier)", N, "caption")],
    [S("The renovation added a second-floor reading room, 40 new computers and a makerspace with two 3D printers.", "",
       f=[("40", "40"), ("two", "2")])],
    [S("Mayor Luis Ferreira and council president Anne Baptiste cut the ribbon together, the first time the two leaders have appeared in public side by side since their dispute over the 2023 budget.", "")],
    [S("Sign up for our newsletter", N, "boilerplate")],
    [S("Ferreira said the library would stay open seven days a week for the first time since 2009.", "Ferreira",
       f=[("seven days", "7")]),
     S("Will the longer hours last?", N, "question"),
     S("Baptiste said that depends on next year’s budget, which the council votes on in June.", "Baptiste")],
    [S("In our view, the money could hardly have been better spent.", N, "opinion"),
     S("Attendance will probably climb once the school holidays begin.", N, "prediction")],
    [S("Residents named the library the city’s third most popular public building in a 2024 survey of 2,400 households, and its children’s section drew about 35,000 visits a year before it closed.", "",
       f=[("2,400 households", "2400"), ("about 35,000 visits", "35000")])],
    [S("The library is open from 9 a.m. to 8 p.m. on weekdays and from 10 a.m. to 5 p.m. on weekends.", "")],
    [S("Copyright 2025 Riverside Courier. All rights reserved.", N, "boilerplate")],
])


if __name__ == "__main__":
    write_set(HERE, ARTICLES)
