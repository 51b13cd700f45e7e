"""Held-out articles, set A: three original news stories written for this
evaluation set. They were written by hand, without reference to how the tool
finds spans, and annotated sentence by sentence following
/work/shared/annotation-guidelines.md. The set stresses the many ways
reporters attribute quotations: `X said`, `said X`, a tag in the middle, an
appositive title, `according to`, `told the <paper>`, `said in a statement`,
`wrote on social media`, pronoun tags, a speaker named only in the next
sentence, unnamed sources, partial quotes inside reported speech, quotes of
several sentences, a quotation running over two paragraphs and a quote
inside a quote.

Every person, company, place, newspaper, charity, union, court and public
body named here is invented.

Decisions the guidelines leave open are recorded in `why` (for sentences)
or in comments (for QUOTE and FIGURE spans):
  - a sentence that mixes the article's own facts with reported speech gets
    the claimant of its reported part;
  - `five years ago` is marked as a duration FIGURE (value 5), since only
    calendar dates, years and clock times are excluded;
  - a quotation that runs over two paragraphs (newspaper convention: no
    closing mark at the end of the first paragraph, a fresh opening mark at
    the start of the next) is two QUOTEs, one per paragraph; the first ends
    at the final full stop of its paragraph.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. Local government: council vote on a housing plan (curly quotes, "\n")
# ---------------------------------------------------------------------------
ARTICLES["council_housing_vote"] = dict(nl="\n", paras=[
    [
        S("Calderbridge City Council approved a plan on Tuesday night to build 1,400 homes on the former Northgate rail yards, after a four-hour debate that ran past midnight.",
          "", f=[("1,400 homes", "1400"), ("four-hour", "4")]),
    ],
    [
        S("Councillors backed the scheme by 31 votes to 17, with two abstentions.",
          "", f=[("31 votes", "31"), ("17", "17"), ("two abstentions", "2")]),
        S("It is projected to cost £212 million over the next decade and is the largest housing development approved in the city since the 1960s.",
          "", why="projected cost and 'largest since' are both checkable; 'the 1960s' is a date, not a FIGURE",
          f=[("£212 million", "212000000")]),
    ],
    [
        S("Under the plan, 40 per cent of the new homes will be let at social rents, and the first tenants could move in by 2028.",
          "", why="states the terms of the approved plan, checkable against council papers; 'first' is an ordinal and 2028 a year",
          f=[("40 per cent", "40")]),
        S("The rail yards have stood empty since the freight depot closed, and the site has been the subject of repeated planning battles.",
          "", why="background in the article's own voice, checkable against planning records"),
    ],
    [
        S("“This is the biggest single commitment to affordable housing this city has made in a generation,” Mayor Delphine Araujo said after the vote.",
          "Delphine Araujo",
          why="quotation + tag; 'biggest ... in a generation' is a comparative fact that can be checked against earlier council programmes. 'Mayor' is a job title and is dropped from the speaker",
          q=[("“This is the biggest single commitment to affordable housing this city has made in a generation,”", "Delphine Araujo")]),
    ],
    [
        S("She later wrote on social media that the decision was “a promise kept to every family stuck on the waiting list”, and thanked council officers for what she called “months of patient work”.",
          "Delphine Araujo", why="reported speech (a social-media post): that she posted it is checkable; 'She' resolves to the mayor",
          q=[("“a promise kept to every family stuck on the waiting list”", "Delphine Araujo"),
             ("“months of patient work”", "Delphine Araujo")]),
    ],
    [
        S("The vote followed months of protest by residents of the neighbouring Ashby Lane estate, who say the development will overload local schools and roads.",
          "", why="the main clause (months of protest before the vote) is the article's own voice; the residents' view sits in a subordinate clause"),
        S("Protesters gathered outside the town hall before the meeting, holding placards and chanting as councillors arrived.",
          "", why="an observed event, checkable; more than scene-setting"),
    ],
    [
        # The speaker of this bare quotation is named only in the next sentence.
        S("“We have had eleven years of promises and not a single new classroom.”",
          "Maureen Tagg",
          why="a bare quotation whose speaker is named in the next sentence; it asserts a checkable fact (no new classroom in eleven years)",
          q=[("“We have had eleven years of promises and not a single new classroom.”", "Maureen Tagg")],
          f=[("eleven years", "11")]),
        S("That was the verdict of Maureen Tagg, 71, who has lived on the estate since 1983 and spoke against the plan before the vote.",
          "", why="article's own voice: her age, residence and that she spoke are checkable; 1983 is a year",
          f=[("71", "71")]),
    ],
    [
        S("“They keep telling us the roads can cope,” she said.",
          "Maureen Tagg",
          why="doubtful: the quotation reports that officials have repeatedly made a statement, which is checkable, so CLAIM",
          q=[("“They keep telling us the roads can cope,”", "Maureen Tagg")]),
        S("“Come down Ashby Lane at half past eight in the morning and tell me that.”",
          N, why="an imperative challenge, not an assertion; 'half past eight' is a clock time, not a FIGURE",
          q=[("“Come down Ashby Lane at half past eight in the morning and tell me that.”", "Maureen Tagg")]),
    ],
    [
        S("Councillor Tobias Wren, the council’s cabinet member for housing, said the scheme included a new primary school and £9 million for junction improvements on the ring road.",
          "Tobias Wren", why="reported speech; 'Councillor' is a job title and is dropped",
          f=[("£9 million", "9000000")]),
        # A quotation split within one sentence by its tag: two QUOTEs.
        S("“Nobody in this chamber pretends the plan is perfect,” he said, “but doing nothing is not a neutral choice.”",
          N, why="quotation + tag giving an opinion only",
          q=[("“Nobody in this chamber pretends the plan is perfect,”", "Tobias Wren"),
             ("“but doing nothing is not a neutral choice.”", "Tobias Wren")]),
        S("He said the council had listened to residents and would publish a full transport assessment before any building work began.",
          "Tobias Wren", why="reported speech; 'He' resolves to Wren"),
    ],
    [
        S("The leader of the opposition group, Councillor Harriet Mbeki-Lowe, said her group had tabled 12 amendments, all of which were defeated.",
          "Harriet Mbeki-Lowe", f=[("12 amendments", "12")]),
        S("“The administration has rushed this through without a traffic survey and without answering a single question about flood risk,” said Mbeki-Lowe.",
          "Mbeki-Lowe", why="quotation + 'said X'; that no traffic survey was carried out is checkable",
          q=[("“The administration has rushed this through without a traffic survey and without answering a single question about flood risk,”", "Mbeki-Lowe")]),
        S("She accused the mayor of breaking a promise to consult residents before any vote, a charge the mayor’s office denied.",
          "Mbeki-Lowe", why="an accusation is a position taken, so its maker is the claimant; the denial is a subordinate clause"),
    ],
    [
        S("Three of the 17 councillors who voted against the plan sit in the mayor’s own group.",
          "", why="checkable; 'the 17 councillors' refers back to the vote count already given and is not a FIGURE, while 'Three' counts councillors and is",
          f=[("Three", "3")]),
    ],
    [
        # "five years ago": marked as a duration (see module docstring).
        S("According to Roofwise, a housing charity that runs advice centres across the region, 6,800 households are on Calderbridge’s waiting list for social housing, up from 4,100 five years ago.",
          "Roofwise", f=[("6,800 households", "6800"), ("4,100", "4100"), ("five years", "5")]),
        S("Anika Dahl, a spokesperson for the charity, said the plan was welcome but “nowhere near enough”.",
          "Anika Dahl", why="reported speech with a short partial quote",
          q=[("“nowhere near enough”", "Anika Dahl")]),
        S("“Only 560 of these homes will be for social rent, and there are 6,800 households waiting,” she told the Evening Courier.",
          "Anika Dahl", why="quotation + tag; both numbers are checkable",
          q=[("“Only 560 of these homes will be for social rent, and there are 6,800 households waiting,”", "Anika Dahl")],
          f=[("560", "560"), ("6,800 households", "6800")]),
    ],
    [
        S("Jonah Pereira, 34, who rents a one-bedroom flat in Northgate with his partner and two children, said he had watched the debate from the public gallery.",
          "Jonah Pereira",
          why="mixes the article's own facts about him with his reported speech; claimant is the speaker of the reported part",
          f=[("34", "34"), ("one-bedroom", "1"), ("two children", "2")]),
        S("“I understand the worries about traffic,” he said.",
          N, why="quotation + tag expressing a view only",
          q=[("“I understand the worries about traffic,”", "Jonah Pereira")]),
        S("“But I want my kids to have their own bedrooms before they’re teenagers.”",
          N, why="a wish, not a checkable fact",
          q=[("“But I want my kids to have their own bedrooms before they’re teenagers.”", "Jonah Pereira")]),
    ],
    [
        S("A spokesperson for the mayor’s office said a planning application for the first phase, covering 350 homes, would be submitted in the autumn.",
          "spokesperson for the mayor’s office",
          why="reported speech from an unnamed source, named by its description without the article; 'first' is an ordinal",
          f=[("350 homes", "350")]),
        S("The Ashby Lane Residents’ Association said it was considering a legal challenge.",
          "Ashby Lane Residents’ Association", why="reported speech: the association's stated position"),
        S("The scheme still needs final approval from the regional planning inspector.",
          "", why="a procedural fact, checkable"),
    ],
])

# ---------------------------------------------------------------------------
# 2. Court: jury verdict in a fraud trial (straight quotes, "\r\n")
# ---------------------------------------------------------------------------
ARTICLES["fraud_trial_verdict"] = dict(nl="\r\n", paras=[
    [
        S("A former pensions adviser who persuaded 143 retired savers to move their money into a sham investment fund was found guilty of fraud on Thursday.",
          "", why="'retired' is an adjective between number and noun, so the FIGURE is the bare number",
          f=[("143", "143")]),
    ],
    [
        S("Neil Calloway, 52, of Ferris Hill, was convicted at Kestrel Vale Crown Court of eight counts of fraud by abuse of position and two counts of money laundering after a seven-week trial.",
          "", f=[("52", "52"), ("eight counts", "8"), ("two counts", "2"), ("seven-week", "7")]),
        S("The jury of 12 took just under nine hours to reach unanimous verdicts.",
          "", f=[("12", "12"), ("just under nine hours", "9")]),
        S("Victims filled the public gallery as the verdicts were delivered, and some of them wept.",
          "", why="an observed event in court, checkable by those present; not mere framing"),
    ],
    [
        S("Prosecutors said Mr Calloway, the managing director of Brightwater Pensions Advisory, moved about £6.3 million out of clients' pension pots between 2016 and 2021 and into a fund he controlled.",
          "Prosecutors", why="reported speech from an unnamed group; 2016 and 2021 are years, not a range FIGURE",
          f=[("about £6.3 million", "6300000")]),
        # "guaranteed" is a single quoted word: a scare quote, not a QUOTE.
        S('Clients were shown glossy brochures that described the fund\'s returns as "guaranteed".',
          "", why="evidence heard at trial, stated in the article's voice; the single quoted word is a scare quote, not a QUOTE"),
    ],
    [
        S("During the trial, the court heard that Mr Calloway had cultivated his clients over many years, visiting them at home and attending their family occasions.",
          "", why="evidence heard in court, stated in the article's voice; 'the court heard' names no one who asserts it"),
        S("According to the prosecution, much of the money was spent on a villa abroad, a racehorse and school fees for his three children.",
          "prosecution", f=[("three children", "3")]),
    ],
    # Quotation of two sentences introduced by a colon tag.
    {"s": [
        S('Prosecutor Selina Marchbank told the jury in her closing speech: "This was not a business that went wrong.',
          "Selina Marchbank",
          why="tag + first sentence of a quotation; whether the business failed or was a deliberate scheme is what the jury decided, so checkable. 'Prosecutor' is a job title and is dropped"),
        S('It was a business built to take money from people who trusted him, and it did exactly that for five years."',
          "Selina Marchbank", why="inner sentence of her quotation; checkable against the evidence",
          f=[("five years", "5")]),
    ], "q": [
        ('"This was not a business that went wrong. It was a business built to take money from people who trusted him, and it did exactly that for five years."',
         "Selina Marchbank"),
    ]},
    [
        S("Mr Calloway, who denied all the charges, showed no reaction as the verdicts were read out.",
          "", why="observable facts in the article's voice (his pleas, his conduct in court)"),
        S("Judge Amara Lindqvist remanded him in custody until sentencing on March 14.",
          "", why="a court order, checkable; March 14 is a date, not a FIGURE"),
        S('"What you did was cruel, calculated and entirely deliberate," the judge told him.',
          N, why="quotation + tag giving the judge's evaluation, an opinion; 'the judge' resolves to her name without the job title",
          q=[('"What you did was cruel, calculated and entirely deliberate,"', "Amara Lindqvist")]),
        S("She said the age of the victims and the length of the deception would weigh heavily when she came to pass sentence.",
          "Amara Lindqvist", why="reported speech; 'She' resolves to the judge, named without her job title"),
    ],
    [
        S('Gideon Farrow, for the defence, said his client was "deeply disappointed" and would consider an appeal.',
          "Gideon Farrow", why="reported speech with a short partial quote",
          q=[('"deeply disappointed"', "Gideon Farrow")]),
        S('"Mr Calloway has always maintained that he believed the fund was genuine," Mr Farrow said outside court.',
          "Mr Farrow", why="quotation + tag; what the defendant has maintained is on the record and checkable",
          q=[('"Mr Calloway has always maintained that he believed the fund was genuine,"', "Mr Farrow")]),
        S('"He was let down by people he trusted, too."',
          "Mr Farrow",
          why="doubtful: a bare quoted sentence continuing Mr Farrow's remarks; it asserts events (that others deceived his client) that could be checked, so CLAIM",
          q=[('"He was let down by people he trusted, too."', "Mr Farrow")]),
    ],
    [
        S("His former finance director, Owen Petrakis, 47, was cleared of one count of money laundering.",
          "", f=[("47", "47"), ("one count", "1")]),
        S("The two men did not look at each other as they left the dock.",
          N, why="scene-setting; 'The two men' refers back to the two defendants and is not a FIGURE"),
    ],
    [
        S("Edna Rawcliffe, 78, a retired school librarian from Pellham, lost £184,000, almost all of her savings.",
          "", f=[("78", "78"), ("£184,000", "184000")]),
        # The inner 'Your money ...' is a quote inside a quote: only the outer one is a QUOTE.
        S('"He sat in my kitchen and said, \'Your money is safer with me than in any bank,\' and I believed him," she told the Kestrel Vale Gazette.',
          "Edna Rawcliffe",
          why="quotation + tag recounting an event (what he told her), checkable; the nested quote is not a separate QUOTE",
          q=[('"He sat in my kitchen and said, \'Your money is safer with me than in any bank,\' and I believed him,"', "Edna Rawcliffe")]),
        S('"I have had to sell my car, and there is nothing left for my grandchildren," she added.',
          "Edna Rawcliffe", why="quotation + pronoun tag; selling her car and losing her savings are checkable facts",
          q=[('"I have had to sell my car, and there is nothing left for my grandchildren,"', "Edna Rawcliffe")]),
    ],
    [
        S('"I trusted him because he sat next to us in church every Sunday," said a former client, a retired engineer who asked not to be named.',
          "former client",
          why="doubtful: 'I trusted him' is a state of mind, but that he attended the same church is checkable, so CLAIM; the unnamed source is named by its description without the article",
          q=[('"I trusted him because he sat next to us in church every Sunday,"', "former client")]),
    ],
    [
        S("Kestrel Vale Police said in a statement that the investigation had involved more than 40 officers and the examination of over 200,000 documents.",
          "Kestrel Vale Police",
          f=[("more than 40 officers", "40"), ("over 200,000 documents", "200000")]),
        S('"We hope today\'s verdict brings some comfort to the victims, many of whom have waited a long time for this day," the statement said.',
          N, why="expresses a hope; the speaker is the police force whose statement it is",
          q=[('"We hope today\'s verdict brings some comfort to the victims, many of whom have waited a long time for this day,"', "Kestrel Vale Police")]),
        S("Detective Inspector Lorna Baptiste, who led the inquiry, said officers were still trying to trace about £1.1 million that had not been recovered.",
          "Lorna Baptiste", why="reported speech; 'Detective Inspector' is a rank (job title) and is dropped",
          f=[("about £1.1 million", "1100000")]),
    ],
    [
        S("Brightwater Pensions Advisory went into administration in 2021.",
          "", why="checkable event; 2021 is a year"),
        S("A compensation scheme has so far paid out £2.4 million to 97 former clients, and the remaining claims are expected to be settled next year.",
          "", why="the payout is checkable; the trailing prediction does not turn the sentence into opinion. 'former' is an adjective, so the FIGURE is the bare number",
          f=[("£2.4 million", "2400000"), ("97", "97")]),
        S("The case is one of the largest pension frauds prosecuted in the region, according to the regional prosecution service.",
          "regional prosecution service", why="'according to' an unnamed body, named by its description without the article; 'one of' is a pronoun use, not a FIGURE"),
    ],
])

# ---------------------------------------------------------------------------
# 3. Health: hospital waiting times (curly quotes, "\n"); headline, byline
#    and caption lines get no CLAIM, but their FIGUREs are marked.
# ---------------------------------------------------------------------------
ARTICLES["hospital_waiting_times"] = dict(nl="\n", paras=[
    [
        S("Hospital waiting lists hit record as 412,000 patients wait for treatment",
          N, why="headline", f=[("412,000 patients", "412000")]),
    ],
    [
        S("By Tamsin Olderra, Health Correspondent", N, why="byline"),
    ],
    [
        S("Patients wait on trolleys in a corridor at St Brannock’s Hospital, where the average wait for a ward bed reached 14 hours last month.",
          N, why="photo caption: no CLAIM, but its FIGURE is marked", f=[("14 hours", "14")]),
    ],
    [
        S("The number of patients waiting more than a year for planned hospital treatment has risen to 38,600, the highest since records began, according to an official report published on Wednesday.",
          "official report",
          why="'according to' an unnamed source, named by its description without the article; in 'more than a year' the 'a' is an article, so no FIGURE there",
          f=[("38,600", "38600")]),
        S("The figures are the first to be published since the way patients in different specialties are counted was changed.",
          "", why="article's own voice, checkable; 'first' is an ordinal, not a FIGURE"),
    ],
    [
        S("The Health Services Inspectorate found that 412,000 people were on waiting lists for operations, scans and outpatient appointments at the end of March, up 9% on a year earlier.",
          "Health Services Inspectorate", f=[("412,000 people", "412000"), ("9%", "9")]),
        S("Its report said the median wait for a hip or knee replacement was now 41 weeks, against a target of 18 weeks, and that some patients at four hospitals had waited more than two years.",
          "Health Services Inspectorate", why="reported content of the report; 'Its' resolves to the inspectorate",
          f=[("41 weeks", "41"), ("18 weeks", "18"), ("four hospitals", "4"), ("more than two years", "2")]),
    ],
    [
        S("Emergency departments fared little better.",
          N, why="an evaluative lead-in; the checkable detail follows in the next sentence"),
        S("Only 61 per cent of patients were seen within four hours in March, against a target of 95 per cent.",
          "", why="unattributed in the sentence, so the article's own voice, although the data come from the report",
          f=[("61 per cent", "61"), ("four hours", "4"), ("95 per cent", "95")]),
    ],
    [
        S("The health minister, Colm Ferriter, said the figures were “disappointing but not surprising” after what he called the hardest winter the health service had faced.",
          "Colm Ferriter", why="reported speech with a partial quote",
          q=[("“disappointing but not surprising”", "Colm Ferriter")]),
        S("“We have opened 900 extra beds since October and recruited more than 2,000 nurses from overseas,” he said.",
          "Colm Ferriter", why="quotation + pronoun tag asserting checkable numbers; 'extra' ends the first FIGURE",
          q=[("“We have opened 900 extra beds since October and recruited more than 2,000 nurses from overseas,”", "Colm Ferriter")],
          f=[("900", "900"), ("more than 2,000 nurses", "2000")]),
        S("“Changes like that take time to show up in numbers like these.”",
          N, why="an explanation and implied prediction, not a checkable fact",
          q=[("“Changes like that take time to show up in numbers like these.”", "Colm Ferriter")]),
    ],
    [
        S("He said the government would publish a recovery plan in the summer, including £1.5 billion for new surgical hubs.",
          "Colm Ferriter", why="reported speech about a stated intention: that he said it is checkable",
          f=[("£1.5 billion", "1500000000")]),
        S("He blamed a prolonged strike by junior doctors in the spring for much of the recent rise.",
          "Colm Ferriter", why="blaming is a position taken, a reported assertion; 'He' resolves to Ferriter"),
    ],
    [
        S("The Association of Hospital Doctors, a union representing about 28,000 doctors, said the report described a service “running on goodwill and unpaid overtime”.",
          "Association of Hospital Doctors",
          q=[("“running on goodwill and unpaid overtime”", "Association of Hospital Doctors")],
          f=[("about 28,000 doctors", "28000")]),
        S("The union and the government have been in dispute over pay and staffing for much of the past year.",
          "", why="article's own voice, checkable; 'the past year' has no number, so no FIGURE"),
    ],
    # A quotation running over two paragraphs: this paragraph has no closing
    # mark, so its QUOTE ends at the paragraph's final full stop; the next
    # paragraph reopens the quotation and gives a second QUOTE.
    {"s": [
        S("Dr Ilse Varga, the union’s general secretary, said: “We have 3,400 fewer doctors in our hospitals than the government’s own workforce plan promised.",
          "Dr Ilse Varga",
          why="tag + first sentence of a quotation asserting a checkable number; 'Dr' is kept as an honorific, 'general secretary' is a job title in apposition; 'fewer' ends the FIGURE",
          f=[("3,400", "3400")]),
        S("Consultants are cancelling whole operating lists because there are no beds to put patients in afterwards.",
          "Dr Ilse Varga", why="inner sentence of her quotation; a checkable state of affairs"),
    ], "q": [
        ("“We have 3,400 fewer doctors in our hospitals than the government’s own workforce plan promised. Consultants are cancelling whole operating lists because there are no beds to put patients in afterwards.",
         "Dr Ilse Varga"),
    ]},
    [
        S("“Every cancelled list is a day of someone’s life spent in pain,” she said.",
          N, why="continuation of her quotation: rhetorical, an opinion",
          q=[("“Every cancelled list is a day of someone’s life spent in pain,”", "Dr Ilse Varga")]),
        S("“The minister has known this since at least 2022.”",
          "Dr Ilse Varga", why="asserts when the minister knew, checkable against correspondence; 2022 is a year, so 'at least 2022' is not a FIGURE",
          q=[("“The minister has known this since at least 2022.”", "Dr Ilse Varga")]),
    ],
    [
        S("Derek Pomfrey, 63, a former bus driver from Eastmoor, has been waiting 22 months for a hip replacement at St Brannock’s Hospital.",
          "", f=[("63", "63"), ("22 months", "22")]),
        # The inner ‘your procedure has been rescheduled’ is nested: only the outer quote is a QUOTE.
        S("“Every few months I get a letter saying ‘your procedure has been rescheduled’, and that is the last I hear of it,” he told the Eastmoor Herald.",
          "Derek Pomfrey",
          why="quotation + tag recounting checkable events (letters received); 'few' is inexact and has no number, so no FIGURE",
          q=[("“Every few months I get a letter saying ‘your procedure has been rescheduled’, and that is the last I hear of it,”", "Derek Pomfrey")]),
    ],
    # A quotation of three sentences with the tag on the last one.
    {"s": [
        S("“I drove buses for 30 years.", "Derek Pomfrey",
          why="inner sentence of his quotation; a checkable fact", f=[("30 years", "30")]),
        S("Now I can’t walk to the end of the garden without a stick.", "Derek Pomfrey",
          why="inner sentence of his quotation; a checkable statement about his condition"),
        S("You stop feeling like a person,” he said.", N,
          why="a feeling, not checkable; the tag belongs to this last inner sentence"),
    ], "q": [
        ("“I drove buses for 30 years. Now I can’t walk to the end of the garden without a stick. You stop feeling like a person,”",
         "Derek Pomfrey"),
    ]},
    [
        S("His GP has written to the hospital asking for the operation to be brought forward on medical grounds.",
          "", why="article's own voice, checkable"),
    ],
    [
        S("Eastmoor Hospitals Trust, which runs St Brannock’s, has the longest waiting list in the region, with 1,900 patients waiting more than a year.",
          "", f=[("1,900 patients", "1900")]),
    ],
    # Unnamed speaker; quotation of two sentences introduced by a colon tag.
    {"s": [
        S("A spokesperson for the trust said: “We are sorry that Mr Pomfrey has waited so long.",
          N, why="tag + a quoted apology: the quotation expresses regret and asserts no checkable fact beyond the long wait already reported"),
        S("We are adding two operating theatres at St Brannock’s this year, which will allow us to treat around 3,000 more patients a year.”",
          "spokesperson for the trust",
          why="inner sentence of the quotation; the new theatres are checkable. Unnamed source named by its description without the article; 'more' ends the second FIGURE",
          f=[("two operating theatres", "2"), ("around 3,000", "3000")]),
    ], "q": [
        ("“We are sorry that Mr Pomfrey has waited so long. We are adding two operating theatres at St Brannock’s this year, which will allow us to treat around 3,000 more patients a year.”",
         "spokesperson for the trust"),
    ]},
    [
        S("The inspectorate warned that waiting lists would keep growing until at least 2027 unless the number of staffed beds rose.",
          "Health Services Inspectorate",
          why="a prediction, but reported: that the inspectorate warned it is checkable; 'the inspectorate' resolves to its name; 2027 is a year"),
        S("Mr Pomfrey said he would keep phoning the hospital every Monday “until somebody gives me a date”.",
          "Mr Pomfrey", why="reported speech of an intention, with a short partial quote",
          q=[("“until somebody gives me a date”", "Mr Pomfrey")]),
        S("Opposition politicians called for an independent inquiry into the figures.",
          "", why="a demand reported as an event, not a passed-on assertion, so no claimant; that it was made is checkable"),
    ],
])
