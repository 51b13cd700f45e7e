"""Held-out articles, set A: three original news stories written for this
evaluation set.

- football_report: a Saturday league match report (curly quotes, "\\n").
- court_telecom: a wire story about a court ruling against a telecoms
  company over billing (straight quotes, "\\r\\n" line endings).
- science_stroke: a medical-trial story about a gout drug that cut repeat
  strokes (curly quotes, "\\n").

Every person, club, company, court, town, newspaper, journal, charity and
drug named here is invented; any likeness to real ones is accidental.
"""
from gold_script import N, S

ARTICLES = {}

# ---------------------------------------------------------------------------
# 1. Football match report
# ---------------------------------------------------------------------------
ARTICLES["football_report"] = dict(nl="\n", paras=[
    [S("Late Okafor header earns Dunmore 2-1 win over ten-man Kestrel Bay", N,
       "headline; the scoreline 2-1 is not a FIGURE (result notation with no single value); "
       "ten-man is a hyphenated count compound, so a FIGURE",
       f=[("ten-man", "10")])],
    [S("Substitute strikes in the fourth minute of stoppage time after Kestrel captain Brenner is sent off", N,
       "standfirst; 'fourth minute' is an ordinal")],
    [S("Hannah Lindgren at Harrowfield Park", N, "byline")],
    [S("Sat 8 Mar 2025 19.42 GMT", N, "timestamp; dates and clock times are not FIGUREs")],
    [S("Substitute Chidi Okafor headed in a stoppage-time winner as Dunmore Athletic came from behind to beat "
       "ten-man Kestrel Bay 2-1 at Harrowfield Park on Saturday, lifting them to fourth in the Premier Division.",
       "", "match result in the article's voice; 2-1 not a FIGURE, 'fourth' ordinal",
       f=[("ten-man", "10")])],
    [S("The 23-year-old, who had been on the pitch for only 11 minutes, rose above Jari Nieminen to meet "
       "Mateus Carvalho’s corner and sent a home crowd of 28,914 into raptures.",
       "", f=[("23-year-old", "23"), ("11 minutes", "11"), ("28,914", "28914")])],
    [S("Chidi Okafor celebrates his winner in front of the Dunmore supporters.", N, "photo caption"),
     S("Photograph: Ella Marsh/Harrowfield Press", N, "photo credit")],
    [S("Kestrel Bay had led through Tomás Herrera’s curling shot in the 27th minute and looked comfortable until "
       "their captain, Lukas Brenner, was shown a second yellow card for a sliding challenge on Carvalho just "
       "after the hour.", "", "'27th minute' and 'second yellow card' are ordinals"),
     S("Dunmore needed only eight minutes to take advantage, Yusuf Demir sweeping the ball in after the "
       "goalkeeper Aurélien Fabre could only parry Carvalho’s low drive.",
       "", f=[("eight minutes", "8")])],
    [S("It was Demir’s ninth goal in all competitions this season.", "", "'ninth' is an ordinal: no FIGURE"),
     S("Herrera almost restored Kestrel Bay’s lead soon afterwards, but his header from Nieminen’s cross came "
       "back off the crossbar.", "", "match event in the article's voice")],
    [S("Kestrel Bay head coach Marco Ferrante said his side had been “the better team for an hour” and "
       "questioned why the referee, Sandra Kowalczyk, had not gone to the pitchside monitor.",
       "Marco Ferrante",
       "reported speech; speaker loses the job title; 'an hour' is article + noun, not a FIGURE",
       q=[("“the better team for an hour”", "Marco Ferrante")])],
    [S("“Lukas gets to the ball first, he touches the ball, and the referee is 40 metres away with two players "
       "in front of her,” Ferrante told reporters.",
       "Ferrante", "quote + tag; the quote asserts checkable facts about the incident",
       q=[("“Lukas gets to the ball first, he touches the ball, and the referee is 40 metres away with two "
           "players in front of her,”", "Ferrante")],
       f=[("40 metres", "40"), ("two players", "2")])],
    {"s": [S("“I watched it again in the dressing room.", "Ferrante",
             "first sentence of a two-sentence quote; reports an event (he re-watched it), so CLAIM; "
             "the tag belongs to the next sentence but the speaker is the same"),
           S("It is not a yellow card, not in any league in the world,” he said.", N,
             "opinion on the refereeing decision")],
     "q": [("“I watched it again in the dressing room. It is not a yellow card, not in any league in the world,”",
            "Ferrante")]},
    [S("Brenner’s dismissal was Kestrel Bay’s third red card of the season, and Ferrante has previously "
       "complained about what he called a “campaign” by officials against his club.",
       "", "the single scare-quoted word “campaign” is not a QUOTE; the complaint is reported as an event, "
       "so the claimant stays the article's voice")],
    [S("Kowalczyk, 34, was refereeing only her third top-flight match.", "",
       "bare age '34' is a FIGURE; 'third' ordinal", f=[("34", "34")])],
    [S("In a statement on Saturday evening, Kestrel Bay said the club would ask the referees’ body to review the "
       "incident and would “consider all options” once it had received a reply.",
       "Kestrel Bay", "organisation as speaker; stated intention reported as speech",
       q=[("“consider all options”", "Kestrel Bay")])],
    [S("Dunmore manager Pieter van Aalst, whose side have won five of their last six league matches, said he had "
       "never doubted his players.",
       "Pieter van Aalst",
       "reported speech; 'five' counts matches (noun elided), 'six league matches' takes its noun",
       f=[("five", "5"), ("six league matches", "6")])],
    [S("“We spoke at half-time about staying calm, about not forcing the ball into the middle when they were "
       "sitting so deep, and the boys did exactly that even when it looked like the goal would never come,” "
       "said van Aalst, who took charge in October.",
       "van Aalst",
       "hesitated: largely description and praise, but the quote reports a half-time team talk (an event) "
       "and the tag adds a checkable fact, so CLAIM",
       q=[("“We spoke at half-time about staying calm, about not forcing the ball into the middle when they were "
           "sitting so deep, and the boys did exactly that even when it looked like the goal would never come,”",
           "van Aalst")])],
    [S("“Chidi came to me on Thursday and said, ‘Boss, give me ten minutes and I will score for you,’” the "
       "Dutchman added.",
       "van Aalst",
       "reports what Okafor said to him (checkable event); the single-quoted words nested inside are part of "
       "the outer QUOTE, not a separate one; 'the Dutchman' resolves to van Aalst",
       q=[("“Chidi came to me on Thursday and said, ‘Boss, give me ten minutes and I will score for you,’”",
           "van Aalst")],
       f=[("ten minutes", "10")]),
     S("“So I gave him eleven.”", "van Aalst",
       "quote with no tag, continuing van Aalst; hesitated (a quip) but it asserts Okafor's 11 minutes on the "
       "pitch, checkable, so CLAIM; 'eleven' counts minutes (noun elided)",
       q=[("“So I gave him eleven.”", "van Aalst")], f=[("eleven", "11")])],
    [S("Carvalho said: “When Chidi is in the box, you just put the ball in the air and he does the rest.”", N,
       "quote + tag; the quote is praise, nothing checkable",
       q=[("“When Chidi is in the box, you just put the ball in the air and he does the rest.”", "Carvalho")])],
    [S("Okafor, signed from the Norwegian club Bergvik for a reported €3.5 million in January, said he had "
       "dedicated the goal to his grandmother, who died last month.",
       "Okafor", "reported speech; the fee is a FIGURE ('a reported' is not part of it)",
       f=[("€3.5 million", "3500000")])],
    [S("“This one was for her,” he told the club’s media channel.", N,
       "sentiment, nothing checkable; 'he' resolves to Okafor; 'This one' is a pronoun, not a FIGURE",
       q=[("“This one was for her,”", "Okafor")])],
    [S("Kestrel Bay defender Jari Nieminen, who lost Okafor at the decisive corner, said the goal was his fault.",
       "Jari Nieminen", "reported speech: an admission he made")],
    [S("“I should have been tighter, simple as that,” Nieminen said, “but nobody in this dressing room is giving "
       "up on Europe.”", N,
       "quote interrupted by its tag = two QUOTEs; self-criticism and resolve: opinion",
       q=[("“I should have been tighter, simple as that,”", "Nieminen"),
          ("“but nobody in this dressing room is giving up on Europe.”", "Nieminen")])],
    [S("Dunmore finished with 61% of possession and 17 shots to Kestrel Bay’s six, though only four of their "
       "attempts were on target.",
       "", "'six' and 'four' count shots (noun elided)",
       f=[("61%", "61"), ("17 shots", "17"), ("six", "6"), ("four", "4")])],
    [S("According to Dunmore, the attendance was the largest at Harrowfield Park since the ground was expanded "
       "in 2019.", "Dunmore", "'according to' names the claimant; the year is not a FIGURE")],
    [S("Read more: How Van Aalst turned Dunmore’s season around", N, "related-link line")],
    [S("The result lifts Dunmore above Redcliffe Town on goal difference, while Kestrel Bay drop to ninth, "
       "12 points behind the leaders, Castlemoor, with 11 matches remaining.",
       "", f=[("12 points", "12"), ("11 matches", "11")])],
    [S("Brenner will serve a one-match suspension and miss next Saturday’s trip to Castlemoor, a Premier "
       "Division spokesperson confirmed.",
       "Premier Division spokesperson", "unnamed source keeps its description without the article",
       f=[("one-match", "1")])],
    [S("Dunmore, who have not lost at home since November, visit Redcliffe on Tuesday night.", "",
       "hesitated: partly a future fixture, but the fixture list and the unbeaten home run are checkable facts")],
    [S("Sign up to The Final Whistle, our free weekly football newsletter.", N, "newsletter boilerplate")],
])

