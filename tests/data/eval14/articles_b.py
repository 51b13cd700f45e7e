"""Held-out articles, set B (writer b): three original news stories written
for the fourteenth evaluation set in the style of West and East African
English-language news websites, scraped off the web with the page
furniture a scraper keeps (cf. /work/shared/corpus), at ordinary density.
Real public figures and institutions appear as those outlets would name
them (Chief Adebayo Adelabu, NERC and Dr Musiliu Oseni, the NLC and Joe
Ajaero, the TUC and Festus Osifo, MAN and Segun Ajayi-Kadir; the Bank of
Ghana and Dr Johnson Pandit Asiama, the Ghana Statistical Service and Dr
Alhassan Iddrisu, GUTA and Dr Joseph Obeng, Dr Cassiel Ato Forson; KMPDU
and Dr Davji Atellah, Aden Duale, the Council of Governors, KNUN, NAN,
KNA), but the events, figures and every quoted or reported word are
invented; the outlets (`The Niger Courier`, `Ghana Newsline`, `The Rift
Observer`), reporters, traders, patients, the analyst and her firm are
invented too.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md, the
corpus gold and the judgement calls of the earlier sets (eval3-eval13)
where they apply.

`band_a_tariff_row` is a Nigerian newspaper website story (the Federal
Government refuses to reverse NERC's Band A electricity tariff increase;
the Minister of Power, the NLC's statement, the TUC, NERC's chairman,
MAN, a market trader) with straight double quotes and straight
apostrophes, "\\n" line ends: site line, headline, byline with place,
`Published on ...` stamp, a photo caption with a `Photo: NAN` credit, a
`READ ALSO:` line and a `Join our WhatsApp channel` line. Nigerian
conventions: role before the name set off by commas (`The Minister of
Power, Chief Adebayo Adelabu, stated this on Monday while speaking with
journalists ...`), `He said, "..."` with a quotation of several
sentences, `According to him,`, `Reacting,`, `Also speaking,`, naira as
`N209.50/kWh`, `N1.9 trillion`, `N45bn`, `₦180,000`, `per cent`.
`bog_policy_rate_cut` is a Ghanaian news website story (the Bank of
Ghana's MPC cuts the policy rate; the governor, GSS inflation data, the
Government Statistician, GUTA, an analyst, the finance minister) with
curly double quotes and straight apostrophes, "\\n\\n" line ends: site
line, a `Business News of Wednesday, 28 January 2026` line, a `Source:
..., Contributor` line, headline, a caption with `(File photo)`, a `READ
ALSO:` line and a `Send your news stories to ...` footer. Basis points,
`per cent`, `US$12.4 billion`, a `91-day Treasury bill`.
`kmpdu_doctors_strike` is a Kenyan newspaper website story (a KMPDU
doctors' strike over arrears; the union's secretary-general, the Health
Cabinet Secretary, the Council of Governors, a patient, KNUN) with curly
double quotes and curly apostrophes, "\\n" line ends: site line, section
label, headline, byline, `Published on: ...` stamp, a caption with
`(File photo)`, an `ALSO READ:` line and an `Additional reporting by
KNA` footer. Kenyan conventions: title before the name without commas
(`KMPDU Secretary-General Dr Davji Atellah`, `Health Cabinet Secretary
Aden Duale`), `she posed`, shillings as `Sh4.2 billion`, `Sh4.2bn`,
`KSh 500`, `Sh2,000`.

Judgement calls made where the guidelines leave room:
- Page furniture gets no CLAIM: site lines, the section label `HEALTH`,
  the `Business News of ...` line, the `Source: ..., Contributor` line,
  headlines, bylines, stamps, captions and their credits (`Photo: NAN`,
  its own item after the caption sentence as eval11's `Picture: ...`;
  `(File photo)` inside the caption line as in eval13), `READ ALSO:` /
  `ALSO READ:` lines, the WhatsApp line, the news-tip footer and the
  `Additional reporting by KNA` credit. QUOTEs and FIGUREs inside them
  are still marked (headline `N235`, `seven-day`; `300 basis points`,
  `18.5%`, `6.3%`; `23 counties`, `Sh4.2bn`; the READ ALSO lines' `N45bn`,
  `six months`, `Sh180bn`).
- Honorifics stay in speakers and claimants, job titles go, as in the
  earlier sets: `Chief` (a chieftaincy title worn as a form of address,
  like `Sir`), `Comrade` (the union form of address, like `Mr`),
  `Alhaji`, `Dr`, `Mr`, `Mrs`, `Ms` are kept (`Chief Adebayo Adelabu`,
  `Comrade Festus Osifo`, `Alhaji Sani Abdullahi`, `Dr Davji Atellah`);
  offices and roles go (`The Minister of Power`, `President`,
  `Director-General`, `Chairman of NERC`, `Governor of the Bank of
  Ghana`, `The Government Statistician`, `KMPDU Secretary-General`,
  `Health Cabinet Secretary`, `A cold-room operator at Wuse Market`, `An
  economist at ...`). Later mentions take the form of the nearest
  mention (`Oseni`, `Ajayi-Kadir`, `Dr Asiama`, `Dr Atellah`, `Mr
  Duale`); `He said`, `According to him`, `He added` resolve to the
  nearest naming mention.
- `X stated this on Monday while speaking with journalists ...` and `X
  announced the decision on Wednesday ...`: a speech verb whose object
  stands for the assertion just reported (`this`, `the decision`) passes
  that assertion on, so the sentence is a CLAIM with the speaker as
  claimant (not a speech act reported only as an event, like
  `lashed out at`).
- The lede `The Bank of Ghana (BoG) has cut ..., citing a sustained
  decline in inflation ...` mixes the outlet's fact with the bank's stated
  reason: the attributed part gives the claimant (eval9/eval11),
  `Bank of Ghana`. `The Federal Government has said ...` -> `Federal
  Government`. Institutions are named without the article and without
  the bracketed abbreviation (`Nigeria Labour Congress`, `Ghana
  Statistical Service`, `Kenya Medical Practitioners, Pharmacists and
  Dentists Union`, `Council of Governors`, `Kenya National Union of
  Nurses`); `the congress said` and `the statement read` (the NLC's
  statement signed by its president) -> `Nigeria Labour Congress`.
  `according to the Bank of Ghana's latest Summary of Economic and
  Financial Data` names the bank as the data's author: claimant `Bank of
  Ghana`.
- A quotation of several sentences (`He said, "..."`; `"...," the
  statement read.`; `“...,” he said.`; `“...,” Dr Atellah said.`) is one
  QUOTE (paragraph dict) with a decision per inner sentence: CLAIM when
  the sentence asserts something checkable (Band A's share of users and
  energy, the N1.9 trillion subsidy, a third of a minimum-wage worker's
  pay, borrowing at 30 per cent, members unpaid for four months, the
  patient's transport fare and the consultation fee, the national
  government's payment of its arrears); no CLAIM for resolves, pledges,
  demands, appeals, questions and characterisations (`this decision will
  stand`, `We will not fold our arms ...`, `We have been patient for too
  long.`, `This strike will go on ...`, `lending rates must also come
  down`, `Where will I get that money?`, `I am asking the doctors to
  return to work ...`). One-sentence quotation plus tag: CLAIM for
  Ajayi-Kadir's 767 companies and Dr Asiama's cedi figure; none for the
  trader's impression, the disinflation outlook or the analyst's view of
  the risks.
- Money: the currency sign or prefix stays in the span, the value is the
  plain amount (`N1.9 trillion` -> 1900000000000, `N45bn` -> 45000000000,
  `₦180,000` -> 180000, `US$12.4 billion` -> 12400000000, `Sh4.2bn` ->
  4200000000, `KSh 500` -> 500 with its space). A rate's per-unit tail
  is not part of the span (eval13's `₹69 per quintal`): `N235/kWh` ->
  `N235`, `N209.50/kWh` -> `N209.50` (value 209.50). `N70,000 minimum
  wage`: the adjective `minimum` ends the span (`N70,000`).
- `per cent`, `percentage points` and `basis points` are units and join
  the span (`300 basis points` -> 300). `8 per cent plus or minus 2
  percentage points` gives two FIGUREs, `8 per cent` and `2 percentage
  points` (eval13 leaves `plus or minus` out). `30 per cent and above`:
  the trailing `and above` is left out (`30 per cent`, value 30). `5.8
  per cent` in `grew by 5.8 per cent` is the change.
- `the 91-day Treasury bill rate`: the tenor of the bill is a duration
  written as a hyphenated compound (like `30-day ceasefire`), not a
  number inside a name: FIGURE `91-day` (91). `seven-day ultimatum`,
  `21-day strike notice`, `56-day strike` likewise.
- Counts: `the 11 distribution companies` is the first count of the
  Discos in the article (new information, with a noun-noun compound):
  FIGURE `11 distribution companies`; `24 of the 47 counties` -> `24` and
  `47 counties` (eval13's `at least 40 of the 42 wards`); `all 36
  states` -> `36 states`; `1,200 intern doctors` keeps the noun modifier;
  `At least 767 manufacturing companies` keeps its noun modifier; bare
  age after a name is a FIGURE (`34`).
- Not FIGUREs: `Band A` (a name), `the 128th meeting`, `the 13th
  consecutive month`, `the third quarter` (ordinals), `more than a third`
  (no number word), `a year ago`, `a year earlier` (article), dates and
  years (`November 15`, `December 2025`, `2017 collective bargaining
  agreement`, `2024`), clock times in stamps, an email address.
- Scheduled events stated as fact (`The NLC's seven-day ultimatum
  expires on Sunday.`, `The MPC is scheduled to hold its next meeting in
  March.`) are CLAIMs in the outlet's voice, claimant empty (eval12's
  published calendar). `she posed` is a speech verb (Kenyan usage) tagging
  a question: no CLAIM for the question.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. band_a_tariff_row: Nigerian newspaper website, straight double quotes,
#    "\n", site line, byline with place, Published stamp, Photo: NAN,
#    READ ALSO, WhatsApp line
# ---------------------------------------------------------------------------
ARTICLES["band_a_tariff_row"] = dict(nl="\n", paras=[
    [S('''The Niger Courier''', N, why="Site line.")],
    [S('''Band A tariff: FG won't reverse N235/kWh rate, says Adelabu as NLC issues seven-day ultimatum''',
       N, why="Headline: no CLAIM; its FIGUREs are marked. The per-unit tail '/kWh' is left out (eval13's '₹69 per quintal').",
       f=[("N235", "235"), ("seven-day", "7")])],
    [S('''By Chinedu Okafor, Abuja''', N, why="Byline.")],
    [S('''Published on November 18, 2025 | 6:42 am''', N, why="Timestamp (a date and a clock time).")],
    [
        S('''The Minister of Power, Chief Adebayo Adelabu, addressing journalists in Abuja on Monday.''',
          N, why="Photo caption."),
        S('''Photo: NAN''', N, why="Photo credit (part of the caption line)."),
    ],
    [
        S('''The Federal Government has said it will not reverse the new electricity tariff for Band A customers, despite a threat by organised labour to shut down the offices of electricity distribution companies across the country.''',
          "Federal Government", why="The lede passes on the government's stated position ('has said')."),
    ],
    [
        S('''The Minister of Power, Chief Adebayo Adelabu, stated this on Monday while speaking with journalists after a closed-door meeting with the managing directors of the 11 distribution companies in Abuja.''',
          "Chief Adebayo Adelabu", why="'stated this' passes on the lede's assertion: claimant the minister. Office dropped, the honorific 'Chief' kept. First count of the Discos: FIGURE with its noun-noun compound.",
          f=[("11 distribution companies", "11")]),
    ],
    {"s": [
        S('''He said, "The review affects only Band A customers, who make up about 15 per cent of electricity users but consume nearly 40 per cent of the energy distributed by the Discos.''',
          "Chief Adebayo Adelabu", why="Tag plus the first sentence of a several-sentence quotation; checkable shares. 'He' resolves to the nearest naming mention.",
          f=[("about 15 per cent", "15"), ("nearly 40 per cent", "40")]),
        S('''Government is still spending about N1.9 trillion this year to subsidise the other bands.''',
          "Chief Adebayo Adelabu", why="Same quotation; a checkable amount.",
          f=[("about N1.9 trillion", "1900000000000")]),
        S('''We cannot continue to subsidise the rich at the expense of the poor, and that is why this decision will stand."''',
          N, why="Same quotation; a resolve and a justification, not a checkable fact."),
    ], "q": [('''"The review affects only Band A customers, who make up about 15 per cent of electricity users but consume nearly 40 per cent of the energy distributed by the Discos. Government is still spending about N1.9 trillion this year to subsidise the other bands. We cannot continue to subsidise the rich at the expense of the poor, and that is why this decision will stand."''', "Chief Adebayo Adelabu")]},
    [
        S('''According to him, the new rate will enable the distribution companies to recover their costs and invest in metering, adding that about 2.3 million prepaid meters would be deployed to Band A customers within the next six months.''',
          "Chief Adebayo Adelabu", why="'According to him' resolves to the minister.",
          f=[("about 2.3 million prepaid meters", "2300000"), ("six months", "6")]),
    ],
    [
        S('''The Nigerian Electricity Regulatory Commission (NERC) had last Wednesday approved an increase in the Band A tariff from N209.50/kWh to N235/kWh, with effect from November 15.''',
          "", why="A regulatory act reported in the paper's voice. A before and an after: two FIGUREs, per-unit tails left out; 'November 15' is a date.",
          f=[("N209.50", "209.50"), ("N235", "235")]),
        S('''Band A customers are those supplied with at least 20 hours of electricity daily.''',
          "", why="A checkable definition in the paper's voice.",
          f=[("at least 20 hours", "20")]),
    ],
    [
        S('''But the Nigeria Labour Congress (NLC) described the increase as "wicked and insensitive" and gave the Federal Government seven days to reverse it or face a nationwide protest.''',
          "Nigeria Labour Congress", why="'described ... and gave ... seven days' passes on the congress's position; the bracketed abbreviation is left out of the name.",
          q=[('''"wicked and insensitive"''', "Nigeria Labour Congress")],
          f=[("seven days", "7")]),
    ],
    [
        S('''In a statement signed by its President, Joe Ajaero, on Sunday, the congress said Nigerian workers could no longer bear the rising cost of electricity, food and transport.''',
          "Nigeria Labour Congress", why="'the congress said': the statement is the congress's (signed by its president)."),
    ],
    {"s": [
        S('''"A worker on the N70,000 minimum wage now spends more than a third of his pay on electricity alone.''',
          "Nigeria Labour Congress", why="First sentence of the statement's quotation; a checkable share of pay. The adjective 'minimum' ends the money span; 'more than a third' has no number word.",
          f=[("N70,000", "70000")]),
        S('''We will not fold our arms while our members are pushed into darkness," the statement read.''',
          N, why="Same quotation plus tag; a resolve, not a checkable fact."),
    ], "q": [('''"A worker on the N70,000 minimum wage now spends more than a third of his pay on electricity alone. We will not fold our arms while our members are pushed into darkness,"''', "Nigeria Labour Congress")]},
    [
        S('''The President of the Trade Union Congress of Nigeria (TUC), Comrade Festus Osifo, also faulted the increase, saying NERC had failed to hold a public hearing before approving it.''',
          "Comrade Festus Osifo", why="'faulted ..., saying' passes on his position; office dropped, the form of address 'Comrade' kept."),
    ],
    [
        S('''Reacting, the Chairman of NERC, Dr Musiliu Oseni, said the review followed a "transparent process" and that Band A feeders that failed to deliver the promised hours of supply would be downgraded automatically.''',
          "Dr Musiliu Oseni", why="Reported speech with a two-word partial quotation.",
          q=[('''"transparent process"''', "Dr Musiliu Oseni")]),
    ],
    [
        S('''Oseni said 412 feeders had been downgraded from Band A between July and October after monitoring showed that they supplied fewer than 20 hours a day.''',
          "Oseni", why="Reported speech; 'fewer than' is an approximator; 'a day' has the article.",
          f=[("412 feeders", "412"), ("fewer than 20 hours", "20")]),
        S('''He added that customers who were wrongly billed could lodge complaints at the commission's forum offices in all 36 states and the Federal Capital Territory.''',
          "Oseni", why="Reported speech; 'He' resolves to the nearest naming mention.",
          f=[("36 states", "36")]),
    ],
    [S('''READ ALSO: Discos lose N45bn to meter bypass in six months - NERC''',
       N, why="READ ALSO line: no CLAIM; its FIGUREs are marked.",
       f=[("N45bn", "45000000000"), ("six months", "6")])],
    [
        S('''Also speaking, the Director-General of the Manufacturers Association of Nigeria (MAN), Mr Segun Ajayi-Kadir, said manufacturers already spent about 40 per cent of their production costs on energy and warned that more factories could shut down.''',
          "Mr Segun Ajayi-Kadir", why="Reported speech (a share and a warning); office dropped, 'Mr' kept.",
          f=[("about 40 per cent", "40")]),
    ],
    [
        S('''"At least 767 manufacturing companies shut down in the last two years, and the cost of energy is one of the major reasons," Ajayi-Kadir said.''',
          "Ajayi-Kadir", why="Quotation plus tag asserting checkable facts (closures and a cause). 'manufacturing' is a noun modifier and stays; 'one of' is a pronoun.",
          q=[('''"At least 767 manufacturing companies shut down in the last two years, and the cost of energy is one of the major reasons,"''', "Ajayi-Kadir")],
          f=[("At least 767 manufacturing companies", "767"), ("two years", "2")]),
    ],
    [
        S('''A cold-room operator at Wuse Market, Alhaji Sani Abdullahi, said his monthly electricity bill had risen from ₦180,000 to about ₦240,000 since his feeder was moved to Band A in March.''',
          "Alhaji Sani Abdullahi", why="Reported speech; the description goes, 'Alhaji' is kept. A before and an after: two FIGUREs.",
          f=[("₦180,000", "180000"), ("about ₦240,000", "240000")]),
        S('''"The light is more stable now, I won't lie, but the money is too much for small business owners like us," he said.''',
          N, why="Quotation plus tag; an impression and a judgement.",
          q=[('''"The light is more stable now, I won't lie, but the money is too much for small business owners like us,"''', "Alhaji Sani Abdullahi")]),
    ],
    [
        S('''The NLC's seven-day ultimatum expires on Sunday.''',
          "", why="A scheduled deadline stated as fact in the paper's voice; the hyphenated compound is a FIGURE.",
          f=[("seven-day", "7")]),
    ],
    [S('''Join our WhatsApp channel for breaking news and exclusive stories''', N, why="Boilerplate.")],
])

# ---------------------------------------------------------------------------
# 2. bog_policy_rate_cut: Ghanaian news website, curly double quotes,
#    straight apostrophes, "\n\n", Business News line, Source line,
#    (File photo), READ ALSO, news-tip footer
# ---------------------------------------------------------------------------
ARTICLES["bog_policy_rate_cut"] = dict(nl="\n\n", paras=[
    [S("Ghana Newsline", N, why="Site line.")],
    [S("Business News of Wednesday, 28 January 2026", N, why="Section and date line.")],
    [S("Source: Kwabena Adu-Boahen, Contributor", N, why="Byline.")],
    [S("BoG cuts policy rate by 300 basis points to 18.5% as inflation drops to 6.3%",
       N, why="Headline: no CLAIM; its FIGUREs are marked. 'basis points' is the unit.",
       f=[("300 basis points", "300"), ("18.5%", "18.5"), ("6.3%", "6.3")])],
    [S("Governor of the Bank of Ghana, Dr Johnson Pandit Asiama (File photo)", N, why="Photo caption with credit.")],
    [
        S("The Bank of Ghana (BoG) has cut its monetary policy rate by 300 basis points to 18.5 per cent, the lowest level in more than four years, citing a sustained decline in inflation and a stable cedi.",
          "Bank of Ghana", why="The outlet's fact plus the bank's stated reason ('citing'): the attributed part gives the claimant. A change and a level: two FIGUREs.",
          f=[("300 basis points", "300"), ("18.5 per cent", "18.5"), ("more than four years", "4")]),
    ],
    [
        S("The Governor of the Bank of Ghana, Dr Johnson Pandit Asiama, announced the decision on Wednesday at the end of the 128th meeting of the Monetary Policy Committee (MPC) in Accra.",
          "Dr Johnson Pandit Asiama", why="'announced the decision' passes on the decision just reported: claimant the governor; office dropped, 'Dr' kept. '128th' is an ordinal."),
    ],
    [
        S("Dr Asiama said headline inflation had declined for the 13th consecutive month to 6.3 per cent in December 2025, down from 23.8 per cent a year earlier, and was now within the central bank's medium-term target of 8 per cent plus or minus 2 percentage points.",
          "Dr Asiama", why="Reported speech. '13th' is an ordinal, 'December 2025' a date, 'a year earlier' has the article; the target band gives two FIGUREs without 'plus or minus'.",
          f=[("6.3 per cent", "6.3"), ("23.8 per cent", "23.8"), ("8 per cent", "8", 2), ("2 percentage points", "2")]),
    ],
    [
        S("“The disinflation process is firmly on course, and the committee is confident that inflation will remain within the target band over the medium term,” Dr Asiama told journalists.",
          N, why="Quotation plus tag; an assessment and an outlook, not a checkable fact.",
          q=[("“The disinflation process is firmly on course, and the committee is confident that inflation will remain within the target band over the medium term,”", "Dr Asiama")]),
        S("“The cedi appreciated by 18.2 per cent against the US dollar in 2025, supported by strong gold export receipts and a build-up of reserves.”",
          "Dr Asiama", why="Continuation quotation asserting a checkable exchange-rate figure. '2025' is a year.",
          q=[("“The cedi appreciated by 18.2 per cent against the US dollar in 2025, supported by strong gold export receipts and a build-up of reserves.”", "Dr Asiama")],
          f=[("18.2 per cent", "18.2")]),
    ],
    [
        S("According to him, gross international reserves stood at US$12.4 billion at the end of December, enough to cover 5.1 months of imports.",
          "Dr Asiama", why="'According to him' resolves to the nearest naming mention.",
          f=[("US$12.4 billion", "12400000000"), ("5.1 months", "5.1")]),
    ],
    [
        S("He said real GDP grew by 5.8 per cent in the third quarter of 2025, driven mainly by mining, agriculture and information and communication services.",
          "Dr Asiama", why="Reported speech; 'third quarter' is an ordinal.",
          f=[("5.8 per cent", "5.8")]),
    ],
    [S("READ ALSO: Cedi ends 2025 as one of Africa's best-performing currencies",
       N, why="READ ALSO line; '2025' is a year.")],
    [
        S("Data released by the Ghana Statistical Service (GSS) earlier this month showed that food inflation eased to 5.2 per cent in December, while non-food inflation stood at 7.1 per cent.",
          "Ghana Statistical Service", why="Passes on the GSS's published data (as eval12's 'LSEG data showed').",
          f=[("5.2 per cent", "5.2"), ("7.1 per cent", "7.1")]),
    ],
    [
        S("The Government Statistician, Dr Alhassan Iddrisu, said at the release that month-on-month inflation was 0.4 per cent and that prices of imported goods were rising more slowly than those of locally produced items.",
          "Dr Alhassan Iddrisu", why="Reported speech; office dropped, 'Dr' kept.",
          f=[("0.4 per cent", "0.4")]),
    ],
    [
        S("Despite the successive cuts, the average lending rate of banks remains high at about 24.6 per cent, according to the Bank of Ghana's latest Summary of Economic and Financial Data.",
          "Bank of Ghana", why="'according to' the bank's own data publication: the bank is named as the author.",
          f=[("about 24.6 per cent", "24.6")]),
    ],
    [
        S("The President of the Ghana Union of Traders' Associations (GUTA), Dr Joseph Obeng, welcomed the cut but said traders were yet to feel the impact of earlier reductions in the policy rate.",
          "Dr Joseph Obeng", why="'welcomed ... but said' passes on his position; office dropped."),
    ],
    {"s": [
        S("“Our members are still borrowing at 30 per cent and above from the banks.",
          "Dr Joseph Obeng", why="First sentence of a two-sentence quotation; a checkable borrowing rate. The trailing 'and above' is left out of the FIGURE.",
          f=[("30 per cent", "30")]),
        S("If the policy rate is coming down, lending rates must also come down,” he said.",
          N, why="Same quotation plus tag; a demand."),
    ], "q": [("“Our members are still borrowing at 30 per cent and above from the banks. If the policy rate is coming down, lending rates must also come down,”", "Dr Joseph Obeng")]},
    [
        S("An economist at Accra-based Tidewell Capital, Mrs Akosua Mensah-Bonsu, said the cut was in line with market expectations and predicted that the 91-day Treasury bill rate, currently about 11.2 per cent, would fall further in the coming weeks.",
          "Mrs Akosua Mensah-Bonsu", why="Reported speech (an assessment and a forecast she gave). '91-day' is the bill's tenor, a hyphenated duration: FIGURE.",
          f=[("91-day", "91"), ("about 11.2 per cent", "11.2")]),
        S("“The bigger risk now is fiscal slippage ahead of the mid-year budget review, not inflation,” she said.",
          N, why="Quotation plus tag; an opinion. 'she' resolves to Mrs Akosua Mensah-Bonsu.",
          q=[("“The bigger risk now is fiscal slippage ahead of the mid-year budget review, not inflation,”", "Mrs Akosua Mensah-Bonsu")]),
    ],
    [
        S("The Minister for Finance, Dr Cassiel Ato Forson, had said in November that the government would keep the budget deficit at 2.2 per cent of GDP in 2026.",
          "Dr Cassiel Ato Forson", why="Reported speech (a target he gave); office dropped. '2026' is a year.",
          f=[("2.2 per cent", "2.2")]),
    ],
    [
        S("The MPC is scheduled to hold its next meeting in March.",
          "", why="A scheduled event stated as fact in the outlet's voice (eval12's published calendar)."),
    ],
    [S("Send your news stories to news@ghananewsline.com.gh", N, why="News-tip footer (boilerplate).")],
])

# ---------------------------------------------------------------------------
# 3. kmpdu_doctors_strike: Kenyan newspaper website, curly double quotes,
#    curly apostrophes, "\n", section label, (File photo), ALSO READ,
#    KNA credit
# ---------------------------------------------------------------------------
ARTICLES["kmpdu_doctors_strike"] = dict(nl="\n", paras=[
    [S("The Rift Observer", N, why="Site line.")],
    [S("HEALTH", N, why="Section label.")],
    [S("Doctors down tools in 23 counties as KMPDU strike over Sh4.2bn arrears begins",
       N, why="Headline: no CLAIM; its FIGUREs are marked.",
       f=[("23 counties", "23"), ("Sh4.2bn", "4200000000")])],
    [S("By Faith Wanjiru", N, why="Byline.")],
    [S("Published on: Monday, March 9, 2026 6:15 pm", N, why="Timestamp (a date and a clock time).")],
    [S("Doctors during a past protest along Harambee Avenue in Nairobi. (File photo)", N, why="Photo caption with credit.")],
    [
        S("Patients seeking treatment in public hospitals across the country were turned away on Monday as doctors in 23 counties began a nationwide strike over unpaid salary arrears and delayed promotions.",
          "", why="The lede reports events in the paper's voice.",
          f=[("23 counties", "23")]),
    ],
    [
        S("The Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) said more than 4,800 doctors had downed their tools after a 21-day strike notice issued in February expired on Sunday without a deal with the national and county governments.",
          "Kenya Medical Practitioners, Pharmacists and Dentists Union", why="Reported statement of the union; the bracketed abbreviation is left out of the name.",
          f=[("more than 4,800 doctors", "4800"), ("21-day", "21")]),
    ],
    [
        S("KMPDU Secretary-General Dr Davji Atellah told journalists in Nairobi that the union was demanding Sh4.2 billion in arrears owed to doctors under the 2017 collective bargaining agreement (CBA), as well as the immediate posting of 1,200 intern doctors.",
          "Dr Davji Atellah", why="Reported speech; the title before the name goes, 'Dr' is kept. '2017' is a year; 'intern doctors' is a noun-noun compound.",
          f=[("Sh4.2 billion", "4200000000"), ("1,200 intern doctors", "1200")]),
    ],
    {"s": [
        S("“We have been patient for too long.",
          N, why="First sentence of a two-sentence quotation; a characterisation."),
        S("Some of our members have not been paid for four months, and interns who completed their studies a year ago are still at home,” Dr Atellah said.",
          "Dr Atellah", why="Same quotation plus tag; checkable facts about pay and postings. 'a year ago' has the article.",
          f=[("four months", "4")]),
    ], "q": [("“We have been patient for too long. Some of our members have not been paid for four months, and interns who completed their studies a year ago are still at home,”", "Dr Atellah")]},
    [
        S("“This strike will go on until every county signs a return-to-work formula with us.”",
          N, why="Continuation quotation without a tag; a pledge.",
          q=[("“This strike will go on until every county signs a return-to-work formula with us.”", "Dr Atellah")]),
    ],
    [
        S("He said the union’s members in Nairobi, Kisumu, Nakuru, Kakamega and Machakos counties had also reported shortages of basic supplies such as gloves and sutures.",
          "Dr Atellah", why="Reported speech; 'He' resolves to the nearest naming mention."),
    ],
    [
        S("Health Cabinet Secretary Aden Duale termed the strike “illegal and unnecessary” and said the Ministry of Health had released Sh1.5 billion to counties last week to clear part of the arrears.",
          "Aden Duale", why="'termed ... and said' passes on his position; the title before the name goes.",
          q=[("“illegal and unnecessary”", "Aden Duale")],
          f=[("Sh1.5 billion", "1500000000")]),
    ],
    {"s": [
        S("“The national government has paid all the arrears it owes under the CBA.",
          "Mr Duale", why="First sentence of a two-sentence quotation; a checkable assertion about payments."),
        S("What remains is for counties to pay what they owe, and I am asking the doctors to return to work as those discussions continue,” Mr Duale said in a statement.",
          N, why="Same quotation plus tag; a position on who should pay and an appeal."),
    ], "q": [("“The national government has paid all the arrears it owes under the CBA. What remains is for counties to pay what they owe, and I am asking the doctors to return to work as those discussions continue,”", "Mr Duale")]},
    [
        S("The Council of Governors (CoG), in a statement on Sunday, said 24 of the 47 counties had cleared their share of the arrears and blamed the delay in the rest on late disbursement of funds by the National Treasury.",
          "Council of Governors", why="Reported statement. '24' counts counties that do not follow it (bare number); '47 counties' is a fresh count (eval13's 'the 42 wards').",
          f=[("24", "24"), ("47 counties", "47")]),
    ],
    [S("ALSO READ: Counties owe suppliers Sh180bn, says Controller of Budget",
       N, why="ALSO READ line: no CLAIM; its FIGURE is marked.",
       f=[("Sh180bn", "180000000000")])],
    [
        S("At the Nakuru County Referral and Teaching Hospital, only the casualty and maternity wings were operating by midday, with a handful of clinical officers attending to long queues of patients.",
          "", why="An account in the paper's voice; 'a handful' is no FIGURE."),
    ],
    [
        S("Ms Mercy Atieno, 34, who had travelled from Molo with her sick son, said she waited for more than five hours before being told to seek treatment at a private facility.",
          "Ms Mercy Atieno", why="Reported speech; bare age after the name is a FIGURE.",
          f=[("34", "34"), ("more than five hours", "5")]),
    ],
    {"s": [
        S("“I paid KSh 500 for transport to come here and now they are telling me to go to a private hospital where consultation alone is Sh2,000.",
          "Ms Mercy Atieno", why="First sentence of a two-sentence quotation; a checkable account of costs.",
          f=[("KSh 500", "500"), ("Sh2,000", "2000")]),
        S("Where will I get that money?” she posed.",
          N, why="A question with its tag ('posed' is a speech verb)."),
    ], "q": [("“I paid KSh 500 for transport to come here and now they are telling me to go to a private hospital where consultation alone is Sh2,000. Where will I get that money?”", "Ms Mercy Atieno")]},
    [
        S("The strike comes two years after doctors staged a 56-day strike in 2024 that paralysed services in public hospitals and ended only after the union and the government signed a return-to-work formula.",
          "", why="Background in the paper's voice; '2024' is a year.",
          f=[("two years", "2"), ("56-day", "56")]),
    ],
    [
        S("The Kenya National Union of Nurses (KNUN) said on Monday that it would issue its own strike notice if counties failed to pay nurses’ arrears of about Sh900 million by the end of the month.",
          "Kenya National Union of Nurses", why="Reported statement (a conditional threat): that it was said is checkable.",
          f=[("about Sh900 million", "900000000")]),
        S("Meanwhile, the Council of Governors said it would move to the Employment and Labour Relations Court (ELRC) on Tuesday to seek orders stopping the strike.",
          "Council of Governors", why="Reported statement of an announced step."),
    ],
    [S("Additional reporting by KNA", N, why="Agency credit footer.")],
])
