"""Held-out evaluation set eval3, part A: three original articles with gold
decisions (court case, technology company announcement, election poll).

People, places and organisations are invented. Every sentence carries a
deliberate decision: CLAIM with its claimant ("" for the article's own
voice) or N with `why`. Format: ../gold_script.py.
"""
from gold_script import N, S

ARTICLES = {}

# 1. Court / crime report: relative timestamp, `ARTICLE AD BOX`, interrupted
# quote, two-sentence quote with tag at its end, pronoun speakers, straight
# quotes, partial quote, `according to`, `£2.3m`, number inside a company
# name, ordinal, year, clock time, a related link with a ‘single-quoted’
# partial quote.
ARTICLES["court_care_pension_fraud"] = dict(nl="\n", paras=[
    [S("Former care-home boss jailed for six years over £2.3m pension fraud", N, "headline",
       f=[("six years", "6"), ("£2.3m", "2300000")])],
    [S("Published 3 hours ago", N,
       "timestamp; `3 hours ago` is a relative publication time (like a date or clock time), "
       "not a checkable quantity — doubtful, decided as not a figure")],
    [S("Share", N, "boilerplate (share button)")],
    [S("By Harriet Moss, Courts correspondent", N, "byline")],
    [S("ARTICLE AD BOX", N, "boilerplate")],
    [S("A former director of a chain of care homes has been jailed for six years after stealing more than £2.3 million from a staff pension scheme to pay for a holiday villa, a yacht and his daughter’s wedding.", "",
       f=[("six years", "6"), ("more than £2.3 million", "2300000")])],
    [S("Gerald Whitcombe, 61, of Kelsby, admitted 14 counts of fraud by abuse of position at Lindmoor Crown Court in March.", "",
       f=[("61", "61"), ("14 counts", "14")], why="`March` is a date, not a figure"),
     S("He was sentenced on Tuesday by Judge Rosalind Achterberg.", "")],
    [S("Gerald Whitcombe arrives at Lindmoor Crown Court on Tuesday. Image: Lindmoor Press Agency", N,
       "caption with credit")],
    [S("“You treated the savings of 312 care workers as your own private bank,” the judge told him, “and you did it for nearly nine years.”",
       "Rosalind Achterberg",
       q=[("“You treated the savings of 312 care workers as your own private bank,”", "Rosalind Achterberg"),
          ("“and you did it for nearly nine years.”", "Rosalind Achterberg")],
       f=[("312 care workers", "312"), ("nearly nine years", "9")],
       why="quotation interrupted by its tag; it asserts checkable facts (how many members, for how long); "
           "`the judge` resolves to the name, job title `Judge` dropped")],
    {"s": [S("“Mr Whitcombe moved money out of the scheme on 87 separate occasions.", "Daniel Osei-Bonsu",
             f=[("87", "87")],
             why="inner quoted sentence asserts a checkable fact; the speaker is named at the end of the "
                 "quotation; adjective `separate` ends the figure span"),
           S("He disguised the transfers as fees paid to a consultancy that did not exist,” prosecutor Daniel Osei-Bonsu told the court.",
             "Daniel Osei-Bonsu",
             why="inner quoted sentence is checkable; the tag belongs to it; description `prosecutor` dropped")],
     "q": [("“Mr Whitcombe moved money out of the scheme on 87 separate occasions. He disguised the transfers as fees paid to a consultancy that did not exist,”",
            "Daniel Osei-Bonsu")]},
    [S("He said Whitcombe had spent £640,000 on the villa, about £95,000 on a 12-metre yacht and £38,500 on his daughter’s wedding.",
       "Daniel Osei-Bonsu",
       f=[("£640,000", "640000"), ("about £95,000", "95000"), ("12-metre", "12"), ("£38,500", "38500")],
       why="reported speech; `He` resolves to the prosecutor named in the previous paragraph")],
    [S("Whitcombe’s company, Heathfield 24/7 Care Ltd, collapsed in 2022 with debts of £4.1m, leaving 1,100 staff out of work.", "",
       f=[("£4.1m", "4100000"), ("1,100 staff", "1100")],
       why="`24/7` is inside a company name and `2022` is a year: not figures")],
    [S("Maureen Aldiss, 58, worked as a care assistant at the company’s Brook House home for 23 years.", "",
       f=[("58", "58"), ("23 years", "23")])],
    [S("“I feel sick every time I think about it,” she said.", N,
       "quotation + attribution; the quotation only expresses a feeling; `she` resolves to Maureen Aldiss",
       q=[("“I feel sick every time I think about it,”", "Maureen Aldiss")])],
    {"s": [S("“My pension was supposed to be about £180 a week.", "Maureen Aldiss",
             f=[("about £180", "180")],
             why="bare quotation with no tag, continuing her words from the previous paragraph; states a "
                 "checkable entitlement; `a week` is the article"),
           S("Now nobody can tell me what I’ll get.”", N,
             "expresses her uncertainty and frustration rather than a checkable fact — doubtful, decided as "
             "not a claim")],
     "q": [("“My pension was supposed to be about £180 a week. Now nobody can tell me what I’ll get.”", "Maureen Aldiss")]},
    [S("Whitcombe’s barrister, Clara Benedetti, said her client was \"deeply ashamed\" and had already repaid part of the money by selling the yacht.",
       "Clara Benedetti",
       q=[("\"deeply ashamed\"", "Clara Benedetti")],
       why="reported speech containing a two-word partial quote (a QUOTE); `barrister` is a description")],
    [S("\"He wakes up every day knowing exactly what he has done,\" she said.", N,
       "quotation + attribution; the quotation is about remorse, not a checkable fact; `she` resolves to "
       "Clara Benedetti",
       q=[("\"He wakes up every day knowing exactly what he has done,\"", "Clara Benedetti")])],
    [S("About £410,000 has been recovered so far, according to the Northern Economic Crime Unit, which said it would apply for a confiscation order later this year.",
       "Northern Economic Crime Unit",
       f=[("About £410,000", "410000")])],
    [S("His former finance manager, Pauline Greave, 54, was given a two-year suspended sentence and ordered to carry out 200 hours of unpaid work after admitting false accounting.", "",
       f=[("54", "54"), ("two-year", "2"), ("200 hours", "200")],
       why="the hyphenated compound `two-year` is marked alone")],
    [S("Whitcombe was taken down from the dock at 11.40am.", "", why="`11.40am` is a clock time, not a figure"),
     S("It is the second pension fraud to come before the court since 2021.", "",
       why="`second` is an ordinal and `2021` a year: no figure")],
    [S("How did it go unnoticed for so long?", N, "question"),
     S("The scheme’s trustees have declined to comment.", "",
       why="that they declined to comment is a checkable event in the article's own voice")],
    [S("The case should prompt a hard look at who checks the books of small workplace pension schemes.", N,
       "opinion in the article's own voice")],
    [S("Related: Care workers’ pension pot ‘raided like a piggy bank’, court told", N,
       "related-link line (boilerplate); the multi-word partial quote in it is still a QUOTE, and the line "
       "does not say who said it, so speaker is empty — doubtful (it is probably the prosecutor, but the "
       "article never says so)",
       q=[("‘raided like a piggy bank’", "")])],
    [S("If you have been affected by the issues in this story, help is available via our support page.", N,
       "boilerplate")],
])

