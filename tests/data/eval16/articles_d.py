"""Held-out articles, set D (writer d): three original news stories written
for the sixteenth evaluation set, as text scraped off the English-language
websites of Middle East and North Africa outlets, with the page furniture a
scraper keeps (cf. /work/shared/corpus), at ordinary news-desk density.
Real public figures and institutions appear as those outlets name them
(Abdel Fattah al-Burhan, Mohamed Hamdan Dagalo, Prince Faisal bin Farhan,
Massad Boulos, Badr Abdelatty, Prince Abdulaziz bin Salman, the Saudi Press
Agency, OPEC, Saudi Aramco, Jadwa Investment, the National Centre of
Meteorology, MoHRE, Abu Dhabi Police, Al Jazeera's Hiba Morgan), but the
events, figures and every quoted or reported word are invented; bylines,
photographers, analysts, doctors and residents are invented.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md, the
corpus gold and the judgement calls of the earlier sets where they apply.

`sudan_el_obeid_jeddah_truce` is an Al Jazeera English-style news story
(Sudan's army and the RSF agree a 10-day truce around el-Obeid at talks in
Jeddah; the Saudi foreign ministry via SPA, the Saudi foreign minister, the
US adviser, al-Burhan, the RSF, a state health ministry, the UN, Al
Jazeera's correspondent, Egypt's foreign ministry) with curly double
quotes and curly apostrophes, "\\n" line ends: a `News | Sudan war`
section line, headline, dek, `Published On 12 Mar 2026`, a photo caption
with a `[Name/Reuters]` credit, and the `Source: Al Jazeera and news
agencies` footer.
`opec_plus_april_hike_riyadh` is an Arab News-style business story (eight
OPEC+ producers raise April output; the OPEC Secretariat's statement, the
Saudi energy minister to SPA, Russia's Alexander Novak, the UAE energy
ministry via WAM, an analyst, the Saudi budget in riyals, Aramco shares) with straight double quotes and straight apostrophes,
"\\n\\n" line ends: site line, section line, headline, `Updated` stamp,
byline, a caption ending `(SPA)`, an inline `RIYADH:` dateline and a
`Related` block of two headlines.
`uae_sweihan_heat_dust_storm` is a Gulf News-style weather story (51.6°C
in Sweihan and a dust storm; the NCM, a forecaster, Abu Dhabi Police,
MoHRE's midday-break fines in dirhams, a doctor, a resident, rainfall in
millimetres) with curly double quotes in the body and curly apostrophes,
"\\n" line ends: site line, section line, headline, dek, byline,
`Published:` stamp, a caption with `Image Credit: .../Gulf News`, an
inline `Dubai:` dateline and a `Most Read` block.

Judgement calls made where the guidelines leave room (earlier sets' calls
followed: approximators inside the span, including `up to`, `under`,
`above`, `below` (eval9-eval13); years, dates, clock times (`6am`,
`04:00 GMT`, `2.45pm`, `12.30pm`) and ordinals (`first`, `fourth`)
are no FIGUREs; bare numbers whose noun does not follow are FIGUREs of the
number alone; an adjective or a proper-noun modifier between number and
noun ends the span; `dozens`/`thousands`-style inexact words are FIGUREs
with an empty value; numerals referring back to a known group (`the two
sides`, `the eight countries`, `the two countries`, `both delegations`)
are no FIGUREs; headline, dek, section/site lines, stamps, bylines,
captions and credits, datelines, `Related`/`Most Read` blocks and source
footers get no CLAIM but their QUOTEs and FIGUREs are marked; the outlet's
own reporting has an empty claimant, as in the corpus gold). New or
region-specific calls:
- Inline datelines (`RIYADH:`, `Dubai:`) are their own non-CLAIM item
  before the first sentence, as eval12's `Abu Dhabi:`.
- Names with particles and royal styles: `Prince` and `Dr` are kept as
  part of the name, as eval12 kept `Sheikh` (`Prince Faisal bin Farhan`,
  later `Prince Faisal`; `Prince Abdulaziz bin Salman`; `Dr Saeed Al
  Kaabi`); job titles go (`Saudi Foreign Minister`, `Saudi Energy
  Minister`, `army chief`, `the US president's senior adviser ...`).
  Later references take the form the article uses at the nearest mention
  (`al-Burhan` lowercase as Al Jazeera prints it, `Boulos`, `MoHRE`,
  `NCM`).
- Organisation claimants: `the ministry said` resolves to `Saudi Arabia’s
  Ministry of Foreign Affairs` (its name at first mention; `in a statement
  carried by the official Saudi Press Agency (SPA)` makes SPA only the
  carrier, not the claimant; likewise `in a statement carried by state news
  agency WAM` -> `UAE's Ministry of Energy and Infrastructure`); `Oil
  revenue made up ..., the ministry said` right after the budget
  projection -> `Ministry of Finance`; `told the official Saudi Press Agency` is a
  tag, the agency an audience (as `told BBC Sport` in eval15); `the
  statement said` / `It said` after the OPEC Secretariat's statement ->
  `OPEC Secretariat`; `according to a table published by OPEC` and
  `according to OPEC's latest monthly oil market report` -> `OPEC`; `The
  centre` -> `NCM` (the name at the nearest mention); `a police
  spokesperson` -> `police spokesperson`; `according to the state health
  ministry in North Kordofan` -> `state health ministry in North
  Kordofan`; `the Egyptian foreign ministry said` -> `Egyptian foreign
  ministry`; unnamed sources keep their description (`Saudi and US
  mediators`, `Analysts`, `Aid agencies`). `Economists at Riyadh-based
  Jadwa Investment have estimated` -> `Jadwa Investment` (eval13's
  researchers at a university). `The Sudanese army blamed the RSF` passes
  on an accusation: claimant `Sudanese army`; `The paramilitary group
  denied` -> `RSF`.
- A sentence continuing a statement's figures with no tag of its own is
  in the outlet's voice (claimant empty), as in eval15.
- Oil units: `barrels per day` / `bpd` is the unit of a rate and stays in
  the span (`206,000 barrels per day`, `1.65 million bpd`, `10.1 million
  bpd`), like eval13's `1,850 per 100,000 person-years`; `$68.40 a barrel`
  ends at the number, the article `a` ending the span (eval10's `2.7% a
  year`); `4.2 million barrels` (a volume) keeps its noun.
- `Eight OPEC+ members` / `Eight OPEC+ producers`: the proper-noun
  modifier ends the span, so the FIGURE is `Eight` (eval13's `five
  Scottish Parliament elections`).
- Currencies as these outlets print them: `SR165 billion` ->
  165000000000, `SR1.313 trillion` -> 1313000000000, `SR24.10` -> 24.10,
  `$100m` -> 100000000, `Dh5,000` -> 5000, `up to Dh50,000` -> 50000. A dollar conversion in
  brackets (`($44 billion)`) is a second FIGURE.
- Temperatures: `51.6°C` keeps its unit and has value 51.6 (eval13's
  `34C`); `above 45 degrees Celsius` takes the two-word unit;
  `about 2°C` (a difference) likewise. Rainfall `8.2mm` and speeds
  `50km/h`, `80km/h` keep their unit letters (eval12's `93mph`).
  `above 80 per cent` -> 80.
- `tens of thousands` (of people) is inexact: FIGURE `tens of thousands`,
  value empty; `more than 12 million` (displaced, noun elided) -> 12000000.
  `at least 14 of the country’s 18 states`: `at least 14` is a bare count,
  `18 states` is new information (not a back reference): two FIGUREs.
  `At least 38 people were killed and 112 wounded`: `112` is bare.
  `14 minor accidents` -> `14` (the adjective ends the span).
- Quotation plus tag is a CLAIM when the quoted words assert something
  checkable (Boulos's signed written commitments; Hiba Morgan's five
  earlier truces; the resident's sand through closed windows); opinions,
  stances, demands, predictions and advice are not (Prince Faisal's `a
  first step`, al-Burhan's `because we are weak`, the minister's `not
  chasing prices`, the analyst's `will not give up barrels`, the
  forecaster's outlook, the doctor's `waited too long` and her advice).
- Reported speech is a CLAIM even when what is reported is a forecast, a
  warning or an instruction (the NCM's alert and rain outlook, the police
  speed limit, the analyst's Brent range, MoHRE's reminder), since that it
  was said is checkable.
- A fixed future meeting (`The group will meet again on April 5 ...`) is a
  checkable scheduled event: CLAIM in the outlet's voice (eval7/eval12's
  fixtures).
- The section line `Business & Economy` and the `Most Read` / `Related`
  headlines are furniture; a figure inside a furniture headline is marked
  (`12 fils`, `9%`), `Super 98` (a fuel grade's name) is not.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. sudan_el_obeid_jeddah_truce: Al Jazeera English-style story, curly
#    double quotes, "\n"
# ---------------------------------------------------------------------------
ARTICLES["sudan_el_obeid_jeddah_truce"] = dict(nl="\n", paras=[
    [S("News | Sudan war", N, why="Section line.")],
    [S("Sudan’s army and RSF agree 10-day truce around el-Obeid as Jeddah talks resume",
       N, why="Headline: no CLAIM; its FIGURE (a hyphenated compound) is marked.",
       f=[("10-day", "10")])],
    [S("Saudi and US mediators say the two sides will meet again next week to discuss a nationwide ceasefire and safe routes for aid.",
       N, why="Dek: no CLAIM; 'the two sides' refers back, no FIGURE.")],
    [S("Published On 12 Mar 2026", N, why="Page timestamp (a date).")],
    [S("Displaced families wait for food rations at a camp on the outskirts of el-Obeid in North Kordofan state on March 8 [Osman Hamid/Reuters]",
       N, why="Photo caption with credit; 'March 8' is a date.")],
    [S("Sudan’s army and the paramilitary Rapid Support Forces (RSF) have agreed to a 10-day humanitarian truce around the besieged city of el-Obeid, Saudi and US mediators say, as the warring sides returned to the negotiating table in Jeddah for the first time in nearly two years.",
       "Saudi and US mediators", why="The lede passes on what the unnamed mediators say: their description. 'first' an ordinal; 'nearly' an approximator.",
       f=[("10-day", "10"), ("nearly two years", "2")])],
    [
        S("The truce will take effect at 6am local time (04:00 GMT) on Friday and will allow United Nations agencies to move food and medicine into the city and the camps around it, Saudi Arabia’s Ministry of Foreign Affairs said in a statement carried by the official Saudi Press Agency (SPA) late on Wednesday.",
          "Saudi Arabia’s Ministry of Foreign Affairs", why="The ministry is the author of the statement; SPA only carried it. Clock times are no FIGUREs."),
        S("The ministry said both delegations had also committed to meeting again next week to discuss a nationwide ceasefire.",
          "Saudi Arabia’s Ministry of Foreign Affairs", why="'The ministry' resolves to its name at first mention; 'both delegations' refers back."),
    ],
    [
        S("The RSF and allied fighters have encircled el-Obeid, the capital of North Kordofan state and a key supply hub on the road to Darfur, since January.",
          "", why="Background in the outlet's voice."),
        S("The United Nations says more than 400,000 people are trapped inside the city, where markets have run out of flour and fuel.",
          "United Nations", why="'The United Nations says': the UN is the source.",
          f=[("more than 400,000 people", "400000")]),
    ],
    [
        S("At least 38 people were killed and 112 wounded on Tuesday when drones struck a market and a displacement camp on the city’s eastern edge, according to the state health ministry in North Kordofan.",
          "state health ministry in North Kordofan", why="Casualty count 'according to' the ministry: its description without the article. '112' counts people not named after it: bare number.",
          f=[("At least 38 people", "38"), ("112", "112")]),
        S("The Sudanese army blamed the RSF for the attack.",
          "Sudanese army", why="An accusation passed on: claimant is the accuser."),
        S("The paramilitary group denied any involvement in a post on Telegram.",
          "RSF", why="Reported denial; 'The paramilitary group' resolves to the RSF, its name at the nearest mention."),
    ],
    [
        S("“The people of Sudan cannot wait any longer, and this truce is a first step, not the last,” Saudi Foreign Minister Prince Faisal bin Farhan told reporters in Jeddah on Wednesday evening.",
          N, why="Quotation plus tag: an appeal and a characterisation, not checkable. Title dropped, 'Prince' kept (as eval12's 'Sheikh').",
          q=[("“The people of Sudan cannot wait any longer, and this truce is a first step, not the last,”", "Prince Faisal bin Farhan")]),
        S("Prince Faisal said the kingdom had pledged $100m in emergency food aid for Kordofan and Darfur, to be delivered through the King Salman Humanitarian Aid and Relief Centre (KSrelief).",
          "Prince Faisal", why="Reported speech; the name as the sentence gives it.",
          f=[("$100m", "100000000")]),
    ],
    [
        S("Massad Boulos, the US president’s senior adviser on Arab and African affairs, who co-chaired the session, said Washington would ask monitors from the African Union and the Intergovernmental Authority on Development (IGAD) to report any violations.",
          "Massad Boulos", why="Reported speech; job description dropped."),
        S("“We have written commitments from both delegations, signed in this room,” Boulos said.",
          "Boulos", why="Quotation plus tag asserting a checkable fact (signed written commitments exist).",
          q=[("“We have written commitments from both delegations, signed in this room,”", "Boulos")]),
        S("“Now those commitments have to be honoured on the ground.”",
          N, why="Continuation quotation: a demand.",
          q=[("“Now those commitments have to be honoured on the ground.”", "Boulos")]),
    ],
    [
        S("The army delegation is led by Lieutenant General Yasser al-Atta, a member of the Sovereignty Council headed by army chief Abdel Fattah al-Burhan.",
          "", why="A state of affairs in the outlet's voice."),
        S("The RSF team is led by a senior adviser to the group’s commander, Mohamed Hamdan Dagalo, widely known as Hemedti.",
          "", why="A state of affairs in the outlet's voice."),
    ],
    [
        S("In a speech to troops in Port Sudan on Thursday, al-Burhan said the army had accepted the truce “for the sake of our people in Kordofan” but would respond to any attack.",
          "al-Burhan", why="Reported speech with a partial quotation; the name as Al Jazeera prints it at this mention.",
          q=[("“for the sake of our people in Kordofan”", "al-Burhan")]),
        S("“We did not go to Jeddah because we are weak,” he said.",
          N, why="Quotation plus tag: a stance about motives, not checkable. 'he' resolves to al-Burhan.",
          q=[("“We did not go to Jeddah because we are weak,”", "al-Burhan")]),
    ],
    [S("The RSF said in a statement that it welcomed the agreement and had ordered its units to “stop all offensive operations” from Friday morning.",
       "RSF", why="Reported statement with a partial quotation by the group.",
       q=[("“stop all offensive operations”", "RSF")])],
    [
        S("Reporting from Port Sudan, Al Jazeera’s Hiba Morgan said residents of el-Obeid were sceptical that the truce would hold.",
          "Hiba Morgan", why="The correspondent's report is passed on with 'said'."),
        S("“People here have seen at least five truces announced since the war began, and none of them lasted more than a few days,” she said.",
          "Hiba Morgan", why="Quotation plus tag asserting a checkable count of earlier truces. 'a few days' has no number word.",
          q=[("“People here have seen at least five truces announced since the war began, and none of them lasted more than a few days,”", "Hiba Morgan")],
          f=[("at least five truces", "5")]),
    ],
    [
        S("The war between the army and the RSF erupted in April 2023 over plans to merge the two forces, and has since killed tens of thousands of people and displaced more than 12 million, according to the UN.",
          "UN", why="The toll is given 'according to the UN'. 'the two forces' refers back; 'tens of thousands' inexact (empty value); 'more than 12 million' with the noun elided.",
          f=[("tens of thousands", ""), ("more than 12 million", "12000000")]),
        S("A global hunger monitor has confirmed famine in several areas of Darfur and Kordofan.",
          "", why="A past event in the outlet's voice; 'several' is no number word."),
        S("Aid agencies say cholera has spread to at least 14 of the country’s 18 states.",
          "Aid agencies", why="Unnamed agencies keep their description. 'at least 14' bare; '18 states' is new information.",
          f=[("at least 14", "14"), ("18 states", "18")]),
    ],
    [
        S("Previous rounds of talks in Jeddah in 2023 produced a declaration on protecting civilians and several short ceasefires, all of which collapsed within days.",
          "", why="Background in the outlet's voice; '2023' a year."),
        S("A separate push by the so-called Quad – the United States, Saudi Arabia, the United Arab Emirates and Egypt – stalled last year after the army rejected a proposed three-month truce.",
          "", why="Background in the outlet's voice; 'three-month' a hyphenated compound.",
          f=[("three-month", "3")]),
    ],
    [S("Egypt’s Foreign Minister Badr Abdelatty welcomed the agreement in a phone call with Prince Faisal and called for the truce to be extended to all of Kordofan and Darfur, the Egyptian foreign ministry said.",
       "Egyptian foreign ministry", why="The whole sentence is passed on from the ministry's tag.")],
    [S("Source: Al Jazeera and news agencies", N, why="Source footer.")],
])

# ---------------------------------------------------------------------------
# 2. opec_plus_april_hike_riyadh: Arab News-style business story, straight
#    double quotes, "\n\n"
# ---------------------------------------------------------------------------
ARTICLES["opec_plus_april_hike_riyadh"] = dict(nl="\n\n", paras=[
    [S('Arab News', N, why="Site line.")],
    [S('Business & Economy', N, why="Section line.")],
    [S('Eight OPEC+ producers to raise output by 206,000 bpd in April as Brent slips below $70',
       N, why="Headline: no CLAIM; FIGUREs marked. 'OPEC+' is a proper-noun modifier that ends the span ('Eight'); 'below' an approximator.",
       f=[("Eight", "8"), ("206,000 bpd", "206000"), ("below $70", "70")])],
    [S('Updated 08 March 2026', N, why="Page timestamp (a date).")],
    [S('Dana Al-Harbi', N, why="Byline.")],
    [S('Saudi Energy Minister Prince Abdulaziz bin Salman. (SPA/File)', N, why="Photo caption and credit.")],
    [
        S('RIYADH:', N, why="Inline dateline: furniture, not part of the first sentence."),
        S('Eight OPEC+ members led by Saudi Arabia and Russia agreed on Sunday to raise their combined oil output by 206,000 barrels per day in April, pressing ahead with the unwinding of voluntary cuts despite a slide in crude prices.',
          "", why="The decision as an event in the outlet's voice. 'Eight' alone (proper-noun modifier); 'barrels per day' is the rate unit and stays.",
          f=[("Eight", "8"), ("206,000 barrels per day", "206000")]),
    ],
    [
        S("The increase is the fourth since the group began restoring a 1.65 million bpd tranche of cuts in October, after a pause in the first quarter, the OPEC Secretariat said in a statement after a brief virtual meeting.",
          "OPEC Secretariat", why="Passes on the secretariat's statement. 'fourth', 'first quarter' ordinals.",
          f=[("1.65 million bpd", "1650000")]),
        S('It said the eight countries - Saudi Arabia, Russia, Iraq, the UAE, Kuwait, Kazakhstan, Algeria and Oman - could pause or reverse the increases "depending on market conditions."',
          "OPEC Secretariat", why="'It' resolves to the secretariat; 'the eight countries' refers back (no FIGURE). The full stop inside the closing mark is inside the QUOTE.",
          q=[('"depending on market conditions."', "OPEC Secretariat")]),
    ],
    [S('The group will meet again on April 5 to decide May production levels.',
       "", why="A fixed future meeting: checkable, outlet's voice. 'April 5' a date.")],
    [S("Brent crude futures fell 1.8 percent to $68.40 a barrel on Friday, their lowest close since December, as traders weighed signs of slowing demand in China and a build in US inventories.",
       "", why="Market data in the outlet's voice; 'a barrel' has the article and ends the span.",
       f=[("1.8 percent", "1.8"), ("$68.40", "68.40")])],
    [
        S('Saudi Energy Minister Prince Abdulaziz bin Salman told the official Saudi Press Agency (SPA) that the decision reflected "a healthy market outlook" and the group\'s confidence in demand over the summer.',
          "Prince Abdulaziz bin Salman", why="'told SPA' is a tag, the agency an audience; title dropped, 'Prince' kept.",
          q=[('"a healthy market outlook"', "Prince Abdulaziz bin Salman")]),
        S('"We are not chasing prices; we are responding to what our customers are asking for," he said.',
          N, why="Quotation plus tag: a stance. 'he' resolves to Prince Abdulaziz bin Salman.",
          q=[('"We are not chasing prices; we are responding to what our customers are asking for,"', "Prince Abdulaziz bin Salman")]),
    ],
    [S('Russian Deputy Prime Minister Alexander Novak told reporters in Moscow that the group had "no reason to hold back" while commercial oil stocks in industrialized countries remained below their five-year average.',
       "Alexander Novak", why="Reported speech with a partial quotation; title dropped. 'five-year' a hyphenated compound.",
       q=[('"no reason to hold back"', "Alexander Novak")],
       f=[("five-year", "5")])],
    [
        S("Saudi Arabia's share of the April increase is 62,000 bpd, taking its required production to 10.1 million bpd, according to a table published by OPEC.",
          "OPEC", why="'according to a table published by OPEC': OPEC is the source.",
          f=[("62,000 bpd", "62000"), ("10.1 million bpd", "10100000")]),
        S("The Kingdom pumped 9.97 million bpd in February, according to OPEC's latest monthly oil market report.",
          "OPEC", why="'according to' OPEC's report.",
          f=[("9.97 million bpd", "9970000")]),
    ],
    [S("The UAE's Ministry of Energy and Infrastructure said in a statement carried by state news agency WAM that the country would raise its output by 24,000 bpd in April in line with the agreement.",
       "UAE's Ministry of Energy and Infrastructure", why="The ministry is the author; WAM only carried the statement.",
       f=[("24,000 bpd", "24000")])],
    [
        S("The eight producers also submitted updated compensation plans for Iraq and Kazakhstan, which have repeatedly pumped above their quotas, the statement said.",
          "OPEC Secretariat", why="'the statement' is the secretariat's; 'The eight producers' refers back."),
        S("Under the plans, the two countries will make additional cuts totalling 4.2 million barrels by the end of June.",
          "", why="Continues the statement with no tag of its own: outlet's voice. 'the two countries' refers back; a volume keeps its noun.",
          f=[("4.2 million barrels", "4200000")]),
    ],
    [
        S("Analysts said the group was prioritising market share over prices as producers outside OPEC+, led by the US, Brazil and Guyana, continued to raise output.",
          "Analysts", why="Unnamed analysts keep their description."),
        S('"The message from Riyadh is that it will not give up barrels to keep prices at $80," said Nasser Al-Dossary, an oil analyst at Al Rajhi Capital.',
          N, why="Quotation plus inverted tag: an interpretation, not checkable. Job description dropped; the FIGURE inside the quote is marked.",
          q=[('"The message from Riyadh is that it will not give up barrels to keep prices at $80,"', "Nasser Al-Dossary")],
          f=[("$80", "80")]),
        S("He said he expected Brent to average between $65 and $72 a barrel in the second quarter.",
          "Nasser Al-Dossary", why="Reported speech (a forecast): that he said it is checkable. A range is one FIGURE; 'second quarter' an ordinal.",
          f=[("between $65 and $72", "65-72")]),
    ],
    [
        S("The Ministry of Finance projected in December that the Kingdom would run a budget deficit of SR165 billion ($44 billion) in 2026, on spending of SR1.313 trillion and revenue of SR1.147 trillion.",
          "Ministry of Finance", why="The ministry's projection passed on; the dollar conversion is a second FIGURE; '2026' a year.",
          f=[("SR165 billion", "165000000000"), ("$44 billion", "44000000000"), ("SR1.313 trillion", "1313000000000"), ("SR1.147 trillion", "1147000000000")]),
        S("Oil revenue made up 59 percent of government income last year, the ministry said.",
          "Ministry of Finance", why="'the ministry' resolves to the Ministry of Finance, its nearest mention.",
          f=[("59 percent", "59")]),
        S("Economists at Riyadh-based Jadwa Investment have estimated that the budget assumes an average Brent price of about $74 a barrel.",
          "Jadwa Investment", why="Economists at a named firm: the firm is the claimant (eval13's researchers at a university).",
          f=[("about $74", "74")]),
    ],
    [S("Shares of Saudi Aramco closed 0.9 percent lower at SR24.10 on the Saudi Exchange on Sunday, while the main TASI index slipped 0.4 percent.",
       "", why="Market data in the outlet's voice; 'TASI' is an index name.",
       f=[("0.9 percent", "0.9"), ("SR24.10", "24.10"), ("0.4 percent", "0.4")])],
    [S('Related', N, why="Block label.")],
    [S("Saudi Aramco keeps April Arab Light price to Asia unchanged", N, why="Related-story headline.")],
    [S("Saudi non-oil exports rise 9% in January on machinery and chemicals", N, why="Related-story headline: no CLAIM; its FIGURE is marked.",
       f=[("9%", "9")])],
])

# ---------------------------------------------------------------------------
# 3. uae_sweihan_heat_dust_storm: Gulf News-style weather story, curly
#    double quotes in the body, "\n", Most Read block
# ---------------------------------------------------------------------------
ARTICLES["uae_sweihan_heat_dust_storm"] = dict(nl="\n", paras=[
    [S("Gulf News", N, why="Site line.")],
    [S("UAE | Weather", N, why="Section line.")],
    [S("UAE records 51.6°C in Sweihan as dust storm cuts visibility to under 500 metres",
       N, why="Headline: no CLAIM; FIGUREs marked ('under' an approximator).",
       f=[("51.6°C", "51.6"), ("under 500 metres", "500")])],
    [S("NCM issues red alert for Al Dhafra; MoHRE reminds employers of midday break rules",
       N, why="Dek: no CLAIM, no FIGURE.")],
    [S("By Mariam Al Suwaidi, Staff Reporter", N, why="Byline.")],
    [S("Published: July 13, 2026 19:05", N, why="Page timestamp (a date and a clock time).")],
    [S("A worker shields his face from blowing sand on Sheikh Mohammed bin Zayed Road in Dubai on Monday. Image Credit: Ahmed Kutty/Gulf News",
       N, why="Photo caption and credit (one line, treated as one item).")],
    [
        S("Dubai:", N, why="Inline dateline: furniture, not part of the first sentence."),
        S("Temperatures in the UAE climbed to 51.6°C on Monday, the highest reading of the year so far, as a dust storm swept across the country and cut visibility on several highways to under 500 metres.",
          "", why="The lede in the outlet's voice (the source is named in the next sentence); 'several' is no number word.",
          f=[("51.6°C", "51.6"), ("under 500 metres", "500")]),
    ],
    [
        S("The reading was recorded in Sweihan, in Al Ain region, at 2.45pm, according to the National Centre of Meteorology (NCM).",
          "National Centre of Meteorology", why="'according to' the centre; a clock time is no FIGURE."),
        S("The NCM said Abu Dhabi city reached 47.2°C and Dubai International Airport 45.8°C, while humidity along the coast rose above 80 per cent overnight.",
          "NCM", why="Reported statement; the name as the sentence gives it. 'above' an approximator; 'per cent' the unit.",
          f=[("47.2°C", "47.2"), ("45.8°C", "45.8"), ("above 80 per cent", "80")]),
    ],
    [S("The centre issued a red alert for blowing dust in Al Dhafra region and an orange alert for Abu Dhabi and Dubai, warning motorists that winds gusting up to 50km/h could reduce horizontal visibility to less than 1,000 metres at times.",
       "NCM", why="The alert and its warning passed on; 'The centre' resolves to 'NCM' at the nearest mention. 'up to', 'less than' approximators.",
       f=[("up to 50km/h", "50"), ("less than 1,000 metres", "1000")])],
    [
        S("“Temperatures will start to ease slightly from Wednesday, but we expect them to stay above 45 degrees Celsius inland until the end of the week,” Dr Saeed Al Kaabi, a forecaster at the NCM, told Gulf News.",
          N, why="Quotation plus tag: a forecast in the speaker's own words, not a checkable fact. 'told Gulf News' a tag; job description dropped, 'Dr' kept.",
          q=[("“Temperatures will start to ease slightly from Wednesday, but we expect them to stay above 45 degrees Celsius inland until the end of the week,”", "Dr Saeed Al Kaabi")],
          f=[("above 45 degrees Celsius", "45")]),
        S("He said sea-surface temperatures in the Arabian Gulf had reached 35°C, about 2°C above the July average.",
          "Dr Saeed Al Kaabi", why="Reported speech; 'He' resolves to the name at the nearest mention. 'July' is a month name.",
          f=[("35°C", "35"), ("about 2°C", "2")]),
    ],
    [
        S("Abu Dhabi Police said on X that it had cut the speed limit on the Abu Dhabi–Al Ghuwaifat highway to 80km/h between 11am and 6pm and urged drivers to keep a safe distance.",
          "Abu Dhabi Police", why="Reported statement (a measure and an appeal); clock times are no FIGUREs.",
          f=[("80km/h", "80")]),
        S("Police recorded 14 minor accidents on roads in the emirate’s western region on Monday, none of them with serious injuries, a police spokesperson said.",
          "police spokesperson", why="An unnamed spokesperson keeps the description. The adjective 'minor' ends the span.",
          f=[("14", "14")]),
    ],
    [
        S("The Ministry of Human Resources and Emiratisation (MoHRE) reminded employers that outdoor work under direct sunlight is banned between 12.30pm and 3pm until September 15 under the annual midday break.",
          "Ministry of Human Resources and Emiratisation", why="A reminder passed on from the ministry; clock times and a date are no FIGUREs."),
        S("Companies that break the rule face a fine of Dh5,000 for each worker, up to Dh50,000, the ministry said.",
          "Ministry of Human Resources and Emiratisation", why="'the ministry' resolves to its name; 'up to' an approximator inside the span.",
          f=[("Dh5,000", "5000"), ("up to Dh50,000", "50000")]),
        S("MoHRE said its inspectors had carried out more than 31,000 site visits since the ban took effect on June 15 and found 48 violations.",
          "MoHRE", why="Reported statement; the name as the sentence gives it. 'site visits' a compound counted noun; 'June 15' a date.",
          f=[("more than 31,000 site visits", "31000"), ("48 violations", "48")]),
    ],
    [
        S("Dr Rania Fawzy, an emergency physician at a private hospital in Dubai’s Al Qusais area, said the hospital had treated 27 patients for heat exhaustion and dehydration in the past week, most of them delivery riders and construction workers.",
          "Dr Rania Fawzy", why="Reported speech; job description dropped, 'Dr' kept. 'the past week' has no number.",
          f=[("27 patients", "27")]),
        S("“Many of them waited too long before coming in,” she said.",
          N, why="Quotation plus tag: a judgement ('too long').",
          q=[("“Many of them waited too long before coming in,”", "Dr Rania Fawzy")]),
        S("“Drink water before you feel thirsty, and avoid being outdoors in the afternoon if you can.”",
          N, why="Continuation quotation: advice.",
          q=[("“Drink water before you feel thirsty, and avoid being outdoors in the afternoon if you can.”", "Dr Rania Fawzy")]),
    ],
    [
        S("In Al Ain, resident Khalid Al Dhaheri, 62, said he could not remember a July with so many dusty days.",
          "Khalid Al Dhaheri", why="Reported speech of a resident; bare age after the name.",
          f=[("62", "62")]),
        S("“The sand was coming through the windows even when they were closed,” he said.",
          "Khalid Al Dhaheri", why="Quotation plus tag: the resident's account of what happened, checkable.",
          q=[("“The sand was coming through the windows even when they were closed,”", "Khalid Al Dhaheri")]),
    ],
    [
        S("The NCM said convective clouds could form over eastern areas on Wednesday, bringing light to moderate rain.",
          "NCM", why="Reported forecast: that the centre said it is checkable."),
        S("Al Ain recorded 8.2mm of rain during a brief storm last Thursday.",
          "", why="A past measurement in the outlet's voice; the unit letters stay.",
          f=[("8.2mm", "8.2")]),
    ],
    [S("The country’s highest temperature on record is 52.1°C, measured at Mezaira in Al Dhafra region in July 2002, according to the NCM.",
       "NCM", why="'according to the NCM'; 'July 2002' a date.",
       f=[("52.1°C", "52.1")])],
    [S("Most Read", N, why="Block label.")],
    [S("UAE petrol prices for August announced: Super 98 down 12 fils a litre", N, why="Most Read headline: no CLAIM; '12 fils' a FIGURE ('a litre' has the article), 'Super 98' a grade's name.",
       f=[("12 fils", "12")])],
    [S("Dubai Metro to run until 2am on weekend nights through August", N, why="Most Read headline; a clock time is no FIGURE.")],
    [S("Abu Dhabi opens new beach at Al Bateen with shaded seating and night swimming", N, why="Most Read headline.")],
])
