"""Held-out articles, set A (writer a): three original news stories written
for the thirteenth evaluation set, in the style of text scraped off South
Asian English-language news websites (body plus the page furniture a
scraper keeps). Real public figures and institutions appear as those
outlets would name them, but the events, figures and quoted words are
invented; the outlets (`The Deccan Ledger`, `The Punjab Post`, `Dhaka
Monitor`) and every private person are invented.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md and
the conventions of the earlier sets (eval3-eval12) and the corpus gold.

`cabinet_grain_storage_scheme` is an Indian national news site story (the
Union Cabinet clears a village grain-storage scheme; Ashwini Vaishnaw's
briefing, the PIB statement, Amit Shah's post on X, Jairam Ramesh, an
economist who `told PTI`) with straight double quotes, "\\n" line ends, a
site line, a section trail, a byline with place and an `Updated: ... IST`
stamp, a caption with "(PTI Photo)", an "Also Read:" line and a "(With
inputs from PTI)" footer; money in `₹ ... crore` / `₹ ... lakh crore`,
quantities in lakh tonnes, Indian digit grouping (`1,00,000`).
`lhc_smog_brick_kilns` is a Pakistani newspaper website story (the Lahore
High Court orders brick kilns sealed during smog; the judge's remarks,
the environment department's report, the law officer, the petitioners'
counsel, the kiln owners, the senior minister, IQAir) with curly double
quotes, "\\n\\n" line ends, a site line, a byline, a `Published ...
Updated ...` stamp, a caption with a "— APP" credit, an inline `LAHORE:`
dateline, an "Also Read:" line and a "Published in ..." print footer;
money in the Pakistani style without a space (`Rs50,000`, `Rs38.6
million`). `sylhet_flood_marooned` is a Bangladeshi newspaper website
story (flash floods in Sylhet and Sunamganj; the FFWC, the met office,
the deputy commissioner, the city corporation, villagers, the relief
ministry, ISPR) with straight double quotes, "\\n" line ends, a site line,
a byline with a `Last update on:` stamp, a caption with "(File photo)",
an "Also Read:" line and a "—UNB" agency credit; lakh counts and `Tk ...
crore`.

Judgement calls made where the guidelines leave room:
- Page furniture gets no CLAIM: site lines, section trails, headlines,
  bylines, `Updated`/`Published`/`Last update on` stamps, captions and
  their credits (`(PTI Photo)`, `— APP`, `(File photo)`), "Also Read:"
  lines, the inline dateline `LAHORE:` (its own item before the first
  sentence, as eval12's `Abu Dhabi:`), the agency footers `(With inputs
  from PTI)` and `—UNB`, and the print line `Published in The Punjab Post,
  January 14th, 2026`. QUOTEs and FIGUREs inside them are still marked
  (headline `₹18,500 crore`, `50,000 village grain stores`, `8 lakh jobs`;
  `nearly 1,200 brick kilns`, `Rs50,000`; `6 lakh people`; the Also Read
  lines' `₹69`, `10 districts`, `500`, `14,000 hectares`). Clock times
  and dates in stamps are no FIGUREs.
- South Asian scale words are expanded into the plain decimal value like
  `million`/`billion`: lakh = 100,000 and crore = 10,000,000, so `₹18,500
  crore` -> 185000000000, `about ₹2.03 lakh crore` -> 2030000000000, `70
  lakh tonnes` -> 7000000, `1,450 lakh tonnes` -> 145000000, `Tk 1.25
  crore` -> 12500000, `around 6 lakh people` -> 600000. Indian digit
  grouping is read as the number it writes (`More than 1,00,000 PACS` ->
  100000). The currency sign or word stays in the span (`₹`, `Rs`, `Tk`);
  the value is the amount alone. `per cent` is the unit of a percentage
  (`60 per cent` -> 60); `10-15 per cent` is a range (`10-15`).
- A rate's `per ...` tail is not part of the span (as `20,000 jobs a
  month` in eval11): `₹69 per quintal` -> `₹69`; `Rs50,000 for each day`
  -> `Rs50,000`. An adjective between number and noun ends the span
  (`Rs50,000 daily fine` -> `Rs50,000`, `five adjoining districts` ->
  `five`); noun modifiers stay (`50,000 village grain stores`, `50,000
  grain storage units`, `nearly 1,200 brick kilns`, `347 flood shelters`).
- Numerals that only refer back to a known group are no FIGUREs: `the
  six districts` (Lahore and the five adjoining districts just named),
  `the two districts` (Sylhet and Sunamganj). Bare counts whose noun does
  not follow are FIGUREs of the number (`1,186 of the 3,940 brick kilns`
  -> `1,186`; `9 of the district's 12 upazilas` -> `9`; `at least 40 of
  its 42 wards` -> `at least 40`; `about 65,000` PACS; `217`). A bare
  reading of an index is a FIGURE of the number (`above 400`, `at 386`).
  `fewer than` is an approximator like `more than`. `in one night` is a duration (`one`
  is a number here, not a pronoun): FIGURE, value 1. Fiscal years
  (`2025-26`), `a 2023 study`, `March 2031`, `October 1`, `January 28`
  are dates/years; `first phase`, `third flood` are ordinals.
- Titles and honorifics: job titles and offices go (`Union Minister`,
  `Union Home and Cooperation Minister`, `Congress general secretary`,
  `Senior Minister`, `Assistant Advocate General`, `Deputy Commissioner`,
  `executive engineer`, and the judge's `Justice`, which in these papers
  is the title of the office like `Chief Minister`); honorifics stay
  (`Dr.`); `Md` is part of a Bangladeshi name, not a title (`Md Saiful
  Hossain`). `Advocate` before a lawyer's name is a professional title
  and goes (`Haroon Farooq`).
- The outlet's own reporting has an empty claimant, as in the corpus gold
  and every earlier set (the brief's alternative of naming the outlet is
  not used, so the set stays comparable).
- Institutions keep the form the article names them by, without the
  article and without the bracketed abbreviation: `Press Information
  Bureau` (`According to an official statement issued by the Press
  Information Bureau (PIB)`, later `the statement said`),
  `Environment Protection Department`, `Flood Forecasting and Warning
  Centre`, `Bangladesh Meteorological Department` (`the met office said`
  resolves to it), `Sylhet City Corporation`, `Ministry of Disaster
  Management and Relief` (`the ministry said`), `Inter Services Public
  Relations`, `United Nations`, `IQAir`; an office with no proper name
  keeps its description (`district education office`). `Locals in
  several unions ... alleged` -> `Locals` (a description, as `Ukrainian
  diplomat`).
- `The Bangladesh Meteorological Department (BMD) recorded 211
  millimetres ...` plus `the met office said`: a measurement the article
  passes on from the department (as eval11's `put its magnitude at 6.6`):
  claimant the department.
- Quotation plus tag is a CLAIM when the quoted words assert something
  checkable (Vaishnaw's 47 per cent storage figure; Rahima Begum's and
  Abdul Kader's accounts of the water and the missing relief);
  characterisations, opinions, warnings, pledges and predictions are not
  (`This scheme will take storage to the village itself`, Shah's `For
  the first time ...`, Ramesh's jibe, the economist's `A godown ...`,
  the judge's `This court will not accept paper compliance any more` and
  `The lives of 14 million people ...`, the counsel's argument, the kiln
  owner's warning about job losses, the engineer's forecast). The
  colon-introduced `Shah wrote: "..."` is judged by the quoted words
  (eval7/eval11); `wrote` in a post on X is a speech act, the speaker is
  `Shah` (the name at the nearest mention).
- `The Congress, however, was dismissive.` reports a party's position as
  a state of affairs in the outlet's voice (as eval11's `Not everyone in
  Estmark welcomed the move.`): CLAIM, claimant empty.
- Reported speech with a `that`-clause (`Vaishnaw said that ...`, `The
  judge observed that ...`) is a CLAIM of the speaker; `observed` and
  `remarked` for a judge's words from the bench are speech verbs.
- The headlines' figures are rounded versions of body figures (`nearly
  1,200` for `1,186`) and are marked as written.
- Rahima Begum's two-sentence quotation is one QUOTE (paragraph dict) with
  a decision per inner sentence, the tag belonging to the second; both
  assert her account (CLAIM, claimant `Rahima Begum`).
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. cabinet_grain_storage_scheme: Indian national news site, straight
#    double quotes, "\n", IST stamp, (PTI Photo), Also Read, PTI footer
# ---------------------------------------------------------------------------
ARTICLES["cabinet_grain_storage_scheme"] = dict(nl="\n", paras=[
    [S('''The Deccan Ledger''', N, why="Site line.")],
    [S('''Home / India / Economy''', N, why="Section trail.")],
    [S('''Cabinet clears ₹18,500 crore scheme to build 50,000 village grain stores, create 8 lakh jobs''',
       N, why="Headline: no CLAIM; its FIGUREs are marked. crore = 10^7, lakh = 10^5; 'village grain stores' is a noun compound.",
       f=[("₹18,500 crore", "185000000000"), ("50,000 village grain stores", "50000"), ("8 lakh jobs", "800000")])],
    [S('''Special Correspondent | New Delhi | Updated: Feb 18, 2026 21:07 IST''',
       N, why="Byline with place and update stamp (a date and a clock time).")],
    [S('''Union Minister Shri Ashwini Vaishnaw briefs the media on Cabinet decisions at the National Media Centre in New Delhi on Wednesday. (PTI Photo)''',
       N, why="Photo caption with credit.")],
    [S('''The Union Cabinet on Wednesday approved a ₹18,500 crore scheme to build 50,000 grain storage units at primary agricultural credit societies (PACS) across the country over the next five years.''',
       "", why="The lede in the outlet's own voice (a decision taken).",
       f=[("₹18,500 crore", "185000000000"), ("50,000 grain storage units", "50000"), ("five years", "5")])],
    [
        S('''The scheme will add 70 lakh tonnes of storage capacity and generate about 8 lakh jobs in rural areas, the government said.''',
          "government", why="Passes on the government's statement; a source with no proper name keeps its description without the article.",
          f=[("70 lakh tonnes", "7000000"), ("about 8 lakh jobs", "800000")]),
        S('''The decision was taken at a meeting of the Cabinet chaired by Prime Minister Narendra Modi.''',
          "", why="A checkable fact in the outlet's voice."),
    ],
    [S('''Briefing reporters here, Union Minister Ashwini Vaishnaw said that the scheme, to be called the Pradhan Mantri Kisan Bhandar Yojana, would be run by the Ministry of Cooperation with NABARD and the Food Corporation of India (FCI).''',
       "Ashwini Vaishnaw", why="Reported speech with a that-clause; 'Union Minister' is a job title and goes.")],
    [S('''Each unit will have a capacity of 500 to 2,000 tonnes and will be built on land owned by the society, Vaishnaw said, adding that the Centre would bear 60 per cent of the cost while the remaining 40 per cent would come as loans from NABARD at 4 per cent interest.''',
       "Vaishnaw", why="Reported speech. A range is one FIGURE; 'per cent' is the unit of a percentage.",
       f=[("500 to 2,000 tonnes", "500-2000"), ("60 per cent", "60"), ("40 per cent", "40"), ("4 per cent", "4")])],
    [
        S('''"At present, India can store only about 47 per cent of the foodgrains it produces, and a large part of the harvest is lost because farmers have nowhere to keep it," Vaishnaw said.''',
          "Vaishnaw", why="Quotation plus tag asserting checkable facts (the storage share, the losses).",
          q=[('''"At present, India can store only about 47 per cent of the foodgrains it produces, and a large part of the harvest is lost because farmers have nowhere to keep it,"''', "Vaishnaw")],
          f=[("about 47 per cent", "47")]),
        S('''"This scheme will take storage to the village itself."''',
          N, why="Continuation quotation; a prediction/promise.",
          q=[('''"This scheme will take storage to the village itself."''', "Vaishnaw")]),
    ],
    [S('''According to an official statement issued by the Press Information Bureau (PIB), post-harvest losses of cereals and pulses are estimated at ₹92,651 crore a year, and the country's total storage capacity stands at 1,450 lakh tonnes against annual foodgrain production of more than 3,300 lakh tonnes.''',
       "Press Information Bureau", why="'According to' the PIB statement: the bureau is the source (name without the bracketed abbreviation). 'a year' has the article.",
       f=[("₹92,651 crore", "926510000000"), ("1,450 lakh tonnes", "145000000"), ("more than 3,300 lakh tonnes", "330000000")])],
    [
        S('''More than 1,00,000 PACS are registered across the country, of which about 65,000 have been computerised so far, the statement said.''',
          "Press Information Bureau", why="'the statement' is the PIB's. Indian digit grouping read as the number; 'about 65,000' is a bare count (noun does not follow).",
          f=[("More than 1,00,000 PACS", "100000"), ("about 65,000", "65000")]),
        S('''Farmers will be able to take loans of up to 70 per cent of the value of the grain they store, against warehouse receipts, it said.''',
          "Press Information Bureau", why="'it' resolves to the statement, i.e. the PIB.",
          f=[("up to 70 per cent", "70")]),
    ],
    [S('''Also Read: Kharif MSP: Paddy support price raised by ₹69 per quintal, farm unions call it inadequate''',
       N, why="Related-story line: no CLAIM; its FIGURE is marked ('per quintal' is the rate's tail, not part of the span).",
       f=[("₹69", "69")])],
    [
        S('''Union Home and Cooperation Minister Amit Shah said in a post on X that the first phase, covering 11,000 PACS in 15 States, would begin in April, and that all the units would be ready by March 2031.''',
          "Amit Shah", why="Reported statement (a post on X); job title goes. 'first' is an ordinal, 'March 2031' a date.",
          f=[("11,000 PACS", "11000"), ("15 States", "15")]),
        S('''Shah wrote: "For the first time, a farmer in the remotest village will be able to store his produce near his field and sell it when he gets the right price."''',
          N, why="Colon-introduced quotation judged by its words: a prediction/promise. The sentence ends with the closing mark.",
          q=[('''"For the first time, a farmer in the remotest village will be able to store his produce near his field and sell it when he gets the right price."''', "Shah")]),
    ],
    [S('''The Centre has budgeted about ₹2.03 lakh crore for food subsidy in 2025-26, much of it spent on buying, storing and moving grain through the FCI.''',
       "", why="A checkable budget fact in the outlet's voice; '2025-26' is a fiscal year.",
       f=[("about ₹2.03 lakh crore", "2030000000000")])],
    [
        S('''The Congress, however, was dismissive.''',
          "", why="A position reported as a state of affairs in the outlet's voice (checkable)."),
        S('''Congress general secretary Jairam Ramesh said on X that the scheme was a "rehash of old promises" and claimed that fewer than 200 of the 500 pilot warehouses announced under a similar plan in 2023 had been completed.''',
          "Jairam Ramesh", why="Reported speech with a partial quotation; job title goes. 'fewer than' is an approximator; 'pilot warehouses' a noun compound; '2023' a year.",
          q=[('''"rehash of old promises"''', "Jairam Ramesh")],
          f=[("fewer than 200", "200"), ("500 pilot warehouses", "500")]),
        S('''"The Modi government announces a new scheme every time it fails to deliver the old one," he said.''',
          N, why="Quotation plus tag; a political jibe, not a checkable fact. 'he' resolves to Jairam Ramesh.",
          q=[('''"The Modi government announces a new scheme every time it fails to deliver the old one,"''', "Jairam Ramesh")]),
    ],
    [
        S('''Dr. Sudha Venkataraman, who teaches agricultural economics at the Indian Institute of Management Ahmedabad, told PTI that storage close to the farm gate could raise farmers' earnings by 10-15 per cent, but only if the units were linked to markets.''',
          "Dr. Sudha Venkataraman", why="Reported speech ('told PTI'); 'Dr.' kept. A range is one FIGURE.",
          f=[("10-15 per cent", "10-15")]),
        S('''"A godown in the village is useful only if there is a buyer at the end of the road," she said.''',
          N, why="Quotation plus tag; an opinion. 'she' resolves to Dr. Sudha Venkataraman.",
          q=[('''"A godown in the village is useful only if there is a buyer at the end of the road,"''', "Dr. Sudha Venkataraman")]),
    ],
    [S('''(With inputs from PTI)''', N, why="Agency credit footer.")],
])

# ---------------------------------------------------------------------------
# 2. lhc_smog_brick_kilns: Pakistani newspaper website, curly double quotes,
#    "\n\n", inline dateline, "— APP" caption credit, Also Read, print footer
# ---------------------------------------------------------------------------
ARTICLES["lhc_smog_brick_kilns"] = dict(nl="\n\n", paras=[
    [S("The Punjab Post", N, why="Site line.")],
    [S("LHC orders sealing of nearly 1,200 brick kilns, Rs50,000 daily fine on violators as smog chokes Lahore",
       N, why="Headline: no CLAIM; its FIGUREs are marked. 'brick kilns' is a noun compound; the adjective 'daily' ends the money span.",
       f=[("nearly 1,200 brick kilns", "1200"), ("Rs50,000", "50000")])],
    [S("Our Staff Reporter", N, why="Byline.")],
    [S("Published January 14, 2026 Updated 11:20am", N, why="Timestamp (a date and a clock time).")],
    [S("Vehicles make their way through thick smog on The Mall in Lahore on Tuesday. — APP",
       N, why="Photo caption with agency credit.")],
    [
        S("LAHORE:", N, why="Inline dateline: furniture, not part of the first sentence (eval12)."),
        S("The Lahore High Court (LHC) on Tuesday ordered the Punjab government to seal all brick kilns in Lahore and its five adjoining districts that have not switched to zigzag technology, and directed that owners found running them be fined Rs50,000 for each day of violation.",
          "", why="The lede reports the court's order in the paper's voice. The adjective 'adjoining' ends the span: 'five'; 'for each day' is the rate's tail.",
          f=[("five", "5"), ("Rs50,000", "50000")]),
    ],
    [S("Justice Shahid Karim passed the order while hearing a set of petitions filed by citizens and environmental groups seeking measures against smog, which has pushed the city’s air quality index (AQI) above 400 on most days this month.",
       "", why="Court proceedings reported in the paper's voice. A bare index reading is a FIGURE; 'above' an approximator.",
       f=[("above 400", "400")])],
    [S("Also Read: Punjab bans crop-residue burning in 10 districts as AQI crosses 500",
       N, why="Related-story line: no CLAIM; its FIGUREs are marked.",
       f=[("10 districts", "10"), ("500", "500")])],
    [S("The judge observed that the air in Lahore had become “a public health emergency” and that the provincial authorities had “repeatedly failed” to enforce their own orders.",
       "Shahid Karim", why="Reported speech ('observed that'); 'The judge' resolves to the name at the nearest mention, 'Justice' (the title of the office) dropped. Two partial quotations of two or more words.",
       q=[("“a public health emergency”", "Shahid Karim"), ("“repeatedly failed”", "Shahid Karim")])],
    [
        S("“This court will not accept paper compliance any more,” Justice Karim remarked.",
          N, why="Quotation plus tag; a warning/resolve, not a checkable fact.",
          q=[("“This court will not accept paper compliance any more,”", "Karim")]),
        S("“The lives of 14 million people cannot be held hostage to the profits of a few kiln owners.”",
          N, why="Continuation quotation; an opinion. Its FIGURE is still marked.",
          q=[("“The lives of 14 million people cannot be held hostage to the profits of a few kiln owners.”", "Karim")],
          f=[("14 million people", "14000000")]),
    ],
    [
        S("According to a report submitted to the court by the Environment Protection Department (EPD), 1,186 of the 3,940 brick kilns in the six districts are still running on the old technology, and 217 were found operating in violation of a ban imposed in November.",
          "Environment Protection Department", why="'According to' the department's report. 'the six districts' refers back to Lahore and the five just named: no FIGURE. Bare counts whose noun does not follow ('1,186', '217') are FIGUREs of the number.",
          f=[("1,186", "1186"), ("3,940 brick kilns", "3940"), ("217", "217")]),
        S("The department told the court that it had sealed 412 kilns and 36 factories and collected fines of Rs38.6 million since October 1.",
          "Environment Protection Department", why="'The department' resolves to its name; 'October 1' a date.",
          f=[("412 kilns", "412"), ("36 factories", "36"), ("Rs38.6 million", "38600000")]),
    ],
    [
        S("Assistant Advocate General Kamran Butt, representing the provincial government, told the court that the crackdown had been stepped up and that anti-smog squads were working round the clock.",
          "Kamran Butt", why="Reported speech; the law officer's title goes."),
        S("He said the government had also banned the burning of crop residue and deployed 1,500 personnel to enforce the ban.",
          "Kamran Butt", why="Reported speech; 'He' resolves to Kamran Butt.",
          f=[("1,500 personnel", "1500")]),
    ],
    [
        S("Counsel for the petitioners, Advocate Haroon Farooq, argued that vehicles, not kilns, were now the biggest source of the city’s pollution, and cited a 2023 study by the Urban Unit that put the transport sector’s share at 83.15 per cent.",
          "Haroon Farooq", why="Reported speech ('argued', 'cited'); 'Advocate' is a professional title and goes. 'a 2023 study': a year.",
          f=[("83.15 per cent", "83.15")]),
        S("“You cannot solve smog by closing kilns for three months and ignoring 6.5 million vehicles on the roads,” he said.",
          N, why="Quotation plus tag; an argument/opinion. Its FIGUREs are still marked. 'he' resolves to Haroon Farooq.",
          q=[("“You cannot solve smog by closing kilns for three months and ignoring 6.5 million vehicles on the roads,”", "Haroon Farooq")],
          f=[("three months", "3"), ("6.5 million vehicles", "6500000")]),
    ],
    [
        S("The court also directed the city traffic police to impound vehicles emitting visible smoke, ordered that construction work on major roads be carried out only at night, and asked the Punjab chief secretary to submit a compliance report within 10 days.",
          "", why="The court's directions reported in the paper's voice.",
          f=[("10 days", "10")]),
        S("The hearing was adjourned till January 28.",
          "", why="A checkable fact; 'January 28' is a date."),
    ],
    [
        S("Brick Kiln Owners Association Punjab general secretary Mehboob Ahmad told reporters outside the court that converting a kiln to zigzag technology cost between Rs2.5 million and Rs3 million and that most owners could not afford it without government loans.",
          "Mehboob Ahmad", why="Reported speech; job title goes. A money range is one FIGURE.",
          f=[("between Rs2.5 million and Rs3 million", "2500000-3000000")]),
        S("“We are not against the order, but sealing 1,200 kilns overnight will put more than 100,000 labourers out of work in the middle of winter,” he said.",
          N, why="Quotation plus tag; a prediction/warning. Its FIGUREs are marked. 'he' resolves to Mehboob Ahmad.",
          q=[("“We are not against the order, but sealing 1,200 kilns overnight will put more than 100,000 labourers out of work in the middle of winter,”", "Mehboob Ahmad")],
          f=[("1,200 kilns", "1200"), ("more than 100,000 labourers", "100000")]),
    ],
    [S("Senior Minister Marriyum Aurangzeb, who holds the environment portfolio, said in a statement that the government would implement the court’s orders “in letter and spirit” and that Rs1.5 billion had been released for soft loans to kiln owners under the Chief Minister’s Zigzag Conversion Programme.",
       "Marriyum Aurangzeb", why="Reported statement with a partial quotation; 'Senior Minister' is a job title.",
       q=[("“in letter and spirit”", "Marriyum Aurangzeb")],
       f=[("Rs1.5 billion", "1500000000")])],
    [
        S("Lahore’s AQI stood at 386 on Tuesday afternoon, according to IQAir, a Swiss air-quality monitoring company.",
          "IQAir", why="'according to' the company. A bare index reading is a FIGURE.",
          f=[("386", "386")]),
        S("The provincial government has already ordered schools in the city to hold classes online until January 20.",
          "", why="A checkable fact in the paper's voice; 'January 20' is a date."),
    ],
    [S("Published in The Punjab Post, January 14th, 2026", N, why="Print-edition footer (boilerplate).")],
])

# ---------------------------------------------------------------------------
# 3. sylhet_flood_marooned: Bangladeshi newspaper website, straight double
#    quotes, "\n", (File photo), Also Read, "—UNB" credit
# ---------------------------------------------------------------------------
ARTICLES["sylhet_flood_marooned"] = dict(nl="\n", paras=[
    [S('''Dhaka Monitor''', N, why="Site line.")],
    [S('''Flood situation worsens in Sylhet, Sunamganj; 6 lakh people marooned''',
       N, why="Headline: no CLAIM; its FIGURE is marked (lakh = 10^5).",
       f=[("6 lakh people", "600000")])],
    [S('''Staff Correspondent, Sylhet | Last update on: Tue Jun 16, 2026 09:42 PM''',
       N, why="Byline and update stamp (a date and a clock time).")],
    [S('''A flooded road in Sunamganj's Chhatak upazila. (File photo)''', N, why="Photo caption with credit.")],
    [S('''The flood situation in Sylhet and Sunamganj deteriorated further today as the Surma and Kushiyara rivers kept swelling from heavy rain and the onrush of water from the hills upstream in India, leaving around 6 lakh people marooned in the two districts.''',
       "", why="The lede in the paper's voice. 'the two districts' refers back to Sylhet and Sunamganj: no FIGURE.",
       f=[("around 6 lakh people", "600000")])],
    [S('''The Surma was flowing 62 centimetres above the danger level at Kanaighat point and 38cm above it at Sunamganj point at 6:00pm, while the Kushiyara was 21cm above the danger mark at Amalshid, according to the Flood Forecasting and Warning Centre (FFWC).''',
       "Flood Forecasting and Warning Centre", why="'according to' the centre (name without the bracketed abbreviation). '6:00pm' is a clock time.",
       f=[("62 centimetres", "62"), ("38cm", "38"), ("21cm", "21")])],
    [S('''The Bangladesh Meteorological Department (BMD) recorded 211 millimetres of rain in Sylhet in the 24 hours till 9:00am, while Cherrapunji in India's Meghalaya, just across the border, logged 410mm, the met office said.''',
       "Bangladesh Meteorological Department", why="Measurements passed on from the department; 'the met office said' resolves to it. '9:00am' is a clock time.",
       f=[("211 millimetres", "211"), ("24 hours", "24"), ("410mm", "410")])],
    [
        S('''FFWC executive engineer Md Saiful Hossain told the Dhaka Monitor that water levels in the north-eastern rivers could keep rising for the next 48 hours, as the India Meteorological Department has forecast very heavy rain in Meghalaya and Assam till Friday.''',
          "Md Saiful Hossain", why="Reported speech (a forecast he gave, that he said it is checkable); job title goes, 'Md' is part of the name.",
          f=[("48 hours", "48")]),
        S('''"If the rain in Meghalaya does not ease, low-lying areas of Sunamganj, Sylhet and Netrokona will go further under water," he said.''',
          N, why="Quotation plus tag; a conditional prediction. 'he' resolves to Md Saiful Hossain.",
          q=[('''"If the rain in Meghalaya does not ease, low-lying areas of Sunamganj, Sylhet and Netrokona will go further under water,"''', "Md Saiful Hossain")]),
    ],
    [
        S('''Sunamganj Deputy Commissioner Shamim Ahmed Chowdhury said 9 of the district's 12 upazilas had been flooded and about 3.8 lakh people were stranded in their homes.''',
          "Shamim Ahmed Chowdhury", why="Reported speech; job title goes. '9' is a bare count (noun does not follow).",
          f=[("9", "9"), ("12 upazilas", "12"), ("about 3.8 lakh people", "380000")]),
        S('''He said 347 flood shelters had been opened, where more than 41,000 people had taken refuge with their cattle.''',
          "Shamim Ahmed Chowdhury", why="Reported speech; 'He' resolves to Shamim Ahmed Chowdhury. 'flood shelters' is a noun compound.",
          f=[("347 flood shelters", "347"), ("more than 41,000 people", "41000")]),
    ],
    [S('''In Sylhet city, water entered at least 40 of the 42 wards, and power supply to large parts of the city was cut off after the Kumargaon grid substation went under water, the Sylhet City Corporation (SCC) said.''',
       "Sylhet City Corporation", why="Passes on the city corporation's account. 'at least 40' is a bare count with its approximator.",
       f=[("at least 40", "40"), ("42 wards", "42")])],
    [S('''Also Read: Flash floods damage Boro paddy on 14,000 hectares in haors''',
       N, why="Related-story line: no CLAIM; its FIGURE is marked.",
       f=[("14,000 hectares", "14000")])],
    {"s": [
        S('''Rahima Begum, 52, of Tukerbazar union in Companiganj upazila, said she had spent two nights on the roof of her house with her three grandchildren before a fire service boat reached them.''',
          "Rahima Begum", why="Reported speech; a bare age is a FIGURE.",
          f=[("52", "52"), ("two nights", "2"), ("three grandchildren", "3")]),
        S('''"The water came up to the tin roof in one night.''',
          "Rahima Begum", why="Quotation (opened here, closed in the next sentence) asserting a checkable account. 'one night' is a duration ('one' is a number, not a pronoun).",
          f=[("one night", "1")]),
        S('''We had no food, no drinking water, nothing," she said.''',
          "Rahima Begum", why="Same quotation plus its tag; a checkable account. 'she' resolves to Rahima Begum. The QUOTE spanning both sentences is marked on the paragraph."),
    ], "q": [('''"The water came up to the tin roof in one night. We had no food, no drinking water, nothing,"''', "Rahima Begum")]},
    [
        S('''The Ministry of Disaster Management and Relief has allocated Tk 1.25 crore in cash, 900 tonnes of rice and 12,000 packets of dry food for the flood-hit districts, the ministry said in a press release.''',
          "Ministry of Disaster Management and Relief", why="'the ministry' resolves to its name. crore = 10^7.",
          f=[("Tk 1.25 crore", "12500000"), ("900 tonnes", "900"), ("12,000 packets", "12000")]),
        S('''Army personnel have been deployed in Sunamganj and Companiganj at the request of the local administration, the Inter Services Public Relations (ISPR) said.''',
          "Inter Services Public Relations", why="Passes on the ISPR statement (name without the bracketed abbreviation)."),
    ],
    [
        S('''Locals in several unions of Chhatak and Dowarabazar, however, alleged that relief had not yet reached them.''',
          "Locals", why="'alleged': an unnamed source keeps its description ('Locals')."),
        S('''"We have been under water for three days, and not a single boat or official has come to our village," said Abdul Kader, a schoolteacher in Dowarabazar's Narsingpur union.''',
          "Abdul Kader", why="Quotation plus inverted tag asserting a checkable account. Job description dropped; 'a single boat' has no number word.",
          q=[('''"We have been under water for three days, and not a single boat or official has come to our village,"''', "Abdul Kader")],
          f=[("three days", "3")]),
    ],
    [
        S('''Educational institutions in the worst-hit upazilas have been closed until further notice, and 213 schools are being used as shelters, the district education office said.''',
          "district education office", why="An office without a proper name keeps its description without the article.",
          f=[("213 schools", "213")]),
    ],
    [
        S('''This is the third flood to hit the north-east since late May.''',
          "", why="A checkable fact in the paper's voice; 'third' is an ordinal."),
        S('''In June 2022, the worst floods in more than a century affected around 72 lakh people in the region, according to the United Nations.''',
          "United Nations", why="'according to' the UN. 'more than a century' has no number word; 'June 2022' a date.",
          f=[("around 72 lakh people", "7200000")]),
    ],
    [S('''—UNB''', N, why="Agency credit footer.")],
])