# 2. Technology company announcement with market figures (Windows line
# endings): `as much as`, `roughly`, `an estimated`, a percentage range, `a
# million`, numbers in product names, ordinals, a social-media embed with an
# emoji and a handle, straight-quoted opinion, a quote continued in a
# sentence with no tag.
ARTICLES["tech_norvane_chip"] = dict(nl="\r\n", paras=[
    [S("Norvane shares jump 9% as chipmaker unveils low-power AI processor", N, "headline",
       f=[("9%", "9")])],
    [S("The company says its Lumen X2 chip uses about 40% less energy than rival designs", N, "dek; `X2` is part of a product name",
       f=[("about 40%", "40")])],
    [S("Markus Feldt · Technology reporter", N, "byline")],
    [S("Updated 12 June 2025, 09:15 GMT", N, "timestamp; the date and clock time are not figures")],
    [S("Advertisement", N, "boilerplate")],
    [S("Shares in Norvane Technologies rose as much as 9% on Thursday after the chip designer unveiled a processor for artificial-intelligence tasks that it says uses about 40% less power than competing products.", "",
       f=[("as much as 9%", "9"), ("about 40%", "40")],
       why="the main assertion (the share move) is in the article's own voice, so claimant is empty although "
           "a subordinate `it says` clause passes on the company's claim — doubtful; `as much as` is treated as "
           "an approximator (like `up to`) and kept in the span")],
    [S("The chip, called the Lumen X2, will go on sale in the fourth quarter, chief executive Ingrid Solheim-Varga told reporters at the company’s headquarters in Vessby.",
       "Ingrid Solheim-Varga",
       why="reported speech; job title dropped; `X2` is in a product name and `fourth` is an ordinal")],
    [S("“This is the most energy-efficient chip we have ever built,” Solheim-Varga said.", "Solheim-Varga",
       q=[("“This is the most energy-efficient chip we have ever built,”", "Solheim-Varga")],
       why="quotation + attribution; the superlative compares measurable efficiency with the company's own "
           "earlier chips, so it is treated as checkable rather than opinion — doubtful"),
     S("“It can run a large language model on a laptop battery for a full working day.”", "Solheim-Varga",
       q=[("“It can run a large language model on a laptop battery for a full working day.”", "Solheim-Varga")],
       why="bare quotation whose speaker is given in the previous sentence; a checkable product claim; "
           "`a full working day` has no number")],
    [S("Norvane said it had already taken orders worth €310 million from three laptop makers, which it declined to name.",
       "Norvane",
       f=[("€310 million", "310000000"), ("three laptop makers", "3")])],
    [S("Revenue rose 18% to €742 million in the first quarter, while the operating margin widened to 21.5% from 16.8% a year earlier.", "",
       f=[("18%", "18"), ("€742 million", "742000000"), ("21.5%", "21.5"), ("16.8%", "16.8")],
       why="`first` is an ordinal; a change between two values is two FIGUREs, not a range")],
    [S("Norvane holds roughly 6% of the market for chips used in AI-enabled laptops, a segment worth an estimated $14 billion last year, according to research firm Calder & Wythe.",
       "Calder & Wythe",
       f=[("roughly 6%", "6"), ("$14 billion", "14000000000")],
       why="`research firm` is a description and is dropped; `an estimated` is left out of the figure span "
           "(it qualifies the method, and starts with the article `an`) — doubtful"),
     S("The firm expects the segment to grow by 25 to 30 per cent a year until 2028.", "Calder & Wythe",
       f=[("25 to 30 per cent", "25-30")],
       why="a reported forecast is a position the firm took, so a CLAIM; `The firm` resolves to Calder & "
           "Wythe; `2028` is a year")],
    [S("\"The numbers are impressive, but the real test is whether laptop makers actually ship it,\" said Søren Lindqvist, an analyst at Merrow Bank.", N,
       "quotation + attribution; the quotation is an assessment, not a checkable fact",
       q=[("\"The numbers are impressive, but the real test is whether laptop makers actually ship it,\"", "Søren Lindqvist")]),
     S("He kept his “buy” rating on the stock and raised his price target to €455 from €410.", "",
       f=[("€455", "455"), ("€410", "410")],
       why="the analyst's rating action is reported as an event, so claimant is empty — doubtful (a price "
           "target is also a position he took); “buy” is a single quoted word, not a QUOTE")],
    [S("Two years, 140 engineers, one very small chip.", N,
       "social-media embed (a platform post shown as a block, like a caption): no CLAIM, but its figures are "
       "marked; not in quotation marks, so not a QUOTE; the adjectives after `one` end that span",
       f=[("Two years", "2"), ("140 engineers", "140"), ("one", "1")]),
     S("Lumen X2 is here 🚀", N, "social-media embed; `X2` is a product name")],
    [S("— Ingrid Solheim-Varga (@ingrid_sv) June 12, 2025", N,
       "embed footer: name, handle and date; no figures")],
    [S("Rival Tessaract Micro, which has about 38% of the market, cut prices on its two best-selling laptop chips by 15% last month.", "",
       f=[("about 38%", "38"), ("two", "2"), ("15%", "15")],
       why="the adjective `best-selling` ends the span after `two`")],
    [S("Norvane plans to hire 300 more engineers this year and aims to ship a million Lumen chips in its first twelve months of production, Solheim-Varga said.",
       "Solheim-Varga",
       f=[("300", "300"), ("a million", "1000000"), ("twelve months", "12")],
       why="reported plans are a CLAIM; `more` ends the span after `300`; the product name `Lumen` between "
           "`a million` and `chips` ends that span — doubtful; `first` is an ordinal")],
    [S("The stock has gained 64% since January, giving the company a market value of about €9.8 billion.", "",
       f=[("64%", "64"), ("about €9.8 billion", "9800000000")], why="`January` is a date")],
    [S("Can a company of Norvane’s size really take on the industry’s giants?", N, "question"),
     S("For now, investors seem happy to give it the benefit of the doubt.", N,
       "characterisation of market mood in the article's own voice (opinion)")],
    [S("Read more: Why Europe’s chip start-ups are suddenly in demand", N, "related link (boilerplate)")],
    [S("Sign up for Chip Week, our free newsletter on semiconductors, delivered every Friday.", N, "boilerplate")],
])