# ---------------------------------------------------------------------------
# 2. Court case about a company (wire copy, straight quotes, CRLF)
# ---------------------------------------------------------------------------
ARTICLES["court_telecom"] = dict(nl="\r\n", paras=[
    [S("Court rules Solvane Telecom misled customers over 'loyalty' plans, orders refunds", N,
       "headline; the single quoted word 'loyalty' is a scare quote, not a QUOTE")],
    [S("By Rafael Ortega", N, "byline")],
    [S("April 3, 2025 2:07 PM CEST", N, "timestamp; dates and clock times are not FIGUREs")],
    [S("LINDHAVEN, April 3 (Meridian Wire) -", N,
       "dateline; kept out of the first sentence's CLAIM span (it is furniture, not part of the assertion)"),
     S("A district court on Thursday ruled that Solvane Telecom misled hundreds of thousands of customers by "
       "quietly raising monthly charges on its so-called \"loyalty\" plans, and ordered the company to repay "
       "about 41 million crowns.",
       "",
       "verdict reported as an event in the article's voice (a ruling is an official act, not a 'said'), so "
       "claimant empty; 'hundreds of thousands' is an inexact FIGURE with empty value; \"loyalty\" is a "
       "single-word scare quote",
       f=[("hundreds of thousands", ""), ("about 41 million crowns", "41000000")])],
    [S("Judge Helena Vasquez-Lindqvist said the company had given customers \"no meaningful warning\" before "
       "increases of up to 38% between 2021 and 2023, in breach of consumer protection law.",
       "Helena Vasquez-Lindqvist",
       "'said' passes on the judge's finding; job title 'Judge' dropped; 'up to' taken as an approximator",
       q=[("\"no meaningful warning\"", "Helena Vasquez-Lindqvist")],
       f=[("up to 38%", "38")])],
    {"s": [S("In the ruling, the judge wrote: \"A customer who signs up for a plan described as offering loyalty "
             "rewards is entitled to assume that the price will not rise without notice.", N,
             "quote + tag; the quoted sentence is a legal/normative statement, not a checkable fact"),
           S("Solvane's own internal documents show that it understood this.\"", "Helena Vasquez-Lindqvist",
             "second sentence of the judge's quote: asserts what the documents show, checkable")],
     "q": [("\"A customer who signs up for a plan described as offering loyalty rewards is entitled to assume that "
            "the price will not rise without notice. Solvane's own internal documents show that it understood "
            "this.\"", "Helena Vasquez-Lindqvist")]},
    [S("The lawsuit was filed in 2023 by the Consumer Rights Alliance, which represented more than 12,000 "
       "customers who joined the action, although the ruling covers all subscribers on the affected plans.",
       "", f=[("more than 12,000 customers", "12000")])],
    [S("Solvane said in a statement that it was \"disappointed\" by the decision and was studying the ruling "
       "\"carefully and with respect for the court.\"",
       "Solvane",
       "reported speech; \"disappointed\" is a single quoted word, not a QUOTE; the full stop inside the "
       "closing mark stays in the QUOTE",
       q=[("\"carefully and with respect for the court.\"", "Solvane")])],
    [S("\"We have always been transparent with our customers about the terms of their contracts, and we believe "
       "the court has misread the evidence,\" the statement said.",
       "Solvane",
       "hesitated: half opinion, but 'always been transparent' is a factual assertion the court disputed, so "
       "CLAIM; 'the statement' is Solvane's, so speaker Solvane",
       q=[("\"We have always been transparent with our customers about the terms of their contracts, and we "
           "believe the court has misread the evidence,\"", "Solvane")])],
    [S("Solvane's chief executive, Andreas Koumoutsakos, told the business daily Kvartal last month that the "
       "company had set aside 25 million crowns to cover a possible adverse ruling.",
       "Andreas Koumoutsakos", "'told [outlet]' reported speech",
       f=[("25 million crowns", "25000000")])],
    [S("\"This is a victory for every customer who opened a bill and wondered why it was higher than last "
       "month,\" said Ines Rocha, a lawyer for the alliance, outside the courthouse.", N,
       "quote + tag; the quote is a reaction/opinion",
       q=[("\"This is a victory for every customer who opened a bill and wondered why it was higher than last "
           "month,\"", "Ines Rocha")])],
    [S("\"They knew,\" she said.", "Ines Rocha",
       "accusation that the company knew: a checkable assertion; 'she' resolves to Ines Rocha",
       q=[("\"They knew,\"", "Ines Rocha")]),
     S("\"They had the complaints, they had the numbers, and they chose to keep charging.\"", "Ines Rocha",
       "second QUOTE after the tag interrupts; checkable accusation",
       q=[("\"They had the complaints, they had the numbers, and they chose to keep charging.\"", "Ines Rocha")])],
    [S("Rocha said the alliance would also ask for interest to be added to the refunds, which she estimated "
       "could lift the total to nearly 50 million crowns.",
       "Rocha", "reported speech (an estimate and an intention), CLAIM per the reported-speech rule",
       f=[("nearly 50 million crowns", "50000000")])],
    [S("Among the claimants is Birgit Aaltonen, a 71-year-old retired teacher from the coastal town of Severa, "
       "whose monthly bill rose from 289 to 399 crowns over 18 months.",
       "",
       "'from 289 to 399 crowns' is a change between two amounts, not a range: two FIGUREs",
       f=[("71-year-old", "71"), ("289", "289"), ("399 crowns", "399"), ("18 months", "18")])],
    [S("\"I called them three times, and each time a very polite young man told me it was a mistake that would "
       "be fixed,\" Aaltonen told Meridian Wire by telephone.",
       "Aaltonen", "quote asserts checkable events (calls, what she was told)",
       q=[("\"I called them three times, and each time a very polite young man told me it was a mistake that "
           "would be fixed,\"", "Aaltonen")],
       f=[("three times", "3")]),
     S("\"Then the next bill came and it was the same, and the one after that.", "Aaltonen",
       "the quote continues into the next paragraph, so this paragraph has no closing mark (convention); "
       "decided: the QUOTE runs from its opening mark to the paragraph's last character; 'the one after "
       "that' is a pronoun, not a FIGURE",
       q=[("\"Then the next bill came and it was the same, and the one after that.", "Aaltonen")])],
    {"s": [S("\"I am not a rich woman.", N, "personal circumstance, not meaningfully checkable"),
           S("For me that is the difference between heating the flat and not heating it.\"", N,
             "personal judgement")],
     "q": [("\"I am not a rich woman. For me that is the difference between heating the flat and not heating "
            "it.\"", "Aaltonen")]},
    [S("During a five-day hearing in February, a former Solvane pricing manager testified that staff had been "
       "told to describe the increases internally as \"inflation alignment\" rather than price rises.",
       "former Solvane pricing manager",
       "testimony passed on: claimant is the unnamed witness by description; hesitated over the two-word "
       "term: it is a partial quote (two words), attributed to the witness whose testimony reports it",
       q=[("\"inflation alignment\"", "former Solvane pricing manager")],
       f=[("five-day", "5")])],
    [S("The witness, whose name was withheld by the court, said the instruction had come from \"the very top of "
       "the company.\"",
       "witness", "unnamed source: the nearest mention is 'The witness'",
       q=[("\"the very top of the company.\"", "witness")])],
    [S("Solvane's lawyers argued during the hearing that the price changes were set out in the general terms and "
       "conditions every customer accepted when signing up.",
       "Solvane's lawyers", "a position taken in court, passed on")],
    [S("The judge rejected that argument, writing that the relevant clause was \"buried on page 14 of a 22-page "
       "document in a font few people could read without a magnifying glass.\"",
       "Helena Vasquez-Lindqvist",
       "'writing that' passes on the judge's finding; 'page 14' is a locator, not a quantity: no FIGURE",
       q=[("\"buried on page 14 of a 22-page document in a font few people could read without a magnifying "
           "glass.\"", "Helena Vasquez-Lindqvist")],
       f=[("22-page", "22")])],
    [S("The Communications Authority, which fined Solvane 3 million crowns over a related billing complaint in "
       "2022, said it would \"review the judgment in detail\" and consider whether its own rules needed "
       "tightening.",
       "Communications Authority",
       q=[("\"review the judgment in detail\"", "Communications Authority")],
       f=[("3 million crowns", "3000000")])],
    [S("According to court filings, Solvane had about 1.9 million mobile and broadband subscribers at the end of "
       "2024, roughly 640,000 of whom were on plans covered by the ruling.",
       "court filings",
       "'according to' a document: claimant by description; adjectives 'mobile and broadband' end the first "
       "FIGURE at the scale word",
       f=[("about 1.9 million", "1900000"), ("roughly 640,000", "640000")])],
    {"s": [S("Tomasz Wieczorek, a telecoms analyst at Ashgrove Lowe Securities, said: \"The money is manageable "
             "for Solvane.", N, "analyst's assessment: opinion"),
           S("The precedent is the bigger problem, for them and for the whole sector.\"", N, "opinion")],
     "q": [("\"The money is manageable for Solvane. The precedent is the bigger problem, for them and for the "
            "whole sector.\"", "Tomasz Wieczorek")]},
    [S("Shares in Solvane closed 2.4% lower in Lindhaven on Thursday, having fallen as much as 4% shortly after "
       "the ruling was published.",
       "", "'as much as' taken as an approximator",
       f=[("2.4%", "2.4"), ("as much as 4%", "4")])],
    [S("Wieczorek said at least two other operators, Telvano and Brightline Mobile, used similar plan structures "
       "and could face claims of their own.",
       "Wieczorek", "the adjective 'other' ends the FIGURE at the number",
       f=[("at least two", "2")])],
    [S("Telvano declined to comment.", "", "checkable event in the article's voice"),
     S("Brightline Mobile did not respond to a request for comment.", "", "checkable event in the article's voice")],
    [S("The 64-page judgment can be appealed within 30 days.", "",
       f=[("64-page", "64"), ("30 days", "30")]),
     S("Solvane did not say whether it would appeal.", "")],
    [S("Related: Consumer group files complaint over broadband exit fees", N, "related-link line")],
    [S("(Reporting by Rafael Ortega; additional reporting by Mei-Ling Chow; editing by Jonathan Abara)", N,
       "credit line")],
])

