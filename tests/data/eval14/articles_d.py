"""Held-out articles, set D (writer d): three original news stories written
for the fourteenth evaluation set in the style of North American local
news of crime, courts and emergencies, as text scraped off the web with
the page furniture a scraper keeps (cf. /work/shared/corpus), at ordinary
local-news density. Real places, roads and public institutions appear
(Dayton Police Department, Dayton Municipal Court, Montgomery County,
Miami Valley Hospital, Ontario Superior Court in Brampton, the Ontario
Provincial Police, Highway 410, CBC News, Oklahoma Forestry Services, Payne
County Emergency Management, the National Weather Service in Norman, the
Oklahoma Mesonet, the American Red Cross), but the events, figures and
every quoted or reported word are invented; the TV station `WDVN 4`, the
`Cimarron Ledger`, the reporters and every private person, police officer,
prosecutor, lawyer and judge named are invented. Phone numbers are
fictional 555 numbers.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md, the
corpus gold and the judgement calls of eval3-eval13 where they apply.

`dayton_salem_ave_shooting_bond` is a US local TV station website story (a
man charged with murder after a shooting outside a Dayton store pleads not
guilty and is held on a $1 million cash bond; police, court records, an
affidavit, a sergeant, the prosecutor, the public defender, the victim's
mother) with straight double quotes and straight apostrophes, "\\n" line
ends: station line, headline, `by:` byline, `Posted:` / `Updated:`
stamps, a booking-photo caption with a `(Photo courtesy of ...)` credit, a
`DAYTON, Ohio (WDVN) —` dateline, a tip-line appeal, a `Related:` line,
the station's `For the latest news ...` line and a Nexstar copyright line.
`brampton_highway_410_crash_sentencing` is a CBC News (Toronto) court
story (a drunk, speeding driver who killed a mother and her daughter on
Highway 410 is sentenced to eight years; the judge's reasons, the Crown
and defence positions, the husband's victim impact statement, an OPP
sergeant) with straight double quotes, Canadian spelling (`defence`,
`kilometres`, `travelling`) and "\\r\\n" (CRLF) line ends: section label,
headline, dek, the CBC byline-and-stamp line, `Social Sharing`, a caption
with a `(Submitted by ...)` credit, an `If you or someone you know ...`
help line, a `RELATED STORIES` block, a `With files from` line and the
CBC footer links.
`stillwater_council_creek_wildfire` is a US local newspaper website story
(a wind-driven grass and cedar fire east of Stillwater, Oklahoma: acres,
homes destroyed, containment, evacuations, a shelter, a red flag warning,
rainfall, a burn ban; the county emergency manager, a homeowner, a Red
Cross and a sheriff's office spokesperson) with curly double quotes and
curly apostrophes, "\\n" line ends: site line, headline, dek, byline,
date/`Updated` stamp, a caption with a `(Photo courtesy of ...)` credit,
two shelter phone lines, a `Related:` line and an author line with an
email address.

Judgement calls made where the guidelines leave room (earlier sets' calls
followed: approximators inside the span; years, dates, clock times,
ordinals not FIGUREs; bare ages after names are FIGUREs; titles dropped,
honorifics kept; a bare number whose counted noun does not follow is a
FIGURE of the number alone; an adjective between number and noun ends
the span; `twice`/`once` no FIGURE; `hundreds` an inexact FIGURE with an
empty value; a range is one FIGURE `low-high`; relative stamps (`2 hours
ago`) no FIGURE; headline, dek, byline, stamps, captions and credits,
datelines, `Related` lines, help-line and tip-line boxes, footers get no
CLAIM but their QUOTEs and FIGUREs are marked; the outlet's own reporting
has an empty claimant, as in the corpus gold and every earlier set):
- Police ranks and court offices are titles and are dropped from names:
  `Sgt. Dana Whitfield` -> `Dana Whitfield`, `Sgt. Rhonda Kealey` ->
  `Rhonda Kealey`, `Assistant Montgomery County Prosecutor Nathan Cole`
  -> `Nathan Cole`, `Judge Carla Benning`, `Justice Maureen Adeyemi` ->
  `Adeyemi` (the judge's title in Ontario, as eval13's `Justice`), `public
  defender`, `Crown prosecutor`, `Defence lawyer`, `director of ...` are
  job descriptions. `Mr.` inside the judge's quotation is part of the
  quoted words.
- Document sources without an author keep their description without the
  article, as eval11's `customs data` / `staff report`: `Dayton Municipal
  Court records show` -> `Dayton Municipal Court records`; `According to
  an affidavit` / `the affidavit states` / `The affidavit says` ->
  `affidavit`; `according to police data` -> `police data`; `according
  to an accident reconstruction report filed at trial` -> `accident
  reconstruction report`. `Dayton police said` / `police said` -> `Dayton
  police` (the form the story uses, at its nearest mention); `officials
  said` -> `officials` (eval10's `Officials`); `a Red Cross spokesperson`
  -> `Red Cross spokesperson`, `A Payne County Sheriff's Office
  spokesperson` -> `Payne County Sheriff’s Office spokesperson` (eval10's
  `Cradlepath spokesperson`); `Forecasters said` -> `Forecasters`;
  `according to the Oklahoma Mesonet`, `according to Oklahoma Forestry
  Services` and `The agency said` -> the agency's name.
- `the court heard` names nobody who asserts the evidence: claimant empty
  (eval5, eval7, eval12; eval9's `court` is the minority call). A court's
  own acts and orders (`pleaded not guilty`, `was found guilty`, `set bond
  at ...`, `handed down the sentence`, `banned ... from driving`), a
  scheduled hearing and the county commissioners' vote are events in the
  outlet's voice: CLAIM, claimant empty. So is `The National Weather
  Service ... had issued a red flag warning ..., with humidity dropping to
  9% and ...`: the warning is reported as an act, and its conditions are
  stated by the paper.
- Money for bail and bond: the FIGURE is the amount (`$1 million`,
  `$250,000`); the words after it (`cash bond`, `cash`) are not what is
  counted (eval12's `93mph gusts` -> `93mph`). Each restatement of the
  bond (requested, set) is a fresh quantity in a new statement: FIGURE
  each time.
- Charges with counts: `one count`, `two counts` keep the noun `count(s)`
  (eval3, eval7, eval9); `one count` is a number here, not the pronoun.
  `two prior felony convictions`: the adjective `prior` ends the span
  (`two`).
- Addresses and roads are names, not FIGUREs: `the 1400 block of Salem
  Avenue`, `Highway 410`, `State Highway 51`, `Highway 51`; the phone
  numbers and the email address hold none. `Sept. 14, 2024`, `Jan. 1`,
  `March 12`, `11 p.m.`, `1 p.m.`, `8 p.m.` are dates and clock times;
  `fourth homicide`, `first house`, `first hour` ordinals.
- `170 milligrams of alcohol in 100 millilitres of blood`: the reading is
  the FIGURE `170 milligrams`; `100 millilitres` is the fixed denominator
  of the unit, not a second quantity (as eval13's `1,850 per 100,000
  person-years`, whose denominator is no FIGURE of its own). `the legal
  limit of 80` -> FIGURE `80`. `more than twice the legal limit` holds no
  FIGURE (`twice`).
- Speeds keep their unit (`163 km/h`, `100 km/h`, `more than 55 mph`,
  `55 mph`); `30 to 35 mph` is one range (`30-35`); rainfall keeps
  `inches` (`1.6 inches`, `about 3 inches`); `about 9,400 acres`. `more
  than 200 head of cattle and horses` -> `more than 200 head` (`head` is
  the counting unit, `of` stops the span). `two helicopters from the
  Oklahoma National Guard` -> `two helicopters`; `at least 14 fire
  departments`, `11 shell casings` keep their noun-noun compounds.
- `six years and three months left to serve` is two FIGUREs (eval12's
  `six years and eight months`); `five to six years` is one range
  (`5-6`); `10-year`, `three-week`, `nine-year-old`, `9-year-old`,
  `4-year-old`, `24-year-old` are hyphenated compounds.
- `compared with seven at the same point last year` -> FIGURE `seven`
  (homicides, the noun elided); `Dayton's fourth homicide` is an ordinal.
  `Two lives were taken` in the judge's words counts lives (eval12's
  `two lives at risk`): FIGURE `Two lives`. `Related:` headline `2 teens`
  and `5 more Oklahoma counties` (`more` ends the span -> `5`).
- Quotation plus tag is a CLAIM when the quoted words assert something
  checkable (the sergeant's tips within hours; the prosecutor's `He fired
  at least 11 shots ...`; the judge's `drove for more than 20 kilometres
  ...` and `Two lives were taken ...`; the emergency
  manager's `It jumped Highway 51 twice in the first hour ...`; the
  homeowner's barn on fire and `We've lived out there 38 years.`); no
  CLAIM for opinions, wishes, grief, appeals and generalisations (`This
  was a senseless act ...`, `He was the one everybody called ...`, `I
  want the person who did this to answer for it.`, `I lost my whole world
  on that highway`, `Every one of those charges is someone who decided
  ...`, `If you are told to leave, please leave.`, `I don't know yet
  what's left.`). The homeowner's two-sentence quotation with no tag is
  one QUOTE (paragraph dict) with a decision per inner sentence.
- The judge's partial quotation `"a series of deliberate choices, not a
  single bad one."` keeps the full stop inside the closing mark; `a
  single` is no FIGURE. `"ever be enough"` is a three-word partial
  quotation (QUOTE).
- Pronouns resolve to the nearest naming mention: `she said` after the
  mother -> `Yvette Pryor`; `he told the court` after the husband ->
  `Daniel Lim`; `He said` (scholarship) -> `Lim` (the name in the
  preceding sentence); `she said` after the judge -> `Adeyemi`; `she
  said` after the OPP sergeant -> `Rhonda Kealey`; `he said` after the
  homeowner -> `Ron Keeling`; `the district said` -> `Stillwater Public
  Schools`. The prosecutor's `at least 11 shots` is his own count in
  court (a new quantity, not a back-reference to the affidavit's `11 shell
  casings`): FIGURE.
- `Having weapons while under disability is an Ohio charge for ...` is
  background law in the station's voice: CLAIM, claimant empty. `Pryor
  was taken to Miami Valley Hospital, where he died early Saturday.`,
  `Both died at the scene.`, `No deaths had been reported Wednesday
  night.`, `The cause of the fire is under investigation.` have no tag:
  outlet's voice.
- `Tips can be left anonymously.`, the shelter phone lines and the CBC
  help line are service information for readers (boilerplate): no CLAIM.
  The `RELATED STORIES` link lines are headlines: no CLAIM, FIGUREs
  marked.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. dayton_salem_ave_shooting_bond: US TV station site, straight quotes,
#    "\n", station line, stamps, caption, dateline, tip line, Related,
#    Nexstar copyright
# ---------------------------------------------------------------------------
ARTICLES["dayton_salem_ave_shooting_bond"] = dict(nl="\n", paras=[
    [S('''WDVN 4 News | Dayton''', N, why="Station/site line.")],
    [S('''Dayton man accused in deadly Salem Avenue shooting held on $1 million bond''',
       N, why="Headline: no CLAIM; the bond amount is a FIGURE.",
       f=[("$1 million", "1000000")])],
    [S('''by: Kelsey Marchand''', N, why="Byline.")],
    [S('''Posted: Mar 3, 2026 / 06:14 PM EST''', N, why="Timestamp (date and clock time).")],
    [S('''Updated: Mar 3, 2026 / 07:02 PM EST''', N, why="Timestamp (date and clock time).")],
    [
        S('''Terrell Ashby, 27, in a booking photo.''',
          N, why="Photo caption: no CLAIM; the bare age is a FIGURE.",
          f=[("27", "27")]),
        S('''(Photo courtesy of the Montgomery County Sheriff's Office)''', N, why="Photo credit."),
    ],
    [
        S('''DAYTON, Ohio (WDVN) —''', N, why="Dateline: its own item before the lede."),
        S('''A Dayton man accused of shooting and killing another man outside a convenience store on Salem Avenue pleaded not guilty to murder Tuesday and was ordered held on a $1 million cash bond.''',
          "", why="The station's own reporting of the court hearing. 'cash bond' is not what the amount counts: FIGURE '$1 million'.",
          f=[("$1 million", "1000000")]),
    ],
    [
        S('''Terrell Ashby, 27, is charged with one count of murder, two counts of felonious assault and one count of having weapons while under disability, Dayton Municipal Court records show.''',
          "Dayton Municipal Court records", why="A document source without an author keeps its description. Counts keep the noun 'count(s)'; 'one count' occurs twice.",
          f=[("27", "27"), ("one count", "1", 1), ("two counts", "2"), ("one count", "1", 2)]),
        S('''Having weapons while under disability is an Ohio charge for people barred from owning guns because of prior convictions.''',
          "", why="Background law in the station's voice: checkable."),
    ],
    [
        S('''Dayton police said Ashby shot Devon Pryor, 31, of Trotwood, several times in the parking lot of a store in the 1400 block of Salem Avenue shortly before 11 p.m. Friday.''',
          "Dayton police", why="Reported police account. '1400 block' is an address; '11 p.m.' a clock time; 'several times' holds no number.",
          f=[("31", "31")]),
        S('''Pryor was taken to Miami Valley Hospital, where he died early Saturday.''',
          "", why="No tag of its own: the station's voice."),
        S('''A 24-year-old man who was standing nearby was shot in the leg and has since been released from the hospital, police said.''',
          "Dayton police", why="'police' resolves to the form at the nearest mention.",
          f=[("24-year-old", "24")]),
    ],
    [
        S('''According to an affidavit filed in the case, surveillance video shows Ashby and Pryor arguing near the store's front counter for about two minutes before Pryor walked outside and Ashby followed him.''',
          "affidavit", why="'According to an affidavit': the document's description without the article.",
          f=[("about two minutes", "2")]),
        S('''The affidavit says a store employee told detectives the two men had argued earlier that evening about money Pryor said Ashby owed him.''',
          "affidavit", why="The affidavit is the source passing on the employee's account. 'the two men' refers back to Ashby and Pryor: no FIGURE."),
        S('''Investigators recovered 11 shell casings from the parking lot, the affidavit states.''',
          "affidavit", why="Noun-noun compound 'shell casings' stays in the span.",
          f=[("11 shell casings", "11")]),
    ],
    [
        S('''Ashby was arrested without incident Saturday afternoon at a home on Hoover Avenue, about 2 miles from the scene, Sgt. Dana Whitfield told WDVN 4.''',
          "Dana Whitfield", why="Reported speech; the rank 'Sgt.' is a title and is dropped. 'WDVN 4' is a station name.",
          f=[("about 2 miles", "2")]),
    ],
    [
        S('''"This was a senseless act, and it should never have happened," Whitfield said.''',
          N, why="Quotation plus tag: an opinion.",
          q=[('''"This was a senseless act, and it should never have happened,"''', "Whitfield")]),
        S('''"People in that neighborhood called in tips within hours, and that is how we found him."''',
          "Whitfield", why="Continuation quotation asserting a checkable account of the arrest.",
          q=[('''"People in that neighborhood called in tips within hours, and that is how we found him."''', "Whitfield")]),
    ],
    [
        S('''At Tuesday's arraignment, Assistant Montgomery County Prosecutor Nathan Cole asked for a $1 million bond, telling the court Ashby has two prior felony convictions and was on post-release control when the shooting happened.''',
          "Nathan Cole", why="Reported request and assertion of the prosecutor; his office title is dropped. The adjective 'prior' ends the span: FIGURE 'two'.",
          f=[("$1 million", "1000000"), ("two", "2")]),
        S('''"He fired at least 11 shots in a parking lot where people were walking to their cars," Cole told the judge.''',
          "Cole", why="Quotation plus tag asserting a checkable fact (the shots fired); 'Cole' is the name in the tag.",
          q=[('''"He fired at least 11 shots in a parking lot where people were walking to their cars,"''', "Cole")],
          f=[("at least 11 shots", "11")]),
    ],
    [
        S('''Ashby's attorney, public defender Rachel Okafor, asked for bond to be set at $250,000, saying her client had lived in Dayton his whole life, has a 4-year-old daughter and was not a flight risk.''',
          "Rachel Okafor", why="Reported speech; the job description goes. '4-year-old' is a hyphenated compound.",
          f=[("$250,000", "250000"), ("4-year-old", "4")]),
    ],
    [
        S('''Judge Carla Benning set bond at $1 million cash and ordered Ashby to have no contact with Pryor's family or any witnesses if he is released.''',
          "", why="A court order reported as an event in the station's voice (eval5).",
          f=[("$1 million", "1000000")]),
        S('''A preliminary hearing is scheduled for March 12.''',
          "", why="A fixed court date: checkable (eval7 fixtures); 'March 12' is a date."),
    ],
    [
        S('''Outside the courtroom, Pryor's mother, Yvette Pryor, said her son had worked at a tire shop in Trotwood for six years and was saving to buy his first house.''',
          "Yvette Pryor", why="Reported speech; 'first' is an ordinal.",
          f=[("six years", "6")]),
    ],
    [
        S('''"He was the one everybody called when they needed help," she said.''',
          N, why="Quotation plus tag: a characterisation of her son; 'the one' is a pronoun. 'she' resolves to Yvette Pryor.",
          q=[('''"He was the one everybody called when they needed help,"''', "Yvette Pryor")]),
        S('''"I want the person who did this to answer for it."''',
          N, why="Continuation quotation: a wish.",
          q=[('''"I want the person who did this to answer for it."''', "Yvette Pryor")]),
    ],
    [
        S('''Pryor's killing was Dayton's fourth homicide of 2026, according to police data, compared with seven at the same point last year.''',
          "police data", why="'according to police data': description without an article. 'fourth' is an ordinal, '2026' a year; 'seven' counts homicides (noun elided).",
          f=[("seven", "7")]),
    ],
    [
        S('''Anyone with information about the shooting is asked to call the Dayton Police Department at 937-555-0142 or Miami Valley Crime Stoppers at 937-555-0187.''',
          N, why="Tip-line appeal (boilerplate); phone numbers are no FIGUREs."),
        S('''Tips can be left anonymously.''', N, why="Tip-line boilerplate."),
    ],
    [S('''Related: 2 teens hurt in drive-by shooting near Dayton park, police say''',
       N, why="Related-link line: no CLAIM; its FIGURE is marked.",
       f=[("2 teens", "2")])],
    [S('''For the latest news, weather, sports, and streaming video, head to WDVN 4.''', N, why="Station boilerplate.")],
    [
        S('''Copyright 2026 Nexstar Media Inc. All rights reserved.''', N, why="Copyright footer."),
        S('''This material may not be published, broadcast, rewritten, or redistributed.''', N, why="Copyright footer."),
    ],
])

# ---------------------------------------------------------------------------
# 2. brampton_highway_410_crash_sentencing: CBC News (Toronto), straight
#    quotes, "\r\n" (CRLF), Canadian spelling
# ---------------------------------------------------------------------------
ARTICLES["brampton_highway_410_crash_sentencing"] = dict(nl="\r\n", paras=[
    [S('''Toronto''', N, why="Section label.")],
    [S('''Brampton driver who killed mother, daughter in Highway 410 crash sentenced to 8 years''',
       N, why="Headline: no CLAIM; FIGURE marked. 'Highway 410' is a road name.",
       f=[("8 years", "8")])],
    [S('''Jason Kerrigan, 29, was driving at 163 km/h with more than twice the legal limit of alcohol in his blood, court heard''',
       N, why="Dek: no CLAIM; FIGUREs marked ('twice' is none).",
       f=[("29", "29"), ("163 km/h", "163")])],
    [S('''Priya Raman · CBC News · Posted: Mar 03, 2026 4:15 PM EST | Last Updated: 2 hours ago''',
       N, why="Byline and timestamps; '2 hours ago' is a relative stamp (eval12), no FIGURE.")],
    [S('''Social Sharing''', N, why="Share control.")],
    [
        S('''Vanessa Lim, 34, and her daughter Chloe, 9, were killed when their car was hit from behind on Highway 410 in September 2024.''',
          N, why="Photo caption: no CLAIM; the bare ages are FIGUREs.",
          f=[("34", "34"), ("9", "9")]),
        S('''(Submitted by the Lim family)''', N, why="Photo credit."),
    ],
    [
        S('''A Brampton man who was drunk and speeding when he slammed into a car on Highway 410, killing a mother and her nine-year-old daughter, has been sentenced to eight years in prison.''',
          "", why="The lede in CBC's voice.",
          f=[("nine-year-old", "9"), ("eight years", "8")]),
    ],
    [
        S('''Jason Kerrigan, 29, was found guilty in November of two counts of impaired driving causing death and two counts of dangerous driving causing death after a three-week trial in Ontario Superior Court in Brampton.''',
          "", why="The verdict as a fact in CBC's voice; 'two counts' occurs twice.",
          f=[("29", "29"), ("two counts", "2", 1), ("two counts", "2", 2), ("three-week", "3")]),
    ],
    [
        S('''Justice Maureen Adeyemi handed down the sentence Tuesday and also banned Kerrigan from driving for 12 years after his release.''',
          "", why="Court's act and order reported as events.",
          f=[("12 years", "12")]),
        S('''With credit for 21 months already spent in custody, he has six years and three months left to serve.''',
          "", why="The terms of the sentence, in CBC's voice; a compound term is two FIGUREs (eval12).",
          f=[("21 months", "21"), ("six years", "6"), ("three months", "3")]),
    ],
    [
        S('''Vanessa Lim, 34, and her daughter Chloe were driving home from a birthday party in Mississauga shortly before midnight on Sept. 14, 2024, when Kerrigan's pickup truck struck the back of their Honda Civic in the southbound lanes near Bovaird Drive, the court heard.''',
          "", why="'the court heard' names nobody who asserts it: claimant empty (eval5, eval7, eval12). 'Sept. 14, 2024' is a date.",
          f=[("34", "34")]),
        S('''Both died at the scene.''', "", why="No tag: CBC's voice."),
    ],
    [
        S('''Kerrigan's truck was travelling at 163 km/h five seconds before the crash, on a stretch of highway where the speed limit is 100 km/h, according to an accident reconstruction report filed at trial.''',
          "accident reconstruction report", why="A document source keeps its description without the article. Speeds keep their unit.",
          f=[("163 km/h", "163"), ("five seconds", "5"), ("100 km/h", "100")]),
        S('''A blood sample taken at hospital about two hours later showed 170 milligrams of alcohol in 100 millilitres of blood, more than twice the legal limit of 80.''',
          "", why="Trial evidence in CBC's voice. '100 millilitres' is the fixed denominator of the unit, not a quantity of its own; 'twice' no FIGURE; 'the legal limit of 80' is a FIGURE.",
          f=[("about two hours", "2"), ("170 milligrams", "170"), ("80", "80")]),
    ],
    [
        S('''Crown prosecutor Mark Sutherland had asked for a 10-year sentence, arguing Kerrigan spent more than five hours drinking at a bar in Vaughan and turned down a friend's offer to drive him home.''',
          "Mark Sutherland", why="The Crown's position and argument; job title dropped.",
          f=[("10-year", "10"), ("more than five hours", "5")]),
    ],
    [
        S('''Defence lawyer Sabrina Kohli sought five to six years, telling the court her client had no criminal record, has been sober since the crash and wrote a letter of apology to the Lim family.''',
          "Sabrina Kohli", why="The defence position; a range is one FIGURE.",
          f=[("five to six years", "5-6")]),
    ],
    [
        S('''In her decision, Adeyemi said Kerrigan had made "a series of deliberate choices, not a single bad one."''',
          "Adeyemi", why="Reported speech with a partial quotation (full stop inside the mark); 'a single' no FIGURE.",
          q=[('''"a series of deliberate choices, not a single bad one."''', "Adeyemi")]),
    ],
    [
        S('''"Mr. Kerrigan drove for more than 20 kilometres on one of the busiest highways in the province before this collision," she said.''',
          "Adeyemi", why="Quotation plus tag asserting a checkable fact (the distance driven). 'she' resolves to Adeyemi; 'one of' is a pronoun.",
          q=[('''"Mr. Kerrigan drove for more than 20 kilometres on one of the busiest highways in the province before this collision,"''', "Adeyemi")],
          f=[("more than 20 kilometres", "20")]),
        S('''"Two lives were taken, and a family was destroyed."''',
          "Adeyemi", why="Continuation quotation; the deaths are checkable. 'Two lives' counts lives (eval12).",
          q=[('''"Two lives were taken, and a family was destroyed."''', "Adeyemi")],
          f=[("Two lives", "2")]),
    ],
    [
        S('''In a victim impact statement read in court in January, Vanessa's husband, Daniel Lim, said he still sets three places at the dinner table some nights before he remembers.''',
          "Daniel Lim", why="Reported speech from a victim impact statement.",
          f=[("three places", "3")]),
        S('''"I lost my whole world on that highway," he told the court.''',
          N, why="Quotation plus tag: grief, not a checkable fact. 'he' resolves to Daniel Lim.",
          q=[('''"I lost my whole world on that highway,"''', "Daniel Lim")]),
    ],
    [
        S('''Outside the courthouse on Tuesday, Lim said no sentence would "ever be enough" but that the family was relieved the case was over.''',
          "Lim", why="Reported speech with a three-word partial quotation.",
          q=[('''"ever be enough"''', "Lim")]),
        S('''He said a scholarship fund set up in Chloe's name at her elementary school in Mississauga has raised more than $40,000.''',
          "Lim", why="'He' resolves to Lim (the preceding sentence).",
          f=[("more than $40,000", "40000")]),
    ],
    [
        S('''Kohli said outside court that her client is considering an appeal.''',
          "Kohli", why="Reported speech."),
    ],
    [
        S('''Sgt. Rhonda Kealey of the Ontario Provincial Police, which investigated the crash, said officers in the province laid more than 11,000 charges for impaired driving in 2025, up from about 9,800 the year before.''',
          "Rhonda Kealey", why="Reported speech; rank dropped. The change's second number has no noun after it: bare FIGURE.",
          f=[("more than 11,000 charges", "11000"), ("about 9,800", "9800")]),
        S('''"Every one of those charges is someone who decided to get behind the wheel after drinking," she said.''',
          N, why="Quotation plus tag: a generalisation; 'Every one' is a pronoun. 'she' resolves to Rhonda Kealey.",
          q=[('''"Every one of those charges is someone who decided to get behind the wheel after drinking,"''', "Rhonda Kealey")]),
    ],
    [
        S('''If you or someone you know is struggling with alcohol use, help is available.''', N, why="Help-line box (boilerplate)."),
        S('''Call ConnexOntario at 1-866-555-0173.''', N, why="Help-line box; the phone number is no FIGURE."),
    ],
    [S('''RELATED STORIES''', N, why="Block heading.")],
    [S('''Driver charged after mother, 9-year-old daughter killed in Highway 410 crash''',
       N, why="Related-story headline: no CLAIM; FIGURE marked.",
       f=[("9-year-old", "9")])],
    [S('''Impaired driving charges up sharply across Ontario, OPP says''',
       N, why="Related-story headline.")],
    [S('''With files from Dale Whitmore''', N, why="Credit line.")],
    [S('''Corrections and clarifications | Submit a news tip | Report error''', N, why="Footer links.")],
])

# ---------------------------------------------------------------------------
# 3. stillwater_council_creek_wildfire: US local newspaper site, curly
#    quotes, "\n", wildfire with evacuations
# ---------------------------------------------------------------------------
ARTICLES["stillwater_council_creek_wildfire"] = dict(nl="\n", paras=[
    [S("The Cimarron Ledger | Local News", N, why="Site line and section label.")],
    [S("Wind-driven wildfire east of Stillwater burns 9,400 acres, destroys at least 23 homes",
       N, why="Headline: no CLAIM; FIGUREs marked.",
       f=[("9,400 acres", "9400"), ("at least 23 homes", "23")])],
    [S("Hundreds of residents evacuated as gusts topped 55 mph; fire 30% contained Wednesday night",
       N, why="Dek: no CLAIM; 'Hundreds' is inexact (empty value, the word alone since 'of' follows).",
       f=[("Hundreds", ""), ("55 mph", "55"), ("30%", "30")])],
    [S("By Caleb Ordway | Staff Writer", N, why="Byline.")],
    [S("Mar 4, 2026 Updated 10:12 PM", N, why="Date and clock-time stamp.")],
    [
        S("Smoke from the Council Creek Fire rises over pastureland near Perkins on Wednesday afternoon.",
          N, why="Photo caption."),
        S("(Photo courtesy of Payne County Emergency Management)", N, why="Photo credit."),
    ],
    [
        S("A wind-driven wildfire east of Stillwater had burned about 9,400 acres and destroyed at least 23 homes by Wednesday night, forcing hundreds of residents to flee as gusts of more than 55 mph pushed the flames across dry pastures, officials said.",
          "officials", why="Unnamed officials keep the description (eval10). 'hundreds' is inexact: empty value.",
          f=[("about 9,400 acres", "9400"), ("at least 23 homes", "23"), ("hundreds", ""), ("more than 55 mph", "55")]),
    ],
    [
        S("The Council Creek Fire started shortly after 1 p.m. near State Highway 51 and Stagecoach Road, about 8 miles east of Stillwater, according to Oklahoma Forestry Services.",
          "Oklahoma Forestry Services", why="'according to' names the agency. '1 p.m.' a clock time; 'State Highway 51' a road name.",
          f=[("about 8 miles", "8")]),
        S("The agency said the fire was 30% contained as of 8 p.m.",
          "Oklahoma Forestry Services", why="'The agency' resolves to its name at the nearest mention.",
          f=[("30%", "30")]),
    ],
    [
        S("Leah Brandt, director of Payne County Emergency Management, said crews from at least 14 fire departments were on the fire lines, along with two helicopters from the Oklahoma National Guard that were dropping water on hot spots near Perkins.",
          "Leah Brandt", why="Reported speech; job description dropped. 'fire departments' is a noun-noun compound.",
          f=[("at least 14 fire departments", "14"), ("two helicopters", "2")]),
    ],
    [
        S("“It jumped Highway 51 twice in the first hour, and once it got into the cedars there was no stopping it,” Brandt said.",
          "Brandt", why="Quotation plus tag: a checkable account of the fire's spread. 'twice', 'once' and 'first' are no FIGUREs.",
          q=[("“It jumped Highway 51 twice in the first hour, and once it got into the cedars there was no stopping it,”", "Brandt")]),
        S("“If you are told to leave, please leave.”",
          N, why="Continuation quotation: an appeal.",
          q=[("“If you are told to leave, please leave.”", "Brandt")]),
    ],
    [
        S("Mandatory evacuation orders covered about 600 homes between Stillwater and Perkins on Wednesday afternoon, Brandt said.",
          "Brandt", why="Reported speech.",
          f=[("about 600 homes", "600")]),
        S("A Red Cross spokesperson said about 140 people were expected to spend the night at a shelter at the Payne County Expo Center.",
          "Red Cross spokesperson", why="An unnamed spokesperson keeps the description without the article (eval10).",
          f=[("about 140 people", "140")]),
        S("The Expo Center also took in more than 200 head of cattle and horses from evacuated properties.",
          "", why="No tag: the paper's voice. 'head' is the counting unit; 'of' ends the span.",
          f=[("more than 200 head", "200")]),
    ],
    [
        S("Ron Keeling, 71, said he had about 20 minutes to get his wife and their two dogs into his truck before the flames reached the tree line behind their house on Stagecoach Road.",
          "Ron Keeling", why="Reported speech; bare age is a FIGURE.",
          f=[("71", "71"), ("about 20 minutes", "20"), ("two dogs", "2")]),
        S("“By the time we got to the end of the driveway, the barn was on fire,” he said.",
          "Ron Keeling", why="Quotation plus tag: an eyewitness account (checkable). 'he' resolves to Ron Keeling.",
          q=[("“By the time we got to the end of the driveway, the barn was on fire,”", "Ron Keeling")]),
    ],
    {"s": [
        S("“We’ve lived out there 38 years.",
          "Ron Keeling", why="First sentence of an untagged two-sentence quotation continuing his words: a checkable fact about himself.",
          f=[("38 years", "38")]),
        S("I don’t know yet what’s left.”",
          N, why="Second sentence of the quotation: his state of knowledge, not a checkable claim about the world."),
    ], "q": [("“We’ve lived out there 38 years. I don’t know yet what’s left.”", "Ron Keeling")]},
    [
        S("Two firefighters were treated for heat exhaustion and a resident suffered minor burns to his hands, Brandt said.",
          "Brandt", why="Reported speech; 'a resident' has the article.",
          f=[("Two firefighters", "2")]),
        S("No deaths had been reported Wednesday night.",
          "", why="No tag: the paper's voice."),
    ],
    [
        S("The National Weather Service in Norman had issued a red flag warning for much of central Oklahoma, with humidity dropping to 9% and sustained winds of 30 to 35 mph.",
          "", why="The warning reported as an act, its conditions stated by the paper: claimant empty. A speed range is one FIGURE.",
          f=[("9%", "9"), ("30 to 35 mph", "30-35")]),
        S("Stillwater has had 1.6 inches of rain since Jan. 1, about 3 inches below normal, according to the Oklahoma Mesonet.",
          "Oklahoma Mesonet", why="'according to' names the network. 'Jan. 1' is a date.",
          f=[("1.6 inches", "1.6"), ("about 3 inches", "3")]),
        S("Forecasters said winds would ease Thursday behind a cold front but that little or no rain was expected.",
          "Forecasters", why="Reported forecast: that it was said is checkable (eval10)."),
    ],
    [
        S("The cause of the fire is under investigation.",
          "", why="A checkable state of affairs in the paper's voice."),
        S("A Payne County Sheriff’s Office spokesperson said deputies were looking into reports from two drivers that sparks from a trailer’s safety chain dragging on the highway started the fire.",
          "Payne County Sheriff’s Office spokesperson", why="An unnamed spokesperson keeps the description without the article.",
          f=[("two drivers", "2")]),
    ],
    [
        S("Payne County commissioners voted Wednesday to extend a countywide burn ban for another 14 days.",
          "", why="A vote reported as an event. 'another' is not an approximator.",
          f=[("14 days", "14")]),
        S("Stillwater Public Schools canceled classes Thursday at two schools inside the evacuation area, the district said.",
          "Stillwater Public Schools", why="'the district' resolves to the name in the same sentence.",
          f=[("two schools", "2")]),
    ],
    [
        S("Residents who need shelter can call the Red Cross at 1-800-555-0167.",
          N, why="Service information for readers (boilerplate); phone number no FIGURE."),
        S("Livestock owners who need space for animals can call the Expo Center at 405-555-0131.",
          N, why="Service information for readers (boilerplate)."),
    ],
    [S("Related: Burn ban extended in 5 more Oklahoma counties as drought deepens",
       N, why="Related-link line: no CLAIM; 'more' ends the span, FIGURE '5'.",
       f=[("5", "5")])],
    [
        S("Caleb Ordway covers public safety for the Cimarron Ledger.", N, why="Author line (furniture like a byline)."),
        S("Email him at cordway@cimarronledger.com.", N, why="Author contact line."),
    ],
])