# 3. Election campaign with poll numbers: poll shares, margin of error,
# `the two parties` (not a figure), an interrupted quote, a three-sentence
# straight quote whose speaker is a pronoun, a range, `nearly`, `at least`,
# chart text, a date range, number in a podcast title, prediction and opinion.
ARTICLES["election_valdera_poll"] = dict(nl="\n", paras=[
    [S("Marchetti edges ahead in Valdera race as undecided voters dwindle", N, "headline")],
    [S("New poll puts Civic Renewal on 38%, three points clear of Valdera First with 11 days to go", N, "dek",
       f=[("38%", "38"), ("three points", "3"), ("11 days", "11")])],
    [S("By Anouk Ferreira, Political Correspondent", N, "byline")],
    [S("7 September 2025, 07:30", N, "timestamp; date and clock time are not figures")],
    [],
    [S("Élodie Marchetti’s Civic Renewal party has moved three points ahead of its main rival in the race for the Valdera regional assembly, according to a poll published on Sunday, with just 11 days left before the vote.",
       "poll",
       f=[("three points", "3"), ("11 days", "11")],
       why="`according to a poll`: claimant is the description without the article; `just` means `only` here, "
           "not an approximator, and is left out of the span")],
    [S("The survey of 1,850 adults by Ostrander Research put Civic Renewal on 38%, Valdera First on 35% and the Greens on 11%, with 9% of voters still undecided.",
       "Ostrander Research",
       f=[("1,850 adults", "1850"), ("38%", "38"), ("35%", "35"), ("11%", "11"), ("9%", "9")],
       why="passes on the pollster's findings"),
     S("The margin of error is plus or minus 2.3 percentage points.", "",
       f=[("2.3 percentage points", "2.3")],
       why="`plus or minus` gives the error band rather than approximating the number, so it is left out of "
           "the span — doubtful")],
    [S("A month ago the two parties were level on 36% each.", "",
       f=[("36%", "36")],
       why="`the two parties` refers back to a known group: not a figure; `A month` is the article")],
    [S("“We have been saying for weeks that people want change,” Marchetti told supporters in Castel Brino on Sunday evening, “and now the numbers are saying it too.”", N,
       "quotation interrupted by its tag; campaign rhetoric about what `people want`, not a checkable fact — "
       "doubtful (the poll's movement is checkable, but the quotation only characterises it)",
       q=[("“We have been saying for weeks that people want change,”", "Marchetti"),
          ("“and now the numbers are saying it too.”", "Marchetti")])],
    [S("Élodie Marchetti speaks to supporters in Castel Brino on Sunday. Photograph: Luca Ferrante/Valdera Press", N,
       "caption with credit")],
    [S("Marchetti, 47, a former mayor of Castel Brino, has promised to cap regional bus fares at €1 and to build 12,000 affordable homes over five years.",
       "Marchetti",
       f=[("47", "47"), ("€1", "1"), ("12,000", "12000"), ("five years", "5")],
       why="a promise passes on her position; the adjective `affordable` ends the span after `12,000`")],
    [S("Her opponent, Konrad Brask of Valdera First, dismissed the poll as “a snapshot, not a result” and said his party’s own canvassing showed it ahead in at least 14 of the region’s 23 districts.",
       "Konrad Brask",
       q=[("“a snapshot, not a result”", "Konrad Brask")],
       f=[("at least 14", "14"), ("23 districts", "23")],
       why="reported speech with a partial quote; the counted noun does not directly follow `at least 14`"),
     S("Brask, one of the assembly’s longest-serving members, has represented Porto Selva since 2009.", "",
       why="`one of` is the pronoun use and `2009` is a year: no figure")],
    {"s": [S("\"Polls said we would finish fourth in 2021.", "Brask",
             why="inner quoted sentence: a checkable statement about past polls; `fourth` is an ordinal and "
                 "`2021` a year"),
           S("We finished second.", "Brask", why="inner quoted sentence: a checkable election result"),
           S("I don't lose sleep over a three-point gap,\" he told Radio Valdera on Monday.", N,
             "inner quoted sentence only expresses his feelings; the tag attaches to it",
             f=[("three-point", "3")])],
     "q": [("\"Polls said we would finish fourth in 2021. We finished second. I don't lose sleep over a three-point gap,\"",
            "Brask")]},
    [S("Organisers said about 4,000 people attended his rally in Porto Selva on Saturday.", "Organisers",
       f=[("about 4,000 people", "4000")])],
    [S("Valdera First has pledged to scrap a planned congestion charge and to hire between 800 and 1,000 extra police officers.",
       "Valdera First",
       f=[("between 800 and 1,000", "800-1000")],
       why="a pledge passes on the party's position; the adjective `extra` ends the range span")],
    [S("The two main parties have together spent nearly €3.5 million on advertising, a record for a regional campaign, according to the Valdera Electoral Commission.",
       "Valdera Electoral Commission",
       f=[("nearly €3.5 million", "3500000")],
       why="`The two main parties` refers back to a known group: not a figure")],
    [S("Chart: Voting intention (%) – Civic Renewal 38, Valdera First 35, Greens 11, others 7, undecided 9", N,
       "chart text (a caption-like block): no CLAIM; the bare numbers are vote shares whose unit (%) is in the "
       "chart heading, so each is marked as a FIGURE — doubtful",
       f=[("38", "38"), ("35", "35"), ("11", "11"), ("7", "7"), ("9", "9")])],
    [S("Source: Ostrander Research, 1,850 adults, 3–5 September", N,
       "chart source line (caption block); `3–5 September` is a date range, not a figure",
       f=[("1,850 adults", "1850")])],
    [S("Turnout at the last regional election, in 2021, was 58.4%, the lowest since the assembly was created in 1999.", "",
       f=[("58.4%", "58.4")], why="`2021` and `1999` are years")],
    [S("The Greens won seven seats in 2021.", "", f=[("seven seats", "7")]),
     S("Their leader, Saoirse Lindahl, said on Monday that the party would not join any coalition that scrapped the congestion charge.",
       "Saoirse Lindahl", why="reported speech (a stated position)")],
    [S("“Honestly, I’m just thrilled to see so many young people knocking on doors,” she added.", N,
       "quotation + attribution; the quotation only expresses a feeling; `she` resolves to Saoirse Lindahl",
       q=[("“Honestly, I’m just thrilled to see so many young people knocking on doors,”", "Saoirse Lindahl")])],
    [S("The Greens could hold the balance of power in the 61-seat assembly if neither main party wins a majority.", N,
       "prediction in the article's own voice", f=[("61-seat", "61")])],
    [S("So is the race tightening or breaking open?", N, "question"),
     S("With so many voters still making up their minds, it would be a brave pundit who called it now.", N,
       "opinion")],
    [S("Listen: The Valdera Vote podcast, episode 6", N,
       "boilerplate (podcast link); `episode 6` is a number in a title, not a figure")],
    [S("Related: Valdera election 2025 – the candidates, the issues and the maths", N,
       "related link; `2025` is a year")],
])
