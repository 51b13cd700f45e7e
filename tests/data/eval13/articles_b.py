"""Held-out articles, set B (writer b): three original fact-checks and
explainers written for the thirteenth evaluation set, as fact-checking
sites and news explainer desks publish them, scraped off the web with the
page furniture a scraper keeps (cf. /work/shared/corpus). Real public
figures and institutions appear (Nigel Farage, Reform UK, the ONS, the
NHS, UKHSA, the US CDC, AstraZeneca, Matthew Pennycook, Ben Beadle and the
NRLA, Generation Rent, the Ministry of Justice), but the events (the rally
clip, the viral posts), every quotation and statement attributed to them
and most numbers are invented; the outlets, reporters, the criminologist
and the paediatrician are invented too.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md, the
corpus gold and the judgement calls of eval3-eval12 where they apply. All
three use "\\n" between paragraphs (lines).

`farage_violent_crime_claim` is a UK fact-checking site's check (a clip of
Nigel Farage saying violent crime is up 50% in five years; ONS police
recorded crime against the Crime Survey; a Reform UK spokesman; a
criminologist) with curly double quotes and curly apostrophes: site line,
section label, headline, dek, byline, published/updated stamp, "Share this
article", a "Claim:" / "Verdict:" box, headings ("What was claimed", "What
the data shows", "Key facts", "What Reform UK says", "Our verdict"), a
bulleted key-facts list with "- " markers, an "Update, ...:" line, a
"Read more:" line and a tip-line footer.
`nasal_flu_spray_myth` is a health fact-check (viral posts saying children
given the nasal flu vaccine "shed" it for three weeks and infect
grandparents; UKHSA, the NHS, the CDC, a paediatrician) with curly double
quotes: site line, section label, headline, stamp, byline, share buttons,
a "Claim:" / "Rating:" box, question headings, a quoted viral post split
by its tag, a "Key facts" list with "• " markers, a "Verdict" section, a
"Correction, ...:" line, a methodology boilerplate line and a "Read more:"
line.
`renters_rights_act_explainer` is a news explainer on the Renters' Rights
Act's first stage (section 21 abolished, periodic tenancies, rent-rise and
bidding-war rules, fines; the housing minister, the NRLA, Generation Rent,
ONS and Ministry of Justice figures) with straight double quotes and
straight apostrophes: site line, label, headline, dek, byline, stamp,
"Share this article", a "What we know so far" section with question
headings ("Who is affected?"), a reactions heading, a "Key facts" list with
"- " markers, a "Read more:" line and an "Update, ...:" line.

Judgement calls made where the guidelines leave room:
- Page furniture gets no CLAIM: site line, section labels (`Fact check |
  Crime`, `Explainer`), headline, dek, byline, stamps, share lines,
  headings (statements or questions alike: `What was claimed`, `Who is
  affected?`), update and correction lines (notes about the article, not
  about the world), `Read more:` lines, methodology and tip-line
  boilerplate. QUOTEs and FIGUREs inside them are still marked (headline
  `50%`, `five years`; dek `thousands` with an empty value, `More than 11
  million people`; the update line's `at least two months`). `Year 9` /
  `Year 11` in the correction line (and `Year 11` in the body) are school
  year names, not FIGUREs.
- The fact-check box: the `Claim:` line restates what is being checked,
  as a label (like a dek or eval12's summary box), so it gets no CLAIM;
  its FIGUREs are marked (`50%`, `five years`, `up to 21 days`); the
  one-word `“shed”` in it is a scare quote. `Verdict: Misleading` /
  `Rating: False` and the bare `False.` under the `Verdict` heading are
  verdict labels; `We rate the claim misleading.` is the same label in
  sentence form: no CLAIM.
- The checker's own findings are CLAIMs in the outlet's voice, claimant
  empty, as the corpus gold and earlier sets give the outlet's own
  reporting (not the outlet's name): `That is a rise of about 24%, not
  50%.`, the `Our verdict` / `Verdict` sentences, `Even on the police
  figures, the rise ... was about half what Mr Farage said.`, `Reform UK
  did not respond when The Fact Desk first asked ...` (a checkable
  non-statement).
- `Key facts` bullets are full assertions in the page's voice (bullet
  style, no full stop): each is a CLAIM, as eval12's pinned `Key points`,
  with the claimant of its own attribution if it has one (`The ONS says
  ...` -> `ONS`; `The Crime Survey for England and Wales shows ...` ->
  `Crime Survey for England and Wales`, as eval12's `LSEG data showed` ->
  `LSEG`). The bullet marker (`-`, `•`) is kept out of the CLAIM span: it
  is its own non-claim item before the sentence (joined by one space).
- Viral posts: a post with no named author keeps its description without
  the article, `Facebook post` (`A Facebook post sharing the clip ...`,
  `Its caption reads`, `the post says`, `A Facebook post shared more than
  12,000 times warns ...`). A sentence whose main clause reports the post's
  assertion or warning is a CLAIM with the post as claimant; one whose
  main clause is the checker's finding about the post (`has been shared
  more than 12,000 times`, `has been viewed more than 400,000 times`,
  `The posts began to spread in September`) is in the outlet's voice,
  even when a `saying that ...` phrase inside it reports the claim.
  Quoted post text that asserts a checkable fact (`The spray is a LIVE
  virus`, `Your child will shed it for three weeks ...`, `Violent crime up
  50% since 2020 – ...`) makes the quotation-plus-tag sentence a CLAIM,
  false or not: the guidelines ask whether it is checkable, not whether
  it is true.
- Data attributions: `according to the ONS` -> `ONS` (the form used at
  that point); `The CSEW ... estimated` -> `CSEW`; `according to the
  latest English Housing Survey` -> `English Housing Survey`; `according
  to the US Centers for Disease Control and Prevention` keeps the name as
  written; `according to UKHSA` / `the agency has said` -> `UKHSA` (the
  form used in that paragraph); earlier `the agency says` -> `UK Health
  Security Agency` (the nearest naming mention); `The government says` ->
  `government`; `Landlord groups have warned` -> `Landlord groups`;
  `Ministers have said` -> `Ministers`. `The NHS offers ...` states a
  service as fact (outlet's voice); `The NHS advises ...` passes on the
  NHS's advice (claimant `NHS`).
- Titles and job descriptions go, honorifics stay: `Reform UK leader`,
  `Housing minister`, `chief executive of ...`, `a criminologist at ...`,
  `a consultant paediatrician in Leeds` are dropped; `Mr Farage` (the form
  at the nearest mention), `Professor Aidan Kerr`, `Dr Sarah Whitcombe`,
  `Dr Whitcombe` are kept as the text writes them. `A Reform UK
  spokesman` -> `Reform UK spokesman` (also for the following `he said`).
- Quotation plus tag: CLAIM when the quoted words assert something
  checkable (Farage's 50% claim, Kerr's `more than 100,000 offences a
  year`, Whitcombe's description of the weakened virus, Beadle's `more
  than seven months for a hearing`); not for rhetoric, opinion or advice
  (`Ask anyone who walks through a town centre ...`, `If families are
  worried ..., the best protection is ...`, `For too long, renters have
  lived with the threat ...`). Two-word partial quotations (`“not
  statistically significant”`, `"level the playing field"`, `"long
  overdue"`, `“how hard the police are looking”`) are QUOTEs; the single
  quoted word `"no-fault"` is a scare quote.
- Scheduled legal changes stated as fact (`Landlords ... will no longer be
  able to evict tenants without giving a reason from Friday 1 May`,
  `Section 21 ... will be abolished`) are CLAIMs in the outlet's voice:
  the law's content and commencement date are checkable, as eval12's
  published BOJ calendar, not the outlet's prediction.
- FIGUREs: `two months' notice` -> `two months` (the possessive ends the
  span), `no more than one month's rent` -> `no more than one month`
  (`no more than` is an upper bound like `up to`, kept in the span as
  eval12 keeps `up to`), `two years' rent` -> `two years`; `once a year` and `by half` / `about half` / `about a quarter`
  are no FIGUREs (as `twice`, `half`); `an estimated 7,800 deaths` leaves
  `an estimated` out of the span (eval3); `aged two and three` is two
  ages, two FIGUREs (eval11's `aged six and nine`); `more than 12,000
  times`, `more than 400,000 times` count times; `the two figures` only
  refers back to the two estimates just given: no FIGURE; `43 police
  forces` keeps its noun-noun compound. Not FIGUREs: `Section 21`,
  `section 13`, `Housing Act 1988` (numbers in names), `2024-25` (a span
  of years), `the year to September 2025`, dates, years, clock times,
  `first` (ordinal), `a decade`, `a few days`.

Every person, outlet and event named here other than the public figures
and institutions listed above is invented.
"""
from gold_script import N, S

