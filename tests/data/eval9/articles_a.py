"""Held-out articles, set A: three original news stories written for the
ninth evaluation set, at ordinary wire, local-news and business-news density.

Each article is a list of paragraphs of sentences with hand-made gold
decisions (CLAIM with claimant, or not with a reason; QUOTEs with speakers;
FIGUREs with values), following /work/shared/annotation-guidelines.md.
`estavia_budget_vote` is a national-politics wire story (a budget passing
the lower house after a coalition revolt) with straight quotes and "\\r\\n",
a headline, a dateline and a credit footer; `scaffold_deaths_sentencing`
is a local-news website courts story (a sentencing) with curly quotes and
"\\n\\n" between paragraphs, a headline, a dek, a byline, a timestamp, a
photo caption, a "Read more" link and a newsletter line;
`korvel_results_job_cuts` is a business-news story (quarterly results, job
cuts, an analyst and a union official) with curly quotes and "\\n", a
headline, a byline with timestamp, a photo caption and an update note.

Judgement calls made where the guidelines leave room:
- A wire dateline (`KERRANSBY, March 4 (Northgate Press) -`) is its own
  item with no CLAIM, so the first CLAIM starts at the sentence proper (as
  in earlier sets). Headline, dek, byline, timestamp, caption, photo
  credit, "Read more" link, newsletter line, update note and credit footer
  get no CLAIM; QUOTEs and FIGUREs inside them are still marked.
- A vote tally `by 94 votes to 87` is two values, not a range: two FIGUREs
  (`94 votes`, `87`), like `from 5,100 to about 7,400` in set 8.
- `half` / `halve` / `fewer than half` / `less than half` have no number
  word and are not FIGUREs.
- Hyphenated compounds with a number are FIGUREs whatever they measure:
  `14-month-old` (government), `60-member` (Senate), `10-year` (bond
  yield), `five-week` (trial), `14-hour` (debate).
- An adjective between number and noun ends the span (`Two Agrarian
  deputies` -> `Two`, `two smaller manufacturers` -> `two`), but a compound
  noun is the counted noun (`more than 300 witness statements`, `700 job
  cuts`, `some 4,000 emails`). `some` before a number is an approximator.
- A numeral referring back to a known group is no FIGURE (`those two
  names` = the two dead workers); a bare number counting a noun that does
  not follow it is a FIGURE of the number (and approximator) alone
  (`87`, `about 600` of the Ashmoor staff). A duration phrase `the three
  months to Sept. 30` is a FIGURE (`three months`).
- Bare ages after a name (`Daniel Fyfe, 23,`) are FIGUREs of the number.
- Titles dropped from claimant/speaker: `Finance Minister`, `Prime
  Minister`, `League leader`, `Sen.`, `Judge`, `Detective Chief
  Inspector`, `Chief executive`, `Mayor`, and the post-nominal `KC`
  (a rank of counsel, not an honorific). Kept: `Dr.`, `Mr`, `Ms`, `Mr.`,
  `Ms.` (honorifics). The name form is that of the nearest mention: the
  sentence's own mention if it names the person (`Judge Holloway said` ->
  `Holloway`), otherwise the nearest earlier one (`she told him` after
  `Judge Miriam Holloway` -> `Miriam Holloway`).
- `The court heard that ...` passes on evidence without naming the witness:
  claimant `court` (as `inquest` in set 8).
- A description of a company (`The Delford-based manufacturer said`, `The
  company said`) resolves to the company's name at its nearest mention
  (`Korvel Industries` in the lede, `Korvel` after that).
- A company's results stated as fact in the outlet's voice (`It posted a
  net loss of ...`, `Korvel earned 9 cents a share`) are CLAIMs with an
  empty claimant; `Korvel now expects full-year revenue of ...` passes on
  the company's forecast (its position), so claimant `Korvel`.
- Transitional sentences about what people think (`Economists were less
  sure the numbers would hold.`) are CLAIMs in the outlet's voice, as the
  reference annotator marks `Zelensky ... remains sceptical that ...`.
  Pure forecasts in the outlet's voice (`The cuts are unlikely to be the
  last in the sector.`) are not.
- A quotation plus tag is a CLAIM when the quoted words assert something
  checkable even if they carry sentiment (the deficit falling `for the
  second year running`; `we have changed it`; a market `shrinking faster
  than we planned for`; a company `losing share to cheaper imports`); a
  quotation that is only a judgement, warning, feeling, intention or
  question is not.
- A quotation after its tag sentence with no tag of its own (the judge's
  two-sentence quotation in its own paragraph) takes its speaker from the
  previous paragraph; one QUOTE spans both sentences, and each sentence
  gets its own decision.
- A two-word reply `"I'm not."` is a QUOTE (two words), not a CLAIM.
- `He will serve half of it in custody before being released on licence`
  states the legal effect of the sentence, not a forecast: a CLAIM.
  `Marrable ... showed no reaction as the sentence was passed` is an
  observed event in court: a CLAIM in the outlet's voice.
- `She also disqualified him ...` reports a ruling as an event: claimant
  empty.
- Clock times (`7 a.m.`), dates (`Sept. 30`, `9 March 2023`), years and
  year labels (`2026 budget`, `from 2027`) and ordinals (`third straight
  quarter`, `second year running`, `A third man`) are never FIGUREs;
  `an hour` has the article `an`, not a number. `two years ago` (in a
  quotation) is a number with its unit, so `two years` is a FIGURE even
  though the phrase locates a point in time.

Every person, organisation and place named here is invented.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. estavia_budget_vote: national-politics wire story, straight quotes,
#    "\r\n", headline, dateline, credit footer
# ---------------------------------------------------------------------------
ARTICLES["estavia_budget_vote"] = dict(nl="\r\n", paras=[
    [S('''Estavia's 2026 budget clears lower house by seven votes after fuel-duty climbdown''',
       N, why="Headline: no CLAIM, but its FIGURE is marked; '2026' is a year label.",
       f=[("seven votes", "7")])],
    [
        S('''KERRANSBY, March 4 (Northgate Press) -''',
          N, why="Dateline: furniture, not part of the first sentence."),
        S('''Estavia's lower house of parliament approved the government's 2026 budget late on Tuesday by 94 votes to 87, after Finance Minister Tomas Reiner agreed to halve a planned rise in fuel duty to win back rebels in his own coalition.''',
          "", why="The vote in the wire's own voice. A tally is two values, not a range: two FIGUREs; '87' counts votes though the noun does not follow. 'halve' is no FIGURE.",
          f=[("94 votes", "94"), ("87", "87")]),
    ],
    [
        S('''The vote ended a week of brinkmanship that had threatened to bring down Prime Minister Lidia Marsh's 14-month-old government, the third to hold office since the 2023 election.''',
          "", why="Outlet's own voice. '14-month-old' is a hyphenated compound FIGURE; 'third' is an ordinal; '2023' a year; 'a week' is an article.",
          f=[("14-month-old", "14")]),
    ],
    [
        S('''Under the original plan, duty on petrol and diesel would have risen by 8 cents a litre from July.''',
          "", why="A checkable fact about the published plan, in the wire's voice.",
          f=[("8 cents", "8")]),
        S('''Reiner told deputies before the vote that the increase would now be 4 cents, with the second half deferred until at least January 2027.''',
          "Reiner", why="Reported speech ('told deputies'); claimant by the name in the sentence. 'second half' is no FIGURE; 'January 2027' a date.",
          f=[("4 cents", "4")]),
    ],
    [
        S('''The concession will cost the treasury about 310 million crowns in lost revenue this year, according to finance ministry estimates published alongside the amended bill.''',
          "finance ministry", why="'according to finance ministry estimates': the ministry is the author of the estimates.",
          f=[("about 310 million crowns", "310000000")]),
    ],
    [
        S('''"This is a responsible budget that brings the deficit down for the second year running, and it still does that with the change we have made tonight," Reiner said after the result was announced.''',
          "Reiner", why="Quotation plus tag; besides the sentiment ('responsible') it asserts a checkable fact (the deficit falls for the second year running), so a CLAIM. 'second' is an ordinal.",
          q=[('''"This is a responsible budget that brings the deficit down for the second year running, and it still does that with the change we have made tonight,"''', "Reiner")]),
    ],
    [
        S('''The budget forecasts a deficit of 2.9% of gross domestic product this year, down from 3.4% in 2025, and total spending of 212 billion crowns.''',
          "", why="What the budget document contains, in the wire's voice. 'down from' gives two values: two FIGUREs.",
          f=[("2.9%", "2.9"), ("3.4%", "3.4"), ("212 billion crowns", "212000000000")]),
        S('''Defence spending rises by 11 percent, while most ministries face a real-terms freeze.''',
          "", f=[("11 percent", "11")]),
    ],
    [
        S('''The rebellion was led by the Agrarian League, the junior partner in the coalition, whose 16 deputies represent mostly rural districts where many people drive long distances to work.''',
          "", f=[("16 deputies", "16")]),
    ],
    [
        S('''League leader Oskar Vell had said on Friday that his party would vote against the bill unless the rise was scrapped outright.''',
          "Oskar Vell", why="Reported speech; 'League leader' is a title and is dropped."),
        S('''He settled for half.''',
          "", why="The outcome for Vell stated in the wire's voice (what he accepted); 'half' is no FIGURE."),
    ],
    [
        S('''"Nobody in this house should pretend that 4 cents is nothing to a farmer in the north who fills up a tractor every day," Vell told reporters outside the chamber.''',
          N, why="Quotation plus tag giving an argument/opinion, not a checkable fact. The amount is still a FIGURE.",
          q=[('''"Nobody in this house should pretend that 4 cents is nothing to a farmer in the north who fills up a tractor every day,"''', "Vell")],
          f=[("4 cents", "4")]),
        S('''"But we were elected to change this budget, not to bring down the government, and we have changed it."''',
          "Vell", why="Continuation quotation (its own QUOTE); besides the stance it asserts a checkable fact (the League got the budget changed), so a CLAIM with the tag's speaker.",
          q=[('''"But we were elected to change this budget, not to bring down the government, and we have changed it."''', "Vell")]),
    ],
    [
        S('''Two Agrarian deputies, Petra Lunn and Arvid Sell, still voted against, and a third abstained.''',
          "", why="Outlet's voice. The adjective 'Agrarian' ends the span: FIGURE 'Two'. 'a third' is an ordinal (a third deputy).",
          f=[("Two", "2")]),
    ],
    [
        S('''Lunn, who represents the northern district of Gallow Fen, said the compromise still left rural households paying more at the pump while the capital's new tram line went ahead untouched.''',
          "Lunn", why="Reported speech."),
        S('''"Who is going to explain that to people in my district?" she said.''',
          N, why="A question. 'she' resolves to Lunn.",
          q=[('''"Who is going to explain that to people in my district?"''', "Lunn")]),
        S('''"I'm not."''',
          N, why="Two-word continuation quotation: a QUOTE, but a stance, not a checkable fact.",
          q=[('''"I'm not."''', "Lunn")]),
    ],
    [
        S('''The opposition Social Democrats, the largest party in the chamber with 61 seats, voted against as a bloc.''',
          "", f=[("61 seats", "61")]),
        S('''Their leader, Hanne Sorvik, accused the government of "buying off its own backbenchers with money it does not have" and said the deficit forecast rested on growth figures that "nobody outside the finance ministry believes."''',
          "Hanne Sorvik", why="'accused ... and said' passes on her position: CLAIM with her as claimant; two partial quotations of several words. The full stop sits inside the closing mark, so it is inside the second QUOTE.",
          q=[('''"buying off its own backbenchers with money it does not have"''', "Hanne Sorvik"),
             ('''"nobody outside the finance ministry believes."''', "Hanne Sorvik")]),
    ],
    [
        S('''"They have patched a hole in the coalition, not in the public finances," Sorvik said during the debate.''',
          N, why="Quotation plus tag giving an opinion.",
          q=[('''"They have patched a hole in the coalition, not in the public finances,"''', "Sorvik")]),
    ],
    [
        S('''Marsh did not speak during the 14-hour debate.''',
          "", why="A checkable fact in the wire's voice; '14-hour' is a hyphenated compound FIGURE.",
          f=[("14-hour", "14")]),
        S('''Her spokesman, Jonas Ekdahl, said she had spoken to Vell by phone several times over the weekend and was "very comfortable" with the final deal.''',
          "Jonas Ekdahl", why="Reported speech; a two-word partial quotation is a QUOTE by the spokesman.",
          q=[('''"very comfortable"''', "Jonas Ekdahl")]),
    ],
    [
        S('''The bill now goes to the 60-member Senate, which can delay budget legislation but cannot block it.''',
          "", why="Procedural fact; '60-member' is a hyphenated compound FIGURE.",
          f=[("60-member", "60")]),
        S('''Sen. Aurel Danby, who chairs the Senate finance committee, said he expected a final vote before the end of March.''',
          "Aurel Danby", why="Reported speech (an expectation he stated: that he said it is checkable); 'Sen.' is a title and is dropped."),
        S('''"There will be amendments, there always are, but I don't see the Senate sending this back," said Danby.''',
          N, why="Quotation plus inverted tag; a prediction.",
          q=[('''"There will be amendments, there always are, but I don't see the Senate sending this back,"''', "Danby")]),
    ],
    [
        S('''Economists were less sure the numbers would hold.''',
          "", why="A state of affairs about the economists' views, in the wire's voice (as the reference annotator marks 'Zelensky ... remains sceptical that ...')."),
        S('''Dr. Maja Kettil, director of the Kerransby Institute for Fiscal Studies, said the fuel-duty change was small in itself but that the budget assumed growth of 1.8 percent this year, against 1.1 percent forecast by the central bank in February.''',
          "Dr. Maja Kettil", why="Reported speech; 'Dr.' is kept as an honorific, 'director of ...' dropped. Two growth rates: two FIGUREs.",
          f=[("1.8 percent", "1.8"), ("1.1 percent", "1.1")]),
    ],
    [
        S('''"If growth comes in closer to 1 percent, the deficit target is gone, fuel duty or no fuel duty," she said.''',
          N, why="Quotation plus tag; a conditional prediction. 'she' resolves to Dr. Maja Kettil.",
          q=[('''"If growth comes in closer to 1 percent, the deficit target is gone, fuel duty or no fuel duty,"''', "Dr. Maja Kettil")],
          f=[("1 percent", "1")]),
        S('''"That is the real argument, and nobody in the chamber was having it."''',
          N, why="Continuation quotation; an opinion.",
          q=[('''"That is the real argument, and nobody in the chamber was having it."''', "Dr. Maja Kettil")]),
    ],
    [
        S('''Estavia's 10-year bond yield was little changed at 3.62% on Wednesday morning.''',
          "", why="Market fact; '10-year' is a hyphenated compound FIGURE.",
          f=[("10-year", "10"), ("3.62%", "3.62")]),
    ],
    [S('''(Reporting by Lise Andvik; Editing by Robert Kaye)''', N, why="Credit footer.")],
])

# ---------------------------------------------------------------------------
# 2. scaffold_deaths_sentencing: local-news courts story, curly quotes,
#    "\n\n" between paragraphs, headline, dek, byline, timestamp, caption,
#    "Read more" and newsletter lines
# ---------------------------------------------------------------------------
ARTICLES["scaffold_deaths_sentencing"] = dict(nl="\n\n", paras=[
    [S("Scaffolding boss jailed for six years over deaths of two workers in Tarnbridge collapse",
       N, why="Headline: no CLAIM, but its FIGUREs are marked.",
       f=[("six years", "6"), ("two workers", "2")])],
    [S("Judge says Colin Marrable “gambled with the lives” of his men to keep a refurbishment job on schedule",
       N, why="Dek: no CLAIM; the partial quotation is a QUOTE by the judge, named as at her nearest mention in the body (title dropped).",
       q=[("“gambled with the lives”", "Miriam Holloway")])],
    [S("By Kieran Doyle, Crime Reporter", N, why="Byline.")],
    [S("16:42, 12 JUN 2025", N, why="Timestamp (a clock time and a date).")],
    [S("Colin Marrable arriving at Hallowford Crown Court for an earlier hearing (Image: Tarnbridge Echo)",
       N, why="Photo caption with credit.")],
    [
        S("A scaffolding company director whose firm’s structure collapsed on a Tarnbridge building site, killing two workers, has been jailed for six years.",
          "", f=[("two workers", "2"), ("six years", "6")]),
    ],
    [
        S("Colin Marrable, 54, of Kestrel Lane, Pellingham, was found guilty last month of two counts of gross negligence manslaughter after a five-week trial at Hallowford Crown Court.",
          "", why="Bare age after the name is a FIGURE; 'five-week' a hyphenated compound.",
          f=[("54", "54"), ("two counts", "2"), ("five-week", "5")]),
    ],
    [
        S("His company, Marrable Access Ltd, was fined £850,000 and ordered to pay £120,000 in costs after admitting breaches of health and safety law.",
          "", f=[("£850,000", "850000"), ("£120,000", "120000")]),
    ],
    [
        S("Daniel Fyfe, 23, and Lewis Ahern, 41, died when a section of scaffolding more than 20 metres high came away from the front of a block of flats being refurbished on Quarry Street on 9 March 2023.",
          "", why="Bare ages are FIGUREs; '9 March 2023' is a date.",
          f=[("23", "23", 1), ("41", "41"), ("more than 20 metres", "20")]),
        S("A third man, Tomasz Kaleta, suffered a broken pelvis and spent nine weeks in hospital.",
          "", why="'third' is an ordinal.",
          f=[("nine weeks", "9")]),
    ],
    [
        S("The court heard that the scaffold was tied to the building at fewer than half of the points set out in its design, and that two ties had been removed the day before the collapse so that a delivery of windows could be lifted in.",
          "court", why="'The court heard' passes on trial evidence without naming the witness: claimant 'court'. 'fewer than half' is no FIGURE.",
          f=[("two ties", "2")]),
    ],
    [
        S("Alison Crewe KC, prosecuting, told the jury during the trial that Marrable’s firm had been paid £186,000 for the job and faced a penalty of £2,500 for every week the work overran.",
          "Alison Crewe", why="Reported speech; 'KC' and 'prosecuting' are dropped.",
          f=[("£186,000", "186000"), ("£2,500", "2500")]),
    ],
    [
        S("“This was not an accident in any sense that matters,” Ms Crewe said in her closing speech.",
          N, why="Quotation plus tag; a characterisation, not a checkable fact.",
          q=[("“This was not an accident in any sense that matters,”", "Ms Crewe")]),
        S("“It was the predictable result of a decision to put money ahead of safety.”",
          N, why="Continuation quotation; an argument.",
          q=[("“It was the predictable result of a decision to put money ahead of safety.”", "Ms Crewe")]),
    ],
    [
        S("Sentencing Marrable on Thursday, Judge Miriam Holloway said he had known for at least eight days that the scaffold was unsafe and had chosen to carry on because the contract was running behind schedule.",
          "Miriam Holloway", why="The judge's findings passed on as reported speech; 'Judge' is a title and is dropped.",
          f=[("at least eight days", "8")]),
    ],
    [
        S("“You gambled with the lives of the men who worked for you, and you did it to save time and money,” she told him.",
          N, why="Quotation plus tag; a moral judgement. 'she' resolves to Miriam Holloway.",
          q=[("“You gambled with the lives of the men who worked for you, and you did it to save time and money,”", "Miriam Holloway")]),
    ],
    {"s": [
        S("“The warnings were there in writing.",
          "Miriam Holloway", why="First sentence of a quotation with no tag of its own, continuing the judge's remarks from the previous paragraph; a checkable fact (written warnings)."),
        S("Your own supervisor emailed you about the missing ties two days before the collapse, and you did nothing.”",
          "Miriam Holloway", why="Second sentence of the same quotation; checkable facts.",
          f=[("two days", "2")]),
    ], "q": [("“The warnings were there in writing. Your own supervisor emailed you about the missing ties two days before the collapse, and you did nothing.”", "Miriam Holloway")]},
    [
        S("Judge Holloway said she accepted that Marrable had never intended anyone to be hurt and that his remorse was genuine, but that his culpability was “very high” and only an immediate prison sentence could be justified.",
          "Holloway", why="Reported speech; claimant by the name in the sentence, title dropped; a two-word partial quotation is a QUOTE.",
          q=[("“very high”", "Holloway")]),
        S("She also disqualified him from acting as a company director for 10 years.",
          "", why="The ruling reported as an event in the paper's own voice.",
          f=[("10 years", "10")]),
    ],
    [
        S("Marrable, who wore a dark suit, showed no reaction as the sentence was passed.",
          "", why="An observed event in court, in the paper's own voice."),
        S("He will serve half of it in custody before being released on licence.",
          "", why="The legal effect of the sentence, not a forecast; 'half' is no FIGURE."),
    ],
    [S("Read more: Quarry Street families call for licensing of scaffolding firms",
       N, why="'Read more' link (boilerplate).")],
    [
        S("In mitigation, Simon Achterberg, defending, said his client had run the business for 28 years without a serious accident and had not slept properly since the collapse.",
          "Simon Achterberg", why="Reported speech of the defence barrister.",
          f=[("28 years", "28")]),
        S("Mr Achterberg said Marrable had sold the family home to meet the company’s debts and had written to both families to apologise.",
          "Mr Achterberg", why="Reported speech; 'both' is no number."),
    ],
    [
        S("“He does not ask for sympathy,” Mr Achterberg said, “and he knows that whatever sentence is passed today, he will carry those two names for the rest of his life.”",
          N, why="One sentence with a quotation interrupted by its tag: two QUOTEs. A plea, not a checkable fact. 'those two names' refers back to the two dead men: no FIGURE.",
          q=[("“He does not ask for sympathy,”", "Mr Achterberg"),
             ("“and he knows that whatever sentence is passed today, he will carry those two names for the rest of his life.”", "Mr Achterberg")]),
    ],
    [
        S("The developer that owned the Quarry Street site, Quillan Homes, was not charged.",
          "", why="A checkable fact in the paper's own voice."),
    ],
    [
        S("Speaking outside court, Daniel Fyfe’s mother, Karen Fyfe, said the family had waited more than two years for the case to come to trial.",
          "Karen Fyfe", why="Reported speech.",
          f=[("more than two years", "2")]),
    ],
    [
        S("“Six years doesn’t feel like much when you’ve lost your son,” she said.",
          N, why="Quotation plus tag; a feeling. 'she' resolves to Karen Fyfe. The sentence length is still a FIGURE.",
          q=[("“Six years doesn’t feel like much when you’ve lost your son,”", "Karen Fyfe")],
          f=[("Six years", "6")]),
        S("“But at least now nobody can call it an accident.”",
          N, why="Continuation quotation; an opinion.",
          q=[("“But at least now nobody can call it an accident.”", "Karen Fyfe")]),
    ],
    [
        S("Detective Chief Inspector Sarah Lomax, of Tarnbridge Police, said the investigation, carried out jointly with the Workplace Safety Authority, had involved more than 300 witness statements and the examination of some 4,000 emails.",
          "Sarah Lomax", why="Reported speech; the rank is a title and is dropped. 'witness statements' is a compound counted noun; 'some' is an approximator.",
          f=[("more than 300 witness statements", "300"), ("some 4,000 emails", "4000")]),
        S("“Employers who cut corners on safety should understand that when people die as a result, they will be prosecuted,” she said.",
          N, why="Quotation plus tag; a warning. 'she' resolves to Sarah Lomax.",
          q=[("“Employers who cut corners on safety should understand that when people die as a result, they will be prosecuted,”", "Sarah Lomax")]),
    ],
    [S("Sign up to the Tarnbridge Echo’s free courts and crime newsletter here.",
       N, why="Newsletter boilerplate.")],
])

# ---------------------------------------------------------------------------
# 3. korvel_results_job_cuts: business story, curly quotes, "\n",
#    headline, byline with timestamp, caption, update note
# ---------------------------------------------------------------------------
ARTICLES["korvel_results_job_cuts"] = dict(nl="\n", paras=[
    [S("Korvel to cut 1,400 jobs and shut Ashmoor plant as heat-pump slump deepens",
       N, why="Headline: no CLAIM, but its FIGURE is marked.",
       f=[("1,400 jobs", "1400")])],
    [S("By Martin Oyelaran, Business Reporter | Oct. 23, 2025 at 8:05 a.m.",
       N, why="Byline and timestamp.")],
    [
        S("Workers leave Korvel’s Ashmoor plant at the end of a shift on Thursday.",
          N, why="Photo caption."),
        S("Photograph: Lena Brook/Delford Ledger", N, why="Photo credit (part of the caption line)."),
    ],
    [
        S("Korvel Industries will cut about 1,400 jobs and close its oldest factory after demand for its heat pumps fell for a third straight quarter, the company said on Thursday as it reported a net loss and lowered its full-year forecast.",
          "Korvel Industries", why="'the company said': the lede passes on the company's announcement. 'third' is an ordinal.",
          f=[("about 1,400 jobs", "1400")]),
    ],
    [
        S("The Delford-based manufacturer said revenue in the three months to Sept. 30 fell 12% from a year earlier to $1.31 billion.",
          "Korvel Industries", why="'The Delford-based manufacturer' resolves to the company's name at its nearest mention. 'three months' is a duration FIGURE; 'Sept. 30' a date.",
          f=[("three months", "3"), ("12%", "12"), ("$1.31 billion", "1310000000")]),
        S("It posted a net loss of $58 million, or 37 cents a share, compared with a profit of $41 million in the same quarter of 2024.",
          "", why="The result stated as fact in the outlet's voice; 'a share' is an article.",
          f=[("$58 million", "58000000"), ("37 cents", "37"), ("$41 million", "41000000")]),
    ],
    [
        S("Excluding restructuring charges, Korvel earned 9 cents a share.",
          "", f=[("9 cents", "9")]),
        S("Analysts had on average expected 22 cents, according to Harcourt Analytics.",
          "Harcourt Analytics", why="'according to' the data provider.",
          f=[("22 cents", "22")]),
    ],
    [
        S("Korvel shares fell 14.6% to $27.80 in early trading, their lowest level since 2020.",
          "", f=[("14.6%", "14.6"), ("$27.80", "27.80")]),
    ],
    [
        S("The company said it would close the Ashmoor plant, which makes gas boilers and employs 860 people, by the end of June next year, and cut a further 540 jobs across its engineering, sales and administrative offices.",
          "Korvel", why="'The company' resolves to 'Korvel' (nearest mention).",
          f=[("860 people", "860"), ("540 jobs", "540")]),
        S("Together the cuts amount to roughly 9% of its workforce of 15,600.",
          "", why="The outlet's own calculation; 'roughly' is an approximator; '15,600' counts the workforce (no noun follows).",
          f=[("roughly 9%", "9"), ("15,600", "15600")]),
    ],
    [
        S("Chief executive Annika Feldt said the decision to close Ashmoor, which opened in 1962, was “the hardest I have had to make” but that the company could not keep running a boiler plant at less than half its capacity while customers moved to electric heating.",
          "Annika Feldt", why="Reported speech with a partial quotation; title dropped. '1962' is a year; 'less than half' is no FIGURE.",
          q=[("“the hardest I have had to make”", "Annika Feldt")]),
    ],
    [
        S("“The market for heat pumps has not grown the way anyone in this industry expected two years ago, and the market for boilers is shrinking faster than we planned for,” Ms. Feldt said on a call with analysts.",
          "Ms. Feldt", why="Quotation plus tag asserting checkable market facts (heat-pump market below expectations, boiler market shrinking), so a CLAIM.",
          q=[("“The market for heat pumps has not grown the way anyone in this industry expected two years ago, and the market for boilers is shrinking faster than we planned for,”", "Ms. Feldt")],
          f=[("two years", "2")]),  # 'two years ago': FIGURE 'two years' (docstring)
        S("“We have to size the company for the demand we actually have.”",
          N, why="Continuation quotation; a statement of intent/necessity.",
          q=[("“We have to size the company for the demand we actually have.”", "Ms. Feldt")]),
    ],
    [
        S("She said Korvel expected the restructuring to cost $190 million to $220 million, mostly in severance payments, and to save about $160 million a year from 2027.",
          "Ms. Feldt", why="Reported speech; 'She' resolves to Ms. Feldt. The cost range is one FIGURE; '2027' is a year.",
          f=[("$190 million to $220 million", "190000000-220000000"), ("about $160 million", "160000000")]),
        S("Korvel now expects full-year revenue of $5.2 billion to $5.4 billion, down from its previous forecast of $5.6 billion to $5.9 billion.",
          "Korvel", why="Passes on the company's forecast (its stated position); two ranges, one FIGURE each.",
          f=[("$5.2 billion to $5.4 billion", "5200000000-5400000000"),
             ("$5.6 billion to $5.9 billion", "5600000000-5900000000")]),
    ],
    [
        S("“This was a bad quarter dressed up as a restructuring story,” said Priya Raman, an analyst at Dunmore Securities.",
          N, why="Quotation plus inverted tag; an opinion. Job description dropped from the speaker.",
          q=[("“This was a bad quarter dressed up as a restructuring story,”", "Priya Raman")]),
    ],
    [
        S("Ms. Raman said investors had been braced for job cuts but not for a forecast cut of this size.",
          "Ms. Raman", why="Reported speech."),
    ],
    {"s": [
        S("“The savings are real, but they don’t arrive until 2027, and in the meantime the company is losing share to cheaper imports,” she said.",
          "Ms. Raman", why="Quotation plus tag asserting checkable facts (when savings arrive, market share lost to imports), so a CLAIM. 'she' resolves to Ms. Raman.",
          q=[("“The savings are real, but they don’t arrive until 2027, and in the meantime the company is losing share to cheaper imports,”", "Ms. Raman")]),
        S("“Does management have a plan for that?",
          N, why="A question (first sentence of a two-sentence continuation quotation)."),
        S("I didn’t hear one today.”",
          N, why="Second sentence of the quotation; a rhetorical jab, not a checkable fact."),
    ], "q": [("“Does management have a plan for that? I didn’t hear one today.”", "Ms. Raman")]},
    [
        S("Gareth Lyle, regional secretary of the United Heating and Engineering Workers union, which represents about 600 of the Ashmoor staff, said members had learned of the closure from a video message sent at 7 a.m., an hour before the results were published.",
          "Gareth Lyle", why="Reported speech; title dropped. 'about 600' counts staff (no noun directly follows); '7 a.m.' is a clock time; 'an hour' is an article.",
          f=[("about 600", "600")]),
    ],
    [
        S("“People have given this company 30 years of their lives, and they deserved better than a video on their phones,” Mr. Lyle said.",
          N, why="Quotation plus tag; an opinion. The duration is still a FIGURE.",
          q=[("“People have given this company 30 years of their lives, and they deserved better than a video on their phones,”", "Mr. Lyle")],
          f=[("30 years", "30")]),
        S("“We will be asking for the plant to stay open until a buyer has been properly looked for, and we are not ruling anything out, including industrial action.”",
          N, why="Continuation quotation; intentions and a threat, not a checkable fact.",
          q=[("“We will be asking for the plant to stay open until a buyer has been properly looked for, and we are not ruling anything out, including industrial action.”", "Mr. Lyle")]),
    ],
    [
        S("Korvel said it would begin consultations with unions next week and would offer retraining and redeployment where possible.",
          "Korvel", why="Reported statement of the company's plans; that it said so is checkable."),
    ],
    [
        S("The plant is the largest private employer in Ashmoor, a town of about 38,000 people, and the closure comes 18 months after Korvel received a $12 million state grant to modernise its production lines.",
          "", f=[("about 38,000 people", "38000"), ("18 months", "18"), ("$12 million", "12000000")]),
        S("Mayor Denise Carraway called the timing “a kick in the teeth” and said the town would ask the state to review the terms of the grant.",
          "Denise Carraway", why="'called ... and said' passes on her position; 'Mayor' is a title and is dropped.",
          q=[("“a kick in the teeth”", "Denise Carraway")]),
    ],
    [
        S("The cuts are unlikely to be the last in the sector.",
          N, why="A prediction in the outlet's voice."),
        S("Rival Brandt-Oakes Heating announced 700 job cuts in August, and two smaller manufacturers have filed for bankruptcy this year.",
          "", why="'job cuts' is a compound counted noun; the adjective 'smaller' ends the second span: FIGURE 'two'.",
          f=[("700 job cuts", "700"), ("two", "2")]),
    ],
    [S("This story has been updated with comments from an analyst and the union.",
       N, why="Update note (boilerplate).")],
])