# ---------------------------------------------------------------------------
# 3. Science / medical study
# ---------------------------------------------------------------------------
ARTICLES["science_stroke"] = dict(nl="\n", paras=[
    [S("Cheap gout drug cuts risk of a second stroke, major trial finds", N, "headline")],
    [S("Researchers say the results could change care for millions of survivors, but doctors warn against "
       "self-medicating", N,
       "standfirst; 'millions' is an inexact FIGURE with empty value ('of survivors' does not directly follow)",
       f=[("millions", "")])],
    [S("Amara Nwosu, Health correspondent", N, "byline")],
    [S("Wed 11 Jun 2025 00.01 BST", N, "timestamp")],
    [S("A cheap drug long used to treat gout reduced the risk of a second stroke by 23% in a trial involving more "
       "than 4,800 patients, researchers reported on Wednesday, raising hopes of a new weapon against one of the "
       "world’s biggest killers.",
       "researchers", "'researchers reported' names the claimant; 'one of' is a pronoun, not a FIGURE",
       f=[("23%", "23"), ("more than 4,800 patients", "4800")])],
    [S("The trial, led by the University of Aldmere and published in the journal Clinical Neurology Reports, "
       "followed patients in nine countries for an average of three years after a first ischaemic stroke.",
       "", f=[("nine countries", "9"), ("three years", "3")])],
    [S("A patient has a brain scan at St Columba’s Hospital, one of 112 trial sites.", N,
       "photo caption; FIGUREs inside captions are still marked",
       f=[("112 trial sites", "112")]),
     S("Photograph: Jonas Eklund", N, "photo credit")],
    [S("Among patients given a low daily dose of the drug, pelucarin, 6.1% had another stroke during the study, "
       "compared with 7.9% of those given a placebo.",
       "", f=[("6.1%", "6.1"), ("7.9%", "7.9")])],
    {"s": [S("“Stroke survivors already take a lot of pills, so we were not looking for a small effect.", N,
             "inner sentence of a quote: the team's intent, not checkable"),
           S("This is not a small effect,” said Professor Ewa Sadowska, a neurologist at Aldmere who led the "
             "study.", N,
             "evaluation of the result: opinion; 'Professor' treated as a job title and dropped from the speaker")],
     "q": [("“Stroke survivors already take a lot of pills, so we were not looking for a small effect. This is not "
            "a small effect,”", "Ewa Sadowska")]},
    [S("She said the drug appeared to work by damping inflammation in the walls of blood vessels, which is "
       "thought to make fatty deposits more likely to rupture and trigger a clot.",
       "Ewa Sadowska", "reported speech; 'She' resolves to Sadowska")],
    [S("“We have known for some time that inflammation plays a part in heart attacks,” Sadowska said.",
       "Sadowska", "quote asserts a checkable medical fact",
       q=[("“We have known for some time that inflammation plays a part in heart attacks,”", "Sadowska")]),
     S("“What this trial shows is that the same is true, at least in part, for the brain.", "Sadowska",
       "asserts a trial finding; the quote runs on into the next paragraph (no closing mark, convention), so "
       "decided: the QUOTE runs from its opening mark to the paragraph's last character",
       q=[("“What this trial shows is that the same is true, at least in part, for the brain.", "Sadowska")])],
    [S("“That matters because the drug costs less than 10 cents a day and doctors already know how to use it.”",
       "Sadowska", "continuation of the previous paragraph's quote, reopened; the price is checkable",
       q=[("“That matters because the drug costs less than 10 cents a day and doctors already know how to use "
           "it.”", "Sadowska")],
       f=[("less than 10 cents", "10")])],
    [S("Dr. Rashid Al-Mansouri, a stroke specialist at St Columba’s Hospital who was not involved in the "
       "research, told The Ledger the results were “genuinely encouraging” but cautioned that the benefit was "
       "modest in absolute terms.",
       "Dr. Rashid Al-Mansouri", "'told [outlet]' reported speech; the honorific 'Dr.' stays",
       q=[("“genuinely encouraging”", "Dr. Rashid Al-Mansouri")])],
    [S("“Put simply, you would need to treat around 55 people for three years to prevent one stroke,” he said.",
       "Dr. Rashid Al-Mansouri",
       "number-needed-to-treat is checkable; 'he' resolves to Al-Mansouri; 'one stroke' is a count",
       q=[("“Put simply, you would need to treat around 55 people for three years to prevent one stroke,”",
           "Dr. Rashid Al-Mansouri")],
       f=[("around 55 people", "55"), ("three years", "3"), ("one stroke", "1")]),
     S("“That is still worthwhile for a drug this cheap, but it is not a miracle.”", N, "opinion",
       q=[("“That is still worthwhile for a drug this cheap, but it is not a miracle.”", "Dr. Rashid Al-Mansouri")])],
    [S("The most common side effect was diarrhoea, reported by 9% of patients taking pelucarin and 4% of those on "
       "placebo, and most cases were mild.",
       "", f=[("9%", "9"), ("4%", "4")]),
     S("There was no significant difference in serious infections or deaths between the two groups.", "",
       "'the two groups' refers back to a known pair: not a FIGURE")],
    [S("“One of our participants wrote to us afterwards and said, ‘I never found out which pill I was on, but I "
       "hope I was doing my bit,’” Sadowska said.",
       "Sadowska",
       "hesitated: an anecdote, but that a participant wrote to the team is a checkable event, so CLAIM; the "
       "nested single-quoted words are part of the outer QUOTE; 'One of our participants' is pronoun 'one'",
       q=[("“One of our participants wrote to us afterwards and said, ‘I never found out which pill I was on, "
           "but I hope I was doing my bit,’”", "Sadowska")])],
    [S("Read more: Why inflammation is the new frontier in heart disease", N, "related-link line")],
    [S("The study was funded by the Aldmere Medical Research Trust and the drugmaker Ostrander Pharma, which "
       "supplied the tablets and placebo but had no role in analysing the results, according to the paper.",
       "paper", "'according to the paper': the published study is the named source")],
    [S("Ostrander said in a statement that it had “no plans at this stage” to seek a new licence for pelucarin "
       "in stroke prevention, noting that the drug has been off-patent since 2009.",
       "Ostrander", "organisation as speaker; the year is not a FIGURE",
       q=[("“no plans at this stage”", "Ostrander")])],
    [S("The Stroke Recovery Foundation, a charity, said about 100,000 people in the country have a stroke every "
       "year, around 25,000 of them people who have already had one.",
       "Stroke Recovery Foundation", "'had one' is a pronoun, not a FIGURE",
       f=[("about 100,000 people", "100000"), ("around 25,000", "25000")])],
    [S("“Anything that can stop a second stroke deserves attention,” said the foundation’s chief executive, "
       "Mireille Dubois-Achterberg.", N,
       "opinion; speaker named after the quote with her title, title dropped",
       q=[("“Anything that can stop a second stroke deserves attention,”", "Mireille Dubois-Achterberg")])],
    [S("“But we would urge people not to start taking gout medication on their own,” she said, “because it can "
       "interact dangerously with some common heart drugs, including certain statins.”",
       "Mireille Dubois-Achterberg",
       "hesitated: advice, but it carries a checkable pharmacological fact (interaction with statins), so "
       "CLAIM; quote interrupted by its tag = two QUOTEs",
       q=[("“But we would urge people not to start taking gout medication on their own,”",
           "Mireille Dubois-Achterberg"),
          ("“because it can interact dangerously with some common heart drugs, including certain statins.”",
           "Mireille Dubois-Achterberg")])],
    [S("The researchers acknowledged that only 14% of participants were recruited outside Europe and North "
       "America, and that the trial excluded people with severe kidney disease.",
       "researchers", "an acknowledgement passed on", f=[("14%", "14")])],
    [S("Speaking at a briefing on Tuesday, Sadowska told reporters that a larger trial, involving about 12,000 "
       "patients in 20 countries, was due to begin recruiting later this year.",
       "Sadowska", "reported speech about a planned trial; CLAIM per the reported-speech rule",
       f=[("about 12,000 patients", "12000"), ("20 countries", "20")]),
     S("She said she disliked hearing the drug described as a “game-changer”.", "Sadowska",
       "reported speech; the single hyphenated word “game-changer” is a scare quote, not a QUOTE")],
    [S("The health ministry said its medicines advisory panel would examine the findings but that no change to "
       "treatment guidelines was expected “before the evidence has been fully reviewed”.",
       "health ministry",
       "unnamed office keeps its description without the article; the full stop outside the mark is not in "
       "the QUOTE",
       q=[("“before the evidence has been fully reviewed”", "health ministry")])],
    [S("Sign up for Second Opinion, our weekly health newsletter", N, "newsletter boilerplate")],
])