ARTICLES = {}

BULLET_DASH = "Bullet marker: list furniture, kept out of the CLAIM span."

# ---------------------------------------------------------------------------
# 1. farage_violent_crime_claim: UK fact-check site, curly quotes, "\n"
# ---------------------------------------------------------------------------
ARTICLES["farage_violent_crime_claim"] = dict(nl="\n", paras=[
    [S("The Fact Desk", N, why="Site line.")],
    [S("Fact check | Crime", N, why="Section label.")],
    [S("No, violent crime has not risen by 50% in five years",
       N, why="Headline: no CLAIM; its FIGUREs are marked.",
       f=[("50%", "50"), ("five years", "5")])],
    [
        S("A clip of Nigel Farage making the claim has been shared thousands of times.",
          N, why="Dek: no CLAIM; 'thousands' is an inexact FIGURE with an empty value.",
          f=[("thousands", "")]),
        S("Police figures show a smaller rise, and the Crime Survey shows no significant change.",
          N, why="Dek (second sentence)."),
    ],
    [S("By Rachel Imrie", N, why="Byline.")],
    [S("Published 11 March 2026, 16:05 GMT · Updated 12 March 2026, 09:30 GMT",
       N, why="Date stamp: dates and clock times, no FIGURE.")],
    [S("Share this article", N, why="Share control.")],
    [S("Claim: Violent crime in England and Wales has gone up by 50% in the last five years.",
       N, why="Fact-check box: the claim under check restated as a label (like a dek); FIGUREs marked.",
       f=[("50%", "50"), ("five years", "5")])],
    [S("Verdict: Misleading", N, why="Verdict label.")],
    [S("What was claimed", N, why="Heading.")],
    [S("A video clip of Reform UK leader Nigel Farage saying that violent crime has risen by half in five years has been shared more than 12,000 times on Facebook and X since the weekend.",
       "", why="Main clause is the checker's finding about the clip (shares); the 'saying that' phrase is inside the subject. 'by half' is no FIGURE.",
       f=[("five years", "5"), ("more than 12,000 times", "12000")])],
    [S("In the clip, filmed at a rally in Clacton-on-Sea on Saturday, Mr Farage tells the crowd: “Violent crime in this country is up 50% in the last five years, and the government is trying to hide it.”",
       "Mr Farage", why="Colon-introduced quotation asserting a checkable figure: CLAIM; the name as at this mention.",
       q=[("“Violent crime in this country is up 50% in the last five years, and the government is trying to hide it.”", "Mr Farage")],
       f=[("50%", "50"), ("five years", "5")])],
    [
        S("A Facebook post sharing the clip has been viewed more than 400,000 times.",
          "", why="The checker's finding about the post (views).",
          f=[("more than 400,000 times", "400000")]),
        S("Its caption reads: “Violent crime up 50% since 2020 – the figures they don’t want you to see.”",
          "Facebook post", why="The post's quoted caption asserts a checkable figure; an unnamed post keeps its description. '2020' is a year.",
          q=[("“Violent crime up 50% since 2020 – the figures they don’t want you to see.”", "Facebook post")],
          f=[("50%", "50")]),
    ],
    [S("What the data shows", N, why="Heading.")],
    [
        S("There are two sources of crime figures for England and Wales, and the Office for National Statistics (ONS) publishes both.",
          "", why="Background fact in the outlet's voice.",
          f=[("two sources", "2")]),
        S("Police recorded crime counts the offences logged by the 43 police forces.",
          "", why="Outlet's voice; 'police forces' is a noun-noun compound.",
          f=[("43 police forces", "43")]),
        S("The Crime Survey for England and Wales (CSEW) asks around 35,000 households a year about crimes they have experienced, whether or not they reported them to the police.",
          "", why="Outlet's voice; 'a year' is no FIGURE.",
          f=[("around 35,000 households", "35000")]),
    ],
    [
        S("Police recorded 2.1 million offences of violence against the person in the year to September 2025, up from 1.7 million in the year to September 2020, according to the ONS.",
          "ONS", why="'according to the ONS'. A level then an earlier level: two FIGUREs; 'the year to September 2025' is a period, not a FIGURE.",
          f=[("2.1 million offences", "2100000"), ("1.7 million", "1700000")]),
        S("That is a rise of about 24%, not 50%.",
          "", why="The checker's own calculation (a finding in the outlet's voice).",
          f=[("about 24%", "24"), ("50%", "50")]),
    ],
    [S("The ONS says police figures are a poor guide to trends in violence, because forces have recorded crimes more thoroughly since a critical inspection in 2014 and now log offences such as harassment and stalking that often went uncounted.",
       "ONS", why="Reported position of the ONS; '2014' is a year.")],
    [
        S("The CSEW, which the ONS regards as the better measure of long-term trends, estimated 1.1 million incidents of violence in the year to September 2025, compared with 1.2 million five years earlier.",
          "CSEW", why="The survey's estimate ('estimated'), named as the sentence names it.",
          f=[("1.1 million incidents", "1100000"), ("1.2 million", "1200000"), ("five years", "5")]),
        S("The ONS said the difference between the two figures was “not statistically significant”.",
          "ONS", why="Reported speech with a partial quotation. 'the two figures' refers back to the two estimates: no FIGURE.",
          q=[("“not statistically significant”", "ONS")]),
    ],
    [S("Key facts", N, why="Heading.")],
    [
        S("-", N, why=BULLET_DASH),
        S("Police recorded violence rose by about 24% in the five years to September 2025",
          "", why="Key-facts bullet: a full assertion in the page's voice.",
          f=[("about 24%", "24"), ("five years", "5")]),
    ],
    [
        S("-", N, why=BULLET_DASH),
        S("The Crime Survey for England and Wales shows no significant change in violence over the same period",
          "Crime Survey for England and Wales", why="Key-facts bullet passing on the survey's finding ('shows', as 'LSEG data showed' in eval12)."),
    ],
    [
        S("-", N, why=BULLET_DASH),
        S("The ONS says rises in police figures partly reflect better recording",
          "ONS", why="Key-facts bullet passing on the ONS's position."),
    ],
    [S("What Reform UK says", N, why="Heading.")],
    [
        S("Reform UK did not respond when The Fact Desk first asked for the source of the figure.",
          "", why="A checkable non-statement in the outlet's voice; 'first' is an ordinal."),
        S("On Wednesday a Reform UK spokesman said Mr Farage had been referring to police recorded crime.",
          "Reform UK spokesman", why="Reported speech; an unnamed spokesman keeps his description without the article."),
        S("“Ask anyone who walks through a town centre on a Friday night whether things have got better,” he said.",
          N, why="Quotation plus tag: rhetoric/opinion, not a checkable fact. 'he' resolves to the spokesman.",
          q=[("“Ask anyone who walks through a town centre on a Friday night whether things have got better,”", "Reform UK spokesman")]),
    ],
    [S("Even on the police figures, the rise over five years was about half what Mr Farage said.",
       "", why="The checker's finding; 'about half' is no FIGURE.",
       f=[("five years", "5")])],
    [
        S("Professor Aidan Kerr, a criminologist at the University of Surrey, said the recorded figures mostly showed “how hard the police are looking”.",
          "Professor Aidan Kerr", why="Reported speech with a partial quotation; job description dropped, 'Professor' kept.",
          q=[("“how hard the police are looking”", "Professor Aidan Kerr")]),
        S("“Forces now record stalking and harassment that used to go uncounted, and that alone adds more than 100,000 offences a year,” he said.",
          "Professor Aidan Kerr", why="Quotation plus tag asserting a checkable fact and figure. 'he' resolves to Professor Aidan Kerr.",
          q=[("“Forces now record stalking and harassment that used to go uncounted, and that alone adds more than 100,000 offences a year,”", "Professor Aidan Kerr")],
          f=[("more than 100,000 offences", "100000")]),
    ],
    [S("Our verdict", N, why="Heading.")],
    [
        S("Police recorded violence has risen by about a quarter over five years, not by 50%.",
          "", why="The checker's finding; 'about a quarter' is no FIGURE.",
          f=[("five years", "5"), ("50%", "50")]),
        S("On the measure the ONS considers more reliable for trends, there has been no significant change in violence over the same period.",
          "", why="The checker's finding in its own voice (the ONS's view is only a modifier of 'the measure')."),
        S("We rate the claim misleading.",
          N, why="Verdict label in sentence form."),
    ],
    [S("Update, 12 March 2026: This article was updated to include a response from Reform UK.",
       N, why="Update note about the article: furniture.")],
    [S("Read more: Has shoplifting really doubled since 2020?",
       N, why="'Read more:' link line (a question); 'doubled' is no FIGURE.")],
    [S("The Fact Desk is an independent fact-checking team. Seen a claim you want checked? Email checks@thefactdesk.org.uk",
       N, why="Tip-line footer (boilerplate).")],
])

# ---------------------------------------------------------------------------
# 2. nasal_flu_spray_myth: health fact-check, curly quotes, "\n"
# ---------------------------------------------------------------------------
ARTICLES["nasal_flu_spray_myth"] = dict(nl="\n", paras=[
    [S("CHECKPOINT FACT CHECK", N, why="Site line.")],
    [S("Health", N, why="Section label.")],
    [S("Fact check: Nasal flu vaccine does not give grandparents flu",
       N, why="Headline.")],
    [S("Published 16 October 2025, 10:42 BST", N, why="Date stamp.")],
    [S("By Priya Nair", N, why="Byline.")],
    [S("Share on Facebook · Share on X · Copy link", N, why="Share controls.")],
    [S("Claim: Children given the nasal flu spray “shed” live virus for up to 21 days and infect older relatives",
       N, why="Fact-check box: the claim under check restated as a label; FIGURE marked; the single quoted word is a scare quote.",
       f=[("up to 21 days", "21")])],
    [S("Rating: False", N, why="Verdict label.")],
    [S("A Facebook post shared more than 12,000 times warns grandparents to stay away from children who have had the nasal flu vaccine at school this term.",
       "Facebook post", why="Main clause reports the post's warning; an unnamed post keeps its description.",
       f=[("more than 12,000 times", "12000")])],
    [
        S("“The spray is a LIVE virus,” the post says.",
          "Facebook post", why="Quotation plus tag asserting a checkable fact.",
          q=[("“The spray is a LIVE virus,”", "Facebook post")]),
        S("“Your child will shed it for three weeks and pass flu to anyone they hug.”",
          "Facebook post", why="Continuation quotation asserting a checkable (false) fact.",
          q=[("“Your child will shed it for three weeks and pass flu to anyone they hug.”", "Facebook post")],
          f=[("three weeks", "3")]),
    ],
    [
        S("Similar posts have circulated on TikTok and Instagram, where a video making the claim has been watched more than 900,000 times.",
          "", why="The checker's finding about the spread of the claim.",
          f=[("more than 900,000 times", "900000")]),
        S("The posts began to spread in September, when the NHS started its annual school flu vaccination programme in England.",
          "", why="Outlet's voice."),
    ],
    [S("What is the nasal spray?", N, why="Question heading.")],
    [
        S("The NHS offers the nasal spray every autumn to children aged two and three and to all school-aged children from Reception to Year 11.",
          "", why="A service stated as fact in the outlet's voice. Two ages, two FIGUREs; 'Year 11' is a school year name.",
          f=[("two", "2"), ("three", "3")]),
        S("It contains a live but weakened form of the flu virus, adapted so that it can grow in the cooler nose but not in the warmer lungs.",
          "", why="Outlet's voice."),
    ],
    [S("Children who cannot have the spray, for example because they have a severely weakened immune system, are offered an injected vaccine instead.",
       "", why="Outlet's voice.")],
    [S("Can vaccinated children spread it?", N, why="Question heading.")],
    [
        S("Vaccinated children can shed small amounts of the weakened virus from their noses for a few days, the UK Health Security Agency (UKHSA) says.",
          "UK Health Security Agency", why="Reported position; 'a few days' is no FIGURE."),
        S("But the agency says the amount is much lower than in a natural infection and that there is no evidence that it causes flu in people who catch it.",
          "UK Health Security Agency", why="'the agency' resolves to the nearest naming mention."),
    ],
    [S("In a study of nearly 200 children at nurseries in Finland, researchers found only one case in which the vaccine virus passed to an unvaccinated child, who did not fall ill, according to the US Centers for Disease Control and Prevention.",
       "US Centers for Disease Control and Prevention", why="'according to' the CDC.",
       f=[("nearly 200 children", "200"), ("one case", "1")])],
    [
        S("Dr Sarah Whitcombe, a consultant paediatrician in Leeds who has run school vaccination clinics for a decade, said she had never seen a case of a relative catching flu from the spray.",
          "Dr Sarah Whitcombe", why="Reported speech; job description dropped, 'Dr' kept; 'a decade' is no FIGURE."),
        S("“The virus in the spray has been weakened so that it cannot grow in the lungs,” she said.",
          "Dr Sarah Whitcombe", why="Quotation plus tag asserting a checkable fact. 'she' resolves to Dr Sarah Whitcombe.",
          q=[("“The virus in the spray has been weakened so that it cannot grow in the lungs,”", "Dr Sarah Whitcombe")]),
        S("“If families are worried about grandparents, the best protection is for the grandparents to have their own flu jab.”",
          N, why="Continuation quotation: advice, not a checkable fact.",
          q=[("“If families are worried about grandparents, the best protection is for the grandparents to have their own flu jab.”", "Dr Sarah Whitcombe")]),
    ],
    [S("Where does the claim come from?", N, why="Question heading.")],
    [
        S("The NHS advises that children who have had the spray avoid close contact with people whose immune systems are very severely weakened, such as bone marrow transplant patients in isolation, for two weeks afterwards.",
          "NHS", why="Reported advice of the NHS.",
          f=[("two weeks", "2")]),
        S("Dr Whitcombe said this precaution applied to very few people and was probably the source of the claim.",
          "Dr Whitcombe", why="Reported speech (her view reported: that she said it is checkable)."),
    ],
    [
        S("About 2.6 million children in England had the nasal spray last winter, according to UKHSA, and uptake among primary school children was 55.3%.",
          "UKHSA", why="'according to UKHSA' covers both coordinated figures.",
          f=[("About 2.6 million children", "2600000"), ("55.3%", "55.3")]),
        S("Flu was linked to an estimated 7,800 deaths in England in the 2024-25 season, the agency has said.",
          "UKHSA", why="'the agency' resolves to the nearest mention (UKHSA). 'an estimated' is left out of the span (eval3); '2024-25' is a span of years.",
          f=[("7,800 deaths", "7800")]),
    ],
    [S("Key facts", N, why="Heading.")],
    [
        S("•", N, why=BULLET_DASH),
        S("The nasal spray contains a weakened flu virus that cannot cause flu in healthy people",
          "", why="Key-facts bullet: a full assertion in the page's voice."),
    ],
    [
        S("•", N, why=BULLET_DASH),
        S("Vaccinated children may shed small amounts of the virus for a few days, far less than in a natural infection",
          "", why="Key-facts bullet in the page's voice."),
    ],
    [
        S("•", N, why=BULLET_DASH),
        S("There is no evidence that the spray gives flu to family members",
          "", why="Key-facts bullet in the page's voice."),
    ],
    [S("Verdict", N, why="Heading.")],
    [
        S("False.", N, why="Verdict label."),
        S("There is no evidence that children given the nasal flu spray pass flu to older relatives, for 21 days or for any other period.",
          "", why="The checker's finding in its own voice.",
          f=[("21 days", "21")]),
        S("The weakened virus cannot cause flu in healthy people, and the small amount some children shed does not make others ill.",
          "", why="The checker's finding in its own voice."),
    ],
    [
        S("Correction, 17 October 2025: An earlier version of this article said the spray was offered up to Year 9.",
          N, why="Correction note about the article: furniture; 'Year 9' is a school year name."),
        S("It is offered up to Year 11.",
          N, why="Correction note (continued): furniture."),
    ],
    [
        S("This article is part of CheckPoint’s work to identify false and misleading content online.",
          N, why="Methodology boilerplate."),
        S("Read more about our methodology.", N, why="Boilerplate link."),
    ],
    [S("Read more: Can a Covid vaccine change your DNA?",
       N, why="'Read more:' link line (a question).")],
])

# ---------------------------------------------------------------------------
# 3. renters_rights_act_explainer: news explainer, straight quotes, "\n"
# ---------------------------------------------------------------------------
ARTICLES["renters_rights_act_explainer"] = dict(nl="\n", paras=[
    [S("Northline News", N, why="Site line.")],
    [S("Explainer", N, why="Section label.")],
    [S("No-fault evictions end on 1 May: what the Renters' Rights Act means for you",
       N, why="Headline.")],
    [
        S("More than 11 million people rent privately in England.",
          N, why="Dek: no CLAIM; its FIGURE is marked.",
          f=[("More than 11 million people", "11000000")]),
        S("Here is what changes for tenants and landlords, and what does not.",
          N, why="Dek: signpost."),
    ],
    [S("By Tom Okafor, personal finance correspondent", N, why="Byline.")],
    [S("Published 27 April 2026 · Last updated 29 April 2026", N, why="Date stamp.")],
    [S("Share this article", N, why="Share control.")],
    [
        S("Landlords in England will no longer be able to evict tenants without giving a reason from Friday 1 May, when the first and biggest part of the Renters' Rights Act comes into force.",
          "", why="A scheduled legal change stated as fact (checkable), outlet's voice; 'first' is an ordinal."),
        S("The government says the changes will give renters more security and make it easier to challenge unfair rent rises.",
          "government", why="Reported position; description without the article."),
        S("Landlord groups have warned that some owners will sell up, cutting the number of homes available to rent.",
          "Landlord groups", why="Reported warning: that they warned is checkable."),
    ],
    [S("What we know so far", N, why="Heading.")],
    [S("What is changing on 1 May?", N, why="Question heading.")],
    [
        S("Section 21 of the Housing Act 1988, which lets landlords end a tenancy with two months' notice without giving any reason, will be abolished.",
          "", why="Scheduled legal change in the outlet's voice. 'Section 21', 'Housing Act 1988' are names.",
          f=[("two months", "2")]),
        S("Fixed-term contracts will also end, and all tenancies will become rolling ones that tenants can leave by giving two months' notice.",
          "", why="Outlet's voice.",
          f=[("two months", "2")]),
    ],
    [S("Landlords will still be able to take a property back if they want to sell it or move in, but not in the first 12 months of a tenancy, and they will have to give four months' notice.",
       "", why="Outlet's voice; 'first' is an ordinal.",
       f=[("12 months", "12"), ("four months", "4")])],
    [S("Who is affected?", N, why="Question heading.")],
    [
        S("The changes cover about 4.6 million households in the private rented sector in England, according to the latest English Housing Survey.",
          "English Housing Survey", why="'according to' the survey.",
          f=[("about 4.6 million households", "4600000")]),
        S("They do not apply in Wales, Scotland or Northern Ireland, which set their own housing law.",
          "", why="Outlet's voice."),
    ],
    [S("What about rent increases?", N, why="Question heading.")],
    [
        S("Rent can be raised only once a year, and landlords must give at least two months' notice using a formal section 13 notice.",
          "", why="Outlet's voice; 'once a year' is no FIGURE; 'section 13' is a name.",
          f=[("at least two months", "2")]),
        S("Tenants who think a rise is above the market rate can challenge it at a tribunal, which will not be able to set the rent higher than the landlord asked for.",
          "", why="Outlet's voice."),
    ],
    [S("Bidding wars will be banned: landlords and agents must not accept offers above the advertised rent, and can ask for no more than one month's rent in advance.",
       "", why="Outlet's voice; 'no more than' is an upper-bound approximator like 'up to': inside the span; 'one month's rent' -> 'one month'.",
       f=[("no more than one month", "1")])],
    [
        S("Private rents in England rose 5.5% in the year to March 2026, according to the Office for National Statistics, down from a peak of 9.2% in 2024.",
          "Office for National Statistics", why="'according to' the ONS; a level and an earlier peak: two FIGUREs.",
          f=[("5.5%", "5.5"), ("9.2%", "9.2")]),
        S("The average monthly rent in England was £1,390, the ONS said.",
          "ONS", why="Reported statistic.",
          f=[("£1,390", "1390")]),
    ],
    [S("What if a landlord breaks the rules?", N, why="Question heading.")],
    [
        S("Councils will be able to fine landlords up to £7,000 for a first breach and up to £40,000 for repeated or serious ones.",
          "", why="Outlet's voice; 'first' is an ordinal.",
          f=[("up to £7,000", "7000"), ("up to £40,000", "40000")]),
        S("Tenants will also be able to claim back up to two years' rent through a rent repayment order, up from one year now.",
          "", why="Outlet's voice; a new limit and the old one: two FIGUREs.",
          f=[("up to two years", "2"), ("one year", "1")]),
    ],
    [S("What has not been decided?", N, why="Question heading.")],
    [
        S("The government has not yet said when landlords will have to sign up to a new national database, or when a new ombudsman for private landlords will open.",
          "", why="A checkable non-statement in the outlet's voice."),
        S("Ministers have said both will be in place by the end of 2028.",
          "Ministers", why="Reported position (a stated timetable); '2028' is a year."),
    ],
    [S("What people are saying", N, why="Heading.")],
    [
        S("Housing minister Matthew Pennycook said the act would \"level the playing field\" between landlords and tenants.",
          "Matthew Pennycook", why="Reported speech with a partial quotation; job title dropped.",
          q=[("\"level the playing field\"", "Matthew Pennycook")]),
        S("\"For too long, renters have lived with the threat of a section 21 notice hanging over them,\" he said.",
          N, why="Quotation plus tag: a characterisation, not a checkable fact.",
          q=[("\"For too long, renters have lived with the threat of a section 21 notice hanging over them,\"", "Matthew Pennycook")]),
    ],
    [
        S("Ben Beadle, chief executive of the National Residential Landlords Association (NRLA), said the courts were not ready for the expected rise in possession cases.",
          "Ben Beadle", why="Reported speech; job title dropped."),
        S("\"Landlords who need a property back already wait more than seven months for a hearing in some parts of the country,\" he said.",
          "Ben Beadle", why="Quotation plus tag asserting a checkable fact.",
          q=[("\"Landlords who need a property back already wait more than seven months for a hearing in some parts of the country,\"", "Ben Beadle")],
          f=[("more than seven months", "7")]),
    ],
    [S("The Ministry of Justice said the average time from a landlord's claim to repossession was 29 weeks between October and December 2025.",
       "Ministry of Justice", why="Reported statistic; a month range is a date, not a FIGURE.",
       f=[("29 weeks", "29")])],
    [S("Generation Rent, which campaigns for tenants, said the end of no-fault evictions was \"long overdue\" but that the law would only work if councils had the money to enforce it.",
       "Generation Rent", why="Reported speech with a two-word partial quotation.",
       q=[("\"long overdue\"", "Generation Rent")])],
    [S("Key facts", N, why="Heading.")],
    [
        S("-", N, why=BULLET_DASH),
        S("Section 21 \"no-fault\" evictions end on 1 May",
          "", why="Key-facts bullet in the page's voice; the single quoted word is a scare quote."),
    ],
    [
        S("-", N, why=BULLET_DASH),
        S("Rent can be increased only once a year",
          "", why="Key-facts bullet in the page's voice."),
    ],
    [
        S("-", N, why=BULLET_DASH),
        S("Landlords can ask for no more than one month's rent up front",
          "", why="Key-facts bullet in the page's voice; 'no more than' inside the span, like 'up to'.",
          f=[("no more than one month", "1")]),
    ],
    [
        S("-", N, why=BULLET_DASH),
        S("Fines for breaking the rules go up to £40,000",
          "", why="Key-facts bullet in the page's voice.",
          f=[("up to £40,000", "40000")]),
    ],
    [S("Read more: How much does it cost to rent where you live?",
       N, why="'Read more:' link line (a question).")],
    [S("Update, 29 April 2026: This article was changed to make clear that the notice period for rent increases is at least two months.",
       N, why="Update note about the article: furniture; its FIGURE is marked.",
       f=[("at least two months", "2")])],
])
